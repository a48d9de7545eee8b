"""Named targets and routes in config.toml: what is valid, what each route picks, and when a
digest is due."""
import tomllib
from datetime import datetime, timezone

import pytest

from daemon.config import config_as_toml, load_config, parse_config
from daemon.errors import ConfigError
from daemon.notify import AlertFacts, Targets, digest_due
from tests.conftest import run_cli

DESK = {"name": "desk", "url": "json://127.0.0.1:9/desk?token=s3cretTOKEN1", "tags": ["chat"]}
EDITORS = {"name": "editors", "url": "mailto://user:pw@mail.example.com?to=e@example.com", "digest": "daily"}
OPS = {"name": "ops", "url": "json://127.0.0.1:9/ops"}
FEEDS = [{"name": "wire", "url": "https://wire.example.com/rss"}]


def notify(routes=(), targets=(DESK, EDITORS, OPS), **keys) -> dict:
    return {"notify": {"targets": list(targets), "routes": list(routes), **keys}, "feeds": FEEDS}


@pytest.mark.parametrize("data, message", [
    (notify(targets=[{**DESK, "name": "Desk Chat"}]), r"notify.targets\[0\].name: 'Desk Chat' must be"),
    (notify(targets=[DESK, DESK]), "the name 'desk' is given to two targets"),
    (notify(targets=[{**EDITORS, "digest": "weekly"}]), r"notify.targets\[0\].digest: 'weekly' is not one of"),
    (notify(targets=[{**DESK, "channel": "x"}]), r"notify.targets\[0\].channel: unknown key"),
    (notify(targets=[{**DESK, "tags": "chat"}]), r"notify.targets\[0\].tags: expected a list of strings"),
    (notify([{"targets": ["dekс"]}]), r"notify.routes\[0\].targets: 'dekс' is neither the name nor a tag"),
    (notify([{"kinds": ["release_count"]}]), r"notify.routes\[0\].targets: missing"),
    (notify([{"kinds": ["count"], "targets": ["desk"]}]), r"notify.routes\[0\].kinds: 'count' is not one of"),
    (notify([{"min_severity": "urgent", "targets": ["desk"]}]), r"min_severity: 'urgent' is not"),
    (notify([{"languages": ["LT"], "targets": ["desk"]}]), r"languages: 'LT' is not a language claimwatch reads"),
    (notify(targets=[DESK, {**OPS, "name": "desk_a"}, {**OPS, "name": "desk-a"}]),
     r"the names 'desk_a' and 'desk-a' are the same target name \(CLAIMWATCH_TARGET_URL_DESK_A\)"),
    (notify([{"feeds": ["wires"], "targets": ["desk"]}]), r"notify.routes\[0\].feeds: 'wires' is not the name"),
    ({"notify": {"targets": {"name": "desk"}}}, r"notify.targets: must be a list of \[\[notify.targets\]\] tables"),
])
def test_mistakes_in_targets_and_routes_name_the_key(data, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(data)


def test_a_named_targets_url_may_come_from_the_environment_and_must_come_from_somewhere(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[[notify.targets]]\nname = "desk-chat"\n')
    with pytest.raises(ConfigError, match="CLAIMWATCH_TARGET_URL_DESK_CHAT"):
        load_config(str(path), environ={})
    config = load_config(str(path), environ={"CLAIMWATCH_TARGET_URL_DESK_CHAT": "json://127.0.0.1:9/hook"})
    assert config.notify.targets[0].url == "json://127.0.0.1:9/hook"


def test_config_check_shows_targets_and_routes_with_secrets_masked(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[[notify.targets]]\nname = "desk"\nurl = "tgram://123456:AAsecretTOKEN9/777"\n'
                    '[[notify.routes]]\nmin_severity = "high"\ntargets = ["desk"]\n')
    out = run_cli("config", "check", "--config", str(path))
    assert out.returncode == 0, out.stderr
    assert "[[notify.targets]]\nname = \"desk\"\nurl = \"tgram://***/***\"" in out.stdout
    assert "[[notify.routes]]\ntargets = [\"desk\"]" in out.stdout and "AAsecret" not in out.stdout
    shown = parse_config(tomllib.loads(config_as_toml(load_config(str(path), environ={}))))
    assert shown.notify.routes == load_config(str(path), environ={}).notify.routes      # it reads back


ROUTES = [
    {"languages": ["lt"], "targets": []},
    {"min_severity": "high", "targets": ["chat"], "continue_matching": True},
    {"kinds": ["new_event", "person_status"], "targets": ["editors"]},
    {"kinds": ["operator"], "targets": ["ops"]},
]


@pytest.mark.parametrize("facts, targets", [
    (AlertFacts(frozenset({"release_count"}), "en", "wire"), {"desk"}),
    (AlertFacts(frozenset({"person_status"}), "ru", "wire"), {"desk", "editors"}),   # continues
    (AlertFacts(frozenset({"new_event"}), "en", "wire"), {"editors"}),
    (AlertFacts(frozenset({"new_event", "remaining_count"}), "be"), {"desk", "editors"}),
    (AlertFacts(frozenset({"person_status"}), "lt", "wire"), set()),                 # first match: nobody
    (AlertFacts(frozenset({"operator"}), feed="wire"), {"ops"}),         # only routes naming it
])
def test_routes_are_tried_in_order_and_continue_only_when_asked(facts, targets):
    chosen = Targets(parse_config(notify(ROUTES)).notify).recipients(facts)
    assert set(chosen) == targets


def test_without_routes_or_without_a_match_every_target_gets_the_alert():
    every = {"desk", "editors", "ops"}
    assert set(Targets(parse_config(notify()).notify).recipients(AlertFacts(frozenset({"new_event"})))) == every
    only_lt = [{"languages": ["lt"], "targets": ["desk"]}]
    facts = AlertFacts(frozenset({"new_event"}), "en")
    assert set(Targets(parse_config(notify(only_lt)).notify).recipients(facts)) == every


def test_unnamed_targets_keep_their_hash_and_masked_label():
    [target] = Targets(parse_config({"notify": {"urls": [DESK["url"]]}}).notify).by_id.values()
    assert len(target.id) == 16 and target.label == "json://127.0.0.1:9/***" and target.digest_period is None


@pytest.mark.parametrize("created, period, due", [
    ("10:20:00", 3600, "11:00:00"),
    ("10:59:59", 3600, "11:00:00"),
    ("11:00:00", 3600, "12:00:00"),
    ("23:30:00", 3600, "00:00:00+1"),
    ("10:20:00", 86400, "00:00:00+1"),
])
def test_a_digest_is_due_at_the_end_of_its_utc_period(created, period, due):
    day = datetime(2026, 12, 2, tzinfo=timezone.utc)
    moment = datetime.fromisoformat(f"2026-12-02T{created}+00:00")
    clock, _, next_day = due.partition("+")
    expected = datetime.fromisoformat(f"2026-12-0{2 + bool(next_day)}T{clock}+00:00")
    assert digest_due(moment, period) == expected and expected > day


def test_a_digest_is_cut_into_as_few_messages_as_the_service_takes_whole():
    from types import SimpleNamespace
    from daemon.alerts import digest_messages
    alerts = [SimpleNamespace(id=i, title=f"alert {i}", body="x" * 400) for i in (3, 1, 2)]
    end = datetime(2026, 12, 2, 11, tzinfo=timezone.utc)
    [(title, body, ids)] = digest_messages(alerts, {}, end, 10_000)
    assert title == "claimwatch digest: 3 alerts to 2026-12-02 11:00 UTC" and ids == [1, 2, 3]
    parts = digest_messages(alerts, {}, end, 900)
    assert [ids for _, _, ids in parts] == [[1, 2], [3]] and all(len(body) <= 900 for _, body, _ in parts)
    assert parts[1][0] == "claimwatch digest: 1 alert to 2026-12-02 11:00 UTC (2 of 2)"
