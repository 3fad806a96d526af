"""Recover the 章/節 of every body line when most headings are missing from the body.

Headings that do appear in the body are anchors: a 第X章/第X節 line opens its slot, and a
numbered sub-item listed in the table of contents pins its line to that 節. Every other line
is placed by a monotonic alignment to the TOC order — a Viterbi-style dynamic programme over
(line, slot) that maximises

    Σ similarity(line, slot)  +  Σ bonuses for where slots start

subject to: slots appear in TOC order, every 節 gets at least one line, only a chapter's
intro slot (section 0) and 前言 may stay empty. Nothing here knows this particular plan;
`corpus/data/overrides.toml` may pin boundaries for one document (keyed by its hash).
"""

from __future__ import annotations

import math
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from corpus.errors import PlanFormatError
from corpus.models import BodyItem, Kind, Plan, Section
from corpus.parse import SUBITEM_RE, ParsedText, RawItem
from corpus.text import strip_punct

# Weights of the objective. Similarities are per-line normalised to [0, 1] (1 = the best slot
# for that line), so W_SIM is "how much a clearly better topic match is worth".
W_SIM = 1.0
# A slot most naturally starts with a prose paragraph (a section's or chapter's unheaded
# intro, `面積約16平方公里,…`); task paragraphs with a lead phrase (`提升…能力。`) and 專欄
# titles continue a section far more often than they open one.
B_PROSE_START = 0.8
P_LEAD_START = 0.6
P_TABLE_START = 3.0
# Most chapters open with an unheaded prose intro before their first 節.
B_INTRO_START = 0.8
# A chapter intro is prose; a task paragraph there is almost always a missed section start.
P_TASK_IN_INTRO = 1.0
# Weight of the chapter title inside a section's profile (the section title weighs 1).
CHAPTER_TITLE_WEIGHT = 0.5


@dataclass(frozen=True)
class Override:
    line: int
    chapter_no: int
    section_no: int
    reason: str


def _bigrams(text: str) -> Counter[str]:
    flat = strip_punct(text)
    return Counter(flat[i : i + 2] for i in range(len(flat) - 1))


def _add(profile: dict[str, float], grams: Counter[str], weight: float = 1.0) -> None:
    for gram, n in grams.items():
        profile[gram] = profile.get(gram, 0) + n * weight


def _slot_profiles(slots: list[Section], titles: dict[int, str]) -> list[dict[str, float]]:
    """Each slot's weighted bigram counts: its chapter's title (half weight under a 節), its own
    title and its listed sub-items."""
    profiles: list[dict[str, float]] = []
    for slot in slots:
        profile: dict[str, float] = {}
        if slot.chapter_no:
            _add(profile, _bigrams(titles[slot.chapter_no]), CHAPTER_TITLE_WEIGHT if slot.section_no else 1.0)
        if slot.section_no:
            _add(profile, _bigrams(slot.title))
            for sub in slot.sub_items:
                m = SUBITEM_RE.match(sub)
                _add(profile, _bigrams(m.group(2) if m else sub))
        profiles.append(profile)
    return profiles


def _similarities(items: list[RawItem], profiles: list[dict[str, float]]) -> list[list[float]]:
    """TF-IDF cosine of each line against each slot profile, scaled so each line's best is 1.

    Character bigrams of the Simplified text: robust to the plan's mixed scripts and need no
    word segmentation. The lead phrase counts twice — it is the paragraph's own title.
    """
    docs = [_bigrams(it.text) + _bigrams(it.lead or "") for it in items]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)

    def idf(g: str) -> float:
        return math.log((n + 1) / (df.get(g, 0) + 1)) + 1.0

    def vec(c: Mapping[str, float]) -> dict[str, float]:
        v = {g: (1 + math.log(tf)) * idf(g) for g, tf in c.items() if tf > 0}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {g: x / norm for g, x in v.items()}

    pvecs = [vec(p) for p in profiles]
    out: list[list[float]] = []
    for d in docs:
        dv = vec(d)
        row = [sum(w * dv.get(g, 0.0) for g, w in pv.items()) for pv in pvecs]
        best = max(row) or 1.0
        out.append([x / best for x in row])
    return out


def _start_bonus(item: RawItem) -> float:
    if item.kind in (Kind.TABLE, Kind.FIGURE, Kind.FOOTNOTE):
        return -P_TABLE_START
    if item.kind is Kind.PARAGRAPH:
        return -P_LEAD_START if item.lead else B_PROSE_START
    return 0.0


def load_overrides(sha256: str) -> list[Override]:
    """Hand-checked boundary fixes for the document with this hash (none for other texts)."""
    path = resources.files("corpus") / "data" / "overrides.toml"
    if not path.is_file():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out: list[Override] = []
    for doc in data.get("document", []):
        if doc.get("sha256") != sha256:
            continue
        for b in doc.get("boundary", []):
            out.append(Override(int(b["line"]), int(b["chapter_no"]), int(b["section_no"]), str(b.get("reason", ""))))
    return out


