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
