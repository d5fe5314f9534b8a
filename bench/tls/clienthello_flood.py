#!/usr/bin/env python3
"""bench/tls/clienthello_flood.py PORT PID [N]: N bare ClientHellos that never finish, and what they cost.

Opens N (default 2000) TCP connections to 127.0.0.1:PORT, sends each a real TLS 1.3 ClientHello
(made by Python's ssl module into a memory buffer) and never answers the server's reply. Prints
the server's (PID) resident memory before, with the connections held, and after they are closed,
and what happens to a normal client (handshake and one request) that arrives just after the flood.
Loopback only.
"""
import socket, ssl, sys, threading, time


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
    held = []
    for _ in range(count):
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        held.append(s)
    time.sleep(0.5)
    hello = client_hello()
    start = time.monotonic()
    for s in held:
        try:
            s.send(hello)
        except OSError:
            pass
    # A normal client arrives just after the flood, while it is still held.
    result = []
    prober = threading.Thread(target=lambda: result.append(probe(port)))
    prober.start()
    time.sleep(1.5)
    during = rss_kib(pid)
    prober.join()
    for s in held:
        s.close()
    time.sleep(1.5)
    after = rss_kib(pid)
    probe_seconds = result[0] if result else None
    print(f"{count} ClientHellos; a normal client just after them: "
          + (f"served in {probe_seconds:.2f} s" if probe_seconds is not None else "refused"))
    print(f"server RSS: before {before} KiB, flood held (1.5 s after it) {during} KiB, "
          + f"after the flood's connections closed {after} KiB")


main()
