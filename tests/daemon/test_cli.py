"""The command line as users and the scorer call it."""
import json

import pytest

from tests.conftest import ROOT, run_cli

SAMPLE = ROOT / "examples" / "site" / "articles"
CONSISTENT = SAMPLE / "envoy-visit-fourteen-freed.html"
CONTRADICTING = SAMPLE / "aggregator-sixteen-freed.html"


def test_check_json_prints_one_object_per_source_in_order(tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Freed in Minsk\nBelarus freed 15 political prisoners on Saturday after talks with Keith Kellogg.")
    result = run_cli("check", "--json", str(CONTRADICTING), str(CONSISTENT), str(text),
                     "--published", "2025-06-22", cwd=tmp_path)
    assert result.returncode == 1, result.stderr                # a discrepancy was found
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in lines] == [str(CONTRADICTING), str(CONSISTENT), str(text)]
    assert set(lines[0]) == {"source", "title", "published", "language", "claims", "discrepancies", "candidates"}
    found = lines[0]["discrepancies"]
    assert [(d["kind"], d["event"], d["claimed"], d["baseline"]) for d in found] == \
        [("release_count", "2025-06-21", 16, 14)]
    assert found[0]["sources"] and "16 political prisoners" in found[0]["evidence"]
    assert lines[1]["discrepancies"] == [] and lines[1]["claims"]
    assert [d["claimed"] for d in lines[2]["discrepancies"]] == [15]
    assert not (tmp_path / "data").exists()                 # check stores nothing


def test_check_reads_stdin(tmp_path):
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "daemon", "check", "--json", "-"], cwd=tmp_path,
                            input=CONTRADICTING.read_text(), capture_output=True, text=True)
    assert json.loads(result.stdout)["discrepancies"][0]["claimed"] == 16


def test_errors_are_one_line_without_traceback(tmp_path):
    missing = run_cli("check", "--json", str(tmp_path / "nope.html"), cwd=tmp_path)
    assert missing.returncode == 2
    assert json.loads(missing.stdout)["error"].startswith("cannot read")
    assert "Traceback" not in missing.stderr

    bad = tmp_path / "bad.toml"
    bad.write_text('[fetch]\ntimeout = "soon"\n')
    config = run_cli("config", "check", "--config", str(bad), cwd=tmp_path)
    assert config.returncode == 2
    assert config.stderr.strip() == "claimwatch: fetch.timeout: expected a number above 0, got 'soon'"

    refused = run_cli("check", "http://127.0.0.1:9/x", cwd=tmp_path)
    assert refused.returncode == 2 and "non-public address" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_baseline_build_then_show_lists_facts_sources_and_conflicts(tmp_path):
    env = {"CLAIMWATCH_DATABASE_URL": f"sqlite:///{tmp_path}/cw.db"}
    built = run_cli("baseline", "build", env_extra=env, cwd=tmp_path)
    assert built.returncode == 0 and "facts" in built.stdout
    shown = run_cli("baseline", "show", "--json", env_extra=env, cwd=tmp_path)
    baseline = json.loads(shown.stdout)
    facts = {f["key"]: f for f in baseline["facts"]}
    assert facts["release_count/2025-06-21"]["value"] == 14
    assert facts["release_count/2025-09-11"]["value"] == 52
    assert facts["release_count/2025-12-13"]["value"] == 123
    assert len(facts["release_count/2025-06-21"]["sources"]) >= 2
    conflicts = {(c["key"], str(c["claimed"])) for c in baseline["conflicts"]}
    assert ("release_count/2025-06-21", "13") in conflicts
    assert any("Tsikhanouskaya" in key for key, _ in conflicts)
    text = run_cli("baseline", "show", env_extra=env, cwd=tmp_path).stdout
    assert "Conflicts between documents:" in text and "sources:" in text


