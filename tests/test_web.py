"""The HTTP interface: every route, every format, and the refusals."""

from __future__ import annotations

import gzip
import socket
import subprocess
import sys
import threading
import time

import pytest
from pyoxigraph import RdfFormat, parse
from starlette.testclient import TestClient

from kg.web import routes
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
@pytest.mark.parametrize(
    "query",
    [
        f"CONSTRUCT {{ <{BASE}person/molotov> ?p ?o }} WHERE {{ <{BASE}person/molotov> ?p ?o }}",
        f"DESCRIBE <{BASE}person/molotov>",
    ],
)
def test_construct_and_describe_in_every_graph_format(client, accept, fmt, query):
    r = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(accept)
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


@pytest.fixture
def listener():
    """A loopback port that records every connection made to it: a refused SERVICE must make none."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    sock.settimeout(0.2)
    connections: list[object] = []
    done = threading.Event()

    def watch():
        while not done.is_set():
            try:
                connections.append(sock.accept())
            except OSError:
                pass

    watcher = threading.Thread(target=watch)
    watcher.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql", connections
    done.set()
    watcher.join()
    sock.close()


SERVICE_FORMS = {
    "plain": "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "lower case, SILENT": "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "in a subquery": "SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
    "after an IRI with #": "SELECT * WHERE {{ ?a <http://x.org/#> ?b . SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "prefixed name glued on": "PREFIX r: <{url}#>\nSELECT * WHERE {{ SERVICEr:{{ ?s ?p ?o }} }}",
    "after a less-than, no spaces": "SELECT * WHERE {{ BIND(1 AS ?x) FILTER(?x<3)SERVICE<{url}>{{ ?s ?p ?o }} }}",
    "after an escaped # in a name": "PREFIX ex: <http://e.org/>\n"
    "SELECT * WHERE {{ {{ ?s ex:a\\# ?o }} UNION {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "after an escaped quote in a name": "PREFIX ex: <http://e.org/>\n"
    "SELECT * WHERE {{ {{ ?s ex:a\\' ?o }} UNION {{ SERVICE <{url}> {{ ?s ?p ?o }} }} BIND('x' AS ?z) }}",
    "after a long string ending in an escaped quote": "SELECT * WHERE {{ BIND('''x\\'''' AS ?a) "
    "SERVICE <{url}> {{ ?s ?p ?o }} BIND('y' AS ?b) }}",
    "after a comment ended by a carriage return": "SELECT * WHERE {{ # note\rSERVICE <{url}> {{ ?s ?p ?o }} }}",
}


@pytest.mark.parametrize("form", SERVICE_FORMS)
def test_service_is_refused_before_anything_runs(client, listener, form):
    url, connections = listener
    r = client.get("/sparql", params={"query": SERVICE_FORMS[form].format(url=url)})
    time.sleep(0.5)  # what a query that did run would have needed to connect
    assert r.status_code == 400
    assert r.text == "SERVICE is refused: kg answers from its own store only.\n"
    assert connections == []


def test_service_and_load_inside_strings_comments_and_names_are_not_refused(client):
    query = """# a query that does not call SERVICE or LOAD
