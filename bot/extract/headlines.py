"""Where a story's body starts after its headline lines: the first line that is long, ends
with a point, opens a list, or is one of two form fields running («Аты-жөні: ...», "Name: ...").

Reads the lines only (no words of any language); 0 when every line is a headline's or the
text has no headline.
"""

from __future__ import annotations

import re


def story_start(context: str) -> int:
    """Where the story starts after its headline lines (short lines with no final point)."""
    position = 0
    lines = context.splitlines(keepends=True)
    for index, line in enumerate(lines):
        text = line.strip()
        # (a list's first item, «• Кім: ...», starts the story too, and so does a form's
        # first field, «Аты-жөні: Әбенов Ғалымжан», "Name: ...")
        if text and (
            len(text) >= 150
            or re.search(r"[.!?:;]$", text)
            or text[:1] in "•▪"
            or (
                # (two field lines running: not a headline's "Kazakhstan: IMW deplores ...")
                _FORM_FIELD.match(text)
                and index + 1 < len(lines)
                and _FORM_FIELD.match(lines[index + 1].strip())
            )
        ):
            return position
        position += len(line)
    return 0


_FORM_FIELD = re.compile(r"\w[\w .-]{0,30}:[ \t]+\S")
