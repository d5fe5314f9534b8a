#!/usr/bin/env python3
"""Memory per idle keep-alive connection, plain and TLS: opens N connections to a fresh server on
127.0.0.1, has each serve one request, and reads the server's RSS before and after.

    python3 bench/soak/tls_idle.py --binary .build/release/explainer-server --connections 2000

The certificate is made with the openssl command in a temporary folder. Needs `ulimit -n` above 2N.
"""

import argparse
import re
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def measure(binary, n, tls_files=None):
    args = [binary, "serve", "--port", "0", "--access-log", "off", "--content", str(ROOT / "Content")]
    if tls_files:
        args += ["--tls-cert", tls_files[0], "--tls-key", tls_files[1]]
    server = subprocess.Popen(args, stderr=subprocess.PIPE, text=True)
    port = int(server.stderr.readline().rsplit(":", 1)[1])
    ctx = ssl.create_default_context(cafile=tls_files[0]) if tls_files else None

    def connect():
        raw = socket.create_connection(("127.0.0.1", port))
        conn = ctx.wrap_socket(raw, server_hostname="localhost") if ctx else raw
        conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        conn.recv(4096)
        return conn

    def rss_mib():
        return int(re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{server.pid}/status").read_text()).group(1)) / 1024

    try:
        warm = connect()  # lazily built state is in the baseline
        before = rss_mib()
        conns = [connect() for _ in range(n)]
        time.sleep(1)
        after = rss_mib()
        for c in conns + [warm]:
            c.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return before, after


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=str(ROOT / ".build/release/explainer-server"))
    ap.add_argument("--connections", type=int, default=2000)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="tls-idle-"))
    try:
        cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                        "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], check=True, capture_output=True)
        for name, files in (("plain", None), ("TLS", (cert, key))):
            before, after = measure(args.binary, args.connections, files)
            print(f"{name:>5}: {args.connections} idle keep-alive connections: RSS {before:.1f} -> {after:.1f} MiB, "
                  f"{(after - before) * 1024 / args.connections:.1f} KiB per connection")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
