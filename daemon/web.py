"""The review console: a small server-rendered web app over the database (Starlette and
Jinja2 templates, no script at all).

Safe by default: it listens on loopback unless told otherwise, and refuses any other address
without CLAIMWATCH_WEB_TOKEN, which every request must then carry (HTTP basic auth with the
token as password, or a bearer token). Every page is autoescaped and served with a content
security policy that runs no script; every state-changing request needs the CSRF token of
its form (double-submit cookie) and a same-origin Origin header when the browser sends one.
"""
from __future__ import annotations

import base64
import hmac
import ipaddress
import json
import logging
import os
import secrets
from datetime import date
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader
from sqlalchemy.engine import Engine as Database
from sqlmodel import Session
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from daemon import console
from daemon.config import Config, parse_listen
from daemon.errors import ClaimwatchError, ConfigError
from daemon.pipeline import utcnow
from daemon.review import review_alert
from rules.engine import Engine

log = logging.getLogger(__name__)
TOKEN_ENV = "CLAIMWATCH_WEB_TOKEN"
MIN_TOKEN_LENGTH = 16
CSRF_COOKIE, REVIEWER_COOKIE, SAID_COOKIE = "cw_csrf", "cw_reviewer", "cw_said"
HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                                      "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
           # same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on forms
           "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY",
           "Cache-Control": "no-store"}


def check_exposure(listen: str, token: str | None) -> tuple[str, int]:
    """(host, port) to listen on; a ConfigError for an address beyond loopback without a
    token long enough to resist guessing."""
    host, port = parse_listen(listen, "web.listen")
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise ConfigError(f"{TOKEN_ENV} is shorter than {MIN_TOKEN_LENGTH} characters")
    if not token and not is_loopback(host):
        raise ConfigError(f"web.listen = {listen!r} is reachable from other machines: set {TOKEN_ENV} "
                          f"(at least {MIN_TOKEN_LENGTH} characters) in the environment, or listen on 127.0.0.1")
    return host, port


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def console_app(config: Config, engine: Engine, db: Database, listen: str) -> tuple[Starlette, str, int]:
    """The console's app and where it listens: the token from the environment, and a refusal
    (ConfigError) to listen beyond loopback without one."""
    token = os.environ.get(TOKEN_ENV) or None
    host, port = check_exposure(listen, token)
    log.info("review console on http://%s:%d/%s", host, port, " (token required)" if token else "")
    return create_app(config, engine, db, token), host, port


def create_app(config: Config, engine: Engine, db: Database, token: str | None = None) -> Starlette:
    """The console's app over `db`; `token`: the secret every request must carry, if any."""
    pages = Pages(config, engine, db)
    routes = [Route("/", lambda request: RedirectResponse("/alerts", 303)),
              Route("/alerts", pages.alerts), Route("/alerts/{id:int}", pages.alert),
              Route("/alerts/{id:int}/review", pages.review, methods=["POST"]),
              Route("/baseline", pages.baseline), Route("/feeds", pages.feeds), Route("/stats", pages.stats),
              Route("/export/claimreview.json", pages.claim_reviews), Route("/export/alerts.csv", pages.csv)]
    return Starlette(routes=routes, middleware=[Middleware(Guard, token=token)])


