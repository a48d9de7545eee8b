"""The container image, really built and run.

scripts/build-image.sh builds it (a debootstrap base, then the Dockerfile with buildah), and each
test runs claimwatch in a working container made from it, with `buildah run --isolation chroot`
(no OCI runtime or cgroups needed; the host's network): as the image's own user, with the
image's own environment, config and examples.

Opt-in, being slow (a minute or more) and needing root with buildah and debootstrap (the script
installs them with apt-get where they are missing):

    CLAIMWATCH_IMAGE_TEST=1 .venv/bin/python -m pytest -q -m image tests/image

CLAIMWATCH_IMAGE_TAG names an image the script has built already (CI builds it in the same step
and passes its tag); without it, or when that image is not there, the script builds it now
(in seconds, from buildah's layer cache, when nothing changed).
Once asked for, a build that fails is a failure, never a skip.
"""
import json
import os
import re
import shlex
import subprocess
import uuid

import pytest
import yaml

from tests.conftest import ROOT
from tests.servers import free_port

ENABLED = os.environ.get("CLAIMWATCH_IMAGE_TEST") == "1"
pytestmark = [
    pytest.mark.image,
    pytest.mark.skipif(not ENABLED, reason="builds and runs the container image (root, buildah, a minute "
                                           "or more): set CLAIMWATCH_IMAGE_TEST=1 to run it"),
]
GIVEN_TAG = os.environ.get("CLAIMWATCH_IMAGE_TAG")
TAG = GIVEN_TAG or "localhost/claimwatch:image-test"
BUILD_TIMEOUT = 1800
MAX_SIZE_MB = 550                 # 407 MB when this was written; lingua's models are ~100 MB of it
SIXTEEN = "/app/examples/site/articles/aggregator-sixteen-freed.html"       # 16 freed; baseline: 14
FOURTEEN = "/app/examples/site/articles/envoy-visit-fourteen-freed.html"    # agrees with the baseline
WEB_TOKEN = "image-test-token-0123456789"


def storage_driver() -> str:
    """The storage driver scripts/build-image.sh picks: overlay where it works, else vfs."""
    if os.environ.get("STORAGE_DRIVER"):
        return os.environ["STORAGE_DRIVER"]
    probe = subprocess.run(["buildah", "--storage-driver", "overlay", "images"], capture_output=True)
    return "overlay" if probe.returncode == 0 else "vfs"


def buildah(*args, timeout=120, check=True, **kwargs) -> subprocess.CompletedProcess:
    run = subprocess.run(["buildah", "--storage-driver", storage_driver(), *args], capture_output=True,
                         text=True, timeout=timeout, **kwargs)
    if check and run.returncode != 0:
        pytest.fail(f"buildah {' '.join(args[:3])} … failed ({run.returncode}): {run.stderr[-2000:]}")
    return run


def image_exists(tag: str) -> bool:
    try:
        return buildah("inspect", "--type", "image", tag, check=False).returncode == 0
    except FileNotFoundError:                  # no buildah yet: the script installs it
        return False


@pytest.fixture(scope="module")
def image() -> str:
    """The image's tag: the one CI built in this step, else built now by the script (again each
    time: its layer cache makes that seconds when nothing changed, and never a stale image)."""
    if not (GIVEN_TAG and image_exists(TAG)):
        try:
            build = subprocess.run([str(ROOT / "scripts" / "build-image.sh"), TAG], capture_output=True,
                                   text=True, timeout=BUILD_TIMEOUT, cwd=ROOT)
        except (OSError, subprocess.TimeoutExpired) as exc:
            pytest.fail(f"scripts/build-image.sh {TAG} could not run to its end: {exc}")
        if build.returncode != 0:
            pytest.fail(f"scripts/build-image.sh {TAG} failed ({build.returncode}):\n"
                        f"{build.stdout[-3000:]}\n{build.stderr[-3000:]}")
        assert image_exists(TAG), f"the script succeeded but there is no image {TAG}"
    return TAG


