"""Classes from the thirteenth round of blind sets (b41-en, b42-en, b29-ru, b21-be, b20-pl,
b19-uk, b19-lt), proven on sentences written for these tests."""
from datetime import date

from rules.events import _weekend_saturday

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_a_weekend_named_from_publication_is_its_saturday():
    saturday, sunday, monday = date(2025, 12, 20), date(2025, 12, 21), date(2025, 12, 15)
    assert _weekend_saturday(monday, 1) == date(2025, 12, 13)       # "last weekend", written on Monday
    assert _weekend_saturday(saturday, 1) == date(2025, 12, 13)     # written on the next Saturday
    assert _weekend_saturday(sunday, 1) == date(2025, 12, 13)
    assert _weekend_saturday(sunday, 0) == saturday                 # "over the weekend", on Sunday
    assert _weekend_saturday(monday, 0) == date(2025, 12, 13)


def test_last_weekend_dates_its_clause_in_a_sentence_of_several_releases(alerts):
    text = ("Fourteen were freed in June; 52 followed in September; and last weekend 123 more, including "
            "Ales Bialiatski and Maria Kalesnikava, were let go.")
    assert alerts(text, "2025-12-20") == []
    texts = {"ru": "В минувшие выходные власти освободили 123 человека, среди них Алесь Беляцкий.",
             "pl": "W miniony weekend władze uwolniły 123 osoby, wśród nich Alesia Bialackiego.",
             "uk": "Минулих вихідних влада звільнила 123 людини, серед них Алеся Бяляцького."}
    for language, text in texts.items():
        assert alerts(text, "2025-12-16", language=language) == [], language
    assert alerts("Belarus freed 125 prisoners last weekend.", "2025-12-16") == [
        ("release_count", E3, 125, None, None)]


def test_a_month_does_not_outweigh_yesterday(alerts):
    text = "After talks that began in November, Belarus yesterday freed 125 prisoners."
    assert alerts(text, "2025-12-14") == [("release_count", E3, 125, None, None)]


def test_a_list_of_names_takes_the_date_that_closes_it(alerts):
    text = ("Among the best-known people freed were Siarhei Tsikhanouski in June and Ales Bialiatski, "
            "Maria Kalesnikava and Viktar Babaryka in December.")
    assert alerts(text, "2025-12-30") == []
    text = ("Among the best-known people freed were Siarhei Tsikhanouski in June and Ihar Karnei and "
            "Viktar Babaryka in December.")
    assert alerts(text, "2025-12-30") == [("person_status", E3, "freed", None, "Ihar Karnei")]


def test_a_date_after_a_comma_or_semicolon_opens_another_clause(alerts):
    text = "On 13 December Minsk freed Ales Bialiatski and Maria Kalesnikava, in June Siarhei Tsikhanouski."
    assert alerts(text, "2025-12-30") == []
    text = ("In June the best-known prisoner released was Siarhei Tsikhanouski; in September the list "
            "included the journalist Ihar Losik.")
    assert alerts(text, "2025-12-30") == []


def test_a_list_of_the_freed_belongs_to_the_release_just_told(alerts):
    text = ("Во время визита Кита Келлога на свободу вышли 14 человек. Среди них — Сергей Тихановский, "
            "журналист Игорь Карней и Алесь Беляцкий.")
    assert alerts(text, "2025-06-22", language="ru") == [("person_status", E1, "freed", None, "Ales Bialiatski")]


def test_a_stated_month_outweighs_the_release_just_told_for_its_list(alerts):
    text = ("Декабрь. Свыше 120 человек вышли после переговоров с Джоном Коулом. Среди них Мария "
            "Колесникова и Алесь Беляцкий.")
    assert alerts(text, "2025-12-30", language="ru") == []


def test_a_count_taken_to_one_place_below_the_stated_total_is_a_part(alerts):
    text = ("W czwartek, 11 września, białoruskie władze zwolniły pięćdziesięciu dwóch więźniów. "
            "Granicę z Litwą przekroczyło pięćdziesiąt jeden osób, bo jeden z nich odmówił wyjazdu.")
    assert alerts(text, "2025-09-12", language="pl") == []
    text = ("On 13 December Ukraine said 114 people had been handed over to Ukrainian territory. "
            "Later the US envoy said 123 prisoners were freed in all.")
    assert alerts(text, "2025-12-14") == []
    text = "Na Litwę przewieziono 50 osób zwolnionych 11 września."      # no total beside it: the count
    assert alerts(text, "2025-09-14", language="pl") == [("release_count", E2, 50, None, None)]


def test_or_joins_phrases_each_with_its_own_date(alerts):
    text = ("When Belarus released 123 prisoners on 13 December, he was not among them, just as he had not "
            "been among the 14 freed in June or the 52 freed in September.")
    assert alerts(text, "2025-12-18") == []
    text = "Он не вошёл ни в число 14 освобождённых в июне, ни в число 52 освобождённых в сентябре."
    assert alerts(text, "2025-12-18", language="ru") == []


