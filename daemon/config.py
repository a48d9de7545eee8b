"""config.toml → frozen dataclasses, validated once and passed down.

Every key has a default here and a comment in config.toml; unknown keys are errors, so a
typo never silently does nothing. CLAIMWATCH_DATABASE_URL, CLAIMWATCH_NOTIFY_URLS and
CLAIMWATCH_TARGET_URL_<NAME> (a named target's URL) override the file; CLAIMWATCH_CONFIG
names it.
"""
from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from daemon.errors import ConfigError
from rules.lang import available_languages
from rules.model import DISCREPANCY_KINDS

DEFAULT_CONFIG = "config.toml"
DEFAULT_DATABASE_URL = "sqlite:///data/claimwatch.db"
_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_PLAIN_HOST = re.compile(r"(localhost|[\d.]+|[\w-]+(\.[\w-]+)*\.[a-z]{2,})(:\d{1,5})?", re.I)
_SECRET_KEY = re.compile(r"token|key|secret|pass|pwd|auth|sig", re.I)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class FeedConfig:
    name: str
    url: str
    interval: int = 600             # seconds between polls


@dataclass(frozen=True)
class FetchConfig:
    timeout: float = 20.0           # seconds for connect and for each read
    deadline: float = 60.0          # seconds for a whole response, however slowly it trickles
    max_bytes: int = 5_000_000      # cap on a decoded response body
    user_agent: str = "claimwatch/0.1 (+https://github.com/claimwatch)"
    allow_private_addresses: bool = False
    max_entries_per_feed: int = 50  # newest entries considered per poll
    concurrency: int = 64           # feeds polled, and pages fetched, at the same time (threads)
    per_host: int = 4               # requests in flight to one host at a time
    extract_timeout: float = 60.0   # seconds one page may take to extract and check
    lease: int = 600                # seconds a poll holds its feed from other daemons, should it die


DIGEST_PERIODS = {"hourly": 3600, "daily": 86400}
ROUTE_KINDS = (*DISCREPANCY_KINDS, "operator")
SEVERITIES = ("normal", "high")     # a release the baseline lacks; a contradiction or operator notice


@dataclass(frozen=True)
class TargetConfig:
    name: str                       # stable: its deliveries survive a rotated token in the URL
    url: str
    tags: tuple[str, ...] = ()      # routes may name a tag instead of each target
    digest: str = ""                # "", "hourly" or "daily": one message per period (UTC)


@dataclass(frozen=True)
class RouteConfig:
    """Alerts matching every condition given (an empty one matches all) go to `targets`
    (names or tags; empty: to nobody). The first matching route decides, as in Prometheus
    Alertmanager, unless it says continue_matching: then later matches add their targets."""
    targets: tuple[str, ...] = ()
    continue_matching: bool = False
    kinds: tuple[str, ...] = ()     # discrepancy kinds, or "operator" for feed-failure notices
    languages: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()     # feed names
    min_severity: str = ""          # "normal" or "high"


@dataclass(frozen=True)
class NotifyConfig:
    urls: tuple[str, ...] = ()      # unnamed targets (the older form), each known by a hash
    targets: tuple[TargetConfig, ...] = ()
    routes: tuple[RouteConfig, ...] = ()
    names_in_title: bool = True     # false: message titles name no article (so no person)
    max_quote: int = 300            # characters of a quoted sentence in a message
    max_attempts: int = 8           # delivery tries before an alert is marked failed
    feed_failure_alert_after: int = 6 * 3600   # seconds a feed may fail before the operator is told


@dataclass(frozen=True)
class RulesConfig:
    overrides: str | None = None    # operator TOML with baseline overrides, persons, tolerances


@dataclass(frozen=True)
class WebConfig:
    listen: str = "127.0.0.1:8080"  # host:port of the review console (`claimwatch web`)
    organization: str = "claimwatch"  # the author named in ClaimReview exports


@dataclass(frozen=True)
class OpsConfig:
    listen: str = ""                # host:port of /metrics and /healthz from `claimwatch run`; "" = off


