"""Article text and metadata from HTML, with trafilatura's main-text extraction.

Comments, navigation and related-story boxes are left out: numbers there are not the
article's claims. Tables stay in, since data stories state their counts in them.
"""
from __future__ import annotations

import codecs
import re
from datetime import date

import charset_normalizer
import trafilatura

from rules.language import detect_language
from rules.model import Article


MIN_WORDS = 5               # fewer words than this is a page without article text
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_TIME = re.compile(r"<time\b[^>]{0,500}>(.{0,300}?)</time>", re.S | re.I)   # bounded: hostile pages
_CAPTION = re.compile(r"<(/?)figcaption\b[^>]*>", re.I)
_FIGURE = re.compile(r"<(/?)figure\b", re.I)
_DEFINITION = re.compile(r"<(/?)(dl|dt|dd)\b", re.I)
_AS_BLOCK = {"dl": "div", "dt": "h4", "dd": "p"}
# reader comments and lists of other stories, wherever a page puts them: a block whose class or id
# has one of these words ("reader-comments", "most-read"; not "commentary", nor an opinion
# section's "comment"), and that holds no headline (never the article itself)
_FURNITURE = ("comments", "most read", "mostread", "popular", "trending")
_NAMED = " or ".join(f"contains(concat(' ', translate(@{attr}, '-_', '  '), ' '), ' {word} ')"
                     for attr in ("class", "id") for word in _FURNITURE)
_PRUNED = [f"//*[not(self::article or self::main or self::body) and not(.//h1) and ({_NAMED})]"]


def decode_html(raw: bytes, content_type: str | None = None) -> str:
    """Bytes to text: a BOM, else the HTTP charset, else <meta charset>, else UTF-8 if it
    decodes, else the most likely encoding."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, "replace")
    declared = _HTTP_CHARSET.search(content_type or "") or _META_CHARSET.search(raw[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace") if isinstance(declared.group(1), bytes) \
            else declared.group(1)
        try:
            return raw.decode(codecs.lookup(name).name, "replace")
        except LookupError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(raw[:65536]).best()
        return raw.decode(best.encoding if best else "cp1252", "replace")


def prepare_html(html: str | bytes, content_type: str | None = None) -> str:
    """Inline <time> text, turn figure captions into paragraphs (trafilatura drops them) and
    definition lists into headings with paragraphs (a <dt> scopes the lines beneath it)."""
    text = decode_html(html, content_type) if isinstance(html, bytes) else html
    text = _TIME.sub(lambda m: m.group(1), text)
    text = _CAPTION.sub(lambda m: f"<{m.group(1)}p>", text)
    text = _DEFINITION.sub(lambda m: f"<{m.group(1)}{_AS_BLOCK[m.group(2).lower()]}", text)
    return _FIGURE.sub(lambda m: f"<{m.group(1)}div", text)


def extract_article(html: str | bytes, url: str | None = None,
                    content_type: str | None = None) -> Article | None:
    """Main text, title, publication date and language of a page; None when it has no text."""
    html = prepare_html(html, content_type)
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True, deduplicate=False, prune_xpath=_PRUNED,
    )
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        return None
    return Article(text=doc.text, title=doc.title or "", published=_parse_date(doc.date),
                   language=detect_language(doc.text, declared=_declared_language(html)))


def plain_article(text: str) -> Article:
    """A plain-text source: the first line is its title."""
    title, _, _ = text.strip().partition("\n")
    return Article(text=text, title=title.strip(), language=detect_language(text))


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _declared_language(html: str) -> str | None:
    """The page's declared language (<html lang="xx">), a hint for the detector."""
    head = html[:2000]
    marker = head.lower().find(" lang=")
    if marker == -1:
        return None
    value = head[marker + 6:marker + 12].strip("\"' >")
    return value[:2].lower() if value[:2].isalpha() else None
