"""Folding of names and places (db.names): Kazakh and Russian letters, Latin, old names."""

from __future__ import annotations

import pytest

from db.names import (
    KOREAN_SURNAMES,
    deletions,
    edit_distance,
    edits_allowed,
    guess_roles,
    name_pairs,
    name_parts,
    name_tokens,
    place_key,
    role_keys,
    romanise,
    within_one_edit,
)


@pytest.mark.parametrize(
    "spellings",
    [
        ["Жаубатыров", "Zhaubatyrov", "Jaubatyrov", "ZHAUBATYROV", "Zhaubatyr", "Жаубатырова"],
        ["Сабаншиев", "Sabanshiyev", "Sabanshiev", "SABANSHIYEV"],
        ["Ерқын", "Еркин", "Yerkyn", "Yerkin", "Erkin"],
        ["Бақтыбаев", "Бактыбаев", "Baktybayev", "Baqtybaev", "Baktybaev"],
        ["Әлібек", "Алибек", "Alibek", "Älibek"],
        ["Бағдат", "Багдат", "Baghdat", "Bagdat"],
        ["Асылхан", "Asylkhan", "Asylhan", "Assylkhan"],
        ["Нұржан", "Нуржан", "Nurzhan", "Nurjan", "Nūrjan"],
        ["Төлеуұлы", "Толеуулы", "Toleuuly", "Төлеуов", "Toleuov"],
        ["Жақсылықова", "Жаксылыкова", "Zhaksylykova", "Zhaqsylyqova", "Jaksylykova"],
        ["Гүлнар", "Гульнар", "Gulnar", "Gülnar"],
        ["Айгерим", "Әйгерім", "Aigerim", "Aygerim"],
        ["Мухаммедкарим", "Mukhammedkarim", "Muhammedkarim", "Mukhamedkarim"],
        ["Ерлан", "Yerlan", "Erlan"],
        ["Евгений", "Yevgeniy", "Yevgeny", "Evgenii"],
        ["Юлия", "Yuliya", "Yulia", "Iulia"],
        ["Шоқан", "Shoqan", "Shokan", "Şoqan"],
        ["Ыбырай", "Ybyrai", "Ibyray"],
        ["Һарун", "Харун", "Kharun", "Harun"],
    ],
)
def test_spellings_of_a_word_share_one_key(spellings: list[str]) -> None:
    keys = {tuple(name_tokens(s)) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, keys, strict=False))
    assert all(len(k) == 1 for k in keys)


def test_every_kazakh_letter_folds_to_the_russian_letter_a_document_would_write() -> None:
    kazakh = "әғқңөұүһі"
    russian = "агкноууxи"  # һ is written х in Russian documents
    for kz, ru in zip(kazakh, russian, strict=True):
        ru = "х" if ru == "x" else ru
        assert name_tokens(f"Б{kz}т") == name_tokens(f"Б{ru}т"), kz
    # No letter turns into punctuation or vanishes (one package gives "@libek" for Әлібек).
    assert romanise("Әлібек") == "alibek"
    assert romanise("ӘҒҚҢӨҰҮҺІ") == "agknouuhi"


def test_russian_letters() -> None:
    assert romanise("ёйыюяхцжщъьэ") == "".join(
        ["e", "i", "y", "yu", "ya", "kh", "ts", "zh", "sh", "e"]
    )
    assert name_tokens("Ёлкин") == name_tokens("Елкин")
    assert name_tokens("Цой") == name_tokens("Tsoi") == name_tokens("Tsoy")
    assert name_tokens("Юсупов") == name_tokens("Yusupov")
    assert name_tokens("Яковлев") == name_tokens("Yakovlev")
    assert name_tokens("Хасанов") == name_tokens("Khasanov") == name_tokens("Hasanov")
    assert name_tokens("Журавлёв") == name_tokens("Zhuravlev")
    assert name_tokens("Ильин") == name_tokens("Ilyin") == name_tokens("Il'in")


