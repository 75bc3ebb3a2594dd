"""The dumps: each reloads to the same dataset, SHA256SUMS and void.ttl tell the truth, reruns are identical."""

from __future__ import annotations

import gzip
import hashlib
from collections import defaultdict
from pathlib import Path

import pytest
from pyoxigraph import BlankNode, DefaultGraph, Store, Triple
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns

import kg.dump
from kg.dump import DUMP_FORMATS, DumpReport, void_description, write_dumps
from kg.store import EXPORT_FORMATS, store_base

ENDPOINT = "https://kg.example.org/sparql"
IANA = "https://www.iana.org/assignments/media-types/"
SPDX = "http://spdx.org/rdf/terms#"
MEDIA_TYPES = {
    "kg.nq.gz": "application/n-quads",
    "kg.trig.gz": "application/trig",
    "kg.ttl.gz": "text/turtle",
    "kg.jsonld.gz": "application/ld+json",
}


@pytest.fixture(scope="module")
def written(corpus_db, tmp_path_factory) -> tuple[Path, DumpReport]:
    out = tmp_path_factory.mktemp("dumps") / "dumps"  # not there yet: write_dumps makes it
    return out, write_dumps(corpus_db, out, base=store_base(corpus_db), endpoint=ENDPOINT)


def _reload(path: Path) -> Store:
    db = Store()
    db.load(gzip.decompress(path.read_bytes()), format=EXPORT_FORMATS[DUMP_FORMATS[path.name]])
    return db


def _graphs(quads) -> dict[object, set[Triple]]:
    graphs: dict[object, set[Triple]] = defaultdict(set)
    for q in quads:
        graphs[q.graph_name].add(q.triple)
    return dict(graphs)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_store_has_no_blank_nodes(corpus_db):
    """What lets the reload tests compare quads as they stand instead of graph isomorphism."""
    assert not [q for q in corpus_db if isinstance(q.subject, BlankNode) or isinstance(q.object, BlankNode)]


@pytest.mark.parametrize("name", [n for n, fmt in DUMP_FORMATS.items() if EXPORT_FORMATS[fmt].supports_datasets])
def test_a_dataset_dump_reloads_to_the_same_named_graphs(written, corpus_db, name):
    out, report = written
    reloaded = _graphs(_reload(out / name))
    assert reloaded == _graphs(corpus_db)
    assert sum(map(len, reloaded.values())) == report.quads


def test_the_turtle_dump_reloads_to_the_union_of_the_graphs(written, corpus_db):
    out, report = written
    reloaded = _reload(out / "kg.ttl.gz")
    assert {q.graph_name for q in reloaded} == {DefaultGraph()}
    assert {q.triple for q in reloaded} == {q.triple for q in corpus_db}
    assert len(reloaded) == report.triples < report.quads  # some triples are in several graphs


def test_sha256sums_lists_every_dump_with_its_checksum(written):
    out, report = written
    lines = (out / "SHA256SUMS").read_text().splitlines()
    assert lines == [f"{_sha256(out / name)}  {name}" for name in DUMP_FORMATS]
    for f in report.files:
        assert (f.byte_size, f.sha256) == ((out / f.name).stat().st_size, _sha256(out / f.name))
    assert [f.name for f in report.files] == [*DUMP_FORMATS, "SHA256SUMS", "void.ttl"]
    assert sorted(p.name for p in out.iterdir()) == sorted(f.name for f in report.files)  # no temporary files left


def _distributions(g: Graph, dataset: URIRef) -> dict[str, URIRef]:
    """Each distribution of ``dataset`` by the file name its download URL ends with."""
    return {str(g.value(d, ns.DCAT.downloadURL)).rsplit("/", 1)[1]: d for d in g.objects(dataset, ns.DCAT.distribution)}