def test_config_check_masks_secrets(tmp_path):
    env = {"CLAIMWATCH_NOTIFY_URLS": "mailto://desk:hunter2@mail.example.com?to=a@example.com"}
    result = run_cli("config", "check", "--config", str(ROOT / "config.toml"), env_extra=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "hunter2" not in result.stdout and "mailto://***@mail.example.com/***" in result.stdout


def test_health_fails_without_a_running_daemon_and_creates_no_database(tmp_path):
    beat = {"CLAIMWATCH_HEARTBEAT": str(tmp_path / "none")}
    result = run_cli("health", env_extra=beat, cwd=tmp_path)
    assert result.returncode == 1 and "not healthy" in result.stderr and "no database at" in result.stderr
    assert not (tmp_path / "data").exists()
    assert run_cli("baseline", "build", cwd=tmp_path).returncode == 0      # a database, but no daemon
    result = run_cli("health", env_extra=beat, cwd=tmp_path)
    assert result.returncode == 1 and "no heartbeat at" in result.stderr


def test_check_a_url_decodes_by_the_http_charset(tmp_path, site):
    title = "Тихановский и ещё 13 человек на свободе"
    page = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            "<p>В субботу на свободу вышли 14 человек, среди них Сергей Тихановский.</p>"
            "</article></body></html>").encode("cp1251")
    url = site.add("/ru.html", page, headers={"Content-Type": "text/html; charset=windows-1251"})
    config = tmp_path / "config.toml"
    config.write_text("[fetch]\nallow_private_addresses = true\n")
    result = run_cli("check", "--json", "--config", str(config), url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == title


def test_check_finds_the_language_of_a_plain_text(tmp_path):
    texts = {"ru": "Освобождены в Минске\nВ субботу власти Беларуси помиловали шестнадцать политзаключённых, сообщили правозащитники.",
             "pl": "Uwolnieni w Mińsku\nW sobotę władze Białorusi uwolniły szesnastu więźniów politycznych, poinformowali obrońcy praw człowieka.",
             "be": "Вызваленыя ў Мінску\nУ суботу ўлады Беларусі вызвалілі шаснаццаць палітвязняў, паведамілі праваабаронцы з «Вясны»."}
    paths = []
    for code, text in texts.items():
        paths.append(tmp_path / f"{code}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    result = run_cli("check", "--json", "--published", "2025-06-22", *map(str, paths), cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["language"] for r in lines] == ["ru", "pl", "be"]
    assert [d["claimed"] for d in lines[0]["discrepancies"]] == [16]      # read with the Russian table


def test_check_says_a_text_in_a_language_without_a_table_was_not_checked(tmp_path):
    text = tmp_path / "de.txt"
    text.write_text("Freigelassen in Minsk\nBelarus hat am Samstag sechzehn politische Gefangene "
                    "freigelassen, teilte die Menschenrechtsorganisation mit.", encoding="utf-8")
    result = run_cli("check", str(text), cwd=tmp_path)
    assert "de)" in result.stdout and "not checked: language de has no table" in result.stdout


def test_check_exit_status_says_what_it_found(tmp_path):
    assert run_cli("check", str(CONSISTENT), cwd=tmp_path).returncode == 0
    assert run_cli("check", str(CONTRADICTING), cwd=tmp_path).returncode == 1
    assert run_cli("check", str(CONSISTENT), str(tmp_path / "nope.html"), cwd=tmp_path).returncode == 2
    assert run_cli("check", str(CONTRADICTING), str(tmp_path / "nope.html"), cwd=tmp_path).returncode == 2


def test_a_check_error_is_one_line_on_stderr_only(tmp_path):
    result = run_cli("check", str(tmp_path / "nope.html"), str(CONSISTENT), cwd=tmp_path)
    assert result.stderr.strip() == f"claimwatch: {tmp_path / 'nope.html'}: cannot read {tmp_path / 'nope.html'}: No such file or directory"
    assert "nope.html" not in result.stdout and "no discrepancy" in result.stdout


@pytest.mark.parametrize("head, kind", [(b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\x1f\x8b\x08\x00", "gzip-compressed data"),
                                        (b"\x00\x01\x02binary", "binary data")])
def test_check_refuses_a_binary_file_in_one_line(tmp_path, head, kind):
    path = tmp_path / "file.bin"
    path.write_bytes(head + bytes(range(256)) * 4)
    result = run_cli("check", str(path), cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == f"claimwatch: {path}: not text or HTML: {kind}"


def test_check_refuses_a_text_that_is_not_utf8(tmp_path):
    path = tmp_path / "cp1251.txt"
    path.write_bytes("Освобождены 16 человек".encode("cp1251"))
    result = run_cli("check", str(path), cwd=tmp_path)
    assert result.returncode == 2 and "not UTF-8" in result.stderr
