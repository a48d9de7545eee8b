"""The review console as a person uses it: a real headless Chromium (Debian's, driven by
selenium) against `claimwatch web` and the daemon's real database. Screenshots of the main
pages go to $CLAIMWATCH_SCREENSHOTS when it is set (docs/ holds the ones the README shows)."""
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli, write_config
from tests.e2e.story import GrowingFeed
from tests.servers import free_port

selenium = pytest.importorskip("selenium", reason="selenium is a test dependency: pip install -e '.[test]'")
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import (NoAlertPresentException, StaleElementReferenceException,  # noqa: E402
                                        WebDriverException)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402


def chromium_or_skip() -> tuple[str, str]:
    """Debian's Chromium and its driver; skip without them, except in CI where .ci/run installs them."""
    browser, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if browser and driver:
        return browser, driver
    if os.environ.get("CI"):
        pytest.fail("chromium and chromium-driver are required in CI (.ci/run installs them)")
    pytest.skip("no browser here: apt-get install chromium chromium-driver")


@pytest.fixture
def browser():
    binary, driver = chromium_or_skip()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    chrome = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver))
    yield chrome
    chrome.quit()


@pytest.fixture
def desk(tmp_path, site):
    """A feed, a config, and the console serving the daemon's database."""
    feed = GrowingFeed(site)
    hook = site.url("/hook").replace("http://", "json://")
    config = str(write_config(tmp_path / "config.toml", db=f"sqlite:///{tmp_path}/cw.db",
                              feeds=[("Story wire", feed.url)], notify=[hook]))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    server = subprocess.Popen([sys.executable, "-m", "daemon", "web", "--listen", f"127.0.0.1:{port}",
                               "--config", config], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    console = f"http://127.0.0.1:{port}"
    yield feed, config, console
    server.terminate()
    server.wait(10)


def cycle(config: str) -> None:
    done = run_cli("run", "--once", "--config", config)
    assert done.returncode == 0, done.stderr


def wait_for(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def screenshot(chrome, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("CLAIMWATCH_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    chrome.save_screenshot(str(folder / f"console-{name}.png"))


def submit(chrome, button) -> None:
    """Click a form's button and wait for the page it leads to (the click returns before the
    browser has left the old page, whose elements a busy machine would then still show)."""
    button.click()
    WebDriverWait(chrome, 30).until(lambda _: _left_the_document(button))
    WebDriverWait(chrome, 30).until(lambda c: c.find_elements(By.ID, "said") or c.find_elements(By.ID, "error"))


def _left_the_document(element) -> bool:
    """Whether the old page's element is gone. Besides the stale-element error, Chromium may
    answer a check made while it swaps pages with "Node with given id does not belong to the
    document", which selenium's staleness_of does not take for gone (a flaky failure seen in CI)."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def alert_rows(chrome) -> list[str]:
    return [row.text for row in chrome.find_elements(By.CSS_SELECTOR, "#alerts tr")[1:] if "No alert" not in row.text]


def open_alert(chrome, console: str, title_part: str) -> None:
    chrome.get(f"{console}/alerts")
    link = chrome.find_element(By.PARTIAL_LINK_TEXT, title_part)
    link.click()
    WebDriverWait(chrome, 30).until(lambda _: _left_the_document(link))
    WebDriverWait(chrome, 30).until(lambda c: c.find_elements(By.ID, "review-state"))


def test_a_desk_dismisses_a_false_alarm_and_teaches_the_baseline_a_new_release(desk, browser, site, tmp_path):
    feed, config, console = desk
    for article in ("another-sixteen", "new-release"):
        feed.add(article)
        cycle(config)
    wait_for(f"{console}/alerts")
    browser.get(f"{console}/alerts")
    assert len(alert_rows(browser)) == 2 and "2 matching" in browser.find_element(By.TAG_NAME, "h1").text
    screenshot(browser, "alerts", tmp_path)

    open_alert(browser, console, "Sixteen prisoners walk free")
    assert browser.find_element(By.TAG_NAME, "mark").text == "Sixteen prisoners walk free in Minsk deal"
    dismiss = browser.find_element(By.ID, "dismiss")
    dismiss.find_element(By.NAME, "reviewer").send_keys("Ana")
    dismiss.find_element(By.NAME, "note").send_keys("a reprint of a typo: the seeds say 14")
    submit(browser, dismiss.find_element(By.TAG_NAME, "button"))
    assert browser.find_element(By.ID, "review-state").text == "dismissed"
    assert "dismissed as a false alarm" in browser.find_element(By.ID, "said").text
    assert "a reprint of a typo" in browser.find_element(By.ID, "reviews").text

    open_alert(browser, console, "Belarus frees 31")
    screenshot(browser, "alert", tmp_path)
    submit(browser, browser.find_element(By.CSS_SELECTOR, "form.accept button"))
    assert browser.find_element(By.ID, "review-state").text == "accepted"
    assert "release_count/2026-03-04 = 31" in browser.find_element(By.ID, "said").text
    browser.get(f"{console}/baseline")
    assert "release_count/2026-03-04" in browser.find_element(By.ID, "facts").text
    assert "accepted by Ana" in browser.find_element(By.CSS_SELECTOR, ".history").text    # the name was remembered
    screenshot(browser, "baseline", tmp_path)

    for article in ("same-release", "sixteen-again"):     # the accepted release, the dismissed claim
        feed.add(article)
    cycle(config)
    assert len(site.posted_json()) == 2                   # only the first two alerts were pushed
    browser.get(f"{console}/alerts?kind=discrepancy")
    assert len(alert_rows(browser)) == 2                  # no new alert
    browser.get(f"{console}/alerts?kind=candidate")
    [held] = alert_rows(browser)
    assert "Belarus: 16 prisoners released" in held and "(held)" in held
    browser.get(f"{console}/stats")
    assert "release_count" in browser.find_element(By.ID, "by-kind").text
    screenshot(browser, "stats", tmp_path)


def test_a_hostile_page_shows_as_text_and_runs_nothing(desk, browser, tmp_path):
    feed, config, console = desk
    feed.add("hostile")
    cycle(config)
    wait_for(f"{console}/alerts")
    open_alert(browser, console, "Belarus frees 16")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    assert browser.find_elements(By.TAG_NAME, "script") == [] and browser.find_elements(By.TAG_NAME, "img") == []
    assert "<script>alert('title')</script>" in browser.find_element(By.ID, "article-title").text
    assert "onerror=alert('img')" in browser.find_element(By.TAG_NAME, "mark").text
    assert all(not (a.get_attribute("href") or "").startswith("javascript:")
               for a in browser.find_elements(By.TAG_NAME, "a"))
