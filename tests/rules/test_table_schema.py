"""A language table is checked when it loads: a missing or unknown key is an error naming the
file and the key; a pattern the language does not have is `false` and matches nothing."""
import pytest

from rules.errors import RulesError
from rules.lang import DATA, load_language


def table_with(tmp_path, old: str, new: str):
    text = (DATA / "lang_ru.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "lang_xx.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_missing_key_is_named(tmp_path):
    path = table_with(tmp_path, "comitative = ", "comitative_typo = ")
    with pytest.raises(RulesError, match=r"lang_xx.toml: unknown key 'claims.comitative_typo'"):
        load_language("xx", path)


def test_missing_section_key_is_named(tmp_path):
    path = table_with(tmp_path, "month_capitalised = false\n", "")
    with pytest.raises(RulesError, match=r"lang_xx.toml: missing key 'dates.month_capitalised'"):
        load_language("xx", path)


def test_bad_pattern_is_named(tmp_path):
    path = table_with(tmp_path, "comitative = '''", "comitative = '''(")
    with pytest.raises(RulesError, match=r"lang_xx.toml: bad pattern 'comitative'"):
        load_language("xx", path)


def test_false_pattern_matches_nothing():
    ru = load_language("ru")
    assert ru.patterns["by_before"].search("кем угодно") is None


def test_yo_and_ye_are_one_letter_in_russian():
    ru = load_language("ru")
    assert ru.search("people", "освобожденных") and ru.search("people", "освобождённых")