def test_word_order_and_patronymic_words() -> None:
    assert sorted(name_tokens("SABANSHIYEV Yerkyn")) == sorted(name_tokens("Yerkin Sabanshiev"))
    assert name_pairs(name_tokens("SABANSHIYEV Yerkyn")) == name_pairs(
        name_tokens("Ерқын Сабаншиев")
    )
    # A separate "uly"/"kyzy" word is not part of the key.
    assert name_tokens("Nurlan uly") == name_tokens("Нұрлан") == ["nurlan"]
    assert name_tokens("Гүлнар Қайратқызы") == name_tokens("Gulnar Kairatkyzy")


@pytest.mark.parametrize(
    ("today", "others"),
    [
        ("Aktobe", ["Aqtöbe", "Актобе", "Ақтөбе", "Aktyubinsk", "Актюбинск", "AKTOBE"]),
        ("Almaty", ["Alma-Ata", "Алма-Ата", "Алматы", "Alma Ata"]),
        ("Oral", ["Uralsk", "Уральск", "Орал"]),
        ("Oskemen", ["Ust-Kamenogorsk", "Усть-Каменогорск", "Өскемен", "Öskemen"]),
        ("Semey", ["Semipalatinsk", "Семипалатинск", "Семей", "Semei"]),
        ("Astana", ["Nur-Sultan", "Нур-Султан", "Астана", "Nursultan"]),
        ("Shymkent", ["Chimkent", "Чимкент", "Шымкент", "Shimkent"]),
        ("Kyzylorda", ["Қызылорда", "Кзыл-Орда", "Kzyl-Orda", "Qyzylorda"]),
    ],
)
def test_places_and_their_old_names(today: str, others: list[str]) -> None:
    assert {place_key(o) for o in others} == {place_key(today)}


def test_different_people_keep_different_keys() -> None:
    assert name_tokens("Sabanov") != name_tokens("Sabanshiev")
    assert name_tokens("Erlan") != name_tokens("Erkin")
    assert place_key("Almaty") != place_key("Aktobe")


def test_typo_neighbourhood() -> None:
    assert within_one_edit("jaubatir", "jaubatirr")
    assert within_one_edit("jaubatir", "jaubtair")  # swapped neighbours
    assert within_one_edit("jaubatir", "jaubatur")
    assert not within_one_edit("jaubatir", "jaubasov")
    assert deletions("jaubatir") & deletions("jaubatur")
    # One edit for short words (Pak/Pok, Li/Le), two for long ones.
    assert deletions("abc") == {"abc", "ab", "ac", "bc"}
    assert deletions("li") == {"li", "l", "i"}
    assert edits_allowed("pak") == 1 and edits_allowed("jaubatir") == 2
    long_key = name_tokens("Mukhammedzhanov")[0]
    slipped = name_tokens("Mukhamedzanov")[0]
    assert edit_distance(long_key, slipped) == 2
    assert deletions(long_key) & deletions(slipped)


