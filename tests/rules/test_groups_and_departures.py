"""A group named before its release word still reaches a count after a dash; a group opened
after a colon; "the group, which included X"; leaving prison told as the buses pulling away;
Belarusian verbs with the taraškievica soft sign."""
import pytest


def test_a_group_named_before_a_dated_release_word_reaches_a_count_after_a_dash(alerts):
    text = "Уточнение: среди освобождённых 11 сентября — трое граждан Литвы."
    assert alerts(text, "2025-09-12", language="ru") == [("nationality_count", "2025-09-11", 3, "LT", None)]


def test_a_group_opened_after_a_colon_lists_the_freed(alerts):
    text = ("Сёння вызвалілі 123 чалавекі. Карэспандэнты пацвярджаюць: сярод тых, каго сёння перадалі "
            "Украіне, — Наталля Дуліна.")
    assert alerts(text, "2025-12-13", language="be") == [
        ("person_status", "2025-12-13", "freed", None, "Natallia Dulina")]


@pytest.mark.parametrize("text", [
    "Thursday's release of 52 prisoners was the second this year. The group, which included Maria Kalesnikava, went to Lithuania.",
    "Thursday's release of 52 prisoners was the second this year. The group that included Maria Kalesnikava went to Lithuania.",
])
def test_the_group_which_included(alerts, text):
    assert alerts(text, "2025-09-15") == [("person_status", "2025-09-11", "freed", None, "Maria Kalesnikava")]


def test_buses_pulling_away_from_prisons_release_the_people_they_carry(alerts):
    text = ("When the buses pulled away from the prisons on 11 September, they carried 60 people, the "
            "largest group Minsk has let go at once since the talks with Washington began.")
    assert alerts(text, "2025-09-20") == [("release_count", "2025-09-11", 60, None, None)]


@pytest.mark.parametrize("text", [
    "У чацьвер 11 верасьня рэжым выпусьціў 60 палітвязьняў.",       # taraškievica
    "У чацвер 11 верасня рэжым выпусціў 60 палітвязняў.",           # narkamaŭka
])
def test_belarusian_let_out_in_both_spellings(alerts, text):
    assert alerts(text, "2025-09-20", language="be") == [("release_count", "2025-09-11", 60, None, None)]


def test_russian_the_freed_include_lists_the_freed(alerts):
    text = "В субботу освобождены 14 заключённых. Освобожденные включают Максим Знак и Светлана Тихановская."
    assert ("person_status", "2025-06-21", "freed", None, "Sviatlana Tsikhanouskaya") in alerts(text, "2025-06-22", language="ru")


def test_polish_envoy_is_no_movement(alerts):
    # "wysłannik" (envoy) is not "wysłany" (sent): the count is the release's, not a group sent elsewhere
    text = "Białoruś zwolniła 16 więźniów politycznych w czasie wizyty wysłannika USA."
    assert alerts(text, "2025-06-22", language="pl") == [("release_count", "2025-06-21", 16, None, None)]


def test_a_remaining_count_read_from_its_own_clause(alerts):
    text = ("W białoruskich koloniach karnych przebywa dziś wciąż ponad 3 tysiące więźniów politycznych, "
            "a na miejsce każdego zwolnionego milicja zatrzymuje następnych.")
    assert alerts(text, "2025-12-28", language="pl") == [("remaining_count", None, 3000, None, None)]


@pytest.mark.parametrize("language, text", [
    ("pl", "Wczoraj uwolniono 52 osoby. Wśród obcokrajowców było czterech obywateli Litwy."),
    ("en", "Minsk freed 52 people yesterday. Among the foreigners were four Lithuanian citizens."),
    ("lt", "Vakar paleisti 52 žmonės. Tarp užsieniečių buvo keturi Lietuvos piliečiai."),
])
def test_a_nationality_among_the_foreigners_of_a_release(alerts, language, text):
    assert alerts(text, "2025-09-12", language=language) == [("nationality_count", "2025-09-11", 4, "LT", None)]


