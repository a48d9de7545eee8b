"""Classes from the twenty-first round of blind sets (b57-en, b58-en), proven on sentences written
for these tests."""

E1 = "2025-06-21"
NEVER = ("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")


def test_a_person_counted_into_a_release_by_its_exact_total_is_placed_on_it(alerts):
    # placed only by the publication date, but the sentence names June's release by its total
    text = "The regime set free Sviatlana Tsikhanouskaya and 13 other prisoners."
    assert alerts(text, "2025-06-22") == [NEVER]
    text = "Minsk released 14 political prisoners, among them opposition leader Sviatlana Tsikhanouskaya."
    assert alerts(text, "2025-06-23") == [NEVER]
    # control: a total the baseline does not give names no release, so the date alone stays weak
    text = "Minsk released political prisoners, among them opposition leader Sviatlana Tsikhanouskaya."
    assert alerts(text, "2025-06-23") == []


def test_a_semicolon_closes_the_clause_of_a_release_verb_that_opens_the_sentence(check):
    report = check("Freed were 14 people; Tsikhanouskaya herself was never imprisoned.", "2025-06-25")
    assert report.discrepancies == [] and [d.person for d in report.candidates] == ["Sviatlana Tsikhanouskaya"]
    report = check("Paleista 14 žmonių; S. Cichanouskaja nebuvo kalinama.", "2025-06-25", language="lt")
    assert report.discrepancies == [] and [d.person for d in report.candidates] == ["Sviatlana Tsikhanouskaya"]
