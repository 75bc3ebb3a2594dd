"""Which archive files each session rests on: the notes' own file, and the others a document cites."""

from __future__ import annotations


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
