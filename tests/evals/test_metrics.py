from __future__ import annotations

from evals.dataset import EvalItem
from evals.facts import contains_fact, normalize_fact
from evals.metrics import (
    Prediction,
    answer_scores,
    item_result,
    retrieval_scores,
    summarise,
)


def item(**kw: object) -> EvalItem:
    base = dict(
        id="q",
        question="?",
        lang="zh-Hans",
        persona="citizen",
        type="number",
        answer="",
        key_facts=("86%",),
        citations=((9, 2),),
        lines=(273,),
    )
    return EvalItem(**(base | kw))  # type: ignore[arg-type]


def test_fact_normalisation() -> None:
    assert contains_fact("空气质量优良天数比例达86％。", "空氣質量優良天數比例達86%")
    assert contains_fact("“誰污染，誰治理”", "誰污染,誰治理")
    assert not contains_fact("达186%", "86%")
    assert not contains_fact("3.35亿元", "3.3")
    assert contains_fact("约3.3%左右", "3.3%")
    assert normalize_fact("2086.93億元。") == "2086.93亿元"


def test_retrieval_scores() -> None:
    it = item(citations=((9, 2), (9, 3)))
    assert retrieval_scores(it, [(9, 3), (1, 1)]) == {"hit@1": 1.0, "hit@5": 1.0, "mrr": 1.0}
    s = retrieval_scores(it, [(1, 1), (2, 1), (9, 2)])
    assert s["hit@1"] == 0 and s["hit@5"] == 1 and abs(s["mrr"] - 1 / 3) < 1e-9
    assert retrieval_scores(it, [])["mrr"] == 0


def test_answer_scores() -> None:
    it = item(key_facts=("86%", "32微克/立方米"))
    pred = Prediction("q", ((9, 2),), "达86%，PM2.5控制在32微克/立方米以下", ((9, 2), (1, 3)), False, 10.0)
    s = answer_scores(it, pred)
    assert (
        s["key_fact_coverage"] == 1
        and s["citation_accuracy"] == 1
        and s["citation_precision"] == 0.5
        and s["accuracy"] == 1
    )
    refused = Prediction("q", (), "纲要没有提到", (), True, 5.0)
    assert answer_scores(it, refused)["accuracy"] == 0


def test_summarise_refusal_blocks() -> None:
    items = [item(id="a"), item(id="u", type="unanswerable", key_facts=(), citations=(), lines=())]
    preds = {
        "a": Prediction("a", ((9, 2),), "86%", ((9, 2),), False, 10.0),
        "u": Prediction("u", (), "没有", (), True, 30.0),
    }
    report = summarise(items, preds)
    assert report["refusal"] == {"recall": 1.0, "false_refusal_rate": 0.0, "n_unanswerable": 1}
    assert report["n"] == 2 and report["answer"]["accuracy"] == 1.0  # type: ignore[index]


def pred(**kw: object) -> Prediction:
    base = dict(
        item_id="q", ranked_sections=((9, 2),), answer="比例达86%", cited=((9, 2),), refused=False, latency_ms=1.0
    )
    return Prediction(**(base | kw))  # type: ignore[arg-type]


def test_item_result_says_what_went_wrong() -> None:
    right = item_result(item(), pred())
    assert right["correct"] is True and right["missing_key_facts"] == [] and right["rank"] == 1
    wrong = item_result(item(key_facts=("86%", "32微克")), pred(cited=((1, 1),), ranked_sections=((1, 1), (9, 2))))
    assert wrong["correct"] is False and wrong["missing_key_facts"] == ["32微克"]
    assert (wrong["expected"], wrong["cited"], wrong["rank"]) == ([[9, 2]], [[1, 1]], 2)


def test_item_result_of_refusals_and_claims() -> None:
    unanswerable = item(type="unanswerable", key_facts=(), citations=())
    assert item_result(unanswerable, pred(refused=True, cited=()))["correct"] is True
    assert item_result(unanswerable, pred())["correct"] is False
    claim = item(type="claim", verdict="contradicted")
    assert item_result(claim, pred(verdict="contradicted"))["correct"] is True
    result = item_result(claim, pred(verdict="supported"))
    assert result["correct"] is False and (result["verdict"], result["expected_verdict"]) == (
        "supported",
        "contradicted",
    )
