"""The MCP server (issue #13) through real clients: the official MCP Python SDK (`mcp` 2.3) over
Streamable HTTP in both eras (`mode="legacy"`: the initialize handshake, 2025-11-25; `mode="auto"`:
server/discover and the stateless 2026-07-28 revision) and over stdio (`explainer-server mcp`), and raw
negative cases through a real socket with http.client.

Every tool's structured result is compared with the REST body for the same question (same ids, same
support block), so a tool that answers anything else fails."""

import asyncio
import http.client
import json
import subprocess
import urllib.parse

import pytest

from ops_support import CONTENT, ROOT, ServerProcess, server_binary

mcp = pytest.importorskip("mcp", reason="the MCP SDK is in Tests/e2e/requirements.txt (mcp==2.3.0)")
from mcp import Client  # noqa: E402
from mcp.client.stdio import StdioServerParameters  # noqa: E402

# A word in no content, spec or log line, so finding it in the logs can only mean an argument was logged.
MARKER = "quokkaxylophone"
MODERN = "2026-07-28"
META = {"io.modelcontextprotocol/protocolVersion": MODERN, "io.modelcontextprotocol/clientCapabilities": {}}


@pytest.fixture(scope="module")
def server():
    with ServerProcess("--mcp-origins", "https://chat.example") as s:
        yield s


