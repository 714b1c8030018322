"""HTML: a page's main text and metadata (trafilatura), and plain text of a fragment."""
from __future__ import annotations

from eventwire.errors import InputError
from eventwire.readers.article import ArticleInput
from eventwire.readers.dates import normalise_date


def html_article(html: str, name: str) -> ArticleInput:
    """Main text, title, date, site name and canonical URL of an HTML page."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False,
            # Only dates the page states (meta tags, <time>, URL): htmldate's extensive
            # search would otherwise turn "Copyright 2025" into a publication date of
            # 2025-01-01, and relative dates would resolve against it.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise various errors on broken markup
        raise InputError(name, f"cannot parse the HTML ({type(exc).__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(name, "no article text found in the HTML")
    paragraphs = [ln.strip() for ln in doc.text.split("\n") if ln.strip()]
    title = (doc.title or "").strip() or None
    # trafilatura keeps the <h1> headline as the first line; the title field holds it.
    if title and paragraphs and len(paragraphs) > 1 and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    published = normalise_date(doc.date)
    # Blank lines between paragraphs: the pipeline starts a sentence at each of them.
    return ArticleInput(
        text="\n\n".join(paragraphs), title=title, published=published,
        url=doc.url or None, source=doc.sitename or None, origin=name,
        published_from="html" if published else None,
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry), one blank line between blocks."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in blocks:
            el.tail = "\n\n" + (el.tail or "")
    lines = [" ".join(part.split()) for part in root.text_content().split("\n\n")]
    return "\n\n".join(x for x in lines if x)
