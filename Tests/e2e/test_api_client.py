"""A client generated from openapi.yaml by openapi-python-client calls every operation against the
live server, and each answer parses into what the spec says (issue #12, "API contract").

The only generator setting is `content_type_overrides`: openapi-python-client does not know
`application/yaml` (RFC 9512) or `application/atom+xml` (RFC 4287) and would drop `/openapi.yaml`'s
and `/v1/feed.atom`'s 200, so both are read as text."""

import importlib
import inspect
import pkgutil
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from ops_support import ROOT, ServerProcess

SPEC = ROOT / "openapi.yaml"
PACKAGE = "explainer_server_client"

# Values for each operation's required arguments, taken from the real content.
ARGUMENTS = {
    "get_section": {"id": "research-shows"},
    "get_claim": {"id": "diminished-pain-perception"},
    "get_source": {"id": "aeon-why-self-harm"},
    "get_glossary_term": {"id": "harm-reduction"},
    "get_problem_type": {"type_": "invalid-parameter"},
    "search": {"q": "harm reduction"},
    "search_text": {"q": "harm reduction"},
    "options_v1_sections_id": {"id": "research-shows"},
    "options_v1_claims_id": {"id": "diminished-pain-perception"},
    "options_v1_sources_id": {"id": "aeon-why-self-harm"},
    "options_v1_glossary_id": {"id": "harm-reduction"},
    "options_problems_type": {"type_": "invalid-parameter"},
    "get_section_page": {"id": "research-shows"},
    "options_explainer_id": {"id": "research-shows"},
    "get_embed_page": {"id": "research-shows"},
    "options_embed_id": {"id": "research-shows"},
}
# Operations whose documented answer is not 200: `/embed.js` redirects to the current script (the
# generated client, on httpx, does not follow redirects).
EXPECTED_STATUS = {"get_embed_current": 302}


@pytest.fixture(scope="module")
def server():
    with ServerProcess() as s:
        yield s


@pytest.fixture(scope="module")
def client_package(tmp_path_factory):
    generator = shutil.which("openapi-python-client", path=str(ROOT / ".venv" / "bin")) or shutil.which(
        "openapi-python-client", path=f"{sys.prefix}/bin") or shutil.which("openapi-python-client")
    assert generator, "openapi-python-client is not installed: make deps (Tests/e2e/requirements.txt)"
    out = tmp_path_factory.mktemp("client")
    config = out / "config.yaml"
    # post_hooks: none, so formatting with ruff (not a test tool here) is not attempted.
    config.write_text('content_type_overrides:\n  "application/yaml": "text/plain"\n  "application/atom+xml": "text/plain"\n'
                      'post_hooks: []\n')
    result = subprocess.run(
        [generator, "generate", "--path", str(SPEC), "--output-path", str(out / PACKAGE), "--config", str(config),
         "--meta", "none", "--overwrite"],
        capture_output=True, text=True, timeout=180)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "Warning" not in report, "the generator dropped part of the spec:\n" + report
    # With `--meta none` the output folder is the package itself.
    sys.path.insert(0, str(out))
    yield importlib.import_module(PACKAGE)
    sys.path.remove(str(out))


def operation_modules(package):
    api = importlib.import_module(f"{PACKAGE}.api")
    for tag in pkgutil.iter_modules(api.__path__):
        tag_package = importlib.import_module(f"{PACKAGE}.api.{tag.name}")
        for module in pkgutil.iter_modules(tag_package.__path__):
            yield importlib.import_module(f"{PACKAGE}.api.{tag.name}.{module.name}")


def test_the_generated_client_calls_every_operation(server, client_package):
    client = client_package.Client(base_url=f"http://127.0.0.1:{server.port}", raise_on_unexpected_status=True)
    spec = yaml.safe_load(SPEC.read_text())
    operation_count = sum(1 for item in spec["paths"].values() for op in item.values() if isinstance(op, dict) and "responses" in op)
    models = importlib.import_module(f"{PACKAGE}.models")
    # The stylesheet's name is made from its bytes: take it from the page that links it.
    stylesheet = re.search(r'<link rel="stylesheet" href="/assets/([^"]+)">', server.get("/explainer")[2].decode()).group(1)
    arguments = {**ARGUMENTS, "get_asset": {"name": stylesheet}, "options_assets_name": {"name": stylesheet}}
    called = {}
    for module in operation_modules(client_package):
        name = module.__name__.rsplit(".", 1)[1]
        kwargs = dict(arguments.get(name, {}))
        if name == "post_signal":
            example = spec["paths"]["/v1/signals"]["post"]["requestBody"]["content"]["application/json"]["example"]
            kwargs["body"] = models.SignalRequest.from_dict(example)
        if name == "post_mcp":
            example = spec["paths"]["/mcp"]["post"]["requestBody"]["content"]["application/json"]["example"]
            kwargs["body"] = models.JSONRPCMessage.from_dict(example)
        required = [p for p, v in inspect.signature(module.sync_detailed).parameters.items()
                    if v.default is inspect.Parameter.empty and p != "client"]
        assert set(required) <= set(kwargs), f"{name} needs {required}: add them to ARGUMENTS"
        response = module.sync_detailed(client=client, **kwargs)
        called[name] = response
        if name.startswith("options"):
            assert response.status_code == 204, name
            continue
        assert response.status_code == EXPECTED_STATUS.get(name, 200), (name, response.status_code, response.content[:300])
        assert response.parsed is not None, name
    assert len(called) == operation_count, sorted(called)
    # Each media type parsed as the spec says, not as JSON by accident.
    assert type(called["search"].parsed).__name__ == "SearchResults"
    assert isinstance(called["search_text"].parsed, str) and "harm reduction" in called["search_text"].parsed
    assert yaml.safe_load(called["get_open_api"].parsed)["openapi"].startswith("3.1")
    assert called["get_problem_type"].parsed.startswith("<!doctype html>")
    assert type(called["post_signal"].parsed).__name__ == "Signal"
    assert called["get_explainer_page"].parsed.startswith("<!doctype html>")
    assert called["get_feed_atom"].parsed.startswith("<?xml") and "<feed" in called["get_feed_atom"].parsed
    assert type(called["get_feed_json"].parsed).__name__ == "JSONFeed"
    assert called["get_embed_current"].headers["location"].endswith("/embed/v1.js")
