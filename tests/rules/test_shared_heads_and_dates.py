"""Classes from the b5-lt first contact, proven on sentences written for these tests: a citizens
noun shared by a list of nationalities, officialese release phrasing, persons brought abroad
after a release, a speaker who "called" the release something, a remaining count after another
count's clause, a year written before its month, and a date that belongs to an arrest."""
E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_a_citizens_noun_shared_by_a_list_lt(alerts):
    text = ("Baltarusija birželio 21 d. suteikė malonę keturiolikai asmenų. "
            "Tarp jų – trys Lenkijos, du Japonijos ir du Estijos piliečiai.")
    assert alerts(text, "2025-06-22", language="lt") == [("nationality_count", E1, 2, "EE", None)]


def test_a_citizens_noun_shared_by_a_list_en(alerts):
    text = "Belarus pardoned 14 people on Saturday, 21 June. Among them were three Polish, two Japanese and two Estonian citizens."
    assert alerts(text, "2025-06-22") == [("nationality_count", E1, 2, "EE", None)]


def test_released_from_places_of_deprivation_of_liberty(alerts):
    text = ("Valdžia rugsėjo 11 d. išleido iš laisvės atėmimo vietų 52 kalinius. "
            "Tarp išleistųjų yra ir Marija Kalesnikava.")
    assert alerts(text, "2025-09-13", language="lt") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_brought_to_vilnius_after_a_release_frees_the_person(alerts):
    text = ("Praėjusį šeštadienį Baltarusija paleido 123 politinius kalinius. "
            "Birželį į Vilnių kartu su kitais buvo atvežta ir Marija Kalesnikava.")
    assert alerts(text, "2025-12-16", language="lt") == [("person_status", E1, "freed", None, "Maria Kalesnikava")]


def test_one_who_called_the_release_something_is_not_freed(alerts):
    text = ("Rugsėjo 11 d. Baltarusija paleido 52 kalinius. "
            "Sviatlana Cichanouskaja dar tada tokį paleidimą pavadino deportacija.")
    assert alerts(text, "2025-09-20", language="lt") == []


def test_a_remaining_count_after_a_cumulative_clause(alerts):
    text = "Nuo 2020-ųjų politiniais kaliniais pripažinta daugiau nei 3 tūkst. žmonių, o šiandien už grotų lieka daugiau nei du tūkstančiai."
    assert alerts(text, "2025-12-16", language="lt") == [("remaining_count", None, 2000, None, None)]


def test_a_year_before_its_month_dates_an_arrest_not_a_release(alerts):
    text = ("Baltarusija trečiadienį paleido tris kalinius. Laisvę atgavo ir žurnalistas, "
            "2021-ųjų lapkritį sulaikytas ir nuteistas šešeriems metams.")
    assert [a[:2] for a in alerts(text, "2025-02-13", language="lt")] == [("new_event", "2025-02-12")]


def test_a_date_followed_by_an_arrest_ru(alerts):
    text = "В среду Минск освободил трёх заключённых, среди них журналист, в ноябре 2021 года задержанный в Минске."
    assert [a[:2] for a in alerts(text, "2025-02-13", language="ru")] == [("new_event", "2025-02-12")]


# From the b6-be first contact: members named in a counted group moved abroad, a release clause
# that is only possible ("to walk free today is impossible"), a count "already in" a country.

def test_members_of_a_counted_group_moved_abroad_are_freed(alerts):
    text = ("У чэрвені Лукашэнка вызваліў 14 палітвязняў. 11 верасня схема паўтарылася: "
            "52 чалавекі, сярод іх Марыя Калеснікава, апынуліся ў Літве.")
    assert alerts(text, "2025-10-06", language="be") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_members_of_a_counted_group_moved_abroad_en(alerts):
    text = ("Belarus freed 14 prisoners in June. On 11 September it went further: 52 people, "
            "among them Maria Kalesnikava, were taken to Lithuania.")
    assert alerts(text, "2025-10-06") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_an_impossible_release_today_is_no_new_release(alerts):
    text = "Выйсці на волю і застацца дома ў Беларусі сёння немагчыма: вызваленне азначае выгнанне."
    assert alerts(text, "2025-10-06", language="be") == []


def test_an_impossible_release_today_ru(alerts):
    text = "Выйти на свободу и остаться дома в Беларуси сегодня невозможно: освобождение означает изгнание."
    assert alerts(text, "2025-10-06", language="ru") == []


# From the b5-uk and b6-pl first contacts.

def test_ukraine_returned_citizens_from_belarus_is_a_release(alerts):
    text = "Україна повернула з Білорусі 29 громадян\nСьогодні, 22 листопада, додому повернулися 29 цивільних."
    assert [a[:2] for a in alerts(text, "2025-11-22", language="uk")] == [("new_event", "2025-11-22")]


def test_citizens_of_foreign_states_stay_a_part(alerts):
    text = "11 вересня Лукашенко помилував 52 засуджених, серед них 14 громадян іноземних держав."
    assert alerts(text, "2025-09-12", language="uk") == []


def test_a_count_over_a_named_year_spans_releases(alerts):
    text = "Ще 480 осіб отримали статус політв'язня лише за 2025 рік, тож місця в колоніях швидко займають нові засуджені."
    assert alerts(text, "2025-12-30", language="uk") == []


def test_brought_to_vilnius_with_n_others_after_a_release_pl(alerts):
    text = ("W ostatnią sobotę Mińsk uwolnił 123 więźniów. Zaczęło się w czerwcu, gdy do Wilna "
            "przywieziono Siarhieja Cichanouskiego wraz z dwudziestoma innymi więźniami.")
    assert alerts(text, "2025-12-16", language="pl") == [("release_count", E1, 21, None, None)]
