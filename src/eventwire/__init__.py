"""eventwire: news articles in, evidence out (quotes, events, figures, actors, places, dates)."""
__version__ = "0.1.0"
