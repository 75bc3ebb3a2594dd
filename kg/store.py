"""The pyoxigraph store on disk: swapped in atomically, opened read-only, exported.

A build (``kg.build``) writes a new store in a folder beside the current one
and, only when it is complete, points the store path at it with one atomic
``rename`` of a symbolic link. A build that fails or is killed leaves the
previous store untouched and queryable; a second build started meanwhile is
refused by a lock.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import RdfFormat, Store, Triple, parse, serialize

from kg.errors import StoreError
from kg.rdf import DEFAULT_BASE, PREFIXES


def _builds_dir(store: Path) -> Path:
    return store.parent / f".{store.name}.builds"


@contextmanager
def build_lock(store: Path) -> Iterator[int]:
    """Hold the store's build lock, or refuse at once: one build of a store at a time.

    Yields the lock's file descriptor: processes forked while it is held must close it, or a
    build killed with SIGKILL would leave its workers holding the lock.
    """
    store.parent.mkdir(parents=True, exist_ok=True)
    lock_path = store.parent / f".{store.name}.lock"
    with lock_path.open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError("another build of this store is running; try again when it has finished", store) from None
        yield lock.fileno()


def check_target(store: Path) -> None:
    """Refuse, before any work, a store path that holds something else than a kg store.

    :raises StoreError: ``store`` is a file or a folder with something in it.
    """
    if store.exists() and not store.is_symlink() and not (store.is_dir() and not any(store.iterdir())):
        raise StoreError("exists and is not a kg store; choose another --store", store)


def swap_in(store: Path, built: Path) -> None:
    """Point ``store`` at ``built`` in one atomic step, then remove what it pointed at before."""
    old = store.resolve() if store.is_symlink() else None
    check_target(store)
    if store.is_dir() and not store.is_symlink():
        store.rmdir()  # an empty folder made for us (e.g. by mkdtemp)
    link = store.parent / f".{store.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(built.relative_to(store.parent))
    os.replace(link, store)
    if old is not None and old != built.resolve():
        shutil.rmtree(old, ignore_errors=True)


def current_build(store: Path) -> Path | None:
    """The build folder the store path points at, if any."""
    return store.resolve() if store.is_symlink() and store.resolve().is_dir() else None


def clear_stale(store: Path, keep: Path | None) -> None:
    """Remove builds left behind by killed runs (we hold the lock, so none is in progress)."""
    builds = _builds_dir(store)
    if builds.is_dir():
        for d in builds.iterdir():
            if keep is None or d.resolve() != keep:
                if d.is_dir():
                    shutil.rmtree(d, ignore_errors=True)
                else:
                    d.unlink(missing_ok=True)


def new_build_dir(store: Path) -> Path:
    """An empty folder for the next build, beside the current one."""
    builds = _builds_dir(store)
    builds.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(dir=builds, prefix=time.strftime("%Y%m%dT%H%M%S-")))


def open_store(store: Path) -> Store:
    """The store for reading.

    :raises StoreError: there is no store at ``store``.
    """
    if not (store / "CURRENT").is_file():
        raise StoreError("no store here; run `kg build` first", store)
    try:
        return Store.read_only(str(store))
    except OSError as e:
        raise StoreError(f"cannot open the store: {e}", store) from None


EXPORT_FORMATS = {"nq": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG, "ttl": RdfFormat.TURTLE, "jsonld": RdfFormat.JSON_LD}


def export(store: Store, fmt: str, output: BinaryIO, union: Iterable[Triple] | None = None) -> None:
    """Write the whole graph. Turtle holds no named graphs, so it gets the union of all of them:
    ``union``, when the caller reads `union_triples` on the way (`kg.dump` counts them)."""
    rdf_format = EXPORT_FORMATS[fmt]
    if rdf_format.supports_datasets:
        store.dump(output, rdf_format, prefixes=PREFIXES if fmt == "trig" else None)
        return
    serialize(union_triples(store) if union is None else union, output, rdf_format, prefixes=PREFIXES)


def union_triples(store: Store) -> Iterator[Triple]:
    """Every triple of the union of the graphs once, in the order of their N-Triples lines.

    The union repeats a triple once per graph that holds it (a person's name as each document prints
    it). Removed in memory, the repeats took 800 bytes a triple (640 MB at 1,000 documents); the
    system's ``sort``, which spills to the temporary folder (``TMPDIR``), removes them here instead.
    Sorted, a subject's triples come together.

    :raises StoreError: ``sort`` is missing or failed (a full disk).
    """
    with tempfile.TemporaryDirectory(prefix="kg-sort-") as spill:
        try:
            sorter = subprocess.Popen(
                ["sort", "--unique", "--buffer-size=256M", f"--temporary-directory={spill}"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env={**os.environ, "LC_ALL": "C"},  # bytes order: the code points' order, as Python sorts
            )
        except FileNotFoundError:
            raise StoreError("the system's `sort` command is missing (it removes repeated triples)") from None
        assert sorter.stdin is not None and sorter.stdout is not None
        read = False
        try:
            try:
                with sorter.stdin:  # sort writes nothing before its input ends
                    serialize((q.triple for q in store), sorter.stdin, RdfFormat.N_TRIPLES)
                with sorter.stdout:
                    for quad in parse(sorter.stdout, RdfFormat.N_TRIPLES):
                        yield quad.triple
            except (BrokenPipeError, SyntaxError):  # sort stopped reading, or its output stopped mid-line
                if sorter.wait() == 0:
                    raise
            read = True
        finally:
            if not read and sorter.poll() is None:  # the reader stopped early
                sorter.kill()
            sorter.wait()
        if sorter.returncode != 0:
            raise StoreError(f"sorting the triples failed (sort exited with {sorter.returncode})")


def store_base(store: Store) -> str:
    """The base IRI the store was built with (its VoID ``uriSpace``)."""
    for row in store.query(
        "SELECT ?space WHERE { ?d <http://rdfs.org/ns/void#uriSpace> ?space }", use_default_graph_as_union=True
    ):
        return row[0].value
    return DEFAULT_BASE
