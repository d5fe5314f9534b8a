#!/usr/bin/env python3
"""bench/tls/clienthello_flood.py PORT PID [N]: N bare ClientHellos that never finish, and what they cost.

Opens N (default 2000) TCP connections to 127.0.0.1:PORT, sends each a real TLS 1.3 ClientHello
(made by Python's ssl module into a memory buffer) and never answers the server's reply. Prints
the server's (PID) resident memory before, with the connections held, and after they are closed,
and how long a normal client's full handshake and request takes while the flood is held.
Loopback only.
"""
import socket, ssl, sys, time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def client_hello():
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing, server_hostname="localhost")
    try:
        tls.do_handshake()
    except ssl.SSLWantReadError:
        pass
    return outgoing.read()


def probe(port):
    """Seconds for one fresh client's handshake and request, or None if it failed."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    start = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
            with context.wrap_socket(raw, server_hostname="localhost") as tls:
                tls.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                tls.recv(100)
    except OSError:
        return None
    return time.monotonic() - start


def main():
    port, pid = int(sys.argv[1]), int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    before = rss_kib(pid)
    start = time.monotonic()
    held = []
    for _ in range(count):
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        held.append(s)
    time.sleep(0.2)
    hello = client_hello()
    for s in held:
        try:
            s.send(hello)
        except OSError:
            pass
    sent = time.monotonic() - start
    probe_seconds = probe(port)
    time.sleep(2)
    during = rss_kib(pid)
    for s in held:
        s.close()
    time.sleep(2)
    after = rss_kib(pid)
    print(f"{count} ClientHellos sent in {sent:.2f} s; a normal client during the flood: "
          + (f"{probe_seconds:.2f} s" if probe_seconds is not None else "refused"))
    print(f"server RSS: before {before} KiB, flood held {during} KiB, after close {after} KiB")


main()
