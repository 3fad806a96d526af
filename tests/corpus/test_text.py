from __future__ import annotations

from corpus.text import normalize, sentence_spans, without_enumerators


def test_the_hong_kong_spelling_of_shenme_reads_as_shenme() -> None:
    """為甚麼/甚麼時候 match the question-word rules written with 什么, as 為什麼 does."""
    assert normalize("為甚麼要遷？甚麼時候？") == normalize("為什麼要遷？什麼時候？") == "为什么要迁?什么时候?"


def test_a_semicolon_inside_quotation_marks_does_not_end_the_sentence() -> None:
    """A quoted target whose items are joined by semicolons is one sentence; outside quotes a
    semicolon still ends one."""
    text = "推進“甲園改造三年3個、五年5個;乙市場改造五年7個;丙園升級1個”的目標任務。完善制度;加強管理。"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "推進“甲園改造三年3個、五年5個;乙市場改造五年7個;丙園升級1個”的目標任務。",
        "完善制度;",
        "加強管理。",
    ]


def test_numbers_that_count_off_items_are_not_figures() -> None:
    assert without_enumerators("注:1.人均指標;(3)維持年限超過10年的專利").count("10") == 1
    assert "1" not in without_enumerators("注:1.人均指標;(3)維持年限")
    assert "2.5" in without_enumerators("PM2.5年均濃度")  # a decimal is a figure
