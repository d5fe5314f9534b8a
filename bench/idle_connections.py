#!/usr/bin/env python3
"""Hold N idle keep-alive connections to a server and report its resident memory.

Usage: idle_connections.py PORT PID [N] [PATH]

Opens N connections to 127.0.0.1:PORT, sends one GET PATH on each and reads the answer (so every
connection has been through a whole request and sits idle in keep-alive), checks that all N are
still open, reads VmRSS of process PID from /proc, then closes them. Loopback only; bounded in count
and time. Needs `ulimit -n` above N (load.sh raises it).
"""
import socket
import sys
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def read_response(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError("server closed the connection")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError("server closed the connection mid-body")
        body += chunk
    return head.split(b"\r\n")[0]


def main():
    port, pid = int(sys.argv[1]), int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    path = sys.argv[4] if len(sys.argv) > 4 else "/healthz"
    before = rss_kib(pid)
    started = time.monotonic()
    sockets = []
    request = f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode()
    for i in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(request)
        status = read_response(s)
        if b" 200 " not in status:
            raise RuntimeError(f"connection {i}: {status!r}")
        sockets.append(s)
    opened = time.monotonic() - started
    time.sleep(1.0)
    # Every connection must still be open: a closed one would read EOF without blocking.
    alive = 0
    for s in sockets:
        s.setblocking(False)
        try:
            if s.recv(1) == b"":
                continue
        except BlockingIOError:
            alive += 1
    held = rss_kib(pid)
    for s in sockets:
        s.close()
    print(f"connections opened: {count} in {opened:.1f}s, still open after 1 s: {alive}")
    print(f"server RSS: before {before / 1024:.1f} MiB, holding {alive} idle keep-alive connections {held / 1024:.1f} MiB")
    print(f"RSS target < 64 MiB: {'met' if held < 64 * 1024 and alive == count else 'NOT met'}")
    return 0 if alive == count else 1


if __name__ == "__main__":
    sys.exit(main())
