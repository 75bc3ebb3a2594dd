"""Who a printed name stands for: the authority file, and the session's own list for abbreviations."""

from __future__ import annotations

import pytest

from kg.facts import Basis


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


def test_a_surname_printed_before_the_given_name_is_that_person(facts_of, authority):
    """The Hungarian order: "Biszku Béla" is Biszku (the last word "Béla" would be the Ben Bella of "Ben Bela")."""
    text = (
        "Minutes of the meeting of the Political Committee of the HSWP, 12 March 1969\n"
        "Present: Kádár János, Biszku Béla, Fock Jenő\n"
        "Biszku Béla: I agree.\n"
    )
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance] == ["kadar", "biszku", "fock"]
    assert [t.person.id for t in s.turns] == ["biszku"]
    assert authority.resolve("János Novák").label == "Novák"  # a surname the file does not know: the usual order
    assert authority.resolve("Petre Roman").label == "Roman"
    assert authority.resolve("J. Péter").label == "Péter"


def test_a_transcript_in_the_hungarian_order_of_men_the_people_file_does_not_know(facts_of, authority):
    """ "Berecz János", "Tatai Ilona": a surname the file does not know before a given name it does is the
    surname, in the list and in a transcript's capitals ("BERECZ JÁNOS:"); a man the list leaves out speaks so too,
    after others' turns printed so ("KÁRPÁTI FERENC:")."""
    [s] = facts_of(
        "VERBATIM RECORD of the session of the Political Committee, 28 February 1989\n\n"
        "Present: Berecz János, Grósz Károly, Tatai Ilona\n\n"
        "GRÓSZ KÁROLY: You have the proposal before you.\n\n"
        "BERECZ JÁNOS: I do not dispute the figures. I would not hurry.\n\n"
        "KÁRPÁTI FERENC: From the military point of view the barrier has no significance.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("berecz", Basis.LISTED),
        ("grosz", Basis.LISTED),
        ("tatai", Basis.LISTED),
        ("karpati", Basis.INFERRED),
    ]
    assert [(t.person.id, t.text[:20]) for t in s.turns] == [
        ("grosz", "You have the proposa"),
        ("berecz", "I do not dispute the"),
        ("karpati", "From the military po"),
    ]
    assert authority.resolve("Tatai Ilona").label == "Tatai"
    assert authority.resolve("Ilona Tatai").label == "Tatai"


@pytest.mark.parametrize(
    ("printed", "person"),
    [
        ("Imre Horváth", "horvath-imre"),
        ("István Horváth", None),  # the interior minister of 1980, not the foreign minister of 1956: another man
        # one name across transliterations
        ("Yuri Andropov", "andropov"),
        ("Iurii Andropov", "andropov"),
        ("Jurij Andropov", "andropov"),
        ("Wladyslaw Gomulka", "gomulka"),
        ("Vladislav Gomulka", "gomulka"),
        ("Victor Nikonov", "nikonov"),
        ("Georgi Gheorghiu-Dej", "gheorghiu-dej"),
        ("Mihail Suslov", "suslov"),
    ],
)
def test_a_given_name_tells_namesakes_apart_across_transliterations(authority, printed, person):
    assert authority.lookup(printed) == person


@pytest.mark.parametrize(
    ("printed", "person"),
    [
        ("Shvemik", "shvernik"),  # a scan's "m" for "rn"
        ("lgnatov", "ignatov"),  # ... its "l" for a capital "I"
        ("N. G. lgnatov", "ignatov"),
        ("Bulganln", "bulganin"),  # ... its "l" for a small "i"
        ("Khrushchcv", "khrushchev"),  # ... its "c" for an "e"
        # not a given name the file knows as another man's, nor a short name
        ("Vladimir Popov", "vladimir-popov"),
        ("Hom", "hom"),
    ],
)
def test_a_name_a_scan_misread_is_the_person_it_prints(authority, printed, person):
    assert authority.resolve(printed).id == person
    assert authority.knows(printed) == (person in authority.people)  # a speaker so printed is known


