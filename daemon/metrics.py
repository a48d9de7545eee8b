"""What a running daemon counts, for Prometheus (prometheus-client), and the small HTTP server
that serves it with the health check: /metrics and /healthz, on [ops] listen.

Counters and histograms count what this process did since it started; the stored totals
(articles by status and language, alerts and deliveries by state) are read from the database
at each scrape, so they survive restarts and agree with `claimwatch feeds` and the console."""
from __future__ import annotations

import json
import threading
from wsgiref.simple_server import WSGIRequestHandler, make_server

from prometheus_client import CollectorRegistry, Counter, Histogram, make_wsgi_app
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.exposition import ThreadingWSGIServer
from sqlalchemy import func
from sqlmodel import Session, select

from storage.models import Alert, Article, Delivery

STAGE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    """The daemon's counters; one per process, each on a registry of its own."""

    def __init__(self, db=None, gauges=None):
        self.registry = CollectorRegistry()
        counter = lambda name, text, labels=(): Counter(name, text, labels, registry=self.registry)  # noqa: E731
        self.polls = counter("claimwatch_polls", "feed polls by result (ok, not_modified, error)", ("feed", "result"))
        self.http = counter("claimwatch_http_responses", "HTTP responses by what was asked and status class",
                            ("kind", "status_class"))
        self.pages = counter("claimwatch_pages", "article pages by outcome (extracted, no_text, failed, timeout)",
                             ("result",))
        self.claims = counter("claimwatch_claims", "claims read from articles")
        self.discrepancies = counter("claimwatch_discrepancies", "discrepancies found, pushed or held as candidates",
                                     ("kind", "pushed"))
        self.deliveries = counter("claimwatch_deliveries", "delivery attempts by target and result "
                                  "(sent, retrying, failed)", ("target", "result"))
        self.stages = Histogram("claimwatch_stage_seconds", "seconds per article (or poll) in each pipeline stage",
                                ("stage",), buckets=STAGE_BUCKETS, registry=self.registry)
        if db is not None:
            self.registry.register(_StoredTotals(db, gauges or (lambda: {})))

    def page(self, result: str) -> None:
        self.pages.labels(result).inc()

    def response(self, kind: str, status: int | None) -> None:
        self.http.labels(kind, f"{status // 100}xx" if status else "none").inc()

    def report(self, report) -> None:
        """What the engine found in one article."""
        self.claims.inc(len(report.claims))
        for item in report.discrepancies:
            self.discrepancies.labels(item.kind, "yes").inc()
        for item in report.candidates:
            self.discrepancies.labels(item.kind, "no").inc()

    def stage_times(self, seconds: dict[str, float]) -> None:
        for stage, value in seconds.items():
            self.stages.labels(stage).observe(value)


class _StoredTotals:
    """Gauges read at scrape time: the database's totals, and the process's queues."""

    def __init__(self, db, gauges):
        self.db, self.gauges = db, gauges

    def collect(self):
        articles = GaugeMetricFamily("claimwatch_articles", "stored articles by status and language",
                                     labels=("status", "language"))
        alerts = GaugeMetricFamily("claimwatch_alerts", "stored alerts by kind and state", labels=("kind", "state"))
        deliveries = GaugeMetricFamily("claimwatch_delivery_states", "deliveries by target and state",
                                       labels=("target", "state"))
        with Session(self.db) as session:
            for status, language, count in session.exec(
                    select(Article.status, Article.language, func.count()).group_by(Article.status, Article.language)):
                articles.add_metric([status, language or ""], count)
            for kind, state, count in session.exec(
                    select(Alert.kind, Alert.state, func.count()).group_by(Alert.kind, Alert.state)):
                alerts.add_metric([kind, state], count)
            for target, state, count in session.exec(
                    select(Delivery.target_label, Delivery.state, func.count())
                    .group_by(Delivery.target_label, Delivery.state)):
                deliveries.add_metric([target, state], count)
        queues = GaugeMetricFamily("claimwatch_queue_depth", "work waiting in the process", labels=("queue",))
        for name, depth in self.gauges().items():
            queues.add_metric([name], depth)
        return [articles, alerts, deliveries, queues]


def serve_ops(host: str, port: int, metrics: Metrics, health) -> ThreadingWSGIServer:
    """Serve /metrics and /healthz (`health()` → (ok, lines)) in a thread; the server, to close."""
    metrics_app = make_wsgi_app(metrics.registry)

    def app(environ, start_response):
        if environ.get("PATH_INFO") == "/healthz":
            ok, lines = health()
            start_response("200 OK" if ok else "503 Service Unavailable",
                           [("Content-Type", "application/json")])
            return [json.dumps({"ok": ok, "problems": [] if ok else lines, "checks": lines}).encode()]
        return metrics_app(environ, start_response)

    server = make_server(host, port, app, ThreadingWSGIServer, handler_class=_QuietHandler)
    threading.Thread(target=server.serve_forever, name="ops", daemon=True).start()
    return server


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):    # a scrape every 15 s is not news
        pass
