"""A running daemon and a reviewer at the same time: a judgement stored while the daemon runs
applies to its next poll, its worker processes then check pages against the new baseline."""
from datetime import timedelta

import pytest
from sqlmodel import Session

from daemon import analysis
from daemon.config import Config, FeedConfig, FetchConfig
from daemon.fetch import Fetcher
from daemon.notify import Targets
from daemon.pipeline import Reviews, Services, run_feed, utcnow
from daemon.review import review_alert
from storage import queries
from storage.db import open_database
from tests.e2e.story import GrowingFeed


@pytest.fixture
def daemon(tmp_path, site):
    feed = GrowingFeed(site)
    config = Config(database_url=f"sqlite:///{tmp_path}/cw.db", feeds=(FeedConfig("story", feed.url),),
                    fetch=FetchConfig(timeout=3, deadline=6, allow_private_addresses=True))
    engine = analysis.load_engine(None)
    db = open_database(config.database_url)
    reviews = Reviews.read(db)
    baseline = analysis.stored_or_bundled_baseline(engine, config.database_url, store=True)
    services = Services(config=config, db=db, fetcher=Fetcher(config.fetch),
                        analyzer=analysis.PooledAnalyzer(None, baseline, workers=1),
                        targets=Targets(config.notify), engine=engine, reviews=reviews)
    yield services, feed, engine
    services.close()


def poll(services, when) -> list[dict]:
    """One poll of the feed; the alerts stored so far, newest first, as (kind, state, kinds)."""
    run_feed(services.config.feeds[0], services=services, now=when)
    with Session(services.db) as session:
        return [{"id": a.id, "kind": a.kind, "state": a.state} for a, _, _ in queries.list_alerts(session)]


def judge(services, engine, alert_id, action, **options):
    with Session(services.db) as session:
        review_alert(session, engine, alert_id, action, "ana", utcnow(), **options)
        session.commit()


def test_judgements_made_while_the_daemon_runs_apply_to_its_next_poll(daemon):
    services, feed, engine = daemon
    now = utcnow()
    feed.add("new-release")
    [new] = poll(services, now)
    workers_before = services.analyzer._pool
    judge(services, engine, new["id"], "accept")

    feed.add("same-release")                            # checked by workers that know the release now
    assert poll(services, now + timedelta(minutes=10)) == [new]
    assert services.analyzer._pool is not workers_before

    feed.add("another-sixteen")
    sixteen = poll(services, now + timedelta(minutes=20))[0]
    assert sixteen["kind"] == "discrepancy"
    judge(services, engine, sixteen["id"], "dismiss", note="a typo copied around")
    feed.add("sixteen-again")
    newest = poll(services, now + timedelta(minutes=30))[0]
    assert newest["kind"] == "candidate" and newest["state"] == "review"
    counted = services.metrics.registry.get_sample_value
    assert counted("claimwatch_discrepancies_total", {"kind": "release_count", "pushed": "yes"}) == 1
    assert counted("claimwatch_discrepancies_total", {"kind": "release_count", "pushed": "no"}) == 1


def test_a_daemon_started_after_the_judgements_applies_them_from_its_first_poll(daemon, tmp_path):
    services, feed, engine = daemon
    feed.add("another-sixteen")
    [sixteen] = poll(services, utcnow())
    judge(services, engine, sixteen["id"], "dismiss", note="a typo copied around")
    restarted = Reviews.read(services.db)
    assert list(restarted.dismissed.values()) == [sixteen["id"]]