def test_a_printed_correction_of_what_was_wrongly_written_is_no_claim(alerts):
    texts = {"lt": "Patikslinimas: kai kurios žiniasklaidos priemonės klaidingai rašė, kad kartu su vyru "
                   "birželio 21 d. buvo paleista Sviatlana Cichanouskaja.",
             "en": "Correction: some outlets wrongly wrote that Sviatlana Tsikhanouskaya was freed with her "
                   "husband on 21 June.",
             "ru": "Поправка: некоторые СМИ ошибочно писали, что 21 июня вместе с мужем освободили Светлану "
                   "Тихановскую."}
    for language, text in texts.items():
        assert alerts(text, "2025-06-30", language=language) == [], language


def test_pardons_over_a_named_year_are_a_total_over_it(alerts):
    texts = {"lt": "Per 2025 metus, pasak tarnybos, malonė suteikta 125 nuteistiesiems.",
             "pl": "Przez cały 2025 rok ułaskawiono 125 skazanych.",
             "en": "Over 2025, pardons were granted to 125 convicts."}
    for language, text in texts.items():
        assert alerts(text, "2025-12-20", language=language) == [], language


def test_the_predicate_after_a_whose_clause_is_the_heads(alerts):
    text = ("Lukashenko pardoned 37 people on Monday. Opposition leader Sviatlana Tsikhanouskaya, whose husband "
            "Siarhei Tsikhanouski remains in prison, said the pardons were an attempt to soften his image "
            "before the election due in January.")
    assert [a for a in alerts(text, "2024-09-16") if a[0] == "person_status"] == []


def test_a_count_placed_by_persons_yields_to_the_release_the_article_dates(alerts):
    text = ("Belarus freed 123 prisoners, among them the journalist Ihar Karnei.\n\n"
            "On Saturday, 13 December, the authorities released the prisoners after talks with the US envoy.")
    assert [a for a in alerts(text, "2025-12-15") if a[0] == "release_count"] == []


def test_an_undated_count_takes_the_day_the_article_gives_the_same_figure(alerts):
    text = ("Belarus freed 14 prisoners, and one of them has now written a book. "
            "The 14 prisoners were released on 21 June during Keith Kellogg's visit.")
    assert alerts(text, "2025-12-15") == []


def test_a_person_among_a_counted_group_driven_abroad_is_freed(alerts):
    text = ("On 11 September Belarus freed 52 prisoners. Maria Kalesnikava, the flautist who tore up her "
            "passport, was among the 52 who were driven to Lithuania that Thursday.")
    assert alerts(text, "2025-10-20") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_a_bounded_bare_answer_to_how_many(alerts):
    text = ("В субботу, 13 декабря, Лукашенко помиловал группу заключённых.\n\n"
            "Сколько человек вышли на свободу?\n\nБолее 150 человек.")
    assert alerts(text, "2025-12-15", language="ru") == [("release_count", E3, 150, None, None)]


def test_an_undated_table_counts_the_release_told_above_it(alerts):
    text = ("Belarus released 14 prisoners on Saturday, 21 June. The group broke down as follows.\n"
            "| Citizenship | Number freed | Source |\n|---|---|---|\n"
            "| Poland | 3 | Polish foreign ministry |\n| Latvia | 3 | Latvian foreign ministry |\n"
            "| Total | 14 | |\n\nLithuania received the group at the border.")
    assert alerts(text, "2025-06-24") == [("nationality_count", E1, 3, "LV", None)]


def test_a_nationality_in_the_breakdown_after_a_colon_is_of_the_freed(alerts):
    text = "52 на волі: семеро литовців і відмова Статкевича"
    assert alerts(text, "2025-09-12", language="uk") == [("nationality_count", E2, 7, "LT", None)]
    text = "Belarus frees 52 prisoners: seven Lithuanians among them"
    assert alerts(text, "2025-09-12") == [("nationality_count", E2, 7, "LT", None)]
    text = "Seven Lithuanians: Vilnius still waits for news of them"     # no release before the colon
    assert alerts(text, "2025-09-12") == []


def test_yes_to_a_question_whether_a_person_was_freed_states_it(alerts):
    texts = {"pl": "21 czerwca na Litwę trafiło 14 uwolnionych więźniów.\n\nCzy wśród uwolnionych był Andrzej Poczobut?\n\n"
                   "Tak. Dziennikarz znalazł się w sobotniej grupie.",
             "en": "Fourteen freed prisoners reached Lithuania on 21 June.\n\nWas Andrzej Poczobut among those freed?\n\n"
                   "Yes. The journalist was in Saturday's group.",
             "lt": "Birželio 21 d. į Lietuvą atvyko 14 paleistų kalinių.\n\nAr tarp paleistųjų buvo Andrzejus Poczobutas?\n\n"
                   "Taip. Žurnalistas buvo šeštadienio grupėje."}
    for language, text in texts.items():
        assert alerts(text, "2025-06-23", language=language) == [
            ("person_status", E1, "freed", None, "Andrzej Poczobut")], language
    text = "Fourteen freed prisoners reached Lithuania on 21 June.\n\nWas Andrzej Poczobut among those freed?\n\nNo."
    assert alerts(text, "2025-06-23") == []


