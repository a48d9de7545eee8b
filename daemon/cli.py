"""The claimwatch command: run, web, check, baseline, alerts (and resend), review, feeds, health, config check."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from daemon import analysis
from daemon.config import (Config, config_as_toml, describe_database, format_interval, load_config,
                            parse_interval, target_url_variable)
from daemon.errors import ClaimwatchError, SourceError
from daemon.logs import SECRETS, setup_logging
from rules.errors import RulesError
from storage.schema import SchemaOutdated

log = logging.getLogger("claimwatch")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose, args.log_format)
    try:
        return args.handler(args) or 0
    except (ClaimwatchError, RulesError, SchemaOutdated) as exc:
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
    parser = argparse.ArgumentParser(
        prog="claimwatch",
        description="Watch news feeds for claims that contradict a baseline of established facts, "
                    "and alert a desk.",
        epilog="Each command takes --config before or after its name; see `claimwatch COMMAND --help`.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    _common_options(parser, None)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = _command(commands, "run", cmd_run, "watch the configured feeds and send alerts",
                   "Poll each feed of the config at its interval, check new articles against the "
                   "baseline and deliver alerts, until SIGTERM or Ctrl-C.")
    run.add_argument("--once", action="store_true", help="poll every feed once, deliver the alerts, and exit")
    run.add_argument("--web", action="store_true", help="serve the review console too ([web] listen)")

    web = _command(commands, "web", cmd_web, "serve the review console",
                   "Serve the review console: alerts to read and judge (confirm, dismiss, accept into "
                   "the baseline), the baseline and its history, feeds, stats and exports. Listens on "
                   "[web] listen (127.0.0.1:8080); another address needs CLAIMWATCH_WEB_TOKEN.")
    web.add_argument("--listen", metavar="HOST:PORT", help="instead of [web] listen")

    check = _command(commands, "check", cmd_check, "check files, URLs or stdin against the baseline",
                     "Check each source against the baseline, storing nothing. Exit status: 0 no "
                     "discrepancy, 1 a discrepancy found, 2 an error (a source that cannot be read).")
    check.add_argument("--json", action="store_true", help="print one JSON object per source per line")
    check.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                       help="publication date to assume (default: the page's own; a text file has none)")
    check.add_argument("sources", nargs="+", metavar="SOURCE",
                       help="an HTML or UTF-8 text file, an http(s) URL, or - for stdin")

    baseline = commands.add_parser("baseline", help="build or show the baseline of facts",
                                   description="The baseline: the established facts alerts are checked against.")
    which = baseline.add_subparsers(dest="action", required=True, metavar="ACTION")
    build = _command(which, "build", cmd_baseline_build, "build the baseline into the database",
                     "Read the source documents, derive the facts and the documents' conflicts, "
                     "and store them (replacing the stored baseline).")
    build.add_argument("--from", dest="folder", metavar="DIR",
                       help="folder of .txt/.md documents (default: the bundled ones)")
    show = _command(which, "show", cmd_baseline_show, "list facts, their sources and conflicts",
                    "The baseline in use (stored, else built from the bundled documents): each fact "
                    "with its source documents, where the documents disagree, and each document's title.")
    show.add_argument("--json", action="store_true", help="print the baseline as one JSON document")

    alerts = _command(commands, "alerts", cmd_alerts, "stored alerts and their delivery state",
                      "Stored alerts, newest first, each with its discrepancies and delivery state "
                      "per target. Reads the database; never creates one.")
    alerts.add_argument("--json", action="store_true", help="print one JSON object per alert per line")
    alerts.add_argument("--since", type=_since, metavar="WHEN",
                        help="only alerts stored since a date (YYYY-MM-DD) or for a time (2h, 7d)")
    alerts.add_argument("--kind", metavar="KIND",
                        help="only this kind: discrepancy, candidate, operator, or a discrepancy's kind "
                             "(release_count, nationality_count, person_status, remaining_count, new_event)")
    alerts.add_argument("--state", choices=("pending", "delivered", "failed", "no_target", "review"),
                        help="only alerts in this delivery state")
    alerts.add_argument("--limit", type=_positive, metavar="N",
                        help="at most N alerts (default: 20 in text, all with --json)")
    resend = _command(alerts.add_subparsers(dest="action", metavar="ACTION"), "resend", cmd_alerts_resend,
                      "send an alert to the targets configured now",
                      "Send an alert to each configured target that has not received it (one added "
                      "since, or one that gave up). New targets do not get old alerts on their own.")
    resend.add_argument("id", nargs="?", type=int, metavar="ID", help="the alert's number (#ID in `alerts`)")
    resend.add_argument("--pending", action="store_true",
                        help="every alert stored with no target configured, or failed at some target")

    review = _command(commands, "review", cmd_review, "judge an alert: confirm, dismiss, accept, reopen",
                      "Record a reviewer's judgement of an alert. confirm: a real contradiction. "
                      "dismiss (with --note): a false alarm; the same claim about the same release does "
                      "not alert again. accept: the baseline learns what the article says (a release "
                      "it did not know, with its day and count; a corrected figure or status), citing "
                      "the article, as a new version of the fact. reopen: undo a confirm or dismiss.")
    review.add_argument("id", type=int, metavar="ID", help="the alert's number (#ID in `alerts`)")
    review.add_argument("action", choices=("confirm", "dismiss", "accept", "reopen"),
                        help="confirm, dismiss (with --note), accept into the baseline, or reopen")
    review.add_argument("--note", default="", help="why (required to dismiss)")
    review.add_argument("--item", type=_positive, metavar="N",
                        help="accept: which of the alert's discrepancies (as numbered in it)")
    review.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", dest="day",
                        help="accept: the release's day, when the article gives only its month")
    review.add_argument("--count", type=_positive, metavar="N",
                        help="accept: the right count, when the article's is missing or wrong")
    review.add_argument("--reviewer", default=os.environ.get("USER", ""),
                        help="who judges (default: $USER)")

    _command(commands, "feeds", cmd_feeds, "each feed's health and articles",
             "Each configured feed: its interval, last success, last attempt and error, and its "
             "stored articles by status and language. Reads the database; never creates one.")
    _command(commands, "health", cmd_health, "exit 0 while the running daemon does its work (HEALTHCHECK)",
             "Exit 0 when the running daemon is healthy, 1 saying what is wrong otherwise: its "
             "heartbeat is fresh (written every minute to $CLAIMWATCH_HEARTBEAT, default "
             "/tmp/claimwatch.heartbeat: give the daemon and the check the same value), its "
             "extraction workers are alive, its database answers, and every feed of the config "
             "was polled within twice its interval. /healthz on [ops] listen says the same.")

    database = commands.add_parser("db", help="the database's schema",
                                   description="The database's schema, versioned by Alembic migrations.")
    _command(database.add_subparsers(dest="action", required=True, metavar="ACTION"), "upgrade", cmd_db_upgrade,
             "create or migrate the database's schema to this version's",
             "Create the schema in an empty database, or migrate an older one to the revision this "
             "claimwatch needs. Takes a lock (a PostgreSQL advisory lock; a lock file beside a "
             "SQLite database): replicas that run it together migrate once. The daemon refuses "
             "to start on an older schema.")

    config = commands.add_parser("config", help="validate the configuration",
                                 description="Validate the configuration.")
    _command(config.add_subparsers(dest="action", required=True, metavar="ACTION"), "check", cmd_config_check,
             "validate config.toml and show it with secrets masked",
             "Validate the configuration (file, environment overrides, alert target URLs, rule "
             "overrides) and print the effective configuration as TOML, secrets masked.")
    return parser


def _common_options(parser, default) -> None:
    """--config and --verbose, accepted before the command's name and after it."""
    parser.add_argument("--config", metavar="PATH", default=default,
                        help="config file (default: $CLAIMWATCH_CONFIG, else ./config.toml, else built-in defaults)")
    parser.add_argument("--verbose", "-v", action="store_true", default=default, help="log debug messages")
    parser.add_argument("--log-format", choices=("text", "json"), default=default or "text",
                        help="log lines as text (default) or as one JSON object each, for log shippers")


