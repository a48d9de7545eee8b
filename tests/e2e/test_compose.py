"""compose.yaml, checked for what Docker Compose would do with it: every dependency and volume
defined, health checks the services can pass, environment the daemon really reads, commands
claimwatch really has, and the secrets (console token, database password) required from the
environment, never written in the file. Fast: no container runs here (tests/image does that)."""
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml
from sqlalchemy.engine import make_url

from daemon.cli import build_parser
from daemon.config import FetchConfig, load_config
from daemon.errors import ConfigError
from daemon.web import MIN_TOKEN_LENGTH, TOKEN_ENV, check_exposure
from tests.conftest import ROOT
from tests.servers import free_port

COMPOSE = ROOT / "compose.yaml"
DAEMON, CONSOLE, POSTGRES = "claimwatch", "console", "postgres"
CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
# What a user exports before `docker compose up` (compose.yaml's own header says so).
USER_ENV = {"POSTGRES_PASSWORD": "pg-secret-for-test", TOKEN_ENV: "t" * MIN_TOKEN_LENGTH + "-for-test"}
_VARIABLE = re.compile(r"\$(?:\$|\{(?P<braced>[A-Za-z_]\w*)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}|(?P<plain>[A-Za-z_]\w*))")


def interpolate(value: str, env: dict) -> str:
    """Compose's variable substitution: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default},
    ${VAR:?error}, ${VAR?error}, ${VAR:+other}; a required variable unset raises KeyError."""
    def one(match):
        if match[0] == "$$":
            return "$"
        name = match["braced"] or match["plain"]
        op, arg, have = match["op"] or "", match["arg"] or "", env.get(name)
        empty = have is None or (op.startswith(":") and have == "")
        if op.endswith("?") and empty:
            raise KeyError(f"{name}: {arg}")
        if op.endswith("-") and empty:
            return arg
        if op.endswith("+"):
            return "" if empty else arg
        return have or ""
    return _VARIABLE.sub(one, value)


def resolved(node, env: dict):
    """The compose data with every string interpolated, as `docker compose config` shows it."""
    if isinstance(node, dict):
        return {key: resolved(value, env) for key, value in node.items()}
    if isinstance(node, list):
        return [resolved(value, env) for value in node]
    return interpolate(node, env) if isinstance(node, str) else node


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def compose(raw) -> dict:
    return resolved(raw, USER_ENV)


def depends_on(service: dict) -> dict:
    """depends_on in either form, as {service: condition}."""
    found = service.get("depends_on", {})
    if isinstance(found, list):
        return {name: "service_started" for name in found}
    return {name: (spec or {}).get("condition", "service_started") for name, spec in found.items()}


def environment(service: dict) -> dict:
    found = service.get("environment", {})
    if isinstance(found, list):
        return dict(item.partition("=")[::2] for item in found)
    return {key: "" if value is None else str(value) for key, value in found.items()}


def command(service: dict) -> list[str]:
    found = service["command"]
    return found.split() if isinstance(found, str) else list(found)


def health_test(service: dict) -> list[str]:
    test = service["healthcheck"]["test"]
    return ["CMD-SHELL", test] if isinstance(test, str) else list(test)


def claimwatch_services(compose: dict) -> dict:
    return {name: s for name, s in compose["services"].items() if name != POSTGRES}


def seconds(duration: str) -> float:
    """A compose duration ('1m30s', '75s', '500ms') in seconds."""
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|us|ns|h|m|s)", str(duration))
    assert parts and "".join(n + u for n, u in parts) == str(duration), f"not a duration: {duration!r}"
    unit = {"h": 3600, "m": 60, "s": 1, "ms": 1e-3, "us": 1e-6, "ns": 1e-9}
    return sum(float(n) * unit[u] for n, u in parts)


def daemon_reads() -> set[str]:
    """The CLAIMWATCH_* variables the installed code reads (config, console token, heartbeat)."""
    source = "\n".join(p.read_text() for p in (ROOT / "daemon").glob("*.py"))
    return set(re.findall(r"[\"'](CLAIMWATCH_[A-Z_]+)[\"']", source))


