"""The whole pipeline against real local servers: feed → pages → claims → alerts."""
import json

from tests.conftest import ROOT, run_cli, write_config

SAMPLE = ROOT / "examples" / "site"
SAMPLE_BASE = "http://127.0.0.1:8765"


def serve_sample_site(site) -> str:
    """Serve examples/site with its URLs pointing at the test server; return the feed URL."""
    for page in (SAMPLE / "articles").glob("*.html"):
        site.add(f"/articles/{page.name}", page.read_bytes(), headers={"Content-Type": "text/html; charset=utf-8"})
    feed = (SAMPLE / "feed.xml").read_text().replace(SAMPLE_BASE, site.base)
    return site.add("/feed.xml", feed, headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'})


def test_one_alert_per_contradicting_article_delivered_once_to_each_target(tmp_path, site, mailbox, database_url):
    feed_url = serve_sample_site(site)
    hook = site.url("/hook")
    config = write_config(tmp_path / "config.toml", db=database_url,
                          feeds=[("sample", feed_url)],
                          notify=[hook.replace("http://", "json://"), mailbox.apprise_url()])

    first = run_cli("run", "--once", "--config", str(config))
    assert first.returncode == 0, first.stderr

    posts = site.posted_json()
    assert len(posts) == 1, posts
    assert len(mailbox.messages) == 1
    body = posts[0]["message"]
    assert "aggregator-sixteen-freed.html" in body
    assert "claimed: 16" in body and "baseline: 14" in body
    assert "Belarus freed 16 political prisoners on Saturday" in body
    assert "sources:" in body
    assert "16" in mailbox.messages[0]["Subject"] or "discrepanc" in mailbox.messages[0]["Subject"]
    mail_text = mailbox.messages[0].get_payload(decode=True) or b""
    if mailbox.messages[0].is_multipart():
        mail_text = mailbox.messages[0].get_payload(0).get_payload(decode=True)
    assert b"baseline: 14" in mail_text

    second = run_cli("run", "--once", "--config", str(config))
    assert second.returncode == 0, second.stderr
    assert len(site.posted_json()) == 1
    assert len(mailbox.messages) == 1
    assert site.hits["/articles/aggregator-sixteen-freed.html"] == 1   # not fetched again

    listed = run_cli("alerts", "--json", "--config", str(config))
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["state"] for r in records] == ["delivered"]
    assert records[0]["url"].endswith("aggregator-sixteen-freed.html")
    assert {d["state"] for d in records[0]["deliveries"]} == {"delivered"}


def test_failed_delivery_is_retried_on_a_later_cycle(tmp_path, site):
    feed_url = serve_sample_site(site)
    config = write_config(tmp_path / "config.toml", db=f"sqlite:///{tmp_path}/cw.db",
                          feeds=[("sample", feed_url)],
                          notify=[site.url("/hook").replace("http://", "json://")])
    site.post_status = 500
    assert run_cli("run", "--once", "--config", str(config)).returncode == 0
    assert len(site.posts) == 1                 # tried once, refused
    site.posts.clear()
    site.post_status = 200

    from datetime import datetime, timezone
    from sqlmodel import Session, create_engine, select
    from storage.models import Delivery
    db = create_engine(f"sqlite:///{tmp_path}/cw.db")
    with Session(db) as session:                # let the backoff expire instead of sleeping
        for delivery in session.exec(select(Delivery)):
            delivery.next_attempt_at = datetime(2000, 1, 1, tzinfo=timezone.utc)
            session.add(delivery)
        session.commit()

    assert run_cli("run", "--once", "--config", str(config)).returncode == 0
    assert len(site.posted_json()) == 1
    assert run_cli("run", "--once", "--config", str(config)).returncode == 0
    assert len(site.posted_json()) == 1


def test_secrets_never_reach_logs_or_the_alerts_listing(tmp_path, site):
    feed_url = serve_sample_site(site)
    site.post_status = 500
    secret_url = site.url("/hooktoken123").replace("http://", "json://user:s3cretpw@")
    config = write_config(tmp_path / "config.toml", db=f"sqlite:///{tmp_path}/cw.db",
                          feeds=[("sample", feed_url)])
    env = {"CLAIMWATCH_NOTIFY_URLS": secret_url}
    run = run_cli("--verbose", "run", "--once", "--config", str(config), env_extra=env)
    assert run.returncode == 0 and site.posts                 # it tried, the target refused
    listing = run_cli("alerts", "--config", str(config), env_extra=env)
    as_json = run_cli("alerts", "--json", "--config", str(config), env_extra=env)
    for output in (run.stdout, run.stderr, listing.stdout, as_json.stdout):
        assert "s3cretpw" not in output and "hooktoken123" not in output
    assert "json://***@127.0.0.1" in listing.stdout


def _page(title: str, lang: str, body: str) -> bytes:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="2025-06-22T08:00:00Z"></head>'
            f'<body><article><h1>{title}</h1><p>{body}</p></article></body></html>').encode()


def _feed(site, pages: dict) -> str:
    items = "".join(f"<item><title>{t}</title><link>{site.url(path)}</link></item>" for path, t in pages.items())
    return site.add("/feed.xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                    headers={"Content-Type": "application/rss+xml"})


def test_candidates_are_stored_for_review_and_sent_nowhere_and_other_languages_are_not_read(tmp_path, site):
    site.add("/approx.html", _page("About a dozen freed", "en",
             "Reports on Saturday said roughly a dozen political prisoners had been freed in Minsk, "
             "according to a channel that could not name them."), headers={"Content-Type": "text/html"})
    site.add("/de.html", _page("Sechzehn Gefangene frei", "de",
             "Belarus hat am Samstag sechzehn politische Gefangene freigelassen, darunter den Blogger "
             "Siarhei Tsikhanouski, teilte die Menschenrechtsorganisation Wjasna in Vilnius mit."),
             headers={"Content-Type": "text/html"})
    feed_url = _feed(site, {"/approx.html": "About a dozen freed", "/de.html": "Sechzehn Gefangene frei"})
    config = write_config(tmp_path / "config.toml", db=f"sqlite:///{tmp_path}/cw.db",
                          feeds=[("mixed", feed_url)], notify=[site.url("/hook").replace("http://", "json://")])

    assert run_cli("run", "--once", "--config", str(config)).returncode == 0
    assert site.posted_json() == []                                   # a candidate is pushed nowhere
    records = [json.loads(line) for line in run_cli("alerts", "--json", "--config", str(config)).stdout.splitlines()]
    assert [(r["kind"], r["state"], r["deliveries"]) for r in records] == [("candidate", "review", [])]
    assert [(d["kind"], d["claimed"]) for d in records[0]["candidates"]] == [("release_count", 12)]
    assert records[0]["discrepancies"] == []

    feeds = run_cli("feeds", "--config", str(config)).stdout
    assert "1 checked" in feeds and "1 not checked (language has no table)" in feeds and "de 1" in feeds
