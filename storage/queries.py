"""The few queries the pipeline and the CLI need; callers own the session and commit."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, func, or_
from sqlmodel import Session, delete, insert, select, update

from rules.model import Baseline, Conflict, Fact
from storage import reprints
from storage.db import has_tables
from storage.models import (Alert, Article, BaselineConflict, BaselineDocument, BaselineFact, Claim,
                            Delivery, FactVersion, Feed, Reprint, Review)

log = logging.getLogger(__name__)
ARTICLE_RETRIES = 3          # a page that failed is fetched again on this many later cycles

# The statements run for every batch of articles, built once: SQLAlchemy then reuses their
# compiled form. Each takes many rows at once (lists with "expanding" IN parameters).
_articles, _alerts = Article.__table__, Alert.__table__
_FIND_HASHES = select(_articles.c.content_hash).where(_articles.c.content_hash.in_(bindparam("hashes")))
_FIND_STORED = select(_articles.c.url).where(_articles.c.url.in_(bindparam("urls")), _articles.c.status != "error")
_DELETE_FAILED = delete(_articles).where(_articles.c.url.in_(bindparam("urls")), _articles.c.status == "error")
_INSERT_ARTICLES = insert(_articles).returning(_articles.c.id, sort_by_parameter_order=True)
_INSERT_CLAIMS = insert(Claim.__table__)
_FIND_ALERT_KEYS = select(_alerts.c.idempotency_key).where(_alerts.c.idempotency_key.in_(bindparam("keys")))
_INSERT_ALERTS = insert(_alerts).returning(_alerts.c.id, sort_by_parameter_order=True)
_INSERT_DELIVERIES = insert(Delivery.__table__)


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


def record_fetch_success(feed: Feed, now: datetime, etag: str | None, last_modified: str | None,
                         next_poll_at: datetime | None = None) -> None:
    feed.last_fetch_at = feed.last_success_at = now
    feed.etag, feed.last_modified = etag or feed.etag, last_modified or feed.last_modified
    feed.last_error, feed.error_count, feed.next_fetch_at = None, 0, None
    feed.failing_since = None
    feed.next_poll_at = next_poll_at
    release_feed(feed)


def record_fetch_error(feed: Feed, now: datetime, message: str, retry_at: datetime) -> None:
    feed.last_fetch_at = now
    feed.last_error = message
    feed.error_count += 1
    feed.next_fetch_at = retry_at
    feed.failing_since = feed.failing_since or now
    release_feed(feed)


def release_feed(feed: Feed) -> None:
    feed.lease_owner = feed.lease_until = None


def claim_feed(session: Session, feed_id: int, owner: str, now: datetime, until: datetime,
               on_schedule: bool) -> bool:
    """Take the feed for one poll, unless it backs off after errors, another process holds
    it (and has not let its lease lapse), or (on schedule) it is not due yet. One statement,
    so that of several processes trying at once one wins."""
    free = or_(Feed.lease_until == None, Feed.lease_until <= now, Feed.lease_owner == owner)  # noqa: E711
    conditions = [Feed.id == feed_id, free, or_(Feed.next_fetch_at == None, Feed.next_fetch_at <= now)]  # noqa: E711
    if on_schedule:
        conditions.append(or_(Feed.next_poll_at == None, Feed.next_poll_at <= now))  # noqa: E711
    claimed = session.execute(update(Feed).where(*conditions).values(lease_owner=owner, lease_until=until))
    return claimed.rowcount == 1


def list_feeds(session: Session) -> list[Feed]:
    return list(session.exec(select(Feed).order_by(Feed.name)))


def article_counts(session: Session) -> dict[int, dict[str, int]]:
    """feed id -> article status -> how many, and language -> how many under "lang:<code>"."""
    counts: dict[int, dict[str, int]] = {}
    rows = session.exec(select(Article.feed_id, Article.status, Article.language, func.count())
                        .group_by(Article.feed_id, Article.status, Article.language))
    for feed_id, status, language, count in rows:
        feed = counts.setdefault(feed_id, {})
        feed[status] = feed.get(status, 0) + count
        if language:
            feed[f"lang:{language}"] = feed.get(f"lang:{language}", 0) + count
    return counts


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


def record_article_error(session: Session, url: str, feed_id: int | None, now: datetime, message: str) -> None:
    """Keep a page that failed, so it is tried again and its error can be seen; a page that
    another feed's poll stored meanwhile keeps its row."""
    article = session.exec(select(Article).where(Article.url == url)).first()
    if article is not None and article.status != "error":
        return
    if article is None:
        article = Article(url=url, feed_id=feed_id, status="error")
        session.add(article)
    article.fetched_at, article.error = now, message
    article.attempts += 1