@pytest.fixture
def container(image):
    """A fresh working container from the image (its own /data and /tmp), removed afterwards."""
    name = f"claimwatch-image-test-{uuid.uuid4().hex[:8]}"
    buildah("from", "--pull=never", "--name", name, image)
    yield name
    buildah("rm", name, check=False)


def run_in(container: str, *argv: str, env: dict | None = None, volumes=(), stdin: str | None = None,
           timeout=180) -> subprocess.CompletedProcess:
    """Run a command in the container as the image runs it (its user, its working directory)."""
    flags = [f"--env={k}={v}" for k, v in (env or {}).items()] + [f"--volume={v}" for v in volumes]
    return buildah("run", "--isolation", "chroot", *flags, container, "--", *argv, check=False,
                   input=stdin, timeout=timeout)


def sh(container: str, script: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return run_in(container, "sh", "-c", script, "sh", *args, **kwargs)


def compose_service(name: str) -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())["services"][name]


# --- the image itself -----------------------------------------------------------------------

def test_image_config_runs_the_daemon_as_a_user_with_a_health_check(image):
    config = json.loads(buildah("inspect", "--type", "image", image).stdout)["Docker"]["config"]
    assert config["User"] == "10001:10001"
    assert config["Cmd"] == ["claimwatch", "run"] and not config.get("Entrypoint")
    assert config["Healthcheck"]["Test"] == ["CMD", "claimwatch", "health"], "--format docker keeps it"
    assert "/data" in config["Volumes"] and config["WorkingDir"] == "/app"
    env = dict(item.split("=", 1) for item in config["Env"])
    assert env["CLAIMWATCH_DATABASE_URL"] == "sqlite:////data/claimwatch.db"
    assert env["CLAIMWATCH_CONFIG"] == "/app/config.toml"
    assert env["PATH"].startswith("/opt/venv/bin:")


def test_image_is_small_and_carries_no_build_tools_or_caches(image, container):
    size = buildah("images", "--format", "{{.Size}}", image).stdout.strip()
    number, unit = size.split()
    megabytes = float(number) * {"kB": 1e-3, "MB": 1, "GB": 1e3}[unit]
    assert megabytes < MAX_SIZE_MB, f"the image grew to {size}"
    found = sh(container, """
        find /var/lib/apt/lists /var/cache/apt -type f ! -name lock
        for tool in gcc cc c++ make pip pip3 /opt/venv/bin/pip; do command -v "$tool"; done
        ls -d /opt/venv/lib/python3*/site-packages/pip /opt/venv/lib/python3*/site-packages/setuptools /src /root/.cache 2>/dev/null
        find /usr/share/doc -type f ! -name copyright | head -3; find /usr/share/man /usr/share/locale -mindepth 1 | head -3
        true""")
    assert found.returncode == 0, found.stderr
    assert found.stdout.split() == [], f"should not be in the image: {found.stdout.split()}"


def test_help(container):
    run = run_in(container, "claimwatch", "--help")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("usage: claimwatch")
    for command in ("run", "web", "check", "baseline", "alerts", "review", "feeds", "health", "config"):
        assert f"    {command} " in run.stdout, f"{command} is missing from the help"
    version = run_in(container, "claimwatch", "--version")
    assert version.returncode == 0 and version.stdout.startswith("claimwatch 0.")


def test_config_check_of_the_image_config_masks_secrets(container):
    run = run_in(container, "claimwatch", "config", "check",
                 env={"CLAIMWATCH_NOTIFY_URLS": "mailto://desk:hunter2@mail.example.com?to=desk@example.com"})
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert out.startswith("# config: /app/config.toml is valid\n")
    assert "# overridden by the environment: CLAIMWATCH_DATABASE_URL, CLAIMWATCH_NOTIFY_URLS" in out
    assert '[database]\nurl = "sqlite:////data/claimwatch.db"' in out
    assert out.count("[[feeds]]") >= 1 and "[web]" in out and "[ops]" in out
    assert "mailto://***@mail.example.com/***" in out and "hunter2" not in out
    # the compose set-up: PostgreSQL through psycopg, its password hidden
    pg = run_in(container, "claimwatch", "config", "check",
                env={"CLAIMWATCH_DATABASE_URL": "postgresql+psycopg://claimwatch:pg-pass-1234@postgres:5432/claimwatch"})
    assert pg.returncode == 0, pg.stderr
    assert 'url = "postgresql+psycopg://claimwatch:***@postgres:5432/claimwatch"' in pg.stdout
    assert "pg-pass-1234" not in pg.stdout + pg.stderr
    bad = run_in(container, "claimwatch", "config", "check", env={"CLAIMWATCH_NOTIFY_URLS": "not-a-url"})
    assert bad.returncode == 2 and "not an apprise URL" in bad.stderr