@dataclass(frozen=True)
class Config:
    database_url: str = DEFAULT_DATABASE_URL
    feeds: tuple[FeedConfig, ...] = ()
    fetch: FetchConfig = field(default_factory=FetchConfig)
    notify: NotifyConfig = field(default_factory=NotifyConfig)
    rules: RulesConfig = field(default_factory=RulesConfig)
    web: WebConfig = field(default_factory=WebConfig)
    ops: OpsConfig = field(default_factory=OpsConfig)
    path: str | None = None


def load_config(path: str | None = None, environ: dict | None = None) -> Config:
    """Read, validate and apply environment overrides; raise ConfigError naming the bad key."""
    environ = os.environ if environ is None else environ
    path = path or environ.get("CLAIMWATCH_CONFIG") or _default_file()
    data = _read_toml(path) if path else {}
    config = parse_config(data, path=path)
    return _apply_environment(config, environ)


def parse_config(data: dict, path: str | None = None) -> Config:
    """Turn the parsed TOML into a Config."""
    _reject_unknown(data, {"database", "feeds", "fetch", "notify", "rules", "web", "ops"}, "")
    database = _section(data, "database")
    _reject_unknown(database, {"url"}, "database.")
    feeds = data.get("feeds", [])
    if not isinstance(feeds, list):
        raise ConfigError("feeds: must be a list of [[feeds]] tables")
    feeds = _no_repeated_urls(tuple(_parse_feed(feed, i) for i, feed in enumerate(feeds)))
    notify = _parse_notify(_section(data, "notify"))
    _routes_name_known_feeds(notify.routes, feeds)
    return Config(
        database_url=_string(database, "url", "database.", DEFAULT_DATABASE_URL),
        feeds=feeds,
        fetch=_parse_fetch(_section(data, "fetch")),
        notify=notify,
        rules=_parse_dataclass(RulesConfig, _section(data, "rules"), "rules."),
        web=_parse_web(_section(data, "web")),
        ops=_parse_ops(_section(data, "ops")),
        path=path,
    )


def parse_interval(value, key: str) -> int:
    """'90s', '10m', '2h', '1d' or a number of seconds → seconds (at least 10)."""
    if isinstance(value, int) and not isinstance(value, bool):
        seconds = value
    else:
        match = _INTERVAL.match(str(value))
        if not match:
            raise ConfigError(f"{key}: bad interval {value!r} (use e.g. '90s', '10m', '2h')")
        seconds = int(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds < 10:
        raise ConfigError(f"{key}: interval {value!r} is shorter than 10 seconds")
    return seconds


def format_interval(seconds: int) -> str:
    """Seconds as a config interval, in the largest unit that divides them: 900 → '15m'."""
    for unit, size in sorted(_UNIT_SECONDS.items(), key=lambda item: -item[1]):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def config_as_toml(config: Config) -> str:
    """The effective configuration as TOML, every key present, secrets masked."""
    notify = {**_values(config.notify), "urls": [mask_secret_url(u) for u in config.notify.urls],
              "feed_failure_alert_after": format_interval(config.notify.feed_failure_alert_after)}
    del notify["targets"], notify["routes"]
    tables = [("database", {"url": mask_database_url(config.database_url)}),
              ("fetch", {**_values(config.fetch), "lease": format_interval(config.fetch.lease)}), ("notify", notify), ("rules", _values(config.rules)),
              ("web", _values(config.web)), ("ops", _values(config.ops))]
    lines = []
    for name, values in tables:
        lines += [f"[{name}]", *_toml_lines(values), ""]
    for target in config.notify.targets:
        lines += ["[[notify.targets]]", *_toml_lines({**_values(target), "url": mask_secret_url(target.url)}), ""]
    for route in config.notify.routes:
        lines += ["[[notify.routes]]", *_toml_lines(_values(route)), ""]
    for feed in config.feeds:
        lines += ["[[feeds]]", *_toml_lines({**_values(feed), "interval": format_interval(feed.interval)}), ""]
    return "\n".join(lines).rstrip() + "\n"


def _values(section) -> dict:
    return {f.name: getattr(section, f.name) for f in fields(section)}


def _toml_lines(values: dict) -> list[str]:
    """key = value lines; a key whose value is None is shown commented out."""
    return [f"# {key} = (not set)" if value is None else f"{key} = {_toml_value(value)}"
            for key, value in values.items()]


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)       # a JSON string is a TOML basic string


