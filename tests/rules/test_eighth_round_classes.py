"""Classes from the eighth round of blind sets (b29-en, b30-en, b23-ru, b15-be, b14-pl, b13-uk,
b13-lt), proven on sentences written for these tests."""
E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_a_kin_noun_that_opens_the_sentence_names_the_freed_one_when_the_release_is_his_own(alerts):
    text = "Her husband, Siarhei Tsikhanouski, walked free on 11 September in a group of 52 prisoners."
    assert alerts(text, "2025-12-14") == [("person_status", E2, "freed", None, "Siarhei Tsikhanouski")]
    text = "Jej mąż, Siarhiej Cichanouski, wyszedł na wolność 11 września w grupie 52 więźniów."
    assert alerts(text, "2025-12-14", language="pl") == [("person_status", E2, "freed", None, "Siarhei Tsikhanouski")]
    text = "Яе муж Сяргей Ціханоўскі выйшаў на волю 11 верасня разам з 51 вязнем."
    assert alerts(text, "2025-12-14", language="be") == [("person_status", E2, "freed", None, "Siarhei Tsikhanouski")]


def test_the_kin_of_a_person_named_first_is_the_freed_one_when_the_release_is_his_own(alerts):
    expected = [("person_status", E3, "freed", None, "Siarhei Tsikhanouski")]
    text = "The husband of Sviatlana Tsikhanouskaya, Siarhei Tsikhanouski, walked free on 13 December."
    assert alerts(text, "2025-12-14") == expected
    text = "Муж Светланы Тихановской Сергей Тихановский вышел на свободу 13 декабря."
    assert alerts(text, "2025-12-14", language="ru") == expected
    text = "Według Swiatłany Cichanouskiej w sobotę 13 grudnia uwolniono 123 osoby."
    assert alerts(text, "2025-12-14", language="pl") == []


def test_a_kin_noun_reaches_past_a_title_to_the_relative_it_names(alerts):
    text = ("У суботу 21-га чэрвеня ўлады адпусцілі на свабоду 14 вязняў, у ліку якіх вядомы блогер "
            "Сергей Тихановский, муж лідара апазіцыі Святланы Ціханоўскай.")
    assert alerts(text, "2025-06-22", language="be") == []


def test_a_kin_noun_before_a_release_verb_does_not_describe_the_name_after_it(alerts):
    expected = [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]
    text = "Разам з мужам 21 чэрвеня на волю выйшла і Святлана Ціханоўская."
    assert alerts(text, "2025-06-22", language="be") == expected
    text = "Вместе с мужем 21 июня на свободу вышла и Светлана Тихановская."
    assert alerts(text, "2025-06-22", language="ru") == expected


def test_a_kin_noun_still_names_a_relative_when_the_release_is_another_clause(alerts):
    assert alerts("Her husband, Siarhei Tsikhanouski, said on 11 September that 52 prisoners were freed.",
                  "2025-12-14") == []
    assert alerts("Её муж Сергей Тихановский, который был освобождён 21 июня, выступил 11 сентября.",
                  "2025-12-14", language="ru") == []
    assert alerts("His wife Sviatlana welcomed him after he was freed on 21 June.", "2025-06-22") == []


def test_a_list_item_whose_head_speaks_a_quotation_frees_no_one_by_its_name(alerts):
    text = ("Białoruś uwolniła w sobotę 14 więźniów.\n"
            "- 15:05 Swiatłana Cichanouska: „Mój mąż Siarhiej jest wolny! Trudno opisać radość”.")
    assert alerts(text, "2025-06-21", language="pl") == []
    text = "Belarus freed 14 prisoners on Saturday.\n- Sviatlana Tsikhanouskaya: “My husband is free!”"
    assert alerts(text, "2025-06-21") == []
    text = "Belarus freed 14 prisoners on Saturday. Among them:\n- Viktar Babaryka, the former banker"
    assert alerts(text, "2025-06-21") == [("person_status", E1, "freed", None, "Viktar Babaryka")]


