"""A desk's first day, as a new user meets it: the commands that read, list and resend alerts,
the daemon's log, the feeds' health and the help texts (all against real local servers)."""
import json
import re

from tests.conftest import run_cli, write_config
from tests.e2e.test_end_to_end import serve_sample_site

CONTRADICTING = "aggregator-sixteen-freed.html"


def _setup(tmp_path, site, notify=()):
    return write_config(tmp_path / "config.toml", db=f"sqlite:///{tmp_path}/cw.db",
                        feeds=[("sample", serve_sample_site(site))], notify=notify)


def test_a_cycle_logs_one_line_per_poll_and_one_per_alert(tmp_path, site):
    hook = site.url("/hook").replace("http://", "json://")
    run = run_cli("run", "--once", "--config", str(_setup(tmp_path, site, [hook])))
    assert run.returncode == 0, run.stderr
    assert re.search(r"INFO daemon.pipeline: feed sample: 2 entries, 2 to fetch, 2 stored$", run.stderr, re.M)
    alert_lines = [line for line in run.stderr.splitlines() if " alert #" in line]
    assert len(alert_lines) == 1
    assert re.search(rf"INFO .*alert #1 discrepancy \(release_count\) for {site.base}/articles/{CONTRADICTING} "
                     rf"→ json://127.0.0.1:\d+/\*\*\*$", alert_lines[0])


def test_alerts_show_each_discrepancy_and_filter_by_kind_state_and_date(tmp_path, site):
    config = str(_setup(tmp_path, site))
    assert run_cli("run", "--once", "--config", config).returncode == 0
    listing = run_cli("alerts", "--config", config).stdout
    assert listing.startswith(f"1 alert in {tmp_path / 'cw.db'}, newest first")
    assert "1. release_count: number released, event of 2025-06-21" in listing
    assert "claimed: 16" in listing and "baseline: 14" in listing and 'quote: "Belarus freed 16' in listing

    def count(*filters):
        out = run_cli("alerts", "--json", "--config", config, *filters)
        assert out.returncode == 0, out.stderr
        return len(out.stdout.splitlines())
    assert count() == 1
    assert count("--kind", "release_count") == count("--kind", "discrepancy") == 1
    assert count("--kind", "person_status") == count("--kind", "candidate") == 0
    assert count("--state", "no_target") == 1 and count("--state", "delivered") == 0
    assert count("--since", "1h") == count("--since", "2025-01-01") == 1
    assert count("--since", "2999-01-01") == 0
    assert count("--limit", "1") == 1
    assert "--limit N for more" not in listing                           # one alert: nothing more to show
    bad = run_cli("alerts", "--since", "soon", "--config", config)
    assert bad.returncode == 2 and "not a date (YYYY-MM-DD) or a time like 2h or 7d" in bad.stderr


def test_an_alert_stored_with_no_target_says_so_and_is_resent_once_to_a_target_added_later(tmp_path, site):
    config = str(_setup(tmp_path, site))
    assert run_cli("run", "--once", "--config", config).returncode == 0
    listing = run_cli("alerts", "--config", config).stdout
    assert "[no_target]" in listing and "not sent: no alert target was configured when it was stored" in listing

    hook = {"CLAIMWATCH_NOTIFY_URLS": site.url("/hook").replace("http://", "json://")}
    resent = run_cli("alerts", "resend", "--pending", "--config", config, env_extra=hook)
    assert resent.returncode == 0, resent.stderr
    assert resent.stdout.strip() == "resent 1 alert(s): 1 of 1 deliveries sent"
    assert len(site.posted_json()) == 1 and "claimed: 16" in site.posted_json()[0]["message"]

    again = run_cli("alerts", "resend", "1", "--config", config, env_extra=hook)
    assert again.stdout.strip() == "nothing to resend: every target has it"
    assert run_cli("run", "--once", "--config", config, env_extra=hook).returncode == 0
    assert len(site.posted_json()) == 1                                   # never twice
    record = json.loads(run_cli("alerts", "--json", "--config", config, env_extra=hook).stdout)
    assert record["state"] == "delivered" and [d["state"] for d in record["deliveries"]] == ["delivered"]

    missing = run_cli("alerts", "resend", "99", "--config", config, env_extra=hook)
    assert missing.returncode == 2 and missing.stderr.strip() == "claimwatch: alerts resend: no alert #99"
    no_target = run_cli("alerts", "resend", "--pending", "--config", config)
    assert no_target.returncode == 2 and "no alert target is configured" in no_target.stderr


