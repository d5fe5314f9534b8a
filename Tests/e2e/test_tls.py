"""--tls-cert/--tls-key: HTTPS on the same event loop, with a certificate made by the `openssl`
command. curl with --cacert succeeds over TLS 1.2/1.3 with ALPN http/1.1; TLS 1.1 is refused; a
client that stalls mid-handshake is dropped after the timeout; plain HTTP gets a clean 400 and close;
SIGHUP reloads the certificate, and a broken one is refused while the old one keeps serving."""

import re
import shutil
import signal
import socket
import ssl
import subprocess
import time

import pytest

from ops_support import ServerProcess, require_tool


def make_certificate(folder, name):
    require_tool("openssl")
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={name}",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60)
    return cert, key


@pytest.fixture
def tls_files(tmp_path):
    cert, key = make_certificate(tmp_path, "first")
    live_cert, live_key = tmp_path / "live.crt", tmp_path / "live.key"
    shutil.copy(cert, live_cert)
    shutil.copy(key, live_key)
    return tmp_path, live_cert, live_key


def curl(port, cacert, *extra):
    require_tool("curl")
    return subprocess.run(
        ["curl", "-sS", "--max-time", "10", "--cacert", str(cacert), "--resolve", f"localhost:{port}:127.0.0.1",
         "-o", "/dev/null", "-w", "%{http_code} %{http_version}", "-v", *extra, f"https://localhost:{port}/v1/explainer"],
        capture_output=True, text=True, timeout=30)


def served_certificate(port):
    pem = ssl.get_server_certificate(("127.0.0.1", port), timeout=10)
    return ssl.PEM_cert_to_DER_cert(pem)


def der(path):
    return ssl.PEM_cert_to_DER_cert(path.read_text())


