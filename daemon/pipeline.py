"""One feed, one poll: fetch → new entries → pages → claims → alerts stored → delivered.

Each article is stored in its own transaction together with its claims and its alert, so a
crash loses at most the article in hand, which is fetched again on the next cycle. Alerts
are delivered after they are stored, never before; a failed delivery stays pending.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from time import mktime

import feedparser
from sqlalchemy.engine import Engine as Database
from sqlmodel import Session

from daemon.alerts import compose_alert
from daemon.analysis import Analyzer, content_hash
from daemon.config import Config, FeedConfig
from daemon.errors import FetchError
from daemon.fetch import Fetcher
from daemon.notify import Target
from storage import queries
from storage.models import Article as ArticleRow
from storage.models import Claim as ClaimRow

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)


@dataclass
class Services:
    """What a poll needs, built once by the CLI and passed down."""
    config: Config
    db: Database
    fetcher: Fetcher
    analyzer: Analyzer
    targets: dict[str, Target]


@dataclass(frozen=True)
class Entry:
    url: str
    title: str
    published: date | None


def utcnow() -> datetime:
    """The current time, timezone-aware UTC, as stored in the database."""
    return datetime.now(timezone.utc)


def run_feed(feed: FeedConfig, *, services: Services, now: datetime) -> int:
    """Poll one feed if it is due; return the number of new articles stored."""
    with Session(services.db) as session:
        row = queries.sync_feed(session, feed.name, feed.url)
        session.commit()
        if row.next_fetch_at and row.next_fetch_at > now:
            return 0
        feed_id, etag, last_modified = row.id, row.etag, row.last_modified
    try:
        response = services.fetcher.get(feed.url, etag, last_modified)
        entries = [] if response.not_modified else parse_entries(
            response.body, response.url, services.config.fetch.max_entries_per_feed)
    except FetchError as exc:
        record_feed_failure(services, feed_id, str(exc), now)
        return 0
    stored = sum(process_entry(entry, feed_id, services, now) for entry in new_entries(services, entries))
    with Session(services.db) as session:
        row = session.get(queries.Feed, feed_id)
        queries.record_fetch_success(row, now, response.etag, response.last_modified)
        session.commit()
    return stored


def parse_entries(body: bytes, base_url: str, limit: int) -> list[Entry]:
    """The feed's entries with a link, newest first as the feed gives them."""
    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: None)() \
            or str(parsed.get("bozo_exception") or "no RSS or Atom entries found")
        raise FetchError(f"not a readable feed: {reason}")
    entries = []
    for item in parsed.entries[:limit]:
        link = item.get("link")
        if link:
            entries.append(Entry(url=link, title=item.get("title", ""), published=_entry_date(item)))
    return entries


def new_entries(services: Services, entries: list[Entry]) -> list[Entry]:
    """Entries whose URL is not stored yet (or failed and may be retried)."""
    with Session(services.db) as session:
        skip = queries.urls_to_skip(session, [e.url for e in entries])
    unique = {e.url: e for e in entries if e.url not in skip}
    return list(unique.values())


def process_entry(entry: Entry, feed_id: int, services: Services, now: datetime) -> int:
    """Fetch, extract, check and store one article with its alert; 1 if stored, else 0."""
    try:
        page = services.fetcher.get(entry.url)
    except FetchError as exc:
        log.warning("article %s: %s", entry.url, exc)
        with Session(services.db) as session:
            queries.record_article_error(session, entry.url, feed_id, now, str(exc))
            session.commit()
        return 0
    article, report = services.analyzer.analyze_html(page.body, entry.url, entry.published)
    with Session(services.db) as session:
        store_result(session, entry, feed_id, article, report, services, now)
        session.commit()
    return 1


def store_result(session: Session, entry: Entry, feed_id: int, article, report, services, now) -> None:
    """The article row, its claims and (if any discrepancy) its alert, in one transaction."""
    row = ArticleRow(url=entry.url, feed_id=feed_id, fetched_at=now, title=entry.title,
                     published=entry.published)
    if article is None:
        row.status = "no_text"
        queries.save_article(session, row, [])
        return
    row.title, row.published, row.language, row.text = (
        article.title or entry.title, article.published, article.language, article.text)
    row.content_hash = content_hash(article.text)
    if queries.has_content_hash(session, row.content_hash):
        row.status = "duplicate"
        queries.save_article(session, row, [])
        return
    row = queries.save_article(session, row, [_claim_row(c) for c in report.claims])
    if report.discrepancies:
        alert = compose_alert(row.url, row.title, row.published, report.discrepancies, now, row.id)
        queries.add_alert(session, alert, {t.id: t.label for t in services.targets.values()})


def record_feed_failure(services: Services, feed_id: int, message: str, now: datetime) -> None:
    """Store the error and back off exponentially (capped) before the next poll."""
    with Session(services.db) as session:
        row = session.get(queries.Feed, feed_id)
        delay = min(timedelta(minutes=1) * 2 ** min(row.error_count, 20), MAX_BACKOFF)
        queries.record_fetch_error(row, now, message, now + delay)
        session.commit()
        log.warning("feed %s: %s (retry after %s)", row.url, message, row.next_fetch_at)


def deliver_due(services: Services, now: datetime) -> int:
    """Send every pending delivery that is due; return how many succeeded."""
    delivered = 0
    with Session(services.db) as session:
        for delivery, alert in queries.due_deliveries(session, now):
            target = services.targets.get(delivery.target_id)
            ok = target is not None and target.send(alert.title, alert.body)
            error = None if ok else ("target no longer configured" if target is None
                                     else f"delivery to {delivery.target_label} failed")
            queries.record_delivery(session, delivery, alert, ok, now,
                                    services.config.notify.max_attempts, error)
            session.commit()
            delivered += ok
    return delivered


def _entry_date(item) -> date | None:
    parsed = item.get("published_parsed") or item.get("updated_parsed")
    try:
        return datetime.fromtimestamp(mktime(parsed)).date() if parsed else None
    except (OverflowError, ValueError, TypeError):
        return None


def _claim_row(claim) -> ClaimRow:
    values = claim.to_dict()
    return ClaimRow(**{name: values[name] for name in ClaimRow.model_fields if name in values})
