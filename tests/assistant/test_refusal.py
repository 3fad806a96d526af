from __future__ import annotations

from assistant.refusal import Evidence, has_quantity, out_of_scope, weak
from corpus.models import Plan
from corpus.text import normalize


def test_out_of_scope(plan: Plan) -> None:
    text = normalize("\n".join(plan.source_lines))
    assert out_of_scope("天河区的地铁规划", text)
    assert out_of_scope("2023年海珠实际GDP是多少", text)
    assert out_of_scope("海珠区2025年的空气质量目标", text) is None
    assert out_of_scope("黄埔古港要怎么开发", text) is None  # a place in Haizhu, not 黄埔区


def test_quantities_in_evidence() -> None:
    assert has_quantity("面積30平方公里", "number")
    assert has_quantity("到2025年建成", "time")
    assert not has_quantity("繼續推進地鐵8號線東延段建設", "time")
    assert not has_quantity("推動一批優質醫療機構建成使用", "number")


def test_weak_evidence() -> None:
    assert weak(Evidence(coverage=0.0, dense_score=0.7, latin_query=False))
    assert not weak(Evidence(coverage=0.4, dense_score=0.7, latin_query=False))
    assert not weak(Evidence(coverage=0.0, dense_score=0.78, latin_query=True))
