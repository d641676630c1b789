"""The record a case is read into, and the scope of one event while it is read.

`Record` is the exchange format's case as a dict (schema/casewatch-cases.schema.json). A `Scope`
is one event told by the text (its kind, its date and the sentences that tell of it); the
sentences after it that give no date of their own continue it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bot.extract.blocks import Sentence

Record = dict[str, Any]


@dataclass
class Scope:
    kind: str
    date: dt.date | None
    sentences: list[Sentence] = field(default_factory=list)
    measure: str | None = None
    #: What an appeal court decided, read from its whole sentences (before any cut).
    outcome: str | None = None
    #: A release in the courtroom, dated by the ruling it follows.
    courtroom: bool = False
    #: Dated only by the dateline before it (a headline's "Journalist fined"), not by itself.
    assumed: bool = False
