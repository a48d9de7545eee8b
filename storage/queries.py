"""The few queries the pipeline and the CLI need; callers own the session and commit."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import bindparam
from sqlmodel import Session, delete, insert, select

from rules.model import Baseline, Conflict, Fact
from storage.models import Alert, Article, BaselineConflict, BaselineFact, Claim, Delivery, Feed

ARTICLE_RETRIES = 3          # a page that failed is fetched again on this many later cycles

# The statements run for every article, built once: SQLAlchemy then reuses their compiled form.
_articles, _alerts = Article.__table__, Alert.__table__
_FIND_HASH = select(_articles.c.id).where(_articles.c.content_hash == bindparam("content_hash")).limit(1)
_DELETE_FAILED = delete(_articles).where(_articles.c.url == bindparam("url"), _articles.c.status == "error")
_INSERT_ARTICLE = insert(_articles).returning(_articles.c.id)
_INSERT_CLAIM = insert(Claim.__table__)
_FIND_ALERT_KEY = select(_alerts.c.id).where(_alerts.c.idempotency_key == bindparam("key"))
_INSERT_ALERT = insert(_alerts).returning(_alerts.c.id)
_INSERT_DELIVERY = insert(Delivery.__table__)


# --- feeds -------------------------------------------------------------------------------

def find_feed(session: Session, url: str) -> Feed | None:
    return session.exec(select(Feed).where(Feed.url == url)).first()


def sync_feed(session: Session, name: str, url: str) -> Feed:
    """The stored row for a configured feed, created on first sight."""
    feed = find_feed(session, url)
    if feed is None:
        feed = Feed(name=name, url=url)
        session.add(feed)
        session.flush()
    elif feed.name != name:
        feed.name = name
    return feed


def record_fetch_success(feed: Feed, now: datetime, etag: str | None, last_modified: str | None) -> None:
    feed.last_fetch_at = feed.last_success_at = now
    feed.etag, feed.last_modified = etag or feed.etag, last_modified or feed.last_modified
    feed.last_error, feed.error_count, feed.next_fetch_at = None, 0, None
    feed.failing_since = None


def record_fetch_error(feed: Feed, now: datetime, message: str, retry_at: datetime) -> None:
    feed.last_fetch_at = now
    feed.last_error = message
    feed.error_count += 1
    feed.next_fetch_at = retry_at
    feed.failing_since = feed.failing_since or now


def list_feeds(session: Session) -> list[Feed]:
    return list(session.exec(select(Feed).order_by(Feed.name)))


# --- articles ----------------------------------------------------------------------------

def urls_to_skip(session: Session, urls: list[str]) -> set[str]:
    """URLs already stored for good: checked, duplicate, empty, or out of retries."""
    if not urls:
        return set()
    rows = session.exec(select(Article.url, Article.status, Article.attempts)
                        .where(Article.url.in_(urls)))
    return {url for url, status, attempts in rows
            if status != "error" or attempts >= ARTICLE_RETRIES}


def articles_to_retry(session: Session, feed_id: int) -> list[Article]:
    """The feed's pages that failed and have tries left."""
    query = (select(Article).where(Article.feed_id == feed_id, Article.status == "error",
                                   Article.attempts < ARTICLE_RETRIES))
    return list(session.exec(query))


def has_content_hash(session: Session, content_hash: str) -> bool:
    return session.connection().execute(_FIND_HASH, {"content_hash": content_hash}).first() is not None


def record_article_error(session: Session, url: str, feed_id: int | None, now: datetime, message: str) -> None:
    """Keep a page that failed, so it is tried again and its error can be seen."""
    article = session.exec(select(Article).where(Article.url == url)).first()
    if article is None:
        article = Article(url=url, feed_id=feed_id, status="error")
        session.add(article)
    article.fetched_at, article.error = now, message
    article.attempts += 1


