"""Runs REDbot (PyPI `redbot`, lint for HTTP) on a list of requests at once and prints each one's
notes as a JSON line: {"url", "headers", "status", "notes": [{"name", "level", "category",
"summary", "subnotes"}]}. A helper of test_redbot.py: the requests come as JSON on stdin
([[url, ["Name: value", ...]], ...]) and share one event loop, so the whole run stays short."""

import json
import sys
from configparser import ConfigParser

import thor
from redbot.resource import HttpResource


def note_json(note) -> dict:
    return {
        "name": type(note).__name__, "level": note.level.value, "category": note.category.value,
        "summary": note.summary, "subnotes": [note_json(s) for s in note.subnotes],
    }


def main() -> None:
    runs = json.load(sys.stdin)
    config_parser = ConfigParser()
    # The server under test listens on loopback; REDbot refuses local addresses unless told.
    config_parser.read_dict({"redbot": {"enable_local_access": "True"}})
    config = config_parser["redbot"]
    pending = set(range(len(runs)))
    resources = []
    for number, (url, headers) in enumerate(runs):
        resource = HttpResource(config)
        resource.set_request(url, headers=[tuple(h.split(": ", 1)) for h in headers])

        def done(number=number) -> None:
            pending.discard(number)
            if not pending:
                thor.stop()

        resource.on("check_done", done)
        resources.append(resource)
    thor.schedule(120, thor.stop)
    for resource in resources:
        resource.check()
    thor.run()
    for (url, headers), resource in zip(runs, resources):
        response = resource.response
        print(json.dumps({
            "url": url, "headers": headers, "status": response.status_code if response.complete else None,
            "error": str(resource.fetch_error) if resource.fetch_error else None,
            "notes": [note_json(n) for n in response.notes],
        }))


if __name__ == "__main__":
    main()
