"""Classes from the fortieth round of blind sets (b115, b116, English), proven on sentences
written for these tests."""


def test_walking_out_of_captivity_is_a_release(alerts):
    text = "Two days ago 60 political prisoners walked out of Belarusian captivity, their lawyers said."
    assert [(k, c) for k, _, c, _, _ in alerts(text, "2025-09-13")] == [("release_count", 60)]


def test_the_place_of_a_later_movement_when_the_first_names_where_from(alerts):
    """"taken out of their colonies and bussed to the Lithuanian frontier": the first movement
    names only where they came from; the second says where they went."""
    text = ("On Thursday 45 prisoners were taken out of their penal colonies in the east of the country "
            "and bussed to the Lithuanian frontier.")
    assert [(k, c) for k, _, c, _, _ in alerts(text, "2025-09-12")] == [("release_count", 45)]


def test_the_group_named_at_the_head_of_a_joined_clause(alerts):
    """"..., and one of them was X": a clause joined on that opens with the group just freed
    names one of the freed, as a sentence opening with it does."""
    text = "On 21 June 14 prisoners were freed. Most were Belarusians, and one of them was Andrzej Poczobut."
    assert ("person_status", "Andrzej Poczobut") in [(k, p) for k, _, _, _, p in alerts(text, "2025-06-25")]
    control = "On 21 June 14 prisoners were freed. Most were Belarusians, and Andrzej Poczobut was not one of them."
    assert ("person_status", "Andrzej Poczobut") not in [(k, p) for k, _, _, _, p in alerts(control, "2025-06-25")]


def test_leaving_a_cell_is_a_release(alerts):
    text = "In September Maria Kalesnikava left her cell together with 51 other prisoners."
    assert ("person_status", "Maria Kalesnikava") in [(k, p) for k, _, _, _, p in alerts(text, "2025-12-16")]


def test_the_return_of_citizens_counts_them(alerts):
    text = "On Saturday Tallinn thanked Washington for the return of three Estonian citizens from Belarusian prisons."
    assert [(k, c, country) for k, _, c, country, _ in alerts(text, "2025-06-23")] == [("nationality_count", 3, "EE")]


def test_a_day_beside_the_release_word_outweighs_a_day_far_from_it(alerts):
    """"ministers met on Monday ... after Minsk freed 130 at the weekend": the weekend dates the
    release, Monday the meeting; where both stand near the release word, the stated day wins."""
    text = "Ministers in Brussels met on Monday to weigh the sanctions after Minsk freed 130 prisoners at the weekend."
    assert [(k, e, c) for k, e, c, _, _ in alerts(text, "2025-12-15")] == [("release_count", "2025-12-13", 130)]
    control = "On Saturday Minsk freed 130 prisoners, officials said today."
    assert [(k, e, c) for k, e, c, _, _ in alerts(control, "2025-12-15")] == [("release_count", "2025-12-13", 130)]


def test_a_pronoun_after_a_semicolon_is_the_person_named_before_it(check):
    text = "The other was Viktar Babaryka, the banker who ran in 2020; he too walked out on 21 June."
    report = check(text, "2025-06-28")
    assert [(d.kind, d.person) for d in report.discrepancies] == [("person_status", "Viktar Babaryka")]
    control = "The other was Viktar Babaryka, the banker who ran in 2020; she too walked out on 21 June."
    assert check(control, "2025-06-28").discrepancies == []


def test_a_pronoun_after_an_opening_date_is_the_person_named_before(alerts):
    text = "Ales Bialiatski won the Nobel Peace Prize in 2022. In September he was freed with 51 others."
    assert ("person_status", "Ales Bialiatski") in [(k, p) for k, _, _, _, p in alerts(text, "2026-01-12")]


def test_a_release_told_of_a_person_named_later_is_not_the_pronouns(check):
    """"She waited ... to embrace her husband, X, as he walked free": the release is his."""
    text = ("Sviatlana Tsikhanouskaya campaigned for years. She waited at the border on Saturday to embrace "
            "her husband, Siarhei Tsikhanouski, as he walked free.")
    assert "Sviatlana Tsikhanouskaya" not in [d.person for d in check(text, "2025-06-23").discrepancies]
    control = "Sviatlana Tsikhanouskaya campaigned for years. She knows prison well: on Saturday she herself was freed."
    assert "Sviatlana Tsikhanouskaya" in [d.person for d in check(control, "2025-06-23").discrepancies]


def test_a_name_at_the_head_of_a_joined_clause_is_not_the_group(alerts):
    text = "On 21 June 14 prisoners were freed, and Andrzej Poczobut among them could not be, his lawyers said."
    assert "Andrzej Poczobut" not in [p for _, _, _, _, p in alerts(text, "2025-06-25")]
