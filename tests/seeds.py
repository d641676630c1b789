"""The three cases of ../shared/seeds/, entered through the conversation as a reporter would."""

from __future__ import annotations

from telegram import PhotoSize

from tests.conftest import ChatDriver


async def report_zhaubatyrov(chat: ChatDriver) -> None:
    """Seed 000: Aktobe, Art. 405 part 2, verdict 10 September 2021."""
    await chat.send("/report")
    await chat.press("Sentenced")
    await chat.send("Asylkhan ZHAUBATYROV")
    await chat.send("Жаубатыров Асылхан\nZhaubatyrov Asylkhan")
    await chat.press("Aktobe region")
    await chat.press("Aktobe")
    await chat.send("Civil activist and political prisoner")
    await chat.press("405 part 2")
    await chat.press("Skip")  # detention date unknown
    await chat.press("Skip")  # court not named in the report
    await chat.send("ADILOVA Alima Salimgireyevna")
    await chat.send("ABDENOVA Saule")
    await chat.send("05.08.2021")  # the judge accepted the case into proceedings
    await chat.send("10.09.2021")
    await chat.press("Restriction of liberty")
    await chat.press("1 year")
    await chat.press("Ban on social and political activity")
    await chat.press("1 year")
    await chat.press("Ban on using social networks")
    await chat.send("1 year")
    await chat.press("Victims")
    await chat.send("27780")
    await chat.press("Done")
    await chat.press("Skip")  # no appeal hearing scheduled
    await chat.send(
        "01.05.2019 participation in a peaceful protest\n"
        "photo with a blank sheet of paper (letters added later in a photo editor)\n"
        "video message to the Portuguese Minister of Foreign Affairs Augusto Santos Silva"
    )
    await chat.send("https://example.org/zhaubatyrov-verdict")
    await chat.send_message(photo=[PhotoSize("photo-file-1", "photo-unique-1", 1280, 960)])
    await chat.press("Done")
    await chat.press("Submit")


async def report_sabanshiyev(chat: ChatDriver) -> None:
    """Seed 001, case 1: Talgar, Art. 405 part 2, verdict 7 April 2021."""
    await chat.send("/report")
    await chat.press("Sentenced")
    await chat.send("SABANSHIYEV Yerkyn")
    await chat.send("Yerkin SABANSHIYEV")
    await chat.press("Almaty region")
    await chat.send("Talgar")
    await chat.send(
        "Civil activist, participant of peaceful protests and pickets, former political "
        "prisoner, raised funds for families of political prisoners"
    )
    await chat.press("405 part 2")
    await chat.press("Skip")  # detention
    await chat.press("Skip")  # court
    await chat.send("KELEMSEITOV Yerkebulan")
    await chat.press("Skip")  # prosecutor
    await chat.press("Skip")  # trial start
    await chat.send("2021-04-07")
    await chat.press("Restriction of liberty")
    await chat.press("1 year")
    await chat.press("Community service")
    await chat.send("100")
    await chat.press("Court fees")
    await chat.send("840")
    await chat.press("Court fees")
    await chat.send("50")
    await chat.press("Victims")
    await chat.send("27,780 tenge")
    await chat.press("Ban on social and political activity")
    await chat.press("3 years")
    await chat.press("Ban on using social networks")
    await chat.press("3 years")
    await chat.press("Done")
    await chat.press("Skip")  # appeal
    await chat.press("Skip")  # acts
    await chat.press("Skip")  # sources
    await chat.press("Done")  # attachments
    await chat.press("Submit")


async def report_baktybayev(chat: ChatDriver) -> None:
    """Seed 001, case 2: Shu (Zhambyl region), Art. 405 part 1, verdict 4 February 2021 and
    the appeal ruling of 7 April 2021 that cut restriction of liberty from 2 years to 1."""
    await chat.send("/report")
    await chat.press("Appeal decided")
    await chat.send("Baghdat BAKTYBAYEV")
    await chat.press("Skip")
    await chat.press("Zhambyl region")
    await chat.send("Shu")
    await chat.send("Civil activist, participant of peaceful protests")
    await chat.press("405 part 1")
    await chat.press("Skip")  # detention
    await chat.press("Skip")  # court
    await chat.press("Skip")  # judge
    await chat.press("Skip")  # prosecutor
    await chat.press("Skip")  # trial start
    await chat.send("04.02.2021")
    await chat.press("Restriction of liberty")
    await chat.press("2 years")
    await chat.press("Ban on using social networks")
    await chat.press("5 years")
    await chat.press("Forensic examination fee")
    await chat.send("25736")
    await chat.press("Victims")
    await chat.send("55560")
    await chat.press("Community service")
    await chat.send("80 hours")
    await chat.press("Done")
    await chat.send("07.04.2021")  # appeal ruling
    await chat.press("Skip")  # appeal court
    await chat.press("Sentence reduced")
    await chat.press("Restriction of liberty")
    await chat.press("1 year")
    await chat.press("Ban on using social networks")
    await chat.press("5 years")
    await chat.press("Forensic examination fee")
    await chat.send("25736")
    await chat.press("Victims")
    await chat.send("55560")
    await chat.press("Community service")
    await chat.send("80")
    await chat.press("Done")
    await chat.press("Skip")  # acts
    await chat.press("Skip")  # sources
    await chat.press("Done")  # attachments
    await chat.press("Submit")
