"""`kg.service` against pyoxigraph itself: no query pyoxigraph would send to a SERVICE gets past it.

pyoxigraph refuses to connect to port 1 and says so, which tells, without any traffic, whether a
query reached a SERVICE call. Thousands of queries are stitched together from the pieces that
confuse a lexer (``<`` as less-than, escapes in names and strings, comments, quotes).
"""

from __future__ import annotations

import random

from pyoxigraph import QueryBoolean, Store

from kg.service import may_call_service

UNREACHABLE = "http://127.0.0.1:1/sparql"
PIECES = [
    f"SERVICE <{UNREACHABLE}> {{ ?s ?p ?o }}",
    "SERVICE?e{?s ?p ?o}",
    "SERVICEex:{?s ?p ?o}",
    "FILTER(1<3)",
    "FILTER(1<2#>",
    ")",
    "#>",
    "#c\n",
    "#c\r",
    "\n",
    "'",
    '"',
    "'''",
    '"""',
    "ex:a\\#",
    "ex:a\\'",
    "BIND('x' AS ?z)",
    "BIND('''x\\'''' AS ?q)",
    "<http://a.org/b#c>",
    "<http://a.org/'b>",
    "'a>'",
    "?s ?p ?o .",
    "{",
    "}",
    "UNION",
    ">",
    "<",
]


def _reaches_service(store: Store, query: str) -> bool:
    """Whether pyoxigraph parsed a SERVICE call in ``query`` and set out to make it."""
    try:
        result = store.query(query)
        if not isinstance(result, QueryBoolean):
            list(result)
    except SyntaxError:
        return False
    except (OSError, RuntimeError) as e:  # "port 1 is not allowed", "the service name is unbound"
        return "port 1" in str(e) or "service" in str(e)
    return False


def test_every_query_that_would_call_service_is_caught():
    store, rng, reached = Store(), random.Random(7), 0
    for _ in range(6000):
        pieces = [rng.choice(PIECES) for _ in range(rng.randint(1, 7))]
        body = " ".join(p if rng.random() < 0.8 else p.replace(" ", "") for p in pieces)
        query = f"PREFIX ex: <{UNREACHABLE}#>\nSELECT * WHERE {{ VALUES ?e {{ <{UNREACHABLE}> }} {body} }}"
        if _reaches_service(store, query):
            reached += 1
            assert may_call_service(query), query
    assert reached > 100  # the pieces do make SERVICE calls, in many disguises


def test_the_word_in_strings_and_comments_is_not_a_call():
    assert not may_call_service('SELECT * { ?t ?p ?x FILTER(CONTAINS(?x, "the security service")) }')
    assert not may_call_service("SELECT * { FILTER(?x = '''service''') } # no SERVICE here")
    assert may_call_service("select * { service <http://x.org/> {} }")
