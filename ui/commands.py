"""The `serve` and `feedback` subcommands, registered into the `plan-assistant` parser.

plan-assistant serve --port 7860
plan-assistant feedback export --format jsonl --out feedback.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from assistant.settings import Settings
from ui.feedback import FORMATS, export, open_feedback


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from ui.server import create_app

    host = args.host or settings.host
    port = args.port or settings.port
    app = create_app(settings.model_copy(update={"host": host, "port": port}))  # the 評測 tab's default follows --host
    print(
        f"plan-assistant: chat UI at http://{host}:{port}/  ·  API docs at http://{host}:{port}/docs  (Ctrl+C stops)",
        file=sys.stderr,
        flush=True,
    )
    # X-Forwarded-For is read by the app, from the proxies PLAN_ASSISTANT_TRUSTED_PROXIES names only
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)
    return 0


def cmd_feedback_export(args: argparse.Namespace, settings: Settings) -> int:
    store = open_feedback(settings)
    records = store.records()
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as fh:
            n = export(records, args.format, fh)
        print(f"exported {n} ratings from {store.where} to {out}", file=sys.stderr)
    else:
        export(records, args.format, sys.stdout)
    return 0


def _port(text: str) -> int:
    port = int(text)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 1–65535, got {port}")
    return port


def register(subparsers: Any) -> None:
    """Add `serve` and `feedback export` to the CLI (`subparsers` from `add_subparsers`)."""
    p = subparsers.add_parser("serve", help="serve the chat UI, the JSON API and the OpenAI-compatible endpoint")
    p.add_argument("--host", help="address to listen on (default 127.0.0.1, or PLAN_ASSISTANT_HOST)")
    p.add_argument("--port", type=_port, help="port to listen on (default 7860, or PLAN_ASSISTANT_PORT)")
    p.set_defaults(func=cmd_serve)

    p = subparsers.add_parser("feedback", help="thumbs-up/down feedback collected by the chat UI")
    actions = p.add_subparsers(dest="feedback_command", required=True)
    e = actions.add_parser("export", help="write every rating with its question, answer and citations")
    e.add_argument("--format", choices=FORMATS, default="csv")
    e.add_argument("--out", help="file to write (default: standard output)")
    e.set_defaults(func=cmd_feedback_export)
