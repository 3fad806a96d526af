"""The chat as citizens and civil servants use it, in headless Chromium at desktop and phone size:
typing while an answer streams, a queued question, one script per conversation, grouped
citations and their links, deep links, copy, feedback, layout, and axe-core on every tab."""

from __future__ import annotations

import functools
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from corpus.text import to_simplified, to_traditional
from evals.screenshot import DESKTOP, PHONE, chromium_driver
from tests.ui import waiting
from tests.ui.axe import install_axe, violations

pytestmark = pytest.mark.slow

By: Any = pytest.importorskip("selenium.webdriver.common.by").By
Keys: Any = pytest.importorskip("selenium.webdriver.common.keys").Keys
wait_for = functools.partial(waiting.wait_for, timeout_s=30.0)  # answers on a busy machine

DONE = "#pa-chat .pa-answer:not(.pa-thinking):not(.pa-streaming)"


def sized(size: tuple[int, int]) -> Iterator[Any]:
    with tempfile.TemporaryDirectory(prefix="pa-chromium-") as profile:
        driver = chromium_driver(Path(profile), width=size[0], height=size[1])
        try:
            yield driver
        finally:
            driver.quit()


@pytest.fixture(params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def any_size(request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from sized(request.param)


@pytest.fixture
def desktop() -> Iterator[Any]:
    yield from sized(DESKTOP)


@pytest.fixture
def phone() -> Iterator[Any]:
    yield from sized(PHONE)


@pytest.fixture(scope="session")
def axe_source() -> str:
    try:
        return install_axe().read_text(encoding="utf-8")
    except (RuntimeError, OSError, TimeoutError) as exc:
        pytest.skip(f"axe-core unavailable, accessibility checks skipped: {exc}")


def open_page(driver: Any, live_server: dict[str, Any], query: str = "") -> None:
    driver.get(live_server["url"] + "/" + query)
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#pa-question textarea"))
    wait_for(lambda: driver.execute_script("return document.documentElement.lang").startswith("zh-"))


def send(driver: Any, question: str) -> None:
    """Type and press Enter, as a user does (no scrolling by the test itself)."""
    box = driver.find_element(By.CSS_SELECTOR, "#pa-question textarea")
    driver.execute_script("arguments[0].focus()", box)
    box.send_keys(question)
    box.send_keys(Keys.ENTER)


def box_value(driver: Any) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, "#pa-question textarea").get_attribute("value"))


def status_text(driver: Any) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, "#pa-status").text)


def lang(driver: Any) -> str:
    return str(driver.execute_script("return document.documentElement.lang"))


def english_words(driver: Any) -> list[str]:
    """English words a reader can see or hear: text, tooltips, labels and placeholders."""
    texts = driver.execute_script(
        """
        const out = [document.body.innerText];
        for (const e of document.querySelectorAll("[title], [aria-label], [placeholder], [alt]")) {
          if (e.closest("[hidden]") || e.getClientRects().length === 0) continue;
          for (const a of ["title", "aria-label", "placeholder", "alt"]) if (e.getAttribute(a)) out.push(e.getAttribute(a));
        }
        return out;
        """
    )
    words = re.findall(r"[A-Za-z]{2,}", re.sub(r"JSON\s+API", "", " ".join(texts)))
    return sorted(set(words))


# -- input ------------------------------------------------------------------------------------


# records, in the page, each state of the chat: "<ms> <classes of its questions and answers>"
RECORD_CHAT = """
    window.__chat = [];
    new MutationObserver(() => {
      const c = document.querySelector("#pa-chat");
      // the bubbles' classes and the chat's text length: a stream's every piece is a new state
      const k = c ? [...c.querySelectorAll(".pa-question, .pa-answer")].map((e) => e.className).join("|") + "#" + c.textContent.length : "";
      const last = window.__chat[window.__chat.length - 1];
      if (!last || last.slice(last.indexOf(" ") + 1) !== k) window.__chat.push(performance.now().toFixed(0) + " " + k);
    }).observe(document.body, {subtree: true, childList: true, characterData: true});
"""

