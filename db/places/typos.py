"""Typos in place names: how many are forgiven and how candidates are found without a scan.

One slip in a name of 5+ letters, two in a name of 9+ (lengths of folded keys); shorter names
get none, as one edit turns most of them into other real names (Шу/Шар, Аса/Арыс).
Candidates come from the symmetric-deletion neighbourhood of every indexed key (a dict
look-up), then are checked with the optimal string alignment distance.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Shorter names get no typo tolerance: one edit turns most 4-letter names into others.
TYPO_MIN_LENGTH = 5
#: From this length two slips are forgiven (Zhanakorgan typed "Zhanakrgn").
TWO_TYPOS_MIN_LENGTH = 9


#: No place name folds longer than this (the longest is about 30 letters); longer keys get no
#: typo search, whose work grows with the square of the length.
TYPO_MAX_LENGTH = 40


def edits_allowed(folded: str) -> int:
    if len(folded) > TYPO_MAX_LENGTH:
        return 0
    if len(folded) >= TWO_TYPOS_MIN_LENGTH:
        return 2
    return 1 if len(folded) >= TYPO_MIN_LENGTH else 0


def deletions(folded: str, depth: int) -> set[str]:
    """The key and every string up to `depth` letters shorter: two keys within `depth` edits
    share a member (symmetric deletion), so candidates come from a dict, never a scan."""
    variants = {folded}
    frontier = {folded}
    for _ in range(depth):
        frontier = {v[:i] + v[i + 1 :] for v in frontier for i in range(len(v))}
        variants |= frontier
    return variants


def deletion_index(keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Every key and its deletions (as deep as its length allows) → the keys."""
    index: dict[str, set[str]] = {}
    for folded in keys:
        for variant in deletions(folded, edits_allowed(folded)):
            index.setdefault(variant, set()).add(folded)
    return {variant: tuple(sorted(found)) for variant, found in index.items()}


def near_keys(folded: str, index: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """The indexed keys within the typos allowed for both `folded` and the key → distance."""
    depth = edits_allowed(folded)
    if not depth:
        return {}
    candidates = {k for variant in deletions(folded, depth) for k in index.get(variant, ())}
    near = {}
    for candidate in candidates:
        distance = edit_distance(folded, candidate)
        if distance <= min(depth, edits_allowed(candidate)):
            near[candidate] = distance
    return near


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (insert, delete, replace, swap of neighbours)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
