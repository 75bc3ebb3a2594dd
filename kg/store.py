"""The pyoxigraph store: built whole, swapped in atomically, opened read-only.

A build writes a fresh store next to the current one and, only when it is
complete, points the store path at it with one atomic ``rename`` of a
symbolic link. A build that fails or is killed leaves the previous store
untouched and queryable; a second build started meanwhile is refused.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import Quad, RdfFormat, Store, serialize

from kg.authority import Authority, default_authority
from kg.errors import DocumentError, DocumentWarning, StoreError
from kg.extract import extract_file
from kg.facts import DocumentFacts
from kg.nlp import make_pipeline
from kg.paths import ONTOLOGY
from kg.rdf import DEFAULT_BASE, PREFIXES, Minter, dataset_quads, document_quads, merge_people, people_quads
from kg.read import iter_corpus, read_manifest


@dataclass
class BuildReport:
    store: Path
    documents: list[str] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    warnings: list[DocumentWarning] = field(default_factory=list)
    sessions: int = 0
    quads: int = 0


def _builds_dir(store: Path) -> Path:
    return store.parent / f".{store.name}.builds"


@contextmanager
def _build_lock(store: Path) -> Iterator[None]:
    store.parent.mkdir(parents=True, exist_ok=True)
    lock_path = store.parent / f".{store.name}.lock"
    with lock_path.open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError("another build of this store is running; try again when it has finished", store) from None
        yield


def _swap_in(store: Path, built: Path) -> None:
    """Point ``store`` at ``built`` in one atomic step, then remove what it pointed at before."""
    old = store.resolve() if store.is_symlink() else None
    if store.exists() and not store.is_symlink():
        if store.is_dir() and not any(store.iterdir()):
            store.rmdir()  # an empty folder made for us (e.g. by mkdtemp)
        else:
            raise StoreError("exists and is not a kg store; choose another --store", store)
    link = store.parent / f".{store.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(built.relative_to(store.parent))
    os.replace(link, store)
    if old is not None and old != built.resolve():
        shutil.rmtree(old, ignore_errors=True)


def _clear_stale(builds: Path, keep: Path | None) -> None:
    """Remove builds left behind by killed runs (we hold the lock, so none is in progress)."""
    if builds.is_dir():
        for d in builds.iterdir():
            if keep is None or d.resolve() != keep:
                shutil.rmtree(d, ignore_errors=True)


def extract_corpus(
    paths: Iterable[Path],
    authority: Authority,
    on_document: Callable[[Path], None] | None = None,
    model: str | None = None,
) -> tuple[list[DocumentFacts], list[DocumentError]]:
    """Extract every document; a document that fails is reported and the others still come out."""
    nlp = make_pipeline(authority, model)
    facts, errors = [], []
    for path in paths:
        try:
            facts.append(extract_file(path, nlp, authority))
        except DocumentError as e:
            errors.append(e)
        if on_document:
            on_document(path)
    return facts, errors


def corpus_quads(facts: list[DocumentFacts], authority: Authority, base: str = DEFAULT_BASE) -> Iterator[Quad]:
    m = Minter(base)
    for f in facts:
        yield from document_quads(f, m)
    variants = {p.id: p.variants for p in authority.people.values()}
    yield from people_quads(merge_people(facts), variants, m)


def build(
    corpus: Path,
    store: Path,
    *,
    base: str = DEFAULT_BASE,
    strict: bool = False,
    authority: Authority | None = None,
    model: str | None = None,
    on_start: Callable[[int], None] | None = None,
    on_document: Callable[[Path], None] | None = None,
) -> BuildReport:
    """Extract ``corpus`` and replace the store at ``store`` with the result.

    :raises StoreError: another build holds the store, or ``store`` is not a kg store.
    :raises DocumentError: with ``strict``, when any document has an error or a warning (the store is left as it was).
    """
    if not corpus.is_dir():
        raise StoreError("corpus folder not found", corpus)
    authority = authority or default_authority()
    store = store.absolute()
    paths = list(iter_corpus(corpus))
    if on_start:
        on_start(len(paths))
    report = BuildReport(store)
    with _build_lock(store):
        builds = _builds_dir(store)
        _clear_stale(builds, store.resolve() if store.is_symlink() else None)
        facts, report.errors = extract_corpus(paths, authority, on_document, model)
        report.warnings = [w for f in facts for w in f.warnings]
        problems = [*report.errors, *report.warnings]
        if strict and problems:
            lines = "\n".join(f"  {p}" for p in problems)
            raise DocumentError(
                f"{len(problems)} problem(s) in the corpus; the store was not changed (--strict):\n{lines}"
            )
        sources = read_manifest(corpus)
        for f in facts:
            f.url = sources.get(f.filename, f.url)
        report.documents = [f.filename for f in facts]
        report.sessions = sum(len(f.sessions) for f in facts)
        builds.mkdir(parents=True, exist_ok=True)
        target = Path(tempfile.mkdtemp(dir=builds, prefix=time.strftime("%Y%m%dT%H%M%S-")))
        try:
            report.quads = _load(target, corpus_quads(facts, authority, base), base)
            _swap_in(store, target)
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise
    return report


def _load(target: Path, quads: Iterable[Quad], base: str) -> int:
    """Write a new store at ``target`` with pyoxigraph's bulk loader; the number of quads in it."""
    db = Store(str(target))
    db.bulk_extend(quads)
    db.bulk_extend(dataset_quads(Minter(base)))
    db.bulk_load(path=str(ONTOLOGY / "kg.ttl"), format=RdfFormat.TURTLE, to_graph=Minter(base).graph("ontology"))
    db.flush()
    db.optimize()
    return len(db)


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


def export(store: Store, fmt: str, output: BinaryIO) -> None:
    """Write the whole graph. Turtle holds no named graphs, so it gets the union of all of them."""
    rdf_format = EXPORT_FORMATS[fmt]
    if rdf_format.supports_datasets:
        store.dump(output, rdf_format, prefixes=PREFIXES if fmt == "trig" else None)
        return
    triples = sorted({q.triple for q in store}, key=str)
    serialize(triples, output, rdf_format, prefixes=PREFIXES)


def store_base(store: Store) -> str:
    """The base IRI the store was built with (its VoID ``uriSpace``)."""
    for row in store.query(
        "SELECT ?space WHERE { ?d <http://rdfs.org/ns/void#uriSpace> ?space }", use_default_graph_as_union=True
    ):
        return row[0].value
    return DEFAULT_BASE
