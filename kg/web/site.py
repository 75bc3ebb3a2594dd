"""What one running server knows: its store, the base of the IRIs it serves, and its limits."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pyoxigraph import Store

from kg.dump import CHECKSUMS, read_census, write_dumps
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
    dumps_pending: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _locks: dict[str, threading.Lock] = field(default_factory=dict, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self.store = open_store(self.store_path)
        self.base = self.base or store_base(self.store)

    def once(self, name: str, make: Callable[[], T]) -> T:
        """``make()`` the first time ``name`` is asked for, and what it gave ever after.

        For what reads the whole graph (the home page, the VoID counts: seconds to minutes at 10,000
        documents): the read-only store a server opens does not change while it serves. One thread
        makes it while the others wait, rather than each starting its own; what has another name is
        not held up by it.
        """
        with self._lock:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:
            if name not in self.kept:
                self.kept[name] = make()
            return self.kept[name]

    def refresh_dumps(self, address: str, *, on_error: Callable[[Exception], object] | None = None) -> None:
        """Write the dumps unless they are newer than the store; either way the VoID counts come from them.

        Writing them takes minutes at 10,000 documents. Given ``on_error``, they are written on a thread
        of their own, so that the server answers at once: meanwhile `/dumps/` lists the previous ones,
        if any, and the VoID route asks to come back later (``dumps_pending``); a write that fails is
        told to ``on_error``, and the server goes on with the dumps it had. Without it, they are
        written before this returns, and a failure is raised.
        """
        if self.dumps is None:
            return
        sums = self.dumps / CHECKSUMS
        if sums.is_file() and sums.stat().st_mtime >= self.store_path.resolve().stat().st_mtime:
            counted = read_census(self.dumps)
            if counted is not None:
                self.once("census", lambda: counted)
            return

        def write() -> None:
            try:
                report = write_dumps(
                    self.store,
                    self.dumps,
                    base=self.base,
                    endpoint=f"{address}/sparql",
                    download_base=f"{address}/dumps/",
                )
                self.once("census", lambda: (report.triples, report.entities))
            finally:
                self.dumps_pending.clear()

        def in_background(report_error: Callable[[Exception], object]) -> None:
            try:
                write()
            except Exception as e:  # on a thread of its own, nobody else would hear of it
                report_error(e)

        self.dumps_pending.set()
        if on_error is None:
            write()
        else:
            threading.Thread(target=in_background, args=(on_error,), name="kg-dumps", daemon=True).start()

    def local(self, iri: str) -> str:
        """The path on this server that serves ``iri`` (the IRI itself if it is not ours)."""
        return ID_PREFIX + iri[len(self.base) :] if iri.startswith(self.base) else iri

    def iri(self, path: str) -> str:
        """The IRI served at ``/id/{path}``."""
        return self.base + path
