"""From a page or a text to claims and discrepancies, against the baseline in force."""
from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import Session

from daemon.crashpoints import crash_point
from daemon.errors import SourceError
from daemon.extract import extract_article, plain_article
from daemon.review import baseline_in_force, fact_history
from daemon.workers import CallTimedOut, PoolClosed, WorkerDied, WorkerPool
from rules.engine import Engine
from rules.model import Article, Baseline, Report
from rules.seeds import bundled_documents
from storage import queries
from storage.db import database_exists, has_tables, open_database
from storage.schema import exclusive


class Analyzer:
    """The rules engine and one baseline, loaded once and used for every article."""

    def __init__(self, engine: Engine, baseline: Baseline):
        self.engine = engine
        self.baseline = baseline

    def analyze_html(self, html: str | bytes, url: str | None = None, published: date | None = None,
                     override_date: bool = False, content_type: str | None = None
                     ) -> tuple[Article | None, Report | None]:
        """Extract the page and check it; (None, None) when it has no article text.

        `published` fills in a missing page date, or replaces it with `override_date`."""
        article, report, _ = self.analyze_page(html, url, published, content_type, override_date)
        return article, report

    def analyze_page(self, html: str | bytes, url: str | None = None, published: date | None = None,
                     content_type: str | None = None, override_date: bool = False):
        """analyze_html, also returning the seconds spent per stage (for the pipeline)."""
        started = time.perf_counter()
        article = extract_article(html, url, content_type)
        extracted = time.perf_counter()
        if article is None:
            return None, None, {"extract": extracted - started}
        article, report = self.analyze(_with_date(article, published, override_date))
        return article, report, {"extract": extracted - started, "claims": time.perf_counter() - extracted}

    def analyze_text(self, text: str, published: date | None = None) -> tuple[Article, Report]:
        return self.analyze(_with_date(plain_article(text), published, override=True))

    def analyze(self, article: Article) -> tuple[Article, Report]:
        return article, self.engine.check(article, self.baseline)

    def use_baseline(self, baseline: Baseline) -> None:
        self.baseline = baseline

    def workers(self) -> tuple[int, int]:
        return 1, 1                         # this process

    def close(self) -> None:
        pass


class ExtractionTimedOut(RuntimeError):
    """A page took longer than the time limit to extract and check."""


class PooledAnalyzer:
    """The same analysis in worker processes, one per core: extraction is CPU-bound, so
    threads that wait on the network hand pages to these processes."""

    def __init__(self, overrides_path: str | None, baseline: Baseline, workers: int | None = None,
                 time_limit: float | None = None):
        self._time_limit = time_limit       # seconds per page, for pages built to be slow
        self._start = (overrides_path, workers or os.cpu_count() or 1)
        self._pool = self._new_pool(baseline)

    def _new_pool(self, baseline: Baseline) -> WorkerPool:
        overrides_path, workers = self._start
        return WorkerPool(workers, _start_worker, (os.getpid(), overrides_path, baseline.to_dict()),
                          self._time_limit)

    def use_baseline(self, baseline: Baseline) -> None:
        """Check the next pages against this baseline: new workers load it, the old ones
        finish the pages they hold, then end."""
        retired, self._pool = self._pool, self._new_pool(baseline)
        retired.close_when_idle()

    def workers(self) -> tuple[int, int]:
        """(pool size, workers alive)."""
        return self._pool.alive()

    def analyze_page(self, html: bytes, url: str | None = None, published: date | None = None,
                     content_type: str | None = None):
        """Analyzer.analyze_page, run in a worker process."""
        try:
            try:
                return self._pool.call(_analyze_in_worker, html, url, published, content_type)
            except PoolClosed:          # retired by use_baseline between two lines: take the new one
                return self._pool.call(_analyze_in_worker, html, url, published, content_type)
        except CallTimedOut:
            raise ExtractionTimedOut(f"extraction took longer than {self._time_limit:g} s; "
                                     "its worker process was replaced") from None
        except WorkerDied:
            raise RuntimeError("the extraction worker died on this page") from None

    def close(self) -> None:
        self._pool.close()


_worker_analyzer: Analyzer | None = None


