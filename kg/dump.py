"""Downloadable dumps of the whole graph, and the VoID + DCAT description that points at them.

Linked-data consumers and archives that mirror the data want files they can fetch, check and
load without our SPARQL server: one gzipped file per RDF syntax, a ``SHA256SUMS`` that
``sha256sum -c`` verifies, and a ``void.ttl`` that says what the files hold, under which licence,
and where to get them (the web server serves the same description at ``/.well-known/void``).

Every file is written into a hidden folder inside the output folder, and all are renamed into place
together at the end, so a reader (the web server serving ``/dumps/``) never sees half a file, and sees
a new dump beside the checksum of the one it replaced only while the renames run, not for the minutes
the writing takes. The gzip headers carry no
time and no file name, so the same store always gives byte-identical dumps and checksums: a
mirror can tell that nothing changed by comparing ``SHA256SUMS``.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import Literal, NamedNode, RdfFormat, Store, Triple, parse, serialize

from kg.rdf import DCT, PREFIXES, RDF, VOID, XSD, Minter
from kg.store import export, union_triples

DCAT = "http://www.w3.org/ns/dcat#"
SPDX = "http://spdx.org/rdf/terms#"
IANA = "https://www.iana.org/assignments/media-types/"

DUMP_FORMATS = {"kg.nq.gz": "nq", "kg.trig.gz": "trig", "kg.ttl.gz": "ttl", "kg.jsonld.gz": "jsonld"}
"""Each dump file and the `kg.store.export` format it holds, in the order they are written."""

MEDIA_TYPES = {
    "nq": "application/n-quads",
    "trig": "application/trig",
    "ttl": "text/turtle",
    "jsonld": "application/ld+json",
}
"""The media type of each format once uncompressed (DCAT gives the compression separately)."""

CHECKSUMS = "SHA256SUMS"
VOID_FILE = "void.ttl"

LICENSE = "https://creativecommons.org/licenses/by/4.0/"
DESCRIPTION = (
    "Who attended meetings of the Soviet leadership (CPSU CC Presidium and Politburo) and on whose word, "
    "who spoke in what order and said what, and which archive file supports each statement, taken from "
    "English translations of the meeting notes with the exact words of each document as evidence."
)
RIGHTS = (
    "The graph is licensed under CC BY 4.0. The source translations quoted in kg:text and in the evidence "
    "quotes remain under the terms of their rights holders (Wilson Center Digital Archive, translations by "
    "Mark Kramer and others), which allow reuse for research and education."
)
VOCABULARIES = tuple(PREFIXES[p] for p in ("kg", "rico", "prov", "skos", "dcterms", "oa", "void"))
"""The namespaces of the terms the data uses (rdf, rdfs, owl and xsd go without saying)."""


@dataclass(frozen=True)
class DumpFile:
    """One file written by `write_dumps`, as `SHA256SUMS` and the DCAT distributions state it."""

    name: str
    byte_size: int
    sha256: str


@dataclass(frozen=True)
class DumpReport:
    """What `write_dumps` wrote: every file (dumps, then ``SHA256SUMS``, then ``void.ttl``) and what the dumps hold."""

    files: list[DumpFile]
    triples: int  # distinct triples across all graphs: what the Turtle dump holds
    entities: int  # distinct IRI subjects (VoID's entities)
    quads: int  # what the N-Quads, TriG and JSON-LD dumps hold

    @property
    def dumps(self) -> list[DumpFile]:
        """The RDF dump files alone, as `void_description` takes them."""
        return [f for f in self.files if f.name in DUMP_FORMATS]


def write_dumps(
    store: Store, out_dir: Path, *, base: str, endpoint: str | None = None, download_base: str | None = None
) -> DumpReport:
    """Write the dumps, ``SHA256SUMS`` and ``void.ttl`` into ``out_dir`` (created if needed).

    ``void.ttl`` comes last, so once it is in place it describes dumps that are all there.
    ``endpoint`` and ``download_base`` are as for `void_description`.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    _sweep(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{os.getpid()}-", dir=out_dir))
    try:
        counted = _Census()  # while the Turtle dump reads the union: sorting it again would cost as much
        dumps = [_write(staging / name, _gzipped(store, fmt, counted)) for name, fmt in DUMP_FORMATS.items()]
        sums = "".join(f"{d.sha256}  {d.name}\n" for d in dumps).encode()
        checksums = _write(staging / CHECKSUMS, lambda out: out.write(sums))
        triples, entities = counted.triples, counted.entities
        void = _void_turtle(
            store, base, triples=triples, entities=entities, endpoint=endpoint, dumps=dumps, download_base=download_base
        )
        described = _write(staging / VOID_FILE, lambda out: out.write(void))
        files = [*dumps, checksums, described]
        for f in files:  # void.ttl last: once it is in place, it describes dumps that are all there
            os.replace(staging / f.name, out_dir / f.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return DumpReport(files=files, triples=triples, entities=entities, quads=len(store))


_STAGING = ".writing-"  # hidden: `/dumps/` serves no name that starts with a dot


def _sweep(out_dir: Path) -> None:
    """Remove what a writer that was killed left (a server stopped while it wrote its dumps)."""
    for folder in out_dir.glob(f"{_STAGING}*"):
        pid = folder.name[len(_STAGING) :].partition("-")[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def void_description(
    store: Store,
    *,
    base: str,
    endpoint: str | None = None,
    dumps: list[DumpFile] | None = None,
    download_base: str | None = None,
    counted: tuple[int, int] | None = None,
) -> bytes:
    """The VoID + DCAT description of the dataset ``{base}dataset``, as Turtle.

    ``dumps`` are the files `write_dumps` wrote (`DumpReport.dumps`); each becomes a
    ``dcat:Distribution`` downloadable at ``{download_base}/{name}`` (``download_base`` is the folder's
    URL, with or without its final slash), or at ``{base}dumps/{name}`` (where the web server serves
    them) when there is no ``download_base``. Without ``dumps`` the description names no downloads.
    ``counted`` is the store's `census`, when known: taking it sorts the whole graph.
    """
    triples, entities = counted or census(store)
    return _void_turtle(
        store,
        base,
        triples=triples,
        entities=entities,
        endpoint=endpoint,
        dumps=dumps or [],
        download_base=download_base,
    )


def _gzipped(store: Store, fmt: str, counted: _Census) -> Callable[[BinaryIO], None]:
    """A writer of the whole graph in ``fmt``, gzipped with no time or file name in the header; the
    union a graph format reads goes through ``counted`` (a dataset format leaves it unstarted)."""

    def write(out: BinaryIO) -> None:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as gz:
            export(store, fmt, gz, union=counted.count(union_triples(store)))

    return write


def _write(path: Path, write: Callable[[BinaryIO], object]) -> DumpFile:
    """Write ``path`` (in the staging folder) to disk, and describe it."""
    with path.open("wb") as out:
        write(out)
        out.flush()
        os.fsync(out.fileno())
    with path.open("rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    return DumpFile(name=path.name, byte_size=path.stat().st_size, sha256=digest)


def census(store: Store) -> tuple[int, int]:
    """Distinct triples across all graphs, and distinct subjects that are IRIs (VoID's entities).

    Counted on the sorted union (`kg.store.union_triples`), where a subject's triples come together:
    SPARQL's DISTINCT holds every triple in memory (250 MB at 1,000 documents).
    """
    counted = _Census()
    for _ in counted.count(union_triples(store)):
        pass
    return counted.triples, counted.entities


class _Census:
    """VoID's triples and entities, counted as the sorted union goes by."""

    def __init__(self) -> None:
        self.triples = self.entities = 0

    def count(self, union: Iterable[Triple]) -> Iterator[Triple]:
        subject = None
        for triple in union:
            self.triples += 1
            if triple.subject != subject:
                subject = triple.subject
                self.entities += isinstance(subject, NamedNode)
            yield triple


def _void_turtle(
    store: Store,
    base: str,
    *,
    triples: int,
    entities: int,
    endpoint: str | None,
    dumps: list[DumpFile],
    download_base: str | None,
) -> bytes:
    """Build the description from the counts and files; starts from the store's own ``meta`` graph
    (`kg.rdf.dataset_quads`) so the two never disagree on the title, the URI space or the build."""
    m = Minter(base)
    dataset = m.iri("dataset")
    out = [q.triple for q in store.quads_for_pattern(None, None, None, m.graph("meta"))]

    def add(s: NamedNode, p: str, o: NamedNode | Literal) -> None:
        out.append(Triple(s, NamedNode(p), o))

    add(dataset, RDF + "type", NamedNode(DCAT + "Dataset"))
    add(dataset, DCT + "description", Literal(DESCRIPTION))
    add(dataset, DCT + "license", NamedNode(LICENSE))
    add(dataset, DCT + "rights", Literal(RIGHTS))
    add(dataset, VOID + "triples", _integer(triples, "integer"))
    add(dataset, VOID + "entities", _integer(entities, "integer"))
    if endpoint is not None:
        add(dataset, VOID + "sparqlEndpoint", NamedNode(endpoint))
    for vocabulary in VOCABULARIES:
        add(dataset, VOID + "vocabulary", NamedNode(vocabulary))
    folder = m.base + "dumps/" if download_base is None else download_base.rstrip("/") + "/"
    for d in dumps:
        url = NamedNode(folder + d.name)
        dist = m.iri("dataset", "distribution", d.name)
        checksum = NamedNode(dist.value + "/checksum/sha256")
        add(dataset, VOID + "dataDump", url)
        add(dataset, DCAT + "distribution", dist)
        add(dist, RDF + "type", NamedNode(DCAT + "Distribution"))
        add(dist, DCAT + "downloadURL", url)
        add(dist, DCAT + "mediaType", NamedNode(IANA + MEDIA_TYPES[DUMP_FORMATS[d.name]]))
        add(dist, DCAT + "compressFormat", NamedNode(IANA + "application/gzip"))
        add(dist, DCAT + "byteSize", _integer(d.byte_size, "nonNegativeInteger"))
        add(dist, SPDX + "checksum", checksum)
        add(checksum, RDF + "type", NamedNode(SPDX + "Checksum"))
        add(checksum, SPDX + "algorithm", NamedNode(SPDX + "checksumAlgorithm_sha256"))
        add(checksum, SPDX + "checksumValue", Literal(d.sha256, datatype=NamedNode(XSD + "hexBinary")))
    # One block per subject, the dataset first: a stable sort keeps each subject's statements in order.
    out.sort(key=lambda t: t.subject.value)
    return serialize(out, format=RdfFormat.TURTLE, prefixes={**PREFIXES, "dcat": DCAT, "spdx": SPDX})


def _integer(n: int, datatype: str) -> Literal:
    return Literal(str(n), datatype=NamedNode(XSD + datatype))


def read_census(out_dir: Path) -> tuple[int, int] | None:
    """The counts (`census`) a folder's ``void.ttl`` states, if it states both."""
    try:
        quads = list(parse(path=out_dir / VOID_FILE, format=RdfFormat.TURTLE))
    except (OSError, SyntaxError):
        return None
    counts = {q.predicate.value: q.object.value for q in quads}
    triples, entities = counts.get(VOID + "triples"), counts.get(VOID + "entities")
    return (int(triples), int(entities)) if triples and entities else None


def read_dumps(out_dir: Path) -> list[DumpFile]:
    """The dumps a folder holds, as its ``SHA256SUMS`` lists them (none if there is no such file)."""
    sums = out_dir / CHECKSUMS
    if not sums.is_file():
        return []
    found = []
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if name in DUMP_FORMATS and (out_dir / name).is_file():
            found.append(DumpFile(name, (out_dir / name).stat().st_size, digest))
    return found
