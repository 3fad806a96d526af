"""Real PostgreSQL and nginx servers on loopback, each in its own temporary folder, for the tests.

    with PostgresServer() as pg:           # initdb + pg_ctl start; pytest.skip when not installed
        FeedbackStore(pg.url)
        pg.stop(); pg.start()              # the same data folder and port again

`make test` installs Debian's `postgresql` and `nginx-light` when they are missing (as root).
PostgreSQL refuses to run as root, so as root its commands run as the `postgres` (or `nobody`) user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from evals.process import free_port


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    return candidates[-1] if candidates else None


def _unprivileged_user() -> pwd.struct_passwd | None:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    return None


class PostgresServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1 (trust authentication, user `plan`)."""

    def __init__(self) -> None:
        self.initdb, self.pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if self.initdb is None or self.pg_ctl is None:
            pytest.skip("PostgreSQL is not installed (`make test` installs Debian's postgresql as root)")
        self.user = _unprivileged_user() if os.geteuid() == 0 else None
        if os.geteuid() == 0 and self.user is None:
            pytest.skip("running as root with no `postgres` or `nobody` user to run PostgreSQL as")
        self.root = Path(tempfile.mkdtemp(prefix="plan-pg-"))  # not under pytest's root-only folder
        self.data, self.port = self.root / "data", free_port()
        if self.user is not None:
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        self._run(
            [self.initdb, "-D", str(self.data), "-U", "plan", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]
        )

    @property
    def url(self) -> str:
        return f"postgresql://plan@127.0.0.1:{self.port}/postgres"

    def _run(self, cmd: list[str]) -> None:
        if self.user is not None:
            cmd = ["runuser", "-u", self.user.pw_name, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")

    def start(self) -> None:
        assert self.pg_ctl is not None
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run([self.pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start"])

    def stop(self) -> None:
        assert self.pg_ctl is not None
        self._run([self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop"])

    def sql(self, statement: str, dbname: str = "postgres") -> list[tuple[Any, ...]]:
        """Run one statement on a fresh connection; the rows it returns."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=plan dbname={dbname}", autocommit=True) as conn:
            cur = conn.execute(statement.encode())
            return list(cur.fetchall()) if cur.description else []

    def close(self) -> None:
        if (self.data / "postmaster.pid").exists():
            try:
                self.stop()
            except RuntimeError:
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.close()


NGINX_CONF = """
{user}worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {root}/body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
{config}
}}
"""


class NginxServer:
    """nginx in the foreground with a generated `http {}` body (`config`), stopped on exit."""

    def __init__(self, config: str) -> None:
        exe = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
        if exe is None:
            pytest.skip("nginx is not installed (`make test` installs Debian's nginx-light as root)")
        self.root = Path(tempfile.mkdtemp(prefix="plan-nginx-"))
        user = "user root root;\n" if os.geteuid() == 0 else ""  # the workers only read this folder
        (self.root / "nginx.conf").write_text(NGINX_CONF.format(user=user, root=self.root, config=config))
        self.cmd = [exe, "-p", str(self.root), "-c", str(self.root / "nginx.conf"), "-e", "stderr"]
        check = subprocess.run([*self.cmd, "-t"], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx rejects its configuration: {check.stderr.strip()}")
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> NginxServer:
        self.proc = subprocess.Popen([*self.cmd, "-g", "daemon off;"], stderr=open(self.root / "stderr.log", "wb"))
        time.sleep(0.3)
        if self.proc.poll() is not None:
            raise RuntimeError(f"nginx exited at once: {(self.root / 'stderr.log').read_text()[-2000:]}")
        return self

    def log_tail(self, chars: int = 3000) -> str:
        """The end of nginx's error log (upstream failures are there)."""
        text = "".join(
            p.read_text(errors="replace") for p in (self.root / "stderr.log", self.root / "error.log") if p.exists()
        )
        return text[-chars:]

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful: workers finish, then the master exits
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)
