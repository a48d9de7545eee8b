"""Claims an article reports in order to refute or correct them (fact-checks, correction
notices, posts it quotes) are candidates, not alerts: in every language, and when only the
release itself stands inside quotation marks."""
import pytest


def pushed_and_held(check, text, published, language):
    report = check(text, published, language=language)
    return ([(d.kind, d.claimed) for d in report.discrepancies],
            sorted((d.kind, d.claimed) for d in report.candidates))


@pytest.mark.parametrize("language, text", [
    ("uk", "У мережі поширюють допис: мовляв, у четвер Лукашенко «помилував 90 політв'язнів»."),
    ("be", "Па сацсетках разышоўся допіс, быццам 11 верасня ўлады «вызвалілі 90 палітвязняў»."),
    ("en", 'A viral post claims that on 11 September Minsk "freed 90 political prisoners".'),
    ("ru", "В каналах пишут, что 11 сентября Лукашенко «помиловал 90 политзаключённых»."),
])
def test_a_release_told_only_inside_quotation_marks_is_a_candidate(check, language, text):
    pushed, held = pushed_and_held(check, text, "2025-09-15", language)
    assert pushed == [] and held == [("release_count", 90)]


def test_a_quoted_remark_around_a_release_told_by_the_article_is_its_own(alerts):
    text = 'On 11 September Minsk freed 90 political prisoners, a move the envoy called "a good start".'
    assert alerts(text, "2025-09-15") == [("release_count", "2025-09-11", 90, None, None)]


@pytest.mark.parametrize("language, text", [
    ("pl", "W piątek napisaliśmy, że 11 września uwolniono 90 więźniów; to nieprawda."),
    ("en", "On Friday we wrote that 90 prisoners were freed on 11 September; that was wrong."),
    ("ru", "В пятницу мы написали, что 11 сентября освобождены 90 человек, это ошибка."),
    ("uk", "У п'ятницю ми написали, що 11 вересня звільнили 90 людей, це помилка."),
    ("be", "У пятніцу мы напісалі, што 11 верасня вызвалілі 90 чалавек, гэта памылка."),
    ("lt", "Penktadienį rašėme, kad rugsėjo 11 d. paleista 90 žmonių, tai klaida."),
])
def test_a_paper_repeating_its_own_earlier_error_is_a_candidate(check, language, text):
    pushed, held = pushed_and_held(check, text, "2025-09-15", language)
    assert pushed == [] and ("release_count", 90) in held


@pytest.mark.parametrize("language, text", [
    ("en", "Fact check: did Minsk free 90 prisoners on 11 September?"),
    ("be", "Фактчэк: ці вызвалілі 11 верасня 90 палітвязняў?"),
    ("uk", "Фактчек: чи звільнили 11 вересня 90 політв'язнів?"),
])
def test_a_fact_check_heading_states_no_claim(check, language, text):
    pushed, _ = pushed_and_held(check, text, "2025-09-15", language)
    assert pushed == []


def test_lithuanian_posts_claimed_in_the_passive_are_hearsay(check):
    text = "Socialiniuose tinkluose esančiuose įrašuose teigiama, kad rugsėjo 11 d. paleista 90 kalinių."
    pushed, held = pushed_and_held(check, text, "2025-09-15", "lt")
    assert pushed == [] and held == [("release_count", 90)]