def _start_worker(parent: int, overrides_path: str | None, baseline: dict) -> None:
    """In each worker: signals are the parent's business, and a worker whose parent died
    (even by SIGKILL) exits; load the engine once."""
    global _worker_analyzer
    _set_scheduling(getattr(os, "SCHED_OTHER", None))          # not batch, as the daemon is
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _worker_analyzer = Analyzer(load_engine(overrides_path), Baseline.from_dict(baseline))


def defer_to_workers() -> None:
    """Linux: run the calling thread, and the threads and processes it starts later, as batch
    work, so that the daemon's many short wakeups (a page arrived, a result came back) wait
    for a worker's time slice to end instead of interrupting it and cooling its caches."""
    _set_scheduling(getattr(os, "SCHED_BATCH", None))


def _set_scheduling(policy: int | None) -> None:
    if policy is not None and hasattr(os, "sched_setscheduler"):
        try:
            os.sched_setscheduler(0, policy, os.sched_param(0))
        except OSError:
            pass


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _analyze_in_worker(html: bytes, url: str | None, published: date | None, content_type: str | None):
    crash_point("in_worker")
    return _worker_analyzer.analyze_page(html, url, published, content_type)


def load_engine(overrides_path: str | None) -> Engine:
    return Engine.load(overrides_path=overrides_path)


def build_from_documents(engine: Engine, folder: str | None = None, with_overrides: bool = True) -> Baseline:
    """The baseline built from a folder of .txt/.md documents, or from the bundled ones (with
    the operator's fact overrides, unless not `with_overrides`: so it is stored)."""
    documents = read_documents(folder) if folder else bundled_documents()
    baseline = engine.build_baseline(documents, with_overrides)
    baseline.documents = {name: document_title(text) for name, text in documents.items()}
    return baseline


def document_title(text: str, limit: int = 100) -> str:
    """A document's first line, or its first words when that line is a fragment."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    title = lines[0] if lines and len(lines[0]) >= 40 else " ".join(lines[:3])
    return title if len(title) <= limit else title[:limit].rsplit(" ", 1)[0] + " …"


def read_documents(folder: str) -> dict[str, str]:
    """name → text of the .txt and .md documents of a folder."""
    paths = sorted(p for p in Path(folder).glob("*") if p.suffix in (".txt", ".md", ".text"))
    if not paths:
        raise SourceError(f"no .txt or .md documents in {folder}")
    return {p.stem: p.read_text(encoding="utf-8", errors="replace") for p in paths}


def baseline_in_use(engine: Engine, database_url: str) -> tuple[Baseline, bool]:
    """The baseline a command that only reads uses (the stored one, with the facts accepted
    from alerts and the operator's overrides), and whether it is the stored one (else it is
    built from the bundled documents, and stored nowhere)."""
    if database_exists(database_url):
        with Session(open_database(database_url, create=False)) as session:
            built = queries.load_baseline(session) if has_tables(session.get_bind()) else None
            if built is not None:
                return baseline_in_force(engine, session, built), True
    return build_from_documents(engine), False


def stored_history(database_url: str) -> dict[str, list[dict]]:
    """The versions of each fact that reviews changed, in an existing database."""
    with Session(open_database(database_url, create=False)) as session:
        return fact_history(session)


def stored_or_bundled_baseline(engine: Engine, database_url: str, store: bool) -> Baseline:
    """The baseline in force; one is built from the bundled documents when none is stored
    (and stored if `store`). It is stored as built: the facts accepted from alerts and the
    operator's overrides apply to it whenever it is used."""
    if not store:
        return baseline_in_use(engine, database_url)[0]
    db = open_database(database_url)
    with Session(db) as session:
        built = queries.load_baseline(session)
    if built is None:
        with exclusive(db), Session(db) as session:     # replicas starting together: one builds it
            built = queries.load_baseline(session)
            if built is None:
                built = build_from_documents(engine, with_overrides=False)
                queries.save_baseline(session, built)
                session.commit()
    with Session(db) as session:
        return baseline_in_force(engine, session, built)


def content_hash(text: str) -> str:
    """A hash of the article text with whitespace normalised, to spot reprints."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def _with_date(article: Article, published: date | None, override: bool) -> Article:
    """Set the publication date when the page states none, or always when `override`."""
    if published is not None and (override or article.published is None):
        return replace(article, published=published)
    return article
