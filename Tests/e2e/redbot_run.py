"""Runs REDbot (PyPI `redbot`, lint for HTTP) on one URL with the given request headers and prints
its notes as JSON lines: {"level", "category", "summary", "subnotes"}. A helper of test_redbot.py,
run as a child process per URL so each check gets a fresh event loop."""

import json
import sys
from configparser import ConfigParser

import thor
from redbot.resource import HttpResource


def main() -> None:
    url, headers = sys.argv[1], [tuple(h.split(": ", 1)) for h in sys.argv[2:]]
    config_parser = ConfigParser()
    # The server under test listens on loopback; REDbot refuses local addresses unless told.
    config_parser.read_dict({"redbot": {"enable_local_access": "True"}})
    resource = HttpResource(config_parser["redbot"])
    resource.set_request(url, headers=headers)

    @thor.events.on(resource)
    def check_done() -> None:
        thor.stop()

    thor.schedule(60, thor.stop)
    resource.check()
    thor.run()
    if not resource.response.complete:
        print(json.dumps({"level": "bad", "category": "fetch", "summary": f"no complete response: {resource.fetch_error}",
                          "subnotes": []}))
        return
    print(json.dumps({"status": resource.response.status_code}))
    for note in resource.response.notes:
        print(json.dumps({
            "level": note.level.value, "category": note.category.value, "summary": note.summary,
            "subnotes": [{"level": s.level.value, "summary": s.summary} for s in note.subnotes],
        }))


if __name__ == "__main__":
    main()