# sends the first question, then the second the moment the first is being searched or written,
# then types a draft (in the page: a WebDriver round trip can take longer than a whole answer)
SEND_TWO = """
    const [first, second, draft, done] = arguments;
    const box = document.querySelector("#pa-question textarea");
    const put = (t) => {
      box.value = t;
      box.dispatchEvent(new Event("input", {bubbles: true}));
      document.querySelector("#pa-send").click();
    };
    put(first);
    const t = setInterval(() => {
      if (box.value === "" && document.querySelector("#pa-chat .pa-thinking, #pa-chat .pa-streaming")) {
        clearInterval(t);
        put(second);
        const u = setInterval(() => {  // once the second is taken, types the next one as it waits its turn
          if (box.value !== "") return;
          clearInterval(u);
          box.value = draft;
          box.dispatchEvent(new Event("input", {bubbles: true}));
          done(performance.now());
        }, 5);
      }
    }, 5);
"""


def test_typing_during_a_stream_is_kept_and_a_second_question_waits_its_turn(
    desktop: Any, live_server: dict[str, Any]
) -> None:
    open_page(desktop, live_server)
    first, second = "海珠濕地有甚麼規劃？", "海珠區在教育方面有甚麼規劃？"
    desktop.execute_script(RECORD_CHAT)
    desktop.set_script_timeout(60)
    typed_at = desktop.execute_async_script(SEND_TWO, first, second, "草稿：還沒寫完")
    wait_for(lambda: len(desktop.find_elements(By.CSS_SELECTOR, DONE)) == 2, timeout_s=90)
    assert box_value(desktop) == "草稿：還沒寫完"  # every streamed update left the box alone
    states = desktop.execute_script("return window.__chat")
    # the second question was shown as queued while the first was being answered …
    assert any("pa-queued" in s and ("pa-streaming" in s or "pa-thinking" in s) for s in states)
    # … and the chat kept changing after the draft was typed (the second answer, at least), which
    # left the draft in the box (above)
    assert any(float(s.split(" ")[0]) > typed_at for s in states)
    questions = [e.text for e in desktop.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-question")]
    assert questions == [first, second] and not desktop.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-queued")
    answers = desktop.find_elements(By.CSS_SELECTOR, DONE)
    assert "濕地" in answers[0].text and "教育" in answers[1].text


def test_blank_and_too_long_questions_are_explained_in_chinese(desktop: Any, live_server: dict[str, Any]) -> None:
    open_page(desktop, live_server)
    send(desktop, "   ")
    wait_for(lambda: "請先輸入問題" in status_text(desktop))
    box = desktop.find_element(By.CSS_SELECTOR, "#pa-question textarea")
    set_value = "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))"
    desktop.execute_script(set_value, box, "濕" * 1900)
    counter = desktop.find_element(By.CSS_SELECTOR, "#pa-count")
    wait_for(lambda: counter.text == "已輸入 1,900／2,000 字")
    desktop.execute_script(set_value, box, "濕" * 2004)
    wait_for(lambda: "超出上限 2,000 字" in counter.text and "刪減 4 字" in counter.text)
    desktop.execute_script("document.querySelector('#pa-send').click()")
    wait_for(lambda: "問題太長（2,004 字）" in status_text(desktop))
    assert len(box_value(desktop)) == 2004  # kept, to be shortened
    assert not desktop.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-question")
    assert "characters" not in desktop.find_element(By.TAG_NAME, "body").text


def test_a_long_paste_then_a_short_follow_up(desktop: Any, live_server: dict[str, Any]) -> None:
    open_page(desktop, live_server)
    box = desktop.find_element(By.CSS_SELECTOR, "#pa-question textarea")
    paste = "琶洲試驗區的規劃，" + "請詳細說明。" * 320  # 1,929 characters
    desktop.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
        box,
        paste,
    )
    desktop.execute_script("document.querySelector('#pa-send').click()")
    wait_for(lambda: desktop.find_elements(By.CSS_SELECTOR, DONE), timeout_s=90)
    send(desktop, "那它呢？")
    wait_for(lambda: len(desktop.find_elements(By.CSS_SELECTOR, DONE + ", #pa-chat .pa-error")) == 2, timeout_s=90)
    assert not desktop.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-error")
    assert "琶洲" in desktop.find_elements(By.CSS_SELECTOR, DONE)[-1].text


