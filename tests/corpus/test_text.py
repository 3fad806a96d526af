from __future__ import annotations

from corpus.text import normalize


def test_the_hong_kong_spelling_of_shenme_reads_as_shenme() -> None:
    """為甚麼/甚麼時候 match the question-word rules written with 什么, as 為什麼 does."""
    assert normalize("為甚麼要遷？甚麼時候？") == normalize("為什麼要遷？什麼時候？") == "为什么要迁?什么时候?"
