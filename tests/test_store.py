"""The store: SHACL-valid, identical on rebuild, atomic, one build at a time, bad input reported."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

import kg.build
import kg.extract
import kg.store
from kg.build import build
from kg.errors import DocumentError, StoreError
from kg.paths import CORPUS
from kg.rdf import DCT, DEFAULT_BASE, KG, SKOS, TYPE, Minter, document_quads
from kg.read import decode
from kg.store import open_store, union_triples
from kg.validate import validate


def _quads(store: Path) -> set[str]:
    return {str(q) for q in open_store(store)}


def test_the_built_graph_passes_the_shapes(corpus_db):
    conforms, report = validate(corpus_db)
    assert conforms, report


def test_rebuilding_gives_the_same_iris_and_triples(corpus_store, tmp_path):
    again = tmp_path / "again"
    build(CORPUS, again)
    assert _quads(again) == _quads(corpus_store)


def test_rebuilding_in_place_replaces_the_store(tmp_path):
    store = tmp_path / "store"
    build(CORPUS, store)
    first = _quads(store)
    build(CORPUS, store)
    assert _quads(store) == first
    assert len(list((tmp_path / ".store.builds").iterdir())) == 1  # the old build is gone


def test_a_failed_build_leaves_the_previous_store(tmp_path, monkeypatch):
    store = tmp_path / "store"
    build(CORPUS, store)
    before = _quads(store)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(kg.build, "_write", broken)
    with pytest.raises(RuntimeError):
        build(CORPUS, store, full=True)
    assert _quads(store) == before


def test_a_second_build_at_the_same_time_is_refused(tmp_path):
    store = tmp_path / "store"
    with kg.store.build_lock(store.absolute()):
        with pytest.raises(StoreError, match="another build of this store is running"):
            build(CORPUS, store)


def test_a_folder_that_is_not_a_store_is_not_overwritten(tmp_path):
    store = tmp_path / "papers"
    store.mkdir()
    (store / "thesis.txt").write_text("mine")
    with pytest.raises(StoreError, match="is not a kg store"):
        build(CORPUS, store)
    assert (store / "thesis.txt").read_text() == "mine"


def test_no_store_yet(tmp_path):
    with pytest.raises(StoreError, match="no store here; run `kg build` first"):
        open_store(tmp_path / "nothing")


BAD = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n ",
    "binary.txt": bytes(range(256)) * 4,
    "cp1251.txt": "Заседание Президиума 6 ноября 1956".encode("cp1251"),
    "nosession.txt": b"A shopping list.\nBread, milk and tea.\n",
}
REASONS = {
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "binary.txt": "binary file, not text",
    "cp1251.txt": "not UTF-8 text",
    "nosession.txt": "no session found",
}


@pytest.fixture
def mixed_corpus(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "1956-11-27_presidium-protocol-60.txt", corpus)
    for name, data in BAD.items():
        (corpus / name).write_bytes(data)
    return corpus


def test_bad_documents_are_reported_and_the_rest_is_built(mixed_corpus, tmp_path):
    report = build(mixed_corpus, tmp_path / "store")
    assert report.documents == ["1956-11-27_presidium-protocol-60.txt"]
    reasons = {e.path.name: e.reason for e in report.errors}
    assert set(reasons) == set(BAD)
    for name, reason in REASONS.items():
        assert reasons[name].startswith(reason), (name, reasons[name])
    assert len(open_store(tmp_path / "store")) > 0


def test_a_page_saved_as_markdown_or_wiki_source_is_a_document_and_a_readme_or_licence_is_not(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "1956-11-27_presidium-protocol-60.txt", corpus / "protocol-60.md")
    shutil.copy(CORPUS / "1962-05-21_cpsu-presidium-protocol-32-cuba.txt", corpus / "cuba.wiki")
    for paper in ("README.md", "CHANGELOG.md", "LICENSE.txt"):
        (corpus / paper).write_text("# Our copies\n\nPresent: Khrushchev\n", encoding="utf-8")
    report = build(corpus, tmp_path / "store")
    assert (report.documents, report.errors) == (["cuba.wiki", "protocol-60.md"], [])


def test_a_document_of_a_kind_kg_does_not_read_is_reported_as_left_out(tmp_path):
    """A chapter's LaTeX source or a PDF beside the documents is named in a warning (and so fails a strict build),
    not dropped unsaid; an image is no document and is not named."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "1956-11-27_presidium-protocol-60.txt", corpus / "notes.txt")
    for other in ("chapter07.tex", "scan.PDF", "photo.jpg"):
        (corpus / other).write_bytes(b"\\section{Session of 4 November 1956}\n")
    report = build(corpus, tmp_path / "store")
    assert report.documents == ["notes.txt"]
    assert [(w.path.name, w.reason) for w in report.warnings if w.path.suffix != ".txt"] == [
        (name, "left out: kg does not read this kind of file; save it as plain text, Markdown or HTML")
        for name in ("chapter07.tex", "scan.PDF")
    ]
    with pytest.raises(DocumentError):
        build(corpus, tmp_path / "strict", strict=True)