def test_the_make_up_of_the_group_after_a_colon_counts_the_freed_by_nationality(alerts):
    expected = [("nationality_count", E1, 2, "EE", None)]
    text = ("Belarus freed 14 prisoners on Saturday. The Lithuanian government gave the make-up of the group: "
            "five Belarusians, three Poles, two Latvians, two Estonians, one Japanese and one Swede.")
    assert alerts(text, "2025-06-21") == expected
    text = ("Białoruś uwolniła w sobotę 14 więźniów. Rzecznik litewskiego rządu podaje skład grupy: pięciu "
            "Białorusinów, trzech Polaków, dwóch Łotyszy, dwóch Estończyków, jeden Japończyk i jeden Szwed.")
    assert alerts(text, "2025-06-21", language="pl") == expected
    text = ("Baltarusija šeštadienį paleido 14 kalinių. Vyriausybė paskelbė grupės sudėtį: penki baltarusiai, "
            "trys lenkai, du latviai, du estai.")
    assert alerts(text, "2025-06-21", language="lt") == expected


def test_thousands_abbreviated_after_a_decimal_count_in_every_language(alerts):
    expected = [("remaining_count", None, 3500, None, None)]
    for language, text in [
            ("pl", "Według opozycji w koloniach i aresztach przebywa nadal około 3,5 tys. więźniów politycznych."),
            ("ru", "По данным правозащитников, в тюрьмах остаются около 3,5 тыс. политзаключённых."),
            ("uk", "За даними правозахисників, у в'язницях залишаються близько 3,5 тис. політв'язнів."),
            ("lt", "Kalėjimuose tebėra apie 3,5 tūkst. politinių kalinių.")]:
        assert alerts(text, "2025-09-13", language=language) == expected, language


def test_a_person_after_a_hoped_for_release_is_not_freed_even_through_quotation_marks(alerts):
    text = ("Białoruś uwolniła w sobotę 14 więźniów. Polskie MSZ liczy na to, iż sobotnie uwolnienie jest "
            "„pierwszym krokiem” do wypuszczenia kolejnych polskich więźniów, „w tym Andrzeja Poczobuta”.")
    assert alerts(text, "2025-06-25", language="pl") == []
    text = ("Warsaw hopes Saturday's release of 14 prisoners is a “first step” towards the release of other "
            "Poles, including Andrzej Poczobut.")
    assert alerts(text, "2025-06-25") == []
    text = "Minsk refused to free Andrzej Poczobut, but released Siarhei Tsikhanouski on 11 September."
    assert alerts(text, "2025-09-12") == [("person_status", E2, "freed", None, "Siarhei Tsikhanouski")]


def test_a_still_held_verb_before_its_subject_keeps_the_person_held(alerts):
    for language, text in [
            ("lt", "Baltarusija šeštadienį paleido 14 kalinių. Lenkijos URM patvirtino, kad laisvę atgavo trys jos "
                   "piliečiai: Baltarusijos kalėjime tebėra žurnalistas Andžejus Počobutas."),
            ("be", "Беларусь вызваліла ў суботу 14 вязняў. Сярод тых, хто застаўся за кратамі, — польскі журналіст "
                   "Анджэй Пачобут."),
            ("ru", "Белоруссия освободила в субботу 14 заключённых, но в белорусской колонии по-прежнему остаётся "
                   "журналист Анджей Почобут."),
            ("uk", "Білорусь звільнила в суботу 14 в'язнів, але у білоруській в'язниці досі залишається журналіст "
                   "Анджей Почобут."),
            ("en", "Belarus freed 14 prisoners on Saturday, but in a Belarusian prison remains the journalist "
                   "Andrzej Poczobut.")]:
        assert alerts(text, "2025-06-21", language=language) == [], language


def test_two_names_joined_by_and_share_their_still_held_predicate(alerts):
    for language, text in [
            ("en", "Those freed on 11 September numbered 52, but Kalesnikava and Bialiatski remain behind bars."),
            ("lt", "Rugsėjo 11 d. paleistųjų buvo 52, o Kalesnikava ir Bialiackis tebėra už grotų."),
            ("ru", "11 сентября освобождённых было 52, а Мария Колесникова и Алесь Беляцкий остаются за решёткой."),
            ("uk", "11 вересня звільнених було 52, а Марія Колеснікова й Алесь Біляцький залишаються за ґратами.")]:
        assert alerts(text, "2025-09-15", language=language) == [], language