@pytest.mark.parametrize("language, text", [
    ("pl", "W sobotę 21 czerwca na Litwę przewieziono czternaście osób. Grupa była mocno międzynarodowa – "
           "byli w niej m.in. Japończycy, Szwed oraz dwóch obywateli Polski."),
    ("en", "On Saturday, 21 June, fourteen people were taken to Lithuania. The group was international – "
           "among them were Japanese citizens, a Swede and two Polish citizens."),
])
def test_the_group_opened_after_a_dash(alerts, language, text):
    assert alerts(text, "2025-10-01", language=language) == [("nationality_count", "2025-06-21", 2, "PL", None)]


def test_a_person_named_before_an_adverb_and_the_release_verb_is_its_object(alerts):
    text = ("W czerwcu wyszło czternaście osób. Siarhieja Cichanouskiego wypuścił dopiero we wrześniu, "
            "razem z pięćdziesięcioma jeden innymi więźniami.")
    assert alerts(text, "2025-11-05", language="pl") == [
        ("person_status", "2025-09-11", "freed", None, "Siarhei Tsikhanouski")]


@pytest.mark.parametrize("language, text, expected", [
    ("lt", "Valdžia šeštadienį, birželio 21 d., išleido iš kalėjimo 16 žmonių. Tarp išleistųjų yra užsienio "
           "piliečiai. Įskaitant trys Latvijos piliečiai ir vienas Estijos pilietis.",
     [("release_count", "2025-06-21", 16, None, None), ("nationality_count", "2025-06-21", 3, "LV", None)]),
    ("lt", "Ketvirtadienį iš kalėjimų išleisti 52 žmonės. Tarp jų – penki mūsų piliečiai.",
     [("nationality_count", "2025-09-11", 5, "LT", None)]),
    ("pl", "W sobotę uwolniono 14 osób. Wśród nich było dwóch naszych obywateli.",
     [("nationality_count", "2025-06-21", 2, "PL", None)]),
    ("lt", "Birželio 21-ąją į Vilnių atvežta keturiolika paleistų kalinių. Laisvę tada atgavo ir "
           "žurnalistas Andrzejus Poczobutas.",
     [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]),
])
def test_lithuanian_let_out_of_prison_our_citizens_and_freedom_regained_then(alerts, language, text, expected):
    assert alerts(text, "2025-09-15" if "52" in text else "2025-06-22", language=language) == expected


@pytest.mark.parametrize("language, header, cell", [
    ("uk", "| Дата | Громадянство та кількість |", "| 11.09.2025 | Литва — 5, Латвія — 2, Польща — 2 |"),
    ("ru", "| Дата | Гражданство |", "| 11.09.2025 | Литва — 5, Латвия — 2 |"),
    ("en", "| Date | Citizenship and number |", "| 11.09.2025 | Lithuania — 5, Latvia — 2 |"),
])
def test_counts_by_country_under_a_citizenship_column(alerts, language, header, cell):
    text = "\n".join([header, "|---|---|", cell])
    assert alerts(text, "2025-12-20", language=language) == [("nationality_count", "2025-09-11", 5, "LT", None)]


def test_counts_by_country_under_a_destination_column_are_no_nationalities(alerts):
    text = "\n".join(["| Дата | Куди вивезли |", "|---|---|", "| 13.12.2025 | Україна — 114, Литва — 9 |"])
    assert alerts(text, "2025-12-20", language="uk") == []


def test_ukrainian_citizens_returned_home_is_a_release(alerts):
    text = "Додому повернувся 31 громадянин України, якого утримували в Білорусі"
    assert [a[:2] for a in alerts(text, "2025-11-22", title=text, language="uk")] == [("new_event", "2025-11-22")]


RELEASE_TABLE = ("Освобождения политзаключённых в 2025 году\n"
                 "| Дата | Сколько вышло | Известные имена |\n|---|---|---|\n| 21 июня (суббота) | 14 | {cell} |")


