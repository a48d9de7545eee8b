"""Configuration: every mistake is one clear error naming the key."""
import pytest

from daemon.config import load_config, mask_secret_url, parse_config, parse_interval
from daemon.errors import ConfigError
from tests.conftest import ROOT, run_cli


def test_the_shipped_config_is_valid():
    config = load_config(str(ROOT / "config.toml"), environ={})
    assert config.database_url == "sqlite:///data/claimwatch.db"
    assert config.feeds and all(f.url.startswith("https://") for f in config.feeds)
    assert config.fetch.allow_private_addresses is False


def test_embedded_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(environ={})
    assert config.feeds == () and config.database_url.startswith("sqlite:///")


def test_environment_overrides_database_and_notify_urls(tmp_path):
    config = load_config(str(ROOT / "config.toml"), environ={
        "CLAIMWATCH_DATABASE_URL": "sqlite:///other.db",
        "CLAIMWATCH_NOTIFY_URLS": "json://a.test/x, mailto://u:p@b.test"})
    assert config.database_url == "sqlite:///other.db"
    assert config.notify.urls == ("json://a.test/x", "mailto://u:p@b.test")


@pytest.mark.parametrize("data, key", [
    ({"databse": {}}, "databse"),
    ({"fetch": {"timeuot": 3}}, "fetch.timeuot"),
    ({"fetch": {"timeout": "fast"}}, "fetch.timeout"),
    ({"fetch": {"extract_timeout": -1}}, "fetch.extract_timeout"),
    ({"fetch": {"allow_private_addresses": "yes"}}, "fetch.allow_private_addresses"),
    ({"feeds": [{"name": "x", "url": "ftp://x.test/feed"}]}, "feeds[0].url"),
    ({"feeds": [{"name": "x", "url": "https://x.test/feed", "interval": "soon"}]}, "feeds[0].interval"),
    ({"feeds": [{"name": "x", "url": "https://x.test/feed", "every": "1m"}]}, "feeds[0].every"),
    ({"notify": {"urls": ["not a url"]}}, "notify.urls[0]"),
])
def test_mistakes_name_the_key(data, key):
    with pytest.raises(ConfigError) as caught:
        parse_config(data)
    assert str(caught.value).startswith(key + ":")


def test_a_number_out_of_range_says_what_is_expected():
    with pytest.raises(ConfigError, match=r"fetch.extract_timeout: expected a number above 0, got 0"):
        parse_config({"fetch": {"extract_timeout": 0}})
    with pytest.raises(ConfigError, match=r"fetch.per_host: expected a whole number above 0, got 2.5"):
        parse_config({"fetch": {"per_host": 2.5}})


def test_intervals():
    assert parse_interval("90s", "k") == 90
    assert parse_interval("10m", "k") == 600
    assert parse_interval("2h", "k") == 7200
    assert parse_interval(300, "k") == 300
    with pytest.raises(ConfigError, match="shorter than 10 seconds"):
        parse_interval("1s", "k")


def test_secrets_are_masked():
    assert mask_secret_url("mailto://user:hunter2@mail.test?to=a@b.test") == "mailto://***@mail.test/***"
    assert mask_secret_url("json://127.0.0.1:8080") == "json://127.0.0.1:8080"
    assert "token" not in mask_secret_url("tgram://123456:token/987")
    assert "SECRET" not in mask_secret_url("json://hooks.test/SECRET")


def test_missing_or_broken_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(str(tmp_path / "nope.toml"), environ={})
    broken = tmp_path / "broken.toml"
    broken.write_text("[database\nurl=")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(str(broken), environ={})


def test_every_option_is_documented_in_the_shipped_config():
    import re
    from dataclasses import fields
    from daemon.config import FeedConfig, FetchConfig, NotifyConfig, RulesConfig
    shipped = (ROOT / "config.toml").read_text()
    for section, cls in (("fetch", FetchConfig), ("notify", NotifyConfig), ("rules", RulesConfig)):
        body = shipped.split(f"[{section}]", 1)[1]
        for option in fields(cls):
            assert re.search(rf"^#? ?{option.name} =", body, re.M), f"{section}.{option.name} undocumented"
    for option in fields(FeedConfig):
        assert f"{option.name} " in shipped, f"feeds.{option.name} undocumented"


def test_a_feed_listed_twice_is_an_error_naming_both_entries():
    feed = {"url": "https://news.test/rss", "interval": "15m"}
    with pytest.raises(ConfigError) as error:
        parse_config({"feeds": [{"name": "A", **feed}, {"name": "B", "url": "https://other.test/rss"},
                                {"name": "C", **feed}]})
    assert str(error.value) == ("feeds[2] ('C') has the same url as feeds[0] ('A'): "
                                "https://news.test/rss; list each feed once")


def test_config_check_prints_the_effective_config_as_toml_from_the_file_it_read(tmp_path):
    import tomllib
    (tmp_path / "config.toml").write_text(
        '[notify]\nurls = ["mailto://desk:Hunter2pass@mail.test?to=a@b.test"]\n'
        '[[feeds]]\nname = "N"\nurl = "https://news.test/rss"\ninterval = "900s"\n')
    result = run_cli("config", "check", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"# config: {tmp_path / 'config.toml'} is valid"
    shown = tomllib.loads(result.stdout)
    assert shown["feeds"] == [{"name": "N", "url": "https://news.test/rss", "interval": "15m"}]
    assert shown["notify"]["urls"] == ["mailto://***@mail.test/***"] and "Hunter2pass" not in result.stdout
    assert shown["fetch"]["timeout"] == 20.0 and shown["notify"]["feed_failure_alert_after"] == "6h"
    assert set(shown) == {"database", "fetch", "notify", "rules", "web", "ops", "feeds"}
    assert shown["web"] == {"listen": "127.0.0.1:8080", "organization": "claimwatch"}


def test_the_same_feed_twice_fails_config_check_and_run_with_one_line(tmp_path):
    twice = '[[feeds]]\nname = "{}"\nurl = "https://news.test/rss"\n'
    (tmp_path / "config.toml").write_text(twice.format("first") + twice.format("again"))
    for command in (("config", "check"), ("run", "--once")):
        result = run_cli(*command, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.strip() == ("claimwatch: feeds[1] ('again') has the same url as feeds[0] "
                                         "('first'): https://news.test/rss; list each feed once")


def test_intervals_are_shown_in_their_largest_whole_unit():
    from daemon.config import format_interval
    assert [format_interval(s) for s in (90, 900, 7200, 86400, 3601)] == ["90s", "15m", "2h", "1d", "3601s"]


def test_a_database_password_is_masked_wherever_the_url_puts_it():
    from daemon.config import describe_database, mask_database_url
    assert mask_database_url("postgresql+psycopg://cw:hunter2@db.test/cw") == "postgresql+psycopg://cw:***@db.test/cw"
    assert mask_database_url("postgresql+psycopg:///test?host=h&user=u&password=hunter2") == \
        "postgresql+psycopg:///test?host=h&user=u&password=***"
    assert describe_database("sqlite:///data/x.db").endswith("/data/x.db")
    assert "hunter2" not in describe_database("postgresql:///t?password=hunter2")