def describe_database(url: str) -> str:
    """The database for a person: a SQLite file's absolute path, a server's URL with its
    password hidden."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return str(Path(url[len("sqlite:///"):].split("?")[0]).resolve())
    return mask_database_url(url)


def mask_database_url(url: str) -> str:
    """A database URL with its password hidden, in the user part or in the query
    ("postgresql://u:***@host/db", "…?user=u&password=***"); host and database stay visible."""
    url = re.sub(r"(//[^/:@]*:)[^/@]*@", r"\1***@", url)
    return re.sub(rf"([?&][^=&]*(?:{_SECRET_KEY.pattern})[^=&]*=)[^&]*", r"\1***", url, flags=re.I)


def mask_feed_url(url: str) -> str:
    """A feed URL as a desk may see it: its user and password, and the values of query
    parameters named like secrets (token, key, sig…), hidden; the rest as it is."""
    parts = urlsplit(url)
    netloc = ("***@" if "@" in parts.netloc else "") + parts.netloc.rpartition("@")[2]
    query = re.sub(r"([^=&]+)=([^&]*)",
                   lambda m: f"{m[1]}=***" if _SECRET_KEY.search(unquote(m[1])) else m[0], parts.query)
    return parts._replace(netloc=netloc, query=query).geturl()


def mask_secret_url(url: str) -> str:
    """An apprise URL with credentials, tokens, paths and queries hidden.

    Only a plain host name or address stays visible ('mailto://***@mail.test/***'); a
    service whose "host" is itself a token (tgram://TOKEN/CHAT) shows as scheme://***."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return "***"
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    credentials, _, host = netloc.rpartition("@")
    if not _PLAIN_HOST.fullmatch(host):
        host = "***"
    masked = f"{scheme}://" + ("***@" if credentials else "") + host
    return masked + ("/***" if len(rest) > len(netloc) else "")


def secret_parts(url: str) -> list[str]:
    """The parts of a URL that may be secret: the URL itself, its user and password, a host
    that is a token, its path and query, and the token-like or secret-named values in them."""
    _, sep, rest = url.partition("://")
    if not sep:
        _, sep, rest = url.partition("//")               # a mistyped "mailto//user:pass@…"
    if not sep:
        return [url]
    parts = urlsplit("x://" + rest)
    credentials, _, host = parts.netloc.rpartition("@")
    token_host = not _PLAIN_HOST.fullmatch(host)
    if not (credentials or token_host or parts.path.strip("/") or parts.query):
        return []                                        # json://127.0.0.1:8080: nothing secret
    found = [url, rest, credentials, *credentials.split(":"), host if token_host else "",
             parts.path, parts.query]
    found += [s for s in parts.path.split("/") if _token_like(s)]
    found += [value for key, value in parse_qsl(parts.query)
              if _SECRET_KEY.search(key) or _token_like(value)]
    return [unquote(s) for s in found if s] + [s for s in found if s]


def _token_like(text: str) -> bool:
    return len(text) >= 8 and any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _read_toml(path: str) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _default_file() -> str | None:
    """config.toml in the working directory when present (else: the embedded defaults)."""
    return DEFAULT_CONFIG if Path(DEFAULT_CONFIG).is_file() else None


def _apply_environment(config: Config, environ) -> Config:
    if environ.get("CLAIMWATCH_DATABASE_URL"):
        config = replace(config, database_url=environ["CLAIMWATCH_DATABASE_URL"])
    if environ.get("CLAIMWATCH_NOTIFY_URLS"):
        urls = _checked_urls([u for u in re.split(r"[\s,]+", environ["CLAIMWATCH_NOTIFY_URLS"]) if u],
                             "CLAIMWATCH_NOTIFY_URLS")
        config = replace(config, notify=replace(config.notify, urls=urls))
    targets = tuple(replace(t, url=environ.get(target_url_variable(t.name)) or t.url) for t in config.notify.targets)
    for target in targets:
        _checked_urls([target.url], f"notify.targets {target.name!r}: url (or {target_url_variable(target.name)})")
    return replace(config, notify=replace(config.notify, targets=targets))


def target_url_variable(name: str) -> str:
    """The environment variable that gives (or replaces) a named target's secret URL."""
    return "CLAIMWATCH_TARGET_URL_" + re.sub(r"\W", "_", name).upper()


def _section(data: dict, name: str) -> dict:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{name}: must be a table ([{name}])")
    return value


def _reject_unknown(data: dict, known: set[str], prefix: str) -> None:
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{prefix}{unknown[0]}: unknown key (known: {', '.join(sorted(known))})")


def _string(data: dict, key: str, prefix: str, default: str) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{prefix}{key}: must be a non-empty string")
    return value


def _parse_feed(data, index: int) -> FeedConfig:
    prefix = f"feeds[{index}]."
    if not isinstance(data, dict):
        raise ConfigError(f"feeds[{index}]: must be a table")
    _reject_unknown(data, {"name", "url", "interval"}, prefix)
    url = _string(data, "url", prefix, "")
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise ConfigError(f"{prefix}url: {url!r} is not an http(s) URL")
    return FeedConfig(name=_string(data, "name", prefix, url), url=url,
                      interval=parse_interval(data.get("interval", "10m"), prefix + "interval"))


def _no_repeated_urls(feeds: tuple[FeedConfig, ...]) -> tuple[FeedConfig, ...]:
    """The feeds, each URL once: a feed listed twice is a mistake, named with both entries."""
    first: dict[str, int] = {}
    for i, feed in enumerate(feeds):
        if feed.url in first:
            j = first[feed.url]
            raise ConfigError(f"feeds[{i}] ({feed.name!r}) has the same url as feeds[{j}] "
                              f"({feeds[j].name!r}): {feed.url}; list each feed once")
        first[feed.url] = i
    return feeds


def _parse_fetch(data: dict) -> FetchConfig:
    if "lease" in data:
        data = {**data, "lease": parse_interval(data["lease"], "fetch.lease")}
    return _parse_dataclass(FetchConfig, data, "fetch.")


def _parse_web(data: dict) -> WebConfig:
    web = _parse_dataclass(WebConfig, data, "web.")
    parse_listen(web.listen, "web.listen")
    return web


def _parse_ops(data: dict) -> OpsConfig:
    ops = _parse_dataclass(OpsConfig, data, "ops.")
    if ops.listen:
        parse_listen(ops.listen, "ops.listen")
    return ops


def parse_listen(value: str, key: str) -> tuple[str, int]:
    """'host:port' (IPv6 hosts in brackets) → (host, port)."""
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigError(f"{key}: {value!r} is not host:port (e.g. '127.0.0.1:8080')")
    return host.strip("[]"), int(port)


def _parse_notify(data: dict) -> NotifyConfig:
    data = dict(data)
    if "feed_failure_alert_after" in data:
        data["feed_failure_alert_after"] = parse_interval(data["feed_failure_alert_after"],
                                                          "notify.feed_failure_alert_after")
    targets = _tables(data.pop("targets", []), "notify.targets")
    routes = _tables(data.pop("routes", []), "notify.routes")
    config = _parse_dataclass(NotifyConfig, data, "notify.")
    targets = tuple(_parse_target(t, f"notify.targets[{i}].") for i, t in enumerate(targets))
    _no_repeated_names(targets)
    known = {t.name for t in targets} | {tag for t in targets for tag in t.tags}
    routes = tuple(_parse_route(r, f"notify.routes[{i}].", known) for i, r in enumerate(routes))
    return replace(config, urls=_checked_urls(config.urls, "notify.urls"), targets=targets, routes=routes)


def _routes_name_known_feeds(routes: tuple[RouteConfig, ...], feeds: tuple[FeedConfig, ...]) -> None:
    names = {feed.name for feed in feeds}
    for i, route in enumerate(routes):
        for name in route.feeds:
            if name not in names:
                raise ConfigError(f"notify.routes[{i}].feeds: {name!r} is not the name of a [[feeds]] entry")


def _tables(value, key: str) -> list[dict]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{key}: must be a list of [[{key}]] tables")
    return value


_TARGET_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


def _parse_target(data: dict, prefix: str) -> TargetConfig:
    target = _parse_dataclass(TargetConfig, {"name": "", "url": "", **data}, prefix)
    if not _TARGET_NAME.fullmatch(target.name):
        raise ConfigError(f"{prefix}name: {target.name!r} must be 1-40 lower-case letters, digits, - or _")
    if target.url:                  # else it comes from the environment: target_url_variable
        _checked_urls([target.url], prefix + "url")
    if target.digest not in ("", *DIGEST_PERIODS):
        raise ConfigError(f"{prefix}digest: {target.digest!r} is not one of \"\", \"hourly\", \"daily\"")
    return target


def _no_repeated_names(targets: tuple[TargetConfig, ...]) -> None:
    """Each name once, and each name's environment variable too ("desk-a" and "desk_a" share one)."""
    seen: dict[str, str] = {}
    for target in targets:
        variable = target_url_variable(target.name)
        if variable in seen and seen[variable] == target.name:
            raise ConfigError(f"notify.targets: the name {target.name!r} is given to two targets")
        if variable in seen:
            raise ConfigError(f"notify.targets: the names {seen[variable]!r} and {target.name!r} are the same "
                              f"target name ({variable}); give each target its own")
        seen[variable] = target.name


def _parse_route(data: dict, prefix: str, known_targets: set[str]) -> RouteConfig:
    if "targets" not in data:
        raise ConfigError(f"{prefix}targets: missing (a list of target names or tags; [] sends to nobody)")
    route = _parse_dataclass(RouteConfig, data, prefix)
    for name in route.targets:
        if name not in known_targets:
            raise ConfigError(f"{prefix}targets: {name!r} is neither the name nor a tag of a [[notify.targets]]")
    for kind in route.kinds:
        if kind not in ROUTE_KINDS:
            raise ConfigError(f"{prefix}kinds: {kind!r} is not one of {', '.join(ROUTE_KINDS)}")
    known_languages = available_languages()
    for language in route.languages:
        if language not in known_languages:
            raise ConfigError(f"{prefix}languages: {language!r} is not a language claimwatch reads "
                              f"({', '.join(known_languages)}); others are never checked, so never alerted on")
    if route.min_severity not in ("", *SEVERITIES):
        raise ConfigError(f"{prefix}min_severity: {route.min_severity!r} is not \"normal\" or \"high\"")
    return route


def _checked_urls(urls, key: str) -> tuple[str, ...]:
    """The alert target URLs, each at least shaped like one (scheme://…): apprise would log
    a malformed one whole, password and all."""
    for i, url in enumerate(urls):
        if not isinstance(url, str) or "://" not in url:
            raise ConfigError(f"{key}[{i}]: {mask_secret_url(str(url))} is not an apprise URL")
    return tuple(urls)


def _parse_dataclass(cls, data: dict, prefix: str):
    """Fill a flat dataclass from a table, checking each value's type against its default."""
    known = {f.name: f for f in fields(cls)}
    _reject_unknown(data, set(known), prefix)
    values = {}
    for key, value in data.items():
        default = known[key].default
        values[key] = _check_type(value, default, prefix + key)
    return cls(**values)


_EXPECTED = {bool: "true or false", int: "a whole number above 0", float: "a number above 0",
             tuple: "a list of strings"}


def _check_type(value, default, key: str):
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool) and value > 0
    elif isinstance(default, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0
        value = float(value) if ok else value
    elif isinstance(default, tuple):
        ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
        value = tuple(value) if ok else value
    else:
        ok = isinstance(value, str)
    if not ok:
        raise ConfigError(f"{key}: expected {_EXPECTED.get(type(default), 'string')}, got {value!r}")
    return value
