"""Arbitrary text and HTML never make an extractor raise."""
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon import analysis
from daemon.extract import extract_article
from daemon.pipeline import parse_entries
from daemon.errors import FetchError

ANALYZER = None
TAGS = st.sampled_from(["p", "div", "article", "h1", "table", "tr", "td", "li", "script", "time", "aside"])
WORDS = st.sampled_from(["Belarus", "freed", "14", "fourteen", "Tsikhanouski", "on Saturday", "1,200",
                         "more than", "prisoners", "Kellogg", "21 June", "&amp;", "&#0;", "<", "\x00", "Тихановский"])


def analyzer():
    global ANALYZER
    if ANALYZER is None:
        engine = analysis.load_engine(None)
        ANALYZER = analysis.Analyzer(engine, analysis.build_from_documents(engine))
    return ANALYZER


@st.composite
def html_documents(draw):
    parts = draw(st.lists(st.tuples(TAGS, st.lists(WORDS | st.text(max_size=20), max_size=8)), max_size=12))
    body = "".join(f"<{tag}>{' '.join(words)}</{tag}>" for tag, words in parts)
    return draw(st.sampled_from(["<html><body>{}</body></html>", "{}", "<html><head><title>{}</title>"])).format(body)


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=2000))
def test_any_text_is_checked_without_error(text):
    article, report = analyzer().analyze_text(text, date(2025, 6, 22))
    assert isinstance(report.discrepancies, list)


@SETTINGS
@given(html_documents() | st.binary(max_size=3000))
def test_any_html_is_extracted_and_checked_without_error(page):
    article = extract_article(page)
    assert article is None or isinstance(article.text, str)
    article, report, _ = analyzer().analyze_page(page if isinstance(page, bytes) else page.encode())
    assert report is None or isinstance(report.claims, list)


@SETTINGS
@given(st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode))
def test_any_feed_body_parses_or_is_a_clear_error(body):
    try:
        assert isinstance(parse_entries(body, "http://feed.test/", 50), list)
    except FetchError as exc:
        assert "not a readable feed" in str(exc)
