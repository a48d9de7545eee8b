"""The health check: what makes a daemon healthy, and each way it is not (real SQLite files,
and a PostgreSQL URL nobody answers)."""
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import Session

from daemon.config import FeedConfig
from daemon.health import check_health, read_heartbeat, write_heartbeat
from storage import queries
from storage.db import open_database

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
FEEDS = (FeedConfig("Wire", "https://wire.test/rss", 600), FeedConfig("Daily", "https://daily.test/rss", 3600))


@pytest.fixture
def db(tmp_path):
    return open_database(f"sqlite:///{tmp_path}/cw.db")


def polled(db, feed: FeedConfig, when: datetime, retry_at: datetime | None = None) -> None:
    with Session(db) as session:
        row = queries.sync_feed(session, feed.name, feed.url)
        if retry_at is None:
            queries.record_fetch_success(row, when, None, None)
        else:
            queries.record_fetch_error(row, when, "HTTP 503", retry_at)
        session.commit()


def beat(at=NOW, started=NOW - timedelta(hours=5), workers=(2, 2)) -> dict:
    return {"pid": 42, "at": at, "started_at": started, "workers": workers[0], "workers_alive": workers[1]}


def test_healthy_when_alive_answering_and_every_feed_polled_in_time(db):
    polled(db, FEEDS[0], NOW - timedelta(minutes=9))
    polled(db, FEEDS[1], NOW - timedelta(minutes=59))
    ok, lines = check_health(db, FEEDS, beat(), NOW)
    assert ok, lines
    assert lines == ["daemon 42: heartbeat 0 s ago", "extraction workers: 2 of 2 alive", "database answers",
                     "all 2 feeds polled within their intervals"]


def test_a_feed_not_polled_for_twice_its_interval_is_unhealthy(db):
    polled(db, FEEDS[0], NOW - timedelta(minutes=25))
    polled(db, FEEDS[1], NOW - timedelta(minutes=59))
    ok, lines = check_health(db, FEEDS, beat(), NOW)
    assert not ok and lines[-1] == "feed Wire: not polled since 2026-03-01 11:35 UTC (every 10m)"


def test_a_feed_never_polled_counts_from_the_daemons_start(db):
    polled(db, FEEDS[0], NOW - timedelta(minutes=5))
    assert check_health(db, FEEDS, beat(started=NOW - timedelta(minutes=30)), NOW)[0]
    ok, lines = check_health(db, FEEDS, beat(started=NOW - timedelta(hours=3)), NOW)
    assert not ok and lines[-1] == "feed Daily: never polled (every 1h)"


def test_a_daemon_restarted_after_a_long_stop_is_not_late_at_once(db):
    polled(db, FEEDS[0], NOW - timedelta(days=2))
    polled(db, FEEDS[1], NOW - timedelta(days=2))
    assert check_health(db, FEEDS, beat(started=NOW - timedelta(minutes=3)), NOW)[0]


def test_a_feed_backing_off_after_errors_is_on_time_until_its_next_try(db):
    polled(db, FEEDS[0], NOW - timedelta(hours=2), retry_at=NOW + timedelta(minutes=30))
    polled(db, FEEDS[1], NOW - timedelta(minutes=10))
    assert check_health(db, FEEDS, beat(), NOW)[0]


def test_a_dead_worker_or_a_stale_heartbeat_is_unhealthy(db):
    polled(db, FEEDS[0], NOW)
    polled(db, FEEDS[1], NOW)
    ok, lines = check_health(db, FEEDS, beat(workers=(2, 1)), NOW)
    assert not ok and "extraction workers: 1 of 2 alive" in lines
    ok, lines = check_health(db, FEEDS, beat(at=NOW - timedelta(minutes=10)), NOW)
    assert not ok and lines[0] == "daemon 42: heartbeat 600 s ago (stale)"
    assert check_health(db, FEEDS, None, NOW)[0] is False


def test_a_database_that_does_not_answer_is_unhealthy():
    unreachable = open_database("postgresql+psycopg://nobody@127.0.0.1:1/none", create=False)
    ok, lines = check_health(unreachable, FEEDS, beat(), NOW)
    assert not ok and lines[-1].startswith("database does not answer:")


def test_the_heartbeat_file_round_trips(tmp_path):
    path = tmp_path / "beat"
    write_heartbeat(NOW - timedelta(hours=1), (2, 1), NOW, path)
    record = read_heartbeat(path)
    assert (record["at"], record["started_at"], record["workers"], record["workers_alive"]) == (
        NOW, NOW - timedelta(hours=1), 2, 1)
    path.write_text("not json")
    assert read_heartbeat(path) is None
