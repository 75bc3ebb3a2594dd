"""Ad-hoc SPARQL, for the web endpoint and ``kg sparql``: read-only, time-limited, capped.

pyoxigraph has no query timeout and follows ``SERVICE`` to any address, so
every ad-hoc query is checked first (updates and ``LOAD`` → 403, ``SERVICE``
→ 400, see ``kg.service``) and then run in a child process that is killed when
the time limit passes. The child runs the query once and counts the results
before any byte is sent: a result over the row cap is refused whole, never cut
short under a ``200``.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import re
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import QueryError
from kg.negotiate import choose
from kg.queries import Result
from kg.service import may_call_service

if TYPE_CHECKING:
    from pyoxigraph import QuerySolutions, Store

RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
}
_UPDATE = re.compile(r"\b(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_PROLOGUE = re.compile(r"^\s*(?:(?:BASE|PREFIX\s+[\w\-.]*:)\s*)*", re.I)
_FORM = re.compile(r"^\s*(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.I)
_CONTEXT = multiprocessing.get_context("forkserver")
_START_LIMIT = 60.0  # seconds a query process may take to start and open the store (not part of the time limit)
# The fork server imports this module (and pyoxigraph) once; each query's process starts from it.
_CONTEXT.set_forkserver_preload([__name__])
_NOT_CODE = re.compile(
    r"#[^\n\r]*|\"\"\"(?:.|\n)*?\"\"\"|'\'\'(?:.|\n)*?'\'\'|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^>\s]*>"
)


def code_only(sparql: str) -> str:
    """The query with comments, string literals and IRIs blanked out, to tell an update by its first keyword.

    Only the wording of a refusal depends on it (``Store.query`` parses queries, never updates);
    ``SERVICE`` is found by ``kg.service``, which does not guess where strings and IRIs are.
    """
    return _NOT_CODE.sub(" ", sparql)


@dataclass(frozen=True)
class Answer:
    """What the endpoint sends back: an HTTP status, a media type and the body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def refusal(query: str) -> Answer | None:
    """Why a query may not run here, as the answer to send; None when it may."""
    if may_call_service(query):
        return Answer.error(400, "SERVICE is refused: kg answers from its own store only.")
    code = code_only(query)
    body = code[_PROLOGUE.match(code).end() :]
    if not _FORM.match(body) and _UPDATE.match(body.lstrip()):
        return Answer.error(403, "The store is read-only here: SPARQL Update and LOAD are refused.")
    return None


def run(store_path: Path, query: str, accept: str, *, timeout: float, max_rows: int) -> Answer:
    """Run ``query`` in a child process; kill it when it has run ``timeout`` seconds.

    The time limit counts from when the child has the store open: starting a process is not the
    query's doing, and counting it would stop the simplest query under a short limit on a busy machine.
    """
    if (refused := refusal(query)) is not None:
        return refused
    receive, send = _CONTEXT.Pipe(duplex=False)
    child = _CONTEXT.Process(target=_answer, args=(str(store_path), query, accept, max_rows, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(_START_LIMIT):
            return Answer.error(503, f"The query process did not start within {_START_LIMIT:g} s; try again.")
        if isinstance(ready := receive.recv(), Answer):
            return ready  # the store could not be opened
        if receive.poll(timeout):
            return receive.recv()
        return Answer.error(
            503, f"The query was stopped after the time limit of {timeout:g} s. Narrow it (LIMIT, more patterns)."
        )
    except EOFError:
        return Answer.error(500, "The query process ended without an answer.")
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()


def _answer(store_path: str, query: str, accept: str, max_rows: int, send: Connection) -> None:
    """In the child: open the store, say so (the time limit starts), run the query and send one ``Answer``."""
    try:
        from pyoxigraph import Store

        store = Store.read_only(store_path)
        send.send(None)
        send.send(_evaluate(store, query, accept, max_rows))
    except BaseException as e:  # the parent must always get an answer, never a broken pipe
        send.send(Answer.error(500, f"The query failed: {e}"))
    finally:
        send.close()


def _evaluate(store: Store, query: str, accept: str, max_rows: int) -> Answer:
    from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, serialize

    try:
        results = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as e:
        return Answer.error(400, f"The query does not parse: {e}")
    except (ValueError, RuntimeError, OSError) as e:
        return Answer.error(400, f"The query failed: {e}")
    table = isinstance(results, QuerySolutions | QueryBoolean)
    types = RESULT_TYPES if table else GRAPH_TYPES
    media_type = choose(accept, list(types))
    if media_type is None:
        return Answer.error(406, f"No acceptable format; this result can be sent as {', '.join(types)}.")
    if isinstance(results, QueryBoolean):
        return Answer(200, media_type, results.serialize(format=getattr(QueryResultsFormat, types[media_type])))
    # A graph is a set: the union of the named graphs repeats a triple once per graph holding it.
    rows = list(itertools.islice(results if table else dict.fromkeys(results), max_rows + 1))
    if len(rows) > max_rows:
        unit = "rows" if table else "triples"
        return Answer.error(413, f"The result has more than {max_rows} {unit}; add a LIMIT or narrow the query.")
    if isinstance(results, QuerySolutions):
        body = _solutions(results.variables, rows).serialize(format=getattr(QueryResultsFormat, types[media_type]))
    else:
        body = serialize(rows, format=getattr(RdfFormat, types[media_type]))
    return Answer(200, media_type, body)


def _solutions(variables: list, rows: list) -> QuerySolutions:
    """The rows already read, as solutions pyoxigraph can write in any results format.

    The query is not run a second time: a second run could give other rows (``RAND()``, a store
    that changed) than the ones counted against the cap. SPARQL TSV writes terms in their
    N-Triples form, so the rows go through it unchanged.
    """
    from pyoxigraph import QueryResultsFormat, parse_query_results

    lines = ["\t".join(str(v) for v in variables)]
    lines += ["\t".join("" if row[v] is None else str(row[v]) for v in variables) for row in rows]
    return parse_query_results("\n".join(lines) + "\n", format=QueryResultsFormat.TSV)


def to_result(answer: Answer) -> Result:
    """A SPARQL JSON results answer as a ``Result`` table for ``kg.queries.render``.

    :raises QueryError: the answer is an error; its message is the error's.
    """
    if answer.status != 200:
        raise QueryError(answer.body.decode("utf-8").strip())
    data = json.loads(answer.body)
    if "boolean" in data:
        return Result(["boolean"], [["true" if data["boolean"] else "false"]])
    columns = data["head"]["vars"]
    rows = [[b.get(c, {}).get("value", "") for c in columns] for b in data["results"]["bindings"]]
    return Result(columns, rows)