# -- script -----------------------------------------------------------------------------------


def test_a_simplified_question_makes_the_whole_page_simplified(desktop: Any, live_server: dict[str, Any]) -> None:
    open_page(desktop, live_server)
    assert lang(desktop) == "zh-Hant"
    send(desktop, "海珠湿地有啥规划")
    wait_for(lambda: desktop.find_elements(By.CSS_SELECTOR, DONE), timeout_s=60)
    wait_for(lambda: lang(desktop) == "zh-Hans")
    tabs = [b.text for b in desktop.find_elements(By.CSS_SELECTOR, "button[role='tab']")]
    assert tabs == ["问答", "浏览纲要", "任务查询", "评测"]  # 評測: the test server is on loopback
    box = desktop.find_element(By.CSS_SELECTOR, "#pa-question textarea")
    assert box.get_attribute("placeholder").startswith("输入关于纲要的问题")
    assert desktop.find_element(By.CSS_SELECTOR, "#pa-clear").text == "重新开始"
    examples = [b.text for b in desktop.find_elements(By.CSS_SELECTOR, "button.pa-example")]
    assert "老旧小区改造有哪些安排？" in examples
    assert desktop.find_element(By.CSS_SELECTOR, "#pa-title h1").text == "海珠区「十四五」规划纲要问答"
    head = desktop.find_element(By.CSS_SELECTOR, "#pa-chat .pa-group-head").text
    assert "第二节" in head and "節" not in head
    summary = desktop.find_element(By.CSS_SELECTOR, "#pa-chat details.pa-source summary")
    summary.click()
    quote = desktop.find_element(By.CSS_SELECTOR, "#pa-chat details.pa-source .pa-quote")
    wait_for(quote.is_displayed)
    assert "湿地" in quote.text and "濕" not in quote.text
    original = desktop.find_element(By.CSS_SELECTOR, "#pa-chat details.pa-source details.pa-original")
    original.find_element(By.TAG_NAME, "summary").click()
    printed = original.find_element(By.CSS_SELECTOR, ".pa-quote")
    wait_for(printed.is_displayed)
    assert "濕地" in printed.text and printed.get_attribute("lang") == "zh-Hant"
    assert english_words(desktop) == []
    # the task lookup follows the conversation too: its cards, count and search box
    next(b for b in desktop.find_elements(By.CSS_SELECTOR, "button[role='tab']") if b.text == "任务查询").click()
    count = wait_for(lambda: [e for e in desktop.find_elements(By.CSS_SELECTOR, "#pa-task-count") if e.is_displayed()])
    assert "项任务" in count[0].text
    task_box = desktop.find_element(By.CSS_SELECTOR, "#pa-task-query textarea, #pa-task-query input")
    assert task_box.get_attribute("placeholder").startswith("输入关键词")
    titles = [e.text for e in desktop.find_elements(By.CSS_SELECTOR, "#pa-task-cards .pa-task-title")]
    assert "提升固体废物处理能力" in titles and "提升固體廢物處理能力" not in titles
    task_box.send_keys("湿地\n")  # a search shows its cards in the conversation's script as well
    wait_for(lambda: "湿地" in desktop.find_element(By.CSS_SELECTOR, "#pa-task-cards").text)
    assert "濕" not in desktop.find_element(By.CSS_SELECTOR, "#pa-task-cards").text
    next(b for b in desktop.find_elements(By.CSS_SELECTOR, "button[role='tab']") if b.text == "问答").click()

    # chosen 繁體 overrides the question's script, everywhere
    next(e for e in desktop.find_elements(By.CSS_SELECTOR, "#pa-script label") if "繁體" in e.text).click()
    wait_for(lambda: lang(desktop) == "zh-Hant")
    wait_for(lambda: [b.text for b in desktop.find_elements(By.CSS_SELECTOR, "button[role='tab']")][1] == "瀏覽綱要")
    wait_for(lambda: "第二節" in desktop.find_element(By.CSS_SELECTOR, "#pa-chat .pa-group-head").text)
    shown = desktop.find_element(By.CSS_SELECTOR, DONE).text
    assert to_traditional(shown) == shown and to_simplified(shown) != shown
    assert not desktop.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-original")  # the quote is the print
    assert english_words(desktop) == []


