"""Building the store from a corpus: in parallel, and only what changed.

Each document becomes one self-contained named graph, so a rebuild re-extracts
only the documents that are new or changed and replaces just their graphs in a
copy of the current store (a cheap hard-linked backup), drops the graphs of
removed documents, and swaps the copy in. Anything that would change every
graph — the extraction code, the people authority, the base IRI, the model —
changes the build's fingerprint and makes the next build a full one.

Documents are extracted by worker processes (one spaCy pipeline each, forked
from a parent that built it once); each worker hands back N-Quads, which are
streamed to files and bulk-loaded by pyoxigraph; a full build then compacts the store.
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing
import os
import re
import shutil
import signal
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import NamedNode, RdfFormat, Store, Variable, serialize
from spacy.language import Language

from kg.authority import Authority, default_authority
from kg.errors import DocumentError, DocumentWarning, KgError, StoreError
from kg.extract import extract, prepare
from kg.nlp import make_pipeline
from kg.paths import ONTOLOGY
from kg.rdf import DEFAULT_BASE, Minter, dataset_quads, document_quads, shared_graphs
from kg.read import (
    DOCUMENT_SUFFIXES,
    UNREAD_SUFFIXES,
    decode,
    document_id,
    iter_corpus,
    read_bytes,
    read_manifest,
    read_text,
)
from kg.store import build_lock, check_target, clear_stale, current_build, new_build_dir, swap_in

_GRAPH_ROOTS = ("extract", "rdf", "nlp")  # the stages that turn text into quads


def graph_code() -> list[Path]:
    """The modules the graph depends on: the stages that make it and every kg module they import.

    Read from the import statements rather than listed by hand, so that a new module of the
    extraction (a reader of one more layout) makes a change to it a reason for a full build.
    """
    package = Path(__file__).parent
    todo, seen = list(_GRAPH_ROOTS), set()
    while todo:
        name = todo.pop()
        path = package / f"{name}.py"
        if name in seen or not path.is_file():
            continue
        seen.add(name)
        todo += _KG_IMPORT.findall(path.read_text(encoding="utf-8"))
    return sorted(package / f"{name}.py" for name in seen)


# an import of a kg module, at a line's head or indented in a function ("from kg.kindle import plain"): read so, not
# by parsing every module, which took a third of a second of every build
_KG_IMPORT = re.compile(r"^[ \t]*from[ \t]+kg\.(\w+)", re.M)


@dataclass
class BuildReport:
    store: Path
    documents: list[str] = field(default_factory=list)  # built (or rebuilt) by this run
    unchanged: int = 0  # kept from the previous store
    removed: list[str] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    warnings: list[DocumentWarning] = field(default_factory=list)
    sessions: int = 0
    quads: int = 0
    incremental: bool = False
    extract_seconds: float = 0.0  # reading, extraction and RDF of the documents built
    load_seconds: float = 0.0  # writing the store
    compact_seconds: float = 0.0  # compacting it afterwards (a full build only)


@dataclass
class _Done:
    """What a worker hands back for one document: a summary and its graph as N-Quads."""

    path: Path
    doc_id: str = ""
    sessions: int = 0
    nquads: bytes = b""
    shared: dict[str, bytes] = field(default_factory=dict)  # graph IRI → N-Quads of a shared graph
    warnings: list[DocumentWarning] = field(default_factory=list)
    error: DocumentError | None = None


_WORKER: tuple[Language, Authority, Minter, dict[str, tuple[str, ...]], dict[str, str]] | None = None


def _work(path: Path) -> _Done:
    """Read, extract and turn one document into N-Quads, in a worker (or in-process)."""
    assert _WORKER is not None
    nlp, authority, minter, variants, sources = _WORKER
    try:
        raw = read_text(path, decode(read_bytes(path), path), authority.knows)
        facts = extract(raw, nlp, authority)
    except DocumentError as e:
        return _Done(path, error=e)
    except Exception as e:  # a layout that trips the reader costs that file, not the corpus
        # what a report needs to find the bug: the last line of ours it passed (not one inside the library)
        frames = traceback.extract_tb(e.__traceback__)
        where = next((f for f in reversed(frames) if Path(f.filename).parent == Path(__file__).parent), frames[-1])
        return _Done(
            path,
            error=DocumentError(
                f"the reader failed on it ({type(e).__name__}: {e}, in {where.name} at"
                f" {Path(where.filename).name}:{where.lineno}); please report the file",
                path,
            ),
        )
    facts.url = sources.get(facts.filename, facts.url)
    nquads = serialize(document_quads(facts, minter), format=RdfFormat.N_QUADS)
    shared = {g: serialize(q, format=RdfFormat.N_QUADS) for g, q in shared_graphs(facts, minter, variants).items()}
    return _Done(path, facts.doc_id, len(facts.sessions), nquads, shared, facts.warnings)


def _extract_all(
    paths: list[Path], jobs: int, on_document: Callable[[Path], None] | None, lock_fd: int
) -> Iterator[_Done]:
    """Every document's result, in corpus order; ``jobs`` processes share the work."""
    if jobs <= 1 or len(paths) < 4 * jobs:
        for path in paths:
            done = _work(path)
            if on_document:
                on_document(path)
            yield done
        return
    # fork: the workers inherit the pipeline built once in this process. Unlike a multiprocessing
    # Pool, which waits for ever for the work of a worker that died, the executor says so.
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_start, initargs=(lock_fd,))
    try:
        for done in pool.map(_work, paths, chunksize=max(1, min(64, len(paths) // (jobs * 8)))):
            if on_document:
                on_document(done.path)
            yield done
    except BrokenProcessPool:
        raise KgError("a worker process died while extracting (out of memory?); the store was not changed") from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _worker_start(lock_fd: int) -> None:
    """Die with the parent build, and do not hold its lock: a killed build must leave nothing running."""
    os.close(lock_fd)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def fingerprint(authority: Authority, base: str, model: str | None) -> str:
    """What every graph depends on besides its own document: code, data, authority, base, model."""
    h = hashlib.sha256()
    for path in [*graph_code(), *sorted((Path(__file__).parent / "data").iterdir()), ONTOLOGY / "kg.ttl"]:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    for person in sorted(authority.people.values(), key=lambda p: p.id):
        h.update(repr(person).encode())
    h.update(f"{base}\0{model}".encode())
    return h.hexdigest()


def _state(store: Store) -> tuple[str | None, dict[str, tuple[str, str]]]:
    """(fingerprint, {file name: (text sha256, graph IRI)}) of a built store."""
    found = None
    for row in store.query(
        "SELECT ?f WHERE { ?d <https://w3id.org/malin-kg/ontology#buildFingerprint> ?f }",
        use_default_graph_as_union=True,
    ):
        found = row[0].value
    docs = {}
    for row in store.query(  # only documents have a sha256: no type to join, a third of the time
        """SELECT ?name ?sha ?g WHERE { GRAPH ?g { ?d <https://w3id.org/malin-kg/ontology#sha256> ?sha ;
             <http://purl.org/dc/terms/identifier> ?name } }"""
    ):
        docs[row[0].value] = (row[1].value, row[2].value)
    return found, docs


def _unchanged(path: Path, sha: str) -> bool:
    """Whether a document's text is the one whose sha256 the store holds. Its bytes are hashed first: those of a
    text a build has read (UTF-8, ``\\n`` line ends) are the text's own, and decoding ten thousand files to find
    them unchanged took a second."""
    try:
        data = read_bytes(path)
        return hashlib.sha256(data).hexdigest() == sha or hashlib.sha256(decode(data, path).encode()).hexdigest() == sha
    except DocumentError:
        return False  # reported when the document is extracted


def _distinct(paths: Iterable[Path], report: BuildReport) -> list[Path]:
    """The documents, each name once: a later file whose document would take an earlier one's name (and IRIs)
    is an error, reported, and left out."""
    kept: dict[str, Path] = {}
    for path in paths:
        if (first := kept.setdefault(document_id(path), path)) is not path:
            report.errors.append(DocumentError(f"it has the same document name as {first}; rename one of them", path))
    return list(kept.values())


def build(
    corpus: Path,
    store: Path,
    *,
    base: str = DEFAULT_BASE,
    strict: bool = False,
    authority: Authority | None = None,
    model: str | None = None,
    jobs: int | None = None,
    full: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_document: Callable[[Path], None] | None = None,
) -> BuildReport:
    """Bring the store at ``store`` up to date with ``corpus``.

    Only new and changed documents are extracted, unless ``full`` or the fingerprint changed.

    :raises StoreError: another build holds the store, or ``store`` is not a kg store.
    :raises DocumentError: with ``strict``, when any document has an error or a warning (the store is left as it was).
    """
    global _WORKER
    if not corpus.is_dir():
        raise StoreError("corpus folder not found", corpus)
    authority = authority or default_authority()
    store = store.absolute()
    check_target(store)
    jobs = jobs or os.cpu_count() or 1
    report = BuildReport(store)
    files = list(iter_corpus(corpus, DOCUMENT_SUFFIXES + UNREAD_SUFFIXES))  # (the folder walked once)
    paths = _distinct((p for p in files if p.suffix.lower() in DOCUMENT_SUFFIXES), report)
    # (a document of a kind no reader takes is said to be left out, not dropped unsaid)
    report.warnings += [
        DocumentWarning("left out: kg does not read this kind of file; save it as plain text, Markdown or HTML", p)
        for p in files
        if p.suffix.lower() in UNREAD_SUFFIXES
    ]
    with build_lock(store) as lock_fd:
        current = current_build(store)
        clear_stale(store, current)
        stamp = fingerprint(authority, base, model)
        previous: dict[str, tuple[str, str]] = {}
        old: Store | None = None  # the store an incremental build copies
        if current is not None and not full:
            old = Store.read_only(str(current))
            old_print, docs = _state(old)
            if old_print == stamp:
                previous = docs
                report.incremental = True
            else:
                old = None
        todo = [p for p in paths if p.name not in previous or not _unchanged(p, previous[p.name][0])]
        names = {p.name for p in paths}
        report.removed = sorted(name for name in previous if name not in names)
        report.unchanged = len(paths) - len(todo)
        if report.incremental and not todo and not report.removed:
            report.quads = _quad_count(old)
            return report
        if on_start:
            on_start(len(todo))
        sources, manifest_warnings = read_manifest(corpus)
        report.warnings += manifest_warnings
        _WORKER = (
            make_pipeline(authority, model),
            authority,
            Minter(base),
            {p.id: p.variants for p in authority.people.values()},
            sources,
        )
        prepare()
        target = new_build_dir(store)
        try:
            with tempfile.TemporaryDirectory(dir=target.parent, suffix=".nq") as folder, _Chunks(Path(folder)) as nq:
                # a shared graph goes into the files with the documents when a document first needs it,
                # unless the store has it: one bulk write of them all held 1.7 GB more at 100,000 documents
                seen: set[str] = set()
                shared: list[str] = []  # the shared graphs written
                built: list[str] = []  # the documents' ids, whose graphs are written
                started = time.perf_counter()
                for done in _extract_all(todo, jobs, on_document, lock_fd):
                    if done.error:
                        report.errors.append(done.error)
                        continue
                    report.documents.append(done.path.name)
                    built.append(done.doc_id)
                    report.sessions += done.sessions
                    report.warnings.extend(done.warnings)
                    nq.write(done.nquads)
                    for graph, quads in done.shared.items():
                        if graph not in seen:
                            seen.add(graph)
                            if old is None or not old.contains_named_graph(NamedNode(graph)):
                                nq.write(quads)
                                shared.append(graph)
                nq.close()
                report.extract_seconds = time.perf_counter() - started
                problems = [*report.errors, *report.warnings]
                if strict and problems:
                    lines = "\n".join(f"  {p}" for p in problems)
                    raise DocumentError(
                        f"{len(problems)} problem(s) in the corpus; the store was not changed (--strict):\n{lines}"
                    )
                # a changed document's old graph goes even if its new version cannot be read:
                # the store reflects the corpus, as a full build of it would
                replaced = [previous[n][1] for n in [*(p.name for p in todo), *report.removed] if n in previous]
                started = time.perf_counter()
                copy_of = current if report.incremental else None
                report.quads = _write(target, copy_of, replaced, built, nq.files, shared, base, stamp)
                report.load_seconds = time.perf_counter() - started
            if not report.incremental:
                # canned queries ran 1.1 to 4 times as fast on a compacted store, most about twice
                # (10,000 documents); a copy made by an incremental build is left as it is
                started = time.perf_counter()
                Store(str(target)).optimize()
                report.compact_seconds = time.perf_counter() - started
            swap_in(store, target)
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise
        finally:
            _WORKER = None
    return report


CHUNK_BYTES = 128 * 2**20


class _Chunks:
    """The documents' N-Quads, in files of about CHUNK_BYTES.

    pyoxigraph's bulk loader holds in memory about twice the file it loads, up to 2 GB a thread
    (a build of 10,000 documents peaked at 2.3 GB with one file, 786 MB with these); the store is
    compacted afterwards anyway.
    """

    def __init__(self, folder: Path):
        self.folder, self.size = folder, CHUNK_BYTES
        self.files: list[Path] = []
        self._out: BinaryIO | None = None

    def write(self, data: bytes) -> None:
        if self._out is None or self._out.tell() + len(data) > self.size:
            self.close()
            self.files.append(self.folder / f"{len(self.files):05d}.nq")
            self._out = self.files[-1].open("wb")
        self._out.write(data)

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    def __enter__(self) -> _Chunks:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_SHARED = ("meeting/", "person/", "unit/", "archive/")
# a document may name a meeting only as the subject of kg:describedIn, a person only as that of an altLabel
_REFERENCED = """SELECT ?node ?own ?d WHERE {
  GRAPH ?d { { ?s ?p ?node } UNION { ?node ?p ?o } } FILTER(?d != ?own)
} LIMIT 1"""
_NODES = "SELECT DISTINCT ?g ?n WHERE { GRAPH ?g { { ?s ?p ?n } UNION { ?n ?p ?o } } FILTER(isIRI(?n)) }"


def _shared_nodes(db: Store, graph: NamedNode, minter: Minter) -> set[NamedNode]:
    """The meetings, people, archive files and archives that ``graph`` refers to."""
    kinds = tuple(minter.base + kind for kind in _SHARED)
    rows = db.query(_NODES, substitutions={Variable("g"): graph})
    return {row["n"] for row in rows if row["n"].value.startswith(kinds)}


def _remove_orphans(db: Store, minter: Minter, candidates: set[NamedNode]) -> int:
    """Remove the graphs of the shared nodes (a meeting, a person, an archive file, an archive) in
    ``candidates`` that no other graph refers to any more; return how many quads went with them.

    Only what the replaced graphs referred to can have been orphaned, so a rebuild after one changed
    document looks at that document's meetings, people and files, not at every shared graph of the store.
    Removing an archive file's graph can orphan the file or archive it is part of: those are
    looked at next.
    """
    removed = 0
    while candidates:
        node = candidates.pop()
        graph = minter.graph_of(node)
        if not db.contains_named_graph(graph):
            continue
        if not any(db.query(_REFERENCED, substitutions={Variable("node"): node, Variable("own"): graph})):
            candidates |= _shared_nodes(db, graph, minter) - {node}
            removed += _size(db, graph)
            db.remove_graph(graph)
    return removed


def _size(db: Store, graph: NamedNode) -> int:
    return sum(1 for _ in db.quads_for_pattern(None, None, None, graph))


_COUNT = "SELECT ?n WHERE { ?dataset <https://w3id.org/malin-kg/ontology#quadCount> ?n }"


def _quad_count(db: Store) -> int:
    """The store's quads as its last build counted them (reading every quad takes seconds at 10,000 documents).

    Only a store of the same fingerprint is read so, and every build of it has written the count."""
    row = next(iter(db.query(_COUNT, use_default_graph_as_union=True)))
    return int(row["n"].value)


def _write(
    target: Path,
    current: Path | None,
    replaced: Iterable[str],
    built: Iterable[str],
    nquads: list[Path],
    shared: list[str],
    base: str,
    stamp: str,
) -> int:
    """Write the new store at ``target``: from scratch, or as a copy of ``current`` with graphs replaced;
    return how many quads it holds.

    ``nquads`` holds the built documents' graphs and the ``shared`` graphs (meeting, person, archive
    file, archive) the store did not have; a shared graph is removed when no document needs it any
    more. An incremental build counts the quads of the graphs it removes and writes, not the whole store.
    """
    minter = Minter(base)
    meta = minter.graph("meta")
    count = 0
    if current is not None:
        target.rmdir()  # pyoxigraph's backup makes the folder itself
        Store.read_only(str(current)).backup(str(target))
    db = Store(str(target))
    if current is not None:
        count = _quad_count(db) - _size(db, meta)
        db.remove_graph(meta)
    orphan_candidates: set[NamedNode] = set()
    for graph in map(NamedNode, replaced):
        orphan_candidates |= _shared_nodes(db, graph, minter)
        count -= _size(db, graph)
        db.remove_graph(graph)
    for chunk in nquads:
        db.bulk_load(path=str(chunk), format=RdfFormat.N_QUADS)
    count -= _remove_orphans(db, minter, orphan_candidates)
    if current is None:
        db.bulk_load(path=str(ONTOLOGY / "kg.ttl"), format=RdfFormat.TURTLE, to_graph=minter.graph("ontology"))
        count = len(db)
    else:
        count += sum(_size(db, g) for g in {*map(minter.graph, built), *map(NamedNode, shared)})
    quads = dataset_quads(minter, stamp, count)
    db.bulk_extend(quads)
    db.flush()
    return count + len(quads)
