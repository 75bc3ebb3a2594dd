"""SHACL validation of the built graph against ``ontology/shapes.ttl`` (pySHACL).

The shapes check the union of all named graphs: people are described once,
in the authority graph, and referred to from every document's graph.
"""

from __future__ import annotations

from pyoxigraph import RdfFormat, Store, serialize
from pyshacl import validate as shacl_validate
from rdflib import Graph

from kg.paths import ONTOLOGY


def union_graph(store: Store) -> Graph:
    """All quads of the store as one rdflib graph."""
    triples = {q.triple for q in store}
    return Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")


def validate(store: Store) -> tuple[bool, str]:
    """(conforms, pySHACL's report text)."""
    shapes = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")
    conforms, _, text = shacl_validate(union_graph(store), shacl_graph=shapes, ont_graph=ontology, inference="none")
    return bool(conforms), str(text)
