"""Every URL the server answers, in one table, and the thin views behind them.

Views parse the request, make one library call, and return its answer; the
pages themselves are built in ``kg.web.pages``, the SPARQL endpoint in
``kg.web.sparql`` and the dumps in ``kg.dump``. Views that read the store are
plain functions, which Starlette runs in its thread pool: a slow page must not
hold up every other request on the event loop.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs

from anyio import to_thread
from pyoxigraph import NamedNode, RdfFormat, Triple, Variable, serialize
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg import queries, sparql
from kg.dump import census, read_dumps, void_description
from kg.errors import QueryError
from kg.negotiate import choose
from kg.web import pages
from kg.web.site import Site

HTML = "text/html"
RDF_TYPES = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
}
DUMP_MEDIA_TYPES = {".gz": "application/gzip", ".ttl": "text/turtle; charset=utf-8"}


def _site(request: Request) -> Site:
    return request.app.state.site


def _answer(a: sparql.Answer) -> Response:
    """The endpoint's answer; its format (and for a browser, whether it gets the query page) follows ``Accept``."""
    return Response(a.body, status_code=a.status, media_type=a.media_type, headers={"Vary": "Accept"})


def index(request: Request) -> Response:
    return HTMLResponse(pages.render_index(_site(request)))


def query_page(request: Request) -> Response:
    return HTMLResponse(pages.render_query_page(_site(request)))


async def sparql_endpoint(request: Request) -> Response:
    """The SPARQL 1.1 Protocol: GET ?query=, form POST, or a POST of application/sparql-query."""
    site = _site(request)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method == "GET":
        params = {k: v for k, v in request.query_params.multi_items()}
    elif content_type == "application/sparql-query":
        params = {"query": (await request.body()).decode("utf-8", "replace")}
    elif content_type == "application/x-www-form-urlencoded":
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        params = {k: v[0] for k, v in form.items()}
    elif content_type == "application/sparql-update":
        params = {"update": ""}
    else:
        return _answer(
            sparql.Answer.error(415, "Send the query as ?query=, a form field, or application/sparql-query.")
        )
    if "update" in params:
        return _answer(sparql.Answer.error(403, "The store is read-only here: SPARQL Update and LOAD are refused."))
    query = params.get("query")
    if not query:
        if request.method == "GET" and choose(request.headers.get("accept"), [HTML]) == HTML:
            return HTMLResponse(pages.render_query_page(site), headers={"Vary": "Accept"})
        return _answer(sparql.Answer.error(400, "No query: give it as the `query` parameter."))
    accept = request.headers.get("accept", "")
    answer = await to_thread.run_sync(
        lambda: sparql.run(site.store_path, query, accept, timeout=site.timeout, max_rows=site.max_rows)
    )
    return _answer(answer)


def canned_query(request: Request) -> Response:
    """A canned query with its parameters from the URL, bound as terms (a blank optional one left out)."""
    name = request.path_params["name"]
    try:
        result = queries.run(_site(request).store, name, dict(request.query_params))
    except QueryError as e:
        return PlainTextResponse(str(e) + "\n", status_code=404 if "no canned query" in str(e) else 400)
    if choose(request.headers.get("accept"), ["application/json", "text/csv"]) == "text/csv":
        return Response(queries.render(result, "csv"), media_type="text/csv")
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    return Response(json.dumps(rows, ensure_ascii=False), media_type="application/json")


def resource(request: Request) -> Response:
    """A dereferenceable IRI: an HTML page for a browser, RDF for a client that asks for it.

    Every answer, errors included, depends on ``Accept``: ``Vary`` says so to caches.
    """
    site = _site(request)
    iri = site.iri(request.path_params["path"])
    vary = {"Vary": "Accept"}
    media_type = choose(request.headers.get("accept"), [HTML, *RDF_TYPES])
    if media_type is None:
        return PlainTextResponse("No acceptable format.\n", status_code=406, headers=vary)
    not_found = PlainTextResponse(f"Not found: {iri}\n", status_code=404, headers=vary)
    if media_type == HTML:
        page = pages.render_page(site, iri)
        return HTMLResponse(page, headers=vary) if page is not None else not_found
    triples = _description(site, iri)
    if not triples:
        return not_found
    body = serialize(triples, format=RDF_TYPES[media_type], prefixes=_prefixes(site))
    return Response(body, media_type=media_type, headers=vary)


