"""An official paper's signer and addressee: named by initials and surname, never a case.

A court's, prosecutor's or department's paper pasted into a story closes with its signer's
post and name, the name pushed to the right of the line by a wide gap ("Прокурор г. Жанаозен\\n
советник юстиции                 Утебаев Д. Ж.", «Руководитель департамента        С. Т.
Мухамеджанов»), and opens with its addressee's post and name on lines of their own
(«Главному редактору\\nТОО «Ақтөбе ақпарат»\\nИбраевой Ж. К.»). They are officials and
editors, not the people the paper is about.

Invariant: only a name written with initials is cut, and only where it ends a line after a
gap of three or more spaces or a tab, or stands alone on a line at most two lines under an
addressee's post in the dative; the line and its other words stay, so no line is added or
removed and a paper's people named in full («Сапаров Ерлан Жаксылыкович») are untouched.
"""

from __future__ import annotations

import re

from bot.extract.names import LOWER, UPPER

_SURNAME = rf"[{UPPER}][{LOWER}'’-]+"
_INITIALS = rf"[{UPPER}]\.(?:[ \u00a0]?[{UPPER}]\.)?"
#: A name written with initials, before or after the surname.
_INITIALLED = rf"(?:{_SURNAME}[ \u00a0]+{_INITIALS}|{_INITIALS}[ \u00a0]?{_SURNAME})"
#: The signer's name at the end of a line, after a wide gap.
_SIGNED = re.compile(rf"(?<=\S)(?P<gap>(?: {{3,}}|\t+)){_INITIALLED}[ \t]*$", re.MULTILINE)
#: An addressee's post in the dative on a line of its own («Главному редактору», «Председателю
#: суда», «Начальнику ДП»), up to two lines (an organisation's) and the name alone on its line.
_ADDRESSED = re.compile(
    r"(?im)^(?P<post>[ \t]*(?:главному\s+редактору|редактору|председателю|руководителю|"
    r"начальнику|директору|прокурору|судье|депутату|акиму)\b[^\n]*\n(?:[^\n]{1,80}\n){0,2}?)"
    rf"(?-i:{_INITIALLED})[ \t]*$"
)


def without_paper_signers(text: str) -> str:
    """The text with a paper's signer and addressee named by initials cut out (see above)."""
    text = _SIGNED.sub(lambda m: m.group("gap"), text)
    return _ADDRESSED.sub(lambda m: m.group("post"), text)