@pytest.mark.parametrize("cell, expected", [
    ("Сергей Тихановский (Siarhiej Cichanoŭski), Игорь Карней, Виктор Бабарико", [
        ("person_status", "2025-06-21", "freed", None, "Viktar Babaryka")]),
    ("Сергей Тихановский, муж Светланы Тихановской", []),
    ("Тихановская никогда не была в заключении: она живёт в эмиграции", []),
])
def test_names_listed_in_a_release_row_are_freed_on_its_day(alerts, cell, expected):
    assert alerts(RELEASE_TABLE.format(cell=cell), "2025-12-28", language="ru") == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Šeštadienį Baltarusija išleido 14 kalinių. Grupėje yra keturi Lenkijos piliečiai.", "2025-06-21",
     [("nationality_count", "2025-06-21", 4, "PL", None)]),
    ("Praėjusį ketvirtadienį Lukašenka išleido 42 kalinius, tarp jų septynis Lietuvos piliečius.", "2025-09-15",
     [("release_count", "2025-09-11", 42, None, None), ("nationality_count", "2025-09-11", 7, "LT", None)]),
    ("Ketvirtadienį paleisti 52 žmonės. Tarp paleistus asmenis taip pat yra Marija Kolesnikova.", "2025-09-12",
     [("person_status", "2025-09-11", "freed", None, "Maria Kalesnikava")]),
])
def test_lithuanian_group_in_the_group_and_released_prisoners(alerts, text, published, expected):
    assert alerts(text, published, language="lt") == expected


@pytest.mark.parametrize("language, text, expected", [
    ("uk", "Литовські джерела називають загальну кількість: на волю вийшли п'ятнадцятеро людей.",
     [("release_count", "2025-06-21", 15, None, None)]),
    ("uk", "Влада в суботу звільнила чотирнадцять ув'язнених. Також свободу отримав журналіст Анджей Почобут.",
     [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]),
    ("ru", "В субботу освободили четырнадцать человек. Свободу получил и журналист Андрей Почобут.",
     [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]),
])
def test_the_total_on_a_release_day_and_freedom_received(alerts, language, text, expected):
    assert alerts(text, "2025-06-21", language=language) == expected


def test_a_total_over_the_year_on_a_release_day_is_still_over_releases(alerts):
    assert alerts("In total, 189 prisoners have been freed this year.", "2025-12-13") == []


@pytest.mark.parametrize("language, text, published, expected", [
    ("pl", "Tym razem Mińsk odesłał większość zwolnionych na Ukrainę – 114 osób – a dziewięć do Wilna.",
     "2025-12-15", []),
    ("en", "This time Minsk sent the majority of the freed to Ukraine – 114 people – and nine to Vilnius.",
     "2025-12-15", []),
    ("pl", "We wrześniu, po wizycie Johna Coale’a, na Litwę wywieziono 62 osoby, a Belavia pozbyła się "
           "amerykańskich sankcji.", "2025-12-15", [("release_count", "2025-09-11", 62, None, None)]),
    ("pl", "W czwartek granicę przekroczyły 52 osoby zwolnione z więzień. Wśród nich jest siedmiu obywateli "
           "Republiki Litewskiej.", "2025-09-12", [("nationality_count", "2025-09-11", 7, "LT", None)]),
])
def test_the_majority_in_apposition_a_place_before_the_verb_and_an_official_country_name(
        alerts, language, text, published, expected):
    assert alerts(text, published, language=language) == expected


@pytest.mark.parametrize("language, text, published", [
    ("ru", "В субботу освободили 14 человек. Варшава сообщила о трёх освобождённых поляках.", "2025-06-22"),
    ("en", "Lukashenko pardoned 123 persons after talks with John Coale, which were going during two days, "
           "12 and 13 of December, report the media.", "2025-12-14"),
])
def test_nationality_nouns_in_every_case_and_a_day_of_a_month(alerts, language, text, published):
    assert alerts(text, published, language=language) == []


def test_most_of_the_pardoned_opens_the_group_before_its_list(alerts):
    text = ("President pardons 14 convicts. The majority of the pardoned are citizens of foreign states: "
            "two citizens of Japan, two citizens of the Republic of Estonia.")
    assert alerts(text, "2025-06-22") == [("nationality_count", "2025-06-21", 2, "EE", None)]
