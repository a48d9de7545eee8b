"""Spelled-out Russian large numbers (own sentences)."""
from rules.lang import load_language
from rules.numbers import find_numbers
from tests.rules.test_russian import ru_alerts


def _values(text):
    return [(n.value, n.relation) for n in find_numbers(text, load_language("ru"))]


def test_fractions_and_thousands():
    assert _values("примерно трёх с половиной тысяч жителей") == [(3500, "~")]
    assert _values("полторы тысячи заключённых") == [(1500, "=")]
    assert _values("свыше полутора тысяч человек") == [(1500, ">=")]
    assert _values("в тюрьмах сидят тысячи людей") == [(2000, ">=")]
    assert _values("три тысячи человек") == [(3000, "=")]


def test_remaining_in_spelled_thousands(engine, baseline):
    text = "По оценкам правозащитников, за решёткой остаются около двух с половиной тысяч политзаключённых."
    assert [a[:3] for a in ru_alerts(engine, baseline, text, "2025-10-01")] == [("remaining_count", None, 2500)]
    text = "По оценкам правозащитников, за решёткой остаются около полутора тысяч политзаключённых."
    assert ru_alerts(engine, baseline, text, "2025-10-01") == []
