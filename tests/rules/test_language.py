"""Language identification: the detector reads the text; a declared language is a hint; letters
only one candidate writes settle Łacinka Belarusian. Texts written for the test."""
from rules.language import detect_language

RU = "В субботу власти Беларуси освободили четырнадцать политических заключённых, сообщили правозащитники."
PL = "W sobotę władze Białorusi uwolniły czternastu więźniów politycznych, poinformowali obrońcy praw człowieka."
BE = "У суботу ўлады Беларусі вызвалілі чатырнаццаць палітычных вязняў, паведамілі праваабаронцы."
BE_LATIN = "U subotu ŭlady Biełarusi vyzvalili čatyrnaccać palityčnych viaźniaŭ, paviedamili pravaabaroncy ŭ Vilni."
UK = "У суботу влада Білорусі звільнила чотирнадцять політичних в'язнів, повідомили правозахисники."
LT = "Šeštadienį Baltarusijos valdžia paleido keturiolika politinių kalinių, pranešė žmogaus teisių gynėjai."
EN = "On Saturday the Belarusian authorities freed fourteen political prisoners, rights defenders said."


def test_each_language_of_the_story_is_told_apart():
    assert [detect_language(t) for t in (EN, RU, BE, UK, PL, LT)] == ["en", "ru", "be", "uk", "pl", "lt"]


def test_lacinka_belarusian_is_belarusian_not_polish():
    assert detect_language(BE_LATIN) == "be"


def test_a_wrong_declared_language_does_not_win_over_the_text():
    assert detect_language(RU, declared="en") == "ru"


def test_a_short_text_takes_its_declared_language():
    assert detect_language("Minsk frees 14", declared="en") == "en"


def test_an_empty_text_is_undetermined():
    assert detect_language("") == "und"


def test_an_article_in_a_language_without_a_table_is_not_read(engine, baseline):
    import datetime as dt
    from rules.model import Article
    text = "Belarus hat am Samstag 16 politische Gefangene freigelassen, darunter Siarhei Tsikhanouski."
    report = engine.check(Article(text, published=dt.date(2025, 6, 22), language="de"), baseline)
    assert (report.claims, report.discrepancies, report.not_checked) == ([], [], "language de has no table")
