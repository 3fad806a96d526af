"""axe-core (from npm, installed outside the repo) run inside the real headless Chromium.

    install_axe()                      # npm install axe-core into the cache dir, once
    violations(driver, axe_source)     # serious and critical violations on the page as it is

`make browser` installs it ahead of the tests; without npm (or its registry) the tests that need
it are skipped with a message saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

AXE_VERSION = "4.10.3"
SERIOUS = ("serious", "critical")


def axe_dir() -> Path:
    """Where axe-core is installed: PLAN_ASSISTANT_AXE_DIR, or a cache folder outside the repo."""
    default = Path.home() / ".cache" / "plan-assistant" / "axe"
    return Path(os.environ.get("PLAN_ASSISTANT_AXE_DIR") or default)


def install_axe(where: Path | None = None) -> Path:
    """axe.min.js, installed with npm if missing; `RuntimeError` says why when it cannot be."""
    where = where or axe_dir()
    script = where / "node_modules" / "axe-core" / "axe.min.js"
    if script.exists():
        return script
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not installed — `apt-get install npm`, then `make browser`")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [npm, "install", "--prefix", str(where), "--no-audit", "--no-fund", f"axe-core@{AXE_VERSION}"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0 or not script.exists():
        raise RuntimeError(f"npm could not install axe-core (registry unreachable?): {done.stderr.strip()[-300:]}")
    return script


def violations(driver: Any, axe_source: str) -> list[dict[str, Any]]:
    """The serious and critical axe violations of the page: rule, impact, and where."""
    if not driver.execute_script("return typeof window.axe !== 'undefined'"):
        driver.execute_script(axe_source)
    driver.set_script_timeout(120)
    found: list[dict[str, Any]] = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ["violations"]}).then((r) => done(r.violations.map((v) => ({
          id: v.id, impact: v.impact,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " — " + ((n.any[0] || {}).message || "")),
        }))));
        """
    )
    return [v for v in found if v["impact"] in SERIOUS]
