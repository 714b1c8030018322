"""eventwire: news articles in, evidence out (quotes, events, figures, actors, places, dates).

The Python API (docs/python.md)::

    import eventwire
    rec = eventwire.analyze(text_or_html, published="2025-05-20", title="...")
    for rec in eventwire.analyze_many(texts_or_dicts): ...
    with eventwire.open_store("corpus.db") as corpus: corpus.events(actor="Hamas")

Records are the pydantic models of :mod:`eventwire.record`. The names load on first use,
so ``import eventwire`` stays cheap (spaCy loads with the first analysis).
"""
__version__ = "0.1.0"

__all__ = ["analyze", "analyze_many", "open_store", "Record", "Settings", "InputError", "__version__"]

# ``analyze`` is the engine module itself, callable as the one-article function (analyze.py).
_LAZY = {"analyze_many": "eventwire.library", "open_store": "eventwire.library",
         "Record": "eventwire.record", "Settings": "eventwire.config", "InputError": "eventwire.errors"}


def __getattr__(name: str):
    if name == "analyze":
        import importlib

        return importlib.import_module("eventwire.analyze")
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
