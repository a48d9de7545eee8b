"""The claims several daemons share a database by, on SQLite and PostgreSQL: a feed's lease
and a delivery's claim have one winner, lapse, and are let go."""
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import Session, select

from storage import queries
from storage.db import open_database
from storage.models import Delivery, Feed

NOW = datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc)
LEASE = timedelta(minutes=10)


@pytest.fixture
def feed(database_url):
    db = open_database(database_url)
    with Session(db) as session:
        feed_id = queries.sync_feed(session, "wire", "https://wire.example/rss").id
        session.commit()
    return db, feed_id


def claim(db, feed_id, owner, now, on_schedule=True) -> bool:
    with Session(db) as session:
        won = queries.claim_feed(session, feed_id, owner, now, now + LEASE, on_schedule)
        session.commit()
        return won


def test_one_daemon_wins_a_feed_and_the_others_wait_for_its_lease_to_lapse(feed):
    db, feed_id = feed
    assert claim(db, feed_id, "a:1", NOW)
    assert not claim(db, feed_id, "b:2", NOW + timedelta(minutes=1))
    assert claim(db, feed_id, "a:1", NOW + timedelta(minutes=1))          # its own, again (a restart)
    assert claim(db, feed_id, "b:2", NOW + LEASE + timedelta(minutes=1))  # lapsed: a died mid-poll


def test_a_polled_feed_is_let_go_and_due_again_at_its_next_poll_time(feed):
    db, feed_id = feed
    assert claim(db, feed_id, "a:1", NOW)
    with Session(db) as session:
        queries.record_fetch_success(session.get(Feed, feed_id), NOW, None, None, NOW + timedelta(minutes=9))
        session.commit()
    assert not claim(db, feed_id, "b:2", NOW + timedelta(minutes=5))      # polled this interval
    assert claim(db, feed_id, "b:2", NOW + timedelta(minutes=5), on_schedule=False)    # --once
    with Session(db) as session:
        queries.record_fetch_error(session.get(Feed, feed_id), NOW, "503", NOW + timedelta(hours=1))
        session.commit()
    assert not claim(db, feed_id, "c:3", NOW + timedelta(minutes=30), on_schedule=False)  # backing off
    assert claim(db, feed_id, "c:3", NOW + timedelta(hours=1))


def test_a_delivery_is_claimed_once_and_a_dead_daemons_claims_are_freed(feed):
    db, feed_id = feed
    with Session(db) as session:
        alert_id = queries.add_alert(session, {"idempotency_key": "article:x", "kind": "discrepancy", "title": "t",
                                               "body": "b", "discrepancies": "[]", "created_at": NOW},
                                     {"desk": "desk"})
        session.commit()
        delivery_id = session.exec(select(Delivery.id)).one()
    with Session(db) as session:
        assert queries.claim_delivery(session, delivery_id, "a:1", NOW, NOW + timedelta(minutes=5))
        assert not queries.claim_delivery(session, delivery_id, "b:2", NOW, NOW + timedelta(minutes=5))
        session.commit()
    assert claim(db, feed_id, "a:1", NOW)
    with Session(db) as session:
        assert queries.claim_owners(session) == {"a:1"}
        queries.release_claims_of(session, ["a:1"])
        session.commit()
        assert queries.claim_owners(session) == set()
        assert queries.claim_delivery(session, delivery_id, "b:2", NOW, NOW + timedelta(minutes=5))
    assert claim(db, feed_id, "b:2", NOW)
    assert alert_id is not None
