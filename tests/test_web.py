"""The HTTP interface: every route, every format, and the refusals."""

from __future__ import annotations

import socket
import threading

import pytest
from pyoxigraph import RdfFormat, parse
from starlette.testclient import TestClient

from kg.web.app import create_app
from kg.web.routes import ROUTES
from kg.web.site import Site

BASE = "https://w3id.org/malin-kg/id/"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/malin-kg/ontology#SpeechTurn> }"
SPARQL_JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def site(corpus_store, tmp_path_factory):
    return Site(corpus_store, timeout=2.0, max_rows=50, dumps=tmp_path_factory.mktemp("dumps"))


@pytest.fixture(scope="module")
def client(site):
    return TestClient(create_app(site))


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/", "index"),
        ("/query", "query"),
        ("/sparql", "sparql"),
        ("/queries/person", "canned_query"),
        ("/id/person/molotov", "resource"),
        ("/.well-known/void", "void"),
        ("/dumps/", "dumps"),
        ("/dumps/kg.nq.gz", "dump_file"),
    ],
)
def test_route_table_maps_paths_to_views(path, name):
    from starlette.routing import Match

    matched = [r.name for r in ROUTES if r.matches({"type": "http", "path": path, "method": "GET"})[0] == Match.FULL]
    assert matched[0] == name


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        (SPARQL_JSON, SPARQL_JSON),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_select_in_every_results_format(client, accept, media_type):
    r = client.get("/sparql", params={"query": COUNT}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(media_type)
    assert "48" in r.text


def test_select_by_form_post_and_by_sparql_query_post(client):
    form = client.post("/sparql", data={"query": COUNT}, headers={"Accept": SPARQL_JSON})
    direct = client.post(
        "/sparql", content=COUNT, headers={"Content-Type": "application/sparql-query", "Accept": SPARQL_JSON}
    )
    for r in (form, direct):
        assert r.status_code == 200, r.text
        assert r.json()["results"]["bindings"][0]["n"]["value"] == "48"


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", RdfFormat.TURTLE),
        ("application/n-triples", RdfFormat.N_TRIPLES),
        ("application/ld+json", RdfFormat.JSON_LD),
    ],
)
def test_construct_in_every_graph_format(client, accept, fmt):
    query = f"CONSTRUCT {{ <{BASE}person/molotov> ?p ?o }} WHERE {{ <{BASE}person/molotov> ?p ?o }}"
    r = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    labels = [t.object.value for t in parse(r.content, format=fmt) if t.predicate.value.endswith("prefLabel")]
    assert labels == ["Vyacheslav Molotov"]


def test_ask(client):
    r = client.get(
        "/sparql", params={"query": f"ASK {{ <{BASE}person/molotov> ?p ?o }}"}, headers={"Accept": SPARQL_JSON}
    )
    assert r.json()["boolean"] is True


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"data": {"update": "DROP ALL"}},
        {"content": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"data": {"query": "INSERT DATA { <http://a> <http://b> <http://c> }"}},
        {"data": {"query": "LOAD <http://127.0.0.1:9/data.ttl>"}},
        {"data": {"query": "PREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }"}},
    ],
)
def test_updates_and_load_are_refused(client, request_kwargs):
    r = client.post("/sparql", **request_kwargs)
    assert r.status_code == 403
    assert r.text == "The store is read-only here: SPARQL Update and LOAD are refused.\n"
    assert client.get("/sparql", params={"query": COUNT}, headers={"Accept": "text/csv"}).text.split()[-1] == "48"


def test_service_is_refused_before_anything_runs(client):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(1.5)
    port = listener.getsockname()[1]
    connections = []

    def watch():
        try:
            connections.append(listener.accept())
        except OSError:
            pass

    watcher = threading.Thread(target=watch)
    watcher.start()
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    r = client.get("/sparql", params={"query": query})
    watcher.join()
    listener.close()
    assert r.status_code == 400
    assert r.text == "SERVICE is refused: kg answers from its own store only.\n"
    assert connections == []