def test_a_traditional_conversation_stays_traditional(any_size: Any, live_server: dict[str, Any]) -> None:
    open_page(any_size, live_server)
    send(any_size, "海珠區在教育方面有甚麼規劃？")
    wait_for(lambda: any_size.find_elements(By.CSS_SELECTOR, DONE), timeout_s=60)
    assert lang(any_size) == "zh-Hant"
    assert [b.text for b in any_size.find_elements(By.CSS_SELECTOR, "button[role='tab']")] == [
        "問答",
        "瀏覽綱要",
        "任務查詢",
        "評測",  # the test server is on loopback
    ]
    like = any_size.find_elements(By.CSS_SELECTOR, "#pa-chat .message-buttons button")
    assert {b.get_attribute("aria-label") for b in like} == {"讚好", "不讚好"}
    assert english_words(any_size) == []


def test_the_script_switch_is_one_tab_stop(desktop: Any, live_server: dict[str, Any]) -> None:
    open_page(desktop, live_server)
    radios = desktop.find_elements(By.CSS_SELECTOR, "#pa-script input[type='radio']")
    assert len(radios) == 3
    desktop.execute_script("arguments[0].focus()", radios[0])
    desktop.switch_to.active_element.send_keys(Keys.TAB)
    focused = desktop.switch_to.active_element
    assert not desktop.execute_script("return !!arguments[0].closest('#pa-script')", focused)


# -- citations, links, copy ---------------------------------------------------------------------


