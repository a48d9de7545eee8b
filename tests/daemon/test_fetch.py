"""The fetcher against a real local HTTP server."""
import gzip
import threading
import time

import pytest

from daemon.config import FetchConfig
from daemon.errors import FetchError
from daemon.fetch import FetchCancelled, Fetcher, HostSlots

FAST = FetchConfig(timeout=1.0, deadline=2.0, max_bytes=10_000, allow_private_addresses=True)


@pytest.fixture
def fetcher():
    f = Fetcher(FAST)
    yield f
    f.close()


def test_loopback_is_refused_unless_allowed(site):
    url = site.add("/feed", "<rss/>")
    strict = Fetcher(FetchConfig())
    with pytest.raises(FetchError, match="non-public address 127.0.0.1"):
        strict.get(url)
    assert site.hits.get("/feed") is None                   # refused before connecting
    assert Fetcher(FAST).get(url).body == b"<rss/>"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.test/x", "gopher://x/"])
def test_only_http_and_https(fetcher, url):
    with pytest.raises(FetchError, match="only http and https"):
        fetcher.get(url)


def test_redirect_to_another_scheme_is_refused(fetcher, site):
    url = site.add("/go", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="refused scheme 'file'"):
        fetcher.get(url)


def test_redirect_to_internal_address_is_checked_on_every_hop(site):
    url = site.add("/go", status=301, headers={"Location": "http://169.254.169.254/latest/meta-data"})
    with pytest.raises(FetchError, match="non-public address 127.0.0.1"):
        Fetcher(FetchConfig(timeout=1.0)).get(url)
    with pytest.raises(FetchError, match="non-public"):
        Fetcher(FetchConfig(timeout=1.0)).check_url("http://169.254.169.254/latest/meta-data")


def test_redirect_loop_stops(fetcher, site):
    site.add("/a", status=302, headers={"Location": "/b"})
    url = site.add("/b", status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="redirects"):
        fetcher.get(url)


def test_body_is_capped_after_decompression(fetcher, site):
    bomb = gzip.compress(b"0" * 5_000_000)                  # 5 MB that packs to ~5 KB
    url = site.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="larger than 10000 bytes"):
        fetcher.get(url)


def test_a_trickling_server_hits_the_deadline(fetcher, site):
    url = site.add("/slow", b"x" * 100, trickle=0.05)
    with pytest.raises(FetchError, match="not complete within|timed out"):
        fetcher.get(url)


def test_http_errors_carry_status_and_retry_after(fetcher, site):
    url = site.add("/busy", "busy", status=503, headers={"Retry-After": "120"})
    with pytest.raises(FetchError, match=r"HTTP 503 \(Retry-After: 120\)"):
        fetcher.get(url)


def test_conditional_get_returns_not_modified(fetcher, site):
    url = site.add("/feed", "<rss/>", headers={"ETag": '"v1"'})
    first = fetcher.get(url)
    assert first.etag == '"v1"' and not first.not_modified
    assert fetcher.get(url, etag=first.etag).not_modified


def test_at_most_per_host_requests_to_one_host_at_a_time(site):
    urls = [site.add(f"/p{i}", "x", delay=0.2) for i in range(6)]
    fetcher = Fetcher(FetchConfig(per_host=2, allow_private_addresses=True))
    threads = [threading.Thread(target=fetcher.get, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert site.most_at_once == 2 and sum(site.hits.values()) == 6


def test_stop_waiting_cancels_the_requests_waiting_for_their_host_not_those_in_flight(site):
    slow, queued = site.add("/slow", "done", delay=1.0), site.add("/queued", "never")
    fetcher = Fetcher(FetchConfig(per_host=1, allow_private_addresses=True))
    results = {}

    def get(name, url):
        try:
            results[name] = fetcher.get(url).body
        except FetchCancelled as exc:
            results[name] = exc
    in_flight = threading.Thread(target=get, args=("slow", slow))
    in_flight.start()
    while not site.hits.get("/slow"):
        time.sleep(0.01)
    waiting = threading.Thread(target=get, args=("queued", queued))
    waiting.start()
    time.sleep(0.1)
    fetcher.stop_waiting()
    waiting.join(timeout=0.5)
    assert isinstance(results.get("queued"), FetchCancelled)      # at once, not after /slow
    in_flight.join()
    assert results["slow"] == b"done" and "/queued" not in site.hits


def test_once_cancelled_host_slots_refuse_only_the_requests_that_would_wait():
    slots = HostSlots(per_host=1)
    slots.cancel()
    with slots.slot("a.test"), slots.slot("b.test"):               # free slots are still taken
        with pytest.raises(FetchCancelled, match="a.test"):
            with slots.slot("a.test"):
                pass


def test_a_refused_private_address_names_the_setting_that_allows_it(site):
    with pytest.raises(FetchError, match=r"\(set \[fetch\] allow_private_addresses = true to allow it\)"):
        Fetcher(FetchConfig()).get(site.url("/feed"))


def test_a_refused_connection_is_not_called_a_timeout(fetcher):
    from tests.servers import free_port
    with pytest.raises(FetchError) as error:
        fetcher.get(f"http://127.0.0.1:{free_port()}/feed")      # nothing listens there
    assert str(error.value) == "connection refused"


def test_a_server_that_does_not_answer_in_time_is_a_timeout(fetcher, site):
    url = site.add("/slow", "<rss/>", delay=3.0)
    with pytest.raises(FetchError, match=r"^timed out after 1s$"):
        fetcher.get(url)
