"""Who a printed name stands for: the authority file, and the session's own list for abbreviations."""

from __future__ import annotations


def test_a_web_menu_entry_is_no_person(facts_of, authority):
    text = "Home\nCollections\nSession of the CPSU CC Presidium, 20 November 1958\nPresent: Khrushchev, Mikoyan\nCde. Mikoyan—agree.\n"
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance] == ["khrushchev", "mikoyan"]
    assert [t.person.id for t in s.turns] == ["mikoyan"]
    assert authority.lookup("Home") is None and authority.lookup("Lord Home") == "douglas-home"


def test_an_abbreviation_is_read_among_the_people_at_the_session(facts_of, authority):
    assert authority.lookup("Vor.") is None  # Voroshilov, Voronov, Vorotnikov...
    text = (
        "Session of the CPSU CC Presidium, 18 June 1957\n"
        "Present: Khrushchev, Voroshilov, Kirichenko, Kaganovich\n"
        "Vor.—We must hear everyone.\n"
        "Kir.—Agreed.\n"
        "Vol.—Nobody here is printed so.\n"
    )
    facts = facts_of(text)
    [s] = facts.sessions
    assert [(t.person.id, t.name) for t in s.turns] == [("voroshilov", "Vor."), ("kirichenko", "Kir.")]
    assert any("'Vol.' is left out" in str(w) for w in facts.warnings)


def test_a_name_with_letters_unicode_does_not_decompose_keeps_them_in_its_id(facts_of):
    """ "Łabęcki" is "labecki" in an IRI, not "abecki": Ł, ł and their kind are folded as letters, not dropped."""
    text = (
        "Protocol No. 6 of the Politburo meeting held on 15 September 1981\n"
        "Present: Cdes. J. Łabęcki, S. Opałko, Z. Michałek\n"
        "Cde. J. Łabęcki: The workers are waiting.\n"
    )
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance] == ["labecki", "opalko", "michalek"]
    assert [(t.person.id, t.name) for t in s.turns] == [("labecki", "J. Łabęcki")]