def handshakes(server, outcome):
    ctx = ssl.create_default_context(cafile=str(server.cacert))
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            tls.sendall(b"GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            data = b""
            while chunk := tls.recv(65536):
                data += chunk
    match = re.search(rf'^explainer_tls_handshakes_total\{{outcome="{outcome}"\}} (\S+)$', data.decode(), re.M)
    return float(match.group(1))


def start(tls_files, *args):
    _, cert, key = tls_files
    server = ServerProcess("--tls-cert", str(cert), "--tls-key", str(key), *args)
    server.cacert = cert
    return server


def test_curl_with_cacert_gets_http11_over_tls(tls_files):
    with start(tls_files) as server:
        assert server.stderr_lines[0] == f"listening on https://127.0.0.1:{server.port}"
        result = curl(server.port, server.cacert)
        assert result.returncode == 0, result.stderr
        assert result.stdout == "200 1.1"
        assert "ALPN: server accepted http/1.1" in result.stderr
        assert re.search(r"SSL connection using TLSv1\.[23]", result.stderr)
        for version in ("--tlsv1.2", "--tlsv1.3"):
            pinned = curl(server.port, server.cacert, version, "--tls-max", version[6:])
            assert pinned.returncode == 0 and pinned.stdout == "200 1.1", pinned.stderr


def test_curl_without_the_ca_refuses_the_certificate(tls_files):
    with start(tls_files) as server:
        result = subprocess.run(["curl", "-sS", "--max-time", "10", f"https://127.0.0.1:{server.port}/healthz"],
                                capture_output=True, text=True, timeout=30)
        assert result.returncode == 60, result.stderr  # certificate problem: the check above is real


def test_tls_1_1_is_refused(tls_files):
    with start(tls_files) as server:
        # SECLEVEL=0 so the client itself is willing to speak TLS 1.1: only the server can refuse.
        result = subprocess.run(
            ["openssl", "s_client", "-connect", f"127.0.0.1:{server.port}", "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0"],
            input="", capture_output=True, text=True, timeout=30)
        assert result.returncode != 0
        assert "alert protocol version" in result.stderr or "no protocols available" in result.stderr, result.stderr
        assert "Cipher is (NONE)" in result.stdout
        ok = subprocess.run(["openssl", "s_client", "-connect", f"127.0.0.1:{server.port}", "-tls1_2"],
                            input="", capture_output=True, text=True, timeout=30)
        assert "Protocol  : TLSv1.2" in ok.stdout


def test_a_client_that_stalls_mid_handshake_is_dropped_after_the_timeout(tls_files):
    with start(tls_files) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
            # The first bytes of a TLS record header (handshake, TLS 1.0 record version), then nothing.
            s.sendall(b"\x16\x03\x01\x00")
            started = time.monotonic()
            data = s.recv(1024)  # blocks until the server closes
            waited = time.monotonic() - started
        assert data == b""
        # The handshake timeout (and the header timeout from accept) is 10 s.
        assert 8.0 <= waited <= 14.0, waited
        assert handshakes(server, "timeout") == 1


def test_plain_http_to_the_tls_port_gets_a_clean_400_and_close(tls_files):
    with start(tls_files) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            data = b""
            while chunk := s.recv(4096):  # ends with FIN, not a reset (which would raise here)
                data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400 ")
        assert b"Connection: close" in head and b"application/problem+json" in head
        assert b"https://" in body
        assert handshakes(server, "failure") >= 1


def test_sighup_reloads_the_certificate_and_refuses_a_broken_one(tls_files):
    folder, live_cert, live_key = tls_files
    with start(tls_files) as server:
        assert served_certificate(server.port) == der(live_cert)
        first = der(live_cert)
        new_cert, new_key = make_certificate(folder, "second")
        shutil.copy(new_cert, live_cert)
        shutil.copy(new_key, live_key)
        server.signal(signal.SIGHUP)
        server.wait_for_event("tls.reload.done")
        assert served_certificate(server.port) == der(new_cert) != first
        # A key that does not match: refused, the second certificate keeps serving.
        other_cert, other_key = make_certificate(folder, "third")
        shutil.copy(other_key, live_key)
        server.signal(signal.SIGHUP)
        failed = server.wait_for_event("tls.reload.failed")[0]
        assert failed["level"] == "error"
        assert served_certificate(server.port) == der(new_cert)
        server.cacert = new_cert
        result = curl(server.port, new_cert)
        assert result.stdout == "200 1.1", result.stderr


def test_unusable_certificate_stops_start_up(tmp_path):
    cert, _ = make_certificate(tmp_path, "a")
    _, wrong_key = make_certificate(tmp_path, "b")
    from ops_support import CONTENT, server_binary
    result = subprocess.run(
        [str(server_binary()), "serve", "--port", "0", "--content", str(CONTENT), "--tls-cert", str(cert),
         "--tls-key", str(wrong_key)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert "tls.failed" in result.stderr


def test_tls_handshakes_caps_handshakes_in_progress(tls_files):
    """--tls-handshakes 1: one silent connection holds the only slot, so the next TLS client is closed
    at once (counted as over_capacity); once the silent one goes, clients are served again."""
    with start(tls_files, "--tls-handshakes", "1") as server:
        silent = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        try:
            time.sleep(0.3)
            ctx = ssl.create_default_context(cafile=str(server.cacert))
            with pytest.raises((ssl.SSLError, ConnectionError, OSError)):
                with socket.create_connection(("127.0.0.1", server.port), timeout=5) as raw:
                    with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
                        tls.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        if not tls.recv(1):
                            raise ConnectionError("closed")
        finally:
            silent.close()
        deadline = time.monotonic() + 5
        while True:
            try:
                assert handshakes(server, "over_capacity") >= 1
                break
            except (OSError, ssl.SSLError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


def test_admin_listener_is_plain_http_beside_a_tls_listener(tls_files):
    """--admin-listen stays plain HTTP when the public listener serves TLS (a cluster-internal port),
    and the scrape there counts the public listener's handshakes."""
    server = start(tls_files, "--admin-listen", "127.0.0.1:0")
    try:
        (event,) = server.wait_for_event("server.start")
        admin = event["admin_port"]
        result = curl(server.port, server.cacert)
        assert result.stdout == "200 1.1", result.stderr
        plain = subprocess.run(["curl", "-sS", "--max-time", "10", f"http://127.0.0.1:{admin}/metrics"],
                               capture_output=True, text=True, timeout=30)
        assert plain.returncode == 0, plain.stderr
        assert re.search(r'(?m)^explainer_tls_handshakes_total\{outcome="success"\} [1-9]', plain.stdout)
        # The public listener answers /metrics 404 over TLS, like any path it does not serve.
        refused = subprocess.run(
            ["curl", "-sS", "--max-time", "10", "--cacert", str(server.cacert), "--resolve",
             f"localhost:{server.port}:127.0.0.1", "-o", "/dev/null", "-w", "%{http_code}",
             f"https://localhost:{server.port}/metrics"], capture_output=True, text=True, timeout=30)
        assert refused.stdout == "404", refused.stderr
    finally:
        server.stop()
