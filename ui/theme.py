"""How the chat UI looks: a Gradio theme with CJK system fonts (nothing fetched from the web) and the CSS for answers, sources and the plan reader."""

from __future__ import annotations

import gradio as gr

CSS = """
#pa-header { align-items: center; }
.pa-title h1 { font-size: 1.5rem; margin: 0 0 .25rem 0; }
.pa-title p { margin: 0; color: var(--body-text-color-subdued); }
.pa-question { white-space: normal; }
.pa-answer { line-height: 1.7; }
.pa-thinking, .pa-cursor { color: var(--body-text-color-subdued); }
.pa-refused { border-left: 3px solid #d97706; padding-left: .6rem; }
.pa-error { color: #b91c1c; }
.pa-notice { font-size: .85rem; color: #92400e; margin-top: .4rem; }
.pa-sources { margin-top: .6rem; border-top: 1px solid var(--border-color-primary); padding-top: .4rem; }
.pa-sources-title { font-size: .8rem; color: var(--body-text-color-subdued); margin-bottom: .2rem; }
.pa-source summary { cursor: pointer; font-size: .9rem; color: var(--color-accent); }
#pa-chat blockquote.pa-quote { margin: .3rem 0 .1rem 1.1rem !important; padding: .1rem 0 .1rem .6rem !important; border-left: 3px solid var(--color-accent-soft); font-size: .9rem; }
.pa-lines { font-size: .75rem; color: var(--body-text-color-subdued); margin: 0 0 .3rem 1.1rem; }
.pa-example { justify-content: flex-start !important; text-align: left; }
.pa-node { justify-content: flex-start !important; text-align: left; }
#pa-tree .label-wrap { text-align: left; gap: .5rem; }
#pa-tree .label-wrap > span:first-child { white-space: normal; flex: 1; }
#pa-tree .gr-accordion { overflow: hidden !important; }
.pa-reader { line-height: 1.8; max-height: 720px; overflow-y: auto; }
.pa-crumb { font-weight: 600; margin-bottom: .6rem; }
.pa-line { display: inline-block; min-width: 2.6rem; font-size: .75rem; color: var(--body-text-color-subdued); }
.pa-unpublished { background: var(--background-fill-secondary); border: 1px dashed var(--border-color-primary); padding: .4rem .6rem; margin: .4rem 0; }
.pa-footnote { font-size: .85rem; color: var(--body-text-color-subdued); }
.pa-footnote-text { font-size: .8rem; color: var(--body-text-color-subdued); }
"""

THEME = gr.themes.Soft(
    primary_hue="teal",
    font=["Noto Sans CJK TC", "Noto Sans CJK SC", "PingFang TC", "Microsoft JhengHei", "system-ui", "sans-serif"],
    font_mono=["Noto Sans Mono CJK TC", "ui-monospace", "monospace"],
)