def _command(commands, name, handler, help_text, description):
    sub = commands.add_parser(name, help=help_text, description=description)
    _common_options(sub, argparse.SUPPRESS)         # not given here: keep the value given before
    sub.set_defaults(handler=handler)
    return sub


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("claimwatch")
    except PackageNotFoundError:
        return "(not installed)"


def _since(value: str) -> datetime:
    """A date (YYYY-MM-DD, from its midnight UTC) or a time back from now ('2h', '7d')."""
    try:
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), timezone.utc)
    except ValueError:
        pass
    try:
        return datetime.now(timezone.utc) - timedelta(seconds=parse_interval(value, "--since"))
    except ClaimwatchError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD) or a time like 2h or 7d: {value!r}") from None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number above 0: {value!r}")
    return int(value)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def configured(args) -> Config:
    """The validated configuration; its URLs' secrets are masked in every log line from now on."""
    config = load_config(args.config)
    for url in (*config.notify.urls, *(t.url for t in config.notify.targets), config.database_url):
        SECRETS.hide(url)
    return config


def stored_database(config: Config):
    """The configured database, for reading only: never created, and an error saying where
    it was looked for when it is not there."""
    from storage.db import database_exists, has_tables, open_database
    from storage.schema import check_current
    where = describe_database(config.database_url)
    if not database_exists(config.database_url):
        raise ClaimwatchError(f"no database at {where}: nothing stored yet here (the daemon's database "
                              "is set by its config.toml's [database] url; pass --config)")
    db = open_database(config.database_url, create=False)
    if not has_tables(db):
        raise ClaimwatchError(f"database {where} holds no claimwatch tables: nothing stored yet")
    check_current(db)
    return db, where