# --- structure ---------------------------------------------------------------------------

def test_the_three_services_and_their_images(compose):
    assert set(compose["services"]) == {DAEMON, CONSOLE, POSTGRES}
    daemon, console = compose["services"][DAEMON], compose["services"][CONSOLE]
    assert daemon["image"] == console["image"], "the daemon and the console run the same image"
    assert daemon.get("build") in (".", {"context": "."}), "compose can build the image from this Dockerfile"
    assert compose["services"][POSTGRES]["image"].startswith("postgres:")


def test_every_dependency_is_a_defined_service_and_healthy_means_a_healthcheck(compose):
    services = compose["services"]
    for name, service in services.items():
        for other, condition in depends_on(service).items():
            assert other in services, f"{name} depends on {other}, which is not a service"
            assert other != name
            assert condition in CONDITIONS, f"{name} → {other}: unknown condition {condition!r}"
            if condition == "service_healthy":   # else compose refuses: nothing would ever be healthy
                assert "healthcheck" in services[other], f"{name} waits for {other} to be healthy, which has no check"
    assert depends_on(services[DAEMON]) == {POSTGRES: "service_healthy"}
    assert depends_on(services[CONSOLE]) == {POSTGRES: "service_healthy", DAEMON: "service_healthy"}, \
        "the console starts once the daemon has created the tables (two create_all at once collide)"
    order, left = [], dict(services)           # no cycle: every service can start at some point
    while left:
        ready = [n for n, s in left.items() if set(depends_on(s)) <= set(order)]
        assert ready, f"depends_on cycle among {sorted(left)}"
        order += ready
        for n in ready:
            del left[n]


def test_every_named_volume_is_declared_and_used(compose):
    declared = set(compose.get("volumes") or {})
    used = set()
    for name, service in compose["services"].items():
        for mount in service.get("volumes", []):
            if isinstance(mount, dict):
                source, kind = mount.get("source", ""), mount.get("type", "volume")
            else:
                source, kind = mount.split(":")[0], "volume"
            if kind != "volume" or not source or source.startswith(("/", ".", "~")):
                continue                       # a bind mount or an anonymous volume
            assert source in declared, f"{name} mounts volume {source!r}, not declared under volumes:"
            used.add(source)
    assert used == declared, f"declared but unused: {sorted(declared - used)}"
    mounts = {s: [m.split(":")[1] for m in compose["services"][s].get("volumes", [])] for s in (DAEMON, POSTGRES)}
    assert "/var/lib/postgresql/data" in mounts[POSTGRES], "the database outlives its container"
    assert "/data" in mounts[DAEMON], "the image's VOLUME /data gets a name, not an anonymous volume"


def test_one_daemon_by_default_and_nothing_that_stops_it_being_scaled(raw):
    daemon = raw["services"][DAEMON]
    assert daemon.get("deploy", {}).get("replicas", 1) == 1 and daemon.get("scale", 1) == 1
    assert "container_name" not in daemon and "ports" not in daemon, "replicas need neither a fixed name nor a host port"


# --- health checks -------------------------------------------------------------------------

def test_every_service_has_a_health_check(compose):
    for name, service in compose["services"].items():
        test = health_test(service)
        assert test[0] in ("CMD", "CMD-SHELL") and len(test) > 1, f"{name}: no real health check ({test})"
        for key in ("interval", "timeout", "start_period"):
            if key in service["healthcheck"]:
                seconds(service["healthcheck"][key])
        assert seconds(service["healthcheck"].get("timeout", "30s")) <= seconds(service["healthcheck"].get("interval", "30s"))


def test_the_daemon_is_checked_by_claimwatch_health(compose):
    check = compose["services"][DAEMON]["healthcheck"]
    assert health_test(compose["services"][DAEMON]) == ["CMD", "claimwatch", "health"]
    # the heartbeat is written every 60 s and called stale after 180 s: a check far more
    # often is wasted, one far less often notices late; the first needs the daemon started
    assert 30 <= seconds(check["interval"]) <= 120
    assert seconds(check.get("start_period", "0s")) >= 60