INBOUND_LIMIT = 2_000
_INBOUND = f"CONSTRUCT {{ ?s ?p ?x }} WHERE {{ SELECT DISTINCT ?s ?p ?x WHERE {{ ?s ?p ?x }} LIMIT {INBOUND_LIMIT} }}"


def _description(site: Site, iri: str) -> list[Triple]:
    """What the store says about ``iri`` and what points at it, each triple once.

    The links into a resource are what a client follows from it: a meeting's attendance claims and
    turns point at the meeting, not the other way round. Inbound links stop at ``INBOUND_LIMIT``
    (a person named in thousands of claims); SPARQL gives the rest.
    """
    try:
        node = NamedNode(iri)
    except ValueError:  # the path makes no IRI (a space, a brace): nothing can be said about it
        return []
    bound = {"substitutions": {Variable("x"): node}, "use_default_graph_as_union": True}
    found = [*site.store.query("DESCRIBE ?x", **bound), *site.store.query(_INBOUND, **bound)]
    return list(dict.fromkeys(found))  # the union repeats a triple once per graph holding it


def _prefixes(site: Site) -> dict[str, str]:
    from kg.rdf import PREFIXES

    return {**PREFIXES, "id": site.base}


def void(request: Request) -> Response:
    """The VoID + DCAT description, naming this server's endpoint and downloads."""
    site = _site(request)
    if site.dumps_pending.is_set():  # the counts come with the dumps: counting now would do their work twice
        return PlainTextResponse(
            "The dumps and the counts of the graph are being written; ask again in a minute.\n",
            status_code=503,
            headers={"Retry-After": "60"},
        )
    body = void_description(
        site.store,
        base=site.base,
        endpoint=str(request.url_for("sparql")),
        dumps=read_dumps(site.dumps) if site.dumps else [],
        download_base=str(request.url_for("dumps")),
        counted=site.once("census", lambda: census(site.store)),
    )
    return Response(body, media_type="text/turtle")


def dumps(request: Request) -> Response:
    site = _site(request)
    files = read_dumps(site.dumps) if site.dumps else []
    return HTMLResponse(pages.render_dumps(site, files, pending=site.dumps_pending.is_set()))


def dump_file(request: Request) -> Response:
    """One file of the dumps folder. A dump is sent as the gzip file it is (the DCAT description gives
    the format inside): labelled ``text/turtle`` without a ``Content-Encoding``, a client would parse
    the compressed bytes as Turtle."""
    site = _site(request)
    name = request.path_params["name"]
    path = site.dumps / name if site.dumps else None
    if path is None or "/" in name or name.startswith(".") or not path.is_file():
        return PlainTextResponse(f"No dump named {name}.\n", status_code=404)
    return FileResponse(path, media_type=DUMP_MEDIA_TYPES.get(path.suffix, "text/plain; charset=utf-8"))


ROUTES = [
    Route("/", index, name="index"),
    Route("/query", query_page, name="query"),
    Route("/sparql", sparql_endpoint, methods=["GET", "POST"], name="sparql"),
    Route("/queries/{name}", canned_query, name="canned_query"),
    # `kg dump` without --download-base names {base}dumps/NAME: these files, when base is this server's /id/.
    Route("/id/dumps/{name}", dump_file, name="dump_file_under_base"),
    Route("/id/{path:path}", resource, name="resource"),
    Route("/.well-known/void", void, name="void"),
    Route("/dumps/", dumps, name="dumps"),
    Route("/dumps/{name}", dump_file, name="dump_file"),
]
