"""openapi.yaml against itself and against the live server: valid OpenAPI 3.1, every path it lists
answers, every operation documents what it can answer with an example, and schemathesis 4 (every
check, in the examples, coverage, fuzzing and stateful phases) finds nothing wrong."""

import http.client
import json
import time
import os
import re
import subprocess
import sys
import urllib.parse

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from ops_support import ROOT, ServerProcess

SPEC = ROOT / "openapi.yaml"

# Example values for path templates, taken from the real content.
ID_EXAMPLES = {
    "/v1/sections/{id}": "research-shows",
    "/v1/claims/{id}": "diminished-pain-perception",
    "/v1/sources/{id}": "aeon-why-self-harm",
    "/v1/glossary/{id}": "harm-reduction",
    "/problems/{type}": "invalid-parameter",
    "/explainer/{id}": "research-shows",
    "/embed/{id}": "research-shows",
}
# Paths whose GET answers with something other than 200 on purpose.
EXPECTED_STATUS = {"/embed.js": 302}


def stylesheet_name(server) -> str:
    page = server.get("/explainer")[2].decode()
    return re.search(r'<link rel="stylesheet" href="/assets/([^"]+)">', page).group(1)


@pytest.fixture(scope="module")
def server():
    with ServerProcess() as s:
        yield s


def test_spec_is_valid_openapi_3_1():
    spec, _ = read_from_filename(str(SPEC))
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_every_spec_path_answers_on_the_live_server(server):
    spec = yaml.safe_load(SPEC.read_text())
    for template in spec["paths"]:
        path = template
        if "{" in template:
            # The stylesheet's name is made from its bytes: take it from the page that links it.
            example = ID_EXAMPLES.get(template) or stylesheet_name(server)
            path = template.split("{")[0] + example
        if path in ("/v1/search", "/v1/search.txt"):
            path += "?q=harm+reduction"
        if "post" in spec["paths"][template]:
            # POST paths (/v1/signals, /mcp, whose GET is an event stream): the request body's own example.
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
            example = spec["paths"][template]["post"]["requestBody"]["content"]["application/json"]["example"]
            conn.request("POST", path, body=json.dumps(example), headers={"Content-Type": "application/json"})
            resp = conn.getresponse()
            status, headers = resp.status, dict(resp.getheaders())
            resp.read()
            conn.close()
            assert status == 200, f"POST {path} answered {status}"
            assert "x-content-version" in {k.lower() for k in headers}, path
            continue
        status, headers, body = server.get(path)
        assert status == EXPECTED_STATUS.get(path, 200), f"{path} answered {status}"
        assert "x-content-version" in {k.lower() for k in headers}, path


def test_the_claim_filters_list_exactly_the_content_ids(server):
    """`section` and `source` on /v1/claims enumerate the ids, since any other is a 400: the lists
    must be the content's own, in its order."""
    spec = yaml.safe_load(SPEC.read_text())
    params = {p["name"]: p for p in spec["paths"]["/v1/claims"]["get"]["parameters"] if "name" in p}
    for name, path in (("section", "/v1/sections?fields=id"), ("source", "/v1/sources?fields=id")):
        status, _, body = server.get(path)
        assert status == 200
        assert params[name]["schema"]["enum"] == [item["id"] for item in json.loads(body)["items"]], name


def test_the_documented_stylesheet_name_is_the_one_the_pages_link(server):
    """The name is made from the CSS bytes: the spec's one value for /assets/{name} (its enum and
    example, what schemathesis's positive phase sends) is the name served, and it answers 200."""
    spec = yaml.safe_load(SPEC.read_text())
    parameter = spec["paths"]["/assets/{name}"]["get"]["parameters"][0]
    name = stylesheet_name(server)
    assert parameter["schema"]["enum"] == [name] and parameter["example"] == name
    assert server.get("/assets/" + parameter["example"])[0] == 200


def test_every_documented_example_id_exists(server):
    """Examples in the spec are real content: each example id resolves."""
    for template, example in ID_EXAMPLES.items():
        status, _, _ = server.get(template.split("{")[0] + example)
        assert status == 200, template


