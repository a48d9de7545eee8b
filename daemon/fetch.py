"""HTTP fetching with the guards an unattended crawler needs.

Only http(s); every hop of a redirect chain is resolved and refused when it points at a
loopback, private, link-local or otherwise internal address (unless allowed); bodies are
capped after decompression; a total deadline stops servers that trickle; conditional GET
(ETag / Last-Modified) spares unchanged feeds.
"""
from __future__ import annotations

import email.utils
import http.client
import ipaddress
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import urllib3

from daemon.config import FetchConfig
from daemon.errors import FetchError

MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 65536


class FetchCancelled(Exception):
    """The fetcher was stopped while the request waited for its host's turn: nothing was sent."""


@dataclass(frozen=True)
class Response:
    url: str                     # the final URL, after redirects
    status: int
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    retry_after: float | None = None
    content_type: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """One shared connection pool; thread-safe (urllib3's PoolManager is). urllib3 rather
    than a richer client: it costs about half the CPU per page, and pages are many."""

    def __init__(self, config: FetchConfig):
        self.config = config
        self._hosts = HostSlots(config.per_host)
        self._headers = {"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate"}
        self.pool = urllib3.PoolManager(num_pools=256, maxsize=config.per_host, retries=False,
                                        timeout=urllib3.Timeout(connect=config.timeout, read=config.timeout))

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET url following safe redirects; raise FetchError with a one-line reason."""
        headers = dict(self._headers)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.config.deadline
        for _ in range(MAX_REDIRECTS + 1):
            self.check_url(url)
            with self._hosts.slot(urlsplit(url).hostname):
                response = self._get_once(url, headers, deadline)
            if response.status not in REDIRECTS:
                return response
            url = response.url
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def check_url(self, url: str) -> None:
        """Refuse schemes other than http(s) and, unless allowed, internal addresses."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"refused scheme {parts.scheme or '(none)'!r}: only http and https")
        if not parts.hostname:
            raise FetchError(f"no host in URL {url!r}")
        if not self.config.allow_private_addresses:
            refuse_internal_host(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))

    def stop_waiting(self) -> None:
        """Requests waiting for their host's turn, now and later, raise FetchCancelled."""
        self._hosts.cancel()

    def _get_once(self, url: str, headers: dict, deadline: float) -> Response:
        try:
            reply = self.pool.request("GET", url, headers=headers, preload_content=False, redirect=False)
            try:
                return self._read_reply(url, reply, deadline)
            except BaseException:
                reply.close()           # an unread body must not go back to the pool
                raise
            finally:
                reply.release_conn()
        except urllib3.exceptions.NewConnectionError as exc:     # a subclass of the timeouts
            raise FetchError(_connection_failure(exc)) from None
        except urllib3.exceptions.TimeoutError:
            raise FetchError(f"timed out after {self.config.timeout:g}s") from None
        except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from None

    def _read_reply(self, url: str, reply: urllib3.BaseHTTPResponse, deadline: float) -> Response:
        if reply.status in REDIRECTS:
            reply.close()
            return Response(url=urljoin(url, reply.headers.get("location", "")), status=reply.status, body=b"")
        if reply.status == 304:
            return Response(url=url, status=304, body=b"")
        if reply.status >= 400:
            reply.close()
            raise FetchError(_http_error(reply), _retry_after(reply), reply.status)
        return Response(url=url, status=reply.status, body=self._read_capped(reply, deadline),
                        etag=reply.headers.get("etag"), last_modified=reply.headers.get("last-modified"),
                        content_type=reply.headers.get("content-type"))

    def _read_capped(self, reply: urllib3.BaseHTTPResponse, deadline: float) -> bytes:
        """The decoded body, as it arrives (read1 returns what is there, so the deadline
        holds against a server that trickles), refused beyond max_bytes."""
        chunks, size = [], 0
        while chunk := reply.read1(CHUNK):
            size += len(chunk)
            if size > self.config.max_bytes:
                raise FetchError(f"response larger than {self.config.max_bytes} bytes (decoded)")
            if time.monotonic() > deadline:
                raise FetchError(f"response not complete within {self.config.deadline:g}s")
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        self.pool.clear()


class HostSlots:
    """At most `per_host` requests to one host at a time, however many feeds it has; once
    cancelled (the daemon is stopping), a request that would wait for its turn is refused."""

    def __init__(self, per_host: int):
        self._per_host = per_host
        self._lock = threading.Lock()
        self._turns: dict[str, threading.Condition] = {}     # one per host, on the shared lock
        self._in_flight: dict[str, int] = {}
        self._cancelled = False

    @contextmanager
    def slot(self, host: str):
        """Hold one of the host's slots, once one is free (FetchCancelled after cancel())."""
        with self._lock:
            turn = self._turns.setdefault(host, threading.Condition(self._lock))
            while self._in_flight.get(host, 0) >= self._per_host:
                if self._cancelled:
                    raise FetchCancelled(f"stopped while waiting for a request slot for {host}")
                turn.wait()
            self._in_flight[host] = self._in_flight.get(host, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                self._in_flight[host] -= 1
                turn.notify()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            for turn in self._turns.values():
                turn.notify_all()


def refuse_internal_host(host: str, port: int) -> None:
    """Raise FetchError when host resolves to any non-public address."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc.strerror}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            raise FetchError(f"refused {host}: resolves to non-public address {address} "
                             "(set [fetch] allow_private_addresses = true to allow it)")


def _connection_failure(exc: urllib3.exceptions.NewConnectionError) -> str:
    """"connection refused" and the like, from the OS error under urllib3's wrapper."""
    reason = exc.__context__ or exc.__cause__
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot connect: {reason.strerror.lower()}"
    return f"cannot connect: {exc}"


def _retry_after(reply: urllib3.BaseHTTPResponse) -> float | None:
    """Retry-After in seconds, from a number or an HTTP date; None when absent or odd."""
    value = reply.headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None


def _http_error(reply: urllib3.BaseHTTPResponse) -> str:
    message = f"HTTP {reply.status}"
    retry_after = reply.headers.get("retry-after")
    return f"{message} (Retry-After: {retry_after})" if retry_after else message
