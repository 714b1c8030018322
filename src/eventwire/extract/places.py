from __future__ import annotations
from spacy.tokens import Doc
from eventwire.record import Place

def extract_places(doc: Doc, table) -> list[Place]:
    return []