def test_json_ld_answers_match_their_own_schema(server):
    """`?format=jsonld` answers `application/ld+json` valid against the spec's `JSONLD` schema
    (schemathesis leaves these out: it holds every JSON answer to the first media type's schema)."""
    import jsonschema

    spec = yaml.safe_load(SPEC.read_text())
    schema = spec["components"]["schemas"]["JSONLD"]
    for path in ["/v1/explainer", "/v1/sections/research-shows"]:
        status, headers, body = server.get(path + "?format=jsonld")
        assert status == 200 and headers["content-type"] == "application/ld+json", path
        for media in ("application/json", "application/ld+json"):
            assert media in spec["paths"][path.replace("research-shows", "{id}")]["get"]["responses"]["200"]["content"]
        jsonschema.validate(json.loads(body), schema)


def operations(spec):
    """(path, method, operation) for every operation in the spec."""
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                yield path, method, operation


def resolve(spec, node):
    """The node a local `$ref` points at (followed until it is not a reference)."""
    while isinstance(node, dict) and "$ref" in node:
        target = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def test_every_operation_has_an_id_and_documents_405_429_and_5xx():
    """Generated clients name functions by operationId; a client must know every status it can get."""
    spec = yaml.safe_load(SPEC.read_text())
    ids = [operation.get("operationId") for _, _, operation in operations(spec)]
    assert None not in ids and len(ids) == len(set(ids)), ids
    unlimited = {"/healthz", "/readyz", "/metrics"}
    for path, method, operation in operations(spec):
        statuses = set(operation["responses"])
        assert "5XX" in statuses, (path, method)
        if method != "options":
            assert "405" in statuses, (path, method)
        if path not in unlimited:
            assert "429" in statuses, (path, method)


def test_every_response_with_a_body_has_an_example():
    spec = yaml.safe_load(SPEC.read_text())
    for path, method, operation in operations(spec):
        if path == "/mcp":
            # JSON-RPC bodies, by method and error code: documented and tested in test_mcp.py.
            continue
        for status, response in operation["responses"].items():
            for media, content in resolve(spec, response).get("content", {}).items():
                assert "example" in content or "examples" in content, (path, method, status, media)


def test_info_names_no_licence_or_contact_nothing_states():
    """Neither Content/ nor the repository states a licence or a contact: the spec must not invent one."""
    spec = yaml.safe_load(SPEC.read_text())
    assert "license" not in spec["info"] and "contact" not in spec["info"]
    assert not list(ROOT.glob("LICEN[CS]E*")), "a LICENSE file exists now: name it in info.license"
    assert spec["servers"][0]["url"] == "/"


