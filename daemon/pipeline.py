"""One feed, one poll: fetch → new entries → pages → claims → alerts stored → delivered.

An article is stored together with its claims and its alert, all or nothing (writes of
concurrent polls share transactions: see storage.writer). A feed's new state (its ETag, and
so which entries count as seen) is saved only once all its articles are committed, so a crash
loses at most the articles in hand, which are fetched again on the next cycle. Alerts are
delivered after they are stored, never before; a failed delivery stays pending.
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import xml.sax
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from calendar import timegm
from datetime import date, datetime, timedelta, timezone
from contextlib import contextmanager
from time import perf_counter

import feedparser
from sqlalchemy.engine import Engine as Database
from sqlmodel import Session

from daemon.alerts import compose_alert, digest_messages, message_title, operator_alert, with_reprints
from daemon.analysis import Analyzer, ExtractionTimedOut, PooledAnalyzer, content_hash
from daemon.crashpoints import crash_point
from daemon.config import Config, FeedConfig, NotifyConfig
from daemon.errors import FetchError
from daemon.fetch import FetchCancelled, Fetcher
from daemon.metrics import Metrics
from daemon.notify import DIGEST_GRACE, AlertFacts, Target, Targets, digest_due
from daemon.review import baseline_in_force, dismissed_signatures, story_signatures, without_dismissed
from rules.engine import Engine as RulesEngine
from storage import queries
from storage.schema import exclusive
from storage.writer import GroupWriter
from storage.models import Alert as AlertRow
from storage.models import Claim as ClaimRow
from storage.models import Delivery as DeliveryRow

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)


@dataclass
class Services:
    """What a poll needs, built once by the CLI and passed down."""
    config: Config
    db: Database
    fetcher: Fetcher
    analyzer: Analyzer | PooledAnalyzer
    targets: Targets
    stop: threading.Event = field(default_factory=threading.Event)   # set on SIGTERM
    delivering: threading.Lock = field(default_factory=threading.Lock)  # one delivery run at a time
    times: "StageTimes" = field(default_factory=lambda: StageTimes())
    in_hand: "PagesInHand" = field(default_factory=lambda: PagesInHand())
    engine: RulesEngine | None = None              # to rebuild the baseline when reviewers change it
    reviews: "Reviews" = field(default_factory=lambda: Reviews())
    metrics: Metrics = field(default_factory=Metrics)
    started_at: datetime = field(default_factory=lambda: utcnow())
    owner: str = field(default_factory=lambda: process_name())    # in leases and claims: "host:pid"
    writer: GroupWriter = field(init=False)        # every write of a poll goes through it
    pages: ThreadPoolExecutor = field(init=False)  # the pages of all polls, fetched and checked

    def __post_init__(self):
        self.times.metrics = self.metrics
        self.writer = GroupWriter(self.db, on_commit=lambda seconds: self.times.add({"store": seconds}))
        self.pages = ThreadPoolExecutor(self.config.fetch.concurrency, thread_name_prefix="page")

    def stop_soon(self) -> None:
        """SIGTERM: start no other feed or page, give up those waiting for their host's turn,
        finish those in hand."""
        self.stop.set()
        self.fetcher.stop_waiting()

    def close(self) -> None:
        self.pages.shutdown()
        self.writer.close()
        self.fetcher.close()
        self.analyzer.close()


class StageTimes:
    """Seconds spent per pipeline stage, summed over threads (and worker processes)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.metrics: Metrics | None = None     # also observed as histograms, when set
        self._lock = threading.Lock()

    def add(self, seconds: dict[str, float]) -> None:
        with self._lock:
            for stage, value in seconds.items():
                self.seconds[stage] = self.seconds.get(stage, 0.0) + value
        if self.metrics is not None:
            self.metrics.stage_times(seconds)

    @contextmanager
    def measure(self, stage: str):
        started = perf_counter()
        try:
            yield
        finally:
            self.add({stage: perf_counter() - started})

    def summary(self) -> str:
        return " ".join(f"{stage}={value:.2f}s" for stage, value in sorted(self.seconds.items()))


