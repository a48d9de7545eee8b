"""Extraction keeps the article and drops the page around it: numbers in navigation,
tickers, related links, comments and footers are not the article's claims."""
import json
from datetime import date
from pathlib import Path

from daemon import analysis
from daemon.extract import decode_html, extract_article
from tests.conftest import run_cli

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def test_boilerplate_stays_out_of_the_text():
    article = extract_article((PAGES / "boilerplate-wire.html").read_bytes())
    assert article.title == "Belarus frees 52 prisoners after Coale talks"
    assert article.published == date(2025, 9, 11) and article.language == "en"
    assert "Six of those freed were Lithuanian citizens" in article.text
    for noise in ("Top 20", "pardons 37", "pardons 16", "frees 300", "Reader41", "4,000", "555-0142", "23 offices"):
        assert noise not in article.text, noise


def test_tables_times_and_captions_stay_in_the_text():
    text = extract_article((PAGES / "timeline-table.html").read_bytes()).text
    assert "21 June" in text and "11 September" in text and "13 December" in text
    assert "123" in text and "Keith Kellogg" in text
    assert "Ales Bialiatski in Vilnius after his release on 13 December." in text
    assert "Belarus frees 25" not in text


def test_consistent_pages_with_noisy_boilerplate_raise_nothing():
    result = run_cli("check", "--json", *(str(p) for p in sorted(PAGES.glob("*.html"))))
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["discrepancies"] for r in reports] == [[], []]
    claimed = {c["value"] for r in reports for c in r["claims"]}
    assert {52, 6}.issubset(claimed)
    assert not claimed & {37, 16, 300, 80, 4000, 12, 25}         # boilerplate numbers


def test_decoding_follows_bom_http_charset_and_meta():
    text = "Тихановский на свободе"
    assert decode_html(text.encode("cp1251"), "text/html; charset=windows-1251") == text
    assert decode_html(b'<meta charset="koi8-r">' + text.encode("koi8-r")).endswith(text)
    assert decode_html(b"\xef\xbb\xbf" + text.encode()) == text
    assert decode_html(text.encode("utf-8")) == text


def test_a_page_of_navigation_only_has_no_article():
    assert extract_article(b"<html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav></body></html>") is None
    engine = analysis.load_engine(None)
    analyzer = analysis.Analyzer(engine, analysis.build_from_documents(engine))
    assert analyzer.analyze_html(b"<html><body><p>Hi</p></body></html>") == (None, None)


def test_a_hostile_page_of_unclosed_tags_is_handled_in_linear_time():
    import time
    page = ("<html><body><article>" + "<time>1 June " * 20_000 + "<figure>" * 20_000
            + "<p>Belarus freed 14 prisoners on Saturday.</p>" * 50 + "</article></body></html>")
    started = time.perf_counter()
    extract_article(page.encode())
    assert time.perf_counter() - started < 20                 # seconds; quadratic would be hours


def test_reader_comments_inside_the_article_stay_out_but_an_opinion_section_stays_in():
    page = ("<html><head><title>t</title></head><body><article class='op-comment'><h1>Belarus frees 52</h1>"
            "<p>Belarus freed 52 prisoners on Thursday after talks with the American envoy in Minsk. "
            "The group crossed into Lithuania in the afternoon and was met by diplomats.</p>"
            "<div class='reader-comments'><h3>Comments (1)</h3><p>anna: I heard it was 200 people freed.</p>"
            "</div></article></body></html>")
    text = extract_article(page).text
    assert "Belarus freed 52 prisoners" in text and "200 people" not in text


def test_a_most_read_box_stays_out():
    page = ("<html><head><title>t</title></head><body><main><article><h1>Belarus frees 123</h1>"
            "<p>Belarus freed 123 prisoners on Saturday after talks with the American envoy in Minsk, "
            "and most of them were taken to Ukraine.</p><div class='most-read'><p>Most read:</p><p>"
            "Belarus frees 132 prisoners, reports say</p></div><p>Nine were taken to Lithuania instead, "
            "among them the Nobel laureate.</p></article></main></body></html>")
    text = extract_article(page).text
    assert "freed 123 prisoners" in text and "132" not in text
