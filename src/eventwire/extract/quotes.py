from __future__ import annotations
from spacy.tokens import Doc
from eventwire.record import Quote

def extract_quotes(doc: Doc, table) -> list[Quote]:
    return []