DEFAULT_LISTED = 20                    # alerts `claimwatch alerts` shows without --limit
RESEND_HOLD = timedelta(minutes=10)    # a running daemon leaves resent deliveries alone this long


# --- run ---------------------------------------------------------------------------------

def cmd_web(args) -> int:
    from daemon import web
    from storage.db import open_database
    config = configured(args)
    app, host, port = web.console_app(config, analysis.load_engine(config.rules.overrides),
                                  open_database(config.database_url), args.listen or config.web.listen)
    web.serve(app, host, port)
    return 0


def serve_console_beside(config: Config, engine, db) -> None:
    """`run --web`: the console in a thread of the daemon's process."""
    import threading
    from daemon import web
    app, host, port = web.console_app(config, engine, db, config.web.listen)
    threading.Thread(target=web.serve, args=(app, host, port), name="console", daemon=True).start()


def serve_metrics_and_health(services) -> None:
    """/metrics and /healthz on [ops] listen, from the daemon's own process."""
    from daemon.config import parse_listen
    from daemon.health import check_health, heartbeat
    from daemon.metrics import serve_ops
    from daemon.pipeline import utcnow
    host, port = parse_listen(services.config.ops.listen, "ops.listen")

    def health():
        now = utcnow()
        return check_health(services.db, services.config.feeds,
                            heartbeat(services.started_at, services.analyzer.workers(), now), now)
    serve_ops(host, port, services.metrics, health)
    log.info("metrics on http://%s:%d/metrics, health on /healthz", host, port)


def cmd_run(args) -> int:
    from daemon.fetch import Fetcher
    from daemon.notify import Targets
    from daemon.metrics import Metrics
    from daemon.pipeline import Reviews, Services, release_stale_claims, sync_feeds
    from daemon.scheduler import run_forever, run_once
    from storage.db import open_database

    config = configured(args)
    analysis.defer_to_workers()          # before any thread starts: they inherit it
    engine = analysis.load_engine(config.rules.overrides)
    db = open_database(config.database_url, config.fetch.concurrency)
    reviews = Reviews.read(db)
    baseline = analysis.stored_or_bundled_baseline(engine, config.database_url, store=True)
    services = Services(config=config, db=db, fetcher=Fetcher(config.fetch),
                        analyzer=analysis.PooledAnalyzer(config.rules.overrides, baseline,
                                                         time_limit=config.fetch.extract_timeout),
                        targets=Targets(config.notify), engine=engine, reviews=reviews,
                        metrics=Metrics(db, gauges=lambda: {"pages_in_hand": services.in_hand.count(),
                                                            "writes": services.writer.waiting()}))
    sync_feeds(services)
    release_stale_claims(services)
    if args.web:
        serve_console_beside(config, engine, db)
    if config.ops.listen:
        serve_metrics_and_health(services)
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


