"""The claimwatch command: run, check, baseline, alerts, feeds, config check."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from daemon import analysis
from daemon.config import Config, config_as_toml, load_config
from daemon.errors import ClaimwatchError, SourceError
from daemon.logs import SECRETS, setup_logging
from rules.errors import RulesError

log = logging.getLogger("claimwatch")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    try:
        return args.handler(args) or 0
    except (ClaimwatchError, RulesError) as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return 2
    except SQLAlchemyError as exc:
        print(f"claimwatch: database error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:            # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimwatch", description=__doc__)
    parser.add_argument("--verbose", "-v", action="store_true", help="log debug messages")
    commands = parser.add_subparsers(dest="command", required=True)

    run = _command(commands, "run", cmd_run, "watch the configured feeds and send alerts")
    run.add_argument("--once", action="store_true", help="poll every feed once, deliver, and exit")

    check = _command(commands, "check", cmd_check, "check files, URLs or - (stdin) against the baseline")
    check.add_argument("--json", action="store_true", help="one JSON object per source, one per line")
    check.add_argument("--published", type=_iso_date, help="publication date to assume (YYYY-MM-DD)")
    check.add_argument("sources", nargs="+", metavar="SOURCE")

    baseline = commands.add_parser("baseline", help="build or show the baseline of facts")
    which = baseline.add_subparsers(dest="action", required=True)
    build = _command(which, "build", cmd_baseline_build, "build the baseline into the database")
    build.add_argument("--from", dest="folder", help="folder of documents (default: the bundled ones)")
    show = _command(which, "show", cmd_baseline_show, "list facts, their sources and conflicts")
    show.add_argument("--json", action="store_true")

    alerts = _command(commands, "alerts", cmd_alerts, "stored alerts and their delivery state")
    alerts.add_argument("--json", action="store_true")
    _command(commands, "feeds", cmd_feeds, "each feed with its last fetch and errors")
    health = commands.add_parser("health", help="exit 0 when a running daemon is alive (for HEALTHCHECK)")
    health.set_defaults(handler=cmd_health)

    config = commands.add_parser("config", help="validate the configuration")
    _command(config.add_subparsers(dest="action", required=True), "check", cmd_config_check,
             "validate config.toml and show it with secrets masked")
    return parser


def _command(commands, name, handler, help_text):
    sub = commands.add_parser(name, help=help_text)
    sub.add_argument("--config", help="config file (default: $CLAIMWATCH_CONFIG or ./config.toml)")
    sub.set_defaults(handler=handler)
    return sub


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def configured(args) -> Config:
    """The validated configuration; its URLs' secrets are masked in every log line from now on."""
    config = load_config(args.config)
    for url in (*config.notify.urls, config.database_url):
        SECRETS.hide(url)
    return config


# --- run ---------------------------------------------------------------------------------

def cmd_run(args) -> int:
    from daemon.fetch import Fetcher
    from daemon.notify import make_targets
    from daemon.pipeline import Services
    from daemon.scheduler import run_forever, run_once
    from storage.db import open_database

    config = configured(args)
    analysis.defer_to_workers()          # before any thread starts: they inherit it
    engine = analysis.load_engine(config.rules.overrides)
    baseline = analysis.stored_or_bundled_baseline(engine, config.database_url, store=True)
    services = Services(config=config, db=open_database(config.database_url, config.fetch.concurrency),
                        fetcher=Fetcher(config.fetch),
                        analyzer=analysis.PooledAnalyzer(config.rules.overrides, baseline,
                                                         time_limit=config.fetch.extract_timeout),
                        targets=make_targets(config.notify.urls))
    if not config.feeds:
        log.warning("no feeds configured: add [[feeds]] tables to %s", config.path or "config.toml")
    try:
        if args.once:
            stored = run_once(services)
            log.info("cycle done: %d new articles; time per stage: %s", stored, services.times.summary())
        else:
            run_forever(services)
    finally:
        services.close()
    return 0


# --- check -----------------------------------------------------------------------------