def test_two_files_that_would_be_one_document_are_an_error_and_the_first_is_built(tmp_path):
    """The document's IRIs come from its file's name without the suffix or folder: a second file of that name
    would overwrite the first's claims."""
    corpus = tmp_path / "corpus"
    (corpus / "b").mkdir(parents=True)
    for copy in ("a.md", "a.txt", "b/a.txt"):
        shutil.copy(CORPUS / "1956-11-27_presidium-protocol-60.txt", corpus / copy)
    report = build(corpus, tmp_path / "store")
    assert report.documents == ["a.md"]
    assert [(e.path, e.reason) for e in report.errors] == [
        (corpus / "a.txt", f"it has the same document name as {corpus / 'a.md'}; rename one of them"),
        (corpus / "b" / "a.txt", f"it has the same document name as {corpus / 'a.md'}; rename one of them"),
    ]


def test_a_document_the_reader_fails_on_is_named_and_the_rest_is_built(tmp_path, monkeypatch):
    """A layout that trips a bug of ours costs that file, named with what went wrong, not the whole build."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("1956-11-27_presidium-protocol-60.txt", "1956-11-06_presidium-protocol-53.txt"):
        shutil.copy(CORPUS / name, corpus)
    real = kg.extract._parse

    def tripped(nlp, text):  # a bug of ours that fails inside a library
        return next(iter(())) if "No. 53" in text else real(nlp, text)

    monkeypatch.setattr(kg.extract, "_parse", tripped)
    report = build(corpus, tmp_path / "store", jobs=1)
    assert report.documents == ["1956-11-27_presidium-protocol-60.txt"]
    [error] = report.errors
    assert error.path.name == "1956-11-06_presidium-protocol-53.txt"
    assert error.reason.startswith("the reader failed on it (StopIteration")
    assert "in extract at extract.py:" in error.reason  # the last line of ours it passed, for the report


def test_strict_build_changes_nothing_when_a_document_is_bad(mixed_corpus, tmp_path):
    store = tmp_path / "store"
    build(CORPUS, store)
    before = _quads(store)
    with pytest.raises(DocumentError, match="problem\\(s\\) in the corpus; the store was not changed"):
        build(mixed_corpus, store, strict=True)
    assert _quads(store) == before


TEXT = "Session of the CPSU CC Presidium on 4 May 1958\nPresent: Khrushchev, Mikoyan\nCde. Mikoyan—Kádár agreed.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8-sig"),
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.replace("\n", "\r\n").encode(),
        TEXT.replace("\n", "\r").encode(),
        TEXT.replace("\n", "\r\n", 1).replace("Mikoyan\n", "Mikoyan\r").encode(),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "crlf", "cr", "mixed"],
)
def test_every_encoding_and_line_end_we_accept_reads_as_the_same_text(data):
    assert decode(data, Path("x.txt")) == TEXT


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            TEXT.encode("latin-1", "replace"),
            "x.txt:3: not UTF-8 text: byte 0xe1 cannot be decoded; save the file as UTF-8",
        ),
        (
            "Заседание\nПрезидиума".encode("cp1251"),
            "x.txt:1: not UTF-8 text: byte 0xc7 cannot be decoded; save the file as UTF-8",
        ),
        (TEXT.encode("utf-16-le"), "x.txt: binary file, not text"),
        (
            TEXT.encode()[: TEXT.encode().index("á".encode()) + 1],
            "x.txt:3: the file ends inside a character: a truncated copy?",
        ),
        ("a\nZhukov—".encode()[:-1], "x.txt:2: the file ends inside a character: a truncated copy?"),
        (
            "a\nZhukov é".encode("latin-1"),
            "x.txt:2: not UTF-8 text: byte 0xe9 cannot be decoded; save the file as UTF-8",
        ),
    ],
    ids=["latin-1", "cp1251", "utf-16-without-bom", "cut-inside-a-character", "cut-in-its-only-one", "latin-1-at-end"],
)
def test_text_we_cannot_read_says_where_and_why(data, message):
    with pytest.raises(DocumentError) as raised:
        decode(data, Path("x.txt"))
    assert str(raised.value) == message


def test_a_store_path_that_is_a_file_is_refused_before_any_work(tmp_path, monkeypatch):
    def no_extraction(*args, **kwargs):
        raise AssertionError("extracted documents for a store it cannot write")

    monkeypatch.setattr(kg.build, "_extract_all", no_extraction)
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="notes.txt: exists and is not a kg store; choose another --store"):
        build(CORPUS, tmp_path / "notes.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_utf16_with_bom_is_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (CORPUS / "1981-04-16_cpsu-politburo-session-poland.txt").read_text(encoding="utf-8")
    (corpus / "utf16.txt").write_bytes(text.encode("utf-16"))
    (corpus / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    report = build(corpus, tmp_path / "store")
    assert report.errors == [] and report.sessions == 2


def test_a_document_saved_as_utf16_or_with_crlf_is_unchanged_on_the_next_build(tmp_path):
    """The store keeps each document's text's sha256: a file whose bytes are not its text (UTF-16, Windows line ends)
    is found unchanged all the same, and only an edited one is read again."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (CORPUS / "1981-04-16_cpsu-politburo-session-poland.txt").read_text(encoding="utf-8")
    for name, data in [
        ("utf16.txt", text.encode("utf-16")),
        ("crlf.txt", text.replace("\n", "\r\n").encode("utf-8")),
        ("plain.txt", text.encode("utf-8")),
    ]:
        (corpus / name).write_bytes(data)
    build(corpus, tmp_path / "store")
    (corpus / "plain.txt").write_bytes((text + "\nEnd of the record.\n").encode("utf-8"))
    report = build(corpus, tmp_path / "store")
    assert report.incremental and report.documents == ["plain.txt"] and report.unchanged == 2


