"""Several daemons, one PostgreSQL: real `claimwatch run` processes share the feeds of one
config through the database's leases and claims. Each feed is polled once per interval,
each page fetched once, each alert sent once; a daemon killed mid-poll loses its feeds to
the others when its leases lapse."""
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import ROOT, postgres_schema

RELEASE = ("<p>Minsk released {count} political prisoners on 21 June, a day the U.S. envoy Keith Kellogg "
           "spent in talks with Alexander Lukashenko, feed {n} reported.</p>")
QUIET = "<p>Feed {n} reports on the weather in Vilnius: rain is expected on Sunday, and wind from the west.</p>"


@pytest.fixture
def shared_database():
    """PostgreSQL only: SQLite is for one process."""
    yield from postgres_schema()


def newsroom(site, tmp_path, database_url: str, feeds: int, alerting: int, page_delay: float = 0.0,
             lease: str = "10m", sharing: int = 0) -> str:
    """`feeds` feeds of one article each, the first `alerting` of them a release count the
    baseline contradicts (each a different figure: a different alert), and `sharing` more
    feeds that list the first pages again; the config."""
    lines = [f'[database]\nurl = "{database_url}"\n',
             f'[fetch]\nallow_private_addresses = true\ntimeout = {page_delay + 5}\ndeadline = {page_delay + 10}\n'
             f'per_host = 16\n'
             f'concurrency = 16\nlease = "{lease}"\n',
             f'[notify]\nurls = ["{site.url("/hook").replace("http://", "json://")}"]\n']
    for n in range(feeds):
        body = (RELEASE.format(count=15 + n, n=n) if n < alerting else QUIET.format(n=n)) * 2
        page = site.add(f"/p/{n}.html", f'<html lang="en"><head><title>Story {n}</title></head><body>'
                        f"<article><h1>Story {n}</h1>{body}</article></body></html>",
                        delay=page_delay, headers={"Content-Type": "text/html; charset=utf-8"})
        site.add(f"/f/{n}.xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>{n}</title>'
                 f"<item><title>Story {n}</title><link>{page}</link></item></channel></rss>",
                 delay=0.02, headers={"Content-Type": "application/rss+xml"})
        lines.append(f'[[feeds]]\nname = "feed {n}"\nurl = "{site.url(f"/f/{n}.xml")}"\ninterval = "10s"\n')
    for n in range(sharing):
        site.add(f"/again/{n}.xml", site.routes[f"/f/{n}.xml"].body, delay=0.02,
                 headers={"Content-Type": "application/rss+xml"})
        lines.append(f'[[feeds]]\nname = "again {n}"\nurl = "{site.url(f"/again/{n}.xml")}"\ninterval = "10s"\n')
    config = tmp_path / "config.toml"
    config.write_text("\n".join(lines))
    return str(config)


def start(config: str, name: str, tmp_path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    env["CLAIMWATCH_HEARTBEAT"] = str(tmp_path / f"{name}.heartbeat")
    log = open(tmp_path / f"{name}.log", "w")
    return subprocess.Popen([sys.executable, "-m", "daemon", "run", "--config", config], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)


def stop(processes) -> None:
    for process in processes:
        process.send_signal(signal.SIGTERM)
    for process in processes:
        assert process.wait(timeout=60) == 0


def stored(database_url: str) -> tuple[int, int]:
    """(articles stored, not as failed, and alerts) in the database."""
    with create_engine(database_url).connect() as conn:
        tables = conn.execute(text("select count(*) from information_schema.tables "
                                   "where table_name = 'alert' and table_schema = current_schema()")).scalar()
        if not tables:
            return 0, 0
        return (conn.execute(text("select count(*) from article where status != 'error'")).scalar(),
                conn.execute(text("select count(*) from alert")).scalar())


def leased_by(database_url: str, pid: int) -> int:
    """The feeds a daemon holds (none before it made the schema)."""
    with create_engine(database_url).connect() as conn:
        try:
            return conn.execute(text("select count(*) from feed where lease_owner like :owner"),
                                {"owner": f"%:{pid}"}).scalar()
        except Exception:                                             # no feed table yet
            return 0


def wait_for(condition, timeout: float) -> float:
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < timeout, "timed out"
        time.sleep(0.5)
    return time.monotonic() - started


def test_three_daemons_share_300_feeds_each_polled_once_per_interval_each_page_fetched_once(
        site, tmp_path, shared_database):
    config = newsroom(site, tmp_path, shared_database, feeds=300, alerting=12, sharing=20)
    daemons = [start(config, f"replica{i}", tmp_path) for i in range(3)]
    feeds = [f"/f/{n}.xml" for n in range(300)]
    began = time.monotonic()
    try:
        wait_for(lambda: stored(shared_database) == (300, 12), timeout=120)
        wait_for(lambda: all(site.hits.get(feed, 0) >= 3 for feed in feeds), timeout=120)   # three intervals
    finally:
        stop(daemons)
    ran = time.monotonic() - began
    pages = [site.hits.get(f"/p/{n}.html", 0) for n in range(300)]
    assert pages[20:] == [1] * 280                                    # each page fetched once
    assert max(pages[:20]) <= 2                                       # (one two feeds list: by two daemons at once)
    assert stored(shared_database) == (300, 12)                       # ... and stored once
    polls = [site.hits[feed] for feed in feeds]                       # never twice in an interval: each poll
    assert max(polls) <= int(ran / 9) + 1, (max(polls), ran)         # makes the feed due 9 s later, not before
    posted = [post["title"] for post in site.posted_json()]
    assert len(posted) == len(set(posted)) == 12                      # each alert sent once
    logs = [(tmp_path / f"replica{i}.log").read_text() for i in range(3)]
    assert all("watching 320 feeds" in log and "unexpected error" not in log for log in logs)


def test_a_daemon_killed_mid_poll_loses_its_feeds_to_the_other_when_its_leases_lapse(
        site, tmp_path, shared_database):
    config = newsroom(site, tmp_path, shared_database, feeds=20, alerting=4, page_delay=8.0, lease="10s")
    doomed = start(config, "doomed", tmp_path)
    wait_for(lambda: leased_by(shared_database, doomed.pid) >= 10, timeout=60)   # its polls under way
    survivor = start(config, "survivor", tmp_path)
    time.sleep(3)                                                     # it runs, and finds them held
    doomed.send_signal(signal.SIGKILL)
    doomed.wait()
    killed_at = time.monotonic()
    try:
        took = wait_for(lambda: stored(shared_database)[0] == 20, timeout=90)
        # A SIGTERM stops deliveries (pending ones wait in the database for the next start), and
        # the last pages, fetched at once, are stored at once: wait for their alerts to go out.
        wait_for(lambda: len(site.posted_json()) >= 4, timeout=30)
    finally:
        stop([survivor])
    assert took >= 10 - 3 - 1                                         # not before the leases lapsed
    fetched = [site.hits.get(f"/p/{n}.html", 0) for n in range(20)]
    assert max(fetched) <= 2                                          # at most the page in flight again
    posted = [post["title"] for post in site.posted_json()]
    assert len(posted) == len(set(posted)) == 4
    print(f"killed mid-poll: the other daemon stored all 20 articles {took:.1f} s after, "
          f"{time.monotonic() - killed_at:.1f} s in all; pages fetched twice: {fetched.count(2)}")