#: One class of romanisation difference per entry (issue 16): every spelling in a row must
#: share one key, and rows must not merge with each other.
CLASSES: dict[str, list[list[str]]] = {
    "shch and sch for щ": [
        ["Щукин", "Shchukin", "Schukin", "Shukin"],
        ["Ищенко", "Ishchenko", "Ischenko"],
        ["Щербаков", "Shcherbakov", "Scherbakov"],
    ],
    "yo and io for ё": [
        ["Фёдоров", "Fyodorov", "Fiodorov", "Fedorov", "Федоров"],
        ["Семёнова", "Semyonova", "Semionova", "Semenova"],
        ["Артём", "Artyom", "Artiom", "Artem"],
        ["Пётр", "Pyotr", "Piotr", "Petr"],
        ["Соловьёв", "Solovyov", "Soloviov", "Solovev"],
    ],
    "x for х": [
        ["Халилов", "Xalilov", "Khalilov", "Halilov"],
        ["Рахимов", "Raximov", "Rakhimov", "Rahimov", "Раҳимов"],
        ["Тохтахунов", "Toxtaxunov", "Tokhtakhunov"],
    ],
    "x as ks in European names": [
        ["Александр", "Alexandr", "Aleksandr"],
        ["Максим", "Maxim", "Maksim"],
        ["Ксения", "Xenia", "Kseniya"],
    ],
    "c for ц or к": [
        ["Константин", "Konstantin", "Constantin"],
        ["Цыганков", "Cygankov", "Tsygankov"],
        ["Цой", "Tsoi", "Tsoy", "Coi", "Choi"],
    ],
    "j for й": [
        ["Сергей", "Sergej", "Sergey", "Sergei"],
        ["Николай", "Nikolaj", "Nikolay"],
        ["Андрей", "Andrej", "Andrey"],
        ["Майков", "Majkov", "Maykov"],
        ["Николаевич", "Nikolajevič", "Nikolayevich", "Nikolaevich"],
    ],
    "j for ж": [["Нұржан", "Nurjan", "Nurzhan"], ["Жанар", "Janar", "Zhanar"]],
    "scholarly š č ž": [
        ["Шевчук", "Ševčuk", "Shevchuk"],
        ["Жуков", "Žukov", "Zhukov"],
        ["Чернов", "Černov", "Chernov"],
    ],
    "Ukrainian h for г": [
        ["Гнатюк", "Hnatiuk", "Gnatyuk", "Hnatyuk"],
        ["Олег", "Oleh", "Oleg"],
        ["Григорій", "Hryhorii", "Grigorii", "Григорий"],
    ],
    "Korean romanisations": [
        ["Хван", "Hwang", "Khvan"],
        ["Ли", "Lee", "Li", "Rhee", "Yi"],
        ["Пак", "Pak", "Park", "Bak"],
        ["Ким", "Kim", "Gim"],
        ["Кан", "Kang", "Kan"],
        ["Юн", "Yoon", "Yun"],
        ["Ан", "Ahn", "An"],
        ["Квон", "Kwon", "Kvon"],
    ],
    "Uzbek ў ҳ қ ғ and ʻ": [
        ["Ғуломов", "Gʻulomov", "G‘ulomov", "G'ulomov", "Gulomov", "Гуломов"],
        ["Ўринбоев", "Oʻrinboyev", "Уринбаев", "Urinbayev", "Urinbaev"],
        ["Ҳамидова", "Hamidova", "Хамидова", "Xamidova"],
        ["Қодиров", "Qodirov", "Kodirov", "Кодиров"],
        ["Исмоилова", "Ismoilova", "Исмаилова", "Ismailova"],
        ["Abdulloh", "Абдулла", "Abdulla", "Абдулло"],
    ],
    "Uyghur and Tatar җ һ": [
        ["Җәлилов", "Жалилов", "Jalilov", "Dzhalilov", "Djalilov"],
        ["Һадиев", "Hadiev", "Khadiev", "Хадиев"],
        ["Ғабдулла", "Габдулла", "Gabdulla", "Ghabdulla"],
    ],
    "Ukrainian є ї ґ": [
        ["Євгенія", "Yevheniia", "Евгения", "Yevgeniya", "Evgeniya"],
        ["Їжакевич", "Yizhakevych", "Izhakevich"],
        ["Ґонта", "Gonta", "Гонта"],
    ],
    "ng for ң": [["Маңғыстау", "Mangghystau", "Mangystau"], ["Жаңабаев", "Zhangabayev"]],
    "Azerbaijani and Turkish Latin": [
        ["Həsənov", "Гасанов", "Hasanov", "Khasanov"],
        ["Şükürov", "Шукуров", "Shukurov"],
    ],
}