@dataclass
class NewArticle:
    """An article to store: its columns, its claims' columns and, when it contradicts the
    baseline, its alert's columns with the targets (id → label) to deliver the alert to, and
    the signatures of the claims the alert carries (a reprint of its story matches them)."""
    row: dict
    claims: list[dict] = field(default_factory=list)
    alert: dict | None = None
    targets: dict[str, str] = field(default_factory=dict)
    signatures: tuple[str, ...] = ()


def save_articles(session: Session, articles: list[NewArticle]) -> list[int | None]:
    """Insert the articles (each in place of its failed attempt's row, if any) with their
    claims and alerts; their ids. An article whose text is stored already, or earlier in the
    list, is kept as a `duplicate`, without claims or alert. An article whose URL is stored
    already, or earlier in the list (two feeds listed the page), is left out: its id is None.

    Prepared Core statements, a few for the whole list: this is the pipeline's hot path."""
    session.flush()                     # ORM objects added earlier in this session go first
    connection = session.connection()
    positions = _new_urls(connection, articles)
    ids: list[int | None] = [None] * len(articles)
    if not positions:
        return ids
    articles = _mark_duplicates(connection, [articles[i] for i in positions])
    connection.execute(_DELETE_FAILED, {"urls": [a.row["url"] for a in articles]})
    inserted = connection.execute(_INSERT_ARTICLES, _same_columns([a.row for a in articles], _articles)
                                  ).scalars().all()
    claims = [{**claim, "article_id": id_} for a, id_ in zip(articles, inserted) for claim in a.claims]
    if claims:
        connection.execute(_INSERT_CLAIMS, claims)
    alerting, repeats = _sort_out_reprints(connection, [(a, id_) for a, id_ in zip(articles, inserted) if a.alert])
    alert_ids = _insert_alerts(connection, [({**a.alert, "article_id": id_}, a.targets) for a, id_, _ in alerting])
    for (article, _, story), alert_id in zip(alerting, alert_ids):
        story.alert_id = alert_id
        if alert_id is not None:
            _log_alert(alert_id, article)
    reprints.record_stories(connection, [(story, article.alert["created_at"]) for article, _, story in alerting
                                         if story.alert_id is not None])
    reprints.record_reprints(connection, [(story.alert_id, id_, score, at) for story, id_, score, at in repeats
                                          if story.alert_id is not None])
    for position, id_ in zip(positions, inserted):
        ids[position] = id_
    return ids


def _sort_out_reprints(connection, alerting: list[tuple[NewArticle, int]]):
    """The articles that raise their own alert, each with its story, and the reprints of a
    story of the last days or of an earlier article of the list: (story, article id,
    resemblance)."""
    own, repeats, batch = [], [], []
    for article, id_ in alerting:
        kind, signatures = article.alert.get("kind", "discrepancy"), frozenset(article.signatures)
        text = reprints.phrases(article.row.get("text") or "")
        stories = reprints.stored_stories(connection, kind, signatures, article.alert["created_at"]) + batch
        targets = frozenset(article.targets)
        found = reprints.story_of(stories, kind, signatures, text, targets)
        if found is not None:
            repeats.append((found[0], id_, found[1], article.alert["created_at"]))
            log.info("article %s repeats the story of %s (resemblance %.2f): outlet added, nothing pushed",
                     article.row["url"], f"alert #{found[0].alert_id}" if found[0].alert_id else "an article stored with it",
                     found[1])
        else:
            story = reprints.Story(None, kind, signatures, text, targets)
            batch.append(story)
            own.append((article, id_, story))
    return own, repeats


def _log_alert(alert_id: int, article: NewArticle) -> None:
    """One line per alert raised: its kinds, its article and where it goes."""
    kinds = sorted({d["kind"] for d in json.loads(article.alert.get("discrepancies", "[]")) if not d.get("weak")})
    where = (", ".join(article.targets.values()) if article.targets else
             "held for review, sent nowhere" if article.alert.get("kind") == "candidate" else
             "no target configured")
    log.info("alert #%d %s (%s) for %s → %s", alert_id, article.alert.get("kind", "discrepancy"),
             ", ".join(kinds) or "weak readings only", article.row["url"], where)