# --- checking articles ------------------------------------------------------------------------

def test_check_finds_the_discrepancy_the_example_article_carries(container):
    run = run_in(container, "claimwatch", "check", "--json", SIXTEEN, FOURTEEN)
    assert run.returncode == 1, f"exit 1 = a discrepancy found; got {run.returncode}: {run.stderr}"
    sixteen, fourteen = (json.loads(line) for line in run.stdout.splitlines())
    assert sixteen["title"] == "Belarus lets 16 political prisoners go as Kellogg meets Lukashenko"
    assert (sixteen["language"], sixteen["published"]) == ("en", "2025-06-22")
    [found] = sixteen["discrepancies"]
    assert (found["kind"], found["event"], found["claimed"], found["baseline"]) == \
        ("release_count", "2025-06-21", 16, 14)
    assert "Belarus freed 16 political prisoners on Saturday" in found["evidence"]
    assert fourteen["discrepancies"] == [] and any(c["value"] == 14 for c in fourteen["claims"])
    text = run_in(container, "claimwatch", "check", SIXTEEN)
    assert text.returncode == 1
    assert "1. release_count: number released, event of 2025-06-21" in text.stdout
    assert "claimed: 16" in text.stdout and "baseline: 14" in text.stdout


def test_check_of_a_page_from_the_host_and_of_stdin(container):
    """trafilatura (with lxml_html_clean) on a news page with boilerplate, mounted from the
    host; and plain text on stdin."""
    page = ROOT / "tests" / "data" / "pages" / "boilerplate-wire.html"
    run = run_in(container, "claimwatch", "check", "--json", "/tmp/page.html",
                 volumes=[f"{page}:/tmp/page.html:ro"])
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout)
    assert result["title"] == "Belarus frees 52 prisoners after Coale talks" and result["discrepancies"] == []
    assert {c["kind"] for c in result["claims"]} >= {"release_count", "nationality_count"}
    stdin = run_in(container, "claimwatch", "check", "--json", "--published", "2025-06-22", "-",
                   stdin="Belarus freed 16 political prisoners on Saturday, June 21, 2025.\n")
    assert stdin.returncode == 1, stdin.stderr
    [found] = json.loads(stdin.stdout)["discrepancies"]
    assert (found["claimed"], found["baseline"]) == (16, 14)


# --- the daemon and the console ----------------------------------------------------------------

