"""Canned queries (``queries/*.rq``) and ad-hoc SPARQL over the store.

Each ``.rq`` file starts with a comment header a historian can read::

    # title: Person
    # description: Everything the graph holds about one person ...
    # param name: part of the person's name ...
    # param session (optional, IRI): one meeting ...

Parameters reach SPARQL as bound terms (pyoxigraph ``substitutions``), never
as text pasted into the query, so no value can change what a query means: a
literal, or an IRI for a parameter marked ``IRI`` (a relative one is read
against the store's base, as the tables print it). An ``optional`` parameter
left out leaves its variable free: the query then answers for the whole graph.
pyoxigraph binds only variables of the SELECT projection; a parameter's
column is therefore projected and then left out of the results. Queries run
over the union of the named graphs, where pyoxigraph repeats a triple once
per graph holding it (a person or an archive file is described in every
document's graph that names it): canned queries say ``SELECT DISTINCT``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, Store, Variable

from kg.errors import QueryError
from kg.paths import QUERIES
from kg.store import store_base

FORMATS = ("table", "csv", "tsv", "json")
_HEADER = re.compile(
    r"^#\s*(?P<key>title|description|param\s+(?P<param>\w+)(?:\s*\((?P<flags>[^)]*)\))?)\s*:\s*(?P<value>.*)$"
)
_FLAGS = ("optional", "IRI")  # the marks a parameter may carry


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    description: str
    params: dict[str, str] = field(default_factory=dict)
    sparql: str = ""
    optional: frozenset[str] = frozenset()  # parameters that may be left out
    iris: frozenset[str] = frozenset()  # parameters bound as IRIs rather than literals


@dataclass
class Result:
    columns: list[str]
    rows: list[list[str]]


def _header(path: Path) -> CannedQuery:
    fields: dict[str, str] = {}
    params: dict[str, str] = {}
    flags: dict[str, set[str]] = {}
    current: tuple[str, str | None] | None = None
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m:
            current = ("param", m["param"]) if m["param"] else (m["key"], None)
            value = m["value"].strip()
            if m["param"]:
                flags[m["param"]] = marks = {f.strip() for f in (m["flags"] or "").split(",") if f.strip()}
                unknown = sorted(marks - set(_FLAGS))
                if unknown:
                    known = ", ".join(_FLAGS)
                    raise QueryError(f"parameter {m['param']!r}: unknown mark {unknown[0]!r} ({known})", path)
        elif current:
            value = line.lstrip("#").strip()
        else:
            continue
        key, param = current
        if param:
            params[param] = f"{params.get(param, '')} {value}".strip()
        else:
            fields[key] = f"{fields.get(key, '')} {value}".strip()
    if "title" not in fields or "description" not in fields:
        raise QueryError("the comment header needs `# title:` and `# description:` lines", path)
    optional = frozenset(p for p, marks in flags.items() if "optional" in marks)
    iris = frozenset(p for p, marks in flags.items() if "IRI" in marks)
    return CannedQuery(path.stem, fields["title"], fields["description"], params, text, optional, iris)


def canned(folder: Path = QUERIES) -> dict[str, CannedQuery]:
    """Every canned query, by name."""
    return {p.stem: _header(p) for p in sorted(folder.glob("*.rq"))}


def get(name: str, folder: Path = QUERIES) -> CannedQuery:
    path = folder / f"{name}.rq"
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        known = ", ".join(canned(folder))
        raise QueryError(f"no canned query named {name!r}; known: {known}")
    return _header(path)


def term_text(term: object) -> str:
    """A term as a table cell: the IRI or the literal's value, "" when unbound."""
    if term is None:
        return ""
    if isinstance(term, NamedNode | Literal):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term)


def select(store: Store, sparql: str, bindings: dict[str, str | NamedNode] | None = None) -> Result:
    """Run a trusted SELECT query (a canned one) over all graphs; ``bindings`` become terms (a string
    a literal), dropped from the output. Ad-hoc queries go through ``kg.sparql.run`` with its checks
    and limits."""
    subs = {Variable(k): v if isinstance(v, NamedNode) else Literal(v) for k, v in (bindings or {}).items()}
    try:
        solutions = store.query(sparql, substitutions=subs, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, RuntimeError, OSError) as e:
        raise QueryError(f"the query failed: {e}") from None
    if not isinstance(solutions, QuerySolutions):
        raise QueryError("only SELECT queries give a table; use `kg export` for the graph itself")
    names = [v.value for v in solutions.variables]
    keep = [i for i, n in enumerate(names) if n not in (bindings or {})]
    rows = [[term_text(row[i]) for i in keep] for row in solutions]
    return Result([names[i] for i in keep], rows)


def run(store: Store, name: str, params: dict[str, str] | None = None) -> Result:
    """Run the canned query ``name`` with its parameters bound.

    :raises QueryError: unknown query, unknown or missing parameter, an IRI parameter that is no IRI.
    """
    query = get(name)
    params = params or {}
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        expected = ", ".join(query.params) or "none"
        raise QueryError(f"query {name!r} has no parameter {unknown[0]!r} (parameters: {expected})")
    given = {k: v for k, v in params.items() if v.strip()}  # an empty value would match anything
    missing = [p for p in query.params if p not in given and p not in query.optional]
    if missing:
        raise QueryError(f"query {name!r} needs --param {missing[0]}=VALUE ({query.params[missing[0]]})")
    bindings: dict[str, str | NamedNode] = dict(given)
    for param in query.iris & given.keys():
        bindings[param] = _iri(store, param, given[param].strip())
    return select(store, query.sparql, bindings)


def _iri(store: Store, param: str, value: str) -> NamedNode:
    """An IRI parameter: absolute, or relative to the store's base as the tables print it."""
    absolute = value if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value) else store_base(store) + value.lstrip("/")
    try:
        return NamedNode(absolute)
    except ValueError:
        raise QueryError(f"--param {param}={value!r} is not an IRI") from None


def render(result: Result, fmt: str, shorten: str | None = None) -> str:
    """The result as text: a table for people, or CSV, TSV, JSON for programs."""
    if fmt == "json":
        return json.dumps(
            [dict(zip(result.columns, row, strict=True)) for row in result.rows], ensure_ascii=False, indent=1
        )
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return out.getvalue()
    if fmt == "table":
        return _table(result, shorten)
    raise QueryError(f"unknown format {fmt!r} (formats: {', '.join(FORMATS)})")


def _table(result: Result, shorten: str | None) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*result.columns, show_lines=False)
    for row in result.rows:
        cells = [c[len(shorten) :] if shorten and c.startswith(shorten) else c for c in row]
        table.add_row(*(c if len(c) <= 120 else c[:117] + "..." for c in cells))
    console = Console(file=io.StringIO(), width=200, record=True, color_system=None)
    console.print(table)
    console.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}")
    return console.export_text()
