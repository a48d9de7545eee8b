"""One story, one alert: a wire story reprinted by other outlets (other boilerplate, another
headline, a trimmed end, the very same text) adds those outlets to its alert and pushes
nothing more; a copy that garbles the number, or another article making the same claim,
raises its own. Through the real daemon, on SQLite and PostgreSQL."""
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from daemon.pipeline import deliver_due, run_feed
from daemon.web import create_app
from tests.conftest import run_cli, write_config
from tests.e2e.story import GrowingFeed

REPRINTS = Path(__file__).resolve().parent.parent / "data" / "reprints"


@pytest.fixture
def outlets(tmp_path, site, database_url):
    wire, courier = GrowingFeed(site, "wire", REPRINTS), GrowingFeed(site, "courier", REPRINTS)
    hook = site.url("/hook").replace("http://", "json://")
    config = write_config(tmp_path / "config.toml", db=database_url, notify=[hook],
                          feeds=[("wire", wire.url), ("courier", courier.url)])
    return wire, courier, str(config)


def cycle(config: str) -> None:
    done = run_cli("run", "--once", "--config", config)
    assert done.returncode == 0, done.stderr


def alerts(config: str) -> dict[str, dict]:
    """Each alert by the file name of its article."""
    out = run_cli("alerts", "--json", "--config", config)
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    return {Path(r["url"]).name: r for r in records}


def names(urls: list[str]) -> list[str]:
    return sorted(f"{Path(Path(u).parent).name}/{Path(u).name}" for u in urls)


def test_reprints_join_the_alert_of_their_story_and_push_nothing(outlets, site):
    wire, courier, config = outlets
    wire.add("wire")
    cycle(config)
    assert list(alerts(config)) == ["wire.html"] and len(site.posted_json()) == 1

    for copy in ("boilerplate", "headline", "wire", "garbled", "own-story"):   # "wire": the same text
        courier.add(copy)
    cycle(config)
    found = alerts(config)
    assert sorted(found) == ["garbled.html", "own-story.html", "wire.html"]
    story = next(r for r in found.values() if r["url"].endswith("/wire/wire.html"))
    assert names(story["also_carried_by"]) == ["courier/boilerplate.html", "courier/headline.html",
                                               "courier/wire.html"]
    assert found["garbled.html"]["discrepancies"][0]["claimed"] == 61
    assert len(site.posted_json()) == 3                    # the story once, the garbled copy, the other article

    shown = run_cli("alerts", "--config", config).stdout
    assert "also carried by 3 more outlet(s), the same story:" in shown


def test_a_claim_dated_to_no_release_alerts_and_groups_like_any_other(outlets, site):
    wire, courier, config = outlets
    wire.add("remaining")                     # "more than 2,000 remain": a figure of no release
    courier.add("remaining")
    cycle(config)
    [story] = alerts(config).values()
    assert story["discrepancies"][0]["kind"] == "remaining_count" and story["discrepancies"][0]["event"] is None
    assert len(story["also_carried_by"]) == 1 and len(site.posted_json()) == 1


def test_copies_arriving_in_one_poll_raise_one_alert_between_them(outlets, site):
    wire, courier, config = outlets
    for copy in ("wire", "boilerplate"):
        wire.add(copy)
    courier.add("headline")
    courier.add("own-story")
    cycle(config)
    found = alerts(config)
    assert len(found) == 2 and len(site.posted_json()) == 2
    family = next(r for r in found.values() if r["url"].split("/")[-1] != "own-story.html")
    assert len(family["also_carried_by"]) == 2 and found["own-story.html"]["also_carried_by"] == []


def test_a_message_sent_after_reprints_came_names_their_outlets(newsroom, site, tmp_path):
    wire, courier = GrowingFeed(site, "wire", REPRINTS), GrowingFeed(site, "courier", REPRINTS)
    services = newsroom({"database": {"url": f"sqlite:///{tmp_path}/cw.db"},
                         "fetch": {"allow_private_addresses": True, "timeout": 3.0, "deadline": 6.0},
                         "notify": {"urls": [site.url("/hook").replace("http://", "json://")]},
                         "feeds": [{"name": "wire", "url": wire.url}, {"name": "courier", "url": courier.url}]})
    start = datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc)
    site.post_status = 500                                 # the desk's chat is down
    wire.add("wire")
    run_feed(services.config.feeds[0], services=services, now=start)
    assert deliver_due(services, start) == 0
    site.post_status = 200
    courier.add("headline")
    run_feed(services.config.feeds[1], services=services, now=start + timedelta(seconds=30))
    assert deliver_due(services, start + timedelta(minutes=2)) == 1          # the retry, one message
    message = site.posted_json()[-1]["message"]
    assert "Also carried by 1 more outlet (the same story):" in message and "/courier/headline.html" in message

    console = TestClient(create_app(services.config, services.engine, services.db), base_url="http://127.0.0.1:8080")
    page = console.get("/alerts/1").text
    assert "reprinted by 1 more outlet" in page and "Lukashenko lets 16 go as Kellogg visits Minsk" in page


def test_a_copy_that_routes_send_where_its_story_did_not_go_raises_its_own_alert(newsroom, site, tmp_path):
    wire, courier = GrowingFeed(site, "wire", REPRINTS), GrowingFeed(site, "courier", REPRINTS)
    services = newsroom({"database": {"url": f"sqlite:///{tmp_path}/cw.db"},
                         "fetch": {"allow_private_addresses": True, "timeout": 3.0, "deadline": 6.0},
                         "notify": {"targets": [{"name": "desk", "url": site.url("/hook").replace("http://", "json://")}],
                                    "routes": [{"feeds": ["wire"], "targets": []}]},
                         "feeds": [{"name": "wire", "url": wire.url}, {"name": "courier", "url": courier.url}]})
    start = datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc)
    wire.add("wire")                                       # the wire's own feed is routed to nobody
    run_feed(services.config.feeds[0], services=services, now=start)
    courier.add("boilerplate")                             # the courier's copy goes to the desk
    run_feed(services.config.feeds[1], services=services, now=start + timedelta(seconds=30))
    assert deliver_due(services, start + timedelta(minutes=1)) == 1
    assert "/courier/boilerplate.html" in site.posted_json()[0]["message"]
