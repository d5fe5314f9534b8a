"""Schemathesis hooks for test_api_openapi.py (loaded through SCHEMATHESIS_HOOKS).

Schemathesis's negative phase can generate query values that no URL can carry: `None`, which
the HTTP client drops, and empty lists or objects, which serialise to nothing. The request then
holds only valid parameters, the server rightly answers 200, and the negative-data check reports
a false failure. Such cases are filtered out here; every case that reaches the server is one a
real client could send."""

import schemathesis


def _expressible(value) -> bool:
    if value is None:
        return False
    if isinstance(value, dict):
        return bool(value) and all(_expressible(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return bool(value) and all(_expressible(v) for v in value)
    return True


@schemathesis.hook
def filter_query(context, query):
    return query is None or all(_expressible(v) for v in query.values())
