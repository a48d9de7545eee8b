"""The review console over HTTP, against a database the real pipeline filled: what each page
shows, the actions, the exports, and what it refuses (hostile text, foreign forms, no token)."""
import base64
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timezone
from html.parser import HTMLParser

import pytest
from sqlmodel import Session
from starlette.testclient import TestClient

from daemon.config import load_config
from daemon.errors import ConfigError
from daemon.web import check_exposure, create_app
from rules.engine import Engine
from storage import queries
from storage.db import open_database
from storage.models import Alert, Article
from tests.conftest import ROOT, run_cli, write_config
from tests.e2e.story import GrowingFeed
from tests.servers import Site, free_port

ARTICLES = ("another-sixteen", "new-release", "hostile")
TOKEN = "s3cret-console-token-123"


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A database after three polls: a wrong count, a release the baseline does not know, and
    a hostile page that contradicts the baseline too."""
    folder = tmp_path_factory.mktemp("desk")
    site = Site()
    feed = GrowingFeed(site)
    config = write_config(folder / "config.toml", db=f"sqlite:///{folder}/cw.db", feeds=[("Story wire", feed.url)])
    for article in ARTICLES:
        feed.add(article)
        assert run_cli("run", "--once", "--config", str(config)).returncode == 0
    site.close()
    return folder


@pytest.fixture
def desk(filled, tmp_path):
    """A client of the console over a copy of the filled database, and its database."""
    shutil.copy(filled / "cw.db", tmp_path / "cw.db")
    config = load_config(str(write_config(tmp_path / "config.toml", db=f"sqlite:///{tmp_path}/cw.db",
                                          feeds=[("Story wire", "http://127.0.0.1:9/story.xml")])))
    db = open_database(config.database_url)
    return TestClient(create_app(config, Engine.load(), db), base_url="http://127.0.0.1:8080"), db


class Markup(HTMLParser):
    """What a browser would run in a page: script elements, event-handler attributes and
    javascript: URLs."""

    def __init__(self):
        super().__init__()
        self.live = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed"):
            self.live.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith(("javascript:", "data:text")):
                self.live.append(f"{tag} {name}={value}")


def live_markup(page: str) -> list[str]:
    parser = Markup()
    parser.feed(page)
    return parser.live


def alert_id(db, article_part: str) -> int:
    with Session(db) as session:
        return next(a.id for a, art, _ in queries.list_alerts(session) if art and article_part in art.url)


def post_review(client, id_, **form):
    page = client.get(f"/alerts/{id_}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return client.post(f"/alerts/{id_}/review", data={"csrf": csrf, "reviewer": "ana", **form},
                       follow_redirects=False)


def test_the_alert_list_shows_each_alert_newest_first_and_filters_it(desk):
    client, db = desk
    page = client.get("/alerts")
    assert page.status_code == 200 and "3 matching" in page.text
    rows = re.findall(r'<td><a href="/alerts/(\d+)">#', page.text)
    assert rows == sorted(rows, key=int, reverse=True) and len(rows) == 3
    assert "1 matching" in client.get("/alerts?kind=new_event").text
    assert "0 matching" in client.get("/alerts?review=dismissed").text
    assert "3 matching" in client.get("/alerts?language=en&since=2020-01-01").text
    assert "0 matching" in client.get("/alerts?until=2020-01-01").text
    bad = client.get("/alerts?since=yesterday")
    assert bad.status_code == 200 and "filter ignored: not a date" in bad.text


def test_one_alert_shows_its_article_evidence_fact_sources_and_deliveries(desk):
    client, db = desk
    page = client.get(f"/alerts/{alert_id(db, 'another-sixteen')}").text
    assert "Sixteen prisoners walk free in Minsk deal" in page and "Story wire" in page and "published 2025-06-23" in page
    assert "<mark>Sixteen prisoners walk free in Minsk deal</mark>" in page
    assert "Article says <b>16</b>; baseline holds\n    <b>14</b>" in page
    assert "<code>release_count/2025-06-21</code>" in page
    others = page[page.index("Also carried by:"):]                     # the other page with 16 on that day
    assert "127.0.0.1 (feed Story wire)" in others and "/story/hostile.html" in others
    assert "No target was configured when it was stored." in page
    assert client.get("/alerts/9999").status_code == 404


def test_hostile_text_is_shown_as_text_and_no_script_can_run(desk):
    client, db = desk
    with Session(db) as session:             # a stored link that is no web link
        article = session.get(Article, session.get(Alert, alert_id(db, "hostile")).article_id)
        article.url = "javascript:alert('url')"
        session.add(article)
        session.commit()
    for path in ("/alerts", f"/alerts/{alert_id(db, 'javascript:')}", "/baseline", "/stats", "/feeds"):
        response = client.get(path)
        assert response.status_code == 200
        assert live_markup(response.text) == []
        assert "script-src" not in response.headers["content-security-policy"]     # no script at all
        assert "default-src 'none'" in response.headers["content-security-policy"]
    page = client.get(f"/alerts/{alert_id(db, 'javascript:')}").text
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in page and "onerror=alert" in page.replace("&#39;", "'")
    assert "javascript:alert(&#39;url&#39;) (not a web link)" in page


def test_dismiss_confirm_accept_and_reopen_from_the_console(desk):
    client, db = desk
    sixteen, new = alert_id(db, "another-sixteen"), alert_id(db, "new-release")
    assert post_review(client, sixteen, action="dismiss").status_code == 400      # a reason is required
    done = post_review(client, sixteen, action="dismiss", note="a reprint of the 16 typo")
    assert done.status_code == 303 and done.headers["location"] == f"/alerts/{sixteen}"
    page = client.get(f"/alerts/{sixteen}").text
    assert 'id="review-state">dismissed' in page and "dismissed as a false alarm" in page
    assert "a reprint of the 16 typo" in page and ">ana<" in page
    assert post_review(client, sixteen, action="reopen").status_code == 303
    assert 'id="review-state">open' in client.get(f"/alerts/{sixteen}").text

    accepted = post_review(client, new, action="accept", item="1", date="2026-03-04", count="31")
    assert accepted.status_code == 303
    baseline = client.get("/baseline").text
    assert "<code>release_count/2026-03-04</code>" in baseline and "accepted by ana" in baseline
    assert "/story/new-release.html" in baseline
    wrong = post_review(client, new, action="accept", item="1", date="March")
    assert wrong.status_code == 400 and "not a date" in wrong.text


def test_forms_from_elsewhere_and_without_their_token_are_refused(desk):
    client, db = desk
    id_ = alert_id(db, "another-sixteen")
    client.get("/alerts")
    assert client.post(f"/alerts/{id_}/review", data={"action": "confirm"}).status_code == 403
    forged = client.post(f"/alerts/{id_}/review", data={"action": "confirm", "csrf": "x" * 43})
    assert forged.status_code == 403
    page = client.get(f"/alerts/{id_}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    foreign = client.post(f"/alerts/{id_}/review", data={"action": "confirm", "csrf": csrf},
                          headers={"Origin": "http://evil.test"})
    assert foreign.status_code == 403
    assert 'id="review-state">open' in client.get(f"/alerts/{id_}").text


def test_beyond_loopback_a_token_is_required_and_asked_for_on_every_request(desk, tmp_path):
    with pytest.raises(ConfigError, match="reachable from other machines: set CLAIMWATCH_WEB_TOKEN"):
        check_exposure("0.0.0.0:8080", None)
    with pytest.raises(ConfigError, match="shorter than 16"):
        check_exposure("0.0.0.0:8080", "short")
    assert check_exposure("127.0.0.1:8080", None) == ("127.0.0.1", 8080)
    assert check_exposure("[::1]:9000", None) == ("::1", 9000)
    assert check_exposure("0.0.0.0:8080", TOKEN) == ("0.0.0.0", 8080)

    _, db = desk
    config = load_config(str(write_config(tmp_path / "c.toml", db=str(db.url))))
    client = TestClient(create_app(config, Engine.load(), db, TOKEN))
    assert client.get("/alerts").status_code == 401
    assert client.get("/alerts").headers["www-authenticate"].startswith("Basic")
    wrong = base64.b64encode(b"desk:guess").decode()
    assert client.get("/alerts", headers={"Authorization": f"Basic {wrong}"}).status_code == 401
    right = base64.b64encode(f"desk:{TOKEN}".encode()).decode()
    assert client.get("/alerts", headers={"Authorization": f"Basic {right}"}).status_code == 200
    assert client.get("/export/alerts.csv", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_web_refuses_to_start_beyond_loopback_without_a_token(tmp_path):
    out = run_cli("web", "--listen", "0.0.0.0:8080", "--config", str(write_config(tmp_path / "c.toml", db="sqlite://")))
    assert out.returncode == 2 and "set CLAIMWATCH_WEB_TOKEN" in out.stderr


def test_confirmed_findings_export_as_claimreview_and_all_alerts_as_csv(desk):
    client, db = desk
    assert client.get("/export/claimreview.json").json() == []
    post_review(client, alert_id(db, "another-sixteen"), action="confirm", note="the count is 14")
    [review] = client.get("/export/claimreview.json").json()
    assert review["@type"] == "ClaimReview" and review["@context"] == "https://schema.org"
    assert review["claimReviewed"] == "Sixteen prisoners walk free in Minsk deal"
    assert review["reviewRating"]["alternateName"] == "False"
    appearance = review["itemReviewed"]["appearance"][0]
    assert appearance["url"].endswith("/story/another-sixteen.html") and appearance["datePublished"] == "2025-06-23"
    assert "the established figure is 14" in review["reviewBody"] and "the count is 14" in review["reviewBody"]
    assert review["author"]["name"] == "claimwatch"

    response = client.get("/export/alerts.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3 and {r["kind"] for r in rows} == {"release_count", "new_event"}
    assert next(r for r in rows if r["review"] == "confirmed")["claimed"] == "16"


def test_a_cell_a_spreadsheet_would_run_is_exported_as_text(desk):
    client, db = desk
    with Session(db) as session:
        article = session.get(Article, session.get(Alert, alert_id(db, "hostile")).article_id)
        article.title = '=HYPERLINK("http://evil.test","click")'
        session.add(article)
        session.commit()
    rows = list(csv.DictReader(io.StringIO(client.get("/export/alerts.csv").text)))
    assert "'=HYPERLINK(\"http://evil.test\",\"click\")" in {r["article_title"] for r in rows}


def test_stats_give_each_rule_its_live_precision_and_a_chart_per_day(desk):
    client, db = desk
    post_review(client, alert_id(db, "another-sixteen"), action="confirm")
    post_review(client, alert_id(db, "hostile"), action="dismiss", note="not a real outlet")
    page = client.get("/stats").text
    kind_table = page[page.index('id="by-kind"'):page.index('id="by-language"')]
    assert re.search(r"<td>release_count</td><td>2</td><td>0</td><td>1</td><td>0</td><td>1</td><td>0.50</td>", kind_table)
    assert re.search(r"<td>new_event</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>–</td>", kind_table)
    assert '<svg id="per-day"' in page and "3 in all" in page
    assert "3 pushed, 0 held for review" in page


def test_the_feeds_page_shows_each_feeds_health_and_counts_and_no_secret(desk, tmp_path):
    client, db = desk
    page = client.get("/feeds").text
    assert "Story wire" in page and "not polled yet" in page    # the copy's config names another URL
    config = load_config(str(write_config(tmp_path / "secret.toml", db=str(db.url), feeds=[
        ("Members' feed", "https://reader:pa55word@news.test/rss?lang=en&token=t0ps3cr3t")])))
    page = TestClient(create_app(config, Engine.load(), db)).get("/feeds").text
    assert "https://***@news.test/rss?lang=en&amp;token=***" in page
    assert "pa55word" not in page and "t0ps3cr3t" not in page


def test_each_page_action_and_export_works_on_each_database(tmp_path, site, database_url):
    feed = GrowingFeed(site)
    config_path = write_config(tmp_path / "config.toml", db=database_url, feeds=[("Story wire", feed.url)])
    for article in ("another-sixteen", "new-release"):
        feed.add(article)
        assert run_cli("run", "--once", "--config", str(config_path)).returncode == 0
    config = load_config(str(config_path))
    db = open_database(config.database_url)
    client = TestClient(create_app(config, Engine.load(), db))
    for path in ("/alerts", "/alerts?review=open&kind=new_event&language=en", "/baseline", "/feeds", "/stats"):
        assert client.get(path).status_code == 200, path
    sixteen, new = alert_id(db, "another-sixteen"), alert_id(db, "new-release")
    assert post_review(client, sixteen, action="confirm", note="14 is right").status_code == 303
    assert post_review(client, new, action="accept").status_code == 303
    assert "accepted by ana" in client.get("/baseline").text
    assert len(client.get("/export/claimreview.json").json()) == 1
    assert len(list(csv.DictReader(io.StringIO(client.get("/export/alerts.csv").text)))) == 2
    assert "1 matching" in client.get("/alerts?review=accepted").text
    feed.add("same-release")
    assert run_cli("run", "--once", "--config", str(config_path)).returncode == 0
    assert "2 matching" in client.get("/alerts").text          # the accepted release: quiet
    db.dispose()


def test_the_alert_list_pages_fifty_at_a_time_and_keeps_its_filters(desk):
    client, db = desk
    with Session(db) as session:
        for number in range(60):
            queries.add_alert(session, {"idempotency_key": f"extra:{number}", "kind": "discrepancy",
                                        "title": f"extra alert {number}", "body": "-", "discrepancies": "[]",
                                        "created_at": datetime(2026, 1, 1, tzinfo=timezone.utc)}, {})
        session.commit()
    first = client.get("/alerts?review=open")
    assert "63 matching" in first.text and "page 1 of 2" in first.text
    assert len(re.findall(r'<td><a href="/alerts/\d+">#', first.text)) == 50
    assert 'href="/alerts?review=open&amp;page=2"' in first.text
    second = client.get("/alerts?review=open&page=2")
    assert len(re.findall(r'<td><a href="/alerts/\d+">#', second.text)) == 13 and "← newer" in second.text
    assert "page 2 of 2" in client.get("/alerts?page=99").text          # past the end: the last page


def test_run_web_serves_the_console_beside_the_daemon(tmp_path):
    port = free_port()
    config = write_config(tmp_path / "c.toml", db=f"sqlite:///{tmp_path}/cw.db",
                          extra=f'[web]\nlisten = "127.0.0.1:{port}"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    daemon = subprocess.Popen([sys.executable, "-m", "daemon", "run", "--web", "--config", str(config)],
                              cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline, page = time.monotonic() + 60, None
        while page is None and time.monotonic() < deadline:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/baseline", timeout=2).read().decode()
            except OSError:
                time.sleep(0.2)
        assert page is not None and "release_count/2025-06-21" in page     # the baseline the daemon stored
    finally:
        daemon.terminate()
        daemon.wait(30)
