"""Extractors: small pure functions over a parsed spaCy ``Doc`` that return record parts.

One file per part, each citing the method it follows in its docstring.
"""