SELECT ?load WHERE { ?turn <https://w3id.org/malin-kg/ontology#text> ?load
  FILTER(CONTAINS(LCASE(?load), "service")) }"""
    r = client.get("/sparql", params={"query": query}, headers={"Accept": SPARQL_JSON})
    assert r.status_code == 200, r.text
    assert r.json()["head"]["vars"] == ["load"]


def test_a_query_process_does_not_load_the_language_pipeline():
    """Each ad-hoc query runs in a new process, which re-imports the `kg` command's module: if that
    imported spaCy, every query (`ASK {}` included) took 1-2 s and a `--timeout 1` refused them all."""
    code = "import sys, kg.cli, kg.sparql; print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy'))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_a_query_over_the_time_limit_is_stopped_with_an_error(client):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    r = client.get("/sparql", params={"query": cross}, headers={"Accept": SPARQL_JSON})
    assert r.status_code == 503
    assert r.text == "The query was stopped after the time limit of 2 s. Narrow it (LIMIT, more patterns).\n"


def test_a_result_over_the_row_cap_is_refused_whole(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": SPARQL_JSON})
    assert r.status_code == 413
    assert r.text == "The result has more than 50 rows; add a LIMIT or narrow the query.\n"


def test_the_rows_counted_against_the_cap_are_the_rows_sent(client):
    """About 50 random triples out of ~7,000 each time: under the cap of 50 or refused, never 200 and more."""
    query = "SELECT ?s WHERE { ?s ?p ?o FILTER(RAND() < 0.0072) }"
    for _ in range(8):
        r = client.get("/sparql", params={"query": query}, headers={"Accept": SPARQL_JSON})
        assert r.status_code in (200, 413), r.text
        if r.status_code == 200:
            assert len(r.json()["results"]["bindings"]) <= 50


def test_bad_syntax_and_missing_query(client):
    assert client.get("/sparql", params={"query": "SELEKT"}).status_code == 400
    assert client.get("/sparql", headers={"Accept": "application/json"}).status_code == 400
    turtle_table = client.get("/sparql", params={"query": COUNT}, headers={"Accept": "text/turtle"})
    assert turtle_table.status_code == 406 and "text/csv" in turtle_table.text


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
    person = f"{BASE}person/voroshilov"
    assert all(person in (t.subject.value, t.object.value) for t in triples)  # about him, or pointing at him
    assert "Vorosh." in {t.object.value for t in triples if t.subject.value == person}
    assert any(t.object.value == person for t in triples)  # the claims that name him


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


@pytest.mark.parametrize("path", ["person/nobody", "person/a%20b", "person/%7Bx%7D"])
def test_an_unknown_iri_is_404_in_every_format(client, path):
    for accept in ("text/html", "text/turtle", "application/n-triples", "application/ld+json"):
        assert client.get(f"/id/{path}", headers={"Accept": accept}).status_code == 404


def test_every_answer_for_an_iri_varies_with_accept(client):
    """A cache in front of the server must not hand a browser's HTML to a client that asked for Turtle."""
    answers = {
        ("person/molotov", "text/html"): 200,
        ("person/molotov", "text/turtle"): 200,
        ("person/molotov", "application/rdf+xml"): 406,
        ("person/nobody", "text/html"): 404,
    }
    for (path, accept), status in answers.items():
        r = client.get(f"/id/{path}", headers={"Accept": accept})
        assert (r.status_code, r.headers.get("vary")) == (status, "Accept"), (path, accept)
    r = client.get("/sparql", params={"query": COUNT}, headers={"Accept": "text/csv"})
    assert r.headers.get("vary") == "Accept"


