"""How the chat UI looks: a Gradio theme with CJK system fonts (nothing fetched from the web) and the CSS for answers, sources and the plan reader."""

from __future__ import annotations

import gradio as gr

CSS = """
:root { --pa-subdued: #4b5563; }
#pa-header { align-items: center; }
.pa-title h1 { font-size: 1.5rem; margin: 0 0 .25rem 0; }
.pa-title p { margin: 0; color: var(--pa-subdued); }
.pa-question { white-space: normal; }
.pa-answer { line-height: 1.7; }
.pa-thinking, .pa-cursor { color: var(--pa-subdued); }
.pa-refused { border-left: 3px solid #d97706; padding-left: .6rem; }
.pa-error { color: #b91c1c; }
.pa-notice { font-size: .85rem; color: #92400e; margin-top: .4rem; }
.pa-sources { margin-top: .6rem; border-top: 1px solid var(--border-color-primary); padding-top: .4rem; }
.pa-sources-title { font-size: .8rem; color: var(--pa-subdued); margin-bottom: .2rem; }
.pa-source summary { cursor: pointer; font-size: .9rem; color: var(--link-text-color); }
#pa-chat blockquote.pa-quote { margin: .3rem 0 .1rem 1.1rem !important; padding: .1rem 0 .1rem .6rem !important; border-left: 3px solid var(--color-accent-soft); font-size: .9rem; }
.pa-lines { font-size: .75rem; color: var(--pa-subdued); margin: 0 0 .3rem 1.1rem; }
.pa-example { justify-content: flex-start !important; text-align: left; }
.pa-node { justify-content: flex-start !important; text-align: left; }
#pa-tree .label-wrap { text-align: left; gap: .5rem; }
#pa-tree .label-wrap > span:first-child { white-space: normal; flex: 1; }
#pa-tree .gr-accordion { overflow: hidden !important; }
.pa-reader { line-height: 1.8; max-height: 720px; overflow-y: auto; }
.pa-crumb { font-weight: 600; margin-bottom: .6rem; }
.pa-line { display: inline-block; min-width: 2.6rem; font-size: .75rem; color: var(--pa-subdued); }
.pa-unpublished { background: var(--background-fill-secondary); border: 1px dashed var(--border-color-primary); padding: .4rem .6rem; margin: .4rem 0; }
.pa-footnote { font-size: .85rem; color: var(--pa-subdued); }
.pa-footnote-text { font-size: .8rem; color: var(--pa-subdued); }
.pa-group { margin: .3rem 0 .5rem 0; }
.pa-group-head { font-weight: 600; font-size: .9rem; margin-bottom: .1rem; }
.pa-source { margin-left: .6rem; }
.pa-original summary { cursor: pointer; font-size: .8rem; color: var(--link-text-color); margin-left: 1.1rem; }
.pa-goto { display: inline-block; font-size: .8rem; margin: 0 0 .3rem 1.1rem; color: var(--link-text-color); }
.pa-tools { margin-top: .4rem; }
.pa-copy { font-size: .8rem; padding: .1rem .6rem; border: 1px solid var(--border-color-primary); border-radius: 6px;
  background: var(--background-fill-primary); color: var(--body-text-color); cursor: pointer; }
.pa-copied { font-size: .8rem; margin-left: .5rem; color: var(--pa-subdued); }
.pa-copy-text, #pa-lang { display: none !important; }
.pa-queued { opacity: .9; }
.pa-queued-mark { font-size: .8rem; margin-top: .2rem; }
.pa-count { font-size: .8rem; color: var(--pa-subdued); min-height: 0; }
.pa-count.pa-over, .pa-status.pa-hint, .pa-status.pa-error { color: #b91c1c; }
.pa-status { font-size: .9rem; min-height: 0; }
.pa-status.pa-ok { color: #166534; font-weight: 600; }
.pa-hl { background: #fef3c7; outline: 2px solid #d97706; border-radius: 4px; }
a.pa-line { text-decoration: none; color: var(--pa-subdued); }
/* no rating on an error, or on an answer still being written */
/* (Gradio puts a message's buttons right after its row) */
#pa-chat .message-row:has(.pa-error) + .message-buttons,
#pa-chat .message-row:has(.pa-streaming) + .message-buttons,
#pa-chat .message-row:has(.pa-thinking) + .message-buttons { display: none !important; }
.pa-about { display: none; }
/* the chat's own trash icon covers text and empties only the view: 重新開始 starts over */
#pa-chat .icon-button-wrapper.top-panel { display: none !important; }
/* its "Scroll down" arrow floats over the answer (and is labelled in English) */
#pa-chat .scroll-down-button-container { display: none !important; }
/* Gradio dims a message while its event runs (to 0.8: text under 4.5:1); ours streams visibly */
#pa-chat .prose { opacity: 1 !important; }
#pa-count-wrap, #pa-status { min-height: 0 !important; padding: 0 !important; }
#pa-count-wrap:has(.pa-count:empty), #pa-status:has(.pa-status:empty) { display: none !important; }
@media (max-width: 600px) {
  .pa-intro { display: none; }
  .pa-about { display: block; font-size: .85rem; }
  .pa-title h1 { font-size: 1.1rem; }
  #pa-header { flex-wrap: wrap; gap: .3rem; }
  #pa-header > * { min-width: 100% !important; }
  #pa-chat { height: calc(100dvh - 230px) !important; min-height: 300px; }
  #pa-ask-row { flex-wrap: wrap; }
  #pa-ask-row > .form:has(#pa-question), #pa-ask-row > #pa-question { flex: 1 1 100% !important; min-width: 100% !important; }
}
"""

# WCAG AA asks 4.5:1 for text. Soft's teal-500 accents measure 2.4:1 on white; teal-700 (#0f766e)
# measures 5.5:1 (white on it, too), gray-600 helper text 7.6:1.
ACCENT = "#0f766e"
ACCENT_HOVER = "#115e59"
SUBDUED = "#4b5563"

THEME = gr.themes.Soft(
    primary_hue="teal",
    font=["Noto Sans CJK TC", "Noto Sans CJK SC", "PingFang TC", "Microsoft JhengHei", "system-ui", "sans-serif"],
    font_mono=["Noto Sans Mono CJK TC", "ui-monospace", "monospace"],
).set(
    color_accent=ACCENT,
    link_text_color=ACCENT,
    link_text_color_visited=ACCENT,
    link_text_color_hover=ACCENT_HOVER,
    link_text_color_active=ACCENT_HOVER,
    button_primary_background_fill=ACCENT,
    button_primary_background_fill_hover=ACCENT_HOVER,
    button_primary_text_color="#ffffff",
    button_primary_text_color_hover="#ffffff",
    body_text_color_subdued=SUBDUED,
    block_info_text_color=SUBDUED,
    input_placeholder_color="#6b7280",
    block_title_text_color=ACCENT_HOVER,
    block_label_text_color=SUBDUED,
    checkbox_label_background_fill_selected=ACCENT,
    checkbox_label_text_color_selected="#ffffff",
)
