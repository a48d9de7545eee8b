"""A reviewer's loop from the command line, on SQLite and PostgreSQL: judge an alert, and see
the next articles of the same story treated accordingly."""
import json

import pytest

from tests.conftest import run_cli, write_config
from tests.e2e.story import GrowingFeed


@pytest.fixture
def desk(tmp_path, site, database_url):
    """A feed and a config, on SQLite and on PostgreSQL."""
    return _desk(tmp_path, site, database_url)


@pytest.fixture
def sqlite_desk(tmp_path, site):
    """The same on SQLite only: for what the database does not change."""
    return _desk(tmp_path, site, f"sqlite:///{tmp_path}/cw.db")


def _desk(tmp_path, site, database_url):
    feed = GrowingFeed(site)
    hook = site.url("/hook").replace("http://", "json://")
    config = str(write_config(tmp_path / "config.toml", db=database_url, feeds=[("story", feed.url)],
                              notify=[hook]))
    return feed, config


def cycle(config: str) -> None:
    done = run_cli("run", "--once", "--config", config)
    assert done.returncode == 0, done.stderr


def alerts(config: str) -> list[dict]:
    out = run_cli("alerts", "--json", "--config", config)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def review(config: str, *args) -> str:
    out = run_cli("review", *args, "--reviewer", "ana", "--config", config)
    assert out.returncode == 0, out.stderr
    return out.stdout


def pushed(site) -> list[str]:
    return [post["message"] for post in site.posted_json()]


def test_a_dismissed_claim_does_not_alert_again_but_a_different_one_does(desk, site):
    feed, config = desk
    feed.add("another-sixteen")
    cycle(config)
    [first] = alerts(config)
    assert first["review"] == "open" and len(pushed(site)) == 1
    said = review(config, str(first["id"]), "dismiss", "--note", "16 counts the two freed the day before")
    assert "dismissed as a false alarm" in said

    feed.add("fifteen")                      # another figure for the same release: still an alert
    cycle(config)
    assert len(pushed(site)) == 2 and "claimed: 15" in pushed(site)[-1]

    feed.add("sixteen-again")                # the dismissed claim, from another outlet
    cycle(config)
    assert len(pushed(site)) == 2            # not pushed again
    newest = alerts(config)[0]
    assert newest["kind"] == "candidate" and newest["state"] == "review"
    assert f"dismissed as a false alarm (alert #{first['id']})" in newest["candidates"][0]["weak"]
    assert alerts(config)[-1]["review"] == "dismissed" and alerts(config)[-1]["reviewed_by"] == "ana"


def test_an_accepted_new_release_keeps_its_later_reports_quiet_and_checks_their_counts(desk, site):
    feed, config = desk
    feed.add("new-release")
    cycle(config)
    [alert] = alerts(config)
    assert alert["discrepancies"][0]["kind"] == "new_event"
    said = review(config, str(alert["id"]), "accept", "--note", "confirmed by the ministry")
    assert "event/2026-03-04" in said and "release_count/2026-03-04 = 31" in said

    shown = run_cli("baseline", "show", "--config", config).stdout
    assert "release_count/2026-03-04: 31" in shown
    assert "accepted by ana" in shown and f"{site.base}/story/new-release.html" in shown

    feed.add("same-release")                 # the same release, the same count: quiet
    cycle(config)
    assert len(alerts(config)) == 1 and len(pushed(site)) == 1
    feed.add("wrong-release")                # the same release, another count: a contradiction now
    cycle(config)
    newest = alerts(config)[0]["discrepancies"]
    assert [(d["kind"], d["claimed"], d["baseline"]) for d in newest] == [("release_count", 35, 31)]
    assert newest[0]["sources"] == [f"{site.base}/story/new-release.html"]


def test_a_corrected_figure_becomes_a_new_version_and_the_built_one_stays_in_the_history(sqlite_desk, site):
    feed, config = sqlite_desk
    feed.add("fifteen")
    cycle(config)
    [alert] = alerts(config)
    review(config, str(alert["id"]), "accept", "--count", "15", "--note", "the 14 left out one")
    shown = run_cli("baseline", "show", "--config", config).stdout
    line = next(l for l in shown.splitlines() if l.strip().startswith("release_count/2025-06-21:"))
    assert line.split(":")[1].split()[0] == "15"
    history = shown[shown.index("History of facts changed by reviews"):]
    assert "release_count/2025-06-21" in history and "14" in history and "15" in history
    feed.add("another-sixteen")
    cycle(config)
    assert alerts(config)[0]["discrepancies"][0]["baseline"] == 15


def test_review_errors_are_one_line_and_change_nothing(sqlite_desk, site):
    feed, config = sqlite_desk
    feed.add("another-sixteen")
    cycle(config)
    [alert] = alerts(config)
    cases = [(["999", "confirm"], "no alert #999"),
             ([str(alert["id"]), "dismiss"], "a dismissal needs a note saying why the alert is a false alarm"),
             ([str(alert["id"]), "accept", "--item", "3"], "has no item 3")]
    for args, message in cases:
        out = run_cli("review", *args, "--config", config)
        assert out.returncode == 2 and message in out.stderr and len(out.stderr.splitlines()) == 1
    assert alerts(config)[0]["review"] == "open"
    review(config, str(alert["id"]), "confirm")
    assert alerts(config)[0]["review"] == "confirmed"
    review(config, str(alert["id"]), "reopen")
    assert alerts(config)[0]["review"] == "open"
