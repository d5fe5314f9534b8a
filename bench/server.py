"""One way for the HTTP benches to run the server: start `explainer-server serve` on 127.0.0.1, port 0,
wait for its "listening on" line, keep reading its log (so a full pipe never stalls it), and always
stop it, whatever the bench does meanwhile.

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))  # bench/
    from server import running_server
    with running_server(binary, "--content", "Content", "--model", model) as server:
        ... server.port ... server.cpu_seconds() ...
"""
import contextlib
import os
import re
import subprocess
import sys
import threading
import time

LISTENING = re.compile(r"listening on http://[^:]+:(\d+)")


class RunningServer:
    """The port a started server listens on, and the CPU time it has used."""

    def __init__(self, port, pid):
        self.port = port
        self.pid = pid

    def cpu_seconds(self):
        """User + system CPU time of every thread of the server so far (/proc/PID/stat), in seconds."""
        with open(f"/proc/{self.pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def running_server(binary, *arguments, env=None, startup_seconds=120, log=None):
    """Yields a RunningServer for `binary serve --host 127.0.0.1 --port 0 --access-log off ARGUMENTS...`.

    `env` adds to (never replaces) this process's environment. Exits the bench with a message when the
    server ends or says nothing of its port within `startup_seconds`; stops it (SIGTERM, then SIGKILL
    after 30 s) on the way out. With a list as `log`, every line the server writes to stderr is
    appended to it as it comes (the lines before "listening on" included).
    """
    command = [binary, "serve", "--host", "127.0.0.1", "--port", "0", "--access-log", "off", *arguments]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                              env=dict(os.environ, **(env or {})))
    try:
        port = wait_for_port(server, startup_seconds, log)
        threading.Thread(target=lambda: [log.append(line) if log is not None else None for line in server.stderr],
                         daemon=True).start()
        yield RunningServer(port, server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_for_port(server, seconds, log=None):
    """The port from the server's "listening on" line; exits the bench if it never comes."""
    found = []

    def read():
        for line in server.stderr:
            if log is not None:
                log.append(line)
            match = LISTENING.search(line)
            if match:
                found.append(int(match.group(1)))
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=seconds)
    if not found:
        sys.exit(f"server did not report its port within {seconds} s (exit status {server.poll()})")
    return found[0]
