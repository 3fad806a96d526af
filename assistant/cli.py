"""`plan-assistant` — one command, with subcommands for each job.

Every library error becomes one line on stderr and exit code 2; no tracebacks.
The core commands live here; other layers add theirs through the `plan_assistant.commands`
entry points (`serve` and `feedback` from `ui`, `eval` from `evals`), so this module imports
neither.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from importlib.metadata import entry_points
from pathlib import Path

from assistant.answer import Answer
from assistant.settings import Settings
from corpus.errors import PlanAssistantError
from corpus.models import Plan
from corpus.plan import load_plan
from corpus.records import records_for

COMMANDS_GROUP = "plan_assistant.commands"  # entry points: callables taking the subparsers object
log = logging.getLogger("plan_assistant")


def _plan(args: argparse.Namespace, settings: Settings) -> Plan:
    path = args.plan or settings.plan_path
    return load_plan(Path(path) if path else None, encoding=args.encoding or settings.plan_encoding)


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def cmd_outline(args: argparse.Namespace, settings: Settings) -> int:
    plan = _plan(args, settings)
    records = records_for(plan)
    if args.json:
        _print_json(records.outline(with_items=True))
        return 0
    print(plan.title)
    if plan.notice:
        print(f"{plan.notice.doc_no}  {plan.notice.issuer}  {plan.notice.date}")
    for chapter in plan.chapters:
        print(chapter.label)
        for section in chapter.sections:
            if section.section_no:
                n = len(plan.items_in(*section.key))
                print(f"  {section.label}  ({n} 行)")
                for sub in section.sub_items:
                    print(f"    {sub}")
    for t in records.tables:
        print(f"{t.label} {t.title} — 見{plan.breadcrumb(t.chapter_no, t.section_no)}(內容未隨文公佈)")
    return 0


def cmd_section(args: argparse.Namespace, settings: Settings) -> int:
    plan = _plan(args, settings)
    items = plan.items_in(args.chapter, args.section)
    print(plan.breadcrumb(args.chapter, args.section))
    for item in items:
        print(f"[{item.line}] {item.text}")
    if not items:
        print("(本節在正文中沒有內容)")
    return 0


def cmd_tasks(args: argparse.Namespace, settings: Settings) -> int:
    plan = _plan(args, settings)
    tasks = records_for(plan).find_tasks(args.query or "")
    if args.json:
        _print_json([asdict(t) for t in tasks])
        return 0
    for t in tasks:
        where = plan.breadcrumb(t.chapter_no, t.section_no)
        print(f"{t.title}  —  {where}  (第{t.lines[0]}行)")
        if t.zone:
            print(f"    片區: {t.zone}")
        if t.bodies:
            print(f"    主體: {'、'.join(t.bodies)}")
        if t.targets:
            print(f"    目標: {'；'.join(x.clause for x in t.targets)}")
    if not tasks:
        print(f"沒有找到與「{args.query}」相關的任務")
    return 0


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.runtime import open_search

    search = open_search(settings, progress=True)
    st = search.status
    assert st is not None
    verb = "built" if st.built else "reused"
    where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(settings.index_dir)
    print(
        f"index {verb}: {st.n_chunks} chunks, key {st.key.digest} ({st.key.embedder_id}, chunker v{st.key.chunker_version}) at {where} in {st.seconds:.1f} s"
    )
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.runtime import open_search

    search = open_search(settings, progress=not args.json)
    result = search.search(args.query, k=args.k)
    if args.json:
        _print_json(result.to_json())
        return 0
    if result.reason:
        print(f"沒有結果: {result.reason}")
    if result.degraded:
        print("(向量檢索不可用，僅用關鍵詞檢索)")
    for n, sec in enumerate(result.sections, start=1):
        best = sec.hits[0].chunk
        print(f"{n}. {sec.breadcrumb}  (score {sec.score:.4f}, 第{best.lines[0]}行)")
        print(f"   {best.text[:120]}{'…' if len(best.text) > 120 else ''}")
    return 0


def _print_answer(answer: Answer) -> None:
    print(answer.text)
    if answer.notice:
        print(f"（{answer.notice}）")
    for n, c in enumerate(answer.citations, start=1):
        lines = ",".join(str(x) for x in c.lines)
        print(f"  [{n}] {c.breadcrumb}（第{lines}行）\n      「{c.quote}」")


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.runtime import open_assistant

    assistant = open_assistant(settings, progress=not args.json)
    answer = assistant.ask(args.question, mode=args.mode or settings.mode)
    if args.json:
        _print_json(answer.to_json())
    else:
        _print_answer(answer)
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.conversation import Turn
    from assistant.runtime import open_assistant
    from retrieval.search import QueryError

    assistant = open_assistant(settings, progress=True)
    history: list[Turn] = []
    print("海珠區「十四五」規劃綱要問答。輸入問題，空行或 Ctrl-D 結束，/new 重新開始。")
    while True:
        try:
            question = input("問> ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            return 0
        if question == "/new":
            history.clear()
            continue
        try:
            answer = assistant.ask(question, tuple(history), mode=args.mode or settings.mode)
        except QueryError as exc:
            print(f"error: {exc}")
            continue
        _print_answer(answer)
        if answer.query != question:
            print(f"  （按「{answer.query}」查找）")
        history += [Turn("user", question), Turn("assistant", answer.text)]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="plan-assistant", description=__doc__.splitlines()[0])
    parser.add_argument("--plan", help="plan text file (default: the bundled Haizhu plan)")
    parser.add_argument("--encoding", choices=["utf-8", "gb18030", "auto"], help="encoding of --plan (default utf-8)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("outline", help="the 章/節 tree and every body line's place")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outline)

    p = sub.add_parser("section", help="print one section: CHAPTER SECTION (0 = intro / 前言)")
    p.add_argument("chapter", type=int)
    p.add_argument("section", type=int)
    p.set_defaults(func=cmd_section)

    p = sub.add_parser("tasks", help="search the task index")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_tasks)

    p = sub.add_parser("index", help="build the search index (reused when unchanged)")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", help="hybrid search: the best sections for a query")
    p.add_argument("query")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="answer one question, citing 章/節")
    p.add_argument("question")
    p.add_argument("--json", action="store_true")
    p.add_argument("--mode", choices=["extractive", "llm"])
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="a conversation in the terminal (keeps history for follow-ups)")
    p.add_argument("--mode", choices=["extractive", "llm"])
    p.set_defaults(func=cmd_chat)

    for plugin in sorted(entry_points(group=COMMANDS_GROUP), key=lambda ep: ep.name):
        try:
            register = plugin.load()
        except Exception as exc:  # a broken or half-installed layer must not take the core commands down
            log.warning(
                "commands from %s are unavailable (%s: %s); reinstall with `pip install -e .`",
                plugin.value,
                type(exc).__name__,
                exc,
            )
            continue
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace, Settings], int] = args.func
    try:
        settings = Settings()
        return func(args, settings)
    except PlanAssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