def _copy_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    return corpus


def test_an_incremental_build_equals_a_full_build(tmp_path):
    corpus = _copy_corpus(tmp_path)
    store = tmp_path / "store"
    build(corpus, store)
    changed = corpus / "1956-11-27_presidium-protocol-60.txt"
    changed.write_text(changed.read_text().replace("Zhukov—we should", "Zhukov—we must"))
    (corpus / "1981-04-16_cpsu-politburo-session-poland.txt").unlink()
    shutil.copy(CORPUS / "1981-04-16_cpsu-politburo-session-poland.txt", corpus / "1981-copy.txt")
    report = build(corpus, store)
    assert report.incremental
    assert sorted(report.documents) == ["1956-11-27_presidium-protocol-60.txt", "1981-copy.txt"]
    assert report.removed == ["1981-04-16_cpsu-politburo-session-poland.txt"]
    assert report.unchanged == 3
    full = tmp_path / "full"
    build(corpus, full, full=True)
    assert _quads(store) == _quads(full)  # the quad count the build keeps in the meta graph too
    # counted from the graphs it changed, not by reading the store; and so is an up-to-date store
    assert report.quads == len(open_store(store)) == build(corpus, store).quads


def test_removing_a_document_removes_the_people_and_files_only_it_named(tmp_path):
    corpus = _copy_corpus(tmp_path)
    store = tmp_path / "store"
    build(corpus, store)
    (corpus / "1981-04-16_cpsu-politburo-session-poland.txt").unlink()
    report = build(corpus, store)
    full = tmp_path / "full"
    build(corpus, full, full=True)
    assert _quads(store) == _quads(full)
    assert report.quads == len(open_store(store))


