"""The worker pool: pages analysed in worker processes, which the daemon's threads defer to."""
import os
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

POLICIES = """
import os
from daemon import analysis
from rules.model import Baseline
analysis.defer_to_workers()
pool = analysis.PooledAnalyzer(None, Baseline(), workers=1)
article, report, _ = pool.analyze_page(b"<html><body><article><p>Belarus freed 14 political prisoners "
                                       b"on Saturday after talks in Minsk.</p></article></body></html>")
workers = [os.sched_getscheduler(pid) for pid in pool._pool.pids()]    # they have run a page
print(os.sched_getscheduler(0), *workers, len(article.text.split()))
pool.close()
"""


@pytest.mark.skipif(not hasattr(os, "SCHED_BATCH"), reason="scheduling policies are Linux's")
def test_the_daemon_runs_as_batch_work_and_its_workers_do_not():
    result = subprocess.run([sys.executable, "-c", POLICIES], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    daemon, *workers, words = (int(n) for n in result.stdout.split())
    assert daemon == os.SCHED_BATCH
    assert workers and set(workers) == {os.SCHED_OTHER}
    assert words > 5                                     # and the workers did the extraction


def nested_lists(items: int) -> bytes:
    """A page trafilatura takes quadratic time over (7 s for 8,000 items on the dev machine)."""
    return ("<html><body><ul>" + "<li><ul><li>Belarus freed 14</li></ul></li>" * items
            + "</ul></body></html>").encode()


def test_a_page_over_the_time_limit_fails_alone_and_the_workers_carry_on():
    from daemon import analysis
    from rules.model import Baseline
    pool = analysis.PooledAnalyzer(None, Baseline(), workers=1, time_limit=1.0)
    try:
        started = time.monotonic()
        with pytest.raises(RuntimeError, match="extraction took longer than 1 s"):
            pool.analyze_page(nested_lists(16_000))
        assert time.monotonic() - started < 15
        article, _, _ = pool.analyze_page(b"<html><body><article><p>Belarus freed 14 political prisoners "
                                          b"on Saturday after talks in Minsk.</p></article></body></html>")
        assert article is not None
    finally:
        pool.close()


def test_operator_facts_apply_to_a_baseline_stored_before_them(tmp_path):
    """The bug: once a baseline was stored, an override saying 16 still alerted against 14."""
    from daemon import cli
    from tests.conftest import run_cli
    text = tmp_path / "sixteen.txt"
    text.write_text("Freed in Minsk\nBelarus freed 16 political prisoners on Saturday.", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/cw.db"\n')
    assert run_cli("baseline", "build", "--config", str(config), cwd=tmp_path).returncode == 0
    before = run_cli("check", "--published", "2025-06-22", "--config", str(config), str(text), cwd=tmp_path)
    assert before.returncode == cli.CHECK_FOUND and "baseline: 14" in before.stdout

    (tmp_path / "overrides.toml").write_text("[[fact]]\nkey = 'release_count/2025-06-21'\n"
                                             "kind = 'release_count'\nvalue = 16\nevent = '2025-06-21'\n")
    config.write_text(config.read_text() + f'[rules]\noverrides = "{tmp_path}/overrides.toml"\n')
    after = run_cli("check", "--published", "2025-06-22", "--config", str(config), str(text), cwd=tmp_path)
    assert after.returncode == 0 and "no discrepancy" in after.stdout, after.stdout
    shown = run_cli("baseline", "show", "--config", str(config), cwd=tmp_path).stdout
    assert "  release_count/2025-06-21: 16  [as of -; sources: operator]\n" in shown

    config.write_text(config.read_text().split("[rules]")[0])          # the override withdrawn
    again = run_cli("check", "--published", "2025-06-22", "--config", str(config), str(text), cwd=tmp_path)
    assert again.returncode == cli.CHECK_FOUND and "baseline: 14" in again.stdout