class Guard(BaseHTTPMiddleware):
    """The token (if any) on every request, a CSRF token for every visitor, the security
    headers on every answer."""

    def __init__(self, app, token: str | None):
        super().__init__(app)
        self.token = token

    async def dispatch(self, request: Request, call_next) -> Response:
        if self.token and not authorized(request, self.token):
            return PlainTextResponse("the console needs its token (CLAIMWATCH_WEB_TOKEN) as the password",
                                     401, headers={"WWW-Authenticate": 'Basic realm="claimwatch"', **HEADERS})
        cookie = request.cookies.get(CSRF_COOKIE, "")
        request.state.csrf = cookie if len(cookie) == 43 else secrets.token_urlsafe(32)
        response = await call_next(request)
        response.headers.update(HEADERS)
        if request.state.csrf != cookie:
            response.set_cookie(CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict")
        return response


def authorized(request: Request, token: str) -> bool:
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        given = credentials
    elif scheme.lower() == "basic":
        try:
            given = base64.b64decode(credentials).decode().partition(":")[2]
        except (ValueError, UnicodeDecodeError):
            return False
    else:
        return False
    return hmac.compare_digest(given.encode(), token.encode())


def same_origin(request: Request) -> bool:
    """No Origin header (old browsers, command-line clients), or this server's own."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "")


class Pages:
    """One method per page; each reads the database in a session of its own."""

    def __init__(self, config: Config, engine: Engine, db: Database):
        self.config, self.engine, self.db = config, engine, db
        environment = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)
        environment.filters["href"] = safe_href
        environment.filters["tojson_pretty"] = lambda value: json.dumps(value, ensure_ascii=False, indent=2)
        self.templates = Jinja2Templates(env=environment)

    def render(self, request: Request, name: str, status: int = 200, **context) -> Response:
        context.update(csrf=request.state.csrf, nav=name.split(".")[0],
                       reviewer=request.cookies.get(REVIEWER_COOKIE, ""))
        return self.templates.TemplateResponse(request, name, context, status_code=status)

    def alerts(self, request: Request) -> Response:
        error = ""
        try:
            wanted, number = alert_filter(request), _int(request.query_params.get("page"), 1)
        except ClaimwatchError as exc:
            wanted, number, error = console.AlertFilter(), 1, f"filter ignored: {exc}"
        with Session(self.db) as session:
            page = console.alert_page(session, wanted, number)
        query = {k: v for k, v in request.query_params.items() if k != "page" and v}
        return self.render(request, "alerts.html", wanted=wanted, query=urlencode(query), error=error, **page)

    def alert(self, request: Request, error: str = "", status: int = 200) -> Response:
        with Session(self.db) as session:
            detail = console.alert_detail(session, self.engine, request.path_params["id"])
        if detail is None:
            return self.render(request, "missing.html", 404, what=f"alert #{request.path_params['id']}")
        said = request.cookies.get(SAID_COOKIE, "")
        response = self.render(request, "alert.html", status, error=error, said=said, **detail)
        if said:
            response.delete_cookie(SAID_COOKIE)
        return response

    async def review(self, request: Request) -> Response:
        form = await request.form()
        if not hmac.compare_digest(str(form.get("csrf", "")), request.cookies.get(CSRF_COOKIE, "") or "-") \
                or not same_origin(request):
            return PlainTextResponse("refused: this form did not come from the console (CSRF check)", 403,
                                     headers=HEADERS)
        reviewer = str(form.get("reviewer", "")).strip()[:80]
        try:
            said = await run_in_threadpool(self._review, request.path_params["id"], form, reviewer)
        except ClaimwatchError as exc:
            return self.alert(request, error=str(exc), status=400)
        response = RedirectResponse(f"/alerts/{request.path_params['id']}", 303)
        response.set_cookie(SAID_COOKIE, said[:300], httponly=True, samesite="strict", max_age=60)
        response.set_cookie(REVIEWER_COOKIE, reviewer, httponly=True, samesite="strict", max_age=365 * 86400)
        return response

    def _review(self, alert_id: int, form, reviewer: str) -> str:
        with Session(self.db) as session:
            said = review_alert(session, self.engine, alert_id, str(form.get("action", "")), reviewer, utcnow(),
                                str(form.get("note", "")).strip(), _int(form.get("item")),
                                _day(form.get("date")), _int(form.get("count")))
            session.commit()
        log.info("console: %s (by %s)", said, reviewer or "an unnamed reviewer")
        return said

    def baseline(self, request: Request) -> Response:
        with Session(self.db) as session:
            return self.render(request, "baseline.html", **console.baseline_view(session, self.engine))

    def feeds(self, request: Request) -> Response:
        with Session(self.db) as session:
            return self.render(request, "feeds.html", feeds=console.feeds_view(session, self.config))

    def stats(self, request: Request) -> Response:
        with Session(self.db) as session:
            return self.render(request, "stats.html", **console.stats_view(session, console.utc_today()))

    def claim_reviews(self, request: Request) -> Response:
        with Session(self.db) as session:
            reviews = console.claim_reviews(session, self.engine, self.config.web.organization,
                                            str(request.base_url).rstrip("/"))
        return JSONResponse(reviews, media_type="application/ld+json", headers=HEADERS)

    def csv(self, request: Request) -> Response:
        with Session(self.db) as session:
            text = console.alerts_csv(session)
        return Response(text, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="claimwatch-alerts.csv"'})


def alert_filter(request: Request) -> console.AlertFilter:
    params = request.query_params
    return console.AlertFilter(state=params.get("state", ""), kind=params.get("kind", ""),
                               review=params.get("review", ""), language=params.get("language", ""),
                               feed=params.get("feed", ""), since=_day(params.get("since")),
                               until=_day(params.get("until")))


def safe_href(url: str | None) -> str | None:
    """The URL if it is an http(s) link, else None (a javascript: or data: link is not a link)."""
    return url if url and urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def _int(value, default: int | None = None) -> int | None:
    try:
        return int(str(value).strip()) if value not in (None, "") else default
    except ValueError:
        raise ClaimwatchError(f"not a whole number: {str(value)[:20]!r}") from None


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value).strip()) if value else None
    except ValueError:
        raise ClaimwatchError(f"not a date (YYYY-MM-DD): {str(value)[:20]!r}") from None


def serve(app: Starlette, host: str, port: int) -> None:
    """Serve the console until the process is told to stop (blocking)."""
    import uvicorn
    uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)).run()