def _new_urls(connection, articles: list[NewArticle]) -> list[int]:
    """Positions of the articles whose URL is neither stored (but as a failed attempt) nor
    taken by an earlier article of the list."""
    urls = [a.row["url"] for a in articles]
    taken = set(connection.execute(_FIND_STORED, {"urls": urls}).scalars())
    positions = []
    for position, url in enumerate(urls):
        if url not in taken:
            taken.add(url)
            positions.append(position)
    return positions


def _mark_duplicates(connection, articles: list[NewArticle]) -> list[NewArticle]:
    """The articles, with reprints of a stored (or an earlier) text as duplicates."""
    hashes = [a.row["content_hash"] for a in articles if a.row.get("content_hash")]
    seen = set(connection.execute(_FIND_HASHES, {"hashes": hashes}).scalars()) if hashes else set()
    marked = []
    for article in articles:
        digest = article.row.get("content_hash")
        if digest in seen:                  # no claims; its alert, if any, joins the story's
            article = NewArticle({**article.row, "status": "duplicate"}, alert=article.alert,
                                 targets=article.targets, signatures=article.signatures)
        elif digest:
            seen.add(digest)
        marked.append(article)
    return marked


def _same_columns(rows: list[dict], table) -> list[dict]:
    """The rows with the same columns, as one statement for many rows needs: a column that
    a row leaves out gets its default there."""
    names = {name for row in rows for name in row}
    defaults = {name: _default(table.c[name]) for name in names}
    return [{**defaults, **row} for row in rows]


def _default(column):
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


# --- alerts ------------------------------------------------------------------------------

def add_alert(session: Session, alert: dict, targets: dict[str, str]) -> int | None:
    """Store an alert (its columns) with one pending delivery per target; its id, or None
    if its key is known."""
    session.flush()
    return _insert_alerts(session.connection(), [(alert, targets)])[0]


def _insert_alerts(connection, alerts: list[tuple[dict, dict[str, str]]]) -> list[int | None]:
    """Insert alerts whose keys are new, each with one pending delivery per target; their
    ids (None for a known key)."""
    if not alerts:
        return []
    keys = [alert["idempotency_key"] for alert, _ in alerts]
    known = set(connection.execute(_FIND_ALERT_KEYS, {"keys": keys}).scalars())
    new, positions = [], []             # the alerts to insert; where each alert is among them
    for alert, targets in alerts:
        positions.append(None if alert["idempotency_key"] in known else len(new))
        if positions[-1] is not None:
            known.add(alert["idempotency_key"])
            new.append((alert, targets))
    if not new:
        return positions
    rows = [{"state": "pending" if targets else "no_target", **alert} for alert, targets in new]
    ids = connection.execute(_INSERT_ALERTS, rows).scalars().all()
    deliveries = [{"alert_id": id_, "target_id": target_id, "target_label": label}
                  for (_, targets), id_ in zip(new, ids) for target_id, label in targets.items()]
    if deliveries:
        connection.execute(_INSERT_DELIVERIES, deliveries)
    return [None if position is None else ids[position] for position in positions]


def reprints_of(session: Session, alert_ids: list[int]) -> dict[int, list[Article]]:
    """The articles that repeat each alert's story (storage.reprints), in the order they came."""
    if not alert_ids:
        return {}
    query = (select(Reprint.alert_id, Article).join(Article, Article.id == Reprint.article_id)
             .where(Reprint.alert_id.in_(alert_ids)).order_by(Reprint.id))
    found: dict[int, list[Article]] = {}
    for alert_id, article in session.exec(query):
        found.setdefault(alert_id, []).append(article)
    return found


def claim_delivery(session: Session, delivery_id: int, owner: str, now: datetime, until: datetime) -> bool:
    """Take a pending, due delivery to send it now: no other process sends it before `until`
    (should this one die while sending, another sends it then). One statement: one winner."""
    claimed = session.execute(
        update(Delivery).where(Delivery.id == delivery_id, Delivery.state == "pending",
                               or_(Delivery.next_attempt_at == None, Delivery.next_attempt_at <= now))  # noqa: E711
        .values(next_attempt_at=until, claimed_by=owner))
    return claimed.rowcount == 1


