"""Which archive files each session rests on: the notes' own file, and the others a document cites."""

from __future__ import annotations

import pickle
import subprocess
import sys

from kg.rdf import Minter


def test_every_reference_of_the_source_line_is_cited_by_the_session(facts_of):
    text = (
        "Source: RGANI, F. 3, Op. 16, D. 947, Ll. 71-78ob. The formal record is in RGANI, F. 2, Op. 1, D. 768, Ll. 2-17.\n"
        "Session of the CPSU CC Presidium, 13 October 1964\n"
        "Present: Brezhnev, Suslov\n"
        "Cde. Suslov—agree.\n"
    )
    [s] = facts_of(text).sessions
    assert [(c.unit.label, c.notes_source) for c in s.citations] == [
        ("RGANI, F. 3, Op. 16, D. 947, Ll. 71-78ob", True),
        ("RGANI, F. 2, Op. 1, D. 768, Ll. 2-17", False),
    ]


def test_the_page_s_reference_to_the_file_gives_way_to_each_session_s_own_line_on_it(facts_of):
    """A collection's heading cites the file that holds its protocols, with all their folios; each protocol's own
    line under it gives its folios of that file: a session rests on its own folios, not on the others'."""
    text = (
        "Protocols of the Sessions of the CPSU CC Presidium (extracts)\n"
        "Source: RGANI, F. 3, Op. 10, D. 71, Ll. 1-6 and 40-47. Typescript, original.\n"
        "PROTOCOL No. 68 of the session of the Presidium of the CC CPSU of 3 June 1954\n"
        "Present: Cdes. Khrushchev, Mikoyan.\n"
        "Cde. Mikoyan—agree.\n"
        "RGANI. F. 3. Op. 10. D. 71. Ll. 1-6.\n"
        "PROTOCOL No. 71 of the session of the Presidium of the CC CPSU of 24 June 1954\n"
        "Present: Cdes. Khrushchev, Mikoyan.\n"
        "Cde. Khrushchev—agree.\n"
        "RGANI. F. 3. Op. 10. D. 71. Ll. 40-47.\n"
    )
    first, second = facts_of(text).sessions
    assert [(c.unit.label, c.notes_source) for c in first.citations] == [("RGANI, F. 3, Op. 10, D. 71, Ll. 1-6", True)]
    assert [(c.unit.label, c.notes_source) for c in second.citations] == [
        ("RGANI, F. 3, Op. 10, D. 71, Ll. 40-47", True)
    ]


def test_a_file_printed_two_ways_is_described_by_its_first_printing_on_every_run(facts_of, tmp_path):
    """A document that prints one file two ways ("ő.e." and "ő. e.") describes it by the first, whatever order the
    interpreter's hashing gives a set on this run: a dump built twice is the same dump."""
    facts = facts_of(
        "Source: MNL OL, M-KS 288. f. 5/838. ő.e., 1-31. l.\n\nMinutes of the meeting of the Political Committee of "
        "the HSWP, 3 November 1981\n\nPresent: Comrades Kádár, Aczél.\n\nComrade Aczél agreed.\n\nNotes\n\n"
        "[1] The submission is attached to the minutes: MNL OL, M-KS 288. f. 5/838. ő. e., 32-41. l.\n"
    )
    printed = sorted({c.unit.label for s in facts.sessions for c in s.citations})
    assert len(printed) == 2 and len({Minter().unit(c.unit.file) for s in facts.sessions for c in s.citations}) == 1
    (tmp_path / "facts.pickle").write_bytes(pickle.dumps(facts))
    show = (
        "import pickle, sys; from kg.rdf import Minter, shared_graphs; "
        "facts = pickle.load(open(sys.argv[1], 'rb')); "
        "print(sorted(q.object.value for qs in shared_graphs(facts, Minter(), {}).values() for q in qs "
        "if q.predicate.value.endswith('#label') and 'ő' in q.object.value))"
    )
    labels = {
        subprocess.run(
            [sys.executable, "-c", show, str(tmp_path / "facts.pickle")],
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(labels) == 1 and "ő.e." in labels.pop()
