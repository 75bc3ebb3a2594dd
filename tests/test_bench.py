"""The benchmark compares like with like: rdflib answers the same canned queries with the same rows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from kg.queries import canned, run
from kg.store import export

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from run import PARAMS, page_latencies, query_latencies, rdflib_form  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")


@pytest.fixture(scope="module")
def rdflib_graph(corpus_db, tmp_path_factory):
    nq = tmp_path_factory.mktemp("rdflib") / "all.nq"
    with nq.open("wb") as f:
        export(corpus_db, "nq", f)
    graph = Dataset(default_union=True)
    graph.parse(nq, format="nquads")
    return graph


def _rows(result, columns: list[str]) -> list[list[str]]:
    """rdflib's rows as our tables print them, in our columns, sorted (rdflib may order ties otherwise)."""
    return sorted([str(row[c]) if row[c] is not None else "" for c in columns] for row in result)


@pytest.mark.parametrize("name", sorted(canned()))
def test_rdflib_gets_a_query_with_the_same_rows_or_none(corpus_db, rdflib_graph, name):
    query = canned()[name]
    text = rdflib_form(query.sparql)
    if text is None:  # a LATERAL sub-SELECT with a LIMIT: no plain-SPARQL equivalent, not timed
        assert "LIMIT" in query.sparql
        return
    params = {p: PARAMS[p] for p in query.params if p not in query.optional}
    ours = run(corpus_db, name, params)
    theirs = rdflib_graph.query(text, initBindings={k: Literal(v) for k, v in params.items()})
    assert ours.rows and _rows(theirs, ours.columns) == sorted(ours.rows)
    if "session" in query.optional:
        session = ours.rows[0][0]
        one = run(corpus_db, name, {"session": session})
        theirs = rdflib_graph.query(text, initBindings={"session": URIRef(session)})
        assert _rows(theirs, one.columns) == sorted(one.rows)


@pytest.mark.parametrize("whole", [True, False])
def test_past_whole_max_a_per_meeting_table_is_timed_only_for_one_meeting(corpus_store, tmp_path, whole):
    timed = query_latencies(corpus_store, tmp_path, repeat=2, rdflib_docs=False, rdflib_budget=1, whole=whole)
    for name, query in canned().items():
        per_meeting = "session" in query.optional
        assert (f"{name}/1" in timed) == per_meeting
        assert (name in timed) == (whole or not per_meeting)
    assert timed["sessions"]["rows"] > 0


def test_every_kind_of_page_is_timed_and_the_busiest_person_apart(corpus_store):
    timed = page_latencies(corpus_store, repeat=3)
    assert set(timed) == {"home", "person", "meeting", "unit", "document", "person, busiest"}
    assert timed["person"]["runs"] == 3 and all(t["kb"] > 1 for t in timed.values())