def claim_owners(session: Session) -> set[str]:
    """The processes that hold a feed's lease or a pending delivery's claim."""
    feeds = session.exec(select(Feed.lease_owner).where(Feed.lease_owner != None).distinct())  # noqa: E711
    deliveries = session.exec(select(Delivery.claimed_by).where(Delivery.claimed_by != None,  # noqa: E711
                                                                Delivery.state == "pending").distinct())
    return set(feeds) | set(deliveries)


def release_claims_of(session: Session, owners: list[str]) -> None:
    """Free what processes gone without letting go held: their feeds, and their deliveries
    (due again at once)."""
    if owners:
        session.execute(update(Feed).where(Feed.lease_owner.in_(owners)).values(lease_owner=None, lease_until=None))
        session.execute(update(Delivery).where(Delivery.claimed_by.in_(owners), Delivery.state == "pending")
                        .values(claimed_by=None, next_attempt_at=None))


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
    delivery.claimed_by = None
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


def list_alerts(session: Session, since: datetime | None = None, state: str | None = None,
                kind: str | None = None, limit: int | None = None
                ) -> list[tuple[Alert, Article | None, list[Delivery]]]:
    """Stored alerts, newest first: created since `since`, in `state`, of `kind` (the alert's,
    or that of one of its discrepancies), at most `limit` of them."""
    query = select(Alert).order_by(Alert.id.desc())
    if since is not None:
        query = query.where(Alert.created_at >= since)
    if state is not None:
        query = query.where(Alert.state == state)
    alerts = (a for a in session.exec(query) if kind is None or kind in _kinds(a))
    result = []
    for alert in alerts:
        if limit is not None and len(result) >= limit:
            break
        article = session.get(Article, alert.article_id) if alert.article_id else None
        deliveries = list(session.exec(select(Delivery).where(Delivery.alert_id == alert.id)))
        result.append((alert, article, deliveries))
    return result


def alert_overview(session: Session) -> list[tuple]:
    """Every alert, newest first, without its message: (id, kind, state, created_at,
    discrepancies JSON, article language, feed id), for the console's filters and stats."""
    query = (select(Alert.id, Alert.kind, Alert.state, Alert.created_at, Alert.discrepancies,
                    Article.language, Article.feed_id)
             .join(Article, Article.id == Alert.article_id, isouter=True).order_by(Alert.id.desc()))
    return list(session.exec(query))


