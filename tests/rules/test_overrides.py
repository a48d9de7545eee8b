import pytest

from rules.engine import Engine
from rules.errors import RulesError
from rules.seeds import bundled_documents


def write(tmp_path, text):
    path = tmp_path / "overrides.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_file_loads():
    from pathlib import Path
    import rules
    Engine.load(Path(rules.__file__).parent / "overrides.example.toml")


@pytest.mark.parametrize("text, message", [
    ("[bogus]\n", "unknown section 'bogus'"),
    ("[settings]\nremaining_low = 3\n", "unknown setting 'remaining_low'"),
    ("[settings]\nremaining_alert_below = 'x'\n", "must be a number"),
    ("[[person]]\nname = 'A B'\ncolour = 'red'\n", "unknown person key 'colour'"),
    ("[[alias]]\nname = 'Nobody Known'\nsurnames = ['X']\n", "unknown person 'Nobody Known'"),
    ("[[fact]]\nkey = 'remaining_count'\nkind = 'remaining_count'\nlowest = 5\n", "unknown fact key 'lowest'"),
    ("[documents]\nx = { published = 'soon' }\n", "needs published"),
    ("not toml = = \n", "invalid TOML"),
])
def test_bad_overrides_are_named(tmp_path, text, message):
    with pytest.raises(RulesError, match=message):
        Engine.load(write(tmp_path, text))


def test_missing_file_is_a_rules_error(tmp_path):
    with pytest.raises(RulesError, match="cannot read"):
        Engine.load(tmp_path / "missing.toml")


def test_fact_override_replaces_built_fact(tmp_path):
    engine = Engine.load(write(tmp_path, "[[fact]]\nkey = 'release_count/2025-06-21'\n"
                                         "kind = 'release_count'\nvalue = 15\nevent = '2025-06-21'\n"))
    facts = {f.key: f for f in engine.build_baseline(bundled_documents()).facts}
    assert facts["release_count/2025-06-21"].value == 15
    assert facts["release_count/2025-06-21"].sources == ("operator",)


def test_extra_person_and_tolerance(tmp_path):
    import datetime as dt
    from rules.model import Article
    engine = Engine.load(write(tmp_path, "[settings]\nremaining_alert_above = 3000\n"
                                         "[[alias]]\nname = 'Siarhei Tsikhanouski'\nsurnames = ['Cichanoŭski']\n"))
    baseline = engine.build_baseline(bundled_documents())
    report = engine.check(Article("More than 2,000 people are still held in Belarus.",
                                  published=dt.date(2025, 9, 17)), baseline)
    assert report.discrepancies == []
    assert [m.person.name for m in engine.registry.find("Cichanoŭski")] == ["Siarhei Tsikhanouski"]
