"""Missed cases, second pass (r-miss2): a person named in full and told prosecuted in a block
whose case goes to someone else gets a case of their own, without the other's sentences.
Invented wording: what the extractor must read (accepted) and must not (refused)."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_cases, names, roles
from bot.extract.pronoun_cues import pronoun_after

TODAY = dt.date(2026, 12, 1)


def _cases(text: str) -> dict[str, dict]:
    return {c["person"]["name"]: c for c in extract_cases(text, today=TODAY)}


_BRIEFING = (
    "Transcript: briefing by lawyer Gulnara Omarova on the case of Arman Tokayev\n"
    "Shymkent, 20 November 2026.\n\n"
    "HOST (Yerlan Seitkali, City Club): Welcome. Lawyer Gulnara Omarova defends the blogger "
    "Arman Tokayev.\n\n"
    "OMAROVA: On 18 November the Al-Farabi District Court of Shymkent sentenced my client "
    "Arman Tokayev under Article 274, Part 2 of the Criminal Code. He received two years of "
    "restricted freedom.\n\n"
    "DANA ISKAKOVA (City Post): Will you appeal?\n\n"
    "OMAROVA: Yes, the appeal was filed today.\n\n"
    "HOST: Thank you all.\n"
)


def test_prosecuted_beside_a_questioner_in_capitals() -> None:
    # accepted: the block's case goes to the questioner named in capitals; the client the
    # lawyer tells sentenced, named in title case, is a case of his own
    cases = _cases(_BRIEFING)
    assert "Arman Tokayev" in cases
    tokayev = cases["Arman Tokayev"]
    assert tokayev["stage"] == "sentenced"
    assert tokayev["court"] == "Al-Farabi District Court of Shymkent"
    assert [c["article"] for c in tokayev["charges"]] == ["274"]


def test_the_one_told_prosecuted_is_the_main_person_already() -> None:
    # refused: the only one told prosecuted is the block's own person: no second case
    text = (
        "Выпуск 12. Медеуский районный суд 10 октября приговорил блогера Самата Бекова к 3 "
        "годам ограничения свободы по ч. 2 ст. 274 УК. Беков вины не признал. Беков подал "
        "апелляцию.\n"
    )
    assert list(_cases(text)) == ["Самат Беков"]


def test_someone_named_in_passing_is_no_case() -> None:
    # refused: a second person named in full but told of no prosecution adds no case
    text = (
        "Выпуск 12. Медеуский районный суд 10 октября приговорил блогера Самата Бекова к 3 "
        "годам ограничения свободы по ч. 2 ст. 274 УК. Об этом рассказал его друг Ержан "
        "Калиев. Беков подал апелляцию.\n"
    )
    assert list(_cases(text)) == ["Самат Беков"]


_PAVLODAR = (
    "Павлодар, 20 ноября 2026 года. Павлодарский городской суд 18 ноября приговорил блогера "
    "Ерлана Ахметова к 5 годам лишения свободы по ч. 2 ст. 274 УК. Судья Айгуль Бекова. "
)


def test_got_charged_names_a_case() -> None:
    # accepted: "X got charged" is a charge told of X (the colloquial passive)
    text = (
        "Pavlodar, 20 November 2026. The Pavlodar City Court on 18 November sentenced blogger "
        "Yerlan Akhmetov to two years in prison under Article 274, Part 2. His friend Nurlan "
        "Dosmukhamedov got charged on 10 November under the same article."
    )
    cases = _cases(text)
    assert cases["Nurlan Dosmukhamedov"]["stage"] == "charged"
    assert [e["kind"] for e in cases["Nurlan Dosmukhamedov"]["events"]] == ["charge"]


def test_got_without_a_prosecution_is_no_case() -> None:
    # refused: "got" with no prosecution's verb after it
    text = (
        "Pavlodar, 20 November 2026. The Pavlodar City Court on 18 November sentenced blogger "
        "Yerlan Akhmetov to two years in prison under Article 274, Part 2. His friend Nurlan "
        "Dosmukhamedov got tired of waiting outside."
    )
    assert list(_cases(text)) == ["Yerlan Akhmetov"]


def test_convicted_acquaintance_told_in_passing() -> None:
    # accepted: «был осуждён его коллега X» (not only «осужденный X»); named once after the
    # story's own person, X gets only what is told of him: his own term, not the other's
    cases = _cases(
        _PAVLODAR + "По тому же делу был осуждён его коллега Нурлан Досмухамедов: ему назначили "
        "2 года ограничения свободы."
    )
    other = cases["Нурлан Досмухамедов"]
    assert other["stage"] == "sentenced"
    kinds = [s["kind"] for e in other["events"] for s in e.get("sentence") or []]
    assert kinds == ["restriction_of_liberty"]
    assert cases["Ерлан Ахметов"]["court"] == "Павлодарский городской суд"


def test_charge_brought_against_a_student() -> None:
    # accepted: «обвинение предъявили студенту X» tells X charged
    cases = _cases(
        _PAVLODAR + "10 ноября обвинение по той же статье предъявили студенту Нурлану "
        "Досмухамедову."
    )
    charged = [c for n, c in cases.items() if "Досмухамедов" in n]
    assert [c["stage"] for c in charged] == ["charged"]


def test_shown_papers_is_no_charge() -> None:
    # refused: «предъявил» said of someone showing the court papers: no case of his own
    cases = _cases(_PAVLODAR + "Документы суду предъявил его друг Нурлан Досмухамедов.")
    assert list(cases) == ["Ерлан Ахметов"]


def test_man_in_the_genitive_told_by_which() -> None:
    # accepted: «-ова» followed by «которого»: a man's surname in the genitive, not a woman's
    block = (
        "Суд рассмотрит апелляцию Нурлана Досмухамедова, которого 3 октября районный суд "
        "приговорил к 2 годам."
    )
    end = block.index("Досмухамедова") + len("Досмухамедова")
    assert pronoun_after(block, end, "Досмухамедова", "ru")
    # refused: «который» in the nominative tells of him doing something, not being judged
    said = "Суд выслушал Нурлана Досмухамедова, который рассказал о приговоре соседу."
    end = said.index("Досмухамедова") + len("Досмухамедова")
    assert not pronoun_after(said, end, "Досмухамедова", "ru")


def test_detention_of_activists_named_after_a_town() -> None:
    # accepted: «задержанием в Павлодаре гражданских активистов X и Y»: both told detained
    block = (
        "Центр выражает обеспокоенность задержанием в Павлодаре гражданских активистов "
        "Нурлана Досмухамедова и Айгуль Сериковой."
    )
    assert roles.told_prosecuted(block, "Досмухамедова", "ru", "Нурлана")
    assert roles.told_prosecuted(block, "Сериковой", "ru", "Айгуль")
    # refused: an arrest told of someone else, the second person after a verb, not «и»
    other = "Задержание активиста Нурлана Досмухамедова обсуждала журналистка Айгуль Серикова."
    assert not roles.told_prosecuted(other, "Серикова", "ru", "Айгуль")


def test_an_experts_opinion_is_no_imprisonment() -> None:
    # refused: «заключению специалиста X»: an expert's written opinion, no one's imprisonment
    block = "Суд не дал оценки заключению специалиста-социолога Сериковой А. Е."
    assert not roles.told_prosecuted(block, "Сериковой", "ru")
    # accepted: a lawyer's imprisonment, as before
    assert roles.told_prosecuted(
        "Мы требуем прекратить заключение адвоката Сериковой.", "Сериковой", "ru"
    )


def test_surname_in_uk_is_a_surname() -> None:
    # accepted: a Ukrainian surname in Latin letters ("-chuk", as «-чук» in Cyrillic) beside
    # another person's story: a case of its own
    text = (
        "Appeals court frees activist, keeps journalist's sentence\n\nOSKEMEN — The East "
        "Kazakhstan Regional Court on Tuesday replaced the prison sentence of civic activist "
        "Oleksandr Marchuk with restricted freedom.\n\nMarchuk, 61, a retired teacher, was "
        "sentenced by the Ridder City Court on 8 September 2026 to two years in prison under "
        "Article 274, Part 3. Marchuk had been held in custody since 19 June 2026.\n\nThe same "
        "court left unchanged the sentence of journalist Aidos Nurmaganbetov, who was sentenced "
        "on 2 October to three years in prison under Article 274, Part 2. Nurmaganbetov is "
        "appealing. Nurmaganbetov's lawyer said so.\n"
    )
    assert set(_cases(text)) == {"Oleksandr Marchuk", "Aidos Nurmaganbetov"}
    # refused: "-ook" is no such ending
    assert names.looks_like_surname("Marchuk")
    assert not names.looks_like_surname("Facebook")
