"""Shared helpers for the operations tests (Deploy/, TLS, metrics, reload): find the binary, run it
on 127.0.0.1:0, read its bound port and its JSON event lines, and always stop it."""

import http.client
import json
import os
import queue
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "Deploy"
CONTENT = ROOT / "Content"


def server_binary() -> Path:
    """The built explainer-server: $EXPLAINER_SERVER_BIN, else the newest SwiftPM build in the repo."""
    explicit = os.environ.get("EXPLAINER_SERVER_BIN")
    if explicit:
        return Path(explicit)
    candidates = [p for p in ROOT.glob(".build/*/explainer-server") if p.is_file()]
    if not candidates:
        pytest.skip("explainer-server is not built: run `swift build` or set EXPLAINER_SERVER_BIN")
    return max(candidates, key=lambda p: p.stat().st_mtime)


class ServerProcess:
    """One explainer-server on 127.0.0.1:0. stderr is read on a thread: the first line gives the
    port, the rest are JSON event lines kept in `events`. stdout (the access log) is discarded unless
    `access_log` is true."""

    def __init__(self, *args, content=CONTENT, env=None, access_log=False, startup_timeout=20.0):
        cmd = [str(server_binary()), "serve", "--host", "127.0.0.1", "--port", "0",
               "--content", str(content), "--access-log", "on" if access_log else "off", *args]
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("EXPLAINER_")}
        full_env.update(env or {})
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE if access_log else subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, env=full_env, text=True)
        self.lines: "queue.Queue[str]" = queue.Queue()
        self.stderr_lines: list[str] = []
        self._reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._reader.start()
        self.port = None
        deadline = time.monotonic() + startup_timeout
        while self.port is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.proc.poll() is not None:
                self.stop()
                raise RuntimeError(f"server did not start: {self.stderr_lines}")
            try:
                line = self.lines.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if line.startswith("listening on "):
                self.port = int(line.rsplit(":", 1)[1])

    def _read_stderr(self):
        for line in self.proc.stderr:
            line = line.rstrip("\n")
            self.stderr_lines.append(line)
            self.lines.put(line)

    @property
    def events(self) -> list[dict]:
        """Every stderr line that is a JSON object (the server's event log)."""
        out = []
        for line in list(self.stderr_lines):
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    pass
        return out

    def wait_for_event(self, name: str, count: int = 1, timeout: float = 15.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [e for e in self.events if e.get("event") == name]
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"no {count}x {name!r} event within {timeout}s; stderr: {self.stderr_lines[-20:]}")

    def signal(self, sig):
        self.proc.send_signal(sig)

    def get(self, path, headers=None, timeout=5.0):
        """One GET on a fresh connection: (status, headers dict lower-cased, body bytes)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path, headers=headers or {})
            resp = conn.getresponse()
            body = resp.read()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
        finally:
            conn.close()

    def stop(self, timeout=15.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(timeout=2)
        return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed here")
    return path