def test_a_scan_s_misread_speakers_take_their_turns(facts_of):
    """Malin's notes in a scan: "Khrushchcv." and "Bulganln." are Khrushchev's and Bulganin's turns."""
    [s] = facts_of(
        "PROTOCOL No. 111\nSession of 31 March 1955\n\nPresent: N. S. Khrushchev, N. A. Bulganin, V. M. Molotov.\n\n"
        "I. On Germany\n\nMolotov. We must wait.\n\nKhrushchcv. Decide: invite them.\n\nBulganln. For the draft.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["molotov", "khrushchev", "bulganin"]


def test_a_first_name_and_patronymic_is_the_one_person_who_bears_them(facts_of, authority):
    """Working records name colleagues so ("Egor Kuz'mich"), in any transliteration; a pair two people
    share is read among those at the session, and never minted as a person called "Ivanovich"."""
    assert authority.lookup("Egor Kuzmich") == authority.lookup("Yegor Kuz'mich") == "ligachev"
    assert authority.lookup("Anatoly Fedorovich") == "dobrynin"  # the file has "Anatolii Fedorovich"
    assert authority.lookup("Egor Kuzmich.") == "ligachev"  # the full stop of the sentence it ends
    # a party name before the surname, as an editor completes it, is his; another's given name is not
    assert authority.lookup("Wiesław [Gomułka]") == "gomulka"
    assert authority.lookup("Gerhard Gomułka") is None
    assert authority.lookup("Andrei Andreevich") is None and authority.resolve("Andrei Andreevich") is None
    assert authority.resolve("Arkady Ivanovich") is None  # a first name the file does not know, no surname either
    text = (
        "Session of the Politburo of the CC CPSU, 14 April 1977\n"
        "Present: Cdes. Brezhnev, Gromyko, Kosygin, Suslov\n"
        "Brezhnev: Leonid Il'ich has little to add. Andrei Andreevich and Egor Kuzmich will report. "
        "Nikolai Ivanovich is away.\n"
    )
    facts = facts_of(text)
    [s] = facts.sessions
    assert {(m.name, m.person.id) for m in s.mentions} >= {
        ("Andrei Andreevich", "gromyko"),
        ("Egor Kuzmich", "ligachev"),
    }
    assert not any(m.name.startswith("Nikolai") for m in s.mentions)
    assert not {"ivanovich", "andreevich", "kuzmich", "nikolai"} & facts.people.keys()


def test_only_the_people_a_fact_names_are_described(facts_of):
    """A name looked up along the way and then not claimed ("Observers are to be invited", weighed as a
    task and let go) is no person of the graph."""
    text = (
        "SESSION OF THE CPSU CC POLITBURO 24 July 1975\n"
        "Present: Cdes. L. I. Brezhnev, A. A. Grechko, A. A. Gromyko\n"
        "GRECHKO. The General Staff agrees. Observers are to be invited on a voluntary basis.\n"
        "GROMYKO. I agree.\n"
    )
    facts = facts_of(text)
    [s] = facts.sessions
    claimed = {a.person.id for a in s.attendance} | {t.person.id for t in s.turns} | {m.person.id for m in s.mentions}
    assert set(facts.people) == claimed and set(facts.variants) <= claimed


def test_a_note_marker_or_a_stop_after_a_name_is_no_part_of_it(facts_of):
    """A book's bare marker glued to a name ("Mikoyan1") names Mikoyan, not a person "Mikoyan1"; the name
    forms kept as variants (the graph's alternative labels) lose the marker and a sentence's stop after the
    name ("Report of Cde. Gromyko."), while an abbreviation keeps its point ("Khr.")."""
    text = (
        "Protocol No. 189 of the session of the CPSU CC Presidium of 20 November 1958\n"
        "Present: Khrushchev, Mikoyan1, Suslov, A. A. Gromyko,2 Kozlov.\n"
        "I. On Berlin.\n"
        "HEARD: Report of Cde. Gromyko.\n"
        "Khr.—We agree with Cde. Mikoyan.3\n"
    )
    facts = facts_of(text)
    assert set(facts.people) == {"khrushchev", "mikoyan", "suslov", "gromyko", "kozlov-frol"}
    assert facts.variants["mikoyan"] == {"Mikoyan"}
    assert facts.variants["gromyko"] == {"A. A. Gromyko", "Gromyko"}
    assert facts.variants["khrushchev"] == {"Khrushchev", "Khr."}


def test_words_a_title_stands_before_are_no_people(facts_of):
    """The rules that find people the authority does not know by a title or initials before a capitalised word
    must not take an organ, a post or an item's first word for a surname ("the General Staff", "the UN General
    Assembly", "Deputy Foreign Minister", item "I. Information"); an unknown man after such a title still is
    one ("Ambassador Kroll")."""
    text = (
        "Session of the CPSU CC Presidium, 9 December 1954\nPresent: Khrushchev, Zhukov, Molotov\n\n"
        "I. Information of Cdes. Khrushchev and Molotov on the talks.\n"
        "Zhukov—the General Staff has worked out the principles. Before the UN General Assembly we must "
        "answer. First Deputy Foreign Minister Kuznetsov is to prepare it with Ambassador Kroll's note.\n"
    )
    facts = facts_of(text)
    assert {m.person.id for s in facts.sessions for m in s.mentions} == {
        "khrushchev",
        "molotov",
        "kuznetsov-vasily",
        "kroll",
    }
    assert set(facts.people) == {"khrushchev", "zhukov", "molotov", "kuznetsov-vasily", "kroll"}


def test_a_name_the_line_broke_or_printed_with_its_accents_is_read_whole(facts_of):
    """ "Cde. Kagano-" / "vich" is Kaganovich, not a person "Kagano-"; "Comrade Zoltán Komócsin" is Komócsin,
    his given name read as "Zoltan" is, not a person "Zoltán"."""
    text = (
        "Minutes of the Session of the HSWP Political Committee, 2 April 1957\nPresent: J. Kádár, F. Münnich\n"
        "Comrade Kádár: Cde. Molotov and Cde. Kagano-\nvich spoke against it.\n"
        "Responsible: Comrade Zoltán Komócsin.\n"
    )
    facts = facts_of(text)
    assert {m.person.id for s in facts.sessions for m in s.mentions} >= {"molotov", "kaganovich", "komocsin"}
    assert set(facts.people) == {"kadar", "munnich", "molotov", "kaganovich", "komocsin"}
    assert facts.variants["kaganovich"] == {"Kaganovich"}


@pytest.mark.parametrize(
    ("printed", "found"),
    [
        # initials not those of the man the file holds: a namesake, minted apart
        ("E. D. Kiselev", None),
        ("I. S. Shcherbakov", None),
        ("B. I. Aristov", None),
        # ... or one initial neither his name's nor his patronymic's: Karel Hoffmann is not the GDR's Heinz
        ("K. Hoffmann", None),
        # his own initials, in any transliteration's first sound; one initial may be his patronymic's, as a variant
        # prints it ("A. Ya. Pelshe"); a numeral's "I." decides nothing
        ("T. Ya. Kiselev", "kiselev"),
        ("Yu. V. Andropov", "andropov"),
        ("E. A. Shevardnadze", "shevardnadze"),
        ("Gh. Gheorghiu-Dej", "gheorghiu-dej"),
        ("H. Hoffmann", "hoffmann-heinz"),
        ("Pelshe Ya.", "pelshe"),
        ("I. Voroshilov", "voroshilov"),
    ],
)
def test_initials_that_are_not_the_man_s_name_a_namesake(authority, printed, found):
    assert authority.lookup(printed) == found


def test_a_surname_two_men_of_the_file_bear_is_told_apart_by_the_first_initial(authority):
    """ "G. Müller" is Gerhard, "M. Müller" Margarete; "Müller" alone, or an initial neither has, is neither."""
    assert authority.lookup("G. Müller") == "muller-gerhard"
    assert authority.lookup("M. Müller") == "muller-margarete"
    assert authority.lookup("Müller") is None
    assert authority.lookup("K. Müller") is None
    # by the given names the label prints or the given-names list knows, not by a sound or a title
    assert authority.lookup("E. Ceaușescu") == "ceausescu-elena"
    assert authority.lookup("I. Ceaușescu") is None  # Ilie, not Elena
    assert authority.lookup("M. S. Sokolov") is None  # not "Marshal Sokolov"


@pytest.mark.parametrize(
    ("printed", "person"),
    [("Mikoyau", "mikoyan"), ("Maliuovsky", "malinovsky"), ("Furtscva", "furtseva"), ("Kiricheuko", "kirichenko")],
)
def test_a_scan_s_u_for_n_and_c_for_e(authority, printed, person):
    """A scan reads a worn "n" as "u" and an "e" as "c": the one person of the file the name then prints."""
    assert authority.resolve(printed).id == person