def rest(port, path, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        if body is None:
            conn.request("GET", path)
        else:
            conn.request("POST", path, body=json.dumps(body), headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        assert resp.status == 200, (path, resp.status)
        return json.loads(resp.read())
    finally:
        conn.close()


def raw_post(port, body, headers=None, path="/mcp", method="POST"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        sent = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream", **(headers or {})}
        data = body if isinstance(body, (bytes, str)) or body is None else json.dumps(body)
        conn.request(method, path, body=data, headers={k: v for k, v in sent.items() if v is not None})
        resp = conn.getresponse()
        raw = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, raw
    finally:
        conn.close()


def hits(body):
    """Search hits, under `items` (issue #12) or `results`."""
    return body.get("items", body.get("results"))


def term_id(body):
    return body.get("id", body.get("slug"))


async def exercise(client, port):
    """Lists and calls every tool, reads every kind of resource, gets the prompt and sees tool errors;
    compares each structured result with REST. Returns the tool names it saw."""
    tools = await client.list_tools()
    names = [t.name for t in tools.tools]
    assert names == ["search_explainer", "get_section", "get_claim", "define_term", "get_support", "check_message"]
    for tool in tools.tools:
        assert tool.input_schema["type"] == "object" and tool.output_schema["type"] == "object"
        assert tool.annotations.read_only_hint is True and tool.annotations.idempotent_hint is True
        assert tool.annotations.open_world_hint is False

    search = await client.call_tool("search_explainer", {"query": "why does pain bring relief", "limit": 3})
    assert not search.is_error
    expected = rest(port, "/v1/search?q=why+does+pain+bring+relief&limit=3")
    got = search.structured_content
    assert [h["id"] for h in hits(got)] == [h["id"] for h in hits(expected)] and hits(got)
    assert got["support"] == expected["support"]
    assert got["mode"] == expected["mode"]
    assert json.loads(search.content[0].text) == got

    lexical = await client.call_tool("search_explainer", {"query": "harm reduction", "mode": "lexical", "types": ["claims"], "country": "GB"})
    expected = rest(port, "/v1/search?q=harm+reduction&mode=lexical&types=claims&country=GB")
    assert [h["id"] for h in hits(lexical.structured_content)] == [h["id"] for h in hits(expected)]
    assert lexical.structured_content["support"] == expected["support"]

    sections = rest(port, "/v1/sections")
    section_id = sections["items"][0]["id"] if "items" in sections else sections["sections"][0]["id"]
    section = await client.call_tool("get_section", {"id": section_id, "format": "markdown"})
    assert section.structured_content == rest(port, f"/v1/sections/{section_id}?format=markdown")

    claims = rest(port, "/v1/claims")
    claim_id = (claims.get("items") or claims.get("claims"))[0]["id"]
    claim = await client.call_tool("get_claim", {"id": claim_id})
    assert claim.structured_content == rest(port, f"/v1/claims/{claim_id}")
    assert claim.structured_content["sources"]

    glossary = rest(port, "/v1/glossary")
    first = (glossary.get("items") or glossary.get("terms"))[0]
    slug = term_id(first)
    by_name = await client.call_tool("define_term", {"term": first["term"].upper()})
    assert term_id(by_name.structured_content) == slug
    assert by_name.structured_content == rest(port, f"/v1/glossary/{slug}")

    support = await client.call_tool("get_support", {"country": "GB", "level": "urgent"})
    assert support.structured_content == rest(port, "/v1/support?country=GB")
    assert support.content[0].text.startswith("You don't have to face this alone.")

    check = await client.call_tool("check_message", {"text": f"i cant do this anymore {MARKER}", "context": ["nobody would notice"], "country": "GB"})
    expected = rest(port, "/v1/signals", {"text": f"i cant do this anymore {MARKER}", "context": ["nobody would notice"], "country": "GB"})
    assert check.structured_content["level"] == expected["level"]
    assert check.structured_content["reasons"] == expected["reasons"]
    assert check.structured_content["support"] == expected["support"]

    # Bad arguments are tool errors the model can read, not protocol errors.
    for name, arguments, words in [
        ("get_section", {"id": "no-such-section"}, "no section"),
        ("get_claim", {"id": 7}, "must be a string"),
        ("define_term", {"term": "selfharm"}, "did you mean"),
        ("search_explainer", {"query": "pain", "limit": 0}, "whole number"),
        ("check_message", {"text": ""}, "must not be empty"),
        ("get_support", {"level": "panic"}, "level takes"),
    ]:
        result = await client.call_tool(name, arguments)
        assert result.is_error is True, (name, arguments)
        assert words in result.content[0].text.lower(), (name, result.content[0].text)

    resources = await client.list_resources()
    uris = [r.uri for r in resources.resources]
    kinds = {u.split("/")[2] for u in uris}
    assert kinds == {"sections", "claims", "glossary", "support"}
    templates = await client.list_resource_templates()
    assert {t.uri_template for t in templates.resource_templates} >= {"explainer://sections/{id}", "explainer://claims/{id}"}
    for uri in [f"explainer://sections/{section_id}", f"explainer://claims/{claim_id}", f"explainer://glossary/{slug}",
                "explainer://support", "explainer://support/GB"]:
        read = await client.read_resource(uri)
        content = read.contents[0]
        if "/sections/" in uri:
            assert content.mime_type == "text/markdown"
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", f"/v1/sections/{section_id}", headers={"Accept": "text/markdown"})
            markdown = conn.getresponse().read().decode()
            conn.close()
            assert content.text == markdown and markdown
        else:
            assert content.mime_type == "application/json"
            path = {"claims": f"/v1/claims/{claim_id}", "glossary": f"/v1/glossary/{slug}"}.get(uri.split("/")[2], "/v1/support")
            if uri.endswith("/GB"):
                path = "/v1/support?country=GB"
            assert json.loads(content.text) == rest(port, path)

    prompts = await client.list_prompts()
    assert [p.name for p in prompts.prompts] == ["answer-with-care"]
    prompt = await client.get_prompt("answer-with-care", {"question": "is it attention seeking?"})
    text = prompt.messages[0].content.text
    assert "cite" in text and "concern or urgent" in text and "Never describe methods" in text
    return names


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, timeout=60))


def test_the_sdk_in_legacy_mode_uses_the_handshake(server):
    async def main():
        async with Client(f"http://127.0.0.1:{server.port}/mcp", mode="legacy") as client:
            assert client.session.protocol_version == "2025-11-25"
            await exercise(client, server.port)
    run(main())


def test_the_sdk_in_auto_mode_speaks_2026_07_28(server):
    async def main():
        async with Client(f"http://127.0.0.1:{server.port}/mcp", mode="auto") as client:
            assert client.session.protocol_version == MODERN
            await exercise(client, server.port)
    run(main())


def test_the_sdk_over_stdio():
    params = StdioServerParameters(command=str(server_binary()), args=["mcp", "--content", str(CONTENT)], cwd=str(ROOT))

    async def main():
        for mode in ["legacy", "auto"]:
            async with Client(params, mode=mode) as client:
                tools = await client.list_tools()
                assert len(tools.tools) == 6
                search = await client.call_tool("search_explainer", {"query": "harm reduction", "mode": "lexical", "limit": 2})
                assert hits(search.structured_content) and search.structured_content["support"]["level"] == "info"
                read = await client.read_resource("explainer://support")
                assert json.loads(read.contents[0].text)["lines"]
                bad = await client.call_tool("get_claim", {"id": "nope"})
                assert bad.is_error
    run(main())


def test_stdio_writes_only_json_rpc_on_stdout_and_never_logs_arguments():
    lines = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "check_message", "arguments": {"text": MARKER}}},
    ]
    stdin = "".join(json.dumps(m) + "\n" for m in lines) + "not json\n" + "x" * 70_000 + "\n"
    proc = subprocess.run([str(server_binary()), "mcp", "--content", str(CONTENT)], input=stdin, capture_output=True,
                          text=True, timeout=60, cwd=str(ROOT))
    assert proc.returncode == 0
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [m.get("id") for m in out] == [1, 2, None, None]
    assert out[0]["result"]["protocolVersion"] == "2025-06-18"
    assert out[1]["result"]["structuredContent"]["level"] == "info"
    assert out[2]["error"]["code"] == -32700 and out[3]["error"]["code"] == -32600
    assert MARKER not in proc.stderr


