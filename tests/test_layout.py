"""The layers import downwards only: corpus ← retrieval ← assistant ← ui, with evals on top.

Every import in every module counts, including those inside functions: a lazy import is still a
dependency. The command line gets `serve` and `eval` through entry points, not imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("corpus", "retrieval", "assistant", "ui", "evals")
# what each package must never import
FORBIDDEN = {
    "corpus": {"retrieval", "assistant", "ui", "evals", "tests"},
    "retrieval": {"assistant", "ui", "evals", "tests"},
    "assistant": {"ui", "evals", "tests"},
    "ui": {"evals", "tests"},
    "evals": {"tests"},
}


def imports(source: str) -> list[tuple[int, str, tuple[str, ...]]]:
    """(line, module, names) of every import statement in `source`, at any depth."""
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, ()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module, tuple(alias.name for alias in node.names)))
    return found


def violations(package: str, source: str, where: str) -> list[str]:
    problems = []
    for line, module, names in imports(source):
        top = module.split(".")[0]
        if top in FORBIDDEN[package]:
            problems.append(f"{where}:{line} imports {module} ({package} must not import {top})")
        if package == "assistant" and top == "retrieval":
            private = [n for n in names if n.startswith("_")] + [p for p in module.split(".")[1:] if p.startswith("_")]
            if private:
                problems.append(f"{where}:{line} imports private names of retrieval: {', '.join(private)}")
    return problems


def test_no_module_imports_against_the_layers() -> None:
    problems = []
    checked = 0
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            problems += violations(package, path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
            checked += 1
    assert checked > 40  # the walk found the packages
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("package", "source"),
    [
        ("assistant", "def f():\n    from ui.commands import register\n"),
        ("ui", "import evals.run\n"),
        ("corpus", "from retrieval.search import HybridSearch\n"),
        ("assistant", "from retrieval.search import _HAS_WORD\n"),
    ],
)
def test_the_checker_catches_a_backward_import(package: str, source: str) -> None:
    assert violations(package, source, "x.py")


def test_the_command_line_gets_its_upper_layers_from_entry_points() -> None:
    from assistant.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"ask", "search", "serve", "feedback", "eval"} <= set(commands)
