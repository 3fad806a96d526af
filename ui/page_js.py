"""The page's own script (put in `<head>` by `ui.web.mount_ui`): what must happen in the browser.

- `<html lang>` follows the conversation's script (the server writes it into `#pa-lang`; Gradio
  would otherwise set the browser's locale, e.g. "en").
- A character counter under the question box, near and over the limit, in the page's script.
- The copy button puts the answer and its sources on the clipboard as plain text.
- A new answer opens at its first line: the chat is scrolled to the question, not to the end.
- Links to the plan reader open in a new tab, so the conversation stays where it is.
- Gradio's English screen-reader labels of chat messages are replaced with Chinese ones.
"""

from __future__ import annotations

from retrieval.search import MAX_QUERY_CHARS

COUNTER_FROM = MAX_QUERY_CHARS - 200  # the counter appears this close to the limit

PAGE_JS = """
(() => {
  const LIMIT = __LIMIT__, FROM = __FROM__;
  const simplified = () => document.documentElement.lang === "zh-Hans";
  const say = (hant, hans) => (simplified() ? hans : hant);
  let wanted = "zh-Hant";

  function applyLang() {
    const mark = document.querySelector("#pa-lang [data-lang]");
    if (mark) wanted = mark.getAttribute("data-lang");
    if (document.documentElement.lang !== wanted) document.documentElement.lang = wanted;
  }

  function count() {
    const box = document.querySelector("#pa-question textarea");
    const out = document.getElementById("pa-count");
    if (!box || !out) return;
    const n = box.value.trim().length;
    const fmt = (x) => x.toLocaleString("en-US");
    const show = (text, cls) => {  // only real changes: the page's MutationObserver calls us back
      if (out.textContent !== text) out.textContent = text;
      if (out.className !== cls) out.className = cls;
    };
    if (n > LIMIT) {
      show(say(`已輸入 ${fmt(n)} 字，超出上限 ${fmt(LIMIT)} 字：請刪減 ${fmt(n - LIMIT)} 字後再送出。`,
               `已输入 ${fmt(n)} 字，超出上限 ${fmt(LIMIT)} 字：请删减 ${fmt(n - LIMIT)} 字后再送出。`), "pa-count pa-over");
    } else if (n >= FROM) {
      show(say(`已輸入 ${fmt(n)}／${fmt(LIMIT)} 字`, `已输入 ${fmt(n)}／${fmt(LIMIT)} 字`), "pa-count");
    } else {
      show("", "pa-count");
    }
  }

  async function copyAnswer(button) {
    const message = button.closest(".message, .message-content, .prose") || button.parentElement.parentElement;
    const source = message && message.querySelector("pre.pa-copy-text");
    const note = button.parentElement.querySelector(".pa-copied");
    if (!source) return;
    const text = source.textContent;
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch (e) {
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      ok = document.execCommand("copy");
      area.remove();
    }
    if (note) note.textContent = ok ? say("已複製", "已复制") : say("未能複製", "未能复制");
  }

  // a new answer opens at its first line: keep the chat scrolled to its question until it is done
  let pinned = 0, seen = 0;
  function anchor() {
    const shown = document.querySelectorAll("#pa-chat .pa-question:not(.pa-queued)");
    const n = shown.length;
    if (n < seen) pinned = 0;  // started over
    seen = n;
    if (!n || pinned === n) return;
    const last = shown[n - 1];
    const row = last.closest(".message-row") || last;
    let box = row.parentElement;
    while (box && box !== document.body && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    if (box && box !== document.body && box.scrollHeight > box.clientHeight) {
      const top = row.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 8;
      if (Math.abs(box.scrollTop - top) > 2) box.scrollTop = Math.max(top, 0);
    }
    const reply = row.nextElementSibling;
    if (reply && reply.querySelector(".pa-tools, .pa-error, .pa-refused")) pinned = n;
  }

  // Gradio labels each message "user's message: <its raw HTML>" for screen readers: say it in Chinese, as text
  function relabel() {
    for (const e of document.querySelectorAll("#pa-chat [aria-label]")) {
      const was = e.getAttribute("aria-label");
      let now = null;
      if (was === "chatbot conversation") now = say("對話", "对话");
      else if (was.startsWith("user's message")) now = say("提問：", "提问：") + e.textContent.trim().slice(0, 200);
      else if (was.startsWith("bot's message")) now = say("回答：", "回答：") + e.textContent.trim().slice(0, 200);
      if (now !== null && now !== was) e.setAttribute("aria-label", now);
    }
  }

  // one name makes the 顯示文字 radios one tab stop (arrow keys move within it), as native radio groups are
  function groupRadios() {
    for (const r of document.querySelectorAll("#pa-script input[type=radio]")) if (r.name !== "pa-script") r.name = "pa-script";
  }

  // a link to a line: bring the highlighted line into view once it is shown (on a phone, below the tree)
  let shownLine = null;
  function toLine() {
    const hl = document.querySelector("#pa-reader .pa-hl");
    if (!hl || hl === shownLine || hl.getClientRects().length === 0) return;
    shownLine = hl;
    hl.scrollIntoView({block: "center"});
  }

  document.addEventListener("input", (e) => {
    if (e.target.closest && e.target.closest("#pa-question")) count();
  });
  document.addEventListener("click", (e) => {
    const copy = e.target.closest && e.target.closest(".pa-copy");
    if (copy) { e.preventDefault(); copyAnswer(copy); return; }
    const link = e.target.closest && e.target.closest("#pa-chat a.pa-goto");
    if (link) { e.preventDefault(); window.open(link.href, "_blank", "noopener"); }
  });
  new MutationObserver(() => { applyLang(); anchor(); count(); relabel(); groupRadios(); toLine(); }).observe(document.documentElement, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["lang", "aria-label"],
  });
  applyLang();
})();
""".replace("__LIMIT__", str(MAX_QUERY_CHARS)).replace("__FROM__", str(COUNTER_FROM))

HEAD = f"<script>{PAGE_JS}</script>"