def assign_slots(
    items: list[RawItem],
    slots: list[Section],
    chapter_titles: dict[int, str],
    overrides: list[Override] = (),  # type: ignore[assignment]
) -> list[int]:
    """The slot index of every item: the best monotonic assignment (see module docstring)."""
    index = {s.key: i for i, s in enumerate(slots)}
    # only a chapter's unlisted intro slot may stay empty; 前言 is listed in the TOC, so it has text
    skippable = [s.section_no == 0 and s.chapter_no != 0 for s in slots]
    n, m = len(items), len(slots)
    forced: list[int | None] = [None] * n
    must_start = [False] * n
    by_line = {it.line: k for k, it in enumerate(items)}
    for k, it in enumerate(items):
        if it.heading_of in index:
            forced[k], must_start[k] = index[it.heading_of], True
        elif it.sub_item_of in index:
            forced[k] = index[it.sub_item_of]
    for ov in overrides:
        if ov.line in by_line and (ov.chapter_no, ov.section_no) in index:
            k = by_line[ov.line]
            forced[k], must_start[k] = index[(ov.chapter_no, ov.section_no)], True

    sims = _similarities(items, _slot_profiles(slots, chapter_titles))

    def reachable(s: int) -> list[int]:
        """Slots that may follow slot s directly: s+1, and past it while slots are skippable."""
        out, t = [], s + 1
        while t < m:
            out.append(t)
            if not skippable[t]:
                break
            t += 1
        return out

    def emit(k: int, s: int) -> float:
        if forced[k] is not None and forced[k] != s:
            return -math.inf
        it = items[k]
        score = W_SIM * sims[k][s]
        if slots[s].section_no == 0 and slots[s].chapter_no and (it.lead or it.kind is Kind.SUBHEADING):
            score -= P_TASK_IN_INTRO
        return score

    neg = -math.inf
    best = [[neg] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    first = reachable(-1)
    for s in first:
        e = emit(0, s)
        if e > neg:
            best[0][s] = e + _start_bonus(items[0])
    for k in range(1, n):
        start = _start_bonus(items[k])
        # a 節 heading or a numbered sub-heading is followed by its own text, not by a new slot
        may_start = must_start[k] or items[k - 1].kind not in (Kind.SECTION_HEADING, Kind.SUBHEADING)
        for prev in range(m):
            base = best[k - 1][prev]
            if base == neg:
                continue
            if not must_start[k]:
                e = emit(k, prev)
                if base + e > best[k][prev]:
                    best[k][prev], back[k][prev] = base + e, prev
            for s in reachable(prev) if may_start else ():
                e = emit(k, s)
                if slots[s].section_no == 0 and items[k].kind is Kind.PARAGRAPH and not items[k].lead:
                    e += B_INTRO_START
                if e == neg:
                    continue
                total = base + e + start
                if total > best[k][s]:
                    best[k][s], back[k][s] = total, prev
    # the last line's slot must leave only skippable slots after it
    finals = [s for s in range(m) if all(skippable[t] for t in range(s + 1, m))]
    end = max(finals, key=lambda s: best[n - 1][s])
    if best[n - 1][end] == neg:
        raise PlanFormatError(
            "body headings contradict the table of contents order (a 第X節 appears out of order or twice)"
        )
    path = [end]
    for k in range(n - 1, 0, -1):
        path.append(back[k][path[-1]])
    return path[::-1]


def _slot_list(parsed: ParsedText) -> list[Section]:
    return [s for c in parsed.chapters for s in c.sections]


def align(parsed: ParsedText, *, use_overrides: bool = True) -> Plan:
    """Place every body line of `parsed` in the tree and return the finished `Plan`."""
    slots = _slot_list(parsed)
    titles = {c.chapter_no: c.title for c in parsed.chapters}
    overrides = load_overrides(parsed.raw.sha256) if use_overrides else []
    items = list(parsed.items)
    path = assign_slots(items, slots, titles, overrides)
    body: list[BodyItem] = []
    for it, s in zip(items, path):
        slot = slots[s]
        kind = it.kind
        if kind is Kind.PARAGRAPH and slot.section_no == 0 and slot.chapter_no:
            kind = Kind.INTRO
        body.append(BodyItem(it.line, kind, slot.chapter_no, slot.section_no, it.text, it.lead))
    return Plan(
        title=parsed.title,
        notice=parsed.notice,
        chapters=parsed.chapters,
        items=tuple(body),
        source_sha256=parsed.raw.sha256,
        source_lines=parsed.lines,
        encoding=parsed.raw.encoding,
    )
