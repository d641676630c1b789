"""Why a service refused a change (nothing was written)."""

from __future__ import annotations


class ChangeRefused(Exception):
    """A change that cannot be made. `code` is stable (handlers map it to a message)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
