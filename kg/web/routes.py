"""Every URL the server answers, in one table, and the thin views behind them.

Views parse the request, make one library call, and return its answer; the
pages themselves are built in ``kg.web.pages``, the SPARQL endpoint in
``kg.web.sparql`` and the dumps in ``kg.dump``.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs

from anyio import to_thread
from pyoxigraph import NamedNode, RdfFormat, Variable, serialize
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg import queries, sparql
from kg.dump import read_dumps, void_description
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


def _site(request: Request) -> Site:
    return request.app.state.site


def _answer(a: sparql.Answer) -> Response:
    return Response(a.body, status_code=a.status, media_type=a.media_type)


async def index(request: Request) -> Response:
    return HTMLResponse(pages.render_index(_site(request)))


async def query_page(request: Request) -> Response:
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
            return HTMLResponse(pages.render_query_page(site))
        return _answer(sparql.Answer.error(400, "No query: give it as the `query` parameter."))
    accept = request.headers.get("accept", "")
    answer = await to_thread.run_sync(
        lambda: sparql.run(site.store_path, query, accept, timeout=site.timeout, max_rows=site.max_rows)
    )
    return _answer(answer)


async def canned_query(request: Request) -> Response:
    """A canned query with its parameters from the URL, bound as literals."""
    name = request.path_params["name"]
    try:
        result = queries.run(_site(request).store, name, dict(request.query_params))
    except QueryError as e:
        return PlainTextResponse(str(e) + "\n", status_code=404 if "no canned query" in str(e) else 400)
    if choose(request.headers.get("accept"), ["application/json", "text/csv"]) == "text/csv":
        return Response(queries.render(result, "csv"), media_type="text/csv")
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    return Response(json.dumps(rows, ensure_ascii=False), media_type="application/json")


async def resource(request: Request) -> Response:
    """A dereferenceable IRI: an HTML page for a browser, RDF for a client that asks for it."""
    site = _site(request)
    iri = site.iri(request.path_params["path"])
    media_type = choose(request.headers.get("accept"), [HTML, *RDF_TYPES])
    if media_type is None:
        return PlainTextResponse("No acceptable format.\n", status_code=406)
    if media_type == HTML:
        page = pages.render_page(site, iri)
        return HTMLResponse(page) if page is not None else PlainTextResponse(f"Not found: {iri}\n", status_code=404)
    triples = list(
        site.store.query("DESCRIBE ?x", substitutions={Variable("x"): NamedNode(iri)}, use_default_graph_as_union=True)
    )
    if not triples:
        return PlainTextResponse(f"Not found: {iri}\n", status_code=404)
    body = serialize(triples, format=RDF_TYPES[media_type], prefixes=_prefixes(site))
    return Response(body, media_type=media_type, headers={"Vary": "Accept"})


def _prefixes(site: Site) -> dict[str, str]:
    from kg.rdf import PREFIXES

    return {**PREFIXES, "id": site.base}


async def void(request: Request) -> Response:
    """The VoID + DCAT description, naming this server's endpoint and downloads."""
    site = _site(request)
    body = void_description(
        site.store,
        base=site.base,
        endpoint=str(request.url_for("sparql")),
        dumps=read_dumps(site.dumps) if site.dumps else [],
        download_base=str(request.url_for("dumps")),
    )
    return Response(body, media_type="text/turtle")


async def dumps(request: Request) -> Response:
    site = _site(request)
    return HTMLResponse(pages.render_dumps(site, read_dumps(site.dumps) if site.dumps else []))


async def dump_file(request: Request) -> Response:
    site = _site(request)
    name = request.path_params["name"]
    path = site.dumps / name if site.dumps else None
    if path is None or "/" in name or name.startswith(".") or not path.is_file():
        return PlainTextResponse(f"No dump named {name}.\n", status_code=404)
    return FileResponse(path)


ROUTES = [
    Route("/", index, name="index"),
    Route("/query", query_page, name="query"),
    Route("/sparql", sparql_endpoint, methods=["GET", "POST"], name="sparql"),
    Route("/queries/{name}", canned_query, name="canned_query"),
    Route("/id/{path:path}", resource, name="resource"),
    Route("/.well-known/void", void, name="void"),
    Route("/dumps/", dumps, name="dumps"),
    Route("/dumps/{name}", dump_file, name="dump_file"),
]
