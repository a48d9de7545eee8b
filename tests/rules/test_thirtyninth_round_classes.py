"""Classes from the thirty-ninth round of blind sets (b113, b114, English), proven on sentences
written for these tests."""


def test_given_freedom_to_is_a_release(alerts):
    text = "On Saturday 21 June the authorities have given freedom to 17 prisoners."
    assert [(k, c) for k, _, c, _, _ in alerts(text, "2025-06-23")] == [("release_count", 17)]


def test_early_wire_reports_hedge_their_figure(check):
    text = "On 11 September early wire reports spoke of 49 people released."
    report = check(text, "2025-09-12")
    assert report.discrepancies == [] and [(d.kind, d.claimed) for d in report.candidates] == [("release_count", 49)]
