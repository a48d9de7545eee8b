"""Storage on a real SQLite file and, when reachable, on the PostgreSQL server here."""
from datetime import datetime, timedelta, timezone

from sqlmodel import Session, select

from rules.model import Baseline, Conflict, Fact
from storage import queries
from storage.models import Alert, Article, Claim, Delivery, Reprint

NOW = datetime(2025, 6, 22, 12, 0, tzinfo=timezone.utc)


def make_alert(key="article:http://x/1"):
    return {"idempotency_key": key, "title": "t", "body": "b", "created_at": NOW}


def test_baseline_round_trip_keeps_sources_and_conflicts(db):
    baseline = Baseline(
        facts=[Fact(key="release_count/2025-06-21", kind="release_count", value=14,
                    event="2025-06-21", as_of="2025-06-21", sources=("000.txt", "001.txt"))],
        conflicts=[Conflict(key="release_count/2025-06-21", fact_value=14, claimed=13,
                            sources=("002.txt",), evidence="Releases Another 13 Political Prisoners")])
    with Session(db) as session:
        assert queries.load_baseline(session) is None
        queries.save_baseline(session, baseline)
        queries.save_baseline(session, baseline)          # rebuilding replaces, never duplicates
        session.commit()
    with Session(db) as session:
        assert queries.load_baseline(session) == baseline


def test_an_alert_key_is_stored_once_with_one_delivery_per_target(db):
    with Session(db) as session:
        first = queries.add_alert(session, make_alert(), {"a": "json://host", "b": "mailto://host"})
        session.commit()
        assert first is not None and session.get(Alert, first).state == "pending"
        assert queries.add_alert(session, make_alert(), {"a": "json://host"}) is None
        session.commit()
        assert len(session.exec(select(Delivery)).all()) == 2


def test_delivery_backs_off_then_fails_after_the_last_attempt(db):
    with Session(db) as session:
        alert = session.get(Alert, queries.add_alert(session, make_alert(), {"a": "json://host"}))
        session.commit()
        delivery, _ = queries.due_deliveries(session, NOW)[0]
        queries.record_delivery(session, delivery, alert, False, NOW, max_attempts=2)
        session.commit()
        assert queries.due_deliveries(session, NOW) == []               # backing off
        later = NOW + timedelta(hours=1)
        delivery, _ = queries.due_deliveries(session, later)[0]
        queries.record_delivery(session, delivery, alert, False, later, max_attempts=2)
        session.commit()
        assert delivery.state == "failed" and alert.state == "failed"
        assert queries.due_deliveries(session, later + timedelta(days=1)) == []


def test_alert_state_is_delivered_only_when_every_target_got_it(db):
    with Session(db) as session:
        alert = session.get(Alert, queries.add_alert(session, make_alert(), {"a": "json://a", "b": "json://b"}))
        session.commit()
        (first, _), (second, _) = queries.due_deliveries(session, NOW)
        queries.record_delivery(session, first, alert, True, NOW, max_attempts=3)
        assert alert.state == "pending"
        queries.record_delivery(session, second, alert, True, NOW, max_attempts=3)
        session.commit()
        assert alert.state == "delivered"


def test_failed_articles_are_retried_a_few_times_then_skipped(db):
    url = "http://example.test/a"
    with Session(db) as session:
        for attempt in range(queries.ARTICLE_RETRIES):
            assert queries.urls_to_skip(session, [url]) == set()
            queries.record_article_error(session, url, None, NOW, "HTTP 503")
            session.commit()
        assert queries.urls_to_skip(session, [url]) == {url}


def test_articles_with_claims_replace_failed_attempts(db):
    with Session(db) as session:
        queries.record_article_error(session, "http://example.test/b", None, NOW, "HTTP 503")
        claim = {"kind": "release_count", "value": 14, "sentence": "Fourteen were freed."}
        ids = queries.save_articles(session, [
            queries.NewArticle({"url": "http://example.test/b", "content_hash": "h1", "title": "T",
                                "text": "x" * 10_000}, [claim]),
            queries.NewArticle({"url": "http://example.test/c", "title": "no text", "status": "no_text"})])
        session.commit()
        assert session.exec(select(Article.status).where(Article.url == "http://example.test/b")).all() == ["checked"]
        assert queries.urls_to_skip(session, ["http://example.test/b", "http://example.test/d"]) == {"http://example.test/b"}
        claims = session.exec(select(Claim).where(Claim.article_id == ids[0])).all()
        assert [c.value for c in claims] == [14]
        assert session.get(Article, ids[1]).text is None


