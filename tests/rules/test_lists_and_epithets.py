"""Classes from the b12-ru first contact, proven on sentences written for these tests: list items
that open with a descriptor or close the name with a clause, a plural "of rights defenders" that
is no back-reference to the last person, a figure that "circulates" in channels, and the names
cell of a table column headed "Who walked free"."""
E1 = "2025-06-21"
LEAD = "В субботу, 21 июня, Лукашенко помиловал 14 осуждённых. Вместе с Тихановским освобождены:\n"


def test_a_list_item_opening_with_a_descriptor_frees_the_person(alerts):
    text = LEAD + "- Наталья Дулина — преподаватель;\n- польский журналист Анджей Почобут, отбывавший срок в колонии.\n"
    assert alerts(text, "2025-06-21", language="ru") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_a_list_item_whose_name_a_clause_follows_frees_the_person(alerts):
    text = LEAD + "- Андрей Почобут, у которого есть польская карта поляка;\n- Наталья Дулина.\n"
    assert alerts(text, "2025-06-21", language="ru") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_a_list_item_naming_a_relative_frees_no_one(alerts):
    text = LEAD + "- Наталья Дулина;\n- жена Анджея Почобута тоже ждала его у границы.\n"
    assert alerts(text, "2025-06-21", language="ru") == []


def test_of_rights_defenders_is_no_back_reference(alerts):
    text = ("21 июня освободили 14 человек, в том числе Сергей Тихановский, 11 сентября — 52. "
            "По подсчетам правозащитников, до нынешнего помилования оставались свыше 1 200 политзаключенных.")
    assert alerts(text, "2025-12-14", language="ru") == []


def test_a_figure_circulating_in_channels_is_a_candidate(check):
    report = check("В субботу освободили 123 человека. В телеграм-каналах гуляет цифра в 140 освобожденных.",
                   "2025-12-13", language="ru")
    assert report.discrepancies == []
    assert [(c.kind, c.claimed) for c in report.candidates] == [("release_count", 140)]


def test_names_under_a_who_walked_free_header(alerts):
    text = ("| Дата | Кто вышел на свободу (известные имена) |\n|---|---|\n"
            "| 21 июня 2025 | Сергей Тихановский, Андрей Почобут, Игорь Карней |")
    assert alerts(text, "2025-12-15", language="ru") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]