# --- check -------------------------------------------------------------------------------

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
    baseline = analysis.build_from_documents(engine, args.folder, with_overrides=False)
    with Session(open_database(config.database_url)) as session:
        queries.save_baseline(session, baseline)
        session.commit()
    print(f"baseline built: {len(baseline.facts)} facts, {len(baseline.conflicts)} conflicts")
    return 0


def cmd_baseline_show(args) -> int:
    config = configured(args)
    engine = analysis.load_engine(config.rules.overrides)
    baseline, stored = analysis.baseline_in_use(engine, config.database_url)
    history = analysis.stored_history(config.database_url) if stored else {}
    if args.json:
        print(json.dumps({**baseline.to_dict(), "history": history}, ensure_ascii=False, indent=2))
        return 0
    where = describe_database(config.database_url)
    print(f"Baseline stored in {where}" if stored else
          f"Baseline built from the bundled documents (none stored in {where})")
    print("Facts:")
    for fact in baseline.facts:
        print(f"  {fact.key}: {fact.value_text()}  [as of {fact.as_of or '-'}; "
              f"sources: {', '.join(fact.sources) or '-'}]")
    if history:
        print("History of facts changed by reviews (oldest first; the last is in force unless "
              "the operator's overrides say otherwise):")
    for key, versions in history.items():
        print(f"  {key}:")
        for v in versions:
            print(f"    {v['value']} from {v['valid_from'] or '-'}: {v['origin']}"
                  + (f" — {v['note']}" if v["note"] else ""))
    print("Conflicts between documents:" if baseline.conflicts else "Conflicts: none")
    for conflict in baseline.conflicts:
        print(f"  {conflict.key}: {', '.join(conflict.sources)} says {conflict.claimed!r}, "
              f"baseline holds {conflict.fact_value!r}\n    \"{conflict.evidence.strip()}\"")
    print("Source documents:")
    for name in sorted({s for f in baseline.facts for s in f.sources} | set(baseline.documents)):
        print("\n".join(_describe_document(name, baseline, engine.documents.get(name), config.rules.overrides)))
    return 0


def _describe_document(name: str, baseline, published, overrides: str | None) -> list[str]:
    """A source document's title, publication date and the releases it reports."""
    if name == "operator":
        return [f"  operator: the operator's overrides ({overrides or 'rules.overrides'})"]
    events = baseline.events_reported_by(name)
    title = baseline.documents.get(name, "(title not stored: run `claimwatch baseline build`)")
    return [f"  {name}: {title}",
            f"    {f'published {published}' if published else 'date unknown'}; reports the "
            f"release{'s' if len(events) > 1 else ''} of {', '.join(events) or '(none)'}"]


def cmd_alerts(args) -> int:
    from storage import queries
    config = configured(args)
    db, where = stored_database(config)
    with Session(db) as session:
        limit = args.limit or (None if args.json else DEFAULT_LISTED)
        rows = queries.list_alerts(session, since=args.since, state=args.state, kind=args.kind,
                                   limit=limit + 1 if limit else None)        # one more: are there more?
        more = limit is not None and len(rows) > limit
        reviews = queries.latest_reviews(session)
        reprints = queries.reprints_of(session, [alert.id for alert, _, _ in rows[:limit]])
        records = [_alert_record(alert, article, deliveries, reviews.get(alert.id), reprints.get(alert.id, []))
                   for alert, article, deliveries in rows[:limit]]
    if args.json:
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
        return 0
    print(f"{len(records)} alert{'' if len(records) == 1 else 's'} in {where}, newest first"
          + (f" (the newest {limit}; --limit N for more)" if more else ""))
    for record in records:
        print("\n" + "\n".join(describe_alert(record)))
    return 0