def test_postgres_is_checked_by_pg_isready_for_its_own_user_and_database(compose):
    postgres = compose["services"][POSTGRES]
    test, env = health_test(postgres), environment(postgres)
    assert test[0] == "CMD" and test[1] == "pg_isready"
    assert test[test.index("-U") + 1] == env["POSTGRES_USER"]
    assert test[test.index("-d") + 1] == env["POSTGRES_DB"]
    assert test[test.index("-h") + 1] == "127.0.0.1", "over TCP, so initdb's socket-only server does not count"


def test_the_console_check_is_its_own_not_the_daemon_heartbeat(compose):
    test = health_test(compose["services"][CONSOLE])
    assert test[:3] == ["CMD", "python3", "-c"], test
    assert "claimwatch health" not in " ".join(test), "a console writes no heartbeat: it would never be healthy"
    code = test[3]
    compile(code, "console healthcheck", "exec")
    assert TOKEN_ENV in code, "the console answers 401 to a request without its token"
    listen = command(compose["services"][CONSOLE])[-1]
    assert f"127.0.0.1:{listen.rpartition(':')[2]}/" in code, "it asks the port the console listens on"


def test_the_console_check_passes_against_a_real_console_and_only_with_its_token(compose, tmp_path):
    """The healthcheck's own code, run against `claimwatch web` (here, on a free port)."""
    code = health_test(compose["services"][CONSOLE])[3]
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    env.update({TOKEN_ENV: USER_ENV[TOKEN_ENV], "CLAIMWATCH_DATABASE_URL": f"sqlite:///{tmp_path}/cw.db"})
    console = subprocess.Popen([sys.executable, "-m", "daemon", "--config", os.devnull, "web",
                                "--listen", f"127.0.0.1:{port}"], env=env, cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    check = [sys.executable, "-c", code.replace("127.0.0.1:8080", f"127.0.0.1:{port}")]
    try:
        deadline = time.monotonic() + 30
        while subprocess.run(check, env=env, capture_output=True).returncode != 0:
            assert console.poll() is None, f"the console exited: {console.stderr.read()}"
            assert time.monotonic() < deadline, "the console's health check never passed"
            time.sleep(0.2)
        wrong = subprocess.run(check, env={**env, TOKEN_ENV: "x" * MIN_TOKEN_LENGTH}, capture_output=True, text=True)
        assert wrong.returncode != 0 and "401" in wrong.stderr
    finally:
        console.terminate()
        console.wait(10)


# --- environment ----------------------------------------------------------------------------

def test_claimwatch_variables_are_ones_the_daemon_reads(compose):
    read = daemon_reads()
    assert {"CLAIMWATCH_DATABASE_URL", TOKEN_ENV} <= read
    for name, service in claimwatch_services(compose).items():
        for key in environment(service):
            assert key.startswith("CLAIMWATCH_"), f"{name}: {key} is read by nothing in the image"
            assert key in read, f"{name}: {key} is not read by claimwatch (it reads {sorted(read)})"
    assert TOKEN_ENV not in environment(compose["services"][DAEMON]), "the daemon serves no console here"


def test_the_database_url_reaches_the_postgres_service(compose):
    postgres = environment(compose["services"][POSTGRES])
    urls = {name: environment(s)["CLAIMWATCH_DATABASE_URL"] for name, s in claimwatch_services(compose).items()}
    assert len(set(urls.values())) == 1, f"the daemon and the console must share one database: {urls}"
    for name, service in claimwatch_services(compose).items():
        # what the daemon itself makes of its environment (the file's [database] url is overridden)
        config = load_config(None, environ=environment(service))
        url = make_url(config.database_url)
        assert url.drivername == "postgresql+psycopg", "the image's [postgres] extra installs psycopg 3"
        assert url.host == POSTGRES and (url.port or 5432) == 5432, f"{name}: {url.host} is not the service"
        assert url.username == postgres["POSTGRES_USER"] and url.database == postgres["POSTGRES_DB"]
        assert url.password == postgres["POSTGRES_PASSWORD"] == USER_ENV["POSTGRES_PASSWORD"]
        url.get_dialect()                      # the driver is importable


def test_notify_urls_are_optional(raw):
    value = environment(raw["services"][DAEMON]).get("CLAIMWATCH_NOTIFY_URLS")
    if value is not None:
        assert interpolate(value, USER_ENV) == "", "unset, no alert target (alerts are stored)"
        config = load_config(None, environ={"CLAIMWATCH_NOTIFY_URLS": interpolate(value, USER_ENV)})
        assert config.notify.urls == ()


def test_secrets_are_required_from_the_environment_never_written(raw):
    token = environment(raw["services"][CONSOLE])[TOKEN_ENV]
    assert re.fullmatch(rf"\$\{{{TOKEN_ENV}:\?[^}}]+\}}", token), \
        f"the token must be ${{{TOKEN_ENV}:?…}} (required, with a message), not {token!r}"
    assert token.split(":?")[1].find(str(MIN_TOKEN_LENGTH)) >= 0, "the message says how long it must be"
    for missing in (TOKEN_ENV, "POSTGRES_PASSWORD"):
        with pytest.raises(KeyError, match=missing):
            resolved(raw, {k: v for k, v in USER_ENV.items() if k != missing})
    for name, service in raw["services"].items():
        for key, value in environment(service).items():
            if re.search(r"(?i)password|token|secret|key", key):
                assert re.fullmatch(r"\$\{\w+:\?[^}]+\}", value), f"{name}: {key} is written in compose.yaml"
            for password in re.findall(r"://[^/:@]+:([^@]*)@", value):
                assert re.fullmatch(r"\$\{POSTGRES_PASSWORD:\?[^}]+\}", password), \
                    f"{name}: {key} carries a password that is not ${{POSTGRES_PASSWORD:?…}}"


def test_the_console_listens_beyond_loopback_so_it_needs_the_token(compose):
    console = compose["services"][CONSOLE]
    listen = command(console)[command(console).index("--listen") + 1]
    with pytest.raises(ConfigError, match=TOKEN_ENV):
        check_exposure(listen, None)
    with pytest.raises(ConfigError, match="shorter"):
        check_exposure(listen, "short")
    assert check_exposure(listen, environment(console)[TOKEN_ENV])[1] == int(listen.rpartition(":")[2])
    published = [str(p).rsplit(":", 1)[1] for p in console.get("ports", [])]
    assert listen.rpartition(":")[2] in published, "the port it listens on is the one published"


# --- commands -------------------------------------------------------------------------------

def test_commands_are_real_claimwatch_commands(compose):
    """Each service's command and health check parse as claimwatch's own parser parses them,
    and each subcommand's --help runs."""
    commands = [command(s) for s in claimwatch_services(compose).values()]
    commands += [health_test(s)[1:] for s in claimwatch_services(compose).values()
                 if health_test(s)[1] == "claimwatch"]
    assert [c[:2] for c in commands] == [["claimwatch", "run"], ["claimwatch", "web"], ["claimwatch", "health"]]
    for argv in commands:
        try:
            args = build_parser().parse_args(argv[1:])
        except SystemExit:
            pytest.fail(f"claimwatch rejects {' '.join(argv)}")
        assert args.handler.__name__ == "cmd_" + argv[1]
    cli = Path(sys.executable).with_name("claimwatch")
    base = [str(cli)] if cli.exists() else [sys.executable, "-m", "daemon"]
    subcommands = [[w for w in argv[1:] if not w.startswith("-")][:1] for argv in commands]
    with ThreadPoolExecutor(len(subcommands)) as pool:
        runs = list(pool.map(lambda sub: subprocess.run(base + sub + ["--help"], capture_output=True,
                                                        text=True, timeout=60), subcommands))
    for sub, run in zip(subcommands, runs):
        assert run.returncode == 0 and run.stdout.startswith(f"usage: claimwatch {sub[0]}"), run.stderr


def test_the_daemon_gets_time_to_finish_its_articles(compose):
    grace = seconds(compose["services"][DAEMON].get("stop_grace_period", "10s"))
    assert grace > FetchConfig.extract_timeout, \
        "on SIGTERM the daemon finishes the article in hand; compose's default 10 s would kill it"