class PagesInHand:
    """The pages some poll is fetching, checking or storing: a page that several feeds list
    is then fetched once, by the first poll to reach it."""

    def __init__(self):
        self._urls: set[str] = set()
        self._lock = threading.Lock()

    def take(self, url: str) -> bool:
        """Whether the caller may process the page (no other poll has it in hand)."""
        with self._lock:
            if url in self._urls:
                return False
            self._urls.add(url)
            return True

    def release(self, url: str) -> None:
        with self._lock:
            self._urls.discard(url)

    def count(self) -> int:
        return len(self._urls)


class Reviews:
    """What reviewers decided, as the polls need it: the claims dismissed as false alarms.
    Refreshed by the polls whenever a new judgement is stored; a fact accepted into the
    baseline gives the analyzer the new baseline."""

    def __init__(self, generation: tuple[int, int] = (0, 0), dismissed: dict[tuple, int] | None = None):
        self.generation = generation         # queries.review_generation when last read
        self.dismissed = dismissed or {}
        self._refreshing = threading.Lock()

    @classmethod
    def read(cls, db: Database) -> "Reviews":
        """The judgements stored now: read before the baseline is loaded, so that a later one
        is seen as new."""
        with Session(db) as session:
            return cls(queries.review_generation(session), dismissed_signatures(session))

    def refresh(self, services: "Services") -> None:
        if not self._refreshing.acquire(blocking=False):
            return                          # another poll is at it
        try:
            with Session(services.db) as session:
                generation = queries.review_generation(session)
                if generation == self.generation:
                    return
                self.dismissed = dismissed_signatures(session)
                if generation[1] != self.generation[1] and services.engine is not None:
                    services.analyzer.use_baseline(baseline_in_force(services.engine, session))
                    log.info("baseline changed by a review: checking new articles against it")
                self.generation = generation
        finally:
            self._refreshing.release()


@dataclass(frozen=True)
class Entry:
    url: str
    title: str
    published: date | None
    feed: str = ""              # the name of the feed that listed it (routes match on it)


def utcnow() -> datetime:
    """The current time, timezone-aware UTC, as stored in the database."""
    return datetime.now(timezone.utc)


def run_feed(feed: FeedConfig, *, services: Services, now: datetime, on_schedule: bool = False) -> int:
    """Poll one feed unless it backs off after errors, another process polls it, or (on
    schedule) another process polled it this interval; return the number of new articles
    stored. The feed is leased for the poll, and let go however the poll ends."""
    state = claim_for_poll(services, feed, now, on_schedule)
    if state is None:
        return 0
    feed_id, etag, last_modified = state
    recorded = False
    try:
        recorded, stored = _poll(feed, feed_id, etag, last_modified, services, now)
        return stored
    finally:
        if not recorded:
            services.writer.write(lambda session: queries.release_feed(session.get(queries.Feed, feed_id)))