CHECK_FOUND, CHECK_ERROR = 1, 2      # exit statuses, as grep and diff: 0 = nothing found
_BINARY_KINDS = ((b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
                 (b"%PDF", "a PDF document"), (b"\x1f\x8b", "gzip-compressed data"),
                 (b"PK\x03\x04", "a ZIP archive"))


def cmd_check(args) -> int:
    config = configured(args)
    engine = analysis.load_engine(config.rules.overrides)
    baseline = analysis.stored_or_bundled_baseline(engine, config.database_url, store=False)
    analyzer = analysis.Analyzer(engine, baseline)
    fetcher = None
    failures = found = 0
    for source in args.sources:
        try:
            if source.startswith(("http://", "https://")) and fetcher is None:
                from daemon.fetch import Fetcher
                fetcher = Fetcher(config.fetch)
            result = check_source(source, analyzer, fetcher, args.published)
            found += bool(result["discrepancies"])
        except ClaimwatchError as exc:
            failures += 1
            if not args.json:
                print(f"claimwatch: {source}: {exc}", file=sys.stderr)
                continue
            result = {"source": source, "error": str(exc)}
        print(json.dumps(result, ensure_ascii=False) if args.json else format_result(result),
              flush=True)
    if fetcher is not None:
        fetcher.close()
    return CHECK_ERROR if failures else CHECK_FOUND if found else 0


def check_source(source: str, analyzer, fetcher, published: date | None) -> dict:
    """Read one source (file, URL or -), check it, and describe the result as a dict."""
    raw, url, content_type = read_source(source, fetcher)
    if _looks_like_html(raw):
        article, report = analyzer.analyze_html(raw, url, published, override_date=True,
                                                content_type=content_type)
        if article is None:
            raise SourceError("no article text found")
    else:
        article, report = analyzer.analyze_text(plain_text(raw), published)
    return {"source": source, "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language,
            **({"not_checked": report.not_checked} if report.not_checked else {}),
            "claims": [c.to_dict() for c in report.claims],
            "discrepancies": [d.to_dict() for d in report.discrepancies],
            "candidates": [d.to_dict() for d in report.candidates]}


def read_source(source: str, fetcher) -> tuple[bytes, str | None, str | None]:
    """(body, URL, HTTP content type) of a file, URL or stdin."""
    if source == "-":
        return sys.stdin.buffer.read(), None, None
    if source.startswith(("http://", "https://")):
        response = fetcher.get(source)
        return response.body, source, response.content_type
    try:
        return Path(source).read_bytes(), None, None
    except OSError as exc:
        raise SourceError(f"cannot read {source}: {exc.strerror}") from None


def plain_text(raw: bytes) -> str:
    """A source that is not HTML as text; SourceError when it is binary or not UTF-8."""
    kind = next((name for magic, name in _BINARY_KINDS if raw.startswith(magic)), None)
    if kind or b"\x00" in raw[:8192]:
        raise SourceError(f"not text or HTML: {kind or 'binary data'}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not text or HTML: not UTF-8 (byte {exc.start}); "
                          "convert it to UTF-8, or give the page as HTML") from None


def format_result(result: dict) -> str:
    """The human-readable form of a check result."""
    from daemon.alerts import describe
    from rules.model import Discrepancy
    head = (f"{result['source']}: {result['title'] or '(no title)'} "
            f"({result['published'] or 'no date'}, {result['language']})")
    items, candidates = result["discrepancies"], result.get("candidates", [])
    if result.get("not_checked"):
        return f"{head}\n  not checked: {result['not_checked']}"
    if not items and not candidates:
        return f"{head}\n  no discrepancy ({len(result['claims'])} claims checked)"
    lines = [head]
    for number, item in enumerate(items, 1):
        lines += ["  " + line for line in describe(Discrepancy.from_dict(item), number)]
    if candidates:
        lines.append("  candidates for review (weak readings, not pushed):")
    for number, item in enumerate(candidates, len(items) + 1):
        lines += ["  " + line for line in describe(Discrepancy.from_dict(item), number)]
    return "\n".join(lines)


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:1024].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<article"))


# --- baseline, alerts, feeds, config --------------------------------------------------------

def cmd_baseline_build(args) -> int:
    from storage import queries
    from storage.db import open_database
    config = configured(args)
    engine = analysis.load_engine(config.rules.overrides)
    baseline = analysis.build_from_documents(engine, args.folder)
    with Session(open_database(config.database_url)) as session:
        queries.save_baseline(session, baseline)
        session.commit()
    print(f"baseline built: {len(baseline.facts)} facts, {len(baseline.conflicts)} conflicts")
    return 0


