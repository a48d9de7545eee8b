"""Classes from the thirty-eighth round of blind sets (b111, b112, English), proven on sentences
written for these tests."""


def test_a_name_inside_anothers_relative_clause_takes_no_release(alerts):
    text = "Maria Kalesnikava, who worked with Viktar Babaryka, was also freed on 21 June."
    assert [p for _, _, _, _, p in alerts(text, "2025-06-25")] == ["Maria Kalesnikava"]
    # control: a release inside the clause is the clause's names' own
    text = "Maria Kalesnikava, who was freed with Viktar Babaryka on 21 June, spoke on Monday."
    assert sorted(p for _, _, _, _, p in alerts(text, "2025-06-25")) == ["Maria Kalesnikava", "Viktar Babaryka"]


def test_one_who_confirms_a_release_speaks_of_it(alerts):
    text = "On 21 June Ales Bialiatski confirms that his colleague Natallia Dulina is among those freed."
    assert alerts(text, "2025-06-21") == []