_LOST_MEETING = """SELECT ?meeting WHERE {
  ?doc <http://purl.org/dc/terms/identifier> "lost.txt" . ?meeting <https://w3id.org/malin-kg/ontology#describedIn> ?doc
}"""


def _typed(store: Path, meeting: NamedNode) -> int:
    """How many graphs say ``meeting`` is a meeting."""
    return len(list(open_store(store).quads_for_pattern(meeting, TYPE, NamedNode(KG + "Meeting"))))


def test_a_meeting_two_documents_describe_is_stated_once_and_outlives_either(tmp_path):
    """A meeting's type, date and body are written once, however many documents describe it, and stay
    while any document does: at the end one that only names the meeting (its notes are lost)."""
    corpus = _copy_corpus(tmp_path)
    lost = "Working Notes from the Session of the CPSU CC Presidium on 27 November 1956\n\nThe notes are lost.\n"
    (corpus / "lost.txt").write_text(lost)
    store = tmp_path / "store"
    build(corpus, store)
    [row] = open_store(store).query(_LOST_MEETING, use_default_graph_as_union=True)
    meeting = row["meeting"]
    described = open_store(store).quads_for_pattern(meeting, NamedNode(KG + "describedIn"), None)
    assert len(list(described)) == 2 and _typed(store, meeting) == 1
    for name, typed in [("1956-11-27_presidium-protocol-60.txt", 1), ("lost.txt", 0)]:
        (corpus / name).unlink()
        report = build(corpus, store)
        full = tmp_path / f"full-{name}"
        build(corpus, full, full=True)
        assert report.incremental and _quads(store) == _quads(full)
        assert _typed(store, meeting) == typed


def test_each_document_of_a_meeting_gives_its_own_protocol_number(tmp_path, table):
    """One row per meeting and document in `sessions`, each with the number its document prints."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    heading = "Working Notes from the Session of the CPSU CC Presidium on 27 November 1956 (Re: Protocol No. {})\n"
    for n in (60, 61):
        (corpus / f"p{n}.txt").write_text(heading.format(n) + "\nThe notes are lost.\n")
    build(corpus, tmp_path / "store")
    rows = sorted((r["document"], r["protocol"]) for r in table(open_store(tmp_path / "store"), "sessions"))
    assert rows == [("p60.txt", "60"), ("p61.txt", "61")]


TWO_MEETINGS = """Working Notes from the Sessions of the CPSU CC Presidium, March 1959
Source: RGANI, F. 3, Op. 12, D. 300, Ll. 1-6.

Protocol No. 210
3 March 1959
Present: Khrushchev, Mikoyan, Suslov
I. On Berlin
Cde. Mikoyan—agree.
Affirm as an unfortunate event.
Cde. Suslov is to transmit it.

