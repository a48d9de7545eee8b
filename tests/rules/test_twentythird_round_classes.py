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
