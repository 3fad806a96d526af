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
    return [
        (normalize(left.strip()), normalize(right.strip()), kind[:1] == ["narrower"])
        for left, right, *kind in _table("synonyms.tsv")
    ]


def _table(name: str) -> list[list[str]]:
    """The tab-separated columns of each row of `data/<name>`, without blank lines and # comments."""
    text = (resources.files("retrieval") / "data" / name).read_text(encoding="utf-8")
    return [row.split("\t") for row in text.splitlines() if row.strip() and not row.startswith("#")]


@lru_cache(maxsize=1)
def narrower() -> frozenset[str]:
    """Everyday words that name one kind of what the plan says only in general (马拉松 → 赛事):
    a query about them is expanded, but the plan does not name the thing itself."""
    return frozenset(left for left, _, narrow in _rows() if narrow)


def _contains(text: str, word: str) -> bool:
    """Chinese words match anywhere; a Latin word only as a whole word (ai is not in "maintain"),
    its plural too (industries for industry), and the words of a phrase apart or hyphenated
    ("air quality", "air-quality")."""
    if word.isascii():
        return _latin_pattern(word).search(text) is not None
    return word in text


@cache  # (every English row's pattern: a bounded cache would recompile them per query)
def _latin_pattern(word: str) -> re.Pattern[str]:
    phrase = r"[\s\-]+".join(re.escape(part) for part in re.split(r"[\s\-]+", word))
    plural = r"(?:s|es)?"
    if re.search(r"[^aeiou]y$", word):  # a consonant's y: one city, two cities
        phrase, plural = phrase[:-1], r"(?:y|ies)"
    return re.compile(rf"(?<![a-z0-9]){phrase}{plural}(?![a-z0-9])")


_ALNUM = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _latin_rows() -> dict[str, tuple[tuple[int, str, str], ...]]:
    """The English rows by their first run of letters and digits, each with its place in the
    longest-first order. Such a row can match only a query holding that run as a whole word
    (or, for a one-word row, its plural), so a query is tried against a handful, not all."""
    index: dict[str, list[tuple[int, str, str]]] = {}
    for order, (left, right) in enumerate(synonyms()):
        if left.isascii() and (first := _ALNUM.search(left)) is not None:
            index.setdefault(first.group(), []).append((order, left, right))
    return {run: tuple(rows) for run, rows in index.items()}


def _latin_candidates(query: str) -> list[tuple[int, str, str]]:
    rows = _latin_rows()
    found: set[tuple[int, str, str]] = set()
    for run in set(_ALNUM.findall(query)):
        singular = (
            run[:-1] if run.endswith("s") else "",
            run[:-2] if run.endswith("es") else "",
            run[:-3] + "y" if run.endswith("ies") else "",
        )
        for key in (run, *singular):
            found.update(rows.get(key, ()))
    return sorted(found)


_CACHED_CHARS = 1000  # a question is expanded by search, router and composer alike; huge texts are not kept


def expand(query: str) -> str:
    """The normalised query followed by the official wording of everyday words it contains.

    >>> expand("海珠区GDP现在多少了")
    '海珠区gdp现在多少了 地区生产总值'
    >>> expand("air-quality targets")
    'air-quality targets 空气质量 目标 指标'
    """
    return _expand_cached(query) if len(query) <= _CACHED_CHARS else _expand(query)


def plan_words(english: str) -> list[str]:
    """The plan's words the table gives for an English word or phrase ("school" → 学校 学位)."""
    return [w for w in expand(english).split()[len(english.split()) :] if not w.isascii()]


def english_rows(query: str) -> list[tuple[str, tuple[str, ...]]]:
    """The English words and phrases of the table that `query` holds, each with the plan's words
    for it, matched as `expand` matches them (longest first, a matched phrase used up):
    "Foshan and Shenzhen" → [("shenzhen", ("深圳",)), ("foshan", ("佛山",))]."""
    return [
        (left, tuple(w for w in right.split() if not w.isascii()))
        for _, left, right in _latin_matches(normalize(query))
    ]


def _latin_matches(q: str) -> list[tuple[int, str, str]]:
    """The English rows the normalised query holds, in the table's longest-first order (with each
    row's place in it): a matched phrase is used up, so "belarus academy of sciences" leaves no
    "belarus" to match again."""
    latin = q
    found: list[tuple[int, str, str]] = []
    for order, left, right in _latin_candidates(q):
        if (m := _latin_pattern(left).search(latin)) is not None:
            latin = latin[: m.start()] + " " + latin[m.end() :]
            found.append((order, left, right))
    return found


