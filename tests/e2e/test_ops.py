"""An operator's view of a running daemon: Prometheus metrics and /healthz scraped over HTTP,
`claimwatch health`, and log lines as JSON for a log shipper."""
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

from tests.conftest import ROOT, run_cli, write_config
from tests.e2e.test_end_to_end import serve_sample_site
from tests.servers import free_port


def scrape(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_until(condition, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError("timed out waiting")


def sample(text: str, name: str, **labels) -> float:
    """The value of one sample of the Prometheus text."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))   # the exposition sorts them
    match = re.search(rf"^{name}{{{re.escape(wanted)}}} (\S+)$" if labels else rf"^{name} (\S+)$", text, re.M)
    assert match, f"{name}{{{wanted}}} not in the metrics"
    return float(match.group(1))


def test_a_running_daemon_serves_metrics_and_health_and_logs_json(tmp_path, site):
    port = free_port()
    hook = site.url("/hook").replace("http://", "json://")
    config = write_config(tmp_path / "config.toml", db=f"sqlite:///{tmp_path}/cw.db",
                          feeds=[("sample", serve_sample_site(site))], notify=[hook],
                          extra=f'[ops]\nlisten = "127.0.0.1:{port}"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    env["CLAIMWATCH_HEARTBEAT"] = str(tmp_path / "heartbeat")
    daemon = subprocess.Popen([sys.executable, "-m", "daemon", "--log-format", "json", "run", "--config", str(config)],
                              cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        metrics = wait_until(lambda: metrics_once_delivered(base + "/metrics"))
        assert sample(metrics, "claimwatch_polls_total", feed="sample", result="ok") == 1
        assert sample(metrics, "claimwatch_http_responses_total", kind="page", status_class="2xx") == 2
        assert sample(metrics, "claimwatch_pages_total", result="extracted") == 2
        assert sample(metrics, "claimwatch_discrepancies_total", kind="release_count", pushed="yes") == 1
        assert sample(metrics, "claimwatch_articles", status="checked", language="en") == 2
        assert sample(metrics, "claimwatch_alerts", kind="discrepancy", state="delivered") == 1
        assert sample(metrics, "claimwatch_deliveries_total", target=re.sub(r"/hook$", "/***", hook), result="sent") == 1
        assert sample(metrics, "claimwatch_stage_seconds_count", stage="extract") == 2
        assert sample(metrics, "claimwatch_queue_depth", queue="pages_in_hand") == 0

        status, health = scrape(base + "/healthz")
        assert status == 200 and json.loads(health)["ok"] is True
        said = run_cli("health", "--config", str(config), env_extra={"CLAIMWATCH_HEARTBEAT": env["CLAIMWATCH_HEARTBEAT"]})
        assert said.returncode == 0 and said.stdout.startswith("healthy\n") and "database answers" in said.stdout
    finally:
        daemon.send_signal(signal.SIGTERM)
        _, stderr = daemon.communicate(timeout=30)
    lines = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    assert {"time", "level", "logger", "message"} <= set(lines[0])
    assert any(line["message"].startswith("feed sample: 2 entries") for line in lines)


def metrics_once_delivered(url: str) -> str | None:
    """The metrics, once the daemon has delivered its alert (None before, or while it starts)."""
    try:
        status, text = scrape(url)
    except OSError:
        return None
    return text if status == 200 and "claimwatch_deliveries_total{" in text else None
