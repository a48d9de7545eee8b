"""Article text and metadata from HTML, with trafilatura's main-text extraction.

Comments, navigation and related-story boxes are left out: numbers there are not the
article's claims. Tables stay in, since data stories state their counts in them.
"""
from __future__ import annotations

import re
from datetime import date

import trafilatura

from rules.model import Article


_TIME = re.compile(r"<time\b[^>]*>(.*?)</time>", re.S | re.I)
_CAPTION = re.compile(r"<(/?)figcaption\b[^>]*>", re.I)
_FIGURE = re.compile(r"<(/?)figure\b", re.I)


def prepare_html(html: str | bytes) -> str:
    """Inline <time> text and turn figure captions into paragraphs, which trafilatura drops."""
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    text = _TIME.sub(lambda m: m.group(1), text)
    text = _CAPTION.sub(lambda m: f"<{m.group(1)}p>", text)
    return _FIGURE.sub(lambda m: f"<{m.group(1)}div", text)


def extract_article(html: str | bytes, url: str | None = None) -> Article | None:
    """Main text, title, publication date and language of a page; None when it has no text."""
    doc = trafilatura.bare_extraction(
        prepare_html(html), url=url, with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True, deduplicate=False,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return Article(text=doc.text, title=doc.title or "", published=_parse_date(doc.date),
                   language=_language(html, doc.language))


def plain_article(text: str) -> Article:
    """A plain-text source: the first line is its title."""
    title, _, _ = text.strip().partition("\n")
    return Article(text=text, title=title.strip())


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _language(html: str | bytes, detected: str | None) -> str:
    """The page's declared language (<html lang>), else trafilatura's guess, else English."""
    head = html[:2000].decode("utf-8", "replace") if isinstance(html, bytes) else html[:2000]
    marker = head.lower().find(" lang=")
    if marker != -1:
        value = head[marker + 6:marker + 12].strip("\"' >")
        if value[:2].isalpha():
            return value[:2].lower()
    return (detected or "en")[:2]
