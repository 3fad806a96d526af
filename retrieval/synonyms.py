"""Query expansion from everyday words to the plan's official wording (`data/synonyms.tsv`)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from corpus.text import normalize


@lru_cache(maxsize=1)
def synonyms() -> tuple[tuple[str, str], ...]:
    pairs = [(left, right) for left, right, _ in _rows()]
    # longest first, so 人均gdp is expanded before gdp
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _rows() -> list[tuple[str, str, bool]]:
    """(everyday word, the plan's wording, whether the word is narrower than that wording)."""
    text = (resources.files("retrieval") / "data" / "synonyms.tsv").read_text(encoding="utf-8")
    rows = []
    for row in text.splitlines():
        if row.strip() and not row.startswith("#"):
            left, right, *kind = row.split("\t")
            rows.append((normalize(left.strip()), normalize(right.strip()), kind[:1] == ["narrower"]))
    return rows


@lru_cache(maxsize=1)
def narrower() -> frozenset[str]:
    """Everyday words that name one kind of what the plan says only in general (马拉松 → 赛事):
    a query about them is expanded, but the plan does not name the thing itself."""
    return frozenset(left for left, _, narrow in _rows() if narrow)


def _contains(text: str, word: str) -> bool:
    """Chinese words match anywhere; a Latin word only as a whole word (ai is not in "maintain"),
    its plural too, and the words of a phrase apart or hyphenated ("air quality", "air-quality")."""
    if word.isascii():
        return _latin_pattern(word).search(text) is not None
    return word in text


@cache  # (every English row's pattern: a bounded cache would recompile them per query)
def _latin_pattern(word: str) -> re.Pattern[str]:
    phrase = r"[\s\-]+".join(re.escape(part) for part in re.split(r"[\s\-]+", word))
    return re.compile(rf"(?<![a-z0-9]){phrase}(?:s|es)?(?![a-z0-9])")


def expand(query: str) -> str:
    """The normalised query followed by the official wording of everyday words it contains.

    >>> expand("海珠区GDP现在多少了")
    '海珠区gdp现在多少了 地区生产总值'
    >>> expand("air-quality targets")
    'air-quality targets 空气质量 目标 指标'
    """
    q = normalize(query)
    latin = q  # English phrases are matched longest first; a matched one is used up
    has_latin = re.search(r"[a-z]", q) is not None
    extra: list[str] = []
    for left, right in synonyms():
        if not left.isascii():
            if left in q and right not in q and right not in extra:
                extra.append(right)
        elif has_latin and (m := _latin_pattern(left).search(latin)) is not None:
            latin = latin[: m.start()] + " " + latin[m.end() :]
            extra.extend(w for w in right.split() if w not in extra and w not in q)
    return f"{q} {' '.join(extra)}" if extra else q
