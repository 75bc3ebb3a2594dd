"""What one running server knows: its store, the base of the IRIs it serves, and its limits."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pyoxigraph import Store

from kg.store import open_store, store_base

ID_PREFIX = "/id/"
T = TypeVar("T")


@dataclass
class Site:
    """Configuration of a server, and the two mappings between IRIs and local paths.

    The store's IRIs start with ``base`` (recorded at build time). The server answers for them at
    ``/id/...``: ``{base}person/molotov`` is served at ``/id/person/molotov``. When the store was
    built with the server's own address as base (``kg build --base http://host/id/``), the IRIs
    are dereferenceable as they stand.
    """

    store_path: Path
    timeout: float = 10.0  # seconds an ad-hoc SPARQL query may run
    max_rows: int = 10_000  # rows (or triples) an ad-hoc SPARQL query may return
    dumps: Path | None = None  # folder written by `kg dump`, served at /dumps/
    base: str = ""
    store: Store = field(init=False, repr=False)
    kept: dict[str, Any] = field(default_factory=dict, init=False, repr=False)  # see `once`
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self.store = open_store(self.store_path)
        self.base = self.base or store_base(self.store)

    def once(self, name: str, make: Callable[[], T]) -> T:
        """``make()`` the first time ``name`` is asked for, and what it gave ever after.

        For what reads the whole graph (the home page, the VoID counts: seconds to minutes at 10,000
        documents): the read-only store a server opens does not change while it serves. One thread
        makes it while the others wait, rather than each starting its own.
        """
        with self._lock:
            if name not in self.kept:
                self.kept[name] = make()
            return self.kept[name]

    def local(self, iri: str) -> str:
        """The path on this server that serves ``iri`` (the IRI itself if it is not ours)."""
        return ID_PREFIX + iri[len(self.base) :] if iri.startswith(self.base) else iri

    def iri(self, path: str) -> str:
        """The IRI served at ``/id/{path}``."""
        return self.base + path