def _poll(feed: FeedConfig, feed_id: int, etag, last_modified, services: Services, now: datetime) -> tuple[bool, int]:
    """Fetch the feed and store its new articles: (whether its state was recorded, articles stored)."""
    services.reviews.refresh(services)
    try:
        with services.times.measure("fetch"):
            response = services.fetcher.get(feed.url, etag, last_modified)
        entries = [] if response.not_modified else parse_entries(
            response.body, response.url, services.config.fetch.max_entries_per_feed,
            response.content_type)
    except FetchError as exc:
        services.metrics.response("feed", exc.status)
        services.metrics.polls.labels(feed.name, "error").inc()
        record_feed_failure(services, feed_id, exc, now)
        return True, 0
    except FetchCancelled:
        return False, 0         # stopping: polled again next time
    services.metrics.response("feed", response.status)
    services.metrics.polls.labels(feed.name, "not_modified" if response.not_modified else "ok").inc()
    crash_point("after_feed_fetch")
    new = [replace(entry, feed=feed.name) for entry in entries_to_process(services, feed_id, entries)]
    handed = [services.pages.submit(process_unless_in_hand, entry, feed_id, services, now) for entry in new]
    stored = 0
    for committed in (page.result() for page in handed):
        stored += committed is not None and committed.result() is not None
        crash_point("after_store")
    log.info("feed %s: %s, %d to fetch, %d stored", feed.name,
             "not modified" if response.not_modified else f"{len(entries)} entries", len(new), stored)
    if services.stop.is_set():
        return False, stored   # feed state not saved: the rest is picked up next time
    # due again a little before the interval ends, so that this process's next tick finds it due
    next_poll = now + timedelta(seconds=feed.interval - min(feed.interval // 10, 60))
    services.writer.write(lambda session: queries.record_fetch_success(
        session.get(queries.Feed, feed_id), now, response.etag, response.last_modified, next_poll))
    return True, stored


def claim_for_poll(services: Services, feed: FeedConfig, now: datetime, on_schedule: bool):
    """(id, etag, last_modified) of the feed's row, leased to this process for a poll; None
    when it may not be polled now. Nothing is written for a feed that is not due."""
    def state(row: queries.Feed) -> tuple:
        return row.id, row.etag, row.last_modified

    with Session(services.db) as session:
        row = queries.find_feed(session, feed.url)
        if row is not None and row.name == feed.name and not _may_poll(row, services.owner, now, on_schedule):
            return None
        known = state(row) if row is not None and row.name == feed.name else None
    feed_id, etag, last_modified = known or services.writer.write(
        lambda session: state(queries.sync_feed(session, feed.name, feed.url)))
    # A transaction of its own, outside the writer's batches: one that also held other rows
    # could deadlock with another daemon's claim of those.
    with Session(services.db) as session:
        until = now + timedelta(seconds=services.config.fetch.lease)
        if not queries.claim_feed(session, feed_id, services.owner, now, until, on_schedule):
            return None
        session.commit()
    return feed_id, etag, last_modified


def _may_poll(row: queries.Feed, owner: str, now: datetime, on_schedule: bool) -> bool:
    """What claim_feed decides, read first: most feeds, most of the time, are not due."""
    def ahead(moment) -> bool:
        return moment is not None and _aware(moment) > now
    held = ahead(row.lease_until) and row.lease_owner != owner
    return not (held or ahead(row.next_fetch_at) or (on_schedule and ahead(row.next_poll_at)))


def sync_feeds(services: Services) -> None:
    """At start: a row for each configured feed, written by one daemon at a time (replicas
    share the config and start together)."""
    with exclusive(services.db), Session(services.db) as session:
        for feed in services.config.feeds:
            queries.sync_feed(session, feed.name, feed.url)
        session.commit()


def process_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def release_stale_claims(services: Services) -> None:
    """At start: free the feeds and deliveries held by processes of this host that are gone
    (a SIGKILL, a crash), or by an earlier run under this very name (a container's PID 1),
    without waiting for their leases to lapse."""
    host = socket.gethostname()

    def gone(owner: str) -> bool:
        owner_host, _, pid = owner.rpartition(":")
        return owner_host == host and pid.isdigit() and (owner == services.owner or not _alive(int(pid)))

    def release(session: Session) -> list[str]:
        stale = sorted(o for o in queries.claim_owners(session) if gone(o))
        queries.release_claims_of(session, stale)
        return stale

    stale = services.writer.write(release)
    if stale:
        log.info("released the feeds and deliveries held by %s (gone)", ", ".join(stale))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def parse_entries(body: bytes, base_url: str, limit: int, content_type: str | None = None) -> list[Entry]:
    """The feed's entries that have a link; FetchError when the body is not a usable feed.

    A slightly broken feed that still yields entries is read leniently, as readers do;
    an empty but well-formed feed is simply empty."""
    headers = {"content-location": base_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers)
    entries = [Entry(url=item["link"], title=item.get("title", ""), published=_entry_date(item))
               for item in parsed.entries[:limit] if item.get("link")]
    malformed = isinstance(parsed.get("bozo_exception"), xml.sax.SAXException)
    if not entries and (malformed or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        reason = str(problem) if problem else "no RSS or Atom document found"
        raise FetchError(f"not a readable feed: {reason}")
    return entries


def entries_to_process(services: Services, feed_id: int, entries: list[Entry]) -> list[Entry]:
    """The feed's entries not stored yet, then its earlier pages that failed and may be retried."""
    with Session(services.db) as session:
        skip = queries.urls_to_skip(session, [e.url for e in entries])
        retries = [Entry(a.url, a.title, a.published) for a in queries.articles_to_retry(session, feed_id)]
    unique = {e.url: e for e in retries}
    unique.update({e.url: e for e in entries if e.url not in skip})
    return list(unique.values())


def process_unless_in_hand(entry: Entry, feed_id: int, services: Services, now: datetime) -> Future | None:
    """process_entry, in one of the page threads all polls share, unless the daemon is stopping
    or another feed's poll has the page in hand (None: that poll stores it). The page stays
    in hand until it is committed."""
    if services.stop.is_set() or not services.in_hand.take(entry.url):
        return None
    committed = None
    try:
        committed = process_entry(entry, feed_id, services, now)
    finally:
        if committed is None:
            services.in_hand.release(entry.url)
        else:
            committed.add_done_callback(lambda _: services.in_hand.release(entry.url))
    return committed


def process_entry(entry: Entry, feed_id: int, services: Services, now: datetime) -> Future | None:
    """Fetch, extract and check one article, and hand it with its alert to the writer; the
    future has, once committed, the stored article's id, or None if the page failed (it is
    kept to be retried) or another poll stored it first. None when the daemon stopped before
    the page was fetched."""
    try:
        with services.times.measure("fetch"):
            page = services.fetcher.get(entry.url)
        crash_point("after_page_fetch")
        services.metrics.response("page", page.status)
        article, report, seconds = services.analyzer.analyze_page(page.body, entry.url, entry.published,
                                                                  page.content_type)
        services.times.add(seconds)
    except FetchCancelled:
        return None
    except FetchError as exc:
        services.metrics.response("page", exc.status)
        return record_failed_entry(services, entry, feed_id, now, str(exc))
    except Exception as exc:  # a hostile page must not stop the feed: record it, go on
        log.exception("article %s: extraction failed", entry.url)
        services.metrics.page("timeout" if isinstance(exc, ExtractionTimedOut) else "failed")
        return record_failed_entry(services, entry, feed_id, now,
                                   f"extraction failed: {type(exc).__name__}: {exc}")
    services.metrics.page("no_text" if article is None else "extracted")
    if report is not None:
        report = without_dismissed(report, services.reviews.dismissed)
        services.metrics.report(report)
    crash_point("after_extract")
    return services.writer.submit_item(queries.save_articles,
                                       new_article(entry, feed_id, article, report, services, now))


def record_failed_entry(services: Services, entry: Entry, feed_id: int, now: datetime,
                        message: str) -> Future:
    """Keep the failed page and its error, to be retried on a later poll (future: None)."""
    log.warning("article %s: %s", entry.url, message)
    return services.writer.submit(
        lambda session: queries.record_article_error(session, entry.url, feed_id, now, message))


def new_article(entry: Entry, feed_id: int, article, report, services: Services,
                now: datetime) -> queries.NewArticle:
    """The article row, its claims and (if any discrepancy) its alert, to store together."""
    row = {"url": entry.url, "feed_id": feed_id, "fetched_at": now, "title": entry.title,
           "published": entry.published, "status": "no_text"}
    if article is None:
        return queries.NewArticle(row)
    row.update(title=article.title or entry.title, published=article.published or entry.published,
               language=article.language, text=article.text, content_hash=content_hash(article.text),
               status="not_checked" if report.not_checked else "checked", error=report.not_checked or None)
    claims = [_claim_row(c) for c in report.claims]
    if not report.discrepancies and not report.candidates:
        return queries.NewArticle(row, claims)
    alert = compose_alert(entry.url, row["title"], row["published"], report.discrepancies, now,
                          report.candidates, row["language"], services.config.notify.max_quote)
    facts = AlertFacts(frozenset(d.kind for d in report.discrepancies), row["language"], entry.feed)
    targets = services.targets.recipients(facts) if report.discrepancies else {}
    return queries.NewArticle(row, claims, alert, targets, story_signatures(report.discrepancies or report.candidates))


def record_feed_failure(services: Services, feed_id: int, error: FetchError, now: datetime) -> None:
    """Store the error, back off (exponentially, or as Retry-After asks, capped), and tell
    the operator once when the feed has been failing for longer than configured."""
    def record(session: Session):
        row = session.get(queries.Feed, feed_id)
        delay = min(timedelta(minutes=1) * 2 ** min(row.error_count, 20), MAX_BACKOFF)
        if error.retry_after:
            delay = min(max(delay, timedelta(seconds=error.retry_after)), MAX_BACKOFF)
        queries.record_fetch_error(row, now, str(error), now + delay)
        since = _aware(row.failing_since)
        if now - since >= timedelta(seconds=services.config.notify.feed_failure_alert_after):
            notice = operator_alert(
                f"feed-failing:{row.url}:{since.isoformat()}",
                f"claimwatch: feed \"{row.name}\" failing since {since:%Y-%m-%d %H:%M} UTC",
                f"Feed: {row.name}\nURL: {row.url}\nFailing since: {since:%Y-%m-%d %H:%M} UTC\n"
                f"Consecutive errors: {row.error_count}\nLast error: {error}", now)
            queries.add_alert(session, notice,
                              services.targets.recipients(AlertFacts(frozenset({"operator"}), feed=row.name)))
        return row.url, row.next_fetch_at

    url, retry_at = services.writer.write(record)
    log.warning("feed %s: %s (next try after %s)", url, error, retry_at)


def deliver_due(services: Services, now: datetime) -> int:
    """Send every pending delivery that is due; return how many succeeded.

    One delivery run at a time (a second caller returns at once: the running one, or the
    next, sends its alerts), and no database connection is held while a target answers."""
    if not services.delivering.acquire(blocking=False):
        return 0
    try:
        with services.times.measure("notify"):
            with Session(services.db) as session:
                due = [(d.id, a.id, d.target_id, _aware(a.created_at))
                       for d, a in queries.due_deliveries(session, now)]
            singles, digests = _by_digest(services.targets, due, now)
            sent = 0
            for ids in singles:
                if not services.stop.is_set():
                    sent += deliver_one(services.db, services.targets, services.config.notify, *ids, now,
                                        services.metrics, claim_as=services.owner)
            for target, ids in digests:
                if not services.stop.is_set():
                    sent += deliver_digest(services.db, target, services.config.notify, ids, now, services.metrics,
                                           claim_as=services.owner)
            return sent
    finally:
        services.delivering.release()


def _by_digest(targets: Targets, due: list[tuple], now: datetime):
    """The due deliveries to send one by one ((delivery, alert, target) ids), and those of each
    digest target whose period has ended (and its grace)."""
    singles, held = [], {}
    for delivery_id, alert_id, target_id, created_at in due:
        target = targets.get(target_id)
        if target is None or target.digest_period is None:
            singles.append((delivery_id, alert_id, target_id))
        elif digest_due(created_at, target.digest_period) + DIGEST_GRACE <= now:
            held.setdefault(target_id, []).append((delivery_id, alert_id))
    return singles, [(targets.get(target_id), ids) for target_id, ids in held.items()]


def deliver_one(db: Database, targets: Targets, notify: NotifyConfig,
                delivery_id: int, alert_id: int, target_id: str, now: datetime,
                metrics: Metrics | None = None, claim_as: str | None = None) -> bool:
    """Send one alert to one target and record the outcome; with `claim_as` (a daemon's
    name), only once it has claimed the delivery from any other daemon."""
    if claim_as and not claim_deliveries(db, [(delivery_id, alert_id)], claim_as, now):
        return False
    with Session(db) as session:
        alert = session.get(AlertRow, alert_id)
        title = message_title(alert, notify.names_in_title)
        body = with_reprints(alert.body, queries.reprints_of(session, [alert_id]).get(alert_id, []))
    target = targets.get(target_id)
    crash_point("before_send")
    ok = target is not None and target.send(title, body)
    error = None if ok else ("target no longer configured" if target is None
                             else f"delivery to {target.label} failed")
    _record_sent(db, [(delivery_id, alert_id)], ok, now, notify.max_attempts, error, metrics)
    return ok


def deliver_digest(db: Database, target: Target, notify: NotifyConfig, ids: list[tuple[int, int]],
                   now: datetime, metrics: Metrics | None = None, claim_as: str | None = None) -> int:
    """Send alerts to a digest target, in as few messages as its service takes whole, and
    record the outcome of each alert; the number sent. With `claim_as`, only the alerts
    claimed from any other daemon."""
    if claim_as:
        ids = claim_deliveries(db, ids, claim_as, now)
    if not ids:
        return 0
    delivery_of = {alert_id: delivery_id for delivery_id, alert_id in ids}
    with Session(db) as session:
        alerts = [session.get(AlertRow, alert_id) for alert_id in delivery_of]
        period_end = max(digest_due(_aware(a.created_at), target.digest_period) for a in alerts)
        messages = digest_messages(alerts, queries.reprints_of(session, list(delivery_of)), period_end,
                                   target.max_chars * 4 // 5)       # room for the format's markup
    sent = 0
    for title, body, alert_ids in messages:
        crash_point("before_send")
        ok = target.send(title, body)
        _record_sent(db, [(delivery_of[a], a) for a in alert_ids], ok, now, notify.max_attempts,
                     None if ok else f"delivery to {target.label} failed", metrics)
        sent += len(alert_ids) if ok else 0
    return sent


DELIVERY_LEASE = timedelta(minutes=5)   # a daemon that died sending: another sends it after this


def claim_deliveries(db: Database, ids: list[tuple[int, int]], owner: str, now: datetime) -> list[tuple[int, int]]:
    """The (delivery, alert) ids this daemon has claimed to send now (the others are another's)."""
    with Session(db) as session:
        claimed = [pair for pair in ids
                   if queries.claim_delivery(session, pair[0], owner, now, now + DELIVERY_LEASE)]
        session.commit()
    return claimed


def _record_sent(db: Database, ids: list[tuple[int, int]], ok: bool, now: datetime, max_attempts: int,
                 error: str | None, metrics: Metrics | None) -> None:
    """Record one attempt of each (delivery id, alert id)."""
    outcomes = []
    with Session(db) as session:
        for delivery_id, alert_id in ids:
            delivery = session.get(DeliveryRow, delivery_id)
            queries.record_delivery(session, delivery, session.get(AlertRow, alert_id), ok, now, max_attempts,
                                    error)
            outcomes.append((delivery.target_label, delivery.state))
        session.commit()
    if metrics is not None:
        for label, state in outcomes:
            metrics.deliveries.labels(label, "sent" if ok else "failed" if state == "failed" else "retrying").inc()


def _aware(moment: datetime) -> datetime:
    """Some databases hand back naive UTC: make it aware again."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _entry_date(item) -> date | None:
    """The entry's date, or None when missing or absurd (before 1990, or next year on)."""
    parsed = item.get("published_parsed") or item.get("updated_parsed")
    try:
        day = datetime.fromtimestamp(timegm(parsed), timezone.utc).date() if parsed else None
    except (OverflowError, ValueError, TypeError):
        return None
    return day if day and 1990 <= day.year <= date.today().year + 1 else None


def _claim_row(claim) -> dict:
    """The columns of the claim table, from a rules Claim."""
    values = claim.to_dict()
    return {name: values[name] for name in ClaimRow.model_fields if name in values and name != "id"}