def test_a_query_over_the_time_limit_is_stopped_with_an_error(client):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    r = client.get("/sparql", params={"query": cross}, headers={"Accept": SPARQL_JSON})
    assert r.status_code == 503
    assert r.text == "The query was stopped after the time limit of 2 s. Narrow it (LIMIT, more patterns).\n"


def test_a_result_over_the_row_cap_is_refused_whole(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": SPARQL_JSON})
    assert r.status_code == 413
    assert r.text == "The result has more than 50 rows; add a LIMIT or narrow the query.\n"


def test_bad_syntax_and_missing_query(client):
    assert client.get("/sparql", params={"query": "SELEKT"}).status_code == 400
    assert client.get("/sparql", headers={"Accept": "application/json"}).status_code == 400


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", RdfFormat.TURTLE),
        ("application/n-triples", RdfFormat.N_TRIPLES),
        ("application/ld+json", RdfFormat.JSON_LD),
    ],
)
def test_an_iri_gives_rdf_to_a_client_that_asks(client, accept, fmt):
    r = client.get("/id/person/voroshilov", headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(accept)
    triples = list(parse(r.content, format=fmt))
    assert {t.subject.value for t in triples} == {f"{BASE}person/voroshilov"}
    assert "Vorosh." in {t.object.value for t in triples}


@pytest.mark.parametrize(
    "path",
    [
        "person/voroshilov",
        "meeting/cpsu-cc-presidium/1956-11-27",
        "document/1956-11-27-presidium-protocol-60",
        "document/1956-11-27-presidium-protocol-60/item/1",
        "document/1956-11-27-presidium-protocol-60/turn/11",
        "document/1956-11-27-presidium-protocol-60/attendance/11",
        "unit/aprf/3/64/488/181",
    ],
)
def test_an_iri_gives_html_to_a_browser(client, path):
    r = client.get(f"/id/{path}", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert f"{BASE}{path}" in r.text


def test_an_unknown_iri_is_404_in_every_format(client):
    for accept in ("text/html", "text/turtle"):
        assert client.get("/id/person/nobody", headers={"Accept": accept}).status_code == 404


def test_canned_query_with_bound_parameter(client):
    r = client.get("/queries/person", params={"name": "Gromyko"}, headers={"Accept": "application/json"})
    assert r.status_code == 200
    assert {row["label"] for row in r.json()} == {"Andrei Gromyko"}
    hostile = client.get("/queries/person", params={"name": '") } ; DROP ALL ; #'})
    assert hostile.status_code == 200 and hostile.json() == []
    assert client.get("/queries/person").status_code == 400
    assert client.get("/queries/nosuch").status_code == 404


def test_void_describes_the_dataset(client):
    from rdflib import Graph, URIRef

    r = client.get("/.well-known/void")
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    void = "http://rdfs.org/ns/void#"
    assert (URIRef(f"{BASE}dataset"), URIRef(void + "sparqlEndpoint"), URIRef("http://testserver/sparql")) in g
    assert int(g.value(URIRef(f"{BASE}dataset"), URIRef(void + "triples"))) > 5000


def test_html_pages_for_people(client):
    assert "Voroshilov" in client.get("/", headers={"Accept": "text/html"}).text
    assert 'id="query-editor"' in client.get("/query").text
    assert 'id="query-editor"' in client.get("/sparql", headers={"Accept": "text/html"}).text


def test_dumps_are_listed_and_downloadable(client, site):
    from kg.dump import write_dumps

    empty = client.get("/dumps/")
    assert empty.status_code == 200 and "No dumps have been written yet" in empty.text
    report = write_dumps(site.store, site.dumps, base=site.base)
    listing = client.get("/dumps/").text
    for f in report.dumps:
        assert f.name in listing and f.sha256 in listing
        download = client.get(f"/dumps/{f.name}")
        assert download.status_code == 200 and len(download.content) == f.byte_size
    void = client.get("/.well-known/void").text
    assert "http://testserver/dumps/kg.nq.gz" in void
    assert client.get("/dumps/..%2Fstore").status_code == 404
    assert client.get("/dumps/nosuch.gz").status_code == 404
