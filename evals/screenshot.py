"""Drive the chat UI in headless Chromium (Selenium + Debian's chromium/chromedriver): tests and the README picture.

    python -m evals.screenshot --spawn --out docs/screenshot-ui.png --phone-out docs/screenshot-phone.png
    python -m evals.screenshot --url http://127.0.0.1:7860/ --out shot.png

Needs the dev extras (`selenium`) and `apt-get install chromium chromium-driver fonts-noto-cjk`.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROME_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
ANSWER_TIMEOUT_S = 60
MIN_WINDOW_WIDTH = 500  # headless Chromium widens narrower windows to this
PHONE = (390, 844)
DESKTOP = (1280, 900)


class BrowserMissingError(RuntimeError):
    """Chromium or chromedriver is not installed where expected."""


def chromium_driver(user_data_dir: Path, *, width: int = 1280, height: int = 1400) -> Any:
    """A headless Chromium with a fresh profile in `user_data_dir`; quit it when done."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = shutil.which("chromium") or CHROMIUM
    driver_path = shutil.which("chromedriver") or CHROMEDRIVER
    for path in (chromium, driver_path):
        if not Path(path).exists():
            raise BrowserMissingError(
                f"{path} is missing — run `apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk`"
            )
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*CHROME_FLAGS, f"--user-data-dir={user_data_dir}", f"--window-size={width},{height}", "--lang=zh-TW"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    if width < MIN_WINDOW_WIDTH:  # a phone: Chromium's window cannot be that narrow, its viewport can
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True},
        )
    return driver


_WATCH_STREAMING = """
window.__paStreamed = false;
if (window.__paStreamWatch) { window.__paStreamWatch.disconnect(); }
window.__paStreamWatch = new MutationObserver(() => {
  if (document.querySelector('#pa-chat .pa-streaming')) { window.__paStreamed = true; }
});
window.__paStreamWatch.observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['class']});
"""


def ask_in_browser(driver: Any, question: str, timeout_s: float = ANSWER_TIMEOUT_S) -> tuple[Any, bool]:
    """Type `question`, send it and wait until the answer's sources show; returns (answer element, seen streaming)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, timeout_s)
    box = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#pa-question textarea")))
    before = len(driver.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-answer:not(.pa-thinking):not(.pa-streaming)"))
    box.clear()
    box.send_keys(question)
    # A short answer can stream faster than a WebDriver round trip, so the page itself records
    # whether a streaming bubble ever appeared.
    driver.execute_script(_WATCH_STREAMING)
    driver.find_element(By.CSS_SELECTOR, "#pa-send").click()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        done = driver.find_elements(By.CSS_SELECTOR, "#pa-chat .pa-answer:not(.pa-thinking):not(.pa-streaming)")
        if len(done) > before:
            return done[-1], bool(driver.execute_script("return window.__paStreamed === true"))
        time.sleep(0.03)
    raise TimeoutError(f"no answer to {question!r} within {timeout_s:.0f} s")


def take_readme_screenshot(
    url: str, out: Path, question: str = "海珠濕地有甚麼規劃？", size: tuple[int, int] = DESKTOP
) -> Path:
    """One question answered, its first source expanded: the pictures in the README (desktop, phone)."""
    from selenium.webdriver.common.by import By

    with tempfile.TemporaryDirectory(prefix="pa-chromium-") as profile:
        driver = chromium_driver(Path(profile), width=size[0], height=size[1])
        try:
            driver.get(url)
            ask_in_browser(driver, question)
            summaries = driver.find_elements(By.CSS_SELECTOR, "#pa-chat details.pa-source summary")
            if summaries:
                driver.execute_script("arguments[0].click()", summaries[0])
            time.sleep(1.0)  # let the chat scroll settle
            if size == PHONE:  # the chat, as a phone shows it once the question is sent
                driver.execute_script("document.querySelector('#pa-chat').scrollIntoView({block: 'start'})")
            else:
                driver.execute_script("window.scrollTo(0, 0)")
            out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(out))
        finally:
            driver.quit()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.screenshot", description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="the chat UI of a running server, e.g. http://127.0.0.1:7860/")
    where.add_argument("--spawn", action="store_true", help="start a server on a free port for the picture")
    parser.add_argument("--out", default="docs/screenshot-ui.png", help="the desktop picture (1280×900)")
    parser.add_argument("--phone-out", default="docs/screenshot-phone.png", help="the phone picture (390×844)")
    parser.add_argument("--question", default="海珠濕地有甚麼規劃？")
    args = parser.parse_args(argv)
    if args.url:
        print(take_readme_screenshot(args.url, Path(args.out), args.question))
        print(take_readme_screenshot(args.url, Path(args.phone_out), args.question, PHONE))
        return 0
    from evals.process import uvicorn_server

    with uvicorn_server(log=None) as (url, _):
        print(take_readme_screenshot(url + "/", Path(args.out), args.question))
        print(take_readme_screenshot(url + "/", Path(args.phone_out), args.question, PHONE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
