"""Wiring from settings to live objects: the plan, the embedder, the Chroma client, the search.

The CLI and the server call these once at start-up; library code receives the objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.llm import LLMClient
    from assistant.service import Assistant
from corpus.models import Plan
from corpus.plan import load_plan
from retrieval.embed import make_embedder
from retrieval.search import HybridSearch
from retrieval.store import connect


def plan_from(settings: Settings) -> Plan:
    return load_plan(settings.plan_path, encoding=settings.plan_encoding)


def open_search(settings: Settings, *, progress: bool = False, plan: Plan | None = None) -> HybridSearch:
    """The hybrid search for the configured plan, embedder and store (index built if needed)."""
    plan = plan or plan_from(settings)
    embedder = make_embedder(
        settings.embedder,
        settings.st_model,
        cache_dir=settings.model_cache_dir,
        engine=settings.embed_engine,
        threads=settings.embed_threads,
    )
    client = connect(settings.index_dir, settings.chroma_host, settings.chroma_port)
    return HybridSearch.open(plan, embedder, client, progress=progress)


def open_llm(settings: Settings) -> LLMClient | None:
    """The configured OpenAI-compatible endpoint (no request is made here), or None."""
    from assistant.llm import LLMClient

    if not settings.llm_base_url:
        return None
    return LLMClient.openai_compatible(
        settings.llm_base_url, settings.llm_api_key, settings.llm_model, settings.llm_timeout_s
    )


def open_assistant(settings: Settings, *, progress: bool = False, search: HybridSearch | None = None) -> Assistant:
    """The assistant over the configured search (or `search`, already open) and LLM, when one is configured."""
    from assistant.service import Assistant

    search = search or open_search(settings, progress=progress)
    assistant = Assistant(search, llm=open_llm(settings), llm_timeout_s=settings.llm_timeout_s)
    assistant.warm_up()
    return assistant