def test_reading_commands_never_create_a_database_and_name_the_one_they_read(tmp_path, site):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for command in (("alerts",), ("feeds",), ("alerts", "--json")):
        result = run_cli(*command, cwd=elsewhere)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.startswith(f"claimwatch: no database at {elsewhere / 'data' / 'claimwatch.db'}: ")
    shown = run_cli("baseline", "show", cwd=elsewhere)
    assert shown.returncode == 0 and shown.stdout.startswith(
        f"Baseline built from the bundled documents (none stored in {elsewhere / 'data' / 'claimwatch.db'})")
    assert run_cli("check", str(tmp_path / "nope.txt"), cwd=elsewhere).returncode == 2
    assert list(elsewhere.iterdir()) == []                                # nothing created


def test_feeds_show_the_last_success_and_the_last_attempt_apart_and_intervals_as_written(tmp_path, site):
    config = str(_setup(tmp_path, site))
    assert run_cli("run", "--once", "--config", config).returncode == 0
    site.add("/feed.xml", "down", status=503)
    assert run_cli("run", "--once", "--config", config).returncode == 0
    feeds = run_cli("feeds", "--config", config).stdout
    assert "\n  every 1m\n" in feeds
    success = re.search(r"last success: (\S+ \S+) UTC; last attempt: (\S+ \S+) UTC", feeds)
    assert success and success.group(1) < success.group(2)
    assert "failing: 1 error(s) in a row since" in feeds and "last: HTTP 503" in feeds
    assert "articles: 2 checked; en 2" in feeds


def test_baseline_show_names_each_source_document_with_its_title_and_release(tmp_path):
    env = {"CLAIMWATCH_DATABASE_URL": f"sqlite:///{tmp_path}/cw.db"}
    assert run_cli("baseline", "build", env_extra=env, cwd=tmp_path).returncode == 0
    shown = run_cli("baseline", "show", env_extra=env, cwd=tmp_path).stdout
    assert shown.startswith(f"Baseline stored in {tmp_path / 'cw.db'}")
    documents = shown.split("Source documents:\n", 1)[1]
    assert ("  003_b75b23ea76b5e83c: Historic Release: 52 Political Prisoners Freed in Belarus After "
            "U.S. Negotiations\n    published 2025-09-11; reports the release of 2025-09-11") in documents
    assert documents.count("; reports the release of") == 5
    as_json = json.loads(run_cli("baseline", "show", "--json", env_extra=env, cwd=tmp_path).stdout)
    assert {d["name"]: d["events"] for d in as_json["documents"]}["004_25866d06d7c1622d"] == ["2025-12-13"]


def test_every_command_and_argument_has_help_and_config_goes_before_or_after(tmp_path):
    import argparse
    from daemon.cli import build_parser

    def walk(parser):
        yield parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from walk(sub)
    for parser in walk(build_parser()):
        assert parser.description, parser.prog
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{parser.prog} {action.dest}"
    version = run_cli("--version", cwd=tmp_path)
    assert re.fullmatch(r"claimwatch \d+\.\d+\.\d+\n", version.stdout)
    assert "CLAIMWATCH_HEARTBEAT" in run_cli("health", "--help", cwd=tmp_path).stdout
    (tmp_path / "other.toml").write_text('[[feeds]]\nname = "X"\nurl = "https://x.test/rss"\ninterval = "2h"\n')
    before = run_cli("--config", str(tmp_path / "other.toml"), "config", "check", cwd=tmp_path)
    after = run_cli("config", "check", "--config", str(tmp_path / "other.toml"), cwd=tmp_path)
    assert before.stdout == after.stdout and 'interval = "2h"' in before.stdout
