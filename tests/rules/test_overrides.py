import pytest

from rules.engine import Engine
from rules.errors import RulesError
from rules.seeds import bundled_documents


def write(tmp_path, text):
    path = tmp_path / "overrides.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_file_loads():
    """The example file the README points operators to loads, and its one live line is applied."""
    from pathlib import Path
    import rules
    engine = Engine.load(Path(rules.__file__).parent / "overrides.example.toml")
    assert engine.settings["remaining_margin"] == 0.2


@pytest.mark.parametrize("text, message", [
    ("[bogus]\n", "unknown section 'bogus'"),
    ("[settings]\nremaining_low = 3\n", "unknown setting 'remaining_low'"),
    ("[settings]\nremaining_margin = 'x'\n", "must be a number"),
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


def test_margin_and_alias_overrides_take_effect(tmp_path, engine, baseline):
    """A wider margin silences a remaining count the default margin alerts on, and an added
    spelling finds the person; each checked against the engine without the override."""
    import datetime as dt
    from rules.model import Article
    article = Article("More than 2,000 people are still held in Belarus.", published=dt.date(2025, 9, 17))
    assert [d.kind for d in engine.check(article, baseline).discrepancies] == ["remaining_count"]
    assert engine.registry.find("Tsikhanouskee") == []
    widened = Engine.load(write(tmp_path, "[settings]\nremaining_margin = 1.5\n"
                                          "[[alias]]\nname = 'Siarhei Tsikhanouski'\nsurnames = ['Tsikhanouskee']\n"))
    assert widened.check(article, widened.build_baseline(bundled_documents())).discrepancies == []
    assert [m.person.name for m in widened.registry.find("Tsikhanouskee")] == ["Siarhei Tsikhanouski"]