def save_article(session: Session, article: dict, claims: list[dict]) -> int:
    """Insert the article row (in place of a failed attempt's row) and its claims; its id.

    Prepared Core statements on the connection rather than ORM objects: this runs once per
    article, on the hot path."""
    session.flush()                     # ORM objects added earlier in this session go first
    connection = session.connection()
    connection.execute(_DELETE_FAILED, {"url": article["url"]})
    article_id = connection.execute(_INSERT_ARTICLE, article).scalar_one()
    if claims:
        connection.execute(_INSERT_CLAIM, [{**claim, "article_id": article_id} for claim in claims])
    return article_id


# --- alerts ------------------------------------------------------------------------------

def add_alert(session: Session, alert: Alert, targets: dict[str, str]) -> int | None:
    """Store an alert with one pending delivery per target; its id, or None if its key is
    known. (Core statements, as in save_article: discrepancies are common.)"""
    session.flush()
    connection = session.connection()
    if connection.execute(_FIND_ALERT_KEY, {"key": alert.idempotency_key}).first():
        return None
    values = alert.model_dump(exclude={"id"})
    values["state"] = "pending" if targets else "no_target"
    alert_id = connection.execute(_INSERT_ALERT, values).scalar_one()
    if targets:
        connection.execute(_INSERT_DELIVERY, [{"alert_id": alert_id, "target_id": target_id, "target_label": label}
                                              for target_id, label in targets.items()])
    return alert_id


def due_deliveries(session: Session, now: datetime) -> list[tuple[Delivery, Alert]]:
    query = (select(Delivery, Alert).join(Alert, Alert.id == Delivery.alert_id)
             .where(Delivery.state == "pending")
             .where((Delivery.next_attempt_at == None) | (Delivery.next_attempt_at <= now))  # noqa: E711
             .order_by(Delivery.id))
    return list(session.exec(query))


def record_delivery(session: Session, delivery: Delivery, alert: Alert, ok: bool, now: datetime,
                    max_attempts: int, error: str | None = None) -> None:
    """Mark one attempt; back off exponentially; give up after max_attempts."""
    delivery.attempts += 1
    if ok:
        delivery.state, delivery.delivered_at, delivery.last_error = "delivered", now, None
    else:
        delivery.last_error = error or "delivery failed"
        delay = min(60 * 2 ** (delivery.attempts - 1), 6 * 3600)
        delivery.next_attempt_at = now + timedelta(seconds=delay)
        if delivery.attempts >= max_attempts:
            delivery.state = "failed"
    session.add(delivery)
    session.flush()
    states = set(session.exec(select(Delivery.state).where(Delivery.alert_id == alert.id)))
    alert.state = ("failed" if "failed" in states else
                   "pending" if "pending" in states else "delivered")
    session.add(alert)


def list_alerts(session: Session) -> list[tuple[Alert, Article | None, list[Delivery]]]:
    alerts = session.exec(select(Alert).order_by(Alert.id)).all()
    result = []
    for alert in alerts:
        article = session.get(Article, alert.article_id) if alert.article_id else None
        deliveries = list(session.exec(select(Delivery).where(Delivery.alert_id == alert.id)))
        result.append((alert, article, deliveries))
    return result


# --- baseline ----------------------------------------------------------------------------

def save_baseline(session: Session, baseline: Baseline) -> None:
    """Replace the stored baseline with this one."""
    session.exec(delete(BaselineFact))
    session.exec(delete(BaselineConflict))
    for fact in baseline.facts:
        session.add(BaselineFact(key=fact.key, kind=fact.kind, data=json.dumps(fact.to_dict())))
    for conflict in baseline.conflicts:
        session.add(BaselineConflict(key=conflict.key, data=json.dumps(conflict.to_dict())))


def load_baseline(session: Session) -> Baseline | None:
    """The stored baseline, or None when none was built yet."""
    facts = session.exec(select(BaselineFact).order_by(BaselineFact.id)).all()
    if not facts:
        return None
    conflicts = session.exec(select(BaselineConflict).order_by(BaselineConflict.id)).all()
    return Baseline([Fact.from_dict(json.loads(f.data)) for f in facts],
                    [Conflict.from_dict(json.loads(c.data)) for c in conflicts])