# ---- the fourteenth round (b43-en, b44-en, b30-ru, b22-be, b21-pl, b20-uk, b20-lt) ----------

def test_and_yet_n_persons_counts_the_others(alerts):
    text = "We will remind, in June was freed Sergey Tikhanovsky and yet 13 persons, they were delivered to Vilnius."
    assert alerts(text, "2025-12-20") == []


def test_not_among_the_liberated(alerts):
    text = ("Belarus freed 14 prisoners on 21 June. The journalist Andrzej Poczobut was not among the "
            "liberated, reported the Polish diplomacy.")
    assert alerts(text, "2025-06-22") == []


def test_a_person_named_as_the_owner_of_an_office_is_not_freed(alerts):
    texts = {"pl": "21 czerwca Biuro Swiatłany Cichanouskiej podaje liczbę uwolnionych: na wolność wyszło czternastu więźniów.",
             "ru": "21 июня офис Светланы Тихановской сообщил: на свободу вышли 14 заключённых.",
             "uk": "21 червня офіс Світлани Тихановської повідомив: на волю вийшли 14 в'язнів."}
    for language, text in texts.items():
        assert alerts(text, "2025-06-22", language=language) == [], language


def test_a_release_someone_insists_on_is_not_done(alerts):
    texts = {"uk": "У тюрмах залишаються понад 1100 політв'язнів. Серед них Алесь Бяляцький і Анджей Почобут, "
                   "на звільненні якого давно наполягає Варшава.",
             "ru": "В тюрьмах остаются более 1100 политзаключённых. Среди них Алесь Беляцкий и Анджей Почобут, "
                   "на освобождении которого давно настаивает Варшава."}
    for language, text in texts.items():
        assert alerts(text, "2025-06-22", language=language) == [], language


def test_counts_taken_to_different_places_are_parts(alerts):
    text = "13 grudnia 114 uwolnionych trafia na Ukrainę, dziewięciu – do Wilna."
    assert alerts(text, "2025-12-14", language="pl") == []


def test_our_state_is_the_outlets_country_and_an_aside_does_not_end_the_count(alerts):
    text = ("Міністерство вітає звільнення 123 осіб 13 грудня. Сто чотирнадцять звільнених, серед яких п'ятеро "
            "громадян України, сьогодні прибули на територію нашої держави.")
    assert alerts(text, "2025-12-13", language="uk") == []
    text = "W sobotę Mińsk wypuścił 132 więźniów, a 114 z nich wywieziono nie na Litwę, jak poprzednio, lecz na Ukrainę."
    assert alerts(text, "2025-12-15", language="pl") == [("release_count", E3, 132, None, None)]   # no aside


def test_an_envoy_took_prisoners_with_him(alerts):
    text = ("When Keith Kellogg flew out of Minsk on 21 June, he took with him 14 prisoners, among them "
            "Siarhei Tsikhanouski and Maria Kalesnikava.")
    assert alerts(text, "2025-12-20") == [("person_status", E1, "freed", None, "Maria Kalesnikava")]


def test_a_group_that_followed_a_release_is_released(alerts):
    text = ("In June, Siarhei Tsikhanouski arrived in Vilnius with 13 others. In September, a group of 52 "
            "followed, among them the laureate Ales Bialiatski.")
    assert alerts(text, "2025-12-20") == [("person_status", E2, "freed", None, "Ales Bialiatski")]
    text = ("Belarus freed 14 prisoners on 21 June. Kalesnikava and Babaryka remain behind bars, and the "
            "releases have been followed by new arrests.")
    assert alerts(text, "2025-07-01") == []


def test_leaving_the_prisons_is_a_release_lt(alerts):
    text = "Gruodžio 13 d. iš viso Baltarusijos kalėjimus paliko 132 žmonės."
    assert alerts(text, "2025-12-13", language="lt") == [("release_count", E3, 132, None, None)]


def test_still_languishing_and_staying_still_are_remaining(alerts):
    text = "By the most careful count, some 3,000 political prisoners still languish in Belarusian jails."
    assert alerts(text, "2025-12-20") == [("remaining_count", None, 3000, None, None)]
    text = "Viasna reminds that in the prisons of Belarus stay still about 11 000 political prisoners."
    assert alerts(text, "2025-12-20") == [("remaining_count", None, 11000, None, None)]


def test_a_country_that_received_its_own_citizens_counts_them_be(alerts):
    for text in ("21 чэрвеня Польшча атрымала дадому двух сваіх грамадзян.",
                 "21 červienia Polšča atrymała dadomu dvuch svaich hramadzian, Łatvija — taksama dvuch."):
        assert alerts(text, "2025-06-25", language="be") == [("nationality_count", E1, 2, "PL", None)], text
