"""Who is a case and by what name (r5): words that are no given name, officials named by
initials, registers that write the surname first. Invented texts driving `extract_cases`."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_cases

TODAY = dt.date(2026, 12, 1)


def _names(text: str) -> list[str]:
    return [c["person"]["name"] for c in extract_cases(text, today=TODAY)]


def test_english_sentence_adverb_is_no_given_name() -> None:
    text = (
        "Askar Temirkhanov was a teacher in Semey. On 19 July 2024 the Semey City Court "
        "sentenced Temirkhanov to four years under Article 174, Part 1 of the Criminal Code. "
        "The regional court upheld the verdict on 3 October 2024. Here Temirkhanov is at his "
        "best, patient and unsentimental. Then Temirkhanov was moved to a colony."
    )
    names = _names(text)
    assert "Askar Temirkhanov" in names
    assert not any(n.startswith(("Here ", "Then ")) for n in names)


def test_paper_signer_and_addressee_named_by_initials_are_no_case() -> None:
    text = (
        "Главному редактору\n"
        "ТОО «Дала ақпарат»\n"
        "Нуриевой А. Б.\n\n"
        "Приговором Жанаозенского городского суда от 13 ноября 2026 года Сапаров Ерлан "
        "Жаксылыкович, 1990 года рождения, признан виновным по ч. 2 ст. 274 УК РК и осуждён к "
        "2 годам ограничения свободы.\n\n"
        "Прокурор г. Жанаозен\n"
        "советник юстиции                                   Утебаев Д. Ж.\n\n"
        "Руководитель департамента                           С. Т. Мухамеджанов\n"
    )
    names = _names(text)
    assert names == ["Ерлан Жаксылыкович Сапаров"]


def test_register_note_in_dashes_does_not_merge_numbered_items() -> None:
    text = (
        "NEW CASES\n\n"
        "1. YERMEKOV Dauren (Pavlodar). Electrician. Detained by police in Pavlodar on 4 "
        "November 2026. He is suspected under Article 274, Part 2, of the Criminal Code.\n\n"
        "VERDICTS\n\n"
        "2. ZHUNUSOVA Aigul (Taraz). Blogger. On 18 November 2026 the Taraz City Court found her "
        "guilty under Article 378, Part 2 and sentenced her to two years of restricted freedom.\n\n"
        "FOR REFERENCE (administrative)\n\n"
        "— ORAZOV Bekzat (Atyrau), who picketed outside the court, was fined 20 MCI under "
        "Article 488 of the Code of Administrative Offences on 21 November 2026.\n"
        "— Two residents of Pavlodar who reposted Yermekov's posts received official warnings.\n\n"
        "Total in the list this month: 2 criminal cases.\n"
    )
    assert _names(text) == ["YERMEKOV Dauren", "ZHUNUSOVA Aigul"]


def test_prosecutor_named_after_a_long_department_is_no_case() -> None:
    # (the press release's whole opening: its prosecutor's paragraph, then the article's
    # sanction, made the prosecutor a case of his own)
    text = (
        "Прокуратура Туркестанской области\n"
        "Пресс-релиз | 25.11.2026\n"
        "\n"
        "В Туркестане начался суд над участниками запрещенной организации\n"
        "\n"
        "Вчера, в Туркестанском городском суде начато рассмотрение уголовного дела в отношении"
        " Абдрахманова Нурлана Ерлановича, 1997 г.р., жителя г. Туркестан, менеджера торговой "
        "компании, и Сейткалиева Кайрата Мырзахметовича, 1988 г.р., жителя г. Кентау, "
        "водителя, обвиняемых по ч. 2 ст. 405 УК РК (участие в деятельности общественного "
        "объединения после вынесения решения суда о запрете его деятельности в связи с "
        "экстремизмом).\n"
        "\n"
        "По данным следствия, Абдрахманов Н. Е. 27 июля 2026 года распространил в Telegram-"
        "чате «Кентау ауылы» видеообращения лидера запрещенной организации с призывами к "
        "«бойкоту выборов». Сейткалиев К. М. организовал сбор денежных средств для членов "
        "организации и передавал их через платежные приложения.\n"
        "\n"
        "10 августа 2026 года Абдрахманов Н. Е. и Сейткалиев К. М. были задержаны в порядке "
        "ст. 128 УПК РК сотрудниками департамента полиции. 12 августа 2026 года следственным "
        "судом в отношении Абдрахманова Н. Е. санкционирована мера пресечения в виде "
        "содержания под стражей, в отношении Сейткалиева К. М. — домашний арест. 20 августа "
        "2026 года обоим предъявлено обвинение.\n"
        "\n"
        "Государственное обвинение в суде поддерживает прокурор отдела по надзору за "
        "законностью судебных актов по уголовным делам прокуратуры области Б. Жаксыбеков.\n"
        "\n"
        "Санкция ч. 2 ст. 405 УК РК предусматривает наказание в виде штрафа до 2000 МРП либо "
        "ограничения свободы или лишения свободы на срок до шести лет.\n"
        "\n"
    )
    assert _names(text) == [
        "Нурлан Ерланович Абдрахманов",
        "Кайрат Мырзахметович Сейткалиев",
    ]