def describe_alert(record: dict) -> list[str]:
    """The lines `claimwatch alerts` shows for one alert."""
    from daemon.alerts import describe
    from rules.model import Discrepancy
    lines = [f"#{record['id']} [{record['state']}] {record['kind']}, {record['created_at']}",
             f"  {record['article_title'] or record['title']}"] + ([f"  {record['url']}"] if record["url"] else [])
    shown = [*record["discrepancies"], *record["candidates"]]
    for number, item in enumerate(shown, 1):
        lines += ["  " + line for line in describe(Discrepancy.from_dict(item), number)]
    if record["also_carried_by"]:
        lines.append(f"  also carried by {len(record['also_carried_by'])} more outlet(s), the same story:")
        lines += [f"    {url}" for url in record["also_carried_by"]]
    for d in record["deliveries"]:
        lines.append(f"  → {d['target']}: {d['state']} after {d['attempts']} attempt(s)"
                     + (f" ({d['last_error']})" if d["last_error"] else ""))
    if record["state"] == "no_target":
        lines.append(f"  → not sent: no alert target was configured when it was stored "
                     f"(add one, then: claimwatch alerts resend {record['id']})")
    if record["state"] == "review":
        lines.append("  → held for review (weak readings), sent nowhere")
    if record["review"] != "open":
        lines.append(f"  review: {record['review']}" + (f" by {record['reviewed_by']}" if record["reviewed_by"] else "")
                     + (f": {record['review_note']}" if record["review_note"] else ""))
    return lines


def cmd_alerts_resend(args) -> int:
    """Queue the alert (or every alert some target still lacks) to the configured targets and
    send it now; a running daemon leaves these deliveries alone meanwhile."""
    from daemon.notify import Targets
    from daemon.pipeline import deliver_one, utcnow
    from storage import queries
    if (args.id is None) == (not args.pending):
        raise ClaimwatchError("alerts resend: give an alert ID or --pending (not both)")
    config = configured(args)
    targets = Targets(config.notify)
    if not targets:
        raise ClaimwatchError("alerts resend: no alert target is configured ([notify] urls or [[notify.targets]])")
    db, _ = stored_database(config)
    now = utcnow()
    with Session(db) as session:
        alerts = queries.alerts_to_resend(session, args.id)
        if args.id is not None and not alerts:
            raise ClaimwatchError(f"alerts resend: no alert #{args.id}")
        if any(a.kind == "candidate" for a in alerts):
            raise ClaimwatchError(f"alerts resend: alert #{args.id} is a candidate held for review, not an alert to send")
        queued = [(delivery_id, alert.id, target_id) for alert in alerts
                  for delivery_id, target_id in queries.queue_resend(
                      session, alert, targets.recipients(stored_alert_facts(session, alert)), now + RESEND_HOLD)]
        session.commit()
    sent = sum(deliver_one(db, targets, config.notify, *ids, now) for ids in queued)
    if not queued:
        print("nothing to resend: every target has it")
    else:
        print(f"resent {len({a for _, a, _ in queued})} alert(s): {sent} of {len(queued)} deliveries sent"
              + ("" if sent == len(queued) else "; the daemon retries the others with backoff"))
    return 0 if sent == len(queued) else 1


def cmd_review(args) -> int:
    from daemon.pipeline import utcnow
    from daemon.review import review_alert
    config = configured(args)
    from storage.db import open_database
    stored_database(config)                           # an error if nothing is stored there
    engine = analysis.load_engine(config.rules.overrides)
    with Session(open_database(config.database_url)) as session:     # creates the review tables if older
        done = review_alert(session, engine, args.id, args.action, args.reviewer, utcnow(), args.note,
                            args.item, args.day, args.count)
        session.commit()
    print(done)
    return 0


