"""Bad input, crashes and hostile parameters lose nothing and let nothing through."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import build
from kg.errors import DocumentError, KgError
from kg.extract import extract
from kg.paths import CORPUS
from kg.queries import canned, run
from kg.read import decode, read_text
from kg.store import open_store

DOCS = sorted(CORPUS.glob("*.txt"))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_fail_with_our_error(data):
    try:
        text = decode(data, Path("x.txt"))
    except DocumentError as e:
        assert str(e).startswith("x.txt")
    else:
        assert "\r" not in text


@FAST
@given(st.text(max_size=3000))
def test_any_text_reads_or_fails_with_our_error(authority, nlp, text):
    try:
        raw = read_text(Path("x.txt"), text, authority.knows)
    except KgError:
        return
    facts = extract(raw, nlp, authority)
    for s in facts.sessions:
        for fact in [*s.attendance, *s.turns, *s.mentions, *s.citations]:
            assert text[fact.span.start : fact.span.end] == fact.span.quote


@st.composite
def mutated_documents(draw):
    text = draw(st.sampled_from(DOCS)).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["cut", "delete", "insert", "duplicate"]))
        if kind == "cut":
            text = text[:at]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        elif kind == "insert":
            text = text[:at] + draw(st.text(max_size=40)) + text[at:]
        else:
            text = text[:at] + text[max(0, at - 300) : at] + text[at:]
    return text


@FAST
@given(mutated_documents())
def test_mutated_documents_never_crash_the_pipeline(authority, nlp, text):
    try:
        raw = read_text(Path("m.txt"), text, authority.knows)
    except KgError:
        return
    facts = extract(raw, nlp, authority)
    assert all(s.index >= 1 for s in facts.sessions)


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        (
            "Working Notes from the Session of the CPSU CC Presidium\nPresent: Khrushchev, Mikoyan\nCde. Mikoyan—yes.\n",
            "session 1 has no date; it is kept undated",
        ),
        ("Session of the CPSU CC Presidium on 4 May 1958\nCde. Mikoyan—yes.\n", "session 1 has no attendance list"),
        (
            "Session of the CPSU CC Presidium on 4 May 1958\nPresent: Mikoyan\nCde. Mikoyan—see APRF, F. 3, Op. 64, and more.\n",
            "incomplete archive reference",
        ),
        (
            "Session of the CPSU CC Presidium on 4 May 1958\nPresent: Mikoyan\nCde. Mikoyan—we should not rush into thi",
            "the text stops mid-sentence",
        ),
    ],
)
def test_gaps_are_reported_with_line_and_never_filled(facts_of, text, warning):
    facts = facts_of(text, "gap.txt")
    messages = [str(w) for w in facts.warnings]
    assert any(m.startswith("gap.txt:") and warning in m for m in messages), messages
    if "no date" in warning:
        assert facts.sessions[0].date is None


def test_a_complete_reference_to_an_archive_of_several_words_is_no_warning(facts_of):
    text = "Session of the CPSU CC Presidium on 4 May 1958\nPresent: Mikoyan\nCde. Mikoyan—see TsA FSB, F. 3, Op. 1, D. 5, L. 2.\n"
    assert [str(w) for w in facts_of(text, "fsb.txt").warnings] == []


def test_a_50_mb_file_is_refused_and_the_rest_builds(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DOCS[0], corpus)
    with (corpus / "huge.txt").open("wb") as f:
        f.write(b"Cde. Molotov-the document. " * 2_000_000)
    report = build(corpus, tmp_path / "store")
    assert [str(e) for e in report.errors] == [
        f"{corpus / 'huge.txt'}: file is 54.0 MB, over the 20 MB limit for one document; split it into its documents"
    ]
    assert report.documents == [DOCS[0].name]


def test_every_character_of_every_turn_is_in_the_graph(corpus_db, authority, nlp):
    from kg.extract import extract_file

    expected = sum(len(t.text) for p in DOCS for s in extract_file(p, nlp, authority).sessions for t in s.turns)
    query = "SELECT (SUM(STRLEN(?t)) AS ?n) WHERE { ?turn <https://w3id.org/malin-kg/ontology#text> ?t ; a <https://w3id.org/malin-kg/ontology#SpeechTurn> }"
    [[total]] = [[row[0].value] for row in corpus_db.query(query, use_default_graph_as_union=True)]
    assert int(total) == expected > 5000


INJECTIONS = [
    '") } ; DROP ALL ; #',
    "' } UNION { ?s ?p ?o } #",
    '" . ?s ?p ?o . FILTER("1"="1',
    '\\" } INSERT DATA { <a:b> <a:c> <a:d> } #',
    "%22%29%20%7D",
    "<http://127.0.0.1:9/> SERVICE",
    "\x00\n\r\t",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_are_bound_as_literals_in_every_parameterised_query(corpus_db, value):
    before = len(corpus_db)
    for name, query in canned().items():
        if not query.params:
            continue
        result = run(corpus_db, name, {p: value for p in query.params})
        assert result.rows == []  # no person is called that, and nothing else matched
    assert len(corpus_db) == before


def _kill_build_at(corpus: Path, store: Path, delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def test_a_build_killed_at_random_points_leaves_the_previous_store(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(60):  # enough documents for the build to take a few seconds
        for doc in DOCS:
            (corpus / f"{i:02d}-{doc.name}").write_bytes(doc.read_bytes())
    store = tmp_path / "store"
    build(CORPUS, store)
    before = {str(q) for q in open_store(store)}
    rng = random.Random(7)
    for delay in sorted(rng.uniform(0.3, 6.0) for _ in range(4)):
        _kill_build_at(corpus, store, delay)
        assert {str(q) for q in open_store(store)} == before, f"store changed by a build killed after {delay:.1f} s"
    report = build(CORPUS, store)
    assert report.errors == []
    assert {str(q) for q in open_store(store)} == before
