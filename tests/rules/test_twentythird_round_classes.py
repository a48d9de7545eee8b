"""Classes from the twenty-third round (the real-dev articles re-read at its start), proven on
sentences written for these tests."""


def test_a_speaker_before_an_adverbial_relative_clause_of_the_release_is_not_freed(check):
    # the release is told in a relative clause of the partners she thanks, not of her
    for text in ("Светлана Тихановская поблагодарила американских и европейских партнеров, благодаря "
                 "которым в четверг удалось освободить 52 заключенных.",
                 "Sviatlana Tsikhanouskaya opened her briefing by thanking the Americans, thanks to whom "
                 "52 prisoners walked free on Thursday."):
        report = check(text, "2025-09-12")
        assert [d.person for d in report.discrepancies + report.candidates] == []
    # control: a person named in the group the relative clause counts is still read as freed
    report = check("Maria Kalesnikava was among the prisoners, who were freed on Thursday.", "2025-09-12")
    assert [(d.person, d.claimed) for d in report.discrepancies] == [("Maria Kalesnikava", "freed")]


def test_persons_named_after_a_comitative_are_freed_with_one_more(check):
    # "he was freed together with X and 12 others": he, X and the twelve make fourteen
    for text in ("The reporter spent two years in custody before he was freed in June, together with "
                 "Siarhei Tsikhanouski and 12 other prisoners.",
                 "Он вышел на свободу в июне вместе с Сергеем Тихановским и еще 12 заключенными."):
        report = check(text, "2025-11-05")
        assert report.discrepancies == [] and report.candidates == []
    # control: the same list counted as the freed themselves is thirteen, one short of fourteen
    report = check("Siarhei Tsikhanouski and 12 other prisoners were freed in June.", "2025-11-05")
    assert [(d.kind, d.claimed) for d in report.discrepancies] == [("release_count", 13)]
    # control: a count that is itself the comitative's other party ("with X, 13 more walked free")
    report = check("Так было 21 июня, когда вместе с Сергеем Тихановским на свободу вышли ещё 13 человек.", "2025-11-05")
    assert report.discrepancies == [] and report.candidates == []


def test_a_date_of_arrest_after_a_place_is_not_carried_to_a_release(check):
    text = ("Andrey Kuznechyk was released from prison on Wednesday. Kuznechyk was detained in Minsk on "
            "25 November 2021 and sentenced in 2022 to six years. He was freed along with two other people.")
    report = check(text, "2025-02-13")
    assert [(d.kind, d.event) for d in report.discrepancies] == [("new_event", "2025-02-12")]


def test_the_freed_who_speak_are_not_a_release_count(check):
    for text in ("Two freed prisoners told reporters in Vilnius that conditions were harsh.",
                 "One freed man told us that the guards were cruel.",
                 "Двое освобожденных заключенных заявили журналистам, что условия были тяжелыми."):
        assert check(text, "2025-06-23").discrepancies == []
    # control: an inserted "officials said" leaves the count the release's own
    report = check("Fifteen freed prisoners, officials said, were taken to Vilnius.", "2025-06-23")
    assert [d.claimed for d in report.discrepancies] == [15]


def test_a_figure_from_a_caption_is_a_candidate(check):
    report = check("A state television caption spoke of 15 people released on Saturday; by night the "
                   "foreign ministry had settled the figure at 14.", "2025-06-25")
    assert report.discrepancies == [] and [d.claimed for d in report.candidates] == [15]


def test_persons_listed_with_a_counted_group_taken_abroad_are_freed(check):
    text = ("In September 52 people were sent across the Lithuanian border, among them the Nobel Peace "
            "Prize laureate Ales Bialiatski.")
    report = check(text, "2025-12-29")
    assert [(d.person, d.event) for d in report.discrepancies] == [("Ales Bialiatski", "2025-09-11")]


def test_a_nationality_count_among_the_group(check):
    text = ("Siarhei Tsikhanouski and 13 other prisoners were freed on Saturday and taken to Lithuania. "
            "Three Latvian citizens were among the group, Riga said.")
    report = check(text, "2025-06-21")
    assert [(d.kind, d.country, d.claimed) for d in report.discrepancies] == [("nationality_count", "LV", 3)]


def test_still_held_after_an_inserted_attribution(check):
    text = ("Among those still waiting is Maria Kalesnikava, the protest leader, who according to her "
            "supporters remains in the women's colony in Homiel.")
    report = check(text, "2026-01-14")
    assert [(d.person, d.claimed) for d in report.discrepancies] == [("Maria Kalesnikava", "held")]


def test_one_freed_person_is_no_release_count(check):
    text = "Other figures: one released man, the politician Mikalai Statkevich, refused to leave Belarus."
    assert check(text, "2025-09-13").discrepancies == []


def test_what_a_quoted_channel_spoke_of_is_a_candidate(check):
    text = ("A correction to our 18:55 entry: the Telegram channel we quoted spoke of 15 released, but the "
            "foreign ministry has now confirmed the number is 14.")
    report = check(text, "2025-06-21")
    assert report.discrepancies == [] and [d.claimed for d in report.candidates] == [15]


def test_a_part_that_is_citizens_of_several_countries_is_no_one_nationality_count(check):
    text = "Fourteen of the pardoned are citizens of Lithuania, Latvia, Poland, Germany and France."
    assert check(text, "2025-09-12").discrepancies == []
    # control: citizens of one country
    report = check("Eight of the pardoned are citizens of Lithuania.", "2025-09-12")
    assert [(d.country, d.claimed) for d in report.discrepancies] == [("LT", 8)]


def test_a_correction_of_a_timed_entry_is_hedged(check):
    report = check("Correction: a 17:05 entry on this page said 125 people had been released.", "2025-12-13")
    assert report.discrepancies == [] and [d.claimed for d in report.candidates] == [125]


def test_signed_decisions_to_pardon_report_a_pardon(check):
    report = check("Lukashenko on Tuesday signed decisions to pardon 25 prisoners.", "2025-09-16")
    assert [(d.kind, d.event, d.claimed) for d in report.discrepancies] == [("new_event", "2025-09-16", 25)]
    # control: a call to pardon is no pardon
    assert check("Activists urged Minsk on Tuesday to pardon 25 more prisoners.", "2025-09-16").discrepancies == []

