"""Page structure that scopes claims survives extraction: definition-list terms and table captions."""
from daemon.extract import extract_article

PAGE = """<html lang="en"><head><title>Twelve months of prisoner deals</title>
<meta property="article:published_time" content="2025-12-28"></head><body><article>
<h1>Twelve months of prisoner deals</h1>
<p>A look back at the year of bargaining between Minsk and Washington, one month at a time.</p>
<dl><dt>September</dt><dd>The second envoy wins freedom for 52 prisoners and the airline sanctions go.</dd>
<dt>December</dt><dd>The potash deal is struck and 123 prisoners are freed at the border.</dd></dl>
<table><caption>Detainees released on 11 September 2025, by country</caption>
<thead><tr><th>Country</th><th>Count</th></tr></thead>
<tbody><tr><td>Lithuania</td><td>7</td></tr></tbody></table>
<p>More releases may follow in the new year, officials in Vilnius say, though nobody knows when.</p>
</article></body></html>"""


def test_definition_terms_become_heading_lines():
    article = extract_article(PAGE)
    assert "\nSeptember\n" in article.text and "- September" not in article.text


def test_dl_timeline_and_captioned_table(engine, baseline):
    report = engine.check(extract_article(PAGE), baseline)
    assert [(d.kind, d.event, d.claimed, d.country) for d in report.discrepancies] == [
        ("nationality_count", "2025-09-11", 7, "LT")]
