"""What a parser says when it cannot give one certain value.

`Unreadable` is an answer that cannot be used; `Ambiguous` is an answer that can be read in more
than one way (or only in a surprising way, such as tenge with tiyn), so the person must choose
between `candidates` before anything is stored. `Ambiguous` is an `Unreadable`: a caller that does
not offer the choice still refuses the answer, it never takes a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Unreadable(ValueError):
    """An answer that cannot be used; `str(exc)` is a message for the person (translated)."""


class Ambiguous(Unreadable, Generic[T]):
    """More than one reading (or one that must be confirmed): ask which one, never guess."""

    def __init__(self, message: str, candidates: Sequence[T]) -> None:
        super().__init__(message)
        self.candidates: tuple[T, ...] = tuple(candidates)