def test_void_describes_the_dataset_and_every_dump(written, corpus_db):
    out, _ = written
    base = store_base(corpus_db)
    g = Graph().parse(data=(out / "void.ttl").read_bytes(), format="turtle")
    dataset = URIRef(base + "dataset")
    assert {ns.VOID.Dataset, ns.DCAT.Dataset} <= set(g.objects(dataset, ns.RDF.type))
    assert g.value(dataset, ns.VOID.triples).toPython() == len({q.triple for q in corpus_db})
    assert g.value(dataset, ns.VOID.entities).toPython() == len({q.subject for q in corpus_db})  # all subjects are IRIs
    assert g.value(dataset, ns.VOID.uriSpace) == Literal(base)
    assert g.value(dataset, ns.VOID.sparqlEndpoint) == URIRef(ENDPOINT)
    assert g.value(dataset, ns.DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert "Wilson Center Digital Archive" in g.value(dataset, ns.DCTERMS.rights)
    assert str(g.value(dataset, ns.DCTERMS.title))
    assert URIRef("https://www.ica.org/standards/RiC/ontology#") in set(g.objects(dataset, ns.VOID.vocabulary))
    assert {str(u) for u in g.objects(dataset, ns.VOID.dataDump)} == {base + "dumps/" + n for n in DUMP_FORMATS}
    distributions = _distributions(g, dataset)
    assert distributions.keys() == DUMP_FORMATS.keys()
    for name, d in distributions.items():
        assert g.value(d, ns.RDF.type) == ns.DCAT.Distribution
        assert g.value(d, ns.DCAT.mediaType) == URIRef(IANA + MEDIA_TYPES[name])
        assert g.value(d, ns.DCAT.compressFormat) == URIRef(IANA + "application/gzip")
        size = g.value(d, ns.DCAT.byteSize)
        assert (size.datatype, size.toPython()) == (ns.XSD.nonNegativeInteger, (out / name).stat().st_size)
        checksum = g.value(d, URIRef(SPDX + "checksum"))
        assert isinstance(checksum, URIRef) and checksum.startswith(str(d) + "/")
        assert g.value(checksum, URIRef(SPDX + "algorithm")) == URIRef(SPDX + "checksumAlgorithm_sha256")
        assert str(g.value(checksum, URIRef(SPDX + "checksumValue"))) == _sha256(out / name)


def test_void_description_links_to_the_download_base_and_names_no_endpoint_unless_given(written, corpus_db):
    _, report = written
    base = store_base(corpus_db)
    turtle = void_description(corpus_db, base=base, dumps=report.dumps, download_base="https://files.example.org/kg")
    g = Graph().parse(data=turtle, format="turtle")
    dataset = URIRef(base + "dataset")
    assert g.value(dataset, ns.VOID.sparqlEndpoint) is None
    urls = {str(g.value(d, ns.DCAT.downloadURL)) for d in g.objects(dataset, ns.DCAT.distribution)}
    assert urls == {"https://files.example.org/kg/" + n for n in DUMP_FORMATS}
    bare = Graph().parse(data=void_description(corpus_db, base=base), format="turtle")
    assert not list(bare.objects(dataset, ns.DCAT.distribution))
    assert bare.value(dataset, ns.VOID.triples).toPython() == report.triples


def test_writing_again_gives_byte_identical_files(written, corpus_db, tmp_path):
    out, report = written
    again = write_dumps(corpus_db, tmp_path, base=store_base(corpus_db), endpoint=ENDPOINT)
    assert again == report
    for f in report.files:
        assert (tmp_path / f.name).read_bytes() == (out / f.name).read_bytes()


def test_a_failed_write_leaves_the_previous_file_whole(written, corpus_db, tmp_path, monkeypatch):
    out, _ = written
    (tmp_path / "kg.nq.gz").write_bytes((out / "kg.nq.gz").read_bytes())

    def broken(store, fmt, output, union=None):
        output.write(b"<half a file")
        raise OSError("disk full")

    monkeypatch.setattr(kg.dump, "export", broken)
    with pytest.raises(OSError, match="disk full"):
        write_dumps(corpus_db, tmp_path, base=store_base(corpus_db))
    assert (tmp_path / "kg.nq.gz").read_bytes() == (out / "kg.nq.gz").read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["kg.nq.gz"]


def test_the_dumps_in_place_change_only_once_all_are_written(written, corpus_db, tmp_path, monkeypatch):
    """A server lists a folder's dumps with their checksums: while new ones are written, it must still see
    the previous set whole, not a new kg.nq.gz beside the old SHA256SUMS."""
    out, _ = written
    for f in out.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    before = {f.name: f.stat().st_ino for f in tmp_path.iterdir()}
    seen, export = [], kg.dump.export

    def watched(store, fmt, output, union=None):
        seen.append({f.name: f.stat().st_ino for f in tmp_path.iterdir() if not f.name.startswith(".")})
        export(store, fmt, output, union)

    monkeypatch.setattr(kg.dump, "export", watched)
    write_dumps(corpus_db, tmp_path, base=store_base(corpus_db), endpoint=ENDPOINT)
    assert seen == [before] * len(DUMP_FORMATS)
    after = {f.name: f.stat().st_ino for f in tmp_path.iterdir()}
    assert after.keys() == before.keys() and all(after[n] != before[n] for n in before)


def test_what_a_killed_writer_left_is_removed_by_the_next(corpus_db, tmp_path):
    """A server stopped while it wrote its dumps leaves its hidden staging folder; a live writer's stays."""
    import os
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = tmp_path / f".writing-{gone.stdout.strip()}-abc"
    alive = tmp_path / f".writing-{os.getppid()}-def"
    for folder in (left, alive):
        folder.mkdir()
        (folder / "kg.nq.gz").write_bytes(b"half")
    write_dumps(corpus_db, tmp_path, base=store_base(corpus_db))
    assert not left.exists() and alive.exists()
    assert sorted(f.name for f in tmp_path.iterdir() if f.is_file()) == sorted(
        [*DUMP_FORMATS, "SHA256SUMS", "void.ttl"]
    )


def test_a_server_takes_its_counts_from_dumps_newer_than_the_store(written, corpus_store):
    from kg.web.site import Site

    out, report = written
    site = Site(corpus_store, dumps=out)
    site.refresh_dumps("http://127.0.0.1:8000")
    assert site.once("census", lambda: pytest.fail("counted again")) == (report.triples, report.entities)
