"""The HTML pages of the graph: one per resource, a home page, and a query page.

The web app calls three functions and serves what they return:

- :func:`render_page` for ``/id/...``: a person, meeting, archival unit or document gets a
  page written for historians (see :mod:`kg.web.pagedata`); anything else (agenda items,
  claims, evidence, archives, concepts) a generic page of its properties and of what
  points to it, so every IRI a page links to resolves to something readable.
- :func:`render_index` for ``/``; :func:`render_query_page` for ``/query``.

Pages are Jinja2 templates with autoescaping on: store text (labels, quotes, whole
documents) can contain anything, ``<script>`` included, and is always escaped. Every
template gets ``page`` (the page's dataclass) and ``local`` (:meth:`Site.local`, so links
stay on this server).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pyoxigraph import Literal, NamedNode

from kg.dump import DumpFile
from kg.queries import CannedQuery, canned
from kg.web import pagedata
from kg.web import pagequeries as q
from kg.web.highlight import anchor
from kg.web.pagedata import human_date, local_name, number
from kg.web.pagequeries import Row
from kg.web.site import Site

TEMPLATES = Path(__file__).parent / "templates"
KG = "https://w3id.org/malin-kg/ontology#"
RICO = "https://www.ica.org/standards/RiC/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
CURIES = {
    "kg": KG,
    "rico": RICO,
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "oa": "http://www.w3.org/ns/oa#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD,
    "void": "http://rdfs.org/ns/void#",
}
# The classes with a page of their own; checked in this order when a resource has several types.
PAGES = {
    RICO + "Person": ("person.html", pagedata.person_page),
    KG + "Meeting": ("meeting.html", pagedata.meeting_page),
    KG + "ArchivalUnit": ("unit.html", pagedata.unit_page),
    KG + "Document": ("document.html", pagedata.document_page),
}
EXAMPLE_QUERY = """\
PREFIX kg: <https://w3id.org/malin-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Every meeting with its date and the number of speech turns recorded.
SELECT ?meeting ?label ?date (COUNT(?turn) AS ?turns) WHERE {
  ?meeting a kg:Meeting ; rdfs:label ?label .
  OPTIONAL { ?meeting dcterms:date ?date }
  OPTIONAL { ?turn a kg:SpeechTurn ; kg:meeting ?meeting }
}
GROUP BY ?meeting ?label ?date
ORDER BY ?date
"""


def curie(iri: str) -> str:
    """``kg:basis`` rather than the whole IRI, for a predicate or class read by a person."""
    for prefix, namespace in CURIES.items():
        if iri.startswith(namespace) and iri != namespace:
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,  # a misspelt field fails a test instead of vanishing from the page
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["human_date"] = human_date
    env.filters["curie"] = curie
    env.globals["anchor"] = anchor
    return env


ENV = _environment()


def _render(site: Site, template: str, page: object) -> str:
    return ENV.get_template(template).render(page=page, local=site.local)


@dataclass(frozen=True)
class Value:
    """One end of a triple as shown: text, a link when it is an IRI, and a note (language, datatype)."""

    text: str
    href: str = ""
    note: str = ""


@dataclass(frozen=True)
class Property:
    predicate: str
    value: Value


@dataclass
class ResourcePage:
    iri: str
    title: str
    types: list[Value]
    properties: list[Property]
    incoming: list[Property]


def _value(site: Site, term: object, label: str) -> Value:
    if isinstance(term, NamedNode):
        iri = term.value
        name = iri[len(site.base) :] if iri.startswith(site.base) else curie(iri)
        return Value(label or name, site.local(iri), iri if label else "")
    if isinstance(term, Literal):
        if term.language:
            return Value(term.value, note=f"@{term.language}")
        datatype = term.datatype.value
        keep = datatype not in (XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
        return Value(term.value, note=curie(datatype) if keep else "")
    return Value(str(term))


def _label(term: object) -> str:
    return term.value if isinstance(term, Literal | NamedNode) else ""


def natural_key(text: str) -> list[tuple[int, str]]:
    """Sort ``turn/2`` before ``turn/10``: digits compare as numbers."""
    return [(int(part), "") if part.isdigit() else (0, part) for part in re.split(r"(\d+)", text)]


def resource_page(site: Site, iri: str) -> ResourcePage:
    """Any resource: its properties, predicate by predicate, and the resources that point to it."""
    properties, types = [], []
    for row in q.solutions(site, q.RESOURCE_OUT, s=iri):
        value = _value(site, row["o"], _label(row["label"]))
        properties.append(Property(curie(_label(row["p"])), value))
        if _label(row["p"]) == CURIES["rdf"] + "type":
            types.append(value)
    incoming = sorted(
        (
            Property(curie(_label(row["p"])), _value(site, row["s"], _label(row["label"])))
            for row in q.solutions(site, q.RESOURCE_IN, o=iri)
        ),
        key=lambda p: (p.predicate, natural_key(p.value.text)),
    )
    title = next((r["label"] for r in q.select(site, q.LABEL, s=iri) if r["label"]), local_name(iri))
    return ResourcePage(iri, title, types, properties, incoming)


def render_page(site: Site, iri: str) -> str | None:
    """The page of ``iri``, or None when the store has no triple about it (as subject or object)."""
    try:
        if not q.ask(site, q.EXISTS, s=iri):
            return None
    except ValueError:  # not an IRI at all
        return None
    types = {r["type"] for r in q.select(site, q.TYPES, s=iri)}
    for cls, (template, build) in PAGES.items():
        if cls in types:
            return _render(site, template, build(site, iri))
    return _render(site, "resource.html", resource_page(site, iri))


@dataclass
class IndexPage:
    title: str
    meetings: list[Row]
    people: list[Row]
    documents: list[Row]


def surname_key(label: str) -> tuple[str, str]:
    """Sort "Andrei Gromyko" under G: the last word of the preferred label, then the whole label."""
    words = label.split()
    return (words[-1].lower() if words else "", label.lower())


def render_index(site: Site) -> str:
    """The home page: meetings in date order, people by surname, documents, and where to go next.

    Rendered once per ``Site`` (see ``Site.once``): it counts over the whole graph.
    """
    return site.once("home", lambda: _render_index(site))


def warm(site: Site) -> threading.Thread:
    """Start rendering the home page on a thread, so that a server's first visitor finds it made (8.5 s at
    10,000 documents); one who comes sooner waits only for the rest."""
    thread = threading.Thread(target=render_index, args=(site,), name="kg-home", daemon=True)
    thread.start()
    return thread


def _render_index(site: Site) -> str:
    people = q.select(site, q.INDEX_PEOPLE)
    for row in people:
        row["label"] = row["label"] or local_name(row["person"])
    meetings = sorted(q.select(site, q.INDEX_MEETINGS), key=lambda r: (r["date"] or "9999", r["label"], r["meeting"]))
    for row in meetings:
        row["attendees"], row["turns"] = str(number(row["attendees"])), str(number(row["turns"]))
    page = IndexPage(
        title="Soviet leadership meetings: who was there, who spoke, on whose word",
        meetings=meetings,
        people=sorted(people, key=lambda r: surname_key(r["label"])),
        documents=q.select(site, q.INDEX_DOCUMENTS),
    )
    return _render(site, "index.html", page)


@dataclass
class QueryPage:
    title: str
    queries: list[CannedQuery]
    example: str
    base: str


def render_query_page(site: Site) -> str:
    """A SPARQL editor and every canned query, each runnable from the page (same-origin fetch only)."""
    page = QueryPage(
        title="Query the graph",
        queries=list(canned().values()),
        example=EXAMPLE_QUERY,
        base=site.base,
    )
    return _render(site, "query.html", page)


@dataclass
class DumpsPage:
    title: str
    files: list[DumpFile]
    pending: bool  # new dumps are being written: ``files`` are the previous ones


def render_dumps(site: Site, files: list[DumpFile], *, pending: bool = False) -> str:
    """The downloadable dumps with their sizes and SHA-256 checksums (empty until `kg dump` has run)."""
    return _render(site, "dumps.html", DumpsPage(title="Dumps of the whole graph", files=files, pending=pending))
