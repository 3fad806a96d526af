"""How a key fact is found in a text, for scoring an answer and for checking a set against the plan.

Both sides are normalised the same way: Simplified script, half-width forms, lower case, no
punctuation or spaces — except that numbers keep their decimal point and percent sign and must
match exactly (`86%` does not match `186%`).
"""

from __future__ import annotations

import re
import unicodedata

from corpus.text import to_simplified

_DROP = re.compile(r"[^\w.%]|_", re.UNICODE)
_STRAY_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")


def normalize_fact(text: str) -> str:
    text = to_simplified(unicodedata.normalize("NFKC", text)).lower()
    text = _DROP.sub("", text)
    return _STRAY_DOT.sub("", text)


def contains_fact(answer: str, fact: str) -> bool:
    """True when `fact` occurs in `answer` after normalisation, numbers matching exactly."""
    return occurs(normalize_fact(answer), normalize_fact(fact))


def occurs(a: str, f: str) -> bool:
    """`contains_fact` on texts already normalised (many facts looked up in the same lines)."""
    if not f:
        return True
    start = a.find(f)
    while start != -1:
        before = a[start - 1] if start > 0 else ""
        after = a[start + len(f)] if start + len(f) < len(a) else ""
        ok_before = not (f[0].isdigit() and (before.isdigit() or before == "."))
        ok_after = not (f[-1].isdigit() and (after.isdigit() or after == "."))
        if ok_before and ok_after:
            return True
        start = a.find(f, start + 1)
    return False