def cmd_baseline_show(args) -> int:
    config = configured(args)
    engine = analysis.load_engine(config.rules.overrides)
    baseline = analysis.stored_or_bundled_baseline(engine, config.database_url, store=False)
    if args.json:
        print(json.dumps(baseline.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print("Facts:")
    for fact in baseline.facts:
        print(f"  {fact.key}: {_fact_value(fact)}  [as of {fact.as_of or '-'}; "
              f"sources: {', '.join(fact.sources) or '-'}]")
    print("Conflicts between documents:" if baseline.conflicts else "Conflicts: none")
    for conflict in baseline.conflicts:
        print(f"  {conflict.key}: {', '.join(conflict.sources)} says {conflict.claimed!r}, "
              f"baseline holds {conflict.fact_value!r}\n    \"{conflict.evidence.strip()}\"")
    return 0


def _fact_value(fact) -> str:
    if fact.low is not None or fact.high is not None:
        return f"{fact.low}–{fact.high}"
    if fact.kind == "person" or fact.person:
        return f"{fact.value}" + (f" on {fact.event}" if fact.event else "")
    return str(fact.value)


def cmd_alerts(args) -> int:
    from storage import queries
    from storage.db import open_database
    config = configured(args)
    with Session(open_database(config.database_url)) as session:
        rows = queries.list_alerts(session)
        records = [_alert_record(alert, article, deliveries) for alert, article, deliveries in rows]
    if args.json:
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
        return 0
    if not records:
        print("no alerts stored")
    for r in records:
        print(f"#{r['id']} [{r['state']}] {r['created_at']} {r['title']}\n  {r['url'] or ''}")
        for d in r["deliveries"]:
            print(f"  → {d['target']}: {d['state']} after {d['attempts']} attempt(s)"
                  + (f" ({d['last_error']})" if d["last_error"] else ""))
    return 0


def _alert_record(alert, article, deliveries) -> dict:
    return {"id": alert.id, "kind": alert.kind, "state": alert.state,
            "created_at": alert.created_at.isoformat(timespec="seconds"),
            "url": article.url if article else None,
            "article_title": article.title if article else None,
            "title": alert.title, **_split_candidates(json.loads(alert.discrepancies)),
            "deliveries": [{"target": d.target_label, "state": d.state, "attempts": d.attempts,
                            "last_error": d.last_error,
                            "delivered_at": d.delivered_at.isoformat(timespec="seconds")
                            if d.delivered_at else None} for d in deliveries]}


def _split_candidates(items: list[dict]) -> dict:
    """An alert's stored discrepancies: those pushed, and the candidates held for review."""
    return {"discrepancies": [d for d in items if not d.get("weak")],
            "candidates": [d for d in items if d.get("weak")]}


def cmd_feeds(args) -> int:
    from storage import queries
    from storage.db import open_database
    config = configured(args)
    with Session(open_database(config.database_url)) as session:
        stored = {f.url: f for f in queries.list_feeds(session)}
        counts = queries.article_counts(session)
    for feed in config.feeds:
        row = stored.get(feed.url)
        last = row.last_fetch_at.isoformat(timespec="seconds") if row and row.last_fetch_at else "never"
        errors = f"{row.error_count} errors, last: {row.last_error}" if row and row.error_count else "ok"
        print(f"{feed.name}  {feed.url}\n  every {feed.interval}s; last fetch {last}; {errors}")
        if row is not None and row.id in counts:
            print(f"  articles: {_describe_counts(counts[row.id])}")
    return 0


def _describe_counts(counts: dict[str, int]) -> str:
    """"12 checked, 3 not checked (language has no table), 1 duplicate; en 10, lt 3, ru 3"."""
    labels = {"not_checked": "not checked (language has no table)", "no_text": "without text"}
    statuses = [f"{n} {labels.get(k, k)}" for k, n in sorted(counts.items()) if not k.startswith("lang:")]
    languages = [f"{k[5:]} {n}" for k, n in sorted(counts.items()) if k.startswith("lang:")]
    return ", ".join(statuses) + ("; " + ", ".join(languages) if languages else "")


def cmd_health(args) -> int:
    from daemon.scheduler import HEARTBEAT, is_alive
    if is_alive():
        print("alive")
        return 0
    print(f"not alive: heartbeat {HEARTBEAT} missing or stale", file=sys.stderr)
    return 1


def cmd_config_check(args) -> int:
    from daemon.notify import make_targets
    config = configured(args)
    analysis.load_engine(config.rules.overrides)
    make_targets(config.notify.urls)
    print(describe_config(config))
    return 0


def describe_config(config: Config) -> str:
    """The configuration as it will be used, as TOML with secrets masked, and where it came from."""
    source = os.path.abspath(config.path) if config.path else "(no file: the embedded defaults)"
    overrides = [name for name in ("CLAIMWATCH_DATABASE_URL", "CLAIMWATCH_NOTIFY_URLS") if os.environ.get(name)]
    header = [f"# config: {source} is valid"]
    if overrides:
        header.append(f"# overridden by the environment: {', '.join(overrides)}")
    return "\n".join(header) + "\n\n" + config_as_toml(config)

if __name__ == "__main__":
    sys.exit(main())
