"""Real local servers for the tests: a programmable HTTP site, an alert endpoint that
records what apprise posts to it, and an SMTP server (aiosmtpd) that keeps the mail."""
from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    delay: float = 0.0            # seconds before answering
    trickle: float = 0.0          # seconds between body bytes (a slow server)
    endless: bool = False         # stream zeros until the client hangs up (a huge body)


class Site:
    """An HTTP server on 127.0.0.1 whose routes tests set; it counts requests per path, and
    the most GETs it has answered at once."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.most_at_once = 0
        self._at_once = 0
        self._gauge = threading.Lock()
        self.posts: list[tuple[str, bytes]] = []
        self.post_status = 200
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", status: int = 200, **options) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(status=status, body=data, **options)
        return self.url(path)

    def posted_json(self) -> list[dict]:
        return [json.loads(body) for _, body in self.posts]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                with site._gauge:
                    site._at_once += 1
                    site.most_at_once = max(site.most_at_once, site._at_once)
                try:
                    self._get()
                finally:
                    with site._gauge:
                        site._at_once -= 1

            def _get(self):
                path = self.path.split("?")[0]
                site.hits[path] = site.hits.get(path, 0) + 1
                route = site.routes.get(path, Route(status=404, body=b"not found"))
                time.sleep(route.delay)
                if "ETag" in route.headers and self.headers.get("If-None-Match") == route.headers["ETag"]:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                size = 500 * 1024 * 1024 if route.endless else len(route.body)
                self.send_header("Content-Length", str(size))
                self.end_headers()
                self._write(route)

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                site.posts.append((self.path, self.rfile.read(length)))
                self.send_response(site.post_status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def _write(self, route: Route):
                try:
                    if route.endless:
                        for _ in range(500 * 16):
                            self.wfile.write(b"0" * 65536)
                        return
                    if not route.trickle:
                        self.wfile.write(route.body)
                        return
                    for i in range(len(route.body)):
                        self.wfile.write(route.body[i:i + 1])
                        self.wfile.flush()
                        time.sleep(route.trickle)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MailBox:
    """An aiosmtpd SMTP server on 127.0.0.1 that keeps every message it accepts."""

    def __init__(self):
        self.messages = []
        self.refuse = False
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def apprise_url(self) -> str:
        return (f"mailto://127.0.0.1:{self.port}?mode=insecure"
                f"&from=claimwatch@example.test&to=desk@example.test")

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return "451 Requested action aborted: try again later"
        self.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"

    def close(self) -> None:
        self.controller.stop()