def test_persons_said_to_be_held_do_not_place_the_release_of_another(alerts):
    text = "Those freed numbered 52, Tsikhanouskaya was never jailed, and Kalesnikava and Bialiatski remain behind bars."
    assert alerts(text, "2025-09-15") == []


def test_three_prisoner_releases_count_releases_not_the_freed(alerts):
    assert alerts("Klausimai ir atsakymai: trys kalinių paleidimai ir dvi sankcijų lengvatos", "2025-12-16",
                  language="lt") == []


def test_some_of_the_freed_arriving_later_is_no_release_of_its_own(alerts):
    text = ("Belarus freed 123 prisoners on 13 December. Two days ago, on Thursday, another twenty of them "
            "finally reached Vilnius via Ukraine.")
    assert alerts(text, "2025-12-20") == []
    text = ("Gruodžio 13 d. Baltarusija paleido 123 kalinius. Prieš dvi dienas, ketvirtadienį, dar dvidešimt iš "
            "jų per Ukrainą pagaliau pasiekė Vilnių.")
    assert alerts(text, "2025-12-20", language="lt") == []
    text = "On Thursday, 18 December, Belarus freed twenty prisoners, who reached Vilnius that evening."
    assert alerts(text, "2025-12-20") == [("new_event", "2025-12-18", 20, None, None)]


RELEASE_TABLE = """<html lang="{lang}"><head><title>{title}</title>
<meta property="article:published_time" content="2025-12-30"></head><body><article>
<h1>{title}</h1><p>{intro}</p>
<table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>
<p>{outro}</p></article></body></html>"""


def _row(*cells):
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _table_alerts(engine, baseline, lang, title, intro, header, rows, outro):
    from daemon.extract import extract_article
    page = RELEASE_TABLE.format(lang=lang, title=title, intro=intro, outro=outro, rows="".join(rows),
                                header="".join(f"<th>{h}</th>" for h in header))
    report = engine.check(extract_article(page), baseline)
    return [(d.kind, d.event, d.claimed, d.country) for d in report.discrepancies]


def test_counts_in_the_names_cell_of_a_release_table_are_its_rows(engine, baseline):
    found = _table_alerts(
        engine, baseline, "ru", "Три освобождения 2025 года", "Год, когда Минск отпускал заключённых группами.",
        ["Дата", "Освобождены", "Известные имена и детали"],
        [_row("21 июня, суббота", "14", "Сергей Тихановский, Игорь Карней; трое граждан Польши"),
         _row("11 сентября, четверг", "52", "Игорь Лосик, Николай Дедок; семеро граждан Литвы")],
        "Правозащитники считают, что впереди новые переговоры.")
    assert found == [("nationality_count", E2, 7, "LT")]


def test_a_count_of_foreign_citizens_by_adjective_in_a_release_table(engine, baseline):
    found = _table_alerts(
        engine, baseline, "en", "The releases of 2025", "How Minsk let prisoners go, one deal at a time.",
        ["Date", "People freed", "Foreign citizens reported"],
        [_row("21 June", "14", "2 Latvian, 1 Estonian, others"),
         _row("11 September", "52", "7 Lithuanian, 2 German, 1 French")],
        "More releases may follow in the new year, officials in Vilnius say.")
    assert found == [("nationality_count", E2, 7, "LT")]


def test_list_arithmetic_in_the_count_cell_of_a_release_table(engine, baseline):
    found = _table_alerts(
        engine, baseline, "be", "Храналогія вызваленняў 2025 года", "Год, калі Мінск вызваляў палітвязняў групамі.",
        ["Дата", "Хто прыязджаў", "Колькі вызвалілі"],
        [_row("21 чэрвеня, субота", "Кіт Келаг", "Сяргей Ціханоўскі і яшчэ 15 чалавек; усіх вывезлі ў Літву"),
         _row("11 верасня, чацвер", "Джон Коўл", "52 чалавекі, у тым ліку шасцёра грамадзян Літвы")],
        "Праваабаронцы чакаюць новых перамоваў.")
    assert found == [("release_count", E1, 16, None)]


def test_a_date_after_an_arrest_noun_dates_the_arrest(alerts):
    text = ("Belarus freed 123 prisoners today. Also walking free today, according to the first lists: "
            "Siarhei Tsikhanouski, the blogger whose arrest in May 2020 set off the events of that summer.")
    assert alerts(text, "2025-12-13") == [("person_status", E3, "freed", None, "Siarhei Tsikhanouski")]


