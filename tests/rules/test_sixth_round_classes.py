"""Classes from the sixth round of blind sets (b17-en, b15-ru, b9-be, b9-pl, b8-uk, b8-lt), proven
on sentences written for these tests."""
E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_a_named_person_and_another_n_counts_the_person_too(alerts):
    assert alerts("On Saturday Minsk let Siarhei Tsikhanouski and another 13 prisoners go.", "2025-06-22") == []
    assert alerts("On Saturday Minsk freed Siarhei Tsikhanouski and 13 more prisoners.", "2025-06-22") == []
    assert alerts("On Saturday Minsk freed Siarhei Tsikhanouski and another 15 prisoners.", "2025-06-22") == \
        [("release_count", E1, 16, None, None)]


def test_and_still_n_of_a_machine_translation_is_n_more(alerts):
    text = "Lukashenko has released Tikhanovsky and still 13 persons after the visit of Kellogg on Saturday."
    assert alerts(text, "2025-06-22") == []


def test_and_still_n_remaining_is_no_addition(alerts):
    text = "Siarhei Tsikhanouski walked free on Saturday, and still 1,150 remain behind bars."
    assert alerts(text, "2025-06-22") == []


def test_came_out_on_freedom_is_a_release(alerts):
    text = ("Belarus freed 123 prisoners on Saturday. Also on the freedom came out the leader of the "
            "opposition Svetlana Tikhanovskaya, who was met by supporters.")
    assert alerts(text, "2025-12-14") == [("person_status", E3, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_a_release_in_anothers_relative_clause_does_not_free_a_person_named_after_it(alerts):
    text = ("Maryia Kalesnikava, who was freed in December along with 122 others, sat next to "
            "Viktar Babaryka at the press conference in Chernihiv.")
    assert alerts(text, "2025-12-20") == []
    text = "Maryia Kalesnikava, who was freed in September, sat next to Viktar Babaryka in Chernihiv."
    assert alerts(text, "2025-12-20") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_a_person_after_a_second_release_verb_is_still_freed(alerts):
    text = "Ihar Losik, who was freed in June, said that on 11 September Minsk also released Viktar Babaryka."
    assert alerts(text, "2025-09-20") == [("person_status", E2, "freed", None, "Viktar Babaryka")]


def test_as_of_a_date_dates_no_release(alerts):
    text = ("Наконец, 13 декабря Лукашенко помиловал 123 человека. По состоянию на 23 декабря за решёткой "
            "оставались 1135 человек. Ещё 189 освобождённых были фактически выдворены из страны.")
    assert alerts(text, "2025-12-28", language="ru") == []
    text = "Станом на 23 грудня за ґратами лишалися 1135 людей. Ще 189 звільнених фактично вислали з країни."
    assert alerts(text, "2025-12-28", language="uk") == []


def test_during_the_year_is_a_span_of_releases(alerts):
    text = "13 грудня режим звільнив 123 людей. Протягом року на волю вийшли 509 осіб."
    assert alerts(text, "2025-12-28", language="uk") == []
    text = "13 декабря режим освободил 123 человека. В течение года на свободу вышли 509 человек."
    assert alerts(text, "2025-12-28", language="ru") == []
    text = "13 снежня рэжым вызваліў 123 чалавекі. На працягу года на волю выйшлі 509 чалавек."
    assert alerts(text, "2025-12-28", language="be") == []


def test_another_n_moved_somewhere_is_a_further_group_not_a_release(alerts):
    text = ("11 сентября Лукашенко помиловал 52 человека. Ещё девять человек через посольство США "
            "доставлены в Вильнюс.")
    assert alerts(text, "2025-09-12", language="ru") == []
    text = ("13 grudnia 2025 r. Mińsk uwolnił 123 więźniów. 114 przekazano Ukrainie, a jeszcze "
            "dziewięć osób przewieziono na Litwę.")
    assert alerts(text, "2025-12-14", language="pl") == []


def test_another_n_released_and_sent_is_still_a_count(alerts):
    text = "On September 11, another 50 political prisoners were released and sent to Lithuania."
    assert alerts(text, "2025-09-20") == [("release_count", E2, 50, None, None)]


def test_on_lithuanian_territory_is_a_destination(alerts):
    text = ("13 снежня рэжым вызваліў 123 чалавекі. Амбасада паведаміла, што дзевяць вызваленых, "
            "у тым ліку Алесь Бяляцкі, ужо на літоўскай тэрыторыі.")
    assert alerts(text, "2025-12-14", language="be") == []
    text = ("13 декабря режим освободил 123 человека. Девять освобождённых, в том числе Алесь "
            "Беляцкий, уже на литовской территории.")
    assert alerts(text, "2025-12-14", language="ru") == []


def test_of_the_pardoned_n_are_foreigners_is_a_part(alerts):
    text = "Spośród ułaskawionych czternaście osób to obywatele państw obcych."
    assert alerts(text, "2025-09-11", language="pl") == []
    text = "Из помилованных четырнадцать человек — граждане иностранных государств."
    assert alerts(text, "2025-09-11", language="ru") == []
    text = "Из помилованных семь человек — граждане Литвы."
    assert alerts(text, "2025-09-11", language="ru") == [("nationality_count", E2, 7, "LT", None)]


def test_with_him_another_n_on_the_day_after_is_that_release(alerts):
    text = "Razam ź im vyzvalili jašče 15 čałaviek"
    assert alerts(text, "2025-06-22", language="be") == [("release_count", E1, 16, None, None)]
    assert alerts("Together with him, another 13 were freed.", "2025-06-22") == []


def test_a_country_after_a_dash_is_the_elided_citizens_country(alerts):
    text = ("21 чэрвеня вызвалілі 14 чалавек. Сярод іх тры грамадзяніны Польшчы, два грамадзяніны "
            "Латвіі і адзін — Эстоніі.")
    assert alerts(text, "2025-06-24", language="be") == []
    text = "21 июня освободили 14 человек. Среди них трое граждан Польши, двое — Латвии и двое — Эстонии."
    assert alerts(text, "2025-06-24", language="ru") == [("nationality_count", E1, 2, "EE", None)]


def test_among_them_after_those_still_held_is_among_the_held(alerts):
    text = ("21 июня освободили 14 человек. В Беларуси по-прежнему остаются за решёткой более 1 150 "
            "политзаключённых. Среди них Анджей Почобут, о чьём освобождении просило МИД Польши.")
    assert alerts(text, "2025-06-22", language="ru") == []
    text = ("21 июня освободили 14 человек. Среди них Анджей Почобут, о чьём освобождении просило МИД Польши.")
    assert alerts(text, "2025-06-22", language="ru") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_a_nationality_adjective_of_another_noun_is_no_count_nationality(alerts):
    text = "On 11 September the blogger was taken to the Lithuanian border together with 51 other prisoners."
    assert alerts(text, "2025-09-20") == []


def test_a_person_moved_abroad_with_a_counted_group_is_freed(alerts):
    text = ("The regime freed prisoners in several waves. On 11 September, when John Coale came to Minsk, "
            "Ales Bialiatski was taken to the Lithuanian border together with 51 other prisoners.")
    assert alerts(text, "2025-12-20") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_that_same_saturday_names_the_day_stated_paragraphs_before(alerts):
    text = ("Birželio 21 d. Baltarusija paleido 14 kalinių.\n"
            "Tai buvo ilgų derybų rezultatas.\n"
            "Andrzejus Poczobutas tą patį šeštadienio vakarą kartu su Cichanouskiu atvežtas į JAV ambasadą Vilniuje.")
    assert alerts(text, "2025-07-02", language="lt") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]
    text = ("On 21 June Belarus freed 14 prisoners.\nIt followed long talks.\n"
            "That Saturday evening Andrzej Poczobut also walked free.")
    assert alerts(text, "2025-07-02") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_a_date_with_a_clock_time_is_when_a_note_was_written(alerts):
    text = ("Correction (17 December, 15:10): an earlier version of this text said that Siarhei "
            "Tsikhanouski was freed on 21 June together with 13 others.")
    assert alerts(text, "2025-12-17") == []
    text = ("Pataisymas (gruodžio 17 d., 15:10): ankstesnėje versijoje buvo parašyta, kad "
            "S. Cichanouskis paleistas birželio 22 d.")
    assert alerts(text, "2025-12-17", language="lt") == []


def test_greeting_the_freed_is_no_release_lt(alerts):
    text = "Gruodžio 13 d. Sviatlana Cichanouskaja viešai sveikino paleistuosius."
    assert alerts(text, "2025-12-17", language="lt") == []


def test_atleido_of_a_machine_translation_is_a_pardon_lt(alerts):
    text = "Prezidentas šeštadienį pasirašė dekretą apie atleidimą 23 asmenų, nuteistų už ekstremizmą."
    assert alerts(text, "2025-01-19", language="lt") == [("new_event", "2025-01-18", 23, None, None)]
    assert alerts("Už dalyvavimą protestuose jis buvo atleistas iš darbo 2021 m.", "2025-01-19", language="lt") == []


def test_the_writers_aside_i_remind_is_no_speaker_be(alerts):
    text = ("У чэрвені на волю выйшлі 14 чалавек, і сярод іх — Сяргей Ціханоўскі ды Марыя Калесьнікава: "
            "яна, нагадаю, выйшла яшчэ тады, у чэрвені.")
    assert alerts(text, "2025-12-16", language="be") == [("person_status", E1, "freed", None, "Maria Kalesnikava")]


def test_a_wife_in_a_list_of_the_freed_with_its_counted_rest_is_freed(alerts):
    text = ("Byli vyzvalenyja lidar apazicyi Siarhiej Cichanoŭski, jaho žonka Śviatłana Cichanoŭskaja "
            "i 12 inšyja asoby.")
    assert ("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya") in alerts(text, "2025-06-22", language="be")
    text = "Серед них — Сергій Тихановський, чоловік Світлани Тихановської, і ще 12 людей."
    assert alerts("Білорусь звільнила 14 людей 21 червня. " + text, "2025-06-22", language="uk") == []


def test_a_negation_before_a_quoted_release_word_still_negates(alerts):
    text = "Fact check: No, Sviatlana Tsikhanouskaya was not 'released from prison' on June 21."
    assert alerts(text, "2025-06-25") == []


def test_figures_in_short_quotations_are_someone_elses(check):
    report = check('Claim 2: "15 prisoners" or "around 20 prisoners" were let go on Saturday.', "2025-06-25")
    assert report.discrepancies == [] and [d.claimed for d in report.candidates] == [15]
    text = ('An opposition spokesman tells us the release changes little: "Some 2,400 people remain in '
            'Belarusian prisons for political reasons."')
    assert [d.claimed for d in check(text, "2025-09-20").discrepancies] == [2400]


def test_a_name_alone_in_quotation_marks_is_the_name_not_the_person(alerts):
    text = ("21 июня освободили 14 человек. Фамилию освобождённого Сергея Тихановского упоминали рядом "
            "с именем его жены, и «муж Светланы Тихановской» превратился в «Светлану Тихановскую».")
    assert alerts(text, "2025-06-25", language="ru") == []


def test_two_tens_is_twenty_ru(alerts):
    text = "21 июня вместе с Тихановским освободили ещё два десятка человек."
    assert alerts(text, "2025-06-25", language="ru") == [("release_count", E1, 21, None, None)]


def test_people_who_speak_in_a_clause_of_their_own_are_sources(alerts):
    text = ("Andrzej Poczobut was among the fourteen prisoners Belarus released on Saturday, two people "
            "close to the negotiations told the paper.")
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_and_other_n_of_a_machine_translation_is_n_more(alerts):
    text = "On Saturday in Belarus liberated Sergei Tikhanovsky and other 13 prisoners, they are in Lithuania."
    assert alerts(text, "2025-06-22") == []


def test_it_will_be_recalled_that_is_a_recap(alerts):
    text = ("President pardons 25 persons on the eve of the Day of National Unity. It will be recalled "
            "that last week, on 11 September, the head of state pardoned 52 persons.")
    assert alerts(text, "2025-09-16") == [("new_event", "2025-09-16", 25, None, None)]


def test_among_the_n_political_prisoners_who_walked_into_is_a_release(alerts):
    text = "Ihar Karnei was among the 52 political prisoners who walked into Lithuania on Thursday."
    assert alerts(text, "2025-09-12") == [("person_status", E2, "freed", None, "Ihar Karnei")]


def test_still_are_kept_is_a_remaining_count(alerts):
    text = "According to human rights defenders, in the prisons of Belarus still are kept more than 2,000 political prisoners."
    assert alerts(text, "2025-09-13") == [("remaining_count", None, 2000, None, None)]


def test_let_n_people_go_is_a_release(alerts):
    text = "On 11 September Lukashenko let 52 people go, among them the laureate Ales Bialiatski."
    assert alerts(text, "2026-01-09") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_besides_x_among_the_freed_includes_x_ru(alerts):
    text = "Среди 14 освобождённых 21 июня, помимо Тихановского, источники называют Наталью Дулину."
    assert alerts(text, "2025-06-22", language="ru") == []


def test_a_count_with_its_own_place_after_a_dash_is_taken_there(alerts):
    text = "13 grudnia Mińsk uwolnił 123 osoby. Większość zwolnionych trafia do Ukrainy, dziewięć osób – do Wilna."
    assert alerts(text, "2025-12-20", language="pl") == []


def test_together_with_n_citizens_of_belarus_is_a_part_be(alerts):
    text = ("21 чэрвеня разам з пяццю грамадзянамі Беларусі былі вызвалены тры палякі, два латышы "
            "і адзін эстонец.")
    assert alerts(text, "2025-06-22", language="be") == []


def test_n_of_the_pardoned_are_foreigners_be(alerts):
    text = "11 верасня памілавалі 52 чалавекі. Чатырнаццаць чалавек з ліку памілаваных з'яўляюцца грамадзянамі замежных дзяржаў."
    assert alerts(text, "2025-09-12", language="be") == []


def test_a_recap_dated_by_a_month_is_recalled_lt(alerts):
    text = ("Prezidentas Aleksandras Lukašenka pasigailėjo 22 nuteistųjų. Primename, kad šio mėnesio "
            "viduryje valstybės vadovas pasigailėjo 123 užsienio valstybių piliečių.")
    assert alerts(text, "2025-12-30", language="lt") == [("new_event", "2025-12-30", 22, None, None)]


def test_on_the_territory_of_lithuania_is_a_destination_be(alerts):
    text = ("13 снежня вызвалілі 123 чалавекі. Амбасада пацьвердзіла: Алесь Бяляцкі і яшчэ восем "
            "вызваленых ужо знаходзяцца на тэрыторыі Літвы.")
    assert alerts(text, "2025-12-14", language="be") == []


def test_the_total_number_recently_is_over_releases(alerts):
    text = ("Канал дадае, што з улікам рашэньняў канца лістапада агульная колькасьць памілаваных "
            "складае 156 чалавек.")
    assert alerts(text, "2025-12-14", language="be") == []
    text = "Канал добавляет, что с учётом решений конца ноября общее число помилованных составляет 156 человек."
    assert alerts(text, "2025-12-14", language="ru") == []


def test_talks_about_releasing_is_no_release_pl(alerts):
    text = "Donald Trump już w sierpniu mówił, że rozmawia z Łukaszenką o uwolnieniu kolejnych 1,3 tys. osób."
    assert alerts(text, "2025-12-20", language="pl") == []


def test_n_of_the_freed_have_polish_citizenship_uk(alerts):
    text = "21 червня звільнили 14 в'язнів. Варшава повідомила, що троє звільнених мають польське громадянство."
    assert alerts(text, "2025-06-22", language="uk") == []
    text = "21 червня звільнили 14 в'язнів. Варшава повідомила, що четверо звільнених мають польське громадянство."
    assert alerts(text, "2025-06-22", language="uk") == [("nationality_count", E1, 4, "PL", None)]


def test_a_question_whether_asks_even_of_a_known_release(alerts):
    text = "Fact check: did Minsk free 300 prisoners on 13 December?"
    assert alerts(text, "2025-12-17") == []
    text = "Правда ли, что 21 июня вместе с Тихановским освободили ещё два десятка человек?"
    assert alerts(text, "2025-06-25", language="ru") == []
    assert alerts("Who are the fourteen freed on 21 June?", "2025-06-25") == []


def test_it_is_claimed_is_hedged_lt(alerts):
    text = "Įraše tvirtinama, kad gruodžio 13 d. Baltarusijos valdžia paleido tris šimtus politinių kalinių."
    assert alerts(text, "2025-12-17", language="lt") == []


def test_the_claim_that_is_hedged(alerts):
    assert alerts("Teiginys, kad gruodžio 13 d. paleista 300 kalinių, melagingas.", "2025-12-17", language="lt") == []
    assert alerts("The claim that 300 prisoners were freed on 13 December is false.", "2025-12-17") == []
