"""SHACL validation of the built graph against ``ontology/shapes.ttl`` (pySHACL).

The shapes check the union of all named graphs: people are described once,
in the authority graph, and referred to from every document's graph.
"""

from __future__ import annotations

import io

from pyoxigraph import RdfFormat, Store
from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph

from kg.paths import ONTOLOGY


def union_graph(store: Store) -> Graph:
    """All quads of the store as one rdflib graph."""
    data = io.BytesIO()
    store.dump(data, RdfFormat.N_QUADS)
    dataset = Dataset()
    dataset.parse(data=data.getvalue().decode("utf-8"), format="nquads")
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate(store: Store) -> tuple[bool, str]:
    """(conforms, pySHACL's report text)."""
    shapes = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")
    conforms, _, text = shacl_validate(union_graph(store), shacl_graph=shapes, ont_graph=ontology, inference="none")
    return bool(conforms), str(text)