def test_a_format_refused_with_q_0_is_not_sent(client):
    r = client.get("/id/person/molotov", headers={"Accept": "text/html;q=0, */*;q=0.5"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")


def test_rdf_for_an_iri_states_each_triple_once(client):
    """Molotov's variants are in several graphs; the union of the graphs must not repeat them."""
    lines = client.get("/id/person/molotov", headers={"Accept": "application/n-triples"}).text.splitlines()
    assert '"Molotov"' in "".join(lines)
    assert len(lines) == len(set(lines))


def test_rdf_for_a_meeting_links_to_its_claims(client):
    """A client that dereferences a meeting can follow its links to who attended and who spoke."""
    r = client.get("/id/meeting/cpsu-cc-presidium/1956-11-27", headers={"Accept": "application/n-triples"})
    triples = list(parse(r.content, format=RdfFormat.N_TRIPLES))
    meeting = BASE + "meeting/cpsu-cc-presidium/1956-11-27"
    pointing = {t.subject.value for t in triples if t.object.value == meeting}
    assert any("/attendance/" in s for s in pointing) and any("/turn/" in s for s in pointing)


def test_canned_query_with_bound_parameter(client):
    r = client.get("/queries/person", params={"name": "Gromyko"}, headers={"Accept": "application/json"})
    assert r.status_code == 200
    assert {row["label"] for row in r.json()} == {"Andrei Gromyko"}
    hostile = client.get("/queries/person", params={"name": '") } ; DROP ALL ; #'})
    assert hostile.status_code == 200 and hostile.json() == []
    assert client.get("/queries/person").status_code == 400
    assert client.get("/queries/nosuch").status_code == 404


def test_canned_query_with_an_optional_parameter_left_blank_or_given(client):
    json_ = {"Accept": "application/json"}
    everything = client.get("/queries/attendance", params={"session": ""}, headers=json_).json()  # a blank form field
    meeting = BASE + "meeting/cpsu-cc-presidium/1956-11-27"
    one = client.get("/queries/attendance", params={"session": meeting}, headers=json_).json()
    assert one == [{k: v for k, v in r.items() if k != "session"} for r in everything if r["session"] == meeting]
    assert {r["name"] for r in one} >= {"Andrei Gromyko", "Nikita Khrushchev"}
    assert len(everything) > len(one)
    assert client.get("/queries/attendance", params={"session": "a b"}).status_code == 400


def test_void_counts_the_graph_once_per_server(corpus_store, monkeypatch):
    """Counting sorts the whole graph; the read-only store a server opens does not change under it."""
    counted, census = [], routes.census
    monkeypatch.setattr(routes, "census", lambda store: counted.append(store) or census(store))
    client = TestClient(create_app(Site(corpus_store)))
    first = client.get("/.well-known/void").text
    assert client.get("/.well-known/void").text == first and len(counted) == 1


def test_a_server_answers_while_it_writes_its_dumps(corpus_store, tmp_path, monkeypatch):
    """Writing the dumps takes minutes on a large graph: the pages answer meanwhile, the VoID route asks
    to come back, and the counts come with the dumps rather than from a second pass over the graph."""
    import kg.web.site

    go, write = threading.Event(), kg.web.site.write_dumps
    monkeypatch.setattr(kg.web.site, "write_dumps", lambda *a, **k: go.wait(30) and write(*a, **k))
    monkeypatch.setattr(routes, "census", lambda store: pytest.fail("counted apart from the dumps"))
    site = Site(corpus_store, dumps=tmp_path / "dumps")
    client = TestClient(create_app(site))
    site.refresh_dumps("http://127.0.0.1:8000", on_error=lambda e: pytest.fail(str(e)))
    assert site.dumps_pending.is_set()
    assert "Voroshilov" in client.get("/id/person/voroshilov", headers={"Accept": "text/html"}).text
    busy = client.get("/.well-known/void")
    assert busy.status_code == 503 and busy.headers["retry-after"] == "60"
    page = client.get("/dumps/").text
    assert "being written" in page and "No dumps have been written yet" not in page
    go.set()
    for _ in range(300):
        if not site.dumps_pending.is_set():
            break
        time.sleep(0.1)
    void = client.get("/.well-known/void")
    assert void.status_code == 200 and "http://testserver/dumps/kg.nq.gz" in void.text
    assert "kg.nq.gz" in client.get("/dumps/").text


def test_dumps_that_fail_on_the_server_s_thread_are_told(corpus_store, tmp_path, monkeypatch):
    """A failure on the writing thread reaches the caller's report, and the VoID route counts for itself."""
    import kg.web.site

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(kg.web.site, "write_dumps", broken)
    site = Site(corpus_store, dumps=tmp_path / "dumps")
    told = threading.Event()
    site.refresh_dumps("http://127.0.0.1:8000", on_error=lambda e: "disk full" in str(e) and told.set())
    assert told.wait(30)
    for _ in range(100):
        if not site.dumps_pending.is_set():
            break
        time.sleep(0.05)
    assert TestClient(create_app(site)).get("/.well-known/void").status_code == 200


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
        assert download.headers["content-type"] == "application/gzip"  # not Turtle: the bytes are gzip
        assert gzip.decompress(download.content)
    void = client.get("/.well-known/void").text
    assert "http://testserver/dumps/kg.nq.gz" in void
    assert client.get("/dumps/..%2Fstore").status_code == 404
    assert client.get("/dumps/nosuch.gz").status_code == 404


def test_the_download_urls_kg_dump_writes_by_default_resolve(client, site, tmp_path):
    """Built with `--base http://host/id/`, `kg dump` names http://host/id/dumps/NAME: the server has them."""
    from rdflib import Graph, URIRef

    from kg.dump import write_dumps

    write_dumps(site.store, site.dumps, base=site.base)
    write_dumps(site.store, tmp_path, base="http://testserver/id/")
    urls = Graph().parse(tmp_path / "void.ttl").objects(None, URIRef("http://www.w3.org/ns/dcat#downloadURL"))
    for url in urls:
        assert str(url).startswith("http://testserver/id/dumps/")
        assert client.get(str(url)).content == client.get("/dumps/" + str(url).rsplit("/", 1)[-1]).content


def test_what_is_kept_is_made_once_however_many_ask_at_once(site):
    made = []

    def make():
        made.append(1)
        time.sleep(0.05)
        return len(made)

    answers = []
    threads = [threading.Thread(target=lambda: answers.append(site.once("test-kept", make))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert made == [1] and answers == [1] * 8


def test_a_warmed_server_has_its_home_page_made_before_anyone_asks(corpus_store, monkeypatch):
    from kg.web import pages

    site = Site(corpus_store)
    pages.warm(site).join(30)
    monkeypatch.setattr(pages, "_render_index", lambda site: pytest.fail("rendered for the visitor"))
    assert "Voroshilov" in TestClient(create_app(site)).get("/").text


def test_what_is_being_made_holds_up_only_what_has_its_name(site):
    """Counting the graph for VoID takes minutes at scale: the home page must not wait for it."""
    started, go = threading.Event(), threading.Event()
    slow = threading.Thread(target=site.once, args=("test-slow", lambda: started.set() or go.wait(10)))
    slow.start()
    assert started.wait(5)
    answers = []
    quick = threading.Thread(target=lambda: answers.append(site.once("test-quick", lambda: "made")))
    quick.start()
    quick.join(2)
    before_the_slow_one = list(answers)
    go.set()
    slow.join()
    quick.join()
    assert before_the_slow_one == ["made"]