def modern(method, params=None, id_=1):
    return {"jsonrpc": "2.0", "id": id_, "method": method, "params": {"_meta": META, **(params or {})}}


def modern_headers(method, name=None, version=MODERN):
    return {"MCP-Protocol-Version": version, "Mcp-Method": method, "Mcp-Name": name}


@pytest.mark.parametrize("body, headers, status, code", [
    (b"{not json", {}, 400, -32700),
    ({"jsonrpc": "1.0", "id": 1, "method": "tools/list"}, {}, 400, -32600),
    ([{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}], {}, 400, -32600),
    ({"jsonrpc": "2.0", "id": 1, "method": "no/such"}, {}, 200, -32601),
    ({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "no_such_tool"}}, {}, 200, -32602),
    ({"jsonrpc": "2.0", "id": 1, "method": "resources/read", "params": {"uri": "explainer://sections/nope"}}, {}, 200, -32002),
    (modern("no/such"), modern_headers("no/such"), 404, -32601),
    (modern("resources/read", {"uri": "explainer://sections/nope"}), modern_headers("resources/read", "explainer://sections/nope"), 200, -32602),
    (modern("tools/list"), modern_headers("tools/list", version="2025-11-25"), 400, -32020),
    (modern("tools/list"), {"MCP-Protocol-Version": MODERN}, 400, -32020),
    (modern("tools/call", {"name": "get_claim", "arguments": {"id": "x"}}), modern_headers("tools/call", "get_section"), 400, -32020),
    ({"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {"_meta": {**META, "io.modelcontextprotocol/protocolVersion": "1900-01-01"}}},
     modern_headers("tools/list", version="1900-01-01"), 400, -32022),
    ({"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {"_meta": {"io.modelcontextprotocol/protocolVersion": MODERN}}},
     modern_headers("tools/list"), 400, -32602),
    ({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, {"MCP-Protocol-Version": "1999-01-01"}, 400, -32600),
])
def test_raw_json_rpc_errors(server, body, headers, status, code):
    got, head, raw = raw_post(server.port, body, headers)
    assert got == status
    assert head["content-type"].startswith("application/json")
    error = json.loads(raw)["error"]
    assert error["code"] == code
    assert "Swift" not in error["message"] and "Error" not in error["message"]
    if code == -32022:
        assert MODERN in error["data"]["supported"] and "2025-11-25" in error["data"]["supported"]


def test_raw_transport_refusals(server):
    assert raw_post(server.port, b"x" * (64 * 1024 + 1))[0] == 413
    assert raw_post(server.port, json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}), {"Content-Type": "text/plain"})[0] == 415
    status, _, raw = raw_post(server.port, {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, {"Origin": "https://evil.example"})
    assert status == 403 and json.loads(raw)["id"] is None
    assert raw_post(server.port, {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, {"Origin": "https://chat.example"})[0] == 200
    status, _, raw = raw_post(server.port, {"jsonrpc": "2.0", "method": "notifications/initialized"})
    assert status == 202 and raw == b""
    status, head, _ = raw_post(server.port, None, {"Content-Type": None, "Origin": "https://chat.example",
                                                   "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "content-type, mcp-protocol-version"},
                               method="OPTIONS")
    assert status == 204 and "mcp-protocol-version" in head["access-control-allow-headers"]
    # GET /mcp opens the handshake era's stream only for a client that accepts one (test_get_stream_refusals);
    # DELETE ends a session, so without one it is 400.
    assert raw_post(server.port, None, {"Content-Type": None, "Accept": "application/json"}, method="GET")[0] == 405
    assert raw_post(server.port, None, {"Content-Type": None}, method="DELETE")[0] == 400


def test_loopback_origins_are_allowed_by_default():
    with ServerProcess() as s:
        ok = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
        assert raw_post(s.port, ok, {"Origin": "http://localhost:6274"})[0] == 200
        assert raw_post(s.port, ok, {"Origin": "http://127.0.0.1"})[0] == 200
        assert raw_post(s.port, ok, {"Origin": "http://localhost.evil.example"})[0] == 403


def test_the_rate_limit_applies_to_mcp():
    with ServerProcess("--rate-limit", "1/s", "--burst", "2") as s:
        statuses = [raw_post(s.port, {"jsonrpc": "2.0", "id": i, "method": "tools/list"})[0] for i in range(4)]
        assert statuses[:2] == [200, 200] and 429 in statuses[2:]


def test_tool_arguments_never_reach_the_logs():
    with ServerProcess("--log-level", "debug", access_log=True) as server:
        call = {"jsonrpc": "2.0", "id": 9, "method": "tools/call",
                "params": {"name": "search_explainer", "arguments": {"query": MARKER, "mode": "lexical"}}}
        assert raw_post(server.port, call)[0] == 200
        call["params"] = {"name": "check_message", "arguments": {"text": MARKER}}
        assert raw_post(server.port, call)[0] == 200
        server.stop()
        access_log = server.proc.stdout.read()
        assert '"/mcp"' in access_log or "/mcp" in access_log
        assert MARKER not in access_log
        assert MARKER not in "\n".join(server.stderr_lines)


def test_stdio_announces_a_content_reload_to_an_initialized_client(tmp_path):
    import shutil
    import signal
    content = tmp_path / "Content"
    shutil.copytree(CONTENT, content)
    proc = subprocess.Popen([str(server_binary()), "mcp", "--content", str(content)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=str(ROOT))
    try:
        init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
        proc.stdin.write(json.dumps(init) + "\n")
        proc.stdin.flush()
        answer = json.loads(proc.stdout.readline())
        assert answer["result"]["capabilities"]["resources"]["listChanged"] is True
        proc.send_signal(signal.SIGHUP)
        import select
        assert select.select([proc.stdout], [], [], 30)[0], "no notification within 30 s"
        note = json.loads(proc.stdout.readline())
        assert note == {"jsonrpc": "2.0", "method": "notifications/resources/list_changed"}
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


# --- Streams: list-changed notifications over Streamable HTTP (issue #13) ---------------------------

def content_copy(tmp_path):
    import shutil
    folder = tmp_path / "Content"
    shutil.copytree(CONTENT, folder)
    return folder


def change_resource_list(folder):
    """Capitalises one glossary term's name: its entry in resources/list changes, nothing else does."""
    path = folder / "glossary.json"
    data = json.loads(path.read_text())
    term = next(t for t in data["terms"] if t["term"] == "self-harm")
    term["term"] = "Self-harm"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def open_streams(server):
    import re
    _, _, body = server.get("/metrics")
    match = re.search(r"^explainer_http_event_streams_open (\S+)$", body.decode(), re.M)
    return float(match.group(1)) if match else None


def wait_for_streams(server, count, timeout=15.0):
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if open_streams(server) == count:
            return
        time.sleep(0.05)
    raise AssertionError(f"{open_streams(server)} streams open, not {count}")


def reload(server, count):
    import signal
    server.signal(signal.SIGHUP)
    server.wait_for_event("reload.done", count=count)


def test_a_legacy_client_hears_a_reload_on_the_get_stream(tmp_path):
    folder = content_copy(tmp_path)
    with ServerProcess("--content", str(folder)) as server:
        heard = []

        async def on_message(message):
            method = getattr(getattr(message, "root", message), "method", None)
            if method is not None:
                heard.append(method)

        async def main():
            async with Client(f"http://127.0.0.1:{server.port}/mcp", mode="legacy", message_handler=on_message) as client:
                assert client.session.protocol_version == "2025-11-25"
                assert client.server_capabilities.resources.list_changed is True
                await asyncio.to_thread(wait_for_streams, server, 1)  # The SDK opened its GET stream.
                await asyncio.to_thread(reload, server, 1)  # Nothing changed: nothing is sent.
                await asyncio.sleep(1.0)
                assert "notifications/resources/list_changed" not in heard
                change_resource_list(folder)
                await asyncio.to_thread(reload, server, 2)
                for _ in range(200):
                    if "notifications/resources/list_changed" in heard:
                        break
                    await asyncio.sleep(0.05)
                assert heard.count("notifications/resources/list_changed") == 1, heard
                resources = await client.list_resources()
                assert any(r.title == "Self-harm" for r in resources.resources)
        run(main())


def test_a_modern_client_listens_and_hears_a_reload(tmp_path):
    from mcp.client.subscriptions import ResourcesListChanged
    folder = content_copy(tmp_path)
    with ServerProcess("--content", str(folder)) as server:
        async def main():
            async with Client(f"http://127.0.0.1:{server.port}/mcp", mode="auto") as client:
                assert client.session.protocol_version == MODERN
                assert client.server_capabilities.resources.list_changed is True
                async with client.listen(resources_list_changed=True, tools_list_changed=True) as subscription:
                    # Only what the server will send is acknowledged: the tools never change.
                    assert subscription.honored.resources_list_changed is True
                    assert not subscription.honored.tools_list_changed
                    await asyncio.to_thread(reload, server, 1)
                    with pytest.raises(asyncio.TimeoutError):  # Nothing changed: no event.
                        await asyncio.wait_for(subscription.__anext__(), timeout=1.0)
                    change_resource_list(folder)
                    await asyncio.to_thread(reload, server, 2)
                    event = await asyncio.wait_for(subscription.__anext__(), timeout=20)
                    assert isinstance(event, ResourcesListChanged)
                    await asyncio.to_thread(wait_for_streams, server, 1)
            await asyncio.to_thread(wait_for_streams, server, 0)  # Leaving the listen closed its stream.
        run(main())


def test_a_drain_closes_a_listen_stream_with_its_result():
    with ServerProcess() as server:
        sock = stream_socket(server.port, "POST", json.dumps(modern("subscriptions/listen", {"notifications": {"resourcesListChanged": True}}, "s-9")),
                             {"Content-Type": "application/json", "MCP-Protocol-Version": MODERN, "Mcp-Method": "subscriptions/listen"})
        head = read_until(sock, b"\n\n\r\n")
        assert b"HTTP/1.1 200" in head and b"text/event-stream" in head and b"Transfer-Encoding: chunked" in head
        assert b'"method":"notifications/subscriptions/acknowledged"' in head and b'"io.modelcontextprotocol/subscriptionId":"s-9"' in head
        assert server.stop() == 0
        rest = read_to_end(sock)
        assert b'"id":"s-9","result":{"resultType":"complete"' in rest and rest.endswith(b"0\r\n\r\n")


def stream_socket(port, method, body=None, headers=None):
    import socket
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    lines = [f"{method} /mcp HTTP/1.1", "Host: 127.0.0.1", "Accept: application/json, text/event-stream"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    data = (body or "").encode()
    if body is not None:
        lines.append(f"Content-Length: {len(data)}")
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + data)
    return sock


def read_until(sock, marker):
    data = b""
    while marker not in data:
        chunk = sock.recv(65536)
        assert chunk, f"closed before {marker!r}: {data!r}"
        data += chunk
    return data


def read_to_end(sock):
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def test_get_stream_refusals(server):
    for accept in ["application/json", "*/*", None]:
        status, head, _ = raw_post(server.port, None, {"Content-Type": None, "Accept": accept}, method="GET")
        assert status == 405 and "GET" in head["allow"] and "POST" in head["allow"]
    sse = {"Content-Type": None, "Accept": "text/event-stream"}
    assert raw_post(server.port, None, {**sse, "Origin": "https://evil.example"}, method="GET")[0] == 403
    assert raw_post(server.port, None, {**sse, "MCP-Protocol-Version": MODERN}, method="GET")[0] == 405
    assert raw_post(server.port, None, {**sse, "Mcp-Session-Id": "not-a-session"}, method="GET")[0] == 404
    status, _, raw = raw_post(server.port, {"jsonrpc": "2.0", "id": 3, "method": "tools/list"}, {"Mcp-Session-Id": "0" * 32})
    assert status == 404 and json.loads(raw)["id"] == 3


def test_too_many_streams_are_refused_until_one_closes():
    with ServerProcess() as server:
        socks = []
        try:
            for _ in range(256):
                sock = stream_socket(server.port, "GET", headers={"Accept": "text/event-stream"})
                socks.append(sock)
            for sock in socks:
                assert b"HTTP/1.1 200" in read_until(sock, b"\r\n\r\n")
            status, head, raw = raw_post(server.port, None, {"Content-Type": None, "Accept": "text/event-stream"}, method="GET")
            assert status == 503 and head["retry-after"] == "30" and json.loads(raw)["error"]["code"] == -32603
            socks.pop().close()
            wait_for_streams(server, 255)
            sock = stream_socket(server.port, "GET", headers={"Accept": "text/event-stream"})
            socks.append(sock)
            assert b"HTTP/1.1 200" in read_until(sock, b"\r\n\r\n")
            _, _, body = server.get("/metrics")
            assert "explainer_http_event_streams_refused_total 1" in body.decode()
        finally:
            for sock in socks:
                sock.close()


def test_the_rate_limit_and_cors_cover_the_stream_paths():
    with ServerProcess("--rate-limit", "1/s", "--burst", "1", "--mcp-origins", "https://chat.example") as s:
        sse = {"Content-Type": None, "Accept": "text/event-stream"}
        statuses = [raw_post(s.port, None, {**sse, "Mcp-Session-Id": "x"}, method="GET")[0] for _ in range(3)]
        assert statuses[0] == 404 and 429 in statuses[1:]
    with ServerProcess("--mcp-origins", "https://chat.example") as s:
        status, head, _ = raw_post(s.port, None, {"Content-Type": None, "Origin": "https://chat.example",
                                                  "Access-Control-Request-Method": "GET",
                                                  "Access-Control-Request-Headers": "mcp-session-id"}, method="OPTIONS")
        assert status == 204 and "mcp-session-id" in head["access-control-allow-headers"]
        assert "DELETE" in head["access-control-allow-methods"]
        status, head, _ = raw_post(s.port, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}},
            {"Origin": "https://chat.example"})
        assert status == 200 and "Mcp-Session-Id" in head["access-control-expose-headers"] and len(head["mcp-session-id"]) == 32


def test_stdio_listen_hears_a_change_until_cancelled(tmp_path):
    import queue
    import signal
    import threading
    import time
    folder = content_copy(tmp_path)
    proc = subprocess.Popen([str(server_binary()), "mcp", "--content", str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT))
    lines, reloads = queue.Queue(), []
    threading.Thread(target=lambda: [lines.put(json.loads(line)) for line in proc.stdout], daemon=True).start()
    threading.Thread(target=lambda: [reloads.append(line) for line in proc.stderr if '"reload.done"' in line],
                     daemon=True).start()

    def send(message):
        proc.stdin.write(json.dumps(message) + "\n")
        proc.stdin.flush()

    def next_line(timeout):
        try:
            return lines.get(timeout=timeout)
        except queue.Empty:
            return None

    def reload_and_wait(count):
        proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 30
        while len(reloads) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(reloads) == count

    try:
        discover = modern("server/discover")
        send(discover)
        assert next_line(30)["result"]["capabilities"]["resources"]["listChanged"] is True
        send(modern("subscriptions/listen", {"notifications": {"resourcesListChanged": True, "promptsListChanged": True}}, "l-1"))
        ack = next_line(30)
        assert ack == {"jsonrpc": "2.0", "method": "notifications/subscriptions/acknowledged",
                       "params": {"notifications": {"resourcesListChanged": True},
                                  "_meta": {"io.modelcontextprotocol/subscriptionId": "l-1"}}}
        reload_and_wait(1)
        assert next_line(1.0) is None  # Nothing changed: nothing sent.
        change_resource_list(folder)
        reload_and_wait(2)
        assert next_line(30) == {"jsonrpc": "2.0", "method": "notifications/resources/list_changed",
                                 "params": {"_meta": {"io.modelcontextprotocol/subscriptionId": "l-1"}}}
        send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": "l-1"}})
        data = json.loads((folder / "glossary.json").read_text())
        next(t for t in data["terms"] if t["term"] == "Self-harm")["term"] = "self-harm"
        (folder / "glossary.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        reload_and_wait(3)
        assert next_line(1.0) is None  # Cancelled: the change is not sent.
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
