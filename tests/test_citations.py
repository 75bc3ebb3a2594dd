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