Protocol No. 211
5 March 1959
Present: Khrushchev, Mikoyan, Suslov
I. On Laos
Cde. Suslov—agree.
It's not advisable.
Cde. Mikoyan is to prepare a draft.
Instructions to: The Foreign Ministry, KGB.
"""


@pytest.fixture(scope="module")
def two_meetings(tmp_path_factory):
    """A store of one document that describes two meetings, built once for the tables below."""
    here = tmp_path_factory.mktemp("two-meetings")
    (here / "corpus").mkdir()
    (here / "corpus" / "two.txt").write_text(TWO_MEETINGS)
    build(here / "corpus", here / "store")
    return open_store(here / "store")


@pytest.mark.parametrize(
    ("name", "column", "expected"),
    [
        (
            "decisions",
            "decision",
            [("1959-03-03", "Affirm as an unfortunate event"), ("1959-03-05", "It's not advisable")],
        ),
        ("assignments", "name", [("1959-03-03", "Mikhail Suslov"), ("1959-03-05", "Anastas Mikoyan")]),
        ("instructions", "name", [("1959-03-05", "Foreign Ministry"), ("1959-03-05", "KGB")]),
    ],
)
def test_a_document_of_two_meetings_gives_each_meeting_its_own_claims(two_meetings, table, name, column, expected):
    """These tables go document by document: a document's claims are each under its own meeting, in the
    whole table and for one meeting."""
    assert [(r["date"], r[column]) for r in table(two_meetings, name)] == expected
    for date in sorted({d for d, _ in expected}):
        one = table(two_meetings, name, session=f"meeting/cpsu-cc-presidium/{date}")
        assert [(r["date"], r[column]) for r in one] == [p for p in expected if p[0] == date]


def test_an_up_to_date_store_is_left_alone(corpus_store):
    before = corpus_store.resolve()
    report = build(CORPUS, corpus_store)
    assert report.incremental and report.documents == [] and report.unchanged == 5
    assert corpus_store.resolve() == before


def test_a_new_authority_makes_the_next_build_full(tmp_path, authority):
    from kg.authority import Authority, Person

    store = tmp_path / "store"
    build(CORPUS, store)
    extra = Authority([*authority.people.values(), Person("zakharchenko", "Ivan Zakharchenko", ("Zakharchenko",))])
    assert not build(CORPUS, store, authority=extra).incremental


def test_a_build_loaded_file_by_file_gives_the_same_graph(tmp_path, monkeypatch):
    build(CORPUS, tmp_path / "one")
    files = []
    monkeypatch.setattr(kg.build, "CHUNK_BYTES", 20_000)  # a few documents a file
    monkeypatch.setattr(kg.build.Store, "bulk_load", _spy(kg.build.Store.bulk_load, files))
    report = build(CORPUS, tmp_path / "many")
    assert len([f for f in files if f.endswith(".nq")]) >= 3
    assert _quads(tmp_path / "one") == _quads(tmp_path / "many") and report.quads == len(open_store(tmp_path / "many"))


def _spy(load, paths: list[str]):
    def bulk_load(db, *args, path=None, **kwargs):
        paths.append(str(path))
        return load(db, *args, path=path, **kwargs)

    return bulk_load


def test_parallel_extraction_gives_the_same_graph(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        for doc in CORPUS.glob("*.txt"):
            (corpus / f"{i}-{doc.name}").write_bytes(doc.read_bytes())
    one, two = tmp_path / "one", tmp_path / "two"
    build(corpus, one, jobs=1)
    report = build(corpus, two, jobs=2)
    assert len(report.documents) == 30
    assert _quads(one) == _quads(two)


def test_the_shapes_catch_a_broken_graph():
    from pyoxigraph import NamedNode, Quad, RdfFormat, Store

    example = Path(__file__).parent / "data" / "shapes_example.ttl"
    store = Store()
    store.load(path=str(example), format=RdfFormat.TURTLE, base_iri="https://w3id.org/malin-kg/id/")
    assert validate(store)[0]
    pref = NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    for q in list(store.quads_for_pattern(None, pref, None)):
        store.remove(Quad(q.subject, q.predicate, q.object, q.graph_name))
    conforms, report = validate(store)
    assert not conforms and "prefLabel" in report


def test_checked_in_batches_the_graph_shows_the_violations_it_shows_whole(corpus_db):
    """A batch holds its subjects' triples and the types of what they point to: enough for every shape."""
    from pyoxigraph import Literal, Quad, RdfFormat, Store, serialize
    from pyshacl import validate as shacl_validate
    from rdflib import Graph

    from kg.paths import ONTOLOGY
    from kg.validate import _violations

    store = Store()
    store.extend(list(corpus_db))
    person, meeting = (
        NamedNode(DEFAULT_BASE + "person/gromyko"),
        NamedNode(DEFAULT_BASE + "meeting/cpsu-cc-presidium/1956-11-06"),
    )
    claim = next(store.quads_for_pattern(None, TYPE, NamedNode(KG + "AttendanceClaim")))
    unit = next(store.quads_for_pattern(None, TYPE, NamedNode(KG + "ArchivalUnit")))
    for q in [*store.quads_for_pattern(person, NamedNode(SKOS + "prefLabel"), None), unit]:
        store.remove(q)  # a person without a name, a file that is no longer an archival unit
    store.add(Quad(claim.subject, NamedNode(KG + "person"), meeting, claim.graph_name))  # a meeting as a person
    store.add(Quad(meeting, NamedNode(DCT + "date"), Literal("1999-01-01"), claim.graph_name))  # a second date
    named = next(
        store.quads_for_pattern(NamedNode(DEFAULT_BASE + "person/molotov"), NamedNode(SKOS + "prefLabel"), None)
    )
    store.remove(named)  # a name given by a document's graph rather than the person's own: still given
    store.add(Quad(named.subject, named.predicate, named.object, claim.graph_name))
    conforms, report = validate(store, batch=200)
    failing = {line.split(">")[0][1:] for line in report.splitlines()}
    on_the_file = {q.subject.value for q in store.quads_for_pattern(None, NamedNode(KG + "supportedBy"), unit.subject)}
    assert not conforms and {person.value, claim.subject.value, meeting.value} <= failing and on_the_file <= failing
    assert named.subject.value not in failing
    # pySHACL over the whole union at once finds the same
    union = Graph().parse(data=serialize({q.triple for q in store}, format=RdfFormat.N_TRIPLES), format="nt")
    shapes, ontology = (Graph().parse(ONTOLOGY / name) for name in ("shapes.ttl", "kg.ttl"))
    _, results, _ = shacl_validate(union, shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert report == "\n".join(sorted(set(_violations(results, set(union.subjects())))))


def test_every_module_that_shapes_the_graph_is_in_the_fingerprint():
    # a change to any of these must make the next build a full one; the web and the CLI do not shape it
    graph_makers = {"text.py", "read.py", "sessions.py", "names.py", "extract.py", "other_source.py", "stances.py"}
    graph_makers |= {"nlp.py", "rdf.py", "refs.py", "authority.py", "facts.py"}
    fingerprinted = {p.name for p in kg.build.graph_code()}
    assert graph_makers <= fingerprinted
    assert not fingerprinted & {"cli.py", "queries.py", "sparql.py", "dump.py", "build.py"}


def test_a_manifest_source_that_is_no_web_address_is_reported_and_left_out(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "1956-11-27_presidium-protocol-60.txt", corpus / "notes.txt")
    (corpus / "manifest.tsv").write_text("file\tsource\nnotes.txt\thand-written copy\n", encoding="utf-8")
    report = build(corpus, tmp_path / "store")
    assert report.documents == ["notes.txt"]
    assert [str(w) for w in report.warnings if "manifest" in str(w)] == [
        f"{corpus / 'manifest.tsv'}:2: the source of notes.txt is not a web address ('hand-written copy'); it is left out"
    ]
    sources = [
        row[0].value
        for row in open_store(tmp_path / "store").query(
            "SELECT ?s WHERE { ?d <http://purl.org/dc/terms/source> ?s }", use_default_graph_as_union=True
        )
    ]
    assert sources and all(s.startswith("http") for s in sources)  # the address the copy prints, not the manifest's


def test_the_union_gives_each_triple_once_in_the_order_of_its_lines(corpus_db):
    """The Turtle dump and the VoID counts read it: a triple several graphs hold comes once."""
    assert list(union_triples(corpus_db)) == sorted({q.triple for q in corpus_db}, key=str)


def test_a_union_read_only_in_part_leaves_no_spilled_files(corpus_db, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    triples = union_triples(corpus_db)
    next(triples)
    assert list(tmp_path.iterdir())  # sort's folder, while the union is being read
    triples.close()
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("script", ["exit 2", "cat > /dev/null; exit 2"], ids=["stops reading", "fails at the end"])
def test_a_failing_sort_is_a_store_error(corpus_db, tmp_path, monkeypatch, script):
    fake = tmp_path / "sort"
    fake.write_text(f"#!/bin/sh\n{script}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    with pytest.raises(StoreError, match="sort exited with 2"):
        list(union_triples(corpus_db))


def _built(tmp_path, name: str, text: str):
    """The store built from one document of our own, opened."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    build(corpus, tmp_path / "store")
    return open_store(tmp_path / "store")


def test_a_file_given_by_its_call_number_passes_the_shapes_and_carries_its_claims(tmp_path):
    """An SED protocol's own file is an East Berlin call number: the graph names it so, passes the shapes,
    and the attendance rests on it; a file named both ways, or neither, does not pass."""
    from pyoxigraph import Literal, Quad, Store

    from kg.queries import run

    db = _built(
        tmp_path,
        "1960-02-23_sed.txt",
        "Protocol No. 9/60 of the meeting of the Politburo of the SED CC on 23 February 1960\n"
        "Present: Comrades Ulbricht, Honecker, Matern\n"
        "Comrade Ulbricht reported on the meeting in Moscow.\n"
        "[Source: SAPMO-BArch, DY 30/J IV 2/2/689, Bl. 1-8.]\n",
    )
    assert validate(db)[0]
    result = run(db, "citations")
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    label = "SAPMO-BArch, DY 30/J IV 2/2/689, Bl. 1-8"
    assert [(r["archive"], r["fond"], r["label"], r["role"]) for r in rows] == [("SAPMO-BArch", "", label, "notes")]
    attendance = run(db, "attendance")
    sources = [dict(zip(attendance.columns, row, strict=True))["source"] for row in attendance.rows]
    assert sources == [label] * 3
    broken = Store()
    broken.extend(list(db))
    unit = next(broken.quads_for_pattern(None, TYPE, NamedNode(KG + "ArchivalUnit"))).subject
    graph = next(broken.quads_for_pattern(unit, None, None)).graph_name
    broken.add(Quad(unit, NamedNode(KG + "fond"), Literal("3"), graph))
    conforms, report = validate(broken)
    assert not conforms and "fond, opis and delo, or else by its archive's call number" in report


def test_an_absence_the_record_states_passes_the_shapes_and_stands_against_another_source(tmp_path):
    """ "Excused: Cde. E. Rigo" is an absence on the record's word (kg:StatedAbsent, not present): the graph
    passes the shapes, the attendance table has him only on the protocol's word, and a protocol that lists him
    is a conflict."""
    from kg.queries import run

    db = _built(
        tmp_path,
        "1968-07-02_ksc.txt",
        "Record of the meeting of the Presidium of the CC KSČ, held on 2 July 1968\n"
        "Source: RGANI, F. 89, Op. 61, D. 5, Ll. 1-9.\n\n"
        "Present: Cdes. F. Barbírek, V. Biľak\nExcused: Cde. E. Rigo (1)\n\nCde. Biľak: I agree.\n\n"
        "Notes\n(1) The formal protocol (RGANI, F. 89, Op. 61, D. 6, L. 2) lists E. Rigo among those present.\n",
    )
    assert validate(db)[0]
    kg = "https://w3id.org/malin-kg/ontology#"
    stated = f"ASK {{ ?c <{kg}basis> <{kg}StatedAbsent> ; <{kg}present> false }}"
    assert bool(db.query(stated, use_default_graph_as_union=True))
    attendance = run(db, "attendance")
    rows = [dict(zip(attendance.columns, row, strict=True)) for row in attendance.rows]
    assert [r["basis"] for r in rows if r["name"] == "Emil Rigo"] == ["protocol"]
    conflicts = run(db, "conflicts")
    rows = [dict(zip(conflicts.columns, row, strict=True)) for row in conflicts.rows]
    assert [(r["name"], r["asserted_by"], r["not_asserted_by"]) for r in rows] == [
        ("Emil Rigo", "RGANI, F. 89, Op. 61, D. 6, L. 2", "RGANI, F. 89, Op. 61, D. 5, Ll. 1-9")
    ]


def test_a_page_address_no_iri_holds_is_percent_encoded_not_a_failed_build(facts_of):
    """A page's address as its canonical link gives it may hold characters no IRI holds ("|", a space): the
    document's dct:source is the address percent-encoded, and its quads are written."""
    facts = replace(
        facts_of("Session of 5 May 1960\n\nPresent: Khrushchev.\n\nKhrushchev—Support.\n"),
        url="https://example.org/doc 5|a]",
    )
    quads = document_quads(facts, Minter("https://example.org/id/"))
    sources = [q.object.value for q in quads if q.predicate.value.endswith("/source")]
    assert sources == ["https://example.org/doc%205%7Ca%5D"]