def test_a_reprinted_text_is_stored_as_a_duplicate_without_claims_its_alert_joining_the_first(db):
    claim = {"kind": "release_count", "value": 14, "sentence": "Fourteen were freed."}

    def reprint(n):
        return queries.NewArticle({"url": f"http://example.test/{n}", "content_hash": "same", "text": "t"},
                                  [claim], make_alert(f"article:{n}"), {"a": "json://host"}, ("signature",))
    with Session(db) as session:
        first = queries.save_articles(session, [reprint(1)])                   # stored earlier
        later = queries.save_articles(session, [reprint(2), reprint(3)])       # one batch
        session.commit()
        statuses = [session.get(Article, id_).status for id_ in first + later]
        assert statuses == ["checked", "duplicate", "duplicate"]
        assert len(session.exec(select(Claim)).all()) == 1
        assert session.exec(select(Alert.idempotency_key)).all() == ["article:1"]
        assert session.exec(select(Reprint.article_id)).all() == later


def test_a_page_stored_already_or_twice_in_a_batch_is_left_out_not_an_error(db):
    def page(url, digest):
        return queries.NewArticle({"url": url, "content_hash": digest, "text": "t"},
                                  [{"kind": "release_count", "value": 14, "sentence": "14 freed."}],
                                  make_alert(f"article:{digest}"), {"a": "json://host"})
    with Session(db) as session:
        [stored] = queries.save_articles(session, [page("http://example.test/a", "h1")])
        ids = queries.save_articles(session, [page("http://example.test/a", "h2"), page("http://example.test/b", "h3"),
                                              page("http://example.test/b", "h4")])
        assert ids[0] is None and ids[2] is None and ids[1] not in (None, stored)
        assert queries.save_articles(session, [page("http://example.test/b", "h5")]) == [None]
        session.commit()
        rows = session.exec(select(Article.url, Article.content_hash).order_by(Article.id)).all()
        assert rows == [("http://example.test/a", "h1"), ("http://example.test/b", "h3")]
        assert len(session.exec(select(Claim)).all()) == 2
        assert session.exec(select(Alert.idempotency_key).order_by(Alert.id)).all() == ["article:h1", "article:h3"]


def test_a_failure_of_a_page_that_another_feed_stored_leaves_its_row_alone(db):
    with Session(db) as session:
        [id_] = queries.save_articles(session, [queries.NewArticle({"url": "http://example.test/a", "text": "t"})])
        queries.record_article_error(session, "http://example.test/a", None, NOW, "HTTP 503")
        session.commit()
        article = session.get(Article, id_)
        assert (article.status, article.error, article.attempts) == ("checked", None, 0)


def test_alerts_stored_together_keep_their_articles_and_deliveries(db):
    def contradicting(n):
        return queries.NewArticle({"url": f"http://example.test/{n}", "content_hash": f"h{n}", "text": "t"},
                                  [], make_alert(f"article:{n}"), {"a": "json://a", "b": "json://b"})
    with Session(db) as session:
        ids = queries.save_articles(session, [contradicting(n) for n in range(3)])
        session.commit()
        alerts = session.exec(select(Alert).order_by(Alert.id)).all()
        assert [(a.idempotency_key, a.article_id) for a in alerts] == [(f"article:{n}", ids[n]) for n in range(3)]
        assert len(queries.due_deliveries(session, NOW)) == 6


def test_a_baseline_stored_before_document_titles_loads_without_them(db):
    from sqlalchemy import text
    baseline = Baseline(facts=[Fact(key="release_count/2025-06-21", kind="release_count", value=14,
                                    event="2025-06-21", sources=("000",))], documents={"000": "A title"})
    with Session(db) as session:
        queries.save_baseline(session, baseline)
        session.commit()
        assert queries.load_baseline(session).documents == {"000": "A title"}
    with db.begin() as connection:
        connection.execute(text("drop table baselinedocument"))
    with Session(db) as session:
        loaded = queries.load_baseline(session)
    assert loaded.facts == baseline.facts and loaded.documents == {}


def test_resend_queues_missing_and_failed_deliveries_and_leaves_pending_ones_to_the_daemon(db):
    with Session(db) as session:
        alert_id = queries.add_alert(session, make_alert(), {"sending": "json://a", "gave-up": "json://b"})
        session.commit()
        failed = session.exec(select(Delivery).where(Delivery.target_id == "gave-up")).one()
        failed.state = "failed"
        session.add(failed)
        session.commit()
        hold = NOW + timedelta(minutes=10)
        queued = queries.queue_resend(session, session.get(Alert, alert_id),
                                      {"sending": "json://a", "gave-up": "json://b", "new": "json://c"}, hold)
        session.commit()
        assert sorted(target for _, target in queued) == ["gave-up", "new"]
        due = {d.target_id for d, _ in queries.due_deliveries(session, NOW)}
        assert due == {"sending"}                     # the resent ones are held from the daemon