@pytest.mark.parametrize(
    ("label", "spellings"),
    [(label, row) for label, rows in CLASSES.items() for row in rows],
)
def test_every_class_of_romanisation_folds(label: str, spellings: list[str]) -> None:
    keys = {tuple(name_tokens(s)) for s in spellings}
    assert len(keys) == 1, (label, dict(zip(spellings, keys, strict=False)))


def test_classes_do_not_merge_different_names() -> None:
    first_keys = [tuple(name_tokens(row[0])) for rows in CLASSES.values() for row in rows]
    assert len(first_keys) == len(set(first_keys))


def test_every_cyrillic_letter_of_the_region_romanises_to_latin_letters() -> None:
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіўҳӯӣҗҙҫєїґ"
    for letter in letters:
        latin = romanise(letter)
        assert latin == "" or (latin.isascii() and latin.isalpha()), letter
    for letter in "ўҳҗєїґ":
        assert romanise(letter), letter
    # The stored word keeps every letter, even for its own correct spelling (issue 16).
    assert name_tokens("Раҳимов") == ["ragim"]
    assert name_tokens("Євгенія") == name_tokens("Евгения")
    assert name_tokens("Gʻulomov") == name_tokens("Гуломов")


def test_korean_table_keys_are_lower_case_latin_and_fold_to_the_russian_form() -> None:
    for latin, russian in KOREAN_SURNAMES.items():
        assert latin.isascii() and latin.islower()
        assert name_tokens(latin) == name_tokens(russian), latin


@pytest.mark.parametrize(
    "spellings",
    [
        # Russian patronymics relate to Kazakh and Uzbek ones: all give the father's name.
        ["Кайратович", "Kairatovich", "Кайратовна", "Kairatovna", "Қайратұлы", "Kairatuly",
         "Қайратқызы", "Qairatqyzy", "Kairat"],
        ["Серикович", "Serikovich", "Serikuly", "Серікұлы", "Серик"],
        ["Ivanivna", "Ivanovna", "Иванович", "Іван"],
        # Women's forms of surnames.
        ["Есенова", "Yesenov", "Esenova", "Yessenov"],
        ["Никитина", "Nikitin", "Nikitina"],
        ["Ковалевская", "Kovalevskaya", "Ковалевский", "Kovalevsky", "Kovalevskiy"],
    ],
)  # fmt: skip
def test_patronymics_and_womens_forms_share_the_stem(spellings: list[str]) -> None:
    keys = {tuple(name_tokens(s)) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, keys, strict=False))


def test_patronymic_and_surname_endings_are_told_apart() -> None:
    [surname, given, patronymic] = name_parts("Zhaubatyrov Asylkhan Kairatuly")
    assert surname.looks_surname and not surname.looks_patronymic
    assert not given.ending
    assert patronymic.looks_patronymic and patronymic.key == "kairat"
    [rus] = name_parts("Kairatovich")
    assert rus.looks_patronymic and rus.key == patronymic.key
    # Separate "son of" words drop (Uzbek o'g'li, Azerbaijani oglu too).
    assert name_tokens("Alisher Karimov o'g'li") == name_tokens("Alisher Karimov")


def test_roles() -> None:
    assert guess_roles("Asylkhan ZHAUBATYROV") == ("ZHAUBATYROV", "Asylkhan", None)
    assert guess_roles("Есенова Гүлнар Қайратқызы") == ("Есенова", "Гүлнар", "Қайратқызы")
    assert guess_roles("Nurlan Serik") == (None, None, None)  # nothing says which is which
    assert role_keys("Zhaubatyrov", "Asylkhan", "Kairatuly") == {
        "s:jaubatir",
        "S:jaubatirov",
        "g:asilgan",
        "p:kairat",
    }
    # Double surnames and hyphenated given names: every word keeps its role.
    assert role_keys("Ким-Пак", "Анна-Мария", None) == {
        "s:kim",
        "s:pak",
        "S:kim",
        "S:pak",
        "g:ana",
        "g:maria",
    }
    assert role_keys("Nurlan", None, "Serikuly") != role_keys("Serik", None, "Nurlanuly")