def alerts_with_articles(session: Session, ids: list[int]) -> list[tuple[Alert, Article | None]]:
    """The alerts of these ids with their articles, in the order of `ids`."""
    rows = {alert.id: (alert, article) for alert, article in session.exec(
        select(Alert, Article).join(Article, Article.id == Alert.article_id, isouter=True)
        .where(Alert.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def deliveries_of(session: Session, alert_id: int) -> list[Delivery]:
    return list(session.exec(select(Delivery).where(Delivery.alert_id == alert_id).order_by(Delivery.id)))


def articles_claiming(session: Session, kinds: tuple[str, ...], event: str | None, value: int | None = None,
                      person: str | None = None, country: str | None = None, status: str | None = None,
                      ) -> list[Article]:
    """The articles with a claim of one of `kinds` about `event` with these values (None: any)."""
    query = select(Article).join(Claim, Claim.article_id == Article.id).where(Claim.kind.in_(kinds))
    for column, wanted in ((Claim.event, event), (Claim.value, value), (Claim.person, person),
                           (Claim.country, country), (Claim.status, status)):
        if wanted is not None:
            query = query.where(column == wanted)
    return list(session.exec(query.distinct().order_by(Article.id)))


def _kinds(alert: Alert) -> set[str]:
    return {alert.kind} | {d["kind"] for d in json.loads(alert.discrepancies)}


def alerts_to_resend(session: Session, alert_id: int | None) -> list[Alert]:
    """The alert of that id, or (None) every alert that some target still lacks: stored
    while no target was configured, or given up on by a target."""
    if alert_id is not None:
        return [a for a in [session.get(Alert, alert_id)] if a is not None]
    return list(session.exec(select(Alert).where(Alert.state.in_(("no_target", "failed"))).order_by(Alert.id)))


def queue_resend(session: Session, alert: Alert, targets: dict[str, str],
                 hold_until: datetime) -> list[tuple[int, str]]:
    """A fresh pending delivery of the alert to each target that lacks one (a failed one
    starts over; a pending one is left to the daemon that may be sending it); none is due
    before `hold_until`, so that the caller, which sends them now, is not raced by a running
    daemon. (delivery id, target id) of each."""
    held = {d.target_id: d for d in session.exec(select(Delivery).where(Delivery.alert_id == alert.id))}
    queued = []
    for target_id, label in targets.items():
        delivery = held.get(target_id) or Delivery(alert_id=alert.id, target_id=target_id, target_label=label)
        if delivery.state in ("delivered", "pending") and delivery.id is not None:
            continue
        delivery.state, delivery.attempts, delivery.last_error = "pending", 0, None
        delivery.next_attempt_at = hold_until
        session.add(delivery)
        session.flush()
        queued.append((delivery.id, target_id))
    if queued:
        alert.state = "pending"
        session.add(alert)
    return queued


# --- baseline ----------------------------------------------------------------------------

def save_baseline(session: Session, baseline: Baseline) -> None:
    """Replace the stored baseline with this one."""
    session.exec(delete(BaselineFact))
    session.exec(delete(BaselineConflict))
    session.exec(delete(BaselineDocument))
    for name, title in baseline.documents.items():
        session.add(BaselineDocument(name=name, title=title))
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
    titled = has_tables(session.connection(), BaselineDocument.__tablename__)     # not in older databases
    documents = session.exec(select(BaselineDocument).order_by(BaselineDocument.id)).all() if titled else []
    return Baseline([Fact.from_dict(json.loads(f.data)) for f in facts],
                    [Conflict.from_dict(json.loads(c.data)) for c in conflicts],
                    {d.name: d.title for d in documents})


def accepted_facts(session: Session) -> tuple[list[Fact], dict[str, str]]:
    """The latest accepted version of each fact key, and the articles they cite (url → title)."""
    latest = [versions[-1] for versions in fact_history(session).values()]
    return ([Fact.from_dict(json.loads(v.data)) for v in latest], {v.source_url: v.source_title for v in latest})


def fact_history(session: Session) -> dict[str, list[FactVersion]]:
    """Every accepted version of each fact key, oldest first."""
    if not has_tables(session.connection(), FactVersion.__tablename__):
        return {}
    history: dict[str, list[FactVersion]] = {}
    for version in session.exec(select(FactVersion).order_by(FactVersion.id)):
        history.setdefault(version.key, []).append(version)
    return history


def add_fact_versions(session: Session, facts: list[Fact], review: Review, source_url: str,
                      source_title: str, now: datetime) -> None:
    for fact in facts:
        session.add(FactVersion(key=fact.key, data=json.dumps(fact.to_dict()),
                                valid_from=_day(fact.as_of or fact.event), source_url=source_url,
                                source_title=source_title, review_id=review.id,
                                reviewer=review.reviewer, recorded_at=now))


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso and len(iso) == 10 else None


# --- reviews -----------------------------------------------------------------------------

def add_review(session: Session, alert: Alert, action: str, reviewer: str, now: datetime,
               note: str = "", item: int | None = None) -> Review:
    review = Review(alert_id=alert.id, item=item, action=action, note=note, reviewer=reviewer,
                    created_at=now)
    session.add(review)
    session.flush()
    return review


def all_reviews(session: Session) -> list[Review]:
    if not has_tables(session.connection(), Review.__tablename__):
        return []
    return list(session.exec(select(Review).order_by(Review.id)))


def reviews_of(session: Session, alert_id: int) -> list[Review]:
    if not has_tables(session.connection(), Review.__tablename__):
        return []
    return list(session.exec(select(Review).where(Review.alert_id == alert_id).order_by(Review.id)))


def latest_reviews(session: Session) -> dict[int, Review]:
    """alert id → its latest review, for every reviewed alert."""
    return {review.alert_id: review for review in all_reviews(session)}      # oldest first: the last wins


def dismissed_alerts(session: Session) -> list[tuple[int, list[dict]]]:
    """(alert id, its discrepancies) of every alert whose latest review dismissed it."""
    dismissed = [alert_id for alert_id, r in latest_reviews(session).items() if r.action == "dismiss"]
    if not dismissed:
        return []
    rows = session.exec(select(Alert.id, Alert.discrepancies).where(Alert.id.in_(dismissed)))
    return [(alert_id, json.loads(items)) for alert_id, items in rows]


def review_generation(session: Session) -> tuple[int, int]:
    """(latest review id, latest fact version id): changes whenever a judgement is made."""
    if not has_tables(session.connection(), Review.__tablename__):
        return 0, 0
    return (session.exec(select(func.max(Review.id))).one() or 0,
            session.exec(select(func.max(FactVersion.id))).one() or 0)
