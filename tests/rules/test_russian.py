from functools import partial

import pytest

from tests.rules.conftest import discrepancies


ru_alerts = partial(discrepancies, language="ru")


def test_name_and_13_more_is_14(engine, baseline):
    assert ru_alerts(engine, baseline, "Лукашенко помиловал Сергея Тихановского и ещё 13 человек.",
                     "2025-06-21") == []


@pytest.mark.parametrize("noun", ["осуждённых", "осужденных", "узников", "помилованных", "политзаключенных"])
def test_name_and_n_more_of_any_people_noun_is_n_plus_one(engine, baseline, noun):
    text = f"В субботу на свободу вышли Николай Статкевич и ещё 13 {noun}."
    assert ru_alerts(engine, baseline, text, "2025-06-22") == []
    wrong = f"В субботу на свободу вышли Николай Статкевич и ещё 15 {noun}."
    assert ru_alerts(engine, baseline, wrong, "2025-06-22") == [("release_count", "2025-06-21", 16, None, None)]


def test_collective_numeral_nationality(engine, baseline):
    text = "Беларусь отпустила 52 заключённых, среди них пятеро литовцев."
    assert ru_alerts(engine, baseline, text, "2025-09-11") == [
        ("nationality_count", "2025-09-11", 5, "LT", None)]


def test_remaining_in_thousands(engine, baseline):
    text = "За решёткой по-прежнему почти три тысячи политзаключённых."
    assert ru_alerts(engine, baseline, text, "2025-06-25") == [("remaining_count", None, 3000, None, None)]