def _alert_record(alert, article, deliveries, review=None, reprints=()) -> dict:
    from daemon.review import review_state
    return {"id": alert.id, "kind": alert.kind, "state": alert.state,
            "review": review_state(review), "reviewed_by": review.reviewer if review else None,
            "review_note": review.note if review else None,
            "created_at": alert.created_at.isoformat(timespec="seconds"),
            "url": article.url if article else None,
            "article_title": article.title if article else None,
            "title": alert.title, **_split_candidates(json.loads(alert.discrepancies)),
            "also_carried_by": [a.url for a in reprints],
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
    config = configured(args)
    db, where = stored_database(config)
    with Session(db) as session:
        stored = {f.url: f for f in queries.list_feeds(session)}
        counts = queries.article_counts(session)
    print(f"{len(config.feeds)} feed{'' if len(config.feeds) == 1 else 's'} of "
          f"{config.path or 'the built-in defaults'}, state from {where}")
    for feed in config.feeds:
        row = stored.get(feed.url)
        print(f"\n{feed.name}  {feed.url}\n  every {format_interval(feed.interval)}")
        if row is None:
            print("  not polled yet")
            continue
        print(f"  last success: {_when(row.last_success_at)}; last attempt: {_when(row.last_fetch_at)}")
        if row.error_count:
            print(f"  failing: {row.error_count} error(s) in a row since {_when(row.failing_since)}; "
                  f"last: {row.last_error}; next try after {_when(row.next_fetch_at)}")
        if row.id in counts:
            print(f"  articles: {_describe_counts(counts[row.id])}")
    return 0


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment else "never"


def _describe_counts(counts: dict[str, int]) -> str:
    """"12 checked, 3 not checked (language has no table), 1 duplicate; en 10, lt 3, ru 3"."""
    labels = {"not_checked": "not checked (language has no table)", "no_text": "without text"}
    statuses = [f"{n} {labels.get(k, k)}" for k, n in sorted(counts.items()) if not k.startswith("lang:")]
    languages = [f"{k[5:]} {n}" for k, n in sorted(counts.items()) if k.startswith("lang:")]
    return ", ".join(statuses) + ("; " + ", ".join(languages) if languages else "")


def cmd_health(args) -> int:
    from daemon.health import check_health, read_heartbeat
    from daemon.pipeline import utcnow
    from storage.db import database_exists, open_database
    config = configured(args)
    if not database_exists(config.database_url):        # never create one to look at it
        ok, lines = False, [f"no database at {describe_database(config.database_url)}"]
    else:
        ok, lines = check_health(open_database(config.database_url, create=False), config.feeds,
                                 read_heartbeat(), utcnow())
    print("\n".join(["healthy" if ok else "not healthy", *lines]), file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def stored_alert_facts(session: Session, alert):
    """What routes match a stored alert on (its pushed kinds, its article's language and feed)."""
    from daemon.alerts import pushed_items
    from daemon.notify import AlertFacts
    from storage import queries
    from storage.models import Article, Feed
    if alert.kind == "operator":            # key: feed-failing:<feed url>:<since>
        failing = alert.idempotency_key.removeprefix("feed-failing:")
        feed = next((f for f in queries.list_feeds(session) if failing.startswith(f.url + ":")), None)
        return AlertFacts(frozenset({"operator"}), feed=feed.name if feed else None)
    article = session.get(Article, alert.article_id) if alert.article_id else None
    feed = session.get(Feed, article.feed_id) if article is not None and article.feed_id else None
    return AlertFacts(frozenset(item["kind"] for item in pushed_items(alert)),
                      article.language if article else None, feed.name if feed else None)


def cmd_db_upgrade(args) -> int:
    from storage import schema
    from storage.db import open_database
    config = configured(args)
    before, after = schema.upgrade(open_database(config.database_url, create=False))
    where = describe_database(config.database_url)
    print(f"{where}: " + ("created at revision " + after if before is None else
                          "already at revision " + after if before == after else
                          f"migrated from revision {before} to {after}"))
    return 0


def cmd_config_check(args) -> int:
    from daemon.notify import Targets
    config = configured(args)
    analysis.load_engine(config.rules.overrides)
    Targets(config.notify)
    print(describe_config(config))
    return 0


def describe_config(config: Config) -> str:
    """The configuration as it will be used, as TOML with secrets masked, and where it came from."""
    source = os.path.abspath(config.path) if config.path else "(no file: the embedded defaults)"
    overrides = [name for name in ("CLAIMWATCH_DATABASE_URL", "CLAIMWATCH_NOTIFY_URLS",
                                   *(target_url_variable(t.name) for t in config.notify.targets))
                 if os.environ.get(name)]
    header = [f"# config: {source} is valid"]
    if overrides:
        header.append(f"# overridden by the environment: {', '.join(overrides)}")
    return "\n".join(header) + "\n\n" + config_as_toml(config)

if __name__ == "__main__":
    sys.exit(main())