@lru_cache(maxsize=4096)
def _expand_cached(query: str) -> str:
    return _expand(query)


def _expand(query: str) -> str:
    q = normalize(query)
    has_latin = re.search(r"[a-z]", q) is not None
    extra: list[str] = []
    # (English phrases are matched longest first, a matched one used up; their words join in table order)
    latin_rows = {order: right for order, _, right in _latin_matches(q)} if has_latin else {}
    used: list[tuple[int, int]] = []  # where a longer Chinese word matched: a shorter one inside it is its part
    for order, (left, right) in enumerate(synonyms()):
        if not left.isascii():
            if left not in q:
                continue
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(left), q)]
            free = [(a, b) for a, b in spans if not any(x <= a and b <= y for x, y in used)]
            used.extend(free)
            if free and right not in q and right not in extra:
                extra.append(right)
        elif order in latin_rows:
            extra.extend(w for w in right.split() if w not in extra and w not in q)
    return f"{q} {' '.join(extra)}" if extra else q


@lru_cache(maxsize=1)
def _everyday() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`data/everyday_en.tsv`: (English, its Chinese words), longest first."""
    rows = [(normalize(left.strip()), tuple(normalize(right).split())) for left, right in _table("everyday_en.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def everyday_chinese(english: str) -> tuple[str, ...]:
    """The Chinese words of the everyday-English row written `english` ("school bus": 校车), or ()."""
    return _everyday_by_english().get(normalize(english), ())


@lru_cache(maxsize=1)
def _everyday_by_english() -> dict[str, tuple[str, ...]]:
    return dict(_everyday())


_DASHES = re.compile(r"[–—]")
_NEVER = re.compile(r"(?!x)x")
MAX_PAIR_GAP = 2  # words between the two of an everyday pair ("hospice or palliative care")


def _forms(word: str) -> str:
    """A pattern for an English word as written or in its plural."""
    return rf"{re.escape(word)}(?:s|es)?"


def _acted(word: str) -> str:
    """A pattern for an English word as a verb done (banning, banned; smoking's smoked)."""
    base = word[:-3] if word.endswith("ing") else word[:-1] if word.endswith("e") else word
    return rf"{re.escape(base)}(?:{re.escape(base[-1:])})?(?:ing|ed)"


@cache  # (every everyday row's pattern, as `_latin_pattern` keeps the glossary's)
def _loose_pair(phrase: str) -> re.Pattern[str]:
    """A two-word everyday row put otherwise: with up to two words between ("hospice or palliative
    care" of "hospice care"), or the other way round as a deed or after a preposition ("banning
    smoking", "a ban on smoking", "fees for parking" of "smoking ban", "parking fee"); a row of one
    word or three is matched only as written."""
    parts = phrase.split()
    if len(parts) != 2 or not all(p.isalpha() and len(p) >= 3 for p in parts):
        return _NEVER
    a, b = parts
    gap = rf"(?:\s+[a-z'-]+){{0,{MAX_PAIR_GAP}}}\s+"
    after = r"\s+(?:on|of|for|in|to)\s+(?:the\s+)?"
    return re.compile(
        rf"(?<![a-z0-9])(?:{_forms(a)}{gap}{_forms(b)}|{_acted(b)}\s+{_forms(a)}|{_forms(b)}{after}{_forms(a)})(?![a-z0-9])"
    )


def everyday_rows(query: str) -> list[tuple[str, tuple[str, ...]]]:
    """The everyday English of `data/everyday_en.tsv` that `query` holds — things residents ask
    about that the plan never names ("school bus": 校车) — each with its Chinese; a phrase is
    matched as a whole word or its plural (a pair of words also put otherwise: `_loose_pair`), and
    a word inside a longer matched phrase is used up."""
    q = _DASHES.sub("-", normalize(query))
    # (a phrase inside one the glossary has, the "ferry terminal" of "the hong kong–macao ferry
    # terminal", is the plan's thing, not an everyday one)
    glossed = [m.span() for _, left, _ in _latin_matches(q) if (m := _latin_pattern(left).search(q)) is not None]
    taken: list[tuple[int, int]] = []
    found = []
    for left, words in _everyday():
        m = _latin_pattern(left).search(q) or _loose_pair(left).search(q)
        if m is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in glossed):
            continue
        taken.append(m.span())
        found.append((left, words))
    return found
