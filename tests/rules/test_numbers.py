import pytest

from rules.lang import load_language
from rules.numbers import find_numbers, satisfies

EN = load_language("en")


@pytest.mark.parametrize("text, value, relation", [
    ("1,200 prisoners", 1200, "="),
    ("1 200 prisoners", 1200, "="),
    ("more than 1 100 people", 1100, ">="),
    ("fourteen prisoners", 14, "="),
    ("Fifty-two prisoners", 52, "="),
    ("a dozen prisoners", 12, "="),
    ("more than a dozen prisoners", 12, ">="),
    ("over 100 prisoners", 100, ">="),
    ("nearly 1,200 political prisoners", 1200, "~"),
    ("about 1,100 people", 1100, "~"),
    ("at least eight have died", 8, ">="),
    ("dozens of prisoners", 24, ">="),
    ("more than a hundred others", 100, ">="),
    ("one hundred and twenty-three people", 123, "="),
])
def test_number_forms(text, value, relation):
    first = find_numbers(text, EN)[0]
    assert (first.value, first.relation) == (value, relation)


def test_decimals_are_not_counts():
    assert find_numbers("86.8 per cent of the vote", EN) == []


@pytest.mark.parametrize("actual, claimed, relation, ok", [
    (14, 12, ">=", True), (52, 50, ">=", True), (123, 100, ">=", True),
    (14, 15, "=", False), (123, 120, "~", True), (14, 100, "<=", True), (52, 60, ">=", False),
])
def test_bounds(actual, claimed, relation, ok):
    assert satisfies(actual, claimed, relation) is ok


def test_digits_before_a_scale_word_multiply():
    from rules.lang import load_language
    from rules.numbers import find_numbers
    ru, en = load_language("ru"), load_language("en")
    assert [(n.value, n.relation) for n in find_numbers("понад 1,1 тысячи политзаключённых", ru)] == [(1100, "=")]
    assert [n.value for n in find_numbers("более 2 тысяч человек", ru)] == [2000]
    assert [n.value for n in find_numbers("some 1.7 thousand prisoners", en)] == [1700]
    assert [n.value for n in find_numbers("86.8 percent", en)] == []
