"""Alerts as each channel shows them, through apprise to real local servers, and no secret
in any log line."""
import logging

from daemon.logs import SECRETS, SecretFilter
from daemon.notify import Target
from tests.conftest import run_cli

TITLE = 'claimwatch: 1 discrepancy in "Belarus frees 16 <b>& more</b>"'
BODY = "\n".join([
    "Article: Belarus frees 16 <b>& more</b>",
    "URL: http://news.test/a?x=1&y=2",
    "",
    "1. release_count: number released, event of 2025-06-21",
    "   claimed: 16",
    "   baseline: 14",
    '   quote: "Belarus freed 16 *political* prisoners <script>alert(1)</script>"',
])


def _parts(message) -> dict[str, str]:
    return {part.get_content_type(): part.get_payload(decode=True).decode()
            for part in message.walk() if not part.is_multipart()}


def test_email_keeps_each_line_in_text_and_breaks_and_escapes_in_html(mailbox):
    assert Target(mailbox.apprise_url()).send(TITLE, BODY)
    parts = _parts(mailbox.messages[0])
    assert set(parts) == {"text/plain", "text/html"}
    text_lines = [line.strip() for line in parts["text/plain"].splitlines()]
    assert text_lines[:2] == ["Article: Belarus frees 16 <b>& more</b>", "URL: http://news.test/a?x=1&y=2"]
    assert "claimed: 16" in text_lines and "baseline: 14" in text_lines
    html = parts["text/html"]
    assert html.count("<br/>") >= 6
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>" not in html
    assert "&amp; more" in html


def test_a_json_webhook_gets_the_lines_as_written(site):
    hook = site.url("/hook").replace("http://", "json://")
    assert Target(hook).send(TITLE, BODY)
    posted = site.posted_json()[0]
    assert posted["title"] == TITLE and posted["message"] == BODY


def test_a_markdown_target_gets_escaped_markdown_with_a_hard_break_per_line(site):
    hook = site.url("/hook").replace("http://", "json://") + "?format=markdown"
    assert Target(hook).send(TITLE, BODY)
    lines = site.posted_json()[0]["message"].split("\n")
    assert len(lines) == len(BODY.split("\n")) and all(line.endswith("  ") for line in lines[:-1])
    assert lines[4].strip() == "claimed: 16"                        # no indent: not a code block
    assert r"\*political\*" in lines[6]


def test_the_filter_masks_passwords_tokens_and_credentials_of_unknown_urls():
    secrets = SecretFilter()
    secrets.hide("mailto://desk:Hunter2pass@mail.example.com?to=a@b.test")
    secrets.hide("tgram://123456789:AAHsecretTOKEN42/12345")
    secrets.hide("json://127.0.0.1:8080")
    line = ("Unsupported URL: mailto//desk:Hunter2pass@mail.example.com; token 123456789:AAHsecretTOKEN42; "
            "posting to json://127.0.0.1:8080; other https://bob:pw9@x.test/")
    masked = secrets.mask(line)
    assert "Hunter2pass" not in masked and "AAHsecretTOKEN42" not in masked and "pw9" not in masked
    assert "json://127.0.0.1:8080" in masked                     # nothing secret in it: kept


def test_a_library_log_line_passes_through_the_filter(caplog):
    SECRETS.hide("mailto://desk:Hunter2pass@mail.example.com")
    record = logging.LogRecord("apprise", logging.ERROR, __file__, 1,
                               "Unsupported URL: %s", ("mailto//desk:Hunter2pass@mail.example.com",), None)
    SECRETS.filter(record)
    assert "Hunter2pass" not in record.getMessage() and record.getMessage().startswith("Unsupported URL: ")


def test_a_mistyped_target_url_leaks_no_password_or_token_to_any_output(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[notify]\nurls = ["mailto://desk:Hunter2pass@/nohost"]\n')
    env = {"CLAIMWATCH_NOTIFY_URLS": "mailto//desk:Hunter2pass@mail.example.com"}
    for args, extra in ((("config", "check", "--config", str(config)), None),
                        (("config", "check"), env),
                        (("config", "check"), {"CLAIMWATCH_NOTIFY_URLS": "tgram://123456789:AAHsecretTOKEN42"
                                                                         " xyz://user:Hunter2pass@host.test"})):
        result = run_cli(*args, env_extra=extra, cwd=tmp_path)
        assert result.returncode == 2, result
        output = result.stdout + result.stderr
        assert "Hunter2pass" not in output and "AAHsecretTOKEN42" not in output, output
        assert output.strip()