def test_schemathesis_finds_no_failure(server, tmp_path):
    """schemathesis 4, every check, all four phases, positive and negative data, bounded.

    The seed is fixed so CI is repeatable; SCHEMATHESIS_SEED explores other inputs and
    SCHEMATHESIS_MAX_EXAMPLES (default 15 per operation) trades time for depth."""
    seed = os.environ.get("SCHEMATHESIS_SEED", "20261125")
    examples = os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "15")
    cmd = [
        sys.executable, "-m", "schemathesis.cli", "run", str(SPEC),
        "--url", f"http://127.0.0.1:{server.port}",
        "--checks", "all",
        "--phases", "examples,coverage,fuzzing,stateful",
        "--mode", "all",
        "--max-examples", examples,
        "--seed", seed,
        "--request-timeout", "5",
        "--generation-allow-x00", "false",
        "--generation-database", "none",
        # One worker: with two, CPython 3.11's ast module can race between threads and schemathesis
        # stops on "SystemError: AST constructor recursion depth mismatch" (seen twice on 2026-12-02).
        "--workers", "1",
        "--no-color",
    ]
    # POST /mcp is excluded from the negative-data check and fuzzed with positive data alone: it is a
    # JSON-RPC endpoint, where a message the server reads but cannot serve (an unknown method, params
    # of the wrong shape) is answered HTTP 200 with a JSON-RPC error object, as the protocol says,
    # not a 4xx. Its negative cases are tested by test_mcp.py, code by code, through a real socket.
    # Open (found by schemathesis 4, for the MCP schema to fix): JSONRPCMessage allows a
    # 2026-07-28 method such as server/discover without `params._meta`, which the server rightly
    # refuses (400, -32602), so positive_data_acceptance is left out on /mcp until the schema says so.
    runs = [cmd + ["--exclude-path", "/mcp"],
            [c if c != "all" or cmd[i - 1] != "--mode" else "positive" for i, c in enumerate(cmd)]
            + ["--include-path", "/mcp", "--exclude-checks", "positive_data_acceptance"]]
    for number, run in enumerate(runs):
        result = subprocess.run(run, capture_output=True, text=True, timeout=480, cwd=tmp_path,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        report = result.stdout + result.stderr
        (tmp_path / f"schemathesis-{number}.txt").write_text(report)
        assert result.returncode == 0, report[-8000:]
        # The /mcp run has no links between operations, so no stateful phase: the first run has all four.
        for phase in ("Examples", "Coverage", "Fuzzing", "Stateful") if number == 0 else ("Examples", "Fuzzing"):
            assert re.search(rf"(✅|⏭) {phase}\b", report), f"phase {phase} did not run:\n" + report[-4000:]
        assert not re.search(r"❌", report), report[-8000:]


# Fields that differ between runs of the same content (load time) or machines (the model).
VOLATILE = {"loaded_at", "search"}


def strip_volatile(value):
    if isinstance(value, dict):
        return {k: strip_volatile(v) for k, v in value.items() if k not in VOLATILE}
    return value


def wait_for_crisis_model(port, seconds=90.0):
    """Waits until POST /v1/signals answers with the crisis model layer, which embeds its exemplars on
    a start-up thread (the rules answer alone until then, so the signal example would differ)."""
    import time

    deadline = time.monotonic() + seconds
    while True:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", "/v1/signals", body=json.dumps({"text": "hello"}), headers={"Content-Type": "application/json"})
        version = json.loads(conn.getresponse().read())["detector_version"]
        conn.close()
        if "+" in version:
            return
        assert time.monotonic() < deadline, f"the crisis model layer is not ready after {seconds} s ({version}): is Models/ there?"
        time.sleep(0.5)


def test_response_examples_are_real_and_match_their_schemas(server):
    """Each JSON response example validates against its schema, and each one whose summary names a
    request ("GET /v1/..., as served.") is what the server serves today for it (re-take them with
    scripts/openapi-examples.py)."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    wait_for_crisis_model(server.port)
    spec = yaml.safe_load(SPEC.read_text())
    registry = Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012))
    checked = set()
    for path, method, operation in operations(spec):
        for status, response in operation["responses"].items():
            for media, content in resolve(spec, response).get("content", {}).items():
                if "json" not in media or "schema" not in content:
                    continue
                schema = {"$ref": "urn:spec#" + content["schema"]["$ref"][1:]} if "$ref" in content["schema"] else content["schema"]
                values = [content["example"]] if "example" in content else []
                for example in content.get("examples", {}).values():
                    name = example["$ref"].rsplit("/", 1)[1]
                    values.append(spec["components"]["examples"][name]["value"])
                    summary = spec["components"]["examples"][name]["summary"]
                    match = re.match(r"^(GET|POST) (.+), as served\.$", summary)
                    assert match, f"{name}: summary must name the request it was taken from"
                    request_path = urllib.parse.quote(match.group(2), safe="/?&=,:")
                    value = spec["components"]["examples"][name]["value"]
                    # The crisis model layer's exemplars are embedded beside start-up (the rules answer
                    # alone until then, by design), so a signal example may need the model: ask again
                    # for up to two minutes until the answer settles.
                    deadline = time.monotonic() + (120 if match.group(1) == "POST" else 0)
                    while True:
                        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
                        if match.group(1) == "POST":
                            body = json.dumps(operation["requestBody"]["content"]["application/json"]["example"])
                            conn.request("POST", request_path, body=body, headers={"Content-Type": "application/json"})
                        else:
                            conn.request("GET", request_path, headers={"Accept": "application/json"})
                        resp = conn.getresponse()
                        served = json.loads(resp.read())
                        conn.close()
                        if strip_volatile(served) == strip_volatile(value) or time.monotonic() > deadline:
                            break
                        time.sleep(1)
                    assert resp.status == 200, (name, resp.status)
                    if name == "SearchNSSI":
                        # Ranking may be retuned; the example must still be a valid answer to the same query.
                        assert served["query"] == value["query"]
                    else:
                        assert strip_volatile(served) == strip_volatile(value), (
                            f"{name} is stale: run scripts/openapi-examples.py against a server to re-take it")
                    checked.add(name)
                for value in values:
                    Draft202012Validator(schema, registry=registry).validate(value)
    assert len(checked) >= 15, checked
