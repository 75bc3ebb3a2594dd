"""SHACL validation of the built graph against ``ontology/shapes.ttl`` (pySHACL).

The shapes check the union of all named graphs: people are described once,
in the authority graph, and referred to from every document's graph.

pySHACL holds its data in rdflib, about 3 KB a triple (2.4 GB at 1,000 documents), so the graph
is checked in batches of subjects. The shapes look one step from a node: its own triples, and the
types of the nodes it points to (``sh:class``). A batch therefore holds all the triples of its
subjects, from every graph, and the types of what they point to; a result counts only for a
subject of the batch, since the nodes only pointed to are there with their types alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, RdfFormat, Store, Triple, serialize
from pyshacl import validate as shacl_validate
from rdflib import Graph, Namespace, URIRef

from kg.paths import ONTOLOGY
from kg.rdf import TYPE, Minter
from kg.store import store_base

SH = Namespace("http://www.w3.org/ns/shacl#")
RDF_TYPE = URIRef(TYPE.value)
BATCH = 20_000  # triples of the batch's own subjects


def validate(store: Store, batch: int = BATCH) -> tuple[bool, str]:
    """(conforms, the violations found, one line each)."""
    shapes = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")
    problems: set[str] = set()
    for triples, subjects in _batches(store, batch):
        data = Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
        conforms, results, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
        if not conforms:
            problems.update(_violations(results, {URIRef(s.value) for s in subjects if isinstance(s, NamedNode)}))
    return not problems, "\n".join(sorted(problems))


def _violations(results: Graph, subjects: set[URIRef]) -> Iterator[str]:
    for result in results.subjects(RDF_TYPE, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        if focus in subjects:
            path = results.value(result, SH.resultPath)
            message = results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent)
            yield f"<{focus}> {f'<{path}> ' if path else ''}{message}"


def _batches(store: Store, size: int) -> Iterator[tuple[list[Triple], list[NamedNode | BlankNode]]]:
    """(triples, subjects): about ``size`` triples of whole subjects, and the types of the nodes they point to.

    A subject is taken in its own graph when it has one (a person, a meeting, an archive file), else in
    each graph that describes it (a claim, in its document's graph): shared nodes, described in part by
    every document that names them, are read whole once.
    """
    minter = Minter(store_base(store))
    graphs = set(store.named_graphs())

    def elsewhere(subject: NamedNode | BlankNode, graph: NamedNode | DefaultGraph) -> bool:
        """Whether the subject has a graph of its own, other than ``graph``, that describes it."""
        if not isinstance(subject, NamedNode) or not subject.value.startswith(minter.base):
            return False
        home = minter.graph_of(subject)
        if home == graph or home not in graphs:
            return False
        return any(True for _ in store.quads_for_pattern(subject, None, None, home))

    triples: set[Triple] = set()
    subjects: list[NamedNode | BlankNode] = []
    for graph in [DefaultGraph(), *sorted(graphs, key=str)]:
        for subject in sorted({q.subject for q in store.quads_for_pattern(None, None, None, graph)}, key=str):
            if elsewhere(subject, graph):
                continue
            own = [q.triple for q in store.quads_for_pattern(subject, None, None)]
            triples.update(own)
            triples.update(_types(store, own))
            subjects.append(subject)
            if len(triples) >= size:
                yield list(triples), subjects
                triples, subjects = set(), []
    if subjects:
        yield list(triples), subjects


def _types(store: Store, triples: list[Triple]) -> Iterator[Triple]:
    for t in triples:
        if isinstance(t.object, NamedNode):
            for q in store.quads_for_pattern(t.object, TYPE, None):
                yield q.triple
