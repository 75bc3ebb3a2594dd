"""Who a printed name stands for: the authority file, and the session's own list for abbreviations."""

from __future__ import annotations


def test_a_web_menu_entry_is_no_person(facts_of, authority):
    text = "Home\nCollections\nSession of the CPSU CC Presidium, 20 November 1958\nPresent: Khrushchev, Mikoyan\nCde. Mikoyan—agree.\n"
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance] == ["khrushchev", "mikoyan"]
    assert [t.person.id for t in s.turns] == ["mikoyan"]
    assert authority.lookup("Home") is None and authority.lookup("Lord Home") == "douglas-home"
