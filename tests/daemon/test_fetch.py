"""The fetcher against a real local HTTP server."""
import gzip

import pytest

from daemon.config import FetchConfig
from daemon.errors import FetchError
from daemon.fetch import Fetcher

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
