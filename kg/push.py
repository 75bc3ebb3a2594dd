"""Send the graph to another SPARQL store, graph by graph (SPARQL 1.1 Graph Store Protocol).

When the data outgrows one machine it can live in QLever, Fuseki, GraphDB or
Virtuoso; each speaks the Graph Store HTTP Protocol, so ``PUT``ting every named
graph as N-Triples to ``ENDPOINT?graph=IRI`` replaces it there with ours. A
graph at a time keeps each request small and lets a failed push be resumed by
simply pushing again (``PUT`` is idempotent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx
from pyoxigraph import RdfFormat, Store, serialize

from kg.errors import KgError


class PushError(KgError):
    """The remote store refused a graph or could not be reached."""

    exit_code = 5


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0


def push(
    store: Store,
    endpoint: str,
    *,
    timeout: float = 60.0,
    auth: tuple[str, str] | None = None,
    on_graph: Callable[[str], None] | None = None,
) -> PushReport:
    """PUT every named graph of ``store`` to the Graph Store Protocol ``endpoint``.

    :raises PushError: a request failed; the graphs before it are in place.
    """
    report = PushReport()
    with httpx.Client(timeout=timeout, auth=auth) as client:
        for graph in sorted(store.named_graphs(), key=lambda g: g.value):
            triples = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
            body = serialize(triples, format=RdfFormat.N_TRIPLES)
            try:
                response = client.put(
                    endpoint,
                    params={"graph": graph.value},
                    content=body,
                    headers={"Content-Type": "application/n-triples"},
                )
            except httpx.HTTPError as e:
                raise PushError(f"cannot reach {endpoint}: {e}") from None
            if response.status_code >= 300:
                raise PushError(
                    f"{endpoint} refused graph {graph.value} with HTTP {response.status_code}: {response.text[:200]}"
                )
            report.graphs += 1
            report.triples += len(triples)
            if on_graph:
                on_graph(graph.value)
    return report