DAEMON_SCRIPT = r"""
set -eu
port=$1
cp -r /app/examples/site /tmp/site
sed -i "s/127.0.0.1:8765/127.0.0.1:$port/g" /tmp/site/feed.xml
cat >/tmp/claimwatch.toml <<EOF
[[feeds]]
name = "sample"
url = "http://127.0.0.1:$port/feed.xml"
interval = "1m"
[fetch]
allow_private_addresses = true
timeout = 5.0
EOF
export CLAIMWATCH_CONFIG=/tmp/claimwatch.toml
python3 -m http.server "$port" --bind 127.0.0.1 --directory /tmp/site >/dev/null 2>&1 &
site=$!
claimwatch run >/tmp/run.log 2>&1 &
daemon=$!
healthy=no
for i in $(seq 90); do
  if $HEALTH >/tmp/health.out 2>&1; then healthy=yes; break; fi
  sleep 1
done
for i in $(seq 90); do
  claimwatch alerts --json 2>/dev/null | grep -q release_count && break
  sleep 1
done
kill -TERM "$daemon"
status=0; wait "$daemon" || status=$?
kill "$site"
echo "healthy: $healthy"
echo "daemon exit: $status"
echo "--- health"; cat /tmp/health.out
echo "--- alerts"; claimwatch alerts --json
echo "--- feeds"; claimwatch feeds
echo "--- log"; cat /tmp/run.log
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request):
    """The image's own SQLite file on /data, or a new schema on the PostgreSQL server here
    (as compose.yaml runs it, through psycopg)."""
    if request.param == "sqlite":
        yield {}
        return
    from sqlalchemy import create_engine, text
    from tests.conftest import postgres_or_skip
    url = postgres_or_skip()
    schema = f"cw_image_{uuid.uuid4().hex[:8]}"
    with create_engine(url).begin() as conn:
        conn.execute(text(f"create schema {schema}"))
    yield {"CLAIMWATCH_DATABASE_URL": f"{url}?options=-csearch_path%3D{schema}"}
    with create_engine(url).begin() as conn:
        conn.execute(text(f"drop schema {schema} cascade"))


def test_daemon_polls_a_feed_alerts_is_healthy_and_stops_on_sigterm(container, database):
    health = compose_service("claimwatch")["healthcheck"]["test"]
    assert health[0] == "CMD"
    run = sh(container, DAEMON_SCRIPT, str(free_port()), env={**database, "HEALTH": shlex.join(health[1:])})
    out = run.stdout
    assert run.returncode == 0, out + run.stderr
    assert "healthy: yes" in out, f"compose's health check never passed:\n{out}"
    assert "daemon exit: 0" in out, f"the daemon did not stop cleanly on SIGTERM:\n{out}"
    assert re.search(r"^extraction workers: (\d+) of \1 alive$", out, re.M), out
    alerts = [json.loads(line) for line in out.split("--- alerts\n")[1].split("--- feeds")[0].splitlines()]
    [alert] = alerts
    assert alert["url"].endswith("/articles/aggregator-sixteen-freed.html")
    assert alert["state"] == "no_target"          # stored; no alert target configured
    [found] = alert["discrepancies"]
    assert (found["kind"], found["claimed"], found["baseline"]) == ("release_count", 16, 14)
    assert "articles: 2 checked" in out
    assert "received signal 15" in out


def test_console_needs_its_token_and_passes_the_compose_health_check(container):
    console = compose_service("console")
    listen = console["command"][console["command"].index("--listen") + 1]
    refused = run_in(container, "claimwatch", *console["command"][1:])     # no token: refuses to start
    assert refused.returncode == 2 and "CLAIMWATCH_WEB_TOKEN" in refused.stderr, refused.stderr
    port = free_port()
    code = console["healthcheck"]["test"][3].replace(f"127.0.0.1:{listen.rpartition(':')[2]}", f"127.0.0.1:{port}")
    script = r"""
        claimwatch web --listen "127.0.0.1:$1" >/tmp/web.log 2>&1 &
        web=$!
        ok=no
        for i in $(seq 60); do
          if python3 -c "$CODE" 2>/dev/null; then ok=yes; break; fi
          sleep 0.5
        done
        echo "health: $ok"
        CLAIMWATCH_WEB_TOKEN=wrong-token-wrong-token python3 -c "$CODE" 2>&1 | tail -1
        claimwatch health || echo "daemon health: $?"
        kill "$web"; wait "$web"
        cat /tmp/web.log
    """
    run = sh(container, script, str(port), env={"CLAIMWATCH_WEB_TOKEN": WEB_TOKEN, "CODE": code})
    assert "health: yes" in run.stdout, run.stdout + run.stderr
    assert "HTTP Error 401" in run.stdout, "a wrong token is refused"
    # the image's own HEALTHCHECK would keep a console container unhealthy: compose overrides it
    assert "daemon health: 1" in run.stdout and "no heartbeat" in run.stderr
    assert "review console on http://127.0.0.1" in run.stdout and "(token required)" in run.stdout
