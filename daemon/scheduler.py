"""Polling on a schedule: one APScheduler job per feed at its interval, plus a delivery job
that retries pending alerts. `run_once` is the same work done once, for --once and tests."""
from __future__ import annotations

import logging
import signal
from concurrent.futures import ThreadPoolExecutor

from apscheduler.schedulers.blocking import BlockingScheduler

from daemon.health import HEARTBEAT, HEARTBEAT_EVERY, write_heartbeat
from daemon.pipeline import Services, deliver_due, run_feed, utcnow

log = logging.getLogger(__name__)
DELIVERY_INTERVAL = HEARTBEAT_EVERY     # seconds between retries of pending deliveries (and heartbeats)


def run_once(services: Services) -> int:
    """Poll every feed once (several at a time), then deliver; return articles stored."""
    stop_on_signals(services, lambda: None)
    with ThreadPoolExecutor(max_workers=services.config.fetch.concurrency) as pool:
        stored = sum(pool.map(lambda feed: guarded_poll(feed, services), services.config.feeds))
    deliver_due(services, utcnow())
    return stored


def guarded_poll(feed, services: Services, on_schedule: bool = False) -> int:
    """The one place a feed's unexpected error is caught: logged, never fatal."""
    if services.stop.is_set():
        return 0
    try:
        stored = run_feed(feed, services=services, now=utcnow(), on_schedule=on_schedule)
        deliver_due(services, utcnow())
        return stored
    except Exception:
        log.exception("feed %s: unexpected error; the next poll will try again", feed.url)
        return 0


def run_forever(services: Services) -> None:
    """Run the jobs until SIGTERM or SIGINT; the articles in hand are finished first."""
    scheduler = BlockingScheduler(
        timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1},
        executors={"default": {"type": "threadpool", "max_workers": services.config.fetch.concurrency}})
    for feed in services.config.feeds:
        scheduler.add_job(guarded_poll, "interval", seconds=feed.interval, args=(feed, services, True),
                          id=f"feed:{feed.url}", name=feed.name, next_run_time=utcnow(),
                          misfire_grace_time=feed.interval)
    scheduler.add_job(_guarded_delivery, "interval", seconds=DELIVERY_INTERVAL, args=(services,),
                      id="deliveries", name="deliver pending alerts")

    stop_on_signals(services, lambda: scheduler.shutdown(wait=True))
    log.info("watching %d feeds", len(services.config.feeds))
    beat(services)
    scheduler.start()


def stop_on_signals(services: Services, then) -> None:
    """On SIGTERM or SIGINT: stop taking new articles, finish those in hand, then `then()`."""
    def stop(signum, _frame):
        log.info("received signal %s: finishing the articles in hand", signum)
        services.stop_soon()
        then()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def _guarded_delivery(services: Services) -> None:
    """Retry pending deliveries, then tell the health check that we are alive."""
    try:
        deliver_due(services, utcnow())
    except Exception:
        log.exception("delivery: unexpected error; pending alerts stay queued")
    beat(services)


def beat(services: Services) -> None:
    """Write the heartbeat: alive now, since when, and how many extraction workers live."""
    try:
        write_heartbeat(services.started_at, services.analyzer.workers(), utcnow())
    except OSError as exc:
        log.warning("cannot write heartbeat %s: %s", HEARTBEAT, exc.strerror)
