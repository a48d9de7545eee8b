"""Broken feeds and hostile pages, each against a real local HTTP server: every case is
recorded as an error (or handled), backs off, and never disturbs the other feeds."""
import gzip
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import Session, select

from daemon import analysis
from daemon.config import Config, FeedConfig, FetchConfig, NotifyConfig
from daemon.fetch import Fetcher
from daemon.notify import Targets
from daemon.pipeline import Services, deliver_due, run_feed
from storage.db import open_database
from storage.models import Article, Feed

NOW = datetime(2025, 6, 22, 12, 0, tzinfo=timezone.utc)
ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1><p>{text}</p><p>Officials in Vilnius confirmed the handover and
said the group was in good health after crossing the border.</p></article></body></html>"""
CONSISTENT = "Belarus freed 14 political prisoners on Saturday, including Siarhei Tsikhanouski, after talks with Keith Kellogg."


@pytest.fixture(scope="module")
def analyzer():
    engine = analysis.load_engine(None)
    return analysis.Analyzer(engine, analysis.build_from_documents(engine))


@pytest.fixture
def make_services(tmp_path, analyzer):
    made = []

    def build(*feeds, notify=(), alert_after=6 * 3600):
        config = Config(database_url=f"sqlite:///{tmp_path}/cw.db",
                        feeds=tuple(FeedConfig(name=url, url=url) for url in feeds),
                        fetch=FetchConfig(timeout=0.5, deadline=1.5, max_bytes=200_000,
                                          allow_private_addresses=True),
                        notify=NotifyConfig(urls=tuple(notify), feed_failure_alert_after=alert_after))
        services = Services(config=config, db=open_database(config.database_url),
                            fetcher=Fetcher(config.fetch), analyzer=analyzer,
                            targets=Targets(config.notify))
        made.append(services)
        return services

    yield build
    for services in made:               # the analyzer is the module's: not closed here
        services.pages.shutdown()
        services.writer.close()
        services.fetcher.close()


def rss(*items: str) -> str:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{"".join(items)}</channel></rss>'


def item(link: str | None, title="An article", guid=None, date="Sun, 22 Jun 2025 08:00:00 GMT") -> str:
    parts = [f"<title>{title}</title>"]
    if link:
        parts.append(f"<link>{link}</link>")
    if guid:
        parts.append(f"<guid>{guid}</guid>")
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    return f"<item>{''.join(parts)}</item>"


def feed_row(services, url) -> Feed:
    with Session(services.db) as session:
        return session.exec(select(Feed).where(Feed.url == url)).one()


def articles(services) -> list[Article]:
    with Session(services.db) as session:
        return list(session.exec(select(Article).order_by(Article.id)))


def poll(services, now=NOW) -> int:
    return sum(run_feed(feed, services=services, now=now) for feed in services.config.feeds)


BROKEN_FEEDS = {
    "malformed XML": dict(body="<rss><channel><item><title>x</title></chan", match="not a readable feed"),
    "HTML instead of a feed": dict(body="<html><body><p>Hello</p></body></html>", match="not a readable feed"),
    "empty body": dict(body="", match="not a readable feed"),
    "404": dict(body="gone", status=404, match="HTTP 404"),
    "410": dict(body="gone", status=410, match="HTTP 410"),
    "500": dict(body="oops", status=500, match="HTTP 500"),
    "never answering": dict(body="<rss/>", delay=3.0, match="timed out"),
    "trickling": dict(body=rss(item("http://x.test/a")), trickle=0.02, match="not complete within|timed out"),
    "500 MB body": dict(endless=True, match="larger than 200000 bytes"),
    "gzip bomb": dict(body=gzip.compress(b"<" * 50_000_000), headers={"Content-Encoding": "gzip"},
                      match="larger than 200000 bytes"),
    "entity expansion bomb": dict(body='<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                                  + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in
                                            zip("abcdefgh", "bcdefghi"))
                                  + ']><rss version="2.0"><channel><title>&i;</title></channel></rss>',
                                  match="not a readable feed"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_FEEDS))
def test_a_broken_feed_is_recorded_backs_off_and_spares_the_others(case, site, make_services):
    spec = dict(BROKEN_FEEDS[case])
    match = spec.pop("match")
    bad = site.add("/bad.xml", spec.pop("body", b""), **spec)
    page = site.add("/ok/a.html", ARTICLE.format(title="Fourteen freed", text=CONSISTENT))
    good = site.add("/good.xml", rss(item(page)))
    services = make_services(bad, good)

    assert poll(services) == 1                                  # the good feed went through
    row = feed_row(services, bad)
    import re
    assert row.error_count == 1 and re.search(match, row.last_error), row.last_error
    assert row.next_fetch_at.replace(tzinfo=timezone.utc) > NOW
    assert feed_row(services, good).error_count == 0
    hits = site.hits.get("/bad.xml", 0)
    assert poll(services, NOW + timedelta(seconds=30)) == 0     # backing off: not asked again
    assert site.hits.get("/bad.xml", 0) == hits


def test_retry_after_is_honoured_and_backoff_grows_to_a_cap(site, make_services):
    bad = site.add("/busy.xml", "busy", status=503, headers={"Retry-After": "900"})
    services = make_services(bad)
    poll(services)
    first = feed_row(services, bad)
    assert "HTTP 503" in first.last_error
    assert first.next_fetch_at.replace(tzinfo=timezone.utc) - NOW >= timedelta(seconds=900)
    site.add("/busy.xml", "busy", status=500)
    now = NOW
    for _ in range(15):
        now = feed_row(services, bad).next_fetch_at.replace(tzinfo=timezone.utc)
        poll(services, now)
    row = feed_row(services, bad)
    assert row.error_count == 16
    assert row.next_fetch_at.replace(tzinfo=timezone.utc) - now == timedelta(hours=6)


def test_a_feed_failing_for_long_raises_one_operator_alert(site, make_services):
    bad = site.add("/down.xml", "down", status=500)
    hook = site.url("/hook").replace("http://", "json://")
    services = make_services(bad, notify=[hook], alert_after=3600)
    poll(services)
    now = NOW
    for _ in range(8):                                           # 1+2+4+…+128 min later
        now = feed_row(services, bad).next_fetch_at.replace(tzinfo=timezone.utc)
        poll(services, now)
        deliver_due(services, now)
    notices = site.posted_json()
    assert len(notices) == 1
    assert "failing since" in notices[0]["title"] and "HTTP 500" in notices[0]["message"]
    site.add("/down.xml", rss())
    poll(services, feed_row(services, bad).next_fetch_at.replace(tzinfo=timezone.utc))
    assert feed_row(services, bad).error_count == 0 and feed_row(services, bad).failing_since is None


def test_odd_entries_no_link_no_date_duplicate_guid_absurd_date(site, make_services):
    a = site.add("/a.html", ARTICLE.format(title="Fourteen freed", text=CONSISTENT))
    b = site.add("/b.html", ARTICLE.format(title="Fourteen freed again", text=CONSISTENT + " Again."))
    feed = site.add("/feed.xml", rss(item(None, "no link"), item(a, guid="same"), item(a, guid="same"),
                                     item(b, date=None), item(b, date="Fri, 01 Jan 2100 00:00:00 GMT")))
    services = make_services(feed)
    assert poll(services) == 2
    assert sorted(x.url for x in articles(services)) == [a, b]      # a feed's pages are fetched at once
    assert site.hits["/a.html"] == 1 and site.hits["/b.html"] == 1


def test_a_feeds_pages_are_fetched_at_once_within_the_per_host_limit(site, make_services):
    pages = [site.add(f"/p{i}.html", ARTICLE.format(title=f"Report {i}", text=CONSISTENT), delay=0.3)
             for i in range(6)]
    services = make_services(site.add("/feed.xml", rss(*(item(page) for page in pages))))
    assert services.config.fetch.per_host == 4
    assert poll(services) == 6
    assert site.most_at_once == 4


def test_the_same_text_at_another_url_is_a_duplicate(site, make_services):
    body = ARTICLE.format(title="Fourteen freed", text=CONSISTENT)
    feed = site.add("/feed.xml", rss(item(site.add("/a.html", body)), item(site.add("/copy.html", body))))
    services = make_services(feed)
    poll(services)
    assert [x.status for x in articles(services)] == ["checked", "duplicate"]


def test_an_article_listed_by_two_feeds_polled_at_once_is_fetched_and_stored_once(site, make_services, caplog):
    page = site.add("/shared.html", ARTICLE.format(title="Fourteen freed", text=CONSISTENT), delay=0.3)
    first, second = (site.add(path, rss(item(page)), headers={"ETag": '"v1"'}) for path in ("/one.xml", "/two.xml"))
    services = make_services(first, second)
    with ThreadPoolExecutor(2) as pool:         # as the scheduler polls them
        stored = sum(pool.map(lambda feed: run_feed(feed, services=services, now=NOW), services.config.feeds))
    assert stored == 1 and [(x.url, x.status) for x in articles(services)] == [(page, "checked")]
    assert site.hits["/shared.html"] == 1
    assert all(feed_row(services, url).etag == '"v1"' for url in (first, second))    # both polls complete
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "WARNING")]


def test_a_page_without_article_text_is_recorded(site, make_services):
    feed = site.add("/feed.xml", rss(item(site.add("/empty.html", "<html><body><nav>Home</nav></body></html>"))))
    services = make_services(feed)
    poll(services)
    assert [x.status for x in articles(services)] == ["no_text"]


def test_a_failed_page_is_retried_on_the_next_poll_even_when_the_feed_is_unchanged(site, make_services):
    page = site.add("/late.html", "not yet", status=503)
    feed = site.add("/feed.xml", rss(item(page)), headers={"ETag": '"v1"'})
    services = make_services(feed)
    assert poll(services) == 0
    assert articles(services)[0].status == "error"
    site.add("/late.html", ARTICLE.format(title="Fourteen freed", text=CONSISTENT))
    assert poll(services, NOW + timedelta(minutes=10)) == 1      # feed answers 304, page retried
    assert articles(services)[0].status == "checked"


@pytest.mark.parametrize("encoding, declared", [("cp1251", True), ("koi8-r", True), ("utf-8-sig", False)])
def test_pages_in_other_charsets_are_decoded(site, make_services, encoding, declared):
    title = "Беларусь освободила 14 политзаключённых"
    html = ARTICLE.format(title=title, text="В субботу на свободу вышли 14 человек, среди них Сергей Тихановский.")
    if declared:
        html = html.replace('charset="utf-8"', f'charset="{encoding}"')
    else:
        html = html.replace('<meta charset="utf-8">', "")
    page = site.add("/ru.html", html.encode(encoding), headers={"Content-Type": "text/html"})
    services = make_services(site.add("/feed.xml", rss(item(page))))
    poll(services)
    stored = articles(services)[0]
    assert stored.status == "checked"
    assert stored.title == title


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_feeds_in_other_charsets_are_decoded(site, make_services, encoding):
    page = site.add("/a.html", ARTICLE.format(title="Fourteen freed", text=CONSISTENT))
    body = rss(item(page, title="Тихановский на свободе")).replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>').encode(encoding)
    services = make_services(site.add("/feed.xml", body))
    assert poll(services) == 1
    assert feed_row(services, site.url("/feed.xml")).error_count == 0