def test_counts_during_a_named_year_are_totals_over_its_releases(alerts):
    text = ("Belarus freed 123 prisoners on 13 December. During 2025, 509 people were newly recognised as "
            "political prisoners, 342 were pardoned with American mediation, and 189 were forced out of the country.")
    assert alerts(text, "2025-12-27") == []
    text = "Siarhei Tsikhanouski, arrested in 2020, was freed on 21 June with 15 others."
    assert alerts(text, "2025-06-22") == [("release_count", E1, 16, None, None)]


def test_a_translation_s_singular_prisoner_after_a_count(alerts):
    text = "Belarus released 132 prisoner including the Nobel laureate Belyatsky"
    assert alerts(text, "2025-12-14") == [("release_count", E3, 132, None, None)]


def test_people_still_jailed_are_the_remaining(alerts):
    text = "Rights groups now count roughly 600 people still jailed on political grounds in Belarus."
    assert alerts(text, "2025-12-18") == [("remaining_count", None, 600, None, None)]
    text = "Rights groups now count about 1,100 people still locked up on political grounds in Belarus."
    assert alerts(text, "2025-12-18") == []


def test_lithuanian_regained_freedom_with_a_word_between(alerts):
    text = "Bendruomenei svarbi žinia, kad laisvę šeštadienį atgavo ir žurnalistas Andžejus Počobutas."
    assert alerts(text, "2025-06-22", language="lt") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_a_day_in_the_weeks_ahead_of_publication_is_upcoming_not_a_year_ago(alerts):
    text = ("Lukashenko pardoned 23 people on Saturday, eight days before the presidential election "
            "scheduled for Sunday 26 January.")
    assert alerts(text, "2025-01-18") == [("new_event", "2025-01-18", 23, None, None)]
    text = "Belarus freed 16 prisoners on 21 June."           # months back: last year's day
    assert alerts(text, "2026-01-10") == [("release_count", E1, 16, None, None)]


def test_a_new_date_after_a_date_abbreviation_starts_a_new_sentence(alerts):
    text = ("Kalėjime penkerius metus praleido jos vyras Siarhejus Cichanouskis, paleistas dar birželio 21 d. "
            "Gruodžio 13 d. pati S. Cichanouskaja socialiniuose tinkluose sveikino išlaisvintuosius.")
    assert alerts(text, "2025-12-17", language="lt") == []
    text = "Birželio 21 d. Vilniuje pasirodė 16 paleistų kalinių."
    assert alerts(text, "2025-06-22", language="lt") == [("release_count", E1, 16, None, None)]


def test_a_remaining_word_after_another_count_is_that_count_s(alerts):
    for language, text in [
            ("en", "Statement: 123 people free, but a thousand are still imprisoned"),
            ("ru", "Заявление: 123 человека на свободе, но тысяча остаются в заключении"),
            ("lt", "Pareiškimas: 123 žmonės laisvėje, bet tūkstantis tebėra įkalinti")]:
        assert alerts(text, "2025-12-14", language=language) == [], language
    assert alerts("Statement: 123 people free, but 600 people are still imprisoned", "2025-12-14") == \
        [("remaining_count", None, 600, None, None)]


def test_lithuanian_not_on_the_list_of_the_freed(alerts):
    text = ("Lenkijos URM tiki, kad ateityje laisvę atgaus ir žurnalistas Andžejus Počobutas, kuris šį kartą "
            "birželio 21 d. paleistųjų sąraše nebuvo.")
    assert alerts(text, "2025-06-22", language="lt") == []


def test_a_count_after_walked_free_is_the_freed_even_with_a_held_word_later(alerts):
    expected = [("release_count", E1, 16, None, None)]
    for language, text in [
            ("ru", "21 июня. В тот же день на свободу вышли 16 человек, среди них Сергей Тихановский, проведший за "
                   "решёткой почти пять лет."),
            ("uk", "21 червня. Того ж дня на волю вийшли 16 людей, серед них Сергій Тихановський, який провів за "
                   "ґратами майже п'ять років.")]:
        assert alerts(text, "2025-12-28", language=language) == expected, language