def test_citations_grouped_by_section_link_to_the_line(desktop: Any, live_server: dict[str, Any]) -> None:
    open_page(desktop, live_server)
    send(desktop, "海珠濕地有甚麼規劃？")
    wait_for(lambda: desktop.find_elements(By.CSS_SELECTOR, DONE), timeout_s=60)
    heads = [e.text for e in desktop.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-group-head")]
    assert heads and len(heads) == len(set(heads))  # one heading per 節
    labels = [e.text for e in desktop.find_elements(By.CSS_SELECTOR, "#pa-chat details.pa-source summary")]
    assert len(labels) >= 2 and len(set(labels)) == len(labels)  # told apart without opening them
    assert all(re.fullmatch(r"\[\d+\] 「.+」第 [\d、]+ 行", label) for label in labels)
    first = desktop.find_element(By.CSS_SELECTOR, "#pa-chat details.pa-source")
    first.find_element(By.TAG_NAME, "summary").click()
    link = first.find_element(By.CSS_SELECTOR, "a.pa-goto")
    line = int(re.search(r"line=(\d+)", link.get_attribute("href")).group(1))  # type: ignore[union-attr]
    quote = first.find_element(By.CSS_SELECTOR, ".pa-quote").text
    chat_window = desktop.current_window_handle
    link.click()
    wait_for(lambda: len(desktop.window_handles) == 2)
    desktop.switch_to.window(next(h for h in desktop.window_handles if h != chat_window))
    highlighted = wait_for(lambda: desktop.find_elements(By.CSS_SELECTOR, "#pa-reader .pa-hl"))[0]
    assert highlighted.get_attribute("id") == f"L{line}" and quote[:10] in highlighted.text
    assert desktop.find_element(By.CSS_SELECTOR, "button[role='tab'][aria-selected='true']").text == "瀏覽綱要"
    desktop.switch_to.window(chat_window)
    assert len(desktop.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-question")) == 1  # the chat is still there


def test_a_link_to_a_question_asks_it_in_a_new_browser(desktop: Any, live_server: dict[str, Any]) -> None:
    open_page(desktop, live_server, "?q=" + quote("十四五期間要引進多少家總部企業？"))
    answer = wait_for(lambda: desktop.find_elements(By.CSS_SELECTOR, DONE), timeout_s=60)[0]
    assert "70家" in answer.text
    assert desktop.find_element(By.CSS_SELECTOR, "#pa-chat .pa-question").text == "十四五期間要引進多少家總部企業？"


def test_a_link_to_a_line_opens_the_reader_there(any_size: Any, live_server: dict[str, Any]) -> None:
    open_page(any_size, live_server, "?c=9&s=2&line=276")
    hl = wait_for(lambda: any_size.find_elements(By.CSS_SELECTOR, "#pa-reader .pa-hl"))[0]
    assert hl.get_attribute("id") == "L276" and "提升固體廢物處理能力" in hl.text
    assert "第二節 嚴格執行污染防治" in any_size.find_element(By.CSS_SELECTOR, "#pa-reader .pa-crumb").text
    wait_for(
        lambda: any_size.execute_script(
            "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight", hl
        )
    )


def test_copy_puts_the_answer_and_its_sources_on_the_clipboard(desktop: Any, live_server: dict[str, Any]) -> None:
    open_page(desktop, live_server)
    desktop.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": live_server["url"], "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    send(desktop, "提升固體廢物處理能力的任務在哪一節？")
    answer = wait_for(lambda: desktop.find_elements(By.CSS_SELECTOR, DONE), timeout_s=60)[0]
    shown = answer.text
    desktop.find_element(By.CSS_SELECTOR, "#pa-chat .pa-copy").click()
    wait_for(lambda: desktop.find_element(By.CSS_SELECTOR, "#pa-chat .pa-copied").text == "已複製")
    desktop.set_script_timeout(10)
    copied = desktop.execute_async_script(
        "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, (e) => done('ERR ' + e))"
    )
    lines = copied.splitlines()
    assert lines[0] == shown.splitlines()[0] and "出處：" in lines
    assert "第九章 加強生態文明建設，打造“美麗中國”海珠樣本 > 第二節 嚴格執行污染防治" in lines or any(
        line.endswith("第二節 嚴格執行污染防治") for line in lines
    )
    assert any(line.startswith("[1] 「提升固體廢物處理能力") and line.endswith("行）") for line in lines)
    assert "<" not in copied


# -- feedback -----------------------------------------------------------------------------------


# whether the rating buttons after a message `e` (Gradio puts them right after its row) can be seen
buttons_after_row_js = """
    const row = e.closest(".message-row");
    const next = row && row.nextElementSibling;
    const buttons = next && next.classList.contains("message-buttons") ? [...next.querySelectorAll("button")] : [];
    return [buttons.some((b) => b.getClientRects().length > 0)];
"""
buttons_after_row = "const e = arguments[0];" + buttons_after_row_js


def test_feedback_is_acknowledged_and_not_offered_on_errors_or_streams(
    desktop: Any, live_server: dict[str, Any]
) -> None:
    open_page(desktop, live_server)
    box = desktop.find_element(By.CSS_SELECTOR, "#pa-question textarea")
    desktop.execute_script(  # a zero-width space only, as a first question: nothing to search, an error
        "arguments[0].value = '\\u200b'; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", box
    )
    desktop.execute_script("document.querySelector('#pa-send').click()")
    error = wait_for(lambda: desktop.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-error"), timeout_s=60)[0]
    assert "無法回答" in error.text and not re.search(r"[A-Za-z]{3,}", error.text)
    assert desktop.execute_script(buttons_after_row, error) == [False]

    send(desktop, "垃圾分類有甚麼新措施？")
    streaming = "document.querySelector('#pa-chat .pa-streaming, #pa-chat .pa-thinking')"
    seen = wait_for(  # one round trip per look: a stream lasts about a second
        lambda: desktop.execute_script(
            f"const e = {streaming}; return e ? (() => {{{buttons_after_row_js}}})() : null"
        ),
        every_s=0.02,
    )
    assert seen == [False]
    wait_for(lambda: desktop.find_elements(By.CSS_SELECTOR, DONE), timeout_s=60)
    like = wait_for(
        lambda: [
            b for b in desktop.find_elements(By.CSS_SELECTOR, "#pa-chat button[aria-label='讚好']") if b.is_displayed()
        ]
    )
    assert len(like) == 1  # the answer's, not the error's
    like[0].click()
    wait_for(lambda: status_text(desktop) == "已記錄，謝謝")


# -- layout -------------------------------------------------------------------------------------


def test_desktop_opens_at_the_top(desktop: Any, live_server: dict[str, Any]) -> None:
    open_page(desktop, live_server)
    time.sleep(1.0)  # anything that would grab focus and scroll has happened by now
    assert desktop.execute_script("return window.scrollY") == 0
    assert desktop.execute_script("return document.activeElement.tagName") != "TEXTAREA"
    assert desktop.find_element(By.CSS_SELECTOR, "#pa-title h1").is_displayed()


def test_phone_layout(phone: Any, live_server: dict[str, Any]) -> None:
    open_page(phone, live_server)
    assert phone.execute_script("return window.innerWidth") == PHONE[0]
    assert not phone.find_element(By.CSS_SELECTOR, ".pa-intro").is_displayed()  # the header collapses
    assert phone.find_element(By.CSS_SELECTOR, ".pa-about").is_displayed()
    chat = phone.find_element(By.CSS_SELECTOR, "#pa-chat")
    assert chat.size["height"] >= 0.55 * PHONE[1]  # the chat uses the viewport, not a 560 px box
    assert phone.execute_script("return document.documentElement.scrollWidth") <= PHONE[0]
    send(phone, "海珠濕地有甚麼規劃？")
    wait_for(lambda: phone.find_elements(By.CSS_SELECTOR, DONE), timeout_s=60)
    send(phone, "老舊小區改造有哪些安排？")
    answer = wait_for(lambda: len(phone.find_elements(By.CSS_SELECTOR, DONE)) == 2 and phone, timeout_s=60)
    time.sleep(0.5)
    last = answer.find_elements(By.CSS_SELECTOR, DONE)[-1]
    box = phone.execute_script(
        "let e = arguments[0]; while (e && !/(auto|scroll)/.test(getComputedStyle(e).overflowY)) e = e.parentElement;"
        "return e.getBoundingClientRect().toJSON()",
        last,
    )
    top = last.rect["y"] - phone.execute_script("return window.scrollY")
    assert box["top"] <= top <= box["bottom"] - 20  # the answer's first line, not its end, is in view
    overlays = phone.find_elements(
        By.CSS_SELECTOR, "#pa-chat .top-panel, #pa-chat .scroll-down-button-container, #pa-chat label"
    )
    assert not [e for e in overlays if e.is_displayed()]  # no trash icon, arrow or floating 「對話」


# -- accessibility ------------------------------------------------------------------------------


@pytest.mark.parametrize("tab", ["問答", "瀏覽綱要", "任務查詢", "評測"])
def test_axe_finds_nothing_serious(tab: str, any_size: Any, live_server: dict[str, Any], axe_source: str) -> None:
    open_page(any_size, live_server)
    if tab == "問答":
        send(any_size, "海珠濕地有甚麼規劃？")
        wait_for(lambda: any_size.find_elements(By.CSS_SELECTOR, DONE), timeout_s=60)
        any_size.find_element(By.CSS_SELECTOR, "#pa-chat details.pa-source summary").click()
    else:
        next(b for b in any_size.find_elements(By.CSS_SELECTOR, "button[role='tab']") if b.text == tab).click()
        time.sleep(1.0)
        if tab == "瀏覽綱要":
            any_size.get(live_server["url"] + "/?c=9&s=2&line=276")
            wait_for(lambda: any_size.find_elements(By.CSS_SELECTOR, "#pa-reader .pa-hl"))
    time.sleep(0.5)
    assert violations(any_size, axe_source) == []
