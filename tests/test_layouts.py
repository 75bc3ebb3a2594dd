"""Every input layout of the SPEC, each pinned by a short text of our own.

The texts imitate the genre (they are not taken from the corpus): a Wilson
Center page copy, a flattened copy, boilerplate, a repeated block, several
sessions in a file, a truncated file, and the ways attendance and speakers
are printed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import DocumentError
from kg.facts import Basis, Stance
from kg.read import read_text
from kg.text import body_name

WILSON_PAGE = """\
**March 3, 1958**
**Working Notes from the Session of the CPSU CC
Presidium on 3 March 1958**

**Citation:**

"Working Notes from the Session of the CPSU CC Presidium on 3 March 1958", March 3, 1958, Wilson Center Digital Archive, RGANI, F. 3, Op. 14, D. 190, Ll. 7-9ob, compiled by V. N. Malin. <https://example.org/document/1>

**Summary:**

Kozlov and Mikoyan argue about grain.

**Original Language:**

Russian

**Contents:**

Translation - English

Working Notes from the Session of the CPSU CC Presidium on 3 March 1958 (Re: Protocol No. 141)

Those Taking Part: Khrushchev, Kozlov, Mikoyan, Suslov(1)

I. On grain deliveries(2)

Cde. Kozlov—the plan is realistic. It should be approved.

Cde. Mikoyan: I have doubts about the figures.

Khr.—approve with the changes.

#### Translator's Notes

1 Furtseva's name is not listed, although she is known to have been in Moscow.

2 See the report in RGANI, F. 3, Op. 14, D. 191, L. 2.
"""


def test_wilson_page_copy(facts_of):
    facts = facts_of(WILSON_PAGE)
    assert facts.title == "Working Notes from the Session of the CPSU CC Presidium on 3 March 1958"
    assert facts.url == "https://example.org/document/1"
    [s] = facts.sessions
    assert (s.date, s.body, s.protocol) == ("1958-03-03", "CPSU CC Presidium", "141")
    assert s.compiler and s.compiler.id == "malin"
    assert [(i.number, i.title) for i in s.items] == [("I", "On grain deliveries")]
    listed = [a.person.id for a in s.attendance if a.basis is Basis.LISTED]
    assert listed == ["khrushchev", "kozlov-frol", "mikoyan", "suslov"]
    assert [(t.seq, t.person.id, t.name, t.text) for t in s.turns] == [
        (1, "kozlov-frol", "Kozlov", "the plan is realistic. It should be approved."),
        (2, "mikoyan", "Mikoyan", "I have doubts about the figures."),
        (3, "khrushchev", "Khr.", "approve with the changes."),
    ]
    cited = [(c.unit.label, c.notes_source) for c in s.citations]
    assert cited == [("RGANI, F. 3, Op. 14, D. 190, Ll. 7-9ob", True), ("RGANI, F. 3, Op. 14, D. 191, L. 2", False)]
    # the summary is the web page's, not the notes': nobody is mentioned from it
    assert all(m.span.start > facts.text.index("Contents:") for m in s.mentions)
    # a person named only in a translator's note is mentioned, not present
    assert "furtseva" in {m.person.id for m in s.mentions}
    assert "furtseva" not in {a.person.id for a in s.attendance}


def test_evidence_spans_quote_the_document(facts_of):
    facts = facts_of(WILSON_PAGE)
    s = facts.sessions[0]
    for fact in [*s.attendance, *s.turns, *s.mentions, *s.citations]:
        assert facts.text[fact.span.start : fact.span.end] == fact.span.quote


FLATTENED = (
    'PRESIDIUM OF THE CC CPSU PROTOCOL 77 get citation Notes of the session. "Presidium Protocol 77," '
    "June 2, 1961, History and Public Policy Program Digital Archive, RGANI, F. 3, Op. 14, D. 500, Ll. 1-2.\n"
    "Present: Brezhnev, Kosygin, Kozlov, Mikoyan, Suslov, Khrushchev. I. On the Vienna meeting.[1] "
    "Approve the directives. Khrushchev We will hold firm on Berlin. Prepare the memorandum. Mikoyan Agree, "
    "but soften the tone. [1] Translator's Note: The meeting with Kennedy took place on 3-4 June 1961."
)


def test_flattened_copy(facts_of):
    facts = facts_of(FLATTENED)
    [s] = facts.sessions
    assert (s.date, s.protocol, s.body) == ("1961-06-02", "77", "CPSU CC Presidium")
    assert [a.person.id for a in s.attendance] == [
        "brezhnev",
        "kosygin",
        "kozlov-frol",
        "mikoyan",
        "suslov",
        "khrushchev",
    ]
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("khrushchev", "We will hold firm on Berlin. Prepare the memorandum."),
        ("mikoyan", "Agree, but soften the tone."),
    ]
    assert [c.unit.label for c in s.citations] == ["RGANI, F. 3, Op. 14, D. 500, Ll. 1-2"]
    assert "kennedy-john" in {m.person.id for m in s.mentions}


BOILERPLATE_TWICE = """\
Skip to content
Menu
July 12, 1957
Working Notes from the Session of the CPSU CC Presidium on 12 July 1957
On the Party Conference (1)
(Kirichenko, Aristov, Furtseva)
Cde. Suslov:
The theses are ready for the conference.
Translator's Note:
1 Only this page of Malin's notes survives.
On the Party Conference (1)
(Kirichenko, Aristov, Furtseva)
Cde. Suslov:
The theses are ready for the conference.
Translator's Note:
1 Only this page of Malin's notes survives.
Author(s):
Associated Topics
Source
TsKhSD, F. 3, Op. 12, D. 1010, unnumbered page. Compiled by V. N. Malin.
Rights
The History and Public Policy Program welcomes reuse of Digital Archive materials.
"""


def test_boilerplate_and_a_block_printed_twice(facts_of):
    facts = facts_of(BOILERPLATE_TWICE)
    [s] = facts.sessions
    assert s.date == "1957-07-12"
    assert [(t.person.id, t.text, t.from_list) for t in s.turns] == [
        ("kirichenko", "", True),
        ("aristov", "", True),
        ("furtseva", "", True),
        ("suslov", "The theses are ready for the conference.", False),
    ]
    assert {a.basis for a in s.attendance} == {Basis.INFERRED}
    assert [c.unit.label for c in s.citations] == ["TsKhSD, F. 3, Op. 12, D. 1010, unnumbered page"]
    assert s.citations[0].notes_source
    # nothing comes twice from the repeated block
    assert [m.person.id for m in s.mentions] == ["malin"]


SEVERAL_SESSIONS = """\
Working Notes from the Session of the CPSU CC Presidium on 1 November 1956
Present: Khrushchev, Bulganin, Mikoyan
Cde. Bulganin—we must act now.
Working Notes from the Session of the CPSU CC Presidium on 2 November 1956
Present: Khrushchev, Zhukov
Cde. Zhukov—the troops are ready.(1)
Translator's Notes
1 Zhukov had reported on 1 November as well.
"""


def test_several_sessions_in_one_file(facts_of):
    facts = facts_of(SEVERAL_SESSIONS)
    first, second = facts.sessions
    assert (first.date, second.date) == ("1956-11-01", "1956-11-02")
    assert [a.person.id for a in first.attendance] == ["khrushchev", "bulganin", "mikoyan"]
    assert [t.person.id for t in first.turns] == ["bulganin"]
    assert [t.person.id for t in second.turns] == ["zhukov"]
    # the note's marker stands in the second session only
    assert [m.person.id for m in second.mentions] == ["zhukov"]
    assert first.mentions == []


TRUNCATED = """\
April 2, 1982
Session of the CPSU CC Politburo, 2 April 1982
Cde. L. I. BREZHNEV presiding.
Also taking part: Cdes. Yu. V. Andropov, A. A. Gromyko,
D. F. Ustinov, K. U. Chernenko
1. On the situation in Poland
ANDROPOV: The situation remains tense. Comrades Ustinov and Gromyko will rep"""


def test_truncated_file_and_a_politburo_layout(facts_of):
    facts = facts_of(TRUNCATED)
    [s] = facts.sessions
    assert (s.date, s.body) == ("1982-04-02", "CPSU CC Politburo")
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("brezhnev", Basis.CHAIR),
        ("andropov", Basis.LISTED),
        ("gromyko", Basis.LISTED),
        ("ustinov", Basis.LISTED),
        ("chernenko", Basis.LISTED),
    ]
    [turn] = s.turns
    assert (turn.person.id, turn.name, turn.item) == ("andropov", "ANDROPOV", 1)
    assert turn.text.endswith("will rep")


SPEAKER_FORMS = """\
Working Notes from the Session of the CPSU CC Presidium on 4 June 1955
Presided over by Cde. Khrushchev.
Present: Bulganin, Kaganovich, Molotov, Voroshilov
From the CC of the Union of Communists of Yugoslavia—Cdes. Kardelj and Rankovic.
I. On Yugoslavia
(The report is read aloud by Cde. Shepilov.)
BULGANIN. We should continue the talks.
Molotov
I am against a joint declaration.
Cde. Kaganovich speaks against the draft.
Report of Cde. Mikoyan on the trade agreement.
Information from Cde. Serov, who is in Belgrade, is noted.
Cde. Zakharchenko—the figures are incomplete.
Vorosh.—agreed.
"""


def test_speaker_forms(facts_of):
    [s] = facts_of(SPEAKER_FORMS).sessions
    assert [(t.person.id, t.name) for t in s.turns] == [
        ("bulganin", "BULGANIN"),
        ("molotov", "Molotov"),
        ("kaganovich", "Kaganovich"),
        ("mikoyan", "Mikoyan"),
        ("zakharchenko", "Zakharchenko"),
        ("voroshilov", "Vorosh."),
    ]
    assert s.turns[1].text == "I am against a joint declaration."
    basis = {a.person.id: a.basis for a in s.attendance}
    assert basis["khrushchev"] is Basis.CHAIR
    assert basis["kardelj"] is Basis.GUEST and basis["rankovic"] is Basis.GUEST
    assert basis["voroshilov"] is Basis.LISTED
    # spoke although not listed: present on the strength of the turn
    assert basis["mikoyan"] is Basis.INFERRED and basis["zakharchenko"] is Basis.INFERRED
    # reading a report aloud, or a report from someone away, is no turn and no presence
    assert "shepilov" not in basis and "serov" not in basis
    assert {"shepilov", "serov"} <= {m.person.id for m in s.mentions}


PROTOCOL_NOTE = """\
Working Notes from the Session of the CPSU CC Presidium on 9 May 1957 (Re: Protocol No. 90)(1)
I. On agriculture
(Khr., Mol., Grom.) Approve.
Translator's Notes
1 No list of participants is given, but the formal protocol for the session (in APRF, F. 3, Op. 64, D. 300, L. 9) \
indicates that the participants included Brezhnev and Furtseva. The protocol does not mention Andrei Gromyko.
"""


def test_another_source_states_and_omits(facts_of):
    [s] = facts_of(PROTOCOL_NOTE).sessions
    by = {(a.person.id, a.basis): a for a in s.attendance}
    assert set(by) == {
        ("khrushchev", Basis.INFERRED),
        ("molotov", Basis.INFERRED),
        ("gromyko", Basis.INFERRED),
        ("brezhnev", Basis.PROTOCOL),
        ("furtseva", Basis.PROTOCOL),
        ("gromyko", Basis.OMITTED),
    }
    protocol = "APRF, F. 3, Op. 64, D. 300, L. 9"
    assert by[("brezhnev", Basis.PROTOCOL)].source.label == protocol
    assert by[("gromyko", Basis.OMITTED)].source.label == protocol
    assert by[("gromyko", Basis.OMITTED)].span.quote == "Andrei Gromyko"


def _protocol_note(note: str) -> str:
    return (
        "Working Notes from the Session of the CPSU CC Presidium on 2 March 1960\n"
        "Present: Khrushchev, Suslov, Kosygin, Mikoyan(1)\n"
        "I. On Cuba\n"
        "Cde. Mikoyan—the credit should be granted.\n"
        "Translator's Notes\n"
        f"(1) {note}\n"
    )


def _on_other_source(facts_of, note: str) -> dict[str, set[str]]:
    [s] = facts_of(_protocol_note(note)).sessions
    out: dict[str, set[str]] = {"protocol": set(), "omitted": set()}
    for a in s.attendance:
        if a.basis in (Basis.PROTOCOL, Basis.OMITTED):
            out[a.basis.value].add(a.person.id)
            assert a.source is not None and a.source.label == "RGANI, F. 3, Op. 14, D. 370, L. 2"
    return out


@pytest.mark.parametrize(
    "note",
    [
        # the names come before the wording, and the omission is a passive in a sentence of its own
        "According to the formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2), Ignatov and Kuusinen were "
        "also present. Mikoyan is not listed in the protocol.",
        # the second sentence does not name the protocol: "It" refers back to it
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) indicates that Ignatov and Kuusinen also "
        "took part. It does not mention Mikoyan.",
        # attendees and omission in one sentence, joined by "but"
        "The formal protocol of this session (RGANI, F. 3, Op. 14, D. 370, L. 2) lists Ignatov and Kuusinen "
        "among those present, but does not mention Mikoyan.",
        "The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) records Ignatov and Kuusinen as present and omits Mikoyan.",
        "Ignatov and Kuusinen are listed in the protocol (RGANI, F. 3, Op. 14, D. 370, L. 2). Mikoyan is absent "
        "from it.",
        "The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) gives as present Ignatov and Kuusinen; it does not "
        "include Mikoyan among the participants.",
        "In the protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) the participants included Ignatov and Kuusinen. "
        "Mikoyan is missing from the protocol.",
        # the notes named only to compare with them: the sentence is still the protocol's
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists, in addition to those named by Malin, the "
        "candidate members Ignatov and Kuusinen. It does not name Mikoyan.",
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists among those present Ignatov and Kuusinen "
        "besides those named in the notes; it does not name Mikoyan.",
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists among those present, in addition to the "
        "persons named by Malin, the candidate members of the Presidium Ignatov and Kuusinen. It does not list Mikoyan.",
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) names, in addition to those listed by Malin, "
        "Ignatov and Kuusinen. The protocol does not mention Mikoyan.",
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) names, in addition to those Malin lists, Ignatov "
        "and Kuusinen among those present. The protocol does not mention Mikoyan.",
        # round 64: "the persons in Malin's list" are compared with, not the protocol's
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) names among those present, in addition to the "
        "persons in Malin's list, the candidate members Ignatov and Kuusinen. The protocol does not name Mikoyan.",
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) also names Ignatov and Kuusinen, in addition to the "
        "participants listed by Malin. It does not mention Mikoyan.",
        # surnames in capitals
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists N. G. IGNATOV and O. V. KUUSINEN among those "
        "present. It does not mention Mikoyan.",
        # "in addition" with no commas; the omitted man's post after his name, an acronym first
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) names in addition N. G. Ignatov and O. V. Kuusinen "
        "among those present. It does not mention A. I. Mikoyan, USSR First Deputy Premier, among those present.",
        # round 51: "also, among the invited, ..."
        "The protocol of the session (RGANI, F. 3, Op. 14, D. 370, L. 2) names the same persons and also, among the "
        "invited, N. G. Ignatov and Kuusinen. It does not mention Mikoyan.",
        # a name's initials at a line's end, its surname on the next line, indented as a text browser's page sets it
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) names, in addition to those listed by Malin, N. G.\n"
        "   Ignatov and Kuusinen. The protocol does not mention Mikoyan.",
        # all of a list but one
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists, in addition to those named by Malin, Ignatov "
        "and Kuusinen. It lists each of the others except Mikoyan.",
        # "Its list" goes back to the protocol of the sentence before
        "The excerpt from the protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) records the decision in one paragraph. "
        "Its list of those present includes Ignatov and Kuusinen, who are not named in the working record, and does "
        "not mention Mikoyan.",
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) adds Ignatov and Kuusinen to those listed here. "
        "It does not mention Mikoyan.",
        "The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists Ignatov and Kuusinen as well; Mikoyan is not listed.",
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) records that N. G. Ignatov and Kuusinen, the CC "
        "secretaries, were also present. The protocol does not mention Mikoyan.",
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists as taking part the same members and, in "
        "addition, Cdes. Ignatov and Kuusinen, but not Mikoyan.",
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists the same members; among the secretaries of "
        "the CC it names Ignatov and Kuusinen, but not Mikoyan.",
        # a name with its post between, "as invited"
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) also names Ignatov and Kuusinen, the CC "
        "secretaries, as invited. It does not mention Mikoyan.",
        # the notes named only as the list the protocol's names are missing from
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists the same participants as Malin, with two "
        "exceptions: it names Ignatov and Kuusinen, who do not appear in Malin's list, and it does not mention Mikoyan.",
        # "as present" before the names, with the notes compared and the names' posts between
        "The protocol of this session (RGANI, F. 3, Op. 14, D. 370, L. 2) records as present, besides those listed "
        "here, the CC Secretaries N. G. Ignatov and O. V. Kuusinen. It does not mention Mikoyan.",
        # the names before the wording, in a clause of their own after the notes' silence
        "The working notes do not mention Ignatov and Kuusinen, whom the protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) "
        "lists among those present. The protocol does not mention Mikoyan.",
        # another party's record of the meeting, and a note's word broken over two lines ("men-" / "tion")
        "The Polish record of the meeting (RGANI, F. 3, Op. 14, D. 370, L. 2) lists, in addition, Ignatov and Kuusinen. "
        "It does not men-\ntion Mikoyan.",
        # another account of the meeting than a protocol: an ambassador's report of it
        "A shorter account of this meeting, sent to Moscow by the ambassador (RGANI, F. 3, Op. 14, D. 370, L. 2), "
        "also names Ignatov and Kuusinen among those taking part but does not mention Mikoyan.",
        # the participants "included the Presidium candidate members" X and Y, and "Nor does it mention" Z
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) indicates that the participants included the "
        "Presidium candidate members Ignatov and Kuusinen. Nor does it mention Mikoyan.",
        # those invited, less the one the sentence says stayed away
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) indicates that Ignatov, Kuusinen and Serov were "
        "invited for item I, but Serov did not attend. It does not mention Mikoyan.",
        # those invited for an item, and a name "as well" among those present
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) indicates that Ignatov and Kuusinen were invited for "
        "item I. The protocol does not mention Mikoyan.",
        "The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) names Ignatov and Kuusinen as well among those present. It "
        "does not mention Mikoyan.",
        # each name with an aside in brackets
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists as present, in addition to those named here, "
        "Ignatov (for item I) and Kuusinen (invited for item II). The protocol does not mention Mikoyan.",
        # ... a long one, or one that speaks of the notes
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) also lists Ignatov (Secretary of the CC, in charge of "
        "ideology and the press, just back from the GDR) and Kuusinen (who, according to Malin's notes, was in Kiev) as "
        "present. It does not mention Mikoyan.",
        # the same participants "as Malin's notes", the candidate members "in addition"; the omitted man's post
        # between, or his "name" absent
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists the same participants as Malin's notes and, in "
        "addition, the candidate members N. G. Ignatov and O. V. Kuusinen. A. I. Mikoyan, the first deputy chairman of "
        "the Council of Ministers, does not appear in the protocol's list of participants.",
        "According to the formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2), Ignatov and Kuusinen also took part. "
        "A. I. Mikoyan's name is absent from the protocol's list of participants.",
        # ... with an aside before the verb
        "According to the formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2), Ignatov and Kuusinen also took part. "
        "A. I. Mikoyan, on the "
        "other hand, is absent from the protocol's list of participants.",
        # "names among the candidate members present" a man, and the notes' silence after him
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) names among the candidate members present N. G. "
        "Ignatov and O. V. Kuusinen, who are not in Malin's list for this session. It does not mention Mikoyan.",
    ],
)
def test_the_many_wordings_of_what_the_protocol_records(facts_of, note):
    assert _on_other_source(facts_of, note) == {"protocol": {"ignatov", "kuusinen"}, "omitted": {"mikoyan"}}


@pytest.mark.parametrize(
    ("note", "omitted"),
    [
        # one who "did not appear to" do something, not one who did not appear in a list
        (
            "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) says that Kozlov, the chairman of the session, "
            "did not appear to object.",
            set(),
        ),
        # a person merely named in a note about the protocol is no attendee
        (
            "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) records Khrushchev's proposal to send "
            "Ignatov to Havana.",
            set(),
        ),
        (
            "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) names Ignatov and Kuusinen to prepare the reply.",
            set(),
        ),
        ("The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) adds Ignatov to the commission set up under item I.", set()),
        ("The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists all the speakers except Ignatov.", set()),
        # "Its" other than its list of those present: what it decides, not who was there
        (
            "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists the same members. Its resolution does not "
            "name Ignatov, who was charged with the talks by a separate decision.",
            set(),
        ),
        ("The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists Ignatov as rapporteur.", set()),
        # ... or named, beside those the notes list, in another role than one of those present
        (
            "The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) also names Ignatov, in addition to the people listed by "
            "Malin, as one of those instructed to prepare the reply.",
            set(),
        ),
        (
            "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists Presidium members Ignatov and Kuusinen.",
            set(),
        ),
        # negated: not a statement that they were there, but that the protocol leaves them out
        (
            "According to the protocol (RGANI, F. 3, Op. 14, D. 370, L. 2), neither Ignatov nor Kuusinen was listed.",
            {"ignatov", "kuusinen"},
        ),
        # the translator's guess after a sentence on the protocol is not the protocol's word
        (
            "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) is incomplete. It is likely that Ignatov "
            "was also present.",
            set(),
        ),
        # what the protocol decided, not who was there: "in addition" and "but not" name no attendee here
        (
            "The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) records the decision to send Mikoyan to Havana; in "
            "addition, Ignatov was instructed to prepare the credits.",
            set(),
        ),
        ("The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) mentions the Cuban question but not Kuusinen.", set()),
        (
            "The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists the members; among the secretaries it names "
            "Ignatov as rapporteur.",
            set(),
        ),
        # an account of something else than the meeting is no other record of it
        (
            "Gromyko gave an account of the talks (RGANI, F. 3, Op. 14, D. 370, L. 2); it does not mention "
            "Kuusinen. Ignatov was taken into account of the session's costs.",
            set(),
        ),
        # the notes ("here"), not the protocol, leave these two out
        (
            "Malin's notes do not list Ignatov, and the protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) is torn "
            "at this point. Kuusinen is not listed here either.",
            set(),
        ),
        # round 64: the protocol's same names as the notes' but one, which it omits
        (
            "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) gives the same names as Malin except Mikoyan, whom "
            "it does not mention.",
            {"mikoyan"},
        ),
        # invited, but did not come
        (
            "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) indicates that Ignatov and Kuusinen were invited "
            "to the session but did not attend.",
            set(),
        ),
        (
            "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) indicates that Ignatov and Kuusinen were invited "
            "for item I; they were then in Budapest and did not come.",
            set(),
        ),
    ],
)
def test_what_is_no_attendance_claim_of_the_protocol(facts_of, note, omitted):
    assert _on_other_source(facts_of, note) == {"protocol": set(), "omitted": omitted}


@pytest.mark.parametrize(
    ("tail", "bases"),
    [
        # round 63: the notes' silence with its verb left out, after the protocol's word
        ("; Malin does not.", {Basis.PROTOCOL, Basis.OMITTED}),
        ("; the notes do not.", {Basis.PROTOCOL, Basis.OMITTED}),
        # ... not another thing the notes do not do
        ("; Malin does not give the reason.", {Basis.PROTOCOL}),
    ],
)
def test_the_notes_silence_beside_the_protocol_s_word_with_its_verb_left_out(facts_of, tail, bases):
    """(The notes' own file is cited above them: their silence is set against the protocol's file.)"""
    note = "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) also lists Ignatov among the participants" + tail
    [s] = facts_of(_protocol_note(note).replace("\n", "\nRGANI, F. 3, Op. 14, D. 371, Ll. 1-3.\n", 1)).sessions
    assert {a.basis for a in s.attendance if a.person.id == "ignatov"} == bases


def test_a_sentence_on_something_else_ends_the_protocol_s_word(facts_of):
    note = (
        "The formal protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists Ignatov. Khrushchev had just returned "
        "from Indonesia. It does not mention Kuusinen."
    )
    assert _on_other_source(facts_of, note) == {"protocol": {"ignatov"}, "omitted": set()}


def test_names_with_initials_diacritics_and_misspellings(facts_of):
    text = (
        "Working Notes from the Session of the CPSU CC Presidium on 1 November 1956\n"
        "Present: N. S. Khrushchev, Krushchev, Mikoyan\n"
        "Cde. Mikoyan—Kádár and Kadar are one man; Hegedüs was premier.\n"
    )
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance] == ["khrushchev", "mikoyan"]
    assert [m.person.id for m in s.mentions] == ["kadar", "kadar", "hegedus"]


def test_guests_named_in_the_title(facts_of):
    text = (
        "Session of the CPSU CC Presidium on 24 October 1956 with the Participation of Gomulka and Ochab\n"
        "Present: Khrushchev, Mikoyan\n"
        "Cde. Gomulka—we will manage on our own.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("gomulka", Basis.GUEST),
        ("ochab", Basis.GUEST),
        ("khrushchev", Basis.LISTED),
        ("mikoyan", Basis.LISTED),
    ]
    assert [t.person.id for t in s.turns] == ["gomulka"]


def test_labels_use_the_spelling_of_the_translations(facts_of, authority):
    text = (
        "Session of the CPSU CC Politburo, 5 May 1983\n"
        "Present: Cdes. G. A. Aliev, V. I. Vorotnikov, N. N. Slyun'kov\n"
        "ALIEV. The proposal is correct.\n"
    )
    [s] = facts_of(text).sessions
    labels = {a.person.id: a.person.label for a in s.attendance}
    # the surname as Kramer and the Wilson Center print it, not the later Azerbaijani "Aliyev"
    assert labels["aliev"].split()[-1] == "Aliev"
    assert labels["slyunkov"] == "Nikolai Slyunkov"
    assert authority.lookup("Heydar Aliyev") == authority.lookup("Geidar Aliev") == "aliev"


# --- what a word before a dash or a colon is, and what it is not ---------------------------------

NOT_SPEAKERS = """\
Working Notes from the Session of the CPSU CC Presidium on 14 May 1958
Present: Khrushchev, Kirichenko, Suslov
I. On Egypt
Cde. Kirichenko—send the credits.
Decision—approve the credits.
Comrades—the question is closed.
Approved—Cde. Suslov to draft the reply.
Egypt—the situation is tense.
Assignments—to the Ministry of Finance.
RESOLVED: Inform the ambassador.
Kovalenko—the harvest will be late.
VELCHEV: the Bulgarian friends agree.
"""


def test_words_before_a_dash_or_colon_that_are_no_speakers(facts_of):
    [s] = facts_of(NOT_SPEAKERS).sessions
    assert [(t.person.id, t.name) for t in s.turns] == [
        ("kirichenko", "Kirichenko"),
        ("kovalenko", "Kovalenko"),
        ("velchev", "VELCHEV"),
    ]
    # the body's decision ends the turn before it, as "RESOLVED:" does
    assert s.turns[0].text == "send the credits."
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.LISTED),
        ("kirichenko", Basis.LISTED),
        ("suslov", Basis.LISTED),
        ("kovalenko", Basis.INFERRED),
        ("velchev", Basis.INFERRED),
    ]


# --- several sessions headed by their protocol numbers -------------------------------------------

PROTOCOLS = """\
Working Notes from the Sessions of the CPSU CC Presidium, March 1959
Protocol No. 210
3 March 1959
Present: Khrushchev, Kozlov, Mikoyan
I. On the Leipzig fair
Cde. Mikoyan—we should go.
Protocol No. 180, point 2, is annulled.
Protocol No. 211
5 March 1959
Present: Khrushchev, Kozlov, Suslov
I. On the Berlin question
Cde. Kozlov—wait for the answer.
"""


def test_sessions_headed_by_protocol_numbers_with_the_date_below(facts_of):
    first, second = facts_of(PROTOCOLS).sessions
    assert [(s.date, s.protocol, s.body) for s in (first, second)] == [
        ("1959-03-03", "210", "CPSU CC Presidium"),
        ("1959-03-05", "211", "CPSU CC Presidium"),
    ]
    assert [a.person.id for a in first.attendance] == ["khrushchev", "kozlov-frol", "mikoyan"]
    assert [a.person.id for a in second.attendance] == ["khrushchev", "kozlov-frol", "suslov"]
    assert [t.person.id for t in first.turns] == ["mikoyan"]
    assert [t.person.id for t in second.turns] == ["kozlov-frol"]


# --- lists with group labels, ranks, roles and more than one party --------------------------------

LABELLED_LISTS = """\
Working Notes from the Session of the CPSU CC Presidium with the Participation of Kádár and Münnich on 21 March 1957
Present: Members of the CC Presidium Cdes. Khrushchev, Bulganin, Suslov; candidate members Cdes. Brezhnev, \
Furtseva; CC Secretary Cde. Pospelov (ill from 22 March).
Also present: Marshal Zhukov, Cde. Gromyko (Deputy Minister of Foreign Affairs). Invited: Serov, Semichastny.
From the HSWP CC: Marosán, Apró; from the KSČ CC—Cde. Novotný.
I. On Hungary
Cde. Kádár—the situation is stabilising.
"""


def test_lists_with_group_labels_ranks_roles_and_two_parties(facts_of):
    [s] = facts_of(LABELLED_LISTS).sessions
    assert [(a.person.id, a.name, a.basis) for a in s.attendance] == [
        ("kadar", "Kádár", Basis.GUEST),
        ("munnich", "Münnich", Basis.GUEST),
        ("khrushchev", "Khrushchev", Basis.LISTED),
        ("bulganin", "Bulganin", Basis.LISTED),
        ("suslov", "Suslov", Basis.LISTED),
        ("brezhnev", "Brezhnev", Basis.LISTED),
        ("furtseva", "Furtseva", Basis.LISTED),
        ("pospelov", "Pospelov", Basis.LISTED),
        ("zhukov", "Zhukov", Basis.LISTED),
        ("gromyko", "Gromyko", Basis.LISTED),
        ("serov", "Serov", Basis.GUEST),
        ("semichastny", "Semichastny", Basis.GUEST),
        ("marosan", "Marosán", Basis.GUEST),
        ("apro", "Apró", Basis.GUEST),
        ("novotny", "Novotný", Basis.GUEST),
    ]


def test_a_list_that_is_really_a_sentence_or_ends_in_one(facts_of):
    text = (
        "Working Notes from the Session of the CPSU CC Presidium with the Participation of Polish Leaders, "
        "2 December 1958\n"
        "The session was chaired by Cde. N. S. Khrushchev.\n"
        "Present: Kozlov, Mikoyan; Cde. Kirichenko was absent.\n"
        "Participating: the members of the Presidium and the secretaries of the CC.\n"
        "From the start: this question was disputed.\n"
        "Cde. Mikoyan—agree.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.CHAIR),
        ("kozlov-frol", Basis.LISTED),
        ("mikoyan", Basis.LISTED),
    ]


def test_the_ways_a_chair_is_printed(facts_of):
    for line in ("Chairman: Cde. Khrushchev.", "Presiding: N. S. Khrushchev", "Presided over by Cde. Khrushchev."):
        text = f"Working Notes from the Session of the CPSU CC Presidium on 2 December 1958\n{line}\nPresent: Kozlov\n"
        [s] = facts_of(text).sessions
        assert [(a.person.id, a.basis) for a in s.attendance] == [
            ("khrushchev", Basis.CHAIR),
            ("kozlov-frol", Basis.LISTED),
        ], line


# --- turns told in the third person ---------------------------------------------------------------

NARRATIVE_TURNS = """\
Working Notes from the Session of the CPSU CC Presidium on 17 April 1959
Present: Khrushchev, Kozlov, Mikoyan, Suslov, Kuusinen, Aristov, Ignatov
I. On the Tibet question
Cde. Kuusinen is against a public statement.
Cde. Ignatov is in favour of a note to Delhi.
Cde. Suslov expressed doubts about the timing.
Cde. Aristov supported Cde. Kuusinen.
Cde. Kozlov, for his part, agreed.
Cde. Mikoyan also spoke.
Cde. Khrushchev summed up.
Cdes. Suslov and Kuusinen are to prepare the note.
"""


def test_narrative_turns_beyond_the_usual_verbs(facts_of):
    [s] = facts_of(NARRATIVE_TURNS).sessions
    assert [t.person.id for t in s.turns] == [
        "kuusinen",
        "ignatov",
        "suslov",
        "aristov",
        "kozlov-frol",
        "mikoyan",
        "khrushchev",
    ]
    # a task given to two people is no turn of theirs
    assert s.turns[-1].text == "summed up.\nCdes. Suslov and Kuusinen are to prepare the note."


def test_a_bare_note_number_after_a_speaker_his_dash_under_his_name_and_attention_drawn(facts_of):
    """A copy's bare note number glued to a speaker's name before his dash ("Dymshitz3—") is no part of his name
    (misspelt as it is); a dash that opens the line under a name alone is no word of his, so his cue is read; "draws
    attention" tells a turn."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 26 September 1963\n"
        "Present: Khrushchev, Mikoyan, Dymshits, Kosygin\n\nI. On grain\n\n"
        "Dymshitz3—The ports can receive a million tons.\n\nMikoyan\n— Agree. Buy the grain.\n\n"
        "Cde. Kosygin draws attention to the state of the railways.\n"
    ).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("dymshits", "The ports can receive a million tons."),
        ("mikoyan", "Agree. Buy the grain."),
        ("kosygin", "draws attention to the state of the railways."),
    ]
    assert [(p.stance.value, p.cue) for p in s.positions][1] == ("supports", "Agree")


def test_forms_of_round_49_and_of_the_probe_review(facts_of):
    """A flattened protocol's labels in capitals run on after a word ("... Republic HEARD: Cde. X SPOKE: Cdes. Y, Z
    DECIDED: ...") begin lines of their own, as do "Presiding:" and "Also present:" (not after an item's number:
    "4. HEARD: ..."); a name in capitals with an aside before its stop ("YAZOV (from his seat).") speaks; "has no
    objection" and a long aside in "-ing" tell a turn, and so does an aside of speaking before a colon; a bare note
    number before a hyphen is no part of a name; a listed man's name is his without its diacritics; an absent man
    who "drew attention" to something did so elsewhere; a dash alone under a name is no word of his. Two listed men
    noted under one dash with their stance ("Cdes. Kozlov, Kirichenko—approve"), a listed man's name alone at a
    paragraph's head with a report to the body or, under an abbreviation, a verb of speaking ("Vorosh. asks whether
    ...", not "Kozlov reports by 1 May" amid it), and an exchange set off by dashes in one paragraph are turns; not
    a task noted so, a quotation, an absent man's bracket, a place with a note's number, or an unlisted man's."""
    [s] = facts_of(
        "Protocol No. 143 of the session of the Secretariat of the CC CPSU of 24 September 1974 Presiding: Cde. A. P. "
        "Kirilenko. Present: Cdes. P. N. Demichev, K. F. Katushev, B. N. Ponomarev. Also present: Cde. V. F. Shauro. "
        "1. On the delegation to the German Democratic Republic HEARD: Cde. Katushev SPOKE: Cdes. Ponomarev, Demichev "
        "DECIDED: Agree with the proposals of the Department.\n"
    ).sessions
    assert [(a.person.id, a.basis.value) for a in s.attendance][:2] == [("kirilenko", "chair"), ("demichev", "listed")]
    assert [t.person.id for t in s.turns] == ["katushev", "ponomarev", "demichev"]
    [s] = facts_of(
        "Minutes of the meeting of the Political Committee of the HSWP, 16 July 1968\n"
        "Present: Comrades János Kádár, Sándor Gáspár, Lajos Fehér, Ignacy Loga-Sowiński, Béla Biszku\n\n"
        "Comrade Kádár, supplementing the oral information given to the members on 15 July, reported on the meeting."
        "\n\nComrade Gáspár has no objection to the proposal.\n\n"
        "Comrade Loga-Sowinski draws attention to the mood in the factories.\n\n"
        "Comrade Beshchev drew attention to it in his letter.\n\n"
        "Comrade Fehér, answering Comrade Gáspár's question and summing up the debate: the units will leave.\n\n"
        "Biszku2 - Against.\n\nFEHÉR (from his seat). We agree.\n\nBiszku\n—\nAgree.\n\n"
        "Cde. Kádár, replying to Cde. Biszku: the letter goes today.\n\n"
        "Comrade Gáspár, summing up, said that the line was unchanged: we give no advice.\n\n"
        "Cde. Fehér, replying to questions said that two things are needed: an editor and a date.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == [
        "kadar", "gaspar", "loga-sowinski", "feher", "biszku", "feher", "biszku", "kadar", "gaspar", "feher",
    ]  # fmt: skip
    assert s.turns[9].text.endswith("said that two things are needed: an editor and a date.")
    # (an aside of answering before a colon is the record's, not his words; what he "said that" is his)
    assert [t.text for t in s.turns][3] == "the units will leave."
    assert s.turns[7].text == "the letter goes today."
    assert s.turns[8].text.endswith("said that the line was unchanged: we give no advice.")
    assert [p.stance.value for p in s.positions][1] == "supports"
    assert not s.decisions
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 14 April 1958\n"
        "Present: Khrushchev, Kozlov, Kirichenko, Voroshilov, Ligachev, Gorbachev\n\n"
        "Cdes. Kozlov, Kirichenko—approve; the visit has strengthened Kadar's position.\n\n"
        "Vorosh. asks whether it was right to promise the grain.\n\n"
        "Khrushchev reports on the trip.\n"
        "Kozlov reports by 1 May.\n\n"
        "LIGACHEV. I support the results. — GORBACHEV. You mean the Oka? — LIGACHEV. Yes, the Oka.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == [
        "kozlov-frol", "kirichenko", "voroshilov", "khrushchev", "ligachev", "gorbachev", "ligachev",
    ]  # fmt: skip
    # (the dash that sets off the next man's words is neither's)
    assert [t.text for t in s.turns][4:] == ["I support the results.", "You mean the Oka?", "Yes, the Oka."]
    # (but a sentence broken off is left so)
    [s] = facts_of(
        "Session of the Politburo, 14 May 1987\nPresent: Gorbachev, Ligachev\n\nLIGACHEV. I think that the "
        "others —\n\nI. On the Oka\n\nGORBACHEV. The Oka?\n"
    ).sessions
    assert [t.text for t in s.turns] == ["I think that the others —", "The Oka?"]
    # what the last read found these rules reading wrongly
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 15 April 1958\n"
        "Present: Khrushchev, Kozlov, Suslov, Ponomarev, Kirichenko\n\nI. On Yugoslavia\n\n"
        "Khr.—As the Plenum DECIDED: we support the draft. Tito (see note 3). The Yugoslav leader replied.\n"
        "Kirichenko (on leave). The others approve.\nCongress21— the date is set.\n\n"
        "Kozlov thinks we should wait, and I agree with him.\n\n"
        "Cde. Ulbricht has no objection to the letter.\n\n"
        "Approve the letter. Instruct the MFA to deliver it.\nCdes. Suslov, Ponomarev—for the text of the statement.\n"
    ).sessions
    assert [(t.person.id, p.stance.value) for t, p in zip(s.turns, s.positions, strict=True)] == [
        ("khrushchev", "supports")
    ]
    assert [a.person.id for a in s.attendance] == ["khrushchev", "kozlov-frol", "suslov", "ponomarev", "kirichenko"]
    assert [a.person.id for a in s.assignments if a.person] == ["suslov", "ponomarev"]
    [s] = facts_of(
        "Session of the Politburo, 18 August 1977\nPresent: Kosygin, Suslov, Gromyko\n\n"
        "4. HEARD: On the talks with Siad Barre (Cdes. Kosygin, Suslov, Gromyko)\n"
    ).sessions
    assert [(t.person.id, t.item) for t in s.turns] == [("kosygin", 1), ("suslov", 1), ("gromyko", 1)]


def test_forms_of_round_50(facts_of):
    """A telegram's title that names its sender ("Ciph. Tel. from Cde. Pushkin, Berlin (Suslov)") is followed by
    those who spoke on it, not by its sender as where it names a place ("from Berlin (Cde. Pervukhin)", "from
    Peking on the conversation with Mao (Cde. Yudin)"); a
    collection's items numbered "§ 6." (not a statute's "§ 12." quoted) and taken up as "Ad 2." give those who spoke
    on them in brackets; a
    protocol's "HEARD: Cde. X." and the record's "Cde. X reports that ..." under it are one turn, his report, with
    only an editor's bracket between (not where he has words of his own, or another man spoke first)."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 10 September 1955\n"
        "Present: Khrushchev, Bulganin, Molotov, Suslov, Pervukhin\n\nI. On the FRG\n\nBulg.—Agree.\n\n"
        "II. Ciph. Tel. from Cde. Pushkin, Berlin (Suslov)\n\nTake into consideration.\n\n"
        "III. Ciph. Tel. from Berlin (Cde. Pervukhin)\n\nTake into consideration.\n\n"
        "IV. Ciph. Tel. from Peking on the conversation with Mao (Cde. Yudin)\n\nTake into consideration.\n\n"
        "V. On the telegram from Firyubin in Belgrade (Molotov)\n\nTake into consideration.\n"
    ).sessions
    assert [(t.person.id, t.item) for t in s.turns] == [("bulganin", 1), ("suslov", 2), ("molotov", 5)]
    [s] = facts_of(
        "EXTRACT FROM PROTOCOL No. 41 OF THE SESSION OF THE SECRETARIAT OF THE CC CPSU\n\n5 December 1967\n\n"
        "Present: Cdes. A. P. Kirilenko, P. N. Demichev, I. V. Kapitonov, D. F. Ustinov, V. I. Stepakov.\n\n"
        "§ 6. On the anniversary of the Army (Cdes. Demichev, Ustinov)\n\nApprove the plan.\n\n"
        "§ 7. On the manuscript\n\nHEARD: Cde. Stepakov.\n\n[Record of the discussion] 2\n\n"
        "Cde. Stepakov reports that the manuscript is long.\n\nCde. Kapitonov speaks against publication.\n\n"
        "§ 8. Questions of the journal\n\nHEARD: Cde. Stepakov.\n\nCde. Kapitonov asks about the paper.\n\n"
        "Cde. Stepakov reports that the paper is found. The Statute says:\n\n"
        "§ 12. A member of the party who has violated discipline is subject to a penalty.\n\nThat we must apply.\n"
    ).sessions
    assert [(t.person.id, t.item, t.text) for t in s.turns] == [
        ("demichev", 1, ""),
        ("ustinov", 1, ""),
        ("stepakov", 2, "reports that the manuscript is long."),
        ("kapitonov", 2, "speaks against publication."),
        ("stepakov", 3, ""),
        ("kapitonov", 3, "asks about the paper."),
        (
            "stepakov",
            3,
            "reports that the paper is found. The Statute says:\n\n§ 12. A member of the party who has "
            "violated discipline is subject to a penalty.\n\nThat we must apply.",
        ),
    ]
    assert s.turns[2].span.quote.startswith("Stepakov.\n\n[Record")  # (his turn, from the name "HEARD:" gives)
    [s] = facts_of(
        "Protocol No. 12 of the Meeting of the Political Bureau of the PUWP CC held on 2 October 1981\n\n"
        "Participants: Cdes.: W. Jaruzelski, K. Barcikowski, T. Czechowicz, H. Kubiak, S. Kania.\n\n"
        "Agenda:\n1. The situation.\n2. Preparations for the 4th Plenum of the CC.\n\n"
        "Ad 1.\n\nCde. Stanisław Kania: We go on.\n\n"
        "Ad 2. Preparations for the 4th Plenum of the CC (Cdes. K. Barcikowski, H. Kubiak)\n\n"
        "[The discussion of item 2 is not reproduced.—Ed.]\n"
    ).sessions
    assert [(t.person.id, t.item) for t in s.turns] == [("kania", 1), ("barcikowski", 2), ("kubiak", 2)]


def test_forms_of_round_51(facts_of):
    """A flattened copy of Bulgarian minutes: "Chaired by:" run on after the heading's date begins a line, as
    "Present:" does; a list's groups labelled with no colon before names in full ("Politburo members Georgi
    Atanasov, ...; Politburo candidate member Petko Danchev; CC Secretary Dimitar Stanishev"); "DECIDED:" run on
    after a sentence's full stop, its first point "1." on its line and the next ones, "2. Instructs Comrade ...",
    its points (not the agenda's item 2 taken up), each a task; the next item's title in capitals after its last
    point begins a line, and "DECIDED: Instructs Comrades ..." on its own line gives tasks."""
    [s] = facts_of(
        'PROTOCOL "A" No. 41 of the meeting of the Politburo of the CC of the BCP, held on 10 October 1989 Chaired by: '
        "Todor Zhivkov Present: Politburo members Georgi Atanasov, Milko Balev, Petar Mladenov; Politburo candidate "
        "member Petko Danchev; CC Secretary Dimitar Stanishev. AGENDA: 1. On the meeting. 2. On the course of the campaign. 1. ON "
        "MEETING (From the shorthand record) P. MLADENOV: Comrades, all is ready. T. ZHIVKOV: We accept the proposal. "
        "Tanev answers for it. "
        "DECIDED: 1. Approves the report. 2. Instructs Comrade Milko Balev to organize the press centre. 3. Instructs "
        "Comrade Dimitar Stanishev to inform the fraternal parties.[4] 2. ON THE COURSE OF THE CAMPAIGN (Georgi "
        "Atanasov, Petko Danchev)[5] DECIDED: Instructs Comrades Georgi Atanasov and Petko Danchev to submit measures.\n"
    ).sessions
    assert [(a.person.id, a.basis.value) for a in s.attendance] == [
        ("zhivkov", "chair"),
        ("atanasov", "listed"),
        ("balev", "listed"),
        ("mladenov", "listed"),
        ("danchev", "listed"),
        ("stanishev", "listed"),
    ]
    assert [(t.person.id, t.text, t.item) for t in s.turns] == [
        ("mladenov", "Comrades, all is ready.", 1),
        ("zhivkov", "We accept the proposal. Tanev answers for it.", 1),
        ("atanasov", "", 2),
        ("danchev", "", 2),
    ]
    assert [(a.person.id, a.task, a.item) for a in s.assignments] == [
        ("balev", "organize the press centre", 1),
        ("stanishev", "inform the fraternal parties", 1),
        ("atanasov", "submit measures", 2),
        ("danchev", "submit measures", 2),
    ]
    [s] = facts_of(
        "Protocol No. 34 of the Secretariat of the CC CPSU, 20 December 1966\nPresent: Cdes. M. A. Suslov, A. P. "
        "Kirilenko.\n\nCde. Kirilenko A. P. stated that he could not agree.\n\nCde. Suslov M. A., summing up, said that "
        "nobody intended to break up the journal.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kirilenko", "suslov"]  # (initials after the name, then an aside)


def test_a_guest_after_one_with_his_post_whose_own_post_is_secretary_general(facts_of):
    """Round 58: "Also taking part: ..., Commander-in-Chief of the Joint Armed Forces; N. P. Firyubin,
    Secretary-General of the Political Consultative Committee." gives Firyubin, his post no group's label."""
    [s] = facts_of(
        "RECORD of the closed session, Moscow, 23 November 1978\n\nTaking part in the session: Cdes. L. I. Brezhnev, "
        "A. N. Kosygin\n\nAlso taking part: Marshal of the Soviet Union V. G. Kulikov, Commander-in-Chief of the Joint "
        "Armed Forces; N. P. Firyubin, Secretary-General of the Political Consultative Committee.(1)\n\n"
        "L. I. Brezhnev\nComrades, today we must decide.\n"
    ).sessions
    assert [a.person.id for a in s.attendance] == ["brezhnev", "kosygin", "kulikov", "firyubin"]


def test_forms_of_round_54(facts_of):
    """A Warsaw Treaty record: a delegation's group whose label names a party and a state at length ("from the
    Communist Party of Czechoslovakia and the Czechoslovak Socialist Republic—Cdes. ..."), guests after their ranks
    ("General of the Army M. I. Kazakov") and posts ("..., Commander-in-Chief; ..."), which are no men; a report told
    as "Cde. X set out the proposals"; the ministers charged after their post and a dash. And a working record's
    guests for an item in brackets ("(Invited for this item: Cdes. A, B)"), not the bracket of those who spoke."""
    [s] = facts_of(
        "RECORD\nof the session of the Political Consultative Committee\nBucharest, 5 July 1966\n\nTaking part:\n"
        "from the Polish United Workers' Party and the Polish People's Republic—Cdes. A. Rapacki, M. Spychalski;\n"
        "from the Communist Party of Czechoslovakia and the Czechoslovak Socialist Republic—Cdes. A. Novotny, J. "
        "Lenart, B. Lomsky.\n\nInvited: Marshal of the Soviet Union A. A. Grechko, Commander-in-Chief; General of the "
        "Army M. I. Kazakov, Chief of Staff of the Joint Armed Forces.\n\nI. On the Warsaw Treaty\n\n"
        "Cde. A. Novotny set out the proposals agreed in draft in February.\n\nCde. A. Rapacki: We support them.\n\n"
        "DECIDED: To instruct the ministers of defense of the member states—Cdes. M. Spychalski and B. Lomsky—together "
        "with the Commander-in-Chief, Cde. A. A. Grechko, to finish the draft statute.\n"
    ).sessions
    assert [(a.person.id, a.basis.value) for a in s.attendance] == [
        ("rapacki", "listed"),
        ("spychalski", "listed"),
        ("novotny", "listed"),
        ("lenart", "listed"),
        ("lomsky", "listed"),
        ("grechko", "guest"),
        ("kazakov", "guest"),
    ]
    assert [t.person.id for t in s.turns] == ["novotny", "rapacki"]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("spychalski", "finish the draft statute"),
        ("lomsky", "finish the draft statute"),
        ("grechko", "finish the draft statute"),
    ]
    body = "SESSION OF THE CC CPSU POLITBURO\n14 April 1977\n\nMembers of the CC Politburo: Cdes. Andropov Yu. V., Gromyko A. A.\n\n2. On the talks\n\n"
    [s] = facts_of(
        body + "(Invited for this item: Cdes. N. V. Ogarkov, G. M. Kornienko)\n\nGROMYKO. We agree.\n"
    ).sessions
    assert [(a.person.id, a.basis.value) for a in s.attendance if a.basis.value == "guest"] == [
        ("ogarkov", "guest"),
        ("kornienko", "guest"),
    ]
    [s] = facts_of(body + "(Comrades Andropov and Gromyko took part in the discussion.)\n").sessions
    assert [t.person.id for t in s.turns] == ["andropov", "gromyko"]
    [s] = facts_of(body + "Cde. Andropov Yu. V. set out for Kabul on 3 April. The talks were useful.\n").sessions
    assert s.turns == []


def test_a_bare_surname_two_listed_men_bear_is_no_third_man_present(facts_of):
    """ "Comrade Müller:" where the list names Gerhard and Margarete Müller: one of them spoke, which the record does
    not say; no third Müller is claimed present. Where no Müller is listed, he spoke although unlisted."""
    head = "Protocol No. 12/89 of the Session of the Politburo of the SED CC on 21 March 1989\nPresent: Comrades Erich Honecker, "
    [s] = facts_of(head + "Gerhard Müller, Margarete Müller, Kurt Hager.\n\nComrade Müller: I agree.\n").sessions
    assert [a.basis.value for a in s.attendance] == ["listed"] * 4
    assert [t.name for t in s.turns] == ["Müller"]
    [s] = facts_of(head + "Kurt Hager.\n\nComrade Müller: I agree.\n").sessions
    assert [(a.person.label, a.basis.value) for a in s.attendance][-1] == ("Müller", "inferred")


def test_forms_of_round_55(facts_of):
    """PZPR minutes copied from a PDF: the list of those who took part in the discussion wraps inside a name
    ("Cdes. Jędry-" / "chowski, Cyrankiewicz, Ochab."), and the body's task breaks after "Cde." ("instructed Cde." /
    "Spychalski, together with Cde. Jędrychowski, to ..."). A Warsaw Treaty record's guests after their posts ("the
    Commander-in-Chief ..., Marshal of the Soviet Union I. I. Yakubovsky; the General Secretary ..., N. P.
    Firyubin"). Malin's notes with a man charged in the chair's words after tasks ("Cde. Ilichev—prepare the TASS
    material, so that ..."), no turn of his."""
    [s] = facts_of(
        "Minutes No. 92 of the Session of the Politburo of the PZPR CC on 21 November 1957\nPresent: Cdes. Władysław "
        "Gomułka, Józef Cyrankiewicz, Stefan Jędrychowski, Edward Ochab, Marian Spychalski.\n\n2. On the army\n\n"
        "Cde. Gomułka reported on the reduction.\nThe following took part in the discussion: Cdes. Jędry-\nchowski, "
        "Cyrankiewicz, Ochab.\nThe Politburo approved the proposals and instructed Cde.\nSpychalski, together with "
        "Cde. Jędrychowski, to submit a plan.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gomulka", "jedrychowski", "cyrankiewicz", "ochab"]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("spychalski", "submit a plan"),
        ("jedrychowski", "submit a plan"),
    ]
    [s] = facts_of(
        "RECORD\nof the meeting of the Political Consultative Committee\nPrague, 25 January 1972\n\nTaking part: Cdes. "
        "G. Husák, L. I. Brezhnev.\n\nAlso present: the Commander-in-Chief of the Joint Armed Forces, Marshal of the "
        "Soviet Union I. I. Yakubovsky; the General Secretary of the Political Consultative Committee, N. P. Firyubin."
        "\n\nCde. G. Husák: We begin.\n"
    ).sessions
    assert [a.person.id for a in s.attendance] == ["husak", "brezhnev", "yakubovsky", "firyubin"]
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 26 July 1962\nPresent: Khrushchev, Mikoyan, "
        "Malinovsky, Slavsky, Ilichev\nI. On the tests\nKhr.—We will answer. Cdes. Malinovsky and Slavsky are to confirm "
        "the schedule. Cde. Ilichev—prepare the TASS material, so that it comes out on the day.\nMik.—I agree.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "mikoyan"]
    assert [a.person.id for a in s.assignments] == ["malinovsky", "slavsky", "ilichev"]


def test_forms_of_round_56(facts_of):
    """A scholar's article whose appendix prints two sessions' notes: the article's prose and its own endnotes, before
    the first record, cite files that are no session's. A flattened PZPR record whose turns told in the third person
    run on after direct speech ("... this week. Cde. H. Jabłoński asked how many ...")."""
    article = (
        "Not a Kopeck Too Much: Khrushchev and Beijing, 1954\n\nThe sessions of the Presidium were stormy.1 Molotov "
        "objected, as the files show.2\n\nNotes\n\n1 RGANI, F. 5, Op. 30, D. 77, L. 12.\n2 AVP RF, F. 0100, Op. 47, "
        "D. 3, L. 5.\n\nAPPENDIX: DOCUMENTS\n\nDocument 1\n\nWorking Notes from the Session of the CPSU CC Presidium, 16 September "
        "1954\n\nPresent: Khrushchev, Malenkov, Molotov.\n\nKhr.—We must help the Chinese.\n\nSource: RGANI, f. 3, op. "
        "8, d. 389, ll. 14-18.\n\nDocument 2\n\nWorking Notes from the Session of the CPSU CC Presidium, 4 November 1954\n\nPresent: "
        "Khrushchev, Malenkov, Molotov.\n\nMol.—Against.\n\nSource: RGANI, f. 3, op. 8, d. 390, ll. 1-5.\n"
    )
    first, second = facts_of(article).sessions
    assert {c.unit.label for c in first.citations} == {"RGANI, F. 3, Op. 8, D. 389, Ll. 14-18"}
    assert {c.unit.label for c in second.citations} == {"RGANI, F. 3, Op. 8, D. 390, Ll. 1-5"}
    [s] = facts_of(
        "Minutes No. 21 from the Meeting of the PZPR CC Politburo held on 28 June 1976\nPresent: Cdes. Edward Gierek, "
        "Stanisław Kania, Henryk Jabłoński, Piotr Jaroszewicz.\nCde. S. Kania: We must act. Cde. P. Jaroszewicz: I "
        "support the proposals of Cde. Kania, this week. Cde. H. Jabłoński asked how many persons had been injured. "
        "Cde. E. Gierek: The rallies will be held.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kania", "jaroszewicz", "jablonski", "gierek"]


# --- more ways a speaker is printed --------------------------------------------------------------

MORE_SPEAKER_FORMS = """\
Working Notes from the Session of the CPSU CC Presidium on 5 November 1956
Present: Khrushchev, Bulganin, Mikoyan, Zhukov, Saburov, Pervukhin
From the BCP CC—Cdes. T. Zhivkov, B. Tanchev
I. On Hungary
Cde. Zhukov(1)—the city is quiet.
Khrushchev (interrupting): how many divisions?
Bulganin. Three are enough.
Cde. Mikoyan. I disagree with the figures.
Saburov: —agree.
Hungary. The situation is grave.
M. G. PERVUKHIN
The plan must be revised.
Tanchev
The Bulgarian party supports the measures.
On the Suez canal (Khrushchev, Bulganin)
Send a warning to London.
Translator's Notes
(1) Zhukov had returned from the front.
"""


def test_more_speaker_forms(facts_of):
    [s] = facts_of(MORE_SPEAKER_FORMS).sessions
    assert [(t.person.id, t.name, t.text, t.item) for t in s.turns] == [
        ("zhukov", "Zhukov", "the city is quiet.", 1),
        ("khrushchev", "Khrushchev", "how many divisions?", 1),
        ("bulganin", "Bulganin", "Three are enough.", 1),
        ("mikoyan", "Mikoyan", "I disagree with the figures.", 1),
        ("saburov", "Saburov", "agree.\nHungary. The situation is grave.", 1),
        ("pervukhin", "M. G. PERVUKHIN", "The plan must be revised.", 1),
        ("tanchev", "Tanchev", "The Bulgarian party supports the measures.", 1),
        ("khrushchev", "Khrushchev", "", 2),
        ("bulganin", "Bulganin", "", 2),
    ]
    assert [(i.number, i.title) for i in s.items] == [("I", "On Hungary"), (None, "On the Suez canal")]
    assert "hungary" not in {a.person.id for a in s.attendance}


def test_a_name_and_a_full_stop_inside_a_wrapped_sentence_is_no_speaker(facts_of):
    text = (
        "Session of the CPSU CC Politburo, 16 April 1981\n"
        "Also taking part: Cdes. Andropov, Gromyko, Ustinov\n"
        "BREZHNEV: Cdes. Andropov and Ustinov met with Kania and\n"
        "Jaruzelski. The talks were useful.\n"
        "Gromyko. We must keep up the pressure.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["brezhnev", "gromyko"]
    assert "jaruzelski" not in {a.person.id for a in s.attendance}
    assert "jaruzelski" in {m.person.id for m in s.mentions}


FLATTENED_POLITBURO = (
    "Skip to content\n"
    "Wilson Center Digital Archive\n"
    "Session of the CPSU CC Politburo, 5 March 1981 (excerpt)\n"
    'March 5, 1981 get citation "Session of the CPSU CC Politburo, 5 March 1981 (excerpt)," March 5, 1981, '
    "History and Public Policy Program Digital Archive, TsKhSD, F. 89, Op. 14, D. 40, Ll. 2-5. Summary The "
    "Politburo hears Gromyko on Afghanistan. Original Language: Russian Contents: Translation - English "
    "Top Secret Single Copy (Working Notes) SESSION OF THE CPSU CC POLITBURO 5 March 1981 "
    "Cde. L. I. BREZHNEV presiding. Also taking part: Cdes. Yu. V. Andropov, A. A. Gromyko, D. F. Ustinov, "
    "K. U. Chernenko. 1. On the situation in Afghanistan. GROMYKO: Cde. Karmal asks for more advisers. "
    "USTINOV: The army can send them in April. L. I. BREZHNEV: Agreed. Cdes. Gromyko and Ustinov are to prepare "
    "the reply. 2. On the harvest. CHERNENKO: The figures will come next week. Rights The History and Public "
    "Policy Program welcomes reuse of Digital Archive materials for research and educational purposes."
)


def test_flattened_politburo_page(facts_of):
    """A page run into one paragraph: chair and list after the heading, items "1.", speakers in capitals."""
    facts = facts_of(FLATTENED_POLITBURO)
    assert facts.title == "Session of the CPSU CC Politburo, 5 March 1981 (excerpt)"
    [s] = facts.sessions
    assert (s.date, s.body) == ("1981-03-05", "CPSU CC Politburo")
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("brezhnev", Basis.CHAIR),
        ("andropov", Basis.LISTED),
        ("gromyko", Basis.LISTED),
        ("ustinov", Basis.LISTED),
        ("chernenko", Basis.LISTED),
    ]
    assert [(i.number, i.title) for i in s.items] == [("1", "On the situation in Afghanistan"), ("2", "On the harvest")]
    assert [(t.item, t.person.id, t.text) for t in s.turns] == [
        (1, "gromyko", "Cde. Karmal asks for more advisers."),
        (1, "ustinov", "The army can send them in April."),
        (1, "brezhnev", "Agreed. Cdes. Gromyko and Ustinov are to prepare the reply."),
        (2, "chernenko", "The figures will come next week."),  # the page's rights cut off, not the turn dropped
    ]
    assert [c.unit.label for c in s.citations] == ["TsKhSD, F. 89, Op. 14, D. 40, Ll. 2-5"]


FLATTENED_SED_MINUTES = (
    "Minutes No. 52/65 of the meeting of the Politburo of the Central Committee on Tuesday, 23 November 1965, in the "
    "conference room of the Politburo Chair: Comrade Walter Ulbricht Present: Members of the Politburo: Comrades "
    "Friedrich Ebert, Kurt Hager, Erich Honecker, Albert Norden Candidates of the Politburo: Comrades Erich Apel, "
    "Günter Mittag Excused: Comrade Horst Sindermann (Halle) For item 2: Comrades Horst Schumann, First Secretary "
    "of the Central Council of the FDJ; Kurt Turba Agenda: 1. Draft of the report of the Politburo (Rapporteur: "
    "Comrade Honecker) 2. Measures concerning the beat groups (Rapporteur: Comrade Schumann) Re 1.: Comrade "
    "Honecker: I propose that the draft be accepted as a basis. Comrade Apel: I cannot agree with the draft in this "
    "form. Comrade Ulbricht: The draft is accepted as the basis. Decision: 1. The draft is accepted as a basis. "
    "2. Comrades Apel and Mittag are to prepare a new version of the economic section. Re 2.: Comrade Schumann "
    "reports on the events in Leipzig. Comrade Turba: Not every young man with long hair is an enemy. Decision: "
    "1. Comrade Norden is to prepare guidance for the press. Signed: W. Ulbricht\n"
)


@pytest.mark.parametrize(
    "speaker",
    ["ANDROPOV: ", "Comrade Andropov: ", "Andropov—", "Comrade Honecker: The telegram of Comrade Brezhnev says: "],
)
def test_a_speech_s_numbered_points_are_no_agenda_items(facts_of, speaker):
    """A speaker's points after his colon ("ANDROPOV: 1. The situation has deteriorated. 2. ...") are his words, not
    items of the agenda, which an agenda's or a decision's label opens ("Agenda: 1. ...", "Decision: 1. ...")."""
    [s] = facts_of(
        "Session of the CC CPSU Politburo, 12 December 1979\n\nPresent: Brezhnev, Andropov, Gromyko, Suslov, "
        f"Honecker\n\n1. On the situation in Afghanistan\n\n{speaker}1. The situation has deteriorated. 2. Amin is "
        "not to be trusted. 3. We must act.\n\nGROMYKO: I agree.\n\n2. On the Olympics\n\nSUSLOV: The "
        "preparations go well.\n"
    ).sessions
    assert [i.title for i in s.items] == ["On the situation in Afghanistan", "On the Olympics"]
    assert [t.item for t in s.turns] == [1, 1, 2]
    assert "2. Amin is not to be trusted." in s.turns[0].text


@pytest.mark.parametrize("label", ["Agenda:", "Order of the day:", "Agenda of the session:"])
def test_an_agenda_s_points_on_its_label_s_line(facts_of, label):
    """An agenda's points on its label's line ("Order of the day: 1. ... 2. ...") are the items."""
    [s] = facts_of(
        "Session of the Politburo of the PZPR CC, 12 March 1981\n\nPresent: Kania, Jaruzelski, Olszowski.\n\n"
        f"{label} 1. The situation in the country. 2. Preparations for the Plenum.\n\n"
        "Re 1: Cde. Kania: The situation is grave.\n\nRe 2: Cde. Olszowski: The theses are ready.\n"
    ).sessions
    assert [i.title for i in s.items] == ["The situation in the country", "Preparations for the Plenum"]
    assert [(t.item, t.person.id) for t in s.turns] == [(1, "kania"), (2, "olszowski")]


def test_flattened_minutes_with_labels_in_title_case(facts_of):
    """An SED record run into one paragraph, its labels in title case after a name with no stop ("... Politburo
    Chair: Comrade Walter Ulbricht Present: Members of the Politburo: ... Candidates of the Politburo: ... Excused:
    ... For item 2: ... Agenda: 1. ... Re 1.: Comrade Honecker: ... Decision: 1. ..."): each label opens its part, an
    item's first point follows its label's colon, and "Re 1.:" opens the discussion with the turn on its line."""
    [s] = facts_of(FLATTENED_SED_MINUTES).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("ulbricht", Basis.CHAIR),
        *((name, Basis.LISTED) for name in ("ebert", "hager", "honecker", "norden", "apel", "mittag")),
        ("schumann", Basis.GUEST),
        ("turba", Basis.GUEST),
        ("sindermann", Basis.ABSENT),
    ]
    assert [i.title for i in s.items] == [
        "Draft of the report of the Politburo (Rapporteur: Comrade Honecker)",
        "Measures concerning the beat groups (Rapporteur: Comrade Schumann)",
    ]
    assert [(t.item, t.person.id) for t in s.turns] == [
        (1, "honecker"),
        (1, "apel"),
        (1, "ulbricht"),
        (2, "schumann"),
        (2, "turba"),
    ]
    assert [(a.item, a.person.id) for a in s.assignments] == [(1, "apel"), (1, "mittag"), (2, "norden")]
    # a label's word in a speech, after a word of its sentence, opens nothing: no chair named so
    [s] = facts_of(
        FLATTENED_SED_MINUTES.replace(
            "Comrade Apel: I cannot",
            "Comrade Apel: The commission has a new Chairman: Comrade Heinz Hoffmann. I cannot",
        )
    ).sessions
    assert "hoffmann" not in {a.person.id for a in s.attendance}
    assert s.turns[1].text.startswith("The commission has a new Chairman: Comrade Heinz Hoffmann. I cannot")
    # ... but a label after a date or a number, or "Re 1.:" after any word, opens its part
    [s] = facts_of(
        FLATTENED_SED_MINUTES.replace("in the conference room of the Politburo Chair:", "1965 Chair:").replace(
            "(Rapporteur: Comrade Schumann) Re 1.:", "(Rapporteur: Comrade Schumann) and the press Re 1.:"
        )
    ).sessions
    assert ("ulbricht", Basis.CHAIR) in [(a.person.id, a.basis) for a in s.attendance]
    assert [t.person.id for t in s.turns][:2] == ["honecker", "apel"]


FLATTENED_PRESIDIUM = (
    'Working Notes from the Session of the CPSU CC Presidium on 2 April 1957 get citation "Working Notes," '
    "April 2, 1957, History and Public Policy Program Digital Archive, RGANI, F. 3, Op. 12, D. 1011, Ll. 3-4. "
    "Original Language: Russian Contents: Translation - English Present: Khrushchev, Bulganin, Kaganovich, "
    "Mikoyan, Molotov, Voroshilov. I. On the sovnarkhozy. Cde. Kaganovich—the ministries must stay. "
    "Cde. Mikoyan: agree with Cde. Khrushchev on the whole. Khr.—we shall not go back. Molotov—against. "
    "II. On the trip of Cde. Voroshilov to Indonesia (Voroshilov, Bulganin) Rights The History and Public Policy "
    "Program welcomes reuse of Digital Archive materials."
)


def test_flattened_presidium_page_with_dash_and_colon_speakers(facts_of):
    """ "Cde. X—", "Cde. X:", "Khr.—" and a known name with a dash each open a turn in a flattened copy."""
    [s] = facts_of(FLATTENED_PRESIDIUM).sessions
    assert s.date == "1957-04-02"
    listed = [a.person.id for a in s.attendance if a.basis is Basis.LISTED]
    assert listed == ["khrushchev", "bulganin", "kaganovich", "mikoyan", "molotov", "voroshilov"]
    assert [(t.item, t.person.id, t.name, t.text) for t in s.turns] == [
        (1, "kaganovich", "Kaganovich", "the ministries must stay."),
        (1, "mikoyan", "Mikoyan", "agree with Cde. Khrushchev on the whole."),
        (1, "khrushchev", "Khr.", "we shall not go back."),
        (1, "molotov", "Molotov", "against."),
        (2, "voroshilov", "Voroshilov", ""),
        (2, "bulganin", "Bulganin", ""),
    ]
    # "Cde. Voroshilov" inside the item title opens no turn: no sentence ends before it
    assert s.items[1].title == "On the trip of Cde. Voroshilov to Indonesia"


def test_a_flattened_chair_only_after_a_heading_or_a_sentence(facts_of):
    """ "..., N. S. Khrushchev presiding." is the chair; "with Cde. X presiding" inside a turn is not."""
    text = (
        "Session of the CPSU CC Presidium, 7 May 1958, Cde. N. S. Khrushchev presiding. Present: Kozlov, Suslov. "
        "Cde. Kozlov—the commission met with Cde. Suslov presiding over it.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.CHAIR),
        ("kozlov-frol", Basis.LISTED),
        ("suslov", Basis.LISTED),
    ]
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("kozlov-frol", "the commission met with Cde. Suslov presiding over it.")
    ]


@pytest.mark.parametrize("heading", ["Notes", "NOTES", "Notes:", "Endnotes", "Footnotes"])
def test_notes_headings(facts_of, heading):
    """A plain notes heading on its own line ends the body; the note is read as the translator's would be."""
    text = (
        "Working Notes from the Session of the CPSU CC Presidium on 14 May 1959\n"
        "Present: Khrushchev, Mikoyan, Kozlov(1)\n"
        "I. On Iraq\n"
        "Cde. Mikoyan—the notes of the talks are ready.\n"
        f"{heading}\n"
        "1. The formal protocol (APRF, F. 3, Op. 14, D. 310, L. 2) does not mention Kozlov.\n"
    )
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [("mikoyan", "the notes of the talks are ready.")]
    omitted = [(a.person.id, a.source.label) for a in s.attendance if a.basis is Basis.OMITTED]
    assert omitted == [("kozlov-frol", "APRF, F. 3, Op. 14, D. 310, L. 2")]


def test_a_source_line_above_several_sessions_is_the_archive_file_of_each(facts_of):
    text = (
        "Working Notes from the Sessions of the CPSU CC Presidium, March 1959\n"
        "Source: RGANI, F. 3, Op. 12, D. 300, Ll. 1-6. Compiled by V. N. Malin.\n"
        "\n"
        "Protocol No. 210\n"
        "3 March 1959\n"
        "Present: Khrushchev, Mikoyan\n"
        "Cde. Mikoyan—agree.\n"
        "\n"
        "Protocol No. 211\n"
        "5 March 1959\n"
        "Present: Khrushchev, Suslov\n"
        "Cde. Suslov—agree.\n"
    )
    facts = facts_of(text)
    assert [s.date for s in facts.sessions] == ["1959-03-03", "1959-03-05"]
    for s in facts.sessions:
        assert [(c.unit.label, c.notes_source) for c in s.citations] == [("RGANI, F. 3, Op. 12, D. 300, Ll. 1-6", True)]
        assert {a.source.label for a in s.attendance} == {"RGANI, F. 3, Op. 12, D. 300, Ll. 1-6"}


def test_given_names_with_diacritics_in_a_list(facts_of):
    text = (
        "Minutes of the Meeting of the Political Committee, 4 February 1958\n"
        "Present: Comrades Antal Apró, Béla Biszku, Gyula Kállai, János Kádár\n"
        "Comrade Kádár: The report is correct.\n"
    )
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.LISTED] == ["apro", "biszku", "kallai", "kadar"]


def test_a_bracket_inside_an_item_s_sentence_is_no_list_of_speakers(facts_of):
    text = (
        "Session of the CPSU CC Politburo, 2 April 1982\n"
        "Also taking part: Cdes. Yu. V. Andropov, D. F. Ustinov\n"
        "ANDROPOV: We cannot allow ourselves to be drawn in.\n"
        "2. The USSR Gosplan (Cde. Baibakov) is to submit proposals within three days.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["andropov"]
    assert "baibakov" not in {a.person.id for a in s.attendance}


def test_turns_told_of_a_comrade_spelled_out(facts_of):
    text = (
        "Minutes of the Meeting of the Political Committee, 4 February 1958\n"
        "Present: Comrades Apró, Kádár, Münnich\n"
        "1. Comrade Münnich reports on the talks held in Belgrade.\n"
        "Comrade Kádár: The report is correct.\n"
        "Comrade Kadar summarizes the discussion: The investigation must be completed.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["munnich", "kadar", "kadar"]
    assert [t.item for t in s.turns][0] is not None


GROUPS_BELOW = """\
Protocol No. 12
of the Meeting of the Politburo of the Central Committee
held on 9 May 1967

Chair: Comrade Walter Ulbricht

Present:
Members of the Politburo: Comrades Ulbricht, Honecker, Stoph
Candidates of the Politburo: Comrades Axen, Jarowinsky
Excused: Comrades Matern, Ebert

Honecker: We must draw conclusions.
"""


def test_a_heading_over_lines_and_groups_listed_below_present(facts_of):
    [s] = facts_of(GROUPS_BELOW).sessions
    assert (s.date, s.protocol) == ("1967-05-09", "12")
    # those excused are absent on the record's word
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is not Basis.LISTED] == [
        ("ulbricht", Basis.CHAIR),
        ("matern", Basis.ABSENT),
        ("ebert", Basis.ABSENT),
    ]
    listed = [a.person.id for a in s.attendance if a.basis is Basis.LISTED]
    assert listed == ["ulbricht", "honecker", "stoph", "axen", "jarowinsky"]
    assert [t.person.id for t in s.turns] == ["honecker"]


def test_taking_part_in_the_session_and_groups_with_plain_labels(facts_of):
    text = (
        "Extract from Protocol No. 9 of the session of the CC CPSU Politburo of 2 June 1977\n"
        "Taking part in the session: Cdes. L. I. Brezhnev, Yu. V. Andropov; candidate members P. N. Demichev, "
        "B. N. Ponomarev; CC Secretaries K. V. Rusakov.\n"
        "1. Agree with the considerations set out in the note.\n"
    )
    [s] = facts_of(text).sessions
    assert (s.date, s.protocol) == ("1977-06-02", "9")
    listed = [a.person.id for a in s.attendance if a.basis is Basis.LISTED]
    assert listed == ["brezhnev", "andropov", "demichev", "ponomarev", "rusakov"]


def test_a_chair_with_a_first_name_and_a_guest_line(facts_of):
    text = (
        "Session of the CPSU CC Politburo, 2 April 1982\n"
        "Presided over by Leonid Brezhnev.\n"
        "Present: Cdes. Yu. V. Andropov, D. F. Ustinov\n"
        "With the participation of Cde. Władysław Gomułka\n"
        "ANDROPOV: We cannot allow ourselves to be drawn in.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("brezhnev", Basis.CHAIR),
        ("andropov", Basis.LISTED),
        ("ustinov", Basis.LISTED),
        ("gomulka", Basis.GUEST),
    ]


def test_surnames_printed_before_initials(facts_of):
    text = (
        "SESSION OF THE CC CPSU SECRETARIAT\n27 May 1967\n"
        "Chaired comrade SUSLOV M.A.\n"
        "Present C.C. Kirilenko A.P.; Demichev P.N.; Ponomarev B.N.\n"
        "PONOMAREV: The tone should be firm.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("suslov", Basis.CHAIR),
        ("kirilenko", Basis.LISTED),
        ("demichev", Basis.LISTED),
        ("ponomarev", Basis.LISTED),
    ]
    assert [t.person.id for t in s.turns] == ["ponomarev"]


def test_a_flattened_list_that_runs_into_the_item_heading(facts_of):
    text = (
        "SESSION OF THE CC CPSU POLITBURO 17 March 1979 Cde. A. P. KIRILENKO presiding. "
        "Also taking part: Cdes. Yu. V. Andropov, A. A. Gromyko, M. V. Zimyanin On the situation in the DRA "
        "and measures on our part KIRILENKO. We have had a series of conversations.\n"
        "GROMYKO. The insurgents have seized the city.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("kirilenko", Basis.CHAIR),
        ("andropov", Basis.LISTED),
        ("gromyko", Basis.LISTED),
        ("zimyanin", Basis.LISTED),
    ]
    # the title ends with no full stop, and the first speaker follows it on the same line
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("kirilenko", "We have had a series of conversations."),
        ("gromyko", "The insurgents have seized the city."),
    ]


def test_a_name_in_capitals_joined_to_the_text_before_it_is_no_speaker(facts_of):
    """A list's last name after "and", or a name after "to", ends a sentence: it opens no turn."""
    text = (
        "SESSION OF THE CC CPSU POLITBURO 5 March 1981 Present: Cdes. ANDROPOV, GROMYKO and SUSLOV. "
        "On the harvest BREZHNEV. The work is entrusted to USTINOV. The figures will come next week.\n"
    )
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.LISTED] == ["andropov", "gromyko", "suslov"]
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("brezhnev", "The work is entrusted to USTINOV. The figures will come next week.")
    ]


def test_groups_of_a_list_that_run_on_over_lines(facts_of):
    """A labelled group wraps over lines ending with a comma; its last name is no speaker of a turn."""
    text = (
        "SESSION OF THE CPSU CC POLITBURO\n"
        "12 May 1966\n"
        "Cde. L. I. Brezhnev presiding.\n"
        "Present:\n"
        "Members of the Politburo: Cdes. G. I. Voronov, A. P. Kirilenko,\n"
        "A. N. Kosygin, N. V. Podgorny.\n"
        "Candidate members of the Politburo: Cdes. V. V. Grishin,\n"
        "D. F. Ustinov.\n"
        "Invited: Cdes. A. A. Gromyko,\n"
        "A. A. Grechko.\n"
        "I. On the harvest\n"
        "Kosygin: The plan stands.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("brezhnev", Basis.CHAIR),
        ("voronov", Basis.LISTED),
        ("kirilenko", Basis.LISTED),
        ("kosygin", Basis.LISTED),
        ("podgorny", Basis.LISTED),
        ("grishin", Basis.LISTED),
        ("ustinov", Basis.LISTED),
        ("gromyko", Basis.GUEST),
        ("grechko", Basis.GUEST),
    ]
    assert [(t.person.id, t.text) for t in s.turns] == [("kosygin", "The plan stands.")]


def test_a_footnote_number_run_on_to_the_last_name_of_a_list(facts_of):
    """A copy that lost its superscripts prints the marker as plain digits: "Ya. P. Ryabov.1"."""
    text = (
        "SESSION OF THE CPSU CC POLITBURO\n"
        "16 March 1978\n"
        "Cde. M. A. Suslov presiding.\n"
        "Also taking part: Cdes. Yu. V. Andropov, A. A. Gromyko,\n"
        "K. V. Rusakov, Ya. P. Ryabov.1\n"
        "1. On Ethiopia\n"
        "Gromyko — We can give that assurance.\n"
    )
    [s] = facts_of(text).sessions
    listed = [a.person.id for a in s.attendance if a.basis is Basis.LISTED]
    assert listed == ["andropov", "gromyko", "rusakov", "ryabov"]


def test_notes_under_a_rule_with_no_heading(facts_of):
    """A printed collection sets its notes under a rule, with no "Notes" heading: note 1, whose marker the
    text carries, opens them, and what they say of the protocol is read."""
    text = (
        "SESSION OF THE CPSU CC POLITBURO\n"
        "8 June 1967\n"
        "Present: Cdes. Kosygin, Podgorny, Shelepin.[1]\n"
        "I. On the Middle East\n"
        "Kosygin: We must not be drawn in.[2]\n"
        "----------------\n"
        "[1] The formal protocol of this session (RGANI, F. 3,\n"
        "Op. 22, D. 9, L. 1) lists Solomentsev among those present as well.\n"
        "[2] The message is in AVP RF, F. 087, Op. 30, D. 10,\n"
        "Ll. 44-47.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is Basis.PROTOCOL] == [
        ("solomentsev", Basis.PROTOCOL)
    ]
    assert [t.text for t in s.turns] == ["We must not be drawn in.[2]"]  # the rule is no part of it
    assert {c.unit.label for c in s.citations} >= {
        "RGANI, F. 3, Op. 22, D. 9, L. 1",
        "AVP RF, F. 087, Op. 30, D. 10, Ll. 44-47",
    }


def test_a_scanned_page_of_a_russian_edition(facts_of):
    """A scanned book page: a running head above the heading ("Working record of ..."), the Russian labels
    left as printed, names the page broke over two lines, notes numbered "1" under a rule with their
    markers glued to words, and references written with full stops. A broken name is read whole, and the
    evidence is the page's own words."""
    text = (
        "216              THE POLITBURO AND EASTERN EUROPE, 1989\n"
        "Working record of the session of the Politburo of the CC CPSU\n"
        "3 November 1989\n"
        "Predsedatel'stvoval: M. S. Gorbachev\n"
        "Prisutstvovali: L. N. Zaikov, V. A. Kryuch-\n"
        "kov, N. I. Ryzhkov, E. A. Shevard-\n"
        "nadze\n"
        "Priglasheny: V. M. Falin\n"
        "On the situation in the GDR1\n"
        "Gorbachev: We do not interfere.\n"
        "   Cde. Shevard-\n"
        "nadze informed the Politburo of his talks in Bonn.\n"
        "Falin: They have no programme.\n"
        "______________\n"
        "1 The record is in APRF. F. 3. Op. 111. D. 229. L. 57-63.\n"
    )
    [s] = facts_of(text).sessions
    assert s.date == "1989-11-03"
    assert [(a.person.id, a.basis, a.span.quote) for a in s.attendance] == [
        ("gorbachev", Basis.CHAIR, "M. S. Gorbachev"),
        ("zaikov", Basis.LISTED, "L. N. Zaikov"),
        ("kryuchkov", Basis.LISTED, "V. A. Kryuch-\nkov"),
        ("ryzhkov", Basis.LISTED, "N. I. Ryzhkov"),
        ("shevardnadze", Basis.LISTED, "E. A. Shevard-\nnadze"),
        ("falin", Basis.GUEST, "V. M. Falin"),
    ]
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("gorbachev", "We do not interfere."),
        ("shevardnadze", "informed the Politburo of his talks in Bonn."),
        ("falin", "They have no programme."),
    ]
    assert [c.unit.label for c in s.citations] == ["APRF, F. 3, Op. 111, D. 229, Ll. 57-63"]


def test_a_name_the_page_leaves_broken_is_no_one(facts_of):
    """A list that stops on a broken name, with no small letters on the next line to mend it, mints no
    person "Kryuch-"."""
    text = "Session of the CPSU CC Politburo, 3 November 1989\nPresent: L. N. Zaikov, V. A. Kryuch-\n\nI. On the GDR\n"
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance] == ["zaikov"]


def test_an_agenda_whose_items_are_taken_up_again(facts_of):
    """Another party's protocol lists its agenda first, then takes each item up again ("Re 1:"): the turns
    under "Re 2:" are item 2's, a turn told in the third person may open it, and guests present "for item 2"
    are guests, not members; a page number ("- 2 -") is no text of a turn."""
    text = (
        "Protocol No. 9/60 of the meeting of the Politburo of the Central Committee\n"
        "on Tuesday, 23 February 1960\n"
        "Present: Comrades Ulbricht, Matern, Stoph, Honecker\n"
        "Also attending: for item 2, Comrade Reichelt (Minister for Agriculture) and Comrade Quandt\n"
        "Agenda:\n"
        "1. Information on the meeting in Moscow\n"
        "2. Report on agriculture in Bezirk Schwerin\n"
        "Re 1:\n"
        "Comrade Ulbricht reported on the course of the meeting.\n"
        "Comrade Stoph supplemented the report.\n"
        "Ulbricht: Yes. The declaration is to be published\n"
        "- 2 -\n"
        "in full.\n"
        "Re 2:\n"
        "Comrade Quandt reported that the work is lagging.\n"
        "Comrade Reichelt stated that machinery was short.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is Basis.GUEST] == [
        ("reichelt", Basis.GUEST),
        ("quandt", Basis.GUEST),
    ]
    items = {it.order: it.number for it in s.items}
    assert [(t.person.id, items[t.item]) for t in s.turns] == [
        ("ulbricht", "1"),
        ("stoph", "1"),
        ("ulbricht", "1"),
        ("quandt", "2"),
        ("reichelt", "2"),
    ]
    assert len(s.items) == 2


def test_a_working_record_s_chair_page_numbers_and_sources_under_the_notes(facts_of):
    """ "Chaired by:" with its colon; surname-first names with two-letter initials ("Pel'she A. Ya."); a
    turn after a page number ("- 3 -"), which is no line of the turn before, so that turn does not seem to
    stop mid-sentence; a source line in brackets under the notes is the file of the notes themselves, with
    fond 89's "Per." and "Dok." read as opis and delo."""
    text = (
        "SESSION OF THE CC CPSU POLITBURO\n"
        "18 June 1981\n"
        "Chaired by: Cde. L. I. BREZHNEV\n"
        "Present: Cdes. Andropov Yu. V., Pel'she A. Ya., Ustinov D. F., Gromyko A. A.\n"
        "2. On the Situation in Poland\n"
        "GROMYKO: The message should say this plainly, without diplomacy.\n"
        "- 3 -\n"
        "USTINOV. Our military comrades are in constant contact with Jaruzelski.[1]\n"
        "[1] The telegram is in APRF, F. 3, Op. 82, D. 171, Ll. 84-87.\n"
        "[Source: TsKhSD, F. 89, Per. 42, Dok. 51. Translated by the Digital Archive staff.]\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("brezhnev", Basis.CHAIR),
        ("andropov", Basis.LISTED),
        ("pelshe", Basis.LISTED),
        ("ustinov", Basis.LISTED),
        ("gromyko", Basis.LISTED),
    ]
    assert [t.person.id for t in s.turns] == ["gromyko", "ustinov"]
    assert [(c.unit.label, c.notes_source) for c in s.citations] == [
        ("TsKhSD, F. 89, Op. 42, D. 51", True),
        ("APRF, F. 3, Op. 82, D. 171, Ll. 84-87", False),
    ]


def test_an_unnumbered_note_and_the_reference_that_closes_a_document(facts_of):
    """A translator's note with no number is a note: what it says of the protocol counts; a reference with
    its legend after the notes ("... Original. Manuscript.") is the notes' own file, no note's, and a line
    that opens with a reference is no one speaking ("RGANI." is no speaker)."""
    text = (
        "RECORD OF THE SESSION OF THE CPSU CC PRESIDIUM\n"
        "11 March 1965\n"
        "Present: Cdes. Brezhnev, Kosygin, Suslov, Titov\n"
        "I. On the Plenum\n"
        "SUSLOV: Agreed.\n"
        "RGANI. F. 3. Op. 22. D. 13. L. 5. Copy.\n"
        "Translator's note:\n"
        "The formal protocol (RGANI, F. 3, Op. 16, D. 1126, Ll. 1-3) lists Shelest as well, but not Titov.\n"
        "RGANI, F. 3, Op. 22, D. 12, Ll. 41-47. Original. Manuscript. Notes by V. N. Malin.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["suslov"]
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis in (Basis.PROTOCOL, Basis.OMITTED)] == [
        ("shelest", Basis.PROTOCOL),
        ("titov", Basis.OMITTED),
    ]
    assert next(c.unit.label for c in s.citations if c.notes_source) == "RGANI, F. 3, Op. 22, D. 12, Ll. 41-47"


def test_a_flattened_speaker_with_an_aside(facts_of):
    """In a copy run into one paragraph, "Mikoyan (reports) —" after the item's title opens his turn."""
    text = (
        "Session of the CPSU CC Presidium, 3 December 1962 Present: Khrushchev, Mikoyan, Kozlov. I. Cde. "
        "Mikoyan's information about the trip to Cuba. Mikoyan (reports) — Fidel took it painfully. "
        "Khrushchev: He [Mikoyan] handled it well. Kozlov — agree."
    )
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("mikoyan", "Fidel took it painfully."),
        ("khrushchev", "He [Mikoyan] handled it well."),
        ("kozlov-frol", "agree."),
    ]
    # a scan's aside glued to the name: "Andropov(reports) —"
    [s] = facts_of(text.replace("Mikoyan (reports) —", "Mikoyan(reports) —")).sessions
    assert [t.person.id for t in s.turns] == ["mikoyan", "khrushchev", "kozlov-frol"]
    # round 57: a working record's "GROMYKO (from his seat)." run on after the speech before it
    text = (
        "SESSION OF THE CC CPSU POLITBURO 13 October 1983 Present: Cdes. Chernenko, Gromyko, Ustinov, Zimyanin. "
        "USTINOV. I support it. I would ask that military training be kept in the draft. GROMYKO (from his seat). The "
        "draft is right. ZIMYANIN. The draft has been worked on for almost a year."
    )
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.text) for t in s.turns][1:] == [
        ("gromyko", "The draft is right."),
        ("zimyanin", "The draft has been worked on for almost a year."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date line that starts "1 ..." is no note 1 and does not stop "(1)" under a rule opening the notes
        (
            "SESSION OF THE CPSU CC PRESIDIUM\n1 November 1956\nPresent: Khrushchev, Molotov\n"
            "Khrushchev: Nagy has declared neutrality.(1)\nMolotov: We must act.\n________\n"
            "(1) The formal protocol also lists Zhukov as present.\n",
            {"turns": ["khrushchev", "molotov"], "protocol": ["zhukov"]},
        ),
        # a name alone with a dash glued to it is the speaker, not the half of a broken word
        (
            "SESSION OF THE CPSU CC PRESIDIUM\n31 October 1956\nPresent: Khrushchev, Mikoyan, Molotov\n"
            "Cde. Mikoyan-\noverall it should be adopted.\nCde. Molotov-\nin whose name is it issued?\n",
            {"turns": ["mikoyan", "molotov"], "protocol": []},
        ),
        # an agenda numbered in Roman figures is taken up again in Arabic ones
        (
            "SESSION OF THE CPSU CC POLITBURO\n16 April 1981\nPresent: Brezhnev, Ustinov\nAgenda:\n"
            "I. On Poland\nII. On Afghanistan\nRe 2:\nUstinov: The army is ready.\n",
            {"turns": ["ustinov"], "protocol": [], "items": ["II"]},
        ),
        # members listed for some items are members, not guests
        (
            "SESSION OF THE CPSU CC POLITBURO\n16 April 1981\nPresent: for items 1-3, Brezhnev, Andropov; for "
            "item 4, Gromyko\nBrezhnev: Yesterday I spoke with Kania.\n",
            {"turns": ["brezhnev"], "protocol": [], "guests": []},
        ),
        # in a copy run into one paragraph, a man named with a note in brackets before a colon is no speaker
        (
            "Session of the CPSU CC Presidium, 31 October 1956 Present: Bulganin, Molotov. Cde. Bulganin—we "
            "must decide. Tito (see note 3): he is with us. Cde. Molotov—agree.",
            {"turns": ["bulganin", "molotov"], "protocol": []},
        ),
        # lettered points in a speech or a decision are no turns, told in the past tense or not
        (
            "SESSION OF THE CPSU CC POLITBURO\n12 March 1981\nPresent: Brezhnev, Andropov, Gromyko, Rusakov\n"
            "I. On Poland\nBrezhnev: The Polish comrades told us the following:\n"
            "a) Cde. Kania said that the party is losing control;\nb) Cde. Gromyko — to prepare a letter;\n"
            "We must think about it.\nAndropov: I agree.\nResolved:\n"
            "c) Cde. Rusakov reports to the Politburo within two weeks.\n",
            {"turns": ["brezhnev", "andropov"], "protocol": []},
        ),
        # an editor's "[illegible]" or "[abridged]" is no aside of a speaker's; a man "presented" inside a speech
        # or with an award presents no report; a power in a title is no note marker
        (
            "Transcript [abridged] — Meeting of the CPSU CC Politburo, 30 May 1987\nPresent: Gorbachev, Ryzhkov\n"
            "I. On the housing norm of 9 m²\nGorbachev: This is a disgrace.\nNagy [illegible] — a traitor.\n"
            "Cde. Dobrynin presented the materials to me yesterday.\n"
            "Cde. Kunaev presented with the Order of Lenin.\nRyzhkov: I agree.\n",
            {
                "turns": ["gorbachev", "ryzhkov"],
                "protocol": [],
                "date": "1987-05-30",
                "title": "On the housing norm of 9 m²",
            },
        ),
        # a full name before a colon or dash speaks only as the session lists him: not an item's Roman number
        # ("Item II:" is no John Paul II), an order ("Instruct Gromyko —"), a letter's greeting, a quotation
        (
            "MINUTES OF THE MEETING OF THE HSWP CC POLITICAL COMMITTEE\n12 May 1968\nPresent: Kádár, Nyers\n"
            "Item I: On the Czechoslovak situation\nKádár: The situation is serious.\nItem II: On the reform\n"
            "Nyers: I propose the following text.\nDear Comrade Ulbricht:\nInstruct Gromyko — to prepare a "
            "statement.\nImre Nagy: we demand the withdrawal.\n",
            {"turns": ["kadar", "nyers"], "protocol": []},
        ),
        # notes at a page's foot with no blank line after them: the turns after them are still turns
        (
            "SESSION OF THE CPSU CC POLITBURO\n30 May 1987\nPresent: Gorbachev, Ligachev, Ryzhkov\n"
            "GORBACHEV. Comrades, the incident is known to all.²\n¹ APRF, f. 3, op. 120, d. 74, l. 1-30.\n"
            "² The plane landed near Red Square.\nLIGACHEV. This is a disgrace.\nRYZHKOV. I agree.\n",
            {"turns": ["gorbachev", "ligachev", "ryzhkov"], "protocol": []},
        ),
        # in a copy run into one paragraph: a number after text left out that opens no item's title, a name
        # in capitals after a title ("President NIXON."), a stenographic report in a sentence
        (
            "Session of the CPSU CC Politburo, 12 May 1980 Present: Brezhnev, Gromyko, Suslov, Andropov. 1. On "
            "Afghanistan ANDROPOV. We have the following figures . . . . 5. The number of troops is 80,000. "
            "GROMYKO. I support Yuri Vladimirovich. 2. On the talks with President BREZHNEV. The text is approved. "
            "SUSLOV. The stenographic report of the Plenum, 29 June 1957, is to be sent to the organisations.",
            {"turns": ["andropov", "gromyko", "suslov"], "protocol": [], "items": ["1", "1", "2"]},
        ),
    ],
)
def test_what_the_rules_for_books_and_agendas_leave_alone(facts_of, text, expected):
    """The rules for printed books, agendas and guests (above) must not misread the common layouts."""
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == expected["turns"]
    assert [a.person.id for a in s.attendance if a.basis is Basis.PROTOCOL] == expected["protocol"]
    if "items" in expected:
        numbers = {it.order: it.number for it in s.items}
        assert [numbers[t.item] for t in s.turns] == expected["items"]
    if "guests" in expected:
        assert [a.person.id for a in s.attendance if a.basis is Basis.GUEST] == expected["guests"]
    if "date" in expected:
        assert (s.date, s.items[0].title) == (expected["date"], expected["title"])


def test_a_note_s_wrapped_reference_and_a_file_of_two_sessions_keep_their_sources(facts_of):
    """A reference a note wraps onto a line of its own ("... is in" / "RGANI, ... Original. Typescript.") is
    the note's; in a file of two sessions, "[Source: ...]" under the second's notes is not the first's."""
    text = (
        "SESSION OF THE CPSU CC PRESIDIUM\n12 May 1960\nPresent: Khrushchev, Mikoyan\n"
        "Khrushchev: We adopt the resolution.(1)\nNotes\n(1) The text of the resolution is in\n"
        "RGANI, F. 3, Op. 14, D. 402, Ll. 3-5. Original. Typescript.\n"
    )
    [s] = facts_of(text).sessions
    assert [(c.unit.label, c.notes_source) for c in s.citations] == [("RGANI, F. 3, Op. 14, D. 402, Ll. 3-5", False)]
    two = (
        "SESSION OF THE CPSU CC PRESIDIUM\n12 May 1960\nPresent: Khrushchev, Mikoyan\n"
        "Khrushchev: We adopt the resolution.\n[Source: RGANI, F. 3, Op. 14, D. 400, L. 1.]\n"
        "SESSION OF THE CPSU CC PRESIDIUM\n13 May 1960\nPresent: Khrushchev, Suslov\nSuslov: Agreed.(1)\n"
        "Notes\n(1) Suslov had returned.\n[Source: RGANI, F. 3, Op. 14, D. 401, L. 2.]\n"
    )
    first, second = facts_of(two).sessions
    assert [c.unit.label for c in first.citations] == ["RGANI, F. 3, Op. 14, D. 400, L. 1"]
    assert [c.unit.label for c in second.citations] == ["RGANI, F. 3, Op. 14, D. 401, L. 2"]


def test_a_collection_s_heading_with_a_superscript_note_and_an_interruption(facts_of):
    """A 1990s edition: the date under the heading carries a note marker ("30 May 1987¹"), the editor
    marks an interruption in brackets ("Ligachev [interrupting]:"), which is still Ligachev's turn, and the
    pages have running heads and notes at their foot, amid the text."""
    text = (
        "THE POLITBURO AND THE ARMED FORCES, 1985-1991: DOCUMENTS                142\n\n"
        "FROM THE WORKING RECORD OF THE SESSION OF THE CC CPSU POLITBURO\n\n"
        "30 May 1987¹\n\n"
        "Chaired by M. S. Gorbachev\n"
        "Present: Cdes. E. K. Ligachev, N. I. Ryzhkov.\n"
        "GORBACHEV. Let the Minister report. I do not want to\n\n"
        "¹ APRF, f. 3, op. 120, d. 183, ll. 114-131. The formal protocol also lists\n"
        "A. N. Yakovlev as present.\n\n"
        "THE POLITBURO AND THE ARMED FORCES, 1985-1991: DOCUMENTS                143\n\n"
        "blame only the people on duty.\n"
        "Ligachev [interrupting]: So for five hours nobody knew?\n"
        "RYZHKOV. This is not an accident.²\n\n"
        "² Rust was released in August 1988.\n"
    )
    [s] = facts_of(text).sessions
    assert s.date == "1987-05-30"
    assert [t.person.id for t in s.turns] == ["gorbachev", "ligachev", "ryzhkov"]
    # the notes at the foot of a page are notes: what they say of the protocol counts, and the text goes on
    assert [a.person.id for a in s.attendance if a.basis is Basis.PROTOCOL] == ["yakovlev"]
    assert s.turns[0].text.endswith("blame only the people on duty.")
    assert s.turns[-1].text == "This is not an accident.²"


def test_a_protocol_s_points_told_in_the_third_person(facts_of):
    """Another party's protocol: "Ad 1." takes up the agenda's item 1, a report "presented" is a turn, and
    so is one under a lettered point ("a) Cde. Babiuch presented ...")."""
    text = (
        "PROTOCOL No. 24\nof the meeting of the Political Bureau of the CC PZPR\non 28 September 1976\n"
        "Participants: Cdes. Edward Gierek, Edward Babiuch, Jan Szydlak.\n"
        "Invited: Deputy Premier Cde. Tadeusz Wrzaszczyk (for point 1).\n"
        "Agenda:\n1. The market situation.\n2. Current matters.\n"
        "Ad 1.\nCde. T. Wrzaszczyk presented the information of the Planning Commission.\n"
        "Cde. Gierek said that the supply of the market is the most important question.\n"
        "Ad 2.\na) Cde. Babiuch presented the draft programme of the visit.\n"
        "b) Cde. Szydlak informed the Politburo about the harvest.\n"
    )
    [s] = facts_of(text).sessions
    numbers = {it.order: it.number for it in s.items}
    assert [(t.person.id, numbers[t.item]) for t in s.turns] == [
        ("wrzaszczyk", "1"),
        ("gierek", "1"),
        ("babiuch", "2"),
        ("szydlak", "2"),
    ]


def test_a_transcript_in_full_names(facts_of):
    """A stenographic transcript names its speakers in full, on a line of their own ("Nicolae Ceaușescu:",
    "Ion Coman :"); "Voices:" is no one; a guest invited for one item is named with his post."""
    text = (
        "STENOGRAPHIC TRANSCRIPT\n"
        "of the meeting of the Political Executive Committee of the Central Committee of the Romanian "
        "Communist Party of 10 January 1979\n"
        "Present: comrades Nicolae Ceaușescu, Elena Ceaușescu, Paul Niculescu, Ion Coman.\n"
        "Invited for item II: Dimitar Stoyanov, Minister of Internal Affairs.\n"
        "Nicolae Ceaușescu:\nThere is the question of Kampuchea.\n"
        "Voices: Correct!\n"
        "Paul Niculescu-Mizil:\nWe must be careful.\n"
        "Ion Coman :\nThe operation was prepared long in advance.\n"
        "Dimitar Stoyanov: Polish tourists bring leaflets.\n"
    )
    [s] = facts_of(text).sessions
    assert (s.date, s.body) == ("1979-01-10", "RCP CC Political Executive Committee")
    assert [(a.person.id, a.basis) for a in s.attendance][-1] == ("stoyanov", Basis.GUEST)
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("ceausescu-nicolae", "There is the question of Kampuchea.\nVoices: Correct!"),
        ("niculescu-mizil", "We must be careful."),
        ("coman", "The operation was prepared long in advance."),
        ("stoyanov", "Polish tourists bring leaflets."),
    ]


def test_a_meeting_of_delegations(facts_of):
    """A Warsaw Treaty meeting lists delegations by party, officials with their posts, a chair in a sentence;
    speakers are followed by their country; a running head in small letters is set far from its page."""
    text = (
        "RECORD\nof the Meeting of the Political Consultative Committee of the Warsaw Treaty States\n"
        "Berlin, 2 December 1970\n"
        "Participants:\n"
        "From the SED: Cdes. W. Ulbricht, E. Honecker\n"
        "From the CPSU: Cdes. L. I. Brezhnev, A. A. Gromyko\n"
        "Also present: Marshal of the Soviet Union I. I. Yakubovsky, Commander-in-Chief of the Joint Armed "
        "Forces; Cde. N. P. Firyubin, General Secretary of the Political Consultative Committee.\n"
        "The meeting is chaired by Comrade W. Ulbricht.\n"
        "Comrade Ulbricht (GDR): Dear comrades! I give the floor to Comrade Brezhnev.\n"
        "BREZHNEV (USSR): Dear comrades! The treaty is a major event.\n"
        "Document No. 61: PCC Meeting, Berlin, 2 December 1970              313\n"
        "Comrade Ulbricht (GDR): Are there any comments?\n"
    )
    [s] = facts_of(text).sessions
    assert (s.date, s.body) == ("1970-12-02", "Political Consultative Committee")
    assert {a.person.id for a in s.attendance} >= {"yakubovsky", "firyubin"}
    assert [a.person.id for a in s.attendance if a.basis is Basis.CHAIR] == ["ulbricht"]
    assert [t.person.id for t in s.turns] == ["ulbricht", "brezhnev", "ulbricht"]
    assert "313" not in s.turns[1].text


def test_a_flattened_copy_after_items_left_out(facts_of):
    """In a copy run into one paragraph, ". . . . 4. On the Situation in Poland BREZHNEV. Comrades, ...": the
    item is 4 though 1-3 are left out, and the speaker in capitals follows its title."""
    text = (
        "SESSION OF THE CPSU CC POLITBURO 19 November 1981 Chaired by Cde. L. I. BREZHNEV. Also taking part: "
        "Cdes. Yu. V. Andropov, D. F. Ustinov . . . . 4. On the Situation in Poland BREZHNEV. Comrades, a month "
        "has passed. ANDROPOV. We have information. USTINOV. I agree with Yurii Vladimirovich."
    )
    [s] = facts_of(text).sessions
    assert [it.number for it in s.items] == ["4"]
    assert [t.person.id for t in s.turns] == ["brezhnev", "andropov", "ustinov"]


def test_a_flattened_copy_s_abbreviated_speakers(facts_of):
    """Run into one paragraph, Malin's "Khr." closed by its full stop opens a turn after a sentence, as
    "BREZHNEV." does; inside a sentence ("... as Mik. said") it does not, nor does an ordinary word's
    abbreviation the people file's prefix look-up would take for a surname ("Apr.")."""
    text = (
        "Working Notes from the Session of the CPSU CC Presidium on 25 November 1958 Present: Khrushchev, "
        "Mikoyan, Malinovsky. I. On the note on Berlin. (Khr., Mik.) Approve the draft. Khr. The note is a "
        "turning point, as Mik. said yesterday. The deadline is the end of May. Apr. The answer is not yet "
        "due. Malinovsky The Group of Forces is in order. Khr. Correct."
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "mikoyan", "khrushchev", "malinovsky", "khrushchev"]


def test_a_protocol_s_heard_and_spoke(facts_of):
    """A formal protocol records an item as whose report was heard and who spoke on it: each a turn, and
    neither "HEARD" nor "SPOKE" a speaker."""
    text = (
        "SESSION OF THE POLITBURO OF THE CC CPSU\n"
        "3 May 1984\n"
        "Chaired by Cde. K. U. Chernenko.\n"
        "Present: Cdes. Gromyko, Ustinov, Gorbachev.\n"
        "1. On the Games in Los Angeles\n"
        "HEARD: Report of Cde. Gramov. The American side has given no guarantees.\n"
        "SPOKE: Cdes. Gromyko, Ustinov.\n"
        "RESOLVED: To recognize participation as inexpedient.\n"
        "2. On the grain note\n"
        "Heard: Information of Cde. Khr. on the harvest.\n"
        # a report sent in from elsewhere and read out: its man was away; not a listed man's report on a telegram
        "3. On Geneva\n"
        "Heard: Information of Cde. Molotov from Geneva (cipher telegram of 2 June, read out at the session).\n"
        "(Cdes. Gromyko, Ustinov)\n"
        "4. On Budapest\n"
        "Heard: Information of Cde. Gromyko on the cipher telegram from Cde. Andropov in Budapest.\n"
        # the man alone, whose report it was
        "5. On the delegation\n"
        "HEARD: Cde. Ustinov D. F.\n"
    )
    [s] = facts_of(text).sessions
    assert [(t.item, t.person.id, t.text) for t in s.turns] == [
        (1, "gramov", "The American side has given no guarantees."),
        (1, "gromyko", ""),
        (1, "ustinov", ""),
        (2, "khrushchev", "on the harvest."),
        (3, "gromyko", ""),
        (3, "ustinov", ""),
        (4, "gromyko", "on the cipher telegram from Cde. Andropov in Budapest."),
        (5, "ustinov", ""),
    ]
    assert "molotov" not in {a.person.id for a in s.attendance}


def test_a_sentence_that_tells_several_men_s_turn_gives_each_a_turn_of_its_words(facts_of):
    """A protocol tells that "Cdes. A, B and C spoke in favour of the draft": a turn of each, of those words, cut
    from the turn told before it on the line; not where it names men the session does not list (the Yugoslavs'
    own leaders), nor "spoke in the discussion", a list of those who spoke with no words of theirs."""
    text = (
        "PROTOCOL No. 71 of the session of the Presidium of the CC CPSU of 24 June 1954\n"
        "Present: Cdes. Khrushchev, Molotov, Bulganin, Kaganovich, Mikoyan, Suslov.\n"
        "II. Heard: Report of Cde. Khrushchev on the draft resolution.\n"
        "Cde. Molotov spoke against the draft. Cde. Kaganovich supported Cde. Molotov on the question of cost. "
        "Cdes. Mikoyan, Bulganin and Suslov spoke in favour of the draft.\n"
        "III. On Yugoslavia.\n"
        "Cde. Molotov said that Cdes. Tito, Kardelj and Rankovic supported the proposal.\n"
        "Cdes. Mikoyan and Suslov spoke in the discussion.\n"
        # the names with no "and", or with given names; a told turn after it on the line is its own
        "IV. On the harvest.\n"
        "Cdes. Nikita Khrushchev, Mikoyan spoke in the discussion and supported the draft. Cde. Molotov spoke against "
        "the draft.\n"
    )
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("khrushchev", "on the draft resolution."),
        ("molotov", "spoke against the draft."),
        ("kaganovich", "supported Cde. Molotov on the question of cost."),
        ("mikoyan", "spoke in favour of the draft."),
        ("bulganin", "spoke in favour of the draft."),
        ("suslov", "spoke in favour of the draft."),
        ("molotov", "said that Cdes. Tito, Kardelj and Rankovic supported the proposal."),
        ("mikoyan", ""),
        ("suslov", ""),
        ("khrushchev", "spoke in the discussion and supported the draft."),
        ("mikoyan", "spoke in the discussion and supported the draft."),
        ("molotov", "spoke against the draft."),
    ]
    by_seq = {p.turn: p.stance.value for p in s.positions}
    assert [by_seq[t.seq] for t in s.turns if t.text.startswith("spoke")] == ["opposes"] + ["supports"] * 5 + [
        "opposes"
    ]


def test_a_speech_that_names_several_men_who_supported_the_draft_gives_them_no_turn(facts_of):
    text = (
        "Session of the CPSU CC Politburo, 14 May 1987\n"
        "Present: Cdes. Gorbachev, Ryzhkov, Yakovlev, Slyunkov.\n"
        "GORBACHEV. Let us sum up.\n"
        "Comrades Ryzhkov, Yakovlev and Slyunkov supported the draft, and I think they are right.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["gorbachev"]


def test_points_numbered_1_in_brackets_are_no_notes_and_capitals_in_a_line_no_turn(facts_of):
    """ "(1)" numbers points as well as notes: under no rule or source line, it opens no notes. A known
    name in capitals after a lower-case word opens a turn only in a flattened copy."""
    text = (
        "SESSION OF THE CPSU CC POLITBURO\n"
        "5 May 1977\n"
        "Present: Cdes. Brezhnev, Kosygin, Suslov.\n"
        "I. On the harvest\n"
        "The report was given by comrade BREZHNEV. The Politburo approved it.\n"
        "Brezhnev: I propose two things (1) and (2), as follows.\n"
        "(1) To raise the purchase prices.\n"
        "(2) To send a commission.\n"
        "Kosygin: Agreed.\n"
        "Suslov: I am against.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["brezhnev", "kosygin", "suslov"]
    assert s.turns[0].text.startswith("I propose two things")


def test_superscript_notes_a_plain_group_label_and_a_telegram_s_sender(facts_of):
    """Notes marked "¹" under a rule; "CC secretaries" before surnames with no colon or "Cdes."; the bracket
    after "Ciph. Tel. from Budapest" names who sent it, not who spoke."""
    text = (
        "CC CPSU PRESIDIUM\n"
        "Session of 17 November 1962¹\n"
        "Present: Brezhnev, Kozlov, Suslov; CC secretaries Demichev, Ilichev\n"
        "I. On Cuba (Kozlov, Suslov)\n"
        "II. Ciph. Tel. from Budapest (Cde. Andropov)\n"
        "Take note.\n"
        "_______________\n"
        "¹ The formal protocol (RGANI, f. 3, op. 16, d. 947, l. 4) lists among those present Mazurov besides "
        "those named in the notes.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("brezhnev", Basis.LISTED),
        ("kozlov-frol", Basis.LISTED),
        ("suslov", Basis.LISTED),
        ("demichev", Basis.LISTED),
        ("ilichev", Basis.LISTED),
        ("mazurov", Basis.PROTOCOL),
    ]
    assert [(t.item, t.person.id) for t in s.turns] == [(1, "kozlov-frol"), (1, "suslov")]


def test_a_record_told_in_the_past_tense_with_posts_and_diacritics(facts_of):
    """Another party's record: turns told in the past tense ("Comrade X stated that"), those who also spoke
    in one sentence, initials with diacritics ("Č. Císař"), people the authority does not know ("Šimon"),
    and a post after a guest's name with no brackets."""
    text = (
        "RECORD of the meeting of the Presidium of the CC KSČ held on 12 July 1968\n"
        "The meeting was chaired by Comrade A. Dubček.\n"
        "Present: Comrades O. Černík, V. Biľak, B. Šimon\n"
        "Secretaries of the CC: Comrades Č. Císař, A. Indra\n"
        "Also present for item 1: Comrade L. Svoboda, President of the Republic\n"
        "1. The letter of the CC CPSU\n"
        "Comrade Dubček informed the Presidium that a further letter had come.\n"
        "Comrade Černík stated that the government was ready.\n"
        "Comrade Biľak was of the view that a refusal would be taken as a break.\n"
        "In the discussion Comrades Šimon and Indra also spoke.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.label.split()[-1], a.basis) for a in s.attendance] == [
        ("Dubcek", Basis.CHAIR),
        ("Cernik", Basis.LISTED),
        ("Bilak", Basis.LISTED),
        ("Šimon", Basis.LISTED),
        ("Cisar", Basis.LISTED),
        ("Indra", Basis.LISTED),
        ("Svoboda", Basis.GUEST),  # present for one item only
    ]
    assert [(t.person.label.split()[-1], t.text) for t in s.turns] == [
        ("Dubcek", "informed the Presidium that a further letter had come."),
        ("Cernik", "stated that the government was ready."),
        ("Bilak", "was of the view that a refusal would be taken as a break."),
        ("Šimon", ""),
        ("Indra", ""),
    ]


def test_a_speaker_with_his_given_name_after_comrade(facts_of):
    text = (
        "MINUTES of the session of the Political Committee of the HSWP held on 13 August 1968\n"
        "Present: Comrades Antal Apró, János Kádár\n"
        "Comrade János Kádár: The Bratislava statement is a compromise.\n"
        "Comrade Antal Apró: We must go along with the Soviet comrades.\n"
    )
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.name, t.text) for t in s.turns] == [
        ("kadar", "János Kádár", "The Bratislava statement is a compromise."),
        ("apro", "Antal Apró", "We must go along with the Soviet comrades."),
    ]


def test_lower_case_comrades_attended_and_reports(facts_of):
    """ "Attended:" is a list; "cdes." as well as "Cdes."; "Molotov reports:" opens his turn; an unknown name's
    soft-sign apostrophe is no part of its label."""
    text = (
        "PROTOCOL No. 163\n"
        "Session of 20 October 1955\n"
        "Attended: cdes. Khrushchev, Bulganin, Molotov.\n"
        "Invited: cde. Ol'shansky.\n"
        "I. On Geneva\n"
        "Molotov reports: the Western powers will press for elections.\n"
        "Ol'shansky—the Ministry supports it.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.label, a.basis) for a in s.attendance] == [
        ("Nikita Khrushchev", Basis.LISTED),
        ("Nikolai Bulganin", Basis.LISTED),
        ("Vyacheslav Molotov", Basis.LISTED),
        ("Olshansky", Basis.GUEST),
    ]
    assert [(t.person.id, t.name, t.text) for t in s.turns] == [
        ("molotov", "Molotov", "the Western powers will press for elections."),
        ("olshansky", "Ol'shansky", "the Ministry supports it."),
    ]


def test_guests_with_lower_case_posts(facts_of):
    """Posts after surname-first names in lower case ("deputy chairman of ..."), and no name taken for a
    speaker that is neither known nor listed ("Zamyatin:", like "Belgrade:")."""
    text = (
        "Session of the Politburo of the CC CPSU, 5 May 1986\n"
        "Chaired by Cde. Gorbachev M. S.\n"
        "Present: Cdes. Ligachev E. K., Ryzhkov N. I.\n"
        "Also taking part: Cdes. Shcherbina B. E., deputy chairman of the USSR Council of Ministers; "
        "Velikhov E. P., vice-president of the USSR Academy of Sciences.\n"
        "1. On Chernobyl\n"
        "Gorbachev: Let us hear the commission.\n"
        "Shcherbina: The situation is stabilising.\n"
        "Ryzhkov: We were at the station.\n"
        "Zamyatin: A statement has been prepared.\n"
    )
    [s] = facts_of(text).sessions
    assert [a.person.label.split()[-1] for a in s.attendance] == [
        "Gorbachev",
        "Ligachev",
        "Ryzhkov",
        "Shcherbina",
        "Velikhov",
    ]
    assert [t.person.label.split()[-1] for t in s.turns] == ["Gorbachev", "Shcherbina", "Ryzhkov"]


def test_what_the_new_forms_leave_alone(facts_of):
    """A presenter in brackets after a title about a letter "from" someone; what an absent man "stated" told in
    the past tense; a name followed by a post in a plain list is not dropped silently."""
    text = (
        "Session of the CPSU CC Presidium, 4 June 1957\n"
        "Present: Khrushchev, Bulganin, Mikoyan.\n"
        "I. On a letter from Tito (Khrushchev)\n"
        "II. On Yugoslavia\n"
        "Comrade Tito stated in Pula that the intervention had been necessary.\n"
        "Mikoyan: We must answer him.\n"
        "Khrushchev: Agreed.\n"
        "Belgrade: Tito agrees.\n"
    )
    [s] = facts_of(text).sessions
    assert [(t.item, t.person.id) for t in s.turns] == [(1, "khrushchev"), (2, "mikoyan"), (2, "khrushchev")]
    assert {a.person.id for a in s.attendance} == {"khrushchev", "bulganin", "mikoyan"}


def test_speakers_after_an_aside_and_no_turn_told_inside_a_flattened_turn(facts_of):
    """ "(Read aloud.) (Suslov, Mikoyan)" lists those who spoke after an aside, "(Signed) (W. Ulbricht)" does not;
    in a flattened copy "Cde. X supports this" after a sentence stays in the turn it is part of."""
    text = (
        "Session of the CPSU CC Presidium, 11 October 1957\n"
        "Those Taking Part: Khrushchev, Suslov, Mikoyan, Gromyko\n"
        "I. On Poland\n"
        "(Read aloud.) (Suslov, Mikoyan) Take note.\n"
        "II. On Syria Present: Khrushchev, Gromyko. Khrushchev—We must frighten them. Cde. Gromyko supports "
        "this, and so do I. Cde. Zhukov warned about this in August.\n"
        "III. On Bulgaria\n"
        "(Khrushchev, Suslov) (Everyone agrees with this.)\n"
        "(Signed) (W. Ulbricht)\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["suslov", "mikoyan", "khrushchev", "khrushchev", "suslov"]
    assert "ulbricht" not in {a.person.id for a in s.attendance}


def test_groups_of_the_list_on_lines_of_their_own(facts_of):
    text = (
        "Session of the CPSU CC Presidium, 4 August 1955\n"
        "Those Taking Part: Bulganin, Khrushchev\n"
        "\n"
        "Candidate members of the CC Presidium: Shvernik, Ponomarenko\n"
        "CC Secretaries: Aristov, Belyaev\n"
        "Invited for Point II: Cdes. Zhukov, Sokolovskii\n"
        "Cde. Khrushchev: We begin.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("bulganin", Basis.LISTED),
        ("khrushchev", Basis.LISTED),
        ("shvernik", Basis.LISTED),
        ("ponomarenko", Basis.LISTED),
        ("aristov", Basis.LISTED),
        ("belyaev", Basis.LISTED),
        ("zhukov", Basis.GUEST),
        ("sokolovsky", Basis.GUEST),
    ]
    assert [t.person.id for t in s.turns] == ["khrushchev"]


def test_a_heading_after_a_short_prefix_dates_the_session(facts_of):
    text = (
        "From Malin's Notes: Session of the CPSU CC Presidium, 18 June 1957 (excerpt)\n"
        "\n"
        "Mol.—I agree. The question has matured.\n"
        "Kag.—The cult of personality is being created anew.\n"
    )
    [s] = facts_of(text).sessions
    assert (s.date, s.body) == ("1957-06-18", "CPSU CC Presidium")
    assert [t.person.id for t in s.turns] == ["molotov", "kaganovich"]


def test_a_speaker_completed_by_the_editor_in_brackets(facts_of):
    text = (
        "Session of the CPSU CC Presidium, 31 October 1956\n"
        "Present: Khrushchev, Bulganin, Zhukov\n"
        "Cde. Khrushchev: We should not withdraw.\n"
        "Bulg[anin]—I agree.\n"
        "Zh[ukov]—The troops are ready.\n"
    )
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.name, t.text) for t in s.turns] == [
        ("khrushchev", "Khrushchev", "We should not withdraw."),
        ("bulganin", "Bulg[anin]", "I agree."),
        ("zhukov", "Zh[ukov]", "The troops are ready."),
    ]


def test_a_labelled_group_of_members_opens_the_list(facts_of):
    text = (
        "Notes of the Session of the CPSU CC Presidium, 13 October 1964\n"
        "Presided over by Cde. N. S. Khrushchev.\n"
        "Members of the CC Presidium present: Cdes. L. I. Brezhnev, A. N. Kosygin.\n"
        "\n"
        "CC Secretaries: Cdes. Yu. V. Andropov, B. N. Ponomarev.\n"
        "Cde. Brezhnev—We must speak openly.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.CHAIR),
        ("brezhnev", Basis.LISTED),
        ("kosygin", Basis.LISTED),
        ("andropov", Basis.LISTED),
        ("ponomarev", Basis.LISTED),
    ]
    assert [t.person.id for t in s.turns] == ["brezhnev"]


def test_a_list_printed_a_line_at_a_time_under_labels_of_its_own(facts_of):
    """A book prints the list one name a line, with posts after a dash or a comma, and its groups' labels on
    lines of their own: each name is present on the list's word, and no post is anyone's speech. A blank
    line ends the list, so a name alone after it opens a turn."""
    text = (
        "Record of the Meeting of the Political Consultative Committee, Budapest, 17 March 1969\n"
        "Present:\n"
        "From the Bulgarian Communist Party:\n"
        "T. Zhivkov — First Secretary of the CC BCP\n"
        "S. Todorov - member of the Politburo of the CC BCP\n"
        "From the Communist Party of the Soviet Union:\n"
        "L. I. Brezhnev, General Secretary of the CC CPSU\n"
        "A. N. Kosygin\n"
        "\n"
        "Candidate members of the Politburo:\n"
        "P. N. Demichev\n"
        "Invited for item 2:\n"
        "A. A. Grechko — Minister of Defence of the USSR\n"
        "Excused:\n"
        "M. A. Suslov\n"
        "\n"
        "Brezhnev\n"
        "We have gathered to discuss the Ussuri.\n"
        "\n"
        "Cde. Zhivkov: The Bulgarian delegation agrees.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("zhivkov", Basis.LISTED),
        ("todorov-stanko", Basis.LISTED),
        ("brezhnev", Basis.LISTED),
        ("kosygin", Basis.LISTED),
        ("demichev", Basis.LISTED),
        ("grechko", Basis.GUEST),
        ("suslov", Basis.ABSENT),
    ]
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("brezhnev", "We have gathered to discuss the Ussuri."),
        ("zhivkov", "The Bulgarian delegation agrees."),
    ]


def test_groups_labelled_alone_with_no_present_above_them(facts_of):
    text = (
        "Session of the CC CPSU Politburo, 17 March 1976\n"
        "Members of the Politburo:\n"
        "L. I. Brezhnev, A. N. Kosygin\n"
        "Secretaries of the CC:\n"
        "K. U. Chernenko\n"
        "\n"
        "KOSYGIN: I agree.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("brezhnev", Basis.LISTED),
        ("kosygin", Basis.LISTED),
        ("chernenko", Basis.LISTED),
    ]
    assert [t.person.id for t in s.turns] == ["kosygin"]


def test_a_decision_s_numbered_points_are_no_agenda_items(facts_of):
    """Under "Resolved:" the lines numbered 1, 2, ... are the decision's points, the body's and not the last
    speaker's words; a number that does not go on with them ("2. Heard:") opens the next item."""
    text = (
        "EXTRACT FROM PROTOCOL No. 149 OF THE SESSION OF THE CPSU CC POLITBURO, 12 April 1979\n"
        "Present: Cdes. Andropov, Gromyko, Kosygin, Ustinov\n"
        "1. Heard: On the situation in Afghanistan.\n"
        "GROMYKO. The situation is grave.\n"
        "Resolved:\n"
        "1. To approve the memorandum.\n"
        "2. To instruct the Ministry of Defense (Cde. Ustinov) to send specialists.\n"
        "2. Heard: On deliveries of helicopters.\n"
        "(Cdes. Kosygin, Ustinov)\n"
    )
    [s] = facts_of(text).sessions
    assert [(i.number, i.title) for i in s.items] == [
        ("1", "Heard: On the situation in Afghanistan"),
        ("2", "Heard: On deliveries of helicopters"),
    ]
    assert [(t.person.id, t.item, t.text) for t in s.turns] == [
        ("gromyko", 1, "The situation is grave."),
        ("kosygin", 2, ""),
        ("ustinov", 2, ""),
    ]
    assert [(d.item, d.text) for d in s.decisions][:1] == [(1, "To approve the memorandum")]


def test_speakers_after_a_report_in_brackets_in_the_hungarian_order_and_with_their_party(facts_of):
    text = (
        "Minutes of the meeting of the Political Committee held on 23 July 1968\n"
        "Present: Comrades János Kádár, Zoltán Komócsin, Rezső Nyers\n"
        "Agenda:\n"
        "1. On the Warsaw meeting\n"
        "2. Miscellaneous\n"
        "Re 1.:\n"
        "(Report of Cde. Kádár)\n"
        "Komócsin Zoltán:\n"
        "The five parties must act together.\n"
        "Cde. Nyers (HSWP) stated that the reform needs calm.\n"
        "Cde. Kádár in conclusion: We go on with the others.\n"
    )
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.name, t.item) for t in s.turns] == [
        ("kadar", "Kádár", 1),
        ("komocsin", "Komócsin", 1),
        ("nyers", "Nyers", 1),
        ("kadar", "Kádár", 1),
    ]


def test_the_source_line_after_each_document_of_a_collection_is_its_own_file(facts_of):
    """A collection prints "[Source: ...]" after each document: it is that session's own archive file, the
    one its attendance rests on, and no part of the last speaker's words. A name in capitals after a
    sentence closed by a book's note number ("... at all.45") speaks."""
    text = (
        "Working Notes from the Session of the CPSU CC Presidium on 30 October 1956\n"
        "Those Taking Part: Bulganin, Khrushchev, Zhukov\n"
        "ZHUKOV. I am against going in at\n"
        "all.45\n"
        "KHRUSHCHEV. Agreed.\n"
        "[Source: TsKhSD, F. 3, Op. 12, D. 1005, Ll. 54-63. Compiled by V. N. Malin.]\n"
        "\n"
        "Working Notes from the Session of the CPSU CC Presidium on 31 October 1956\n"
        "Those Taking Part: Bulganin, Khrushchev\n"
        "KHRUSHCHEV. We must take the initiative.\n"
        "[Source: TsKhSD, F. 3, Op. 12, D. 1005, Ll. 64-68ob.]\n"
    )
    first, second = facts_of(text).sessions
    for s, folios in ((first, "Ll. 54-63"), (second, "Ll. 64-68ob")):
        [own] = [c.unit for c in s.citations if c.notes_source]
        assert own.label == f"TsKhSD, F. 3, Op. 12, D. 1005, {folios}"
        assert {a.source for a in s.attendance} == {own}
    assert [(t.person.id, t.text) for t in first.turns] == [
        ("zhukov", "I am against going in at\nall.45"),
        ("khrushchev", "Agreed."),
    ]
    assert [t.text for t in second.turns] == ["We must take the initiative."]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", "\n[TsKhSD, F. 3, Op. 12, D. 1005, Ll. {folios}; original, manuscript.]\n"),
        ("", "\n(TsKhSD, F. 3, Op. 12, D. 1005, Ll. {folios}.)\n"),
        ("", "\n[TsKhSD, F. 3, Op. 12, D. 1005, Ll. {folios}]\nTranslated by Mark Kramer.\n"),
        ("[TsKhSD, F. 3, Op. 12, D. 1005, Ll. {folios}]\n", ""),
    ],
)
def test_a_reference_alone_in_brackets_by_each_document_is_its_own_file(facts_of, before, after):
    """A reference alone in brackets after each document of a collection, or under each one's heading (round 50's
    page), is that session's own file, as "[Source: ...]" is, and no part of the last speaker's words."""
    text = ""
    for day, folios, turn in (("30", "54-63", "KHRUSHCHEV. Agreed."), ("31", "64-68ob", "ZHUKOV. Against.")):
        text += f"Working Notes from the Session of the CPSU CC Presidium on {day} October 1956\n"
        text += before.format(folios=folios) + "Those Taking Part: Bulganin, Khrushchev, Zhukov\n" + turn + "\n"
        text += after.format(folios=folios) + "\n"
    first, second = facts_of(text).sessions
    for s, folios in ((first, "Ll. 54-63"), (second, "Ll. 64-68ob")):
        [own] = [c.unit for c in s.citations if c.notes_source]
        assert own.label == f"TsKhSD, F. 3, Op. 12, D. 1005, {folios}"
        assert {a.source for a in s.attendance} == {own}
    assert [t.text for s in (first, second) for t in s.turns] == ["Agreed.", "Against."]


def test_a_reference_alone_in_brackets_amid_the_discussion_is_what_was_read_out(facts_of):
    """A reference alone in brackets under a telegram read out, amid a turn or closing a session after the quotation,
    is the telegram's file: cited, not the session's own, nor the next session's; the speaker's words go on past it."""
    heading = "Working Notes from the Session of the CPSU CC Presidium on {} March 1962\n\n"
    telegram = '"Rusk proposes a subcommittee."\n\n[AVP RF, F. 059, Op. 1, P. 12, D. 3, L. 5]\n\n'
    text = heading.format(15) + "[RGANI, F. 3, Op. 16, D. 261, Ll. 31-34ob]\n\nPresent: Khrushchev, Kuznetsov.\n\n"
    text += "Kuznetsov—Reads the telegram:\n\n" + telegram + "He proposes to answer at once.\n\nKhr.—Agree.\n\n"
    text += "Khr.—Send the directive:\n\n" + telegram.replace("L. 5", "L. 7")
    text += (
        heading.format(29)
        + "[RGANI, F. 3, Op. 16, D. 261, Ll. 36-39]\n\nPresent: Khrushchev, Suslov.\n\nSuslov—Against.\n"
    )
    first, second = facts_of(text).sessions
    assert [(c.unit.label, c.notes_source) for c in first.citations] == [
        ("RGANI, F. 3, Op. 16, D. 261, Ll. 31-34ob", True),
        ("AVP RF, F. 059, Op. 1, P. 12, D. 3, L. 5", False),
        ("AVP RF, F. 059, Op. 1, P. 12, D. 3, L. 7", False),
    ]
    assert [(c.unit.label, c.notes_source) for c in second.citations] == [
        ("RGANI, F. 3, Op. 16, D. 261, Ll. 36-39", True)
    ]
    assert first.turns[0].text.endswith("He proposes to answer at once.")


def test_a_collection_s_number_over_the_next_document_is_no_word_of_the_last_turn(facts_of):
    """A collection's "Document No. 12" on a line of its own over the next document's heading closes the last turn
    of the one before; not a line amid a sentence the turn breaks off over it."""
    heading = "Working Notes from the Session of the CPSU CC Presidium on {} May 1957\nPresent: Mikoyan, Molotov.\n"
    text = heading.format(14) + "Mikoyan\n— Agree.\n\nDocument No. 12\n" + heading.format(21) + "Molotov\n— Against.\n"
    assert [[t.text for t in s.turns] for s in facts_of(text).sessions] == [["Agree."], ["Against."]]
    text = heading.format(14) + "Mikoyan\n— Agree. It is in the\nDocument No. 12\nof the Presidium's files.\n"
    assert [t.text for t in facts_of(text).sessions[0].turns] == [
        "Agree. It is in the\nDocument No. 12\nof the Presidium's files."
    ]


def test_a_book_s_notes_in_plain_numbers_under_each_page_s_rule(facts_of):
    """A scanned collection prints each page's notes under a rule in plain numbers ("41 The ..."), their
    markers glued to the text above ("(attached).41"), and the next document goes on after them: the
    notes are each session's own, and what a note says of the protocol counts for its session."""
    text = (
        "EXTRACT FROM PROTOCOL No. 149 OF THE SESSION OF THE CPSU CC POLITBURO\n"
        "12 April 1979\n"
        "Present: Cdes. Andropov, Gromyko, Kosygin, Ustinov\n"
        "1. Heard: On the situation in Afghanistan.\n"
        "(Cdes. Gromyko, Andropov)\n"
        "Resolved: To approve the memorandum (attached).41\n"
        "________________\n"
        "41 The memorandum is in RGANI, F. 89, Op. 14, D. 28, Ll. 1-9. It warned\n"
        "against sending troops.\n"
        "\n"
        "                   CPSU CC POLITBURO, 10 MAY 1979                        117\n"
        "\n"
        "WORKING RECORD OF THE SESSION OF THE CPSU CC POLITBURO\n"
        "10 May 1979\n"
        "Present: Cdes. Andropov, Gromyko, Romanov, Ustinov42\n"
        "GROMYKO. Troops will not solve this.\n"
        "________________\n"
        "42 The formal protocol (APRF, F. 3, Op. 82, D. 141,\n"
        "L. 12) lists Pelshe among those present. The protocol does not mention Romanov.\n"
    )
    first, second = facts_of(text).sessions
    assert [c.unit.label for c in first.citations] == ["RGANI, F. 89, Op. 14, D. 28, Ll. 1-9"]
    assert [t.person.id for t in first.turns] == ["gromyko", "andropov"]
    assert [t.person.id for t in second.turns] == ["gromyko"]
    assert [i.number for i in second.items] == []
    assert [(a.person.id, a.basis) for a in second.attendance if a.basis in (Basis.PROTOCOL, Basis.OMITTED)] == [
        ("pelshe", Basis.PROTOCOL),
        ("romanov", Basis.OMITTED),
    ]
    assert all("protocol" not in t.text for t in second.turns)


def test_a_scanned_book_as_a_digital_library_gives_its_plain_text(facts_of):
    """A digital library's plain text of a scanned book marks each page ("## p. 212 (#232) ####"): the mark is the
    page's break, the running head under it (which carries the page's number) no one's words, and each page's notes,
    set at its foot under a blank line with no rule, its marker glued or in brackets, are the session's notes, read
    for what the protocol says; the turn the notes break goes on over the next page."""
    text = (
        "## p. 212 (#232) ##########################################\n\n"
        "212 THE KREMLIN IN COUNCIL\n\n"
        "Session of 11 August 1955\n(Protocol No. 148)(2)\n\n"
        "Present: Khrushchev, Bulganin, Molotov, Mikoyan.3\n\n"
        "I. On the armed forces\n\n"
        "Khrushchev—the proposal is correct. We cut the army.\n\n"
        "Molotov—not against a reduction as such. But the Paris agree-\n\n"
        "2 RGANI, F. 3, Op. 8, D. 388, LI. 41-46ob.\n"
        "3 The formal protocol (RGANI, F. 3, Op. 10, D. 161, Ll. 14-15) indicates\n"
        "that Suslov also took part in the session.\n\n"
        "## p. 213 (#233) ##########################################\n\n"
        "THE ARMY AND GERMANY, AUGUST 1955 213\n\n"
        "ments are in force. In this form I cannot vote for it.\n\n"
        "Mikoyan—I agree.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "molotov", "mikoyan"]
    molotov = s.turns[1].text
    assert "I cannot vote for it" in molotov and "RGANI" not in molotov and "AUGUST 1955" not in molotov
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is Basis.PROTOCOL] == [("suslov", Basis.PROTOCOL)]
    assert {c.unit.label for c in s.citations} == {
        "RGANI, F. 3, Op. 8, D. 388, Ll. 41-46ob",
        "RGANI, F. 3, Op. 10, D. 161, Ll. 14-15",
    }


def test_a_scanned_book_s_specks_broken_words_and_folios(facts_of):
    """Round 62: a digital library's scan marks a line's start with a speck ("| Voroshilov — agree ..."), breaks a
    name in an item's bracket of those who spoke over two lines ("(Voro-" / "shilov, Pospelov)"), reads a folio's 1
    as "l" ("Ll. l2-15"), and wraps a decision's task over lines: each turn is read, the file's folios too, and each
    task once, whole."""
    [s] = facts_of(
        "## p. 212 (#224) ##########################################\n\n"
        "212 THE PRESIDIUM OF THE CC CPSU\n\n"
        "PROTOCOL No. 174\n\nSession of 8 December 1955¹\n\n"
        "Present: Voroshilov, Kaganovich, Molotov, Pospelov, Saburov.\n\n"
        "I. On the telegram from Rangoon\n\n"
        "Molotov — on Kashmir I am against.\n\n"
        "| Voroshilov — agree with the telegram. We cannot keep silent.\n\n"
        "1. Approve the proposals.\n"
        "2. Cdes. Saburov and Kaganovich are to submit within two weeks\n"
        "proposals on the deliveries.\n\n"
        "II. On convening the session of the USSR Supreme Soviet (Voro-\n"
        "shilov, Pospelov)\n\n"
        "Convene the session on 26 December 1955.\n\n"
        "______\n1 RGANI, F. 3, Op. 8, D. 389, Ll. l2-15. Manuscript.\n"
    ).sessions
    assert [(t.item, t.person.id) for t in s.turns] == [
        (1, "molotov"),
        (1, "voroshilov"),
        (2, "voroshilov"),
        (2, "pospelov"),
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("saburov", "submit within two weeks proposals on the deliveries"),
        ("kaganovich", "submit within two weeks proposals on the deliveries"),
    ]
    assert [c.unit.label for c in s.citations] == ["RGANI, F. 3, Op. 8, D. 389, Ll. 12-15"]


def test_a_decision_s_points_under_the_last_speaker_are_read_once_and_whole(facts_of):
    """The record's decision under the last speaker's words, before the next item, its first point wrapped at a
    broken name ("Khru-" / "shchev ..."): each point is one decision, read whole, not also as his words."""
    [s] = facts_of(
        "PROTOCOL No. 175\n\nSession of 22 December 1955\n\n"
        "Present: Voroshilov, Kaganovich, Molotov, Saburov, Khrushchev.\n\n"
        "I. On the results of the trip to India\n\n"
        "Voroshilov — approve. Cde. Molotov is wrong.\n\n"
        "1. Approve the activities of Cdes. N. A. Bulganin and N. S. Khru-\n"
        "shchev during the trip, and the agreements reached.\n"
        "2. Cde. Saburov is to submit within two weeks\n"
        "proposals on the deliveries.\n\n"
        "II. On the plan for the first quarter of 1956\n\nAdopt.\n"
    ).sessions
    assert [(d.item, d.text) for d in s.decisions] == [
        (
            1,
            "Approve the activities of Cdes. N. A. Bulganin and N. S. Khrushchev during the trip, and the agreements "
            "reached",
        ),
        (2, "Adopt"),
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("saburov", "submit within two weeks proposals on the deliveries")
    ]


_HSWP_PAGES = (
    "96          THE KÁDÁR LEADERSHIP, NOVEMBER 1956 – JANUARY 1957\n\n"
    "                                                            DOCUMENT No. 14\n\n"
    "MINUTES OF THE SESSION OF THE PROVISIONAL EXECUTIVE COMMITTEE\n"
    "OF THE HUNGARIAN SOCIALIST WORKERS' PARTY, 21 NOVEMBER 1956\n\n"
    "Chaired by Comrade Kádár.\nPresent: Comrades Münnich, Apró, Kiss, Marosán, Kállai, Fehér.\n\n"
    "Agenda:\n1. The workers' councils\n2. The party press\n\n"
    "1. Comrade Kádár reported that the conference had not taken place.\n\n"
    "Comrade Münnich agreed with the proposal.\n\n"
    "Comrade Apró supported Comrade Kádár's proposal.2\n\n"
    "__________\n"
    "2 Apró had spoken in Csepel the day before: APRF, F. 3, Op. 64, D. 488, Ll. 89- 91.\n\n"
    "                 MINUTES OF THE PROVISIONAL EXECUTIVE COMMITTEE              97\n\n"
    "Comrade Kállai asked whether the decree would not be taken as a concession.\n\n"
    "Comrade Kádár, summing up, said that the councils were to be separated. Comrade Münnich was instructed to draft\n"
    "the decree by 23 November, and Comrade Apró to begin talks with the factory councils.\n\n"
    "2. Comrade Kállai reported on the first issues of Népszabadság. Comrades Fehér, Kiss and Marosán spoke in the "
    "discussion. It was decided\nthat Comrade Fehér would take charge of the editorial board.\n\n"
    "                                                            DOCUMENT No. 15\n\n"
    "MINUTES OF THE SESSION OF THE PROVISIONAL EXECUTIVE COMMITTEE\n"
    "OF THE HSWP, 24 NOVEMBER 1956\n\n"
    "Chaired by Comrade Kádár.\nPresent: Comrades Münnich, Kállai.\n\n"
    "Comrade Kádár informed the Committee of the Yugoslav note.\n"
)


def test_a_collection_s_minutes_headed_over_two_lines_in_capitals_with_notes_above_a_running_head(facts_of):
    """Round 63: a printed collection's minutes, each headed in capitals over two lines, the date on the second
    ("... EXECUTIVE COMMITTEE" / "OF THE HSWP, 24 NOVEMBER 1956"); a page's notes above the next page's running head,
    its number at the end; those who spoke in a discussion in a sentence amid the line; and a task given with its
    verb left out (", and Comrade Apró to begin talks ...")."""
    first, second = facts_of(_HSWP_PAGES).sessions
    assert (first.date, second.date) == ("1956-11-21", "1956-11-24")
    assert [(t.item, t.person.id) for t in first.turns] == [
        (1, "kadar"),
        (1, "munnich"),
        (1, "apro"),
        (1, "kallai"),
        (1, "kadar"),
        (2, "kallai"),
        (2, "feher"),
        (2, "kiss-karoly"),
        (2, "marosan"),
    ]
    assert [(a.person.id, a.task) for a in first.assignments] == [
        ("munnich", "draft the decree by 23 November"),
        ("apro", "begin talks with the factory councils"),
    ]
    assert [t.person.id for t in second.turns] == ["kadar"]


@pytest.mark.parametrize(
    "line",
    [
        # a man not at the session is given no task by the verb left out
        "Comrade Münnich was instructed to draft the decree, and Comrade Horváth to hand it over.",
        # nor is one whose verb is no task
        "Comrade Münnich was instructed to draft the decree, and Comrade Apró to be informed.",
        # (from the review: no verb after "to", or a verb left out that is no instruction's)
        "Comrade Münnich was instructed to hand the note to Comrade Kiss, and Comrade Apró to the councils.",
        "Comrade Münnich was instructed to draft the decree. Comrade Marosán asked Comrade Kiss, and Comrade Apró to "
        "explain it.",
    ],
)
def test_a_task_with_its_verb_left_out_is_given_only_so(facts_of, line):
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE POLITICAL COMMITTEE OF THE HSWP, 21 NOVEMBER 1956\n\n"
        "Present: Comrades Kádár, Münnich, Apró, Kiss.\n\nComrade Kádár reported on the councils.\n\n" + line + "\n"
    ).sessions
    assert [a.person.id for a in s.assignments] == ["munnich"]


def test_those_a_speech_tells_of_spoke_elsewhere_and_a_heading_goes_on_only_to_its_date(facts_of):
    """From the review of round 63's rules: "Comrades A and B spoke on ..." run on amid a speech's wrapped lines is
    what the speaker tells, no turns; a line in capitals under a heading that carries no year is no part of it."""
    [s] = facts_of(
        "Working record of the Politburo session, 12 May 1983\n\nPresent: Andropov, Gromyko, Ustinov.\n\n"
        "GROMYKO: At the session of the Committee of Foreign Ministers in Prague the\n"
        "discussion was sharp. Comrades Fischer and Olszowski spoke on the missiles. The\n"
        "Romanians again took a special position.\nANDROPOV: Clear.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gromyko", "andropov"]
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE POLITICAL COMMITTEE, 4 FEBRUARY 1958\nOF THE MEMBERS PRESENT: KÁDÁR, MÜNNICH, "
        "APRÓ\n\n1. Comrade Kádár reported on the plan. Comrade Apró agreed with the proposal.\n"
    ).sessions
    assert (s.date, [t.person.id for t in s.turns]) == ("1958-02-04", ["kadar", "apro"])


_WRAPPED_SPEECH = (
    "Working Notes from the Session of the CPSU CC Presidium on 14 July 1960\n\n"
    "Those Taking Part: Khrushchev, Kozlov, Mikoyan, Suslov\n\nI. On the Congo\n\n"
)


@pytest.mark.parametrize(
    ("speech", "turns"),
    [
        # (from the second review) a wrapped line that opens with a body and ends in a year is no heading
        (
            "Cde. Kozlov—the decree of the\nPresidium of the Supreme Soviet of 5 May 1960\nmust be published.",
            ["kozlov-frol"],
        ),
        ("Cde. Kozlov—submit the text to the CC\nSecretariat by 20 July 1960.", ["kozlov-frol"]),
        ("Cde. Kozlov—refer the question to the\nSecretariat, to be decided by 20 July 1960.", ["kozlov-frol"]),
        # ... nor an attendance label a word in small letters alone on its line
        ("Cde. Kozlov—who will be\nattending\nGromyko and Kuznetsov. For it.", ["kozlov-frol"]),
    ],
)
def test_a_speech_s_wrapped_lines_open_no_session_and_no_list(facts_of, speech, turns):
    [s] = facts_of(_WRAPPED_SPEECH + speech + "\n\nCde. Mikoyan—for it.\n").sessions
    assert [t.person.id for t in s.turns] == [*turns, "mikoyan"]
    assert {a.person.id for a in s.attendance} == {"khrushchev", "kozlov-frol", "mikoyan", "suslov"}


@pytest.mark.parametrize(
    ("decision", "tasks"),
    [
        # (from the second review) Malin's bare form, and a verb that ends its clause
        (
            "Cdes. Gromyko and Suslov to finalize the text, and Cde. Kozlov to submit proposals on aid.",
            [
                ("gromyko", "finalize the text"),
                ("suslov", "finalize the text"),
                ("kozlov-frol", "submit proposals on aid"),
            ],
        ),
        (
            "Instruct Cde. Gromyko to prepare a reply, and Cde. Suslov to report.",
            [("gromyko", "prepare a reply"), ("suslov", "report")],
        ),
    ],
)
def test_a_task_with_its_verb_left_out_in_malin_s_notes(facts_of, decision, tasks):
    [s] = facts_of(_WRAPPED_SPEECH.replace("Suslov", "Suslov, Gromyko") + decision + "\n").sessions
    assert [(a.person.id, a.task) for a in s.assignments] == tasks


def test_a_heading_in_capitals_over_three_lines_and_an_unlisted_rapporteur_after_a_delegation(facts_of):
    """(From the second review) "... COMMITTEE" / "OF THE HUNGARIAN SOCIALIST WORKERS' PARTY" / "HELD ON 24 NOVEMBER
    1956" is one heading; "(Gromyko)" after "the Soviet delegation" is who spoke, listed or not (only a party's head
    in brackets after "Party (Cde. X)" is not)."""
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE POLITICAL COMMITTEE\nOF THE HUNGARIAN SOCIALIST WORKERS' PARTY\n"
        "HELD ON 24 NOVEMBER 1956\n\nPresent: Comrades Kádár, Münnich, Apró.\n\nComrade Kádár reported.\n"
    ).sessions
    assert s.date == "1956-11-24"
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 14 July 1960\n\n"
        "Those Taking Part: Khrushchev, Kozlov, Mikoyan\n\nI. On the trip of the Soviet delegation (Gromyko)\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gromyko"]


def test_his_words_after_the_record_s_point_amid_them_are_his(facts_of):
    """A decision's point amid a turn is read in the record's voice; his words after it are still his ("Last time
    Cde. Saburov was instructed to ..." tells of a task, it gives none)."""
    [s] = facts_of(
        "Protocol No. 61, session of the CC Presidium of 9 December 1954\n\n"
        "Present: Khrushchev, Malenkov, Molotov, Saburov, Mikoyan.\n\nI. On the deliveries to the GDR\n\n"
        "Khrushchev—two points:\n1. Approve the draft.\n"
        "Last time Cde. Saburov was instructed to prepare the figures; he has not done it.\nMikoyan—agree.\n"
    ).sessions
    assert s.assignments == []


def test_a_page_of_notes_under_the_next_page_s_running_head_is_notes(facts_of):
    """A page's notes go on under the next page's running head (a page of notes only): no words of the last turn."""
    page = _HSWP_PAGES[: _HSWP_PAGES.index("Comrade Kállai asked")]  # up to the next page's running head
    [s] = facts_of(page + "2 Source of the above: APRF, F. 3, Op. 64, D. 488, Ll. 89-91.\n").sessions
    assert [t.person.id for t in s.turns][-1] == "apro"
    assert "Source of the above" not in s.turns[-1].text


_GOOGLE_DOC = (
    "\ufeffMalin notes, CC Presidium, 20 March 1958 - working transcription\r\n"
    "Transcribed by Daria Lebedeva / Last edited by Tom Whitfield, 9 February 2024\r\n\r\n"
    "Source: RGANI, f. 3, op. 12, d. 1008, folios 12-14[a]. Malin's pencil notes.\r\n\r\n"
    "Protocol No. 142, 20.III.58[b]\r\n\r\n"
    "Present (list at the top of f. 12)\r\n"
    "\u25cf Khrushchev\r\n\u25cf Bulganin\r\n\u25cf Kirichenko[c]\r\n\u25cf Kuusinen\r\n\r\n"
    "I. On the cessation of tests\r\n\r\n"
    "Cde. Khrushchev\u2014we announce that we stop unilaterally.\r\n\r\n"
    "Cde. Bulganin\u2014no objections[suggested: , I support it].\r\n\r\n"
    "Cde. Malinovsky[d]\u2014I am against announcing it now.\r\n\r\n"
    "Cde. Khrushchev\u2014Adopt. Cdes. Gromyko[e] and Kuusinen are to finalize the text of the decree.\r\n\r\n"
    "[end of f. 14]\r\n\r\n"
    "[a]f. 13v is blank in the scan.\r\nTom Whitfield\r\n_Assigned to Daria Lebedeva_\r\n"
    "[b]Troyanovsky's memoirs put it on the 21st.\r\nTom Whitfield\r\nResolved\r\n"
    "[c]Is this Kirichenko or Kirilenko? Check the original.\r\nDaria Lebedeva\r\n"
    "Kirichenko. Kirilenko was only a candidate then.\r\nTom Whitfield\r\nResolved\r\n"
    "[d]Malinovsky is not in Malin's list but he speaks.\r\nDaria Lebedeva\r\n+1\r\n"
    "[e]the protocol has Gromyko here too\r\nTom Whitfield\r\n"
)


def test_a_transcription_saved_from_an_online_editor_as_plain_text(facts_of):
    """Round 63: a researcher's transcription downloaded from Google Docs as plain text: comment anchors glued to
    words ("Kirichenko[c]", "Malinovsky[d]—"), the comments and their replies at the end, a suggestion no one
    accepted, a list in bullets under a label with an aside and no colon, Malin's date with the century left out
    ("20.III.58"), and the folios in English. The reviewers' parts are no part of the record: a name only in them
    (Kirilenko, Troyanovsky) is not at the session nor mentioned, and "the protocol has Gromyko" gives him nothing."""
    [s] = facts_of(_GOOGLE_DOC).sessions
    assert s.date == "1958-03-20"
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.LISTED),
        ("bulganin", Basis.LISTED),
        ("kirichenko", Basis.LISTED),
        ("kuusinen", Basis.LISTED),
        ("malinovsky", Basis.INFERRED),
    ]
    assert [t.person.id for t in s.turns] == ["khrushchev", "bulganin", "malinovsky", "khrushchev"]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("gromyko", "finalize the text of the decree"),
        ("kuusinen", "finalize the text of the decree"),
    ]
    assert [c.unit.label for c in s.citations] == ["RGANI, F. 3, Op. 12, D. 1008, Ll. 12-14"]
    assert not {"kirilenko", "troyanovsky"} & {m.person.id for m in s.mentions}


def test_an_editor_s_notes_lettered_with_no_space_after_are_no_comments(facts_of):
    """From the review: an editor's notes lettered "[a]The formal protocol ..." with no thread's marks under them
    ("Resolved", "+1") are the document's notes: their files are cited."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium, 4 November 1954\n\n"
        "Present: Khrushchev, Malenkov, Molotov, Mikoyan.[a]\n\nI. Report of Cde. Khrushchev\n\n"
        "Khr.—approve the work of the delegation.\nMol.—I cannot vote to approve.[b]\n\n"
        "[a]The formal protocol (Protocol No. 91, in APRF, f. 3, op. 65, d. 120, l. 4) names Ponomarenko.\n"
        "[b]Molotov's memorandum is in RGASPI, f. 82, op. 2, d. 1270, ll. 5-7.\n"
    ).sessions
    assert [c.unit.label for c in s.citations] == [
        "APRF, F. 3, Op. 65, D. 120, L. 4",
        "RGASPI, F. 82, Op. 2, D. 1270, Ll. 5-7",
    ]


def test_a_letter_in_brackets_in_a_document_without_comments_is_left_as_printed(facts_of):
    """Only an anchor whose comment the file appends is the editor's: an edition's completion of a word
    ("Mikoya[n]") stays the word's, where no line opens with "[n]"."""
    [s] = facts_of(
        "Protocol No. 142, 20 March 1958\n\nPresent: Khrushchev, Mikoyan.\n\nCde. Mikoya[n]\u2014for it.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["mikoyan"]


PDF_PAGES = (
    "                    National Security Archive Electronic Briefing Book No. 447 \u2013 Afghanistan\n\n"
    "                      SESSION OF THE POLITBURO OF THE CC CPSU\n"
    "                                  26 June 1986\n\n"
    "     Chaired by Cde. M. S. GORBACHEV.\n"
    "          Present: Cdes. G. A. Aliev, V. I. Vorotnikov, A. A. Gromyko, E.\n"
    "     K.  Ligachev, N.  I. Ryzhkov,  E. A. Shevard-\n"
    "     nadze, A. P.\n"
    "     Biryukova.\n\n"
    "          1. On the withdrawal of six regiments from Afghanistan1\n\n"
    "     Gorbachev \u2013 I  propose  to announce the withdrawal of six regiments. I  am\n"
    "          for  it.\n\n"
    "     Gromyko \u2013 I  support Mikhail  Sergeevich. The regiments do not fight;2 the\n"
    "          Americans  will\n\n"
    "     _______________\n"
    "        1  The withdrawal was carried out in October 1986.\n"
    "        2  The memorandum is in RGANI, F. 89, Op. 42, D. 15, Ll. 1-4.\n\n"
    "                                   Page 1 of 2\n"
    "\f                   National Security Archive Electronic Briefing Book No. 447 \u2013 Afghanistan\n\n"
    "          have  to answer.\n\n"
    "     Ryzhkov \u2013 For.  People  will understand.\n\n"
    "                                   Page 2 of 2\n"
)


def test_a_pdf_s_text_layer_of_justified_pages(facts_of):
    """``pdftotext -layout`` of a briefing book's document: a form feed before each page, a running head over
    each, "Page 1 of 2" at each foot, each page's notes under a rule, justified lines (two spaces between some
    words), a list wrapped at an initial and inside a name: the pages' furniture is no one's words, the notes of the
    first page do not swallow the second, the list is whole, and the evidence quotes the file."""
    [s] = facts_of(PDF_PAGES).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.LISTED] == [
        "aliev",
        "vorotnikov",
        "gromyko",
        "ligachev",
        "ryzhkov",
        "shevardnadze",
        "biryukova",
    ]
    assert [t.person.id for t in s.turns] == ["gorbachev", "gromyko", "ryzhkov"]
    gromyko = s.turns[1]
    assert "Americans will have to answer" in " ".join(gromyko.text.split())
    assert "Briefing Book" not in gromyko.text and "Page" not in gromyko.text and "RGANI" not in gromyko.text
    assert [p.stance.value for p in s.positions] == ["supports", "supports", "supports"]
    assert s.positions[1].cue.startswith("I support Mikhail Sergeevich")  # (one space, as read)
    assert PDF_PAGES[gromyko.span.start : gromyko.span.end] == gromyko.span.quote
    assert {c.unit.label for c in s.citations} == {"RGANI, F. 89, Op. 42, D. 15, Ll. 1-4"}


def test_a_session_s_heading_atop_two_pages_is_no_running_head(facts_of):
    """Two sessions, each on a page of its own that opens with the same heading: the heading is each session's, not
    a running head, though two pages open with it."""
    page = "SESSION OF THE POLITBURO OF THE CC CPSU\n{}\n\nPresent: Cdes. A. A. Gromyko, N. I. Ryzhkov.\n\nRyzhkov \u2013 For.\n"
    text = page.format("26 June 1986") + "\f" + page.format("10 July 1986")
    assert [(s.date, [t.person.id for t in s.turns]) for s in facts_of(text).sessions] == [
        ("1986-06-26", ["ryzhkov"]),
        ("1986-07-10", ["ryzhkov"]),
    ]


def test_a_speaker_s_name_atop_two_pages_is_no_running_head(facts_of):
    """A stenogram's speaker on a line of his own at the top of two pages ("GORBACHEV:") is his turn's, not a
    running head, though two pages open with it; so is a turn that two pages open with ("Gromyko – Agreed.")."""
    spaced = "  ".join
    text = (
        "SESSION OF THE POLITBURO OF THE CC CPSU\n26 June 1986\nPresent: Cdes. M. S. Gorbachev, A. A. Gromyko, S. L. "
        "Sokolov.\n\nGORBACHEV:\n"
        + spaced("We must decide it today. I am for it.".split())
        + "\n\nSOKOLOV:\n"
        + spaced("I am against. It is too early.".split())
        + "\n\fGORBACHEV:\n"
        + spaced("Let us decide in October.".split())
        + "\n\nGROMYKO:\n"
        + spaced("I agree. It is right.".split())
        + "\n\fGORBACHEV:\n"
        + spaced("Then we have decided.".split())
        + "\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["gorbachev", "sokolov-sergei", "gorbachev", "gromyko", "gorbachev"]


def test_the_body_s_name_over_points_after_a_turn_with_no_stop_is_the_decision(facts_of):
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP Political Committee, 8 October 1968\nPresent: Comrades János Kádár, Jenő "
        "Fock, Rezső Nyers.\n\n1. On the prices\n\nComrade Fock: I support the proposal, but the consumers must be "
        "informed in time\nThe Political Committee\na) approves the proposal;\nb) instructs Comrade Nyers to prepare the "
        "final text.\n"
    ).sessions
    assert [(a.person.id, a.task) for a in s.assignments] == [("nyers", "prepare the final text")]


def test_the_body_s_name_inside_a_speaker_s_sentence_is_no_decision(facts_of):
    """ "It is addressed to" / "The Presidium of the CC of the KSC" / "and it demands an answer.": the speaker goes on."""
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP Political Committee, 8 October 1968\nPresent: Comrades János Kádár, Jenő "
        "Fock.\n\n1. On the letter\n\nComrade Kádár: The letter came. It is addressed to\nThe Presidium of the CC of "
        "the KSC\nand it demands an answer.\n\nComrade Fock: I agree.\n"
    ).sessions
    assert s.turns[0].text.endswith("and it demands an answer.")


def test_a_page_s_number_opening_a_paragraph_is_no_note_without_its_marker(facts_of):
    """A paragraph that opens with a number after a page's break is text, not a note, where no marker points to
    it."""
    text = (
        "## p. 5 (#9) ####################\n\n"
        "Session of 11 August 1955\n\n"
        "Present: Khrushchev, Bulganin, Molotov.\n\n"
        "Khrushchev—the proposal is correct. We cut the army by\n\n"
        "2 divisions at once and the rest by May.\n\n"
        "## p. 6 (#10) ####################\n\n"
        "Molotov—Against.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "molotov"]
    assert "2 divisions at once" in s.turns[0].text


@pytest.mark.parametrize(
    ("discussion", "expected"),
    [
        # the discussion begins with no word of which item: its turns are on none, until one is taken up again
        (
            "Comrade Kádár: The mood in Warsaw was heavy.\nComrade Fock: I agree.\n2. Miscellaneous\n"
            "Comrade Nyers informs the committee on the harvest.\n",
            [("kadar", None), ("fock", None), ("nyers", 2)],
        ),
        # an item's number printed again, with its turn told in the third person
        (
            "1. Comrade Kádár reports on the talks.\nComrade Fock: I agree.\nAd 2)\nComrade Nyers: On the harvest.\n",
            [("kadar", 1), ("fock", 1), ("nyers", 2)],
        ),
    ],
)
def test_an_agenda_s_items_taken_up_again_or_not_at_all(facts_of, discussion, expected):
    text = (
        "MINUTES of the meeting of the Political Committee held on 23 July 1968\n"
        "Present: Comrades János Kádár, Jenő Fock, Rezső Nyers\n"
        "Agenda:\n"
        "1. Report on the Warsaw meeting\n"
        "Rapporteur: Comrade János Kádár\n"
        "2. Miscellaneous\n"
        "\n" + discussion
    )
    [s] = facts_of(text).sessions
    assert [(i.number, i.title) for i in s.items] == [("1", "Report on the Warsaw meeting"), ("2", "Miscellaneous")]
    assert [(t.person.id, t.item) for t in s.turns] == expected


def test_points_that_open_as_decisions_are_no_items(facts_of):
    """A protocol's extract numbers its decision's points under the item with no label: "1. Approve ...",
    and the points after it; the next item's title is an item again."""
    text = (
        "Protocol No. 62 of the Session of the CPSU CC Presidium, 25 October 1962\n"
        "Present: Cdes. Khrushchev, Gromyko, Polyansky, Voronov\n"
        "I. On the reply to U Thant (Khrushchev, Gromyko)\n"
        "1. Approve the text of the reply.\n"
        "2. The Ministry of the Merchant Fleet is to instruct the ships' captains.\n"
        "3. On the grain procurement from the 1962 harvest (Voronov, Polyansky)\n"
    )
    [s] = facts_of(text).sessions
    assert [i.number for i in s.items] == ["I", "3"]
    assert [(t.person.id, t.item) for t in s.turns] == [
        ("khrushchev", 1),
        ("gromyko", 1),
        ("voronov", 2),
        ("polyansky", 2),
    ]
    assert [d.text for d in s.decisions][:1] == ["Approve the text of the reply"]


_POLITBURO = "SESSION OF THE CPSU CC POLITBURO\n29 October 1981\n"
_LIST = "Present:\nL. I. Brezhnev, Yu. V. Andropov, A. A. Gromyko,\nD. F. Ustinov, K. U. Chernenko\n"


@pytest.mark.parametrize(
    ("text", "present", "turns"),
    [
        # speakers straight under a list, their names closed by a full stop or alone on a line
        (
            _POLITBURO + _LIST + "BREZHNEV. Comrades, it is getting worse.\nANDROPOV. I agree.\n",
            ["brezhnev", "andropov", "gromyko", "ustinov", "chernenko"],
            [("brezhnev", None), ("andropov", None)],
        ),
        (
            _POLITBURO + _LIST + "Invited: Cde. S. Kania\nKania\nIt is getting worse.\nBrezhnev\nI agree.\n",
            ["brezhnev", "andropov", "gromyko", "ustinov", "chernenko", "kania"],
            [("kania", None), ("brezhnev", None)],
        ),
        # posts: without "of" after a dash, before a name with no comma between
        (
            _POLITBURO + "Present:\nL. I. Brezhnev\nYu. V. Andropov — KGB Chairman\nA. A. Gromyko\n"
            "BREZHNEV. Comrades.\n",
            ["brezhnev", "andropov", "gromyko"],
            [("brezhnev", None)],
        ),
        (
            _POLITBURO + "Present: Cdes. L. I. Brezhnev, Yu. V. Andropov, member of the CC CPSU Cde. A. A. Gromyko.\n",
            ["brezhnev", "andropov", "gromyko"],
            [],
        ),
        # delegations named in a speech or a decision are no one present
        (
            _POLITBURO + "Present: Cdes. L. I. Brezhnev, M. A. Suslov.\n"
            "SUSLOV. The talks went on for three days. Taking part in them were:\nFrom the SED:\nE. Honecker\n"
            "H. Axen\nFrom our side:\nA. P. Kirilenko\nThe talks went well.\nBREZHNEV. I agree.\n",
            ["brezhnev", "suslov"],
            [("suslov", None), ("brezhnev", None)],
        ),
        (
            _POLITBURO + "Present: Cdes. L. I. Brezhnev, A. A. Gromyko.\n1. On the congress of the CPCz\n"
            "BREZHNEV. We must send a strong delegation.\nResolved:\n1. To send a delegation.\n"
            "Members of the delegation:\nA. P. Kirilenko, member of the Politburo,\nS. V. Chervonenko.\n"
            "2. To approve the greeting.\n2. On Portugal\nGROMYKO. It is difficult.\n",
            ["brezhnev", "gromyko"],
            [("brezhnev", 1), ("gromyko", 2)],
        ),
        # an item taken up by a line that is no label of guests; an item after a decision's points
        (
            _POLITBURO + "Present: Comrades Brezhnev, Suslov.\nAgenda:\n1. Poland\n2. Agriculture\n"
            "On item 1:\nComrade Brezhnev reported on Poland.\nOn item 2:\nSuslov\nThe harvest is late.\n",
            ["brezhnev", "suslov"],
            [("brezhnev", 1), ("suslov", 2)],
        ),
        (
            _POLITBURO + "Present: Cdes. A. P. Kirilenko, I. V. Kapitonov.\n2. On the conference\n"
            "Heard: report of Cde. Kirilenko.\nResolved:\n1. To approve the proposals.\n2. To instruct the "
            "department.\n3. Letters of working people\nHeard: report of Cde. I. V. Kapitonov.\n",
            ["kirilenko", "kapitonov"],
            [("kirilenko", 1), ("kapitonov", 2)],
        ),
        # information from someone away is no report of his in the room
        (
            _POLITBURO + "Present: Brezhnev, Suslov.\nI. On Poland\n(Information from Cde. Andropov)\n"
            "Brezhnev: It is getting worse.\n",
            ["brezhnev", "suslov"],
            [("brezhnev", 1)],
        ),
    ],
)
def test_what_the_rules_for_lists_decisions_and_reports_leave_alone(facts_of, text, present, turns):
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance if a.basis is not Basis.INFERRED] == present
    assert [(t.person.id, t.item) for t in s.turns] == turns


def test_a_source_line_amid_the_discussion_is_no_session_s_own_file(facts_of):
    """A telegram read out, with the editor's "[Source: ...]" under it, is cited; the page's citation stays
    the notes' own file."""
    text = (
        "Working Notes from the Sessions of the CPSU CC Presidium on 23 and 24 October 1956\n"
        "Citation:\n"
        '"Working Notes", Wilson Center Digital Archive, APRF, F. 3, Op. 12, D. 1005, Ll. 54-65.\n'
        "Contents:\n"
        "Working Notes from the Session of the CPSU CC Presidium on 23 October 1956\n"
        "Present: Bulganin, Khrushchev, Mikoyan.\n"
        "Khrushchev: I will read the telegram from Cde. Andropov:\n"
        '"The situation in Budapest is deteriorating."\n'
        "[Source: AVP RF, F. 059a, Op. 4, P. 6, D. 5, L. 12.]\n"
        "Mikoyan: Without Nagy they cannot cope.\n"
        "Working Notes from the Session of the CPSU CC Presidium on 24 October 1956\n"
        "Present: Bulganin, Khrushchev, Mikoyan.\n"
        "Khrushchev: The troops are in Budapest.\n"
    )
    first, _ = facts_of(text).sessions
    assert [(c.unit.label, c.notes_source) for c in first.citations] == [
        ("APRF, F. 3, Op. 12, D. 1005, Ll. 54-65", True),
        ("AVP RF, F. 059a, Op. 4, P. 6, D. 5, L. 12", False),
    ]


def test_a_record_told_in_the_third_person_goes_on_with_the_next_man_s_turn_on_one_line(facts_of):
    """In a record told in the third person a line may hold two men's turns ("Cde. Jarowinsky explains
    the draft. Cde. Schabowski proposes ..."); in a speech, what it says of a comrade is the speaker's, and
    so is what it tells in the past tense or of someone the session does not list."""
    text = (
        "Protocol No. 37/87 of the Session of the Politburo on Tuesday, 15 September 1987\n"
        "Present: Cdes. Honecker, Jarowinsky, Schabowski, Krenz\n"
        "Cde. Jarowinsky explains the draft. Cde. Schabowski proposes that a working group prepare it.\n"
        "Cde. Krenz informs about the mood. Cde. Kohl says that he is pleased. Cde. Honecker stated this too.\n"
        "HONECKER: Agreed. Cde. Krenz proposes a good thing.\n"
    )
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("jarowinsky", "explains the draft."),
        ("schabowski", "proposes that a working group prepare it."),
        ("krenz", "informs about the mood. Cde. Kohl says that he is pleased. Cde. Honecker stated this too."),
        ("honecker", "Agreed. Cde. Krenz proposes a good thing."),
    ]


def test_minutes_told_in_the_past_go_on_with_the_next_man_s_turn_on_one_line(facts_of):
    """Past-tense minutes print several men's turns in one paragraph ("Comrade Ochab said that ... Comrade
    Kliszko agreed ..."); what a man's turn tells of someone the session does not list stays his."""
    [s] = facts_of(
        "Minutes of the PZPR CC Politburo session, 12 March 1968\nPresent: Comrades Gomułka, Kliszko, Ochab.\n"
        "1. On the students.\nComrade Ochab said that the situation was serious. Comrade Kliszko agreed with him. "
        "Comrade Brezhnev said the same in Moscow. Comrade Gomułka proposed a commission.\n"
    ).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("ochab", "said that the situation was serious."),
        ("kliszko", "agreed with him. Comrade Brezhnev said the same in Moscow."),
        ("gomulka", "proposed a commission."),
    ]


def test_the_next_man_s_told_turn_after_an_acronym_s_stop(facts_of):
    """Round 63: "... through TASS. Cde. Kirilenko spoke against ...": an acronym's full stop ends the sentence before
    the next man's turn as a word's does; an initial's does not ("Cde. A. P. Kirilenko")."""
    [s] = facts_of(
        "Minutes of the PZPR CC Politburo session, 12 March 1968\nPresent: Comrades Gomułka, Kliszko, Ochab.\n"
        "1. On the press.\nComrade Ochab proposed to send the letter through PAP. Comrade Kliszko spoke against "
        "publication. Comrade Gomułka agreed with Comrade W. Kliszko.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["ochab", "kliszko", "gomulka"]


def test_minutes_that_introduce_thank_and_name_a_post_and_decide_in_dashed_points(facts_of):
    """Round 64's HSWP minutes: a turn told by "introduced" or "thanked", one with the speaker's post between his
    name and his verb, and the body's decisions in points opened by dashes under its name; a party's head in
    brackets after an item's "delegation of the ... Party (Cde. X)" is no one who spoke."""
    [s] = facts_of(
        "Minutes of the Session of the Political Committee of the HSWP CC, 22 June 1971\n\n"
        "Present: Comrades Jenő Fock, Rezső Nyers, Antal Apró, Kállai.\n\n"
        "1. On the conversation with the delegation of the Italian Communist Party (Cde. E. Berlinguer).\n\n"
        "Comrade Jenő Fock introduced the draft. He said that it was good.\n\n"
        "Comrade Kállai thanked the Committee for the invitation.\n\n"
        "Comrade Antal Apró, deputy chairman of the Council of Ministers, reported on the negotiations.\n\n"
        "The Political Committee\n"
        "– approved the draft as a basis;\n"
        "– instructed Comrades Jenő Fock and Antal Apró to finalize the directives by 5 July.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["fock", "kallai", "apro"]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("fock", "finalize the directives by 5 July"),
        ("apro", "finalize the directives by 5 July"),
    ]


def test_what_a_past_turn_reports_of_another_occasion_stays_its_own(facts_of):
    """ "Comrade Ochab stated there that ...", "... declared at the time ...": what a listed comrade said on another
    occasion, which a turn reports, is no turn of his at this meeting."""
    [s] = facts_of(
        "Minutes of the PZPR CC Politburo session, 12 March 1968\nPresent: Comrades Gomułka, Ochab, Zambrowski.\n"
        "1. On the talks.\nComrade Gomułka reported on the talks in Moscow. Comrade Ochab stated there that the party "
        "would decide itself. Comrade Zambrowski declared at the time that we were wrong. Comrade Ochab agreed.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gomulka", "ochab"]


_DIRECT_AND_TOLD = (
    "Working Protocol No. 41/80 of the meeting of the Politburo on Tuesday, 14 October 1980\n\n"
    "Present: Comrades Honecker, Axen, Mielke, Mittag, Stoph, Tisch, Krolikowski, Jarowinsky\n\n"
    "Agenda:\n1. Passenger traffic with the PRL\n2. Supply of the population\n\n"
    "Re 1:\n"
    "Comrade Mielke: The situation at the border is worsening. We propose to suspend visa-free travel.\n\n"
    "{between}\n\n"
    "Comrade Mittag: The enterprises must be protected.\n\n"
    "Re 2:\n"
    "Comrade Jarowinsky reported on the supply of the population. Comrades Tisch and Krolikowski spoke.\n"
)


@pytest.mark.parametrize(
    "between, speakers",
    [
        # a turn told in a paragraph of its own between two in direct speech
        (
            "Comrade Stoph stated that he could not agree to the proposal in its present form.",
            ["mielke", "stoph", "mittag", "jarowinsky", "tisch", "krolikowski"],
        ),
        # the speaker's own paragraph telling what another said: his "we" keeps it his
        (
            "Comrade Stoph stated that the enterprises need the workers, and we must listen to him.",
            ["mielke", "mittag", "jarowinsky", "tisch", "krolikowski"],
        ),
        # ... or what was said on another occasion
        (
            "Comrade Stoph stated there that he could not agree.",
            ["mielke", "mittag", "jarowinsky", "tisch", "krolikowski"],
        ),
        # ... or by a verb that tells no speaking at the meeting
        (
            "Comrade Stoph travelled to Warsaw in September.",
            ["mielke", "mittag", "jarowinsky", "tisch", "krolikowski"],
        ),
    ],
)
def test_a_turn_told_between_turns_in_direct_speech(facts_of, between, speakers):
    """An SED working protocol gives most turns in direct speech ("Comrade Mielke: ...") and some told, each in a
    paragraph of its own ("Comrade Stoph stated that he could not agree ..."), and after a report told so, the
    men who spoke ("Comrades Tisch and Krolikowski spoke."); a speech's own paragraph on what another said, or said
    elsewhere, is no turn."""
    [s] = facts_of(_DIRECT_AND_TOLD.format(between=between)).sessions
    assert [t.person.id for t in s.turns] == speakers


_SPEECH_AND_TOLD = (
    "Working Protocol No. 41/80 of the meeting of the Politburo on Tuesday, 14 October 1980\n\n"
    "Present: Comrades Honecker, Axen, Mielke, Stoph, Hager\n\n"
    "Comrade Mielke: The situation at the border is worsening.\n\n"
    "Comrade Stoph stated that he could not agree to the proposal.\n\n"
    "Comrade Honecker: {speech}\n\n{told}\n\n{after}\n"
)


@pytest.mark.parametrize(
    ("speech", "told", "after"),
    [
        # a paragraph the speech goes on after: what the speaker tells of another
        (
            "Yesterday I spoke with Comrade Kania.",
            "Comrade Kania stated that the party would master the situation.",
            "The decision in principle is taken today.",
        ),
        (
            "The Sejm met on Monday.",
            "Comrade Stoph stated in the Sejm that the government would not permit anarchy.",
            "Comrade Hager: Agreed.",
        ),
        # a speech on another meeting goes on with what was said there
        (
            "I inform the Politburo about the talks in Moscow.",
            "Comrade Axen expressed the support of the SED.",
            "Comrade Hager: I propose to take note of the information.",
        ),
    ],
)
def test_what_a_speech_tells_of_another_man_is_no_turn_of_his(facts_of, speech, told, after):
    """A turn told between two in direct speech ("Comrade Stoph stated that he could not agree") is his; a paragraph
    of a speech that tells what another man said (the speech going on after it, or said elsewhere, or at the meeting
    the speech reports on) is the speaker's, and a man not present is not made present by it."""
    [s] = facts_of(_SPEECH_AND_TOLD.format(speech=speech, told=told, after=after)).sessions
    turns = [t.person.id for t in s.turns]
    assert turns[:3] == ["mielke", "stoph", "honecker"]
    assert "kania" not in {a.person.id for a in s.attendance} and "axen" not in turns


@pytest.mark.parametrize(
    "spoke, turns",
    [
        ("Comrades Kania and Olszowski spoke on the supply of meat.", ["jaruzelski", "kania", "olszowski"]),
        ("Comrades Kania and Olszowski spoke on the report.", ["jaruzelski", "kania", "olszowski"]),
        # not what they said on the air
        ("Comrades Kania and Olszowski spoke on television.", ["jaruzelski"]),
        ("Comrades Kania and Olszowski spoke on the radio.", ["jaruzelski"]),
        # ... nor where, when, on whose behalf or by what means
        ("Comrades Kania and Olszowski spoke on Polish Radio on Sunday evening.", ["jaruzelski"]),
        ("Comrades Kania and Olszowski spoke on 28 February at a rally in Katowice.", ["jaruzelski"]),
        ("Comrades Kania and Olszowski spoke on behalf of the government at the plenum.", ["jaruzelski"]),
        ("Comrades Kania and Olszowski spoke on the telephone with Comrade Brezhnev.", ["jaruzelski"]),
        # ... but a matter named with its place or its party
        (
            "Comrades Kania and Olszowski spoke on the supply of meat to the cities.",
            ["jaruzelski", "kania", "olszowski"],
        ),
        ("Comrades Kania and Olszowski spoke on relations with the Episcopate.", ["jaruzelski", "kania", "olszowski"]),
        ("Comrades Kania and Olszowski spoke on Solidarity's demands.", ["jaruzelski", "kania", "olszowski"]),
    ],
)
@pytest.mark.parametrize("own_paragraph", [True, False])
def test_those_who_spoke_on_a_matter_after_a_report(facts_of, spoke, turns, own_paragraph):
    """ "Comrades Kania and Olszowski spoke on the supply of meat." after the report it was on, on its line or in a
    paragraph of its own: their turns, as "... spoke." gives them."""
    [s] = facts_of(
        "Session of the Politburo of the PZPR CC, 12 March 1981\n\n"
        "Present: Kania, Jaruzelski, Olszowski, Barcikowski, Grabski.\n\n"
        f"1. Comrade Jaruzelski reported on the economic situation.{chr(10) * 2 if own_paragraph else ' '}{spoke}\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns


def test_members_who_spoke_after_a_report_on_another_body_s_plenum_spoke_here(facts_of):
    """ "Cde. Kania reported on the Sixth Plenum of the PZPR CC." / "Cdes. Olszowski and Grabski spoke on the report.":
    men the session lists spoke on the report here, as protocols print it."""
    [s] = facts_of(
        "Session of the Politburo of the PZPR CC, 12 March 1981\n\nPresent: Kania, Jaruzelski, Olszowski, Grabski.\n\n"
        "1. Cde. Kania reported on the Sixth Plenum of the PZPR CC.\n\nCdes. Olszowski and Grabski spoke on the report.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kania", "olszowski", "grabski"]


def test_a_speaker_opened_by_a_dash_on_his_own_line(facts_of):
    """Malin's "—Cde. Molotov—I am against." on a line of its own is Molotov's turn and stance."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 2 March 1957\nPresent: Khrushchev, Mikoyan, "
        "Molotov\nI. On Yugoslavia\nKhr.—We must answer.\n—Cde. Molotov—I am against.\n—Cde. Mikoyan—I agree.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "molotov", "mikoyan"]
    assert [p.stance.value for p in s.positions][1:] == ["opposes", "supports"]


def test_a_german_record_s_those_who_spoke_in_the_discussion(facts_of):
    """ "In the discussion spoke: Comrades Ulbricht, Matern." (a German record's word order) after a report: each a
    turn."""
    [s] = facts_of(
        "Protocol No. 41/53 of the meeting of the Politburo on 23 June 1953\n\n"
        "Present: Comrades Ulbricht, Zaisser, Matern\n\n"
        "Re 2: Report on the situation in the districts\n\n"
        "Comrade Zaisser reports on the situation in the districts.\n\n"
        "In the discussion spoke: Comrades Ulbricht, Matern.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["zaisser", "ulbricht", "matern"]


@pytest.mark.parametrize("between", [" ", "\n\n"])
@pytest.mark.parametrize("spoke", ["spoke.", "spoke on international questions."])
def test_those_who_spoke_at_another_body_s_plenum_have_no_turns(facts_of, between, spoke):
    """ "Comrade Axen reported on the Sixth Plenum of the PZPR CC. Comrades Kania and Olszowski spoke.": they spoke at
    the plenum, not at this meeting, whether the record tells it on the report's line or in a paragraph of its
    own."""
    [s] = facts_of(
        "Working Protocol No. 41/80 of the meeting of the Politburo on Tuesday, 14 October 1980\n\n"
        "Present: Comrades Honecker, Axen, Mielke\n\n"
        f"Re 3:\nComrade Axen reported on the Sixth Plenum of the PZPR CC.{between}Comrades Kania and Olszowski {spoke}\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["axen"]
    assert {a.person.id for a in s.attendance} == {"honecker", "axen", "mielke"}


def test_a_speech_broken_off_by_a_dash_and_the_next_man_s_words(facts_of):
    """ "... The Party Control Committee receives letters every day—" and, in a paragraph of its own, "GORBACHEV. Where
    do you see ...": the next man's turn (it was read as words of the broken-off speech, and lost)."""
    [s] = facts_of(
        "Session of the CC CPSU Politburo, 14 August 1986\n\nPresent: Cdes. Gorbachev M. S., Ryzhkov N. I., "
        "Solomentsev M. S.\n\n1. On the draft law\n\nRYZHKOV. The draft has been worked through.\n\n"
        "SOLOMENTSEV. I have doubts. The committee receives letters every day—\n\n"
        "GORBACHEV. Where do you see private enterprise here?\n\nSOLOMENTSEV. Today a television.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["ryzhkov", "solomentsev", "gorbachev", "solomentsev"]


def test_a_told_turn_in_a_speech_s_own_paragraph_line_is_his(facts_of):
    """Without a blank line before it, "Comrade Stoph stated that ..." goes on with the speech above it (a speaker
    telling what another said), as does "Comrades A and B spoke." in the words of a speech."""
    [s] = facts_of(
        "Working Protocol No. 41/80 of the meeting of the Politburo on Tuesday, 14 October 1980\n\n"
        "Present: Comrades Honecker, Mielke, Stoph, Tisch, Krolikowski\n\n"
        "Comrade Mielke: The situation at the border is worsening.\n"
        "Comrade Stoph stated that he could not agree to it at the last meeting.\n\n"
        "Comrade Honecker: I reported on it. Comrades Tisch and Krolikowski spoke.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["mielke", "honecker"]


def test_a_protocol_s_spoke_label_alone_over_the_turns(facts_of):
    """ "SPOKE:" alone on its line, the turns of those who spoke under it ("Cde. Gorbachev M. S. — supported ..."),
    after the report heard."""
    [s] = facts_of(
        "PROTOCOL No. 139 of the session of the Secretariat of the CC CPSU of 12 December 1978\n"
        "Present: Cdes. Kirilenko A. P., Gorbachev M. S., Dolgikh V. I.\n\n1. On the storage of vegetables.\n\n"
        "HEARD: Information of Cde. Kirilenko A. P., who reported on the losses.\n\nSPOKE:\n"
        "Cde. Gorbachev M. S. — supported the draft resolution.\n\nCde. Dolgikh V. I. — objected to the draft.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kirilenko", "gorbachev", "dolgikh"]


_TABLES = (
    "PROTOCOL No. 24/82 of the Session of the Politburo of the Central Committee on Tuesday, 15 June 1982\n\n"
    "Chaired by: Cde. Erich Honecker\n\n"
    "| Name                  | Function                   | Attendance          |\n"
    "|-----------------------|----------------------------|---------------------|\n"
    "| Erich Honecker        | General Secretary of the CC | present            |\n"
    "| Günter Mittag         | Member of the Politburo    | present             |\n"
    "| Heinz Hoffmann        | Member of the Politburo    | excused (abroad)    |\n"
    "| Willi Stoph           | Member of the Politburo    | present             |\n"
    "|-----------------------|----------------------------|---------------------|\n"
    "| Invited for item 2:   |                            |                     |\n"
    "| Wolfgang Mitzinger    | Minister for Coal          | present             |\n\n"
    "1. On energy.\n\nCde. Stoph stated that the programme could not be financed.\n\n"
    "No. | Decision                                 | Responsible    | Deadline\n"
    "----+------------------------------------------+----------------+----------\n"
    "1.  | The measures for the replacement of      | Cde. Mittag    | —\n"
    "    | heating oil are approved.                | Cde. Schürer   |\n"
    "----+------------------------------------------+----------------+----------\n"
    "2.  | The Minister is to submit a schedule for | Cde. Mitzinger | 30.9.1982\n"
    "    | the delivery of con-                     |                |\n"
    "    | veyor bridges.                           |                |\n"
)


def test_a_copy_s_tables_of_those_present_and_of_decisions(facts_of):
    """A word processor's tables kept as text: those present a row a man, "excused" absent, those under "Invited
    for item 2:" guests; a decision's cells wrapped over the rows under its number, its task each man's the
    "Responsible" column names."""
    [s] = facts_of(_TABLES).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("honecker", Basis.CHAIR),
        ("honecker", Basis.LISTED),
        ("mittag", Basis.LISTED),
        ("stoph", Basis.LISTED),
        ("mitzinger", Basis.GUEST),
        ("hoffmann-heinz", Basis.ABSENT),
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("mittag", "The measures for the replacement of heating oil are approved"),
        ("schurer", "The measures for the replacement of heating oil are approved"),
        ("mitzinger", "The Minister is to submit a schedule for the delivery of conveyor bridges"),
    ]
    assert [t.person.id for t in s.turns] == ["stoph"]


@pytest.mark.parametrize(
    ("table", "claims"),
    [
        # "Remarks" and "yes"/"no" columns, a present man back from abroad, guests under a row with no colon
        (
            "| Name | Function | Remarks |\n|---|---|---|\n| Kurt Hager | Member | excused (ill) |\n"
            "| Hermann Axen | Member | present (back from abroad) |\n| Guests for item 1 | | |\n"
            "| Willi Stoph | Chairman | |\n",
            [("axen", Basis.LISTED), ("stoph", Basis.GUEST), ("hager", Basis.ABSENT)],
        ),
        (
            "| Name | Present |\n|---|---|\n| Kurt Hager | no |\n| Hermann Axen | yes |\n",
            [("axen", Basis.LISTED), ("hager", Basis.ABSENT)],
        ),
        # a table of those away under a label of its own, whatever the reason
        (
            "| Name | Function |\n|---|---|\n| Hermann Axen | Member |\n\nExcused:\n| Name | Reason |\n|---|---|\n"
            "| Kurt Hager | illness |\n",
            [("axen", Basis.LISTED), ("hager", Basis.ABSENT)],
        ),
        # "no remarks" is no absence; "Also present for item 2:" heads guests
        (
            "| Name | Remarks |\n|---|---|\n| Kurt Hager | no remarks |\n| Also present for item 2: | |\n"
            "| Willi Stoph | |\n",
            [("hager", Basis.LISTED), ("stoph", Basis.GUEST)],
        ),
    ],
)
def test_tables_of_those_present_read_their_status(facts_of, table, claims):
    [s] = facts_of("PROTOCOL No. 24/82 of the Session of the Politburo, 15 June 1982\n\n" + table).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == claims


def test_a_table_of_people_amid_the_record_is_no_list_of_those_present(facts_of):
    [s] = facts_of(
        _TABLES.replace(
            "1. On energy.\n", "1. On energy.\n| Name | Place of residence |\n|---|---|\n| Bärbel Bohley | Berlin |\n"
        )
    ).sessions
    assert "bohley" not in {a.person.id for a in s.attendance}


def test_a_decision_table_with_no_number_column_and_a_wrapped_name(facts_of):
    [s] = facts_of(
        "PROTOCOL No. 24/82 of the Session of the Politburo, 15 June 1982\n\n"
        "Decision | Responsible | Deadline\n---------+-------------+---------\n"
        "The State Planning Commission is to provide | Cde. Günter | 1.7.1982\nthe funds. | Mittag |\n"
        "The Minister is to report. | Cde. Stoph |\nThe plan is approved. | Cde. Hager | \n"
    ).sessions
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("mittag", "The State Planning Commission is to provide the funds"),
        ("stoph", "The Minister is to report"),
        ("hager", "The plan is approved"),
    ]


def test_a_decision_table_saved_with_tabs_gives_each_row_once(facts_of):
    """A word processor's table saved with tabs, a dash in a row's last cell ("no deadline"): each decision once,
    each man's task once."""
    [s] = facts_of(
        "SESSION OF THE POLITBURO OF THE CC CPSU, 13 October 1977\n\n"
        "Present: Cdes. L. I. Brezhnev, K. V. Rusakov, N. S. Patolichev.\n\nDecisions:\n"
        "No.\tDecision\tResponsible\tDeadline\n"
        "1\tApprove the purchase of grain abroad.\tCde. Patolichev\t1 December 1977\n"
        "2\tInform the fraternal parties of the purchases.\tCde. Rusakov\t–\n"
    ).sessions
    assert [d.text for d in s.decisions] == [
        "Approve the purchase of grain abroad",
        "Inform the fraternal parties of the purchases",
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("patolichev", "Approve the purchase of grain abroad"),
        ("rusakov", "Inform the fraternal parties of the purchases"),
    ]


def test_a_protocol_s_decisions_in_points_that_wrap_and_name_men_before_their_initials(facts_of):
    """A point's line that breaks off before a capital ("... and the Moscow" / "Oblast Committee ...") goes on
    with it; "Cde. Grishin V. V." is Grishin; a name before its initials alone on a line ends the point, and no
    turn opens there; a proposal told in a turn ("He proposed ... to instruct Gosplan to ...") is no task."""
    [s] = facts_of(
        "PROTOCOL No. 137 of the session of the Secretariat of the CC CPSU of 12 December 1978\n"
        "Present: Cdes. M. S. Gorbachev, V. I. Dolgikh.\n\n1. On vegetables.\n\n"
        "Cde. Dolgikh V. I. — objected to the draft. He proposed to return the draft and to instruct Gosplan to "
        "examine the question.\n\nRESOLVED:\n1. To adopt the resolution.\n"
        "2. The Moscow City Committee of the CPSU (Cde. Grishin V. V.) and the Moscow\n"
        "Oblast Committee of the CPSU (Cde. Konotop V. I.) are to take measures.\n"
        "3. Control over the measures is entrusted to Cde.\nA. P. Kirilenko.\n"
    ).sessions
    assert [(a.person.id if a.person else a.organisation, a.task) for a in s.assignments] == [
        ("Moscow City Committee of the CPSU", "take measures"),
        ("grishin", "take measures"),
        ("konotop", "take measures"),
        ("kirilenko", "Control over the measures"),
    ]
    assert [t.person.id for t in s.turns] == ["dolgikh"]


def test_a_guest_s_post_wrapped_onto_the_next_line_before_the_next_guest(facts_of):
    [s] = facts_of(
        "PROTOCOL No. 138 of the session of the Secretariat of the CC CPSU of 19 December 1978\n\n"
        "Present: Cdes. A. P. Kirilenko, M. S. Gorbachev.\nInvited: Cde. V. I. Konotop, First Secretary of the Moscow "
        "Oblast Committee of\nthe CPSU; Cde. V. A. Karlov.\n\n1. On vegetables.\n\nCde. Gorbachev — supported the draft.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is Basis.GUEST] == [
        ("konotop", Basis.GUEST),
        ("karlov", Basis.GUEST),
    ]


@pytest.mark.parametrize(
    "present",
    [
        # a group's label broken over the lines, "Cdes." on the next
        "Cdes. L. I. Brezhnev, M. A. Suslov, candidate members of\nthe Politburo Cdes. Yu. V. Andropov, P. N. "
        "Demichev, secretaries of the CC\nCdes. K. V. Rusakov, M. V. Zimyanin.",
        # "Cdes." at the line's end, the names all below; initials at a line's end after "Cdes."
        "Cdes. L. I. Brezhnev, M. A. Suslov, candidate members of the Politburo Cdes.\nYu. V. Andropov, P. N. "
        "Demichev, secretaries of the CC Cdes. K. V.\nRusakov, M. V. Zimyanin.",
    ],
)
def test_a_list_wrapped_inside_a_group_s_label(facts_of, present):
    """A copy hard-wrapped at a fixed width breaks a list inside the label of its next group or after it: the
    names below are that group's, none of them dropped."""
    [s] = facts_of(
        f"Session of the CC CPSU Politburo, 12 March 1981\n\nPresent: {present}\n\nBrezhnev: We must help.\n"
    ).sessions
    assert [a.person.id for a in s.attendance] == ["brezhnev", "suslov", "andropov", "demichev", "rusakov", "zimyanin"]


def test_a_list_that_cannot_be_read_over_its_wrapped_label_keeps_its_first_line(facts_of):
    """Where the line below a broken label holds what the list cannot be read as ("and the minister of the
    interior, Comrade J. Pavel, and the chairman of the"), the names of the first line stay the list."""
    [s] = facts_of(
        "Minutes of the Meeting of the Presidium of the CC CPCz, 22 July 1968\n\nPresent: Comrades A. Dubček, O. "
        "Černík, F. Kriegel, D. Kolder, secretaries of the\nCC Comrades Č. Císař, Z. Mlynář, and the minister of the "
        "interior, Comrade J. Pavel, and the chairman of the\nNational Assembly Comrade Smrkovský.\n"
        "The meeting was chaired by Comrade A. Dubček.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.LISTED][:4] == [
        "dubcek",
        "cernik",
        "kriegel",
        "kolder",
    ]


def test_a_post_at_a_list_s_line_end_does_not_join_the_sentence_below(facts_of):
    """A guest's post at the end of his line ("..., minister of the interior") is no label broken off: the chair
    named in the sentence below stays the chair."""
    [s] = facts_of(
        "RECORD\nof the meeting of the Presidium of the CC KSČ, held on 9 July 1968\n\nPresent: Cdes. O. Černík, "
        "D. Kolder\nInvited: Cde. M. Dzúr, minister of national defense; Cde. J. Pavel, minister of the interior\n"
        "The meeting was chaired by Cde. A. Dubček.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("cernik", Basis.LISTED),
        ("kolder", Basis.LISTED),
        ("dzur", Basis.GUEST),
        ("pavel-josef", Basis.GUEST),
        ("dubcek", Basis.CHAIR),
    ]


def test_a_wrapped_post_that_goes_on_into_a_clause_ends_the_list(facts_of):
    [s] = facts_of(
        "PROTOCOL No. 138 of the session of the Secretariat of the CC CPSU of 19 December 1978\n\n"
        "Present: Cdes. A. P. Kirilenko, M. S. Gorbachev.\nAlso present: Cde. V. A. Karlov, head of the Agricultural "
        "Department of\nthe CC, who had prepared the note together with Cde. Suslov.\n\n1. On vegetables.\n\n"
        "Cde. Gorbachev — supported the draft.\n"
    ).sessions
    assert "suslov" not in {a.person.id for a in s.attendance}


def test_a_point_that_ends_without_a_stop_before_the_next_sentence(facts_of):
    [s] = facts_of(
        "PROTOCOL No. 137 of the session of the Secretariat of the CC CPSU of 12 December 1978\n"
        "Present: Cdes. M. S. Gorbachev, V. I. Dolgikh.\n\n1. On propaganda.\n\nRESOLVED:\n"
        "1. To approve the plan of measures of the Department of Propaganda\n"
        "The Department of Propaganda (Cde. Suslov) is to report by 1 May.\n"
    ).sessions
    assert [a.person.id for a in s.assignments if a.person] == ["suslov"]


def test_a_unit_s_power_is_no_note_s_marker(facts_of):
    """ "40 million m³" is cubic metres, not note 3: the note goes to the session whose text carries its marker."""
    first, second = facts_of(
        "No. 31\nSession of 4 April 1955\n\nPresent: Khrushchev, Bulganin.\n\nI. On timber\n\n"
        "Khr[ushchev]—The railways carried 40 million m³ of timber.\n\nNo. 32\nSession of 7 April 1955\n\n"
        "Present: Khrushchev, Bulganin.\n\nI. On coal³\n\nBulg[anin]—For the plan.\n\nNotes\n"
        "1 A note.\n2 Another note.\n3 The formal protocol indicates that Furtseva also took part.\n"
    ).sessions
    assert "furtseva" not in {a.person.id for a in first.attendance}
    assert ("furtseva", Basis.PROTOCOL) in {(a.person.id, a.basis) for a in second.attendance}


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        # a numbered point in a speech, and what a man said elsewhere
        (
            "Comrade Gomułka: We must be firm.\n2. On the economy. Comrade Ochab said that the deliveries will go on.",
            ["gomulka"],
        ),
        # a deadline in a later sentence does not undo the cut
        (
            "Comrade Gomułka said that we agree. Comrade Ochab stated that it was settled. The report is due by "
            "1 December.",
            ["gomulka", "ochab"],
        ),
        # a name before its initials run into the statement still speaks
        ("GOMUŁKA W. We must be firm.", ["gomulka"]),
        # the chair who opens the discussion speaks
        ("Comrade Gomułka opened the discussion. He stated that the situation was serious.", ["gomulka"]),
        # a decision's point with a comrade's task, not his turn
        ("1. The draft is confirmed. Comrade Ochab informs the fraternal parties.", []),
        # "once again" and "in Russian" are this meeting's
        (
            "Comrade Gomułka stated that the situation was serious. Comrade Ochab stressed once again that we must "
            "wait. Comrade Kliszko answered in Russian that he agreed.",
            ["gomulka", "ochab", "kliszko"],
        ),
    ],
)
def test_what_past_minutes_cut_into_turns_and_what_not(facts_of, text, turns):
    [s] = facts_of(
        "Minutes of the PZPR CC Politburo session, 12 March 1968\nPresent: Comrades Gomułka, Kliszko, Ochab.\n"
        "1. On the students.\n" + text + "\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns


def test_a_flattened_copy_s_item_runs_on_into_turns_told_in_the_past(facts_of):
    """A copy flattened into one paragraph prints an item's short title, and the turns told of it, on one line."""
    [s] = facts_of(
        "Minutes of the PZPR CC Politburo session, 12 March 1968. Comrade Gomułka presiding. Also taking part: "
        "Comrades Z. Kliszko, E. Ochab. 1. On the students. Comrade Ochab said that the situation was serious. "
        "Comrade Kliszko agreed. 2. On the harvest. Comrade Gomułka stated that it was good.\n"
    ).sessions
    assert [(i.number, i.title) for i in s.items] == [("1", "On the students"), ("2", "On the harvest")]
    assert [(t.person.id, t.item) for t in s.turns] == [("ochab", 1), ("kliszko", 1), ("gomulka", 2)]


_PRESIDIUM = "Protocol No. 48 of the Session of the CPSU CC Presidium, 4 November 1956\n"
_SED = "Protocol No. 37/87 of the Session of the Politburo on Tuesday, 15 September 1987\n"
_HSWP = "MINUTES of the meeting of the Political Committee held on 23 July 1968\n"


@pytest.mark.parametrize(
    ("text", "turns", "items"),
    [
        # an agenda's items printed again with who spoke on them in brackets
        (
            _PRESIDIUM + "Present: Cdes. Khrushchev, Molotov, Zhukov, Shepilov\nAgenda:\n1. On Hungary\n2. On Poland\n"
            "\n1. On Hungary (Khrushchev, Zhukov)\n2. On Poland (Molotov, Shepilov)\n",
            [("khrushchev", 1), ("zhukov", 1), ("molotov", 2), ("shepilov", 2)],
            ["1", "2"],
        ),
        # "Agenda:" over items discussed in place: no agenda is taken up, each turn is on its item
        (
            _PRESIDIUM + "Present: Cdes. Khrushchev, Gromyko, Voronov, Mikoyan\nAgenda:\n"
            "1. On the reply to U Thant (Khrushchev, Gromyko)\n2. On the grain procurement (Voronov)\n3. On Cuba\n"
            "Khrushchev: We must not let this go further.\nMikoyan: I agree.\n",
            [("khrushchev", 1), ("gromyko", 1), ("voronov", 2), ("khrushchev", 3), ("mikoyan", 3)],
            ["1", "2", "3"],
        ),
        # titles that open with a decision's verb, with who spoke on them
        (
            _PRESIDIUM + "Present: Cdes. Khrushchev, Molotov, Shepilov, Malenkov\n1. On Hungary (Khrushchev)\n"
            "2. Recall of the Soviet Ambassador to Hungary (Molotov, Shepilov)\n3. On the harvest (Malenkov)\n",
            [("khrushchev", 1), ("molotov", 2), ("shepilov", 2), ("malenkov", 3)],
            ["1", "2", "3"],
        ),
        # a decision's point wrapped onto a line that opens with a bracket is no item
        (
            "EXTRACT FROM PROTOCOL No. 149 OF THE SESSION OF THE CPSU CC POLITBURO, 12 April 1979\n"
            "Present: Cdes. Gromyko, Kosygin, Ustinov.\n1. Heard: On Afghanistan.\n(Cdes. Gromyko, Ustinov)\n"
            "Resolved:\n1. To approve the memorandum.\n2. The USSR Ministry of Defense\n"
            "(Cde. Ustinov) is to send specialists.\n2. Heard: On helicopters.\n(Cdes. Kosygin, Ustinov)\n",
            [("gromyko", 1), ("ustinov", 1), ("kosygin", 2), ("ustinov", 2)],
            ["1", "2"],
        ),
        # a speaker's own points, numbered in small letters, and "Ad 1)"
        (
            _HSWP + "Present: Comrades János Kádár, Jenő Fock, Rezső Nyers\nAgenda:\n1. Report on Warsaw\n"
            "2. The economic reform\n\nAd 1)\nComrade Kádár: I propose the following:\n1. that we write;\n"
            "2. that the letter be published.\nComrade Fock: I agree.\nAd 2)\nComrade Nyers: The reform needs calm.\n",
            [("kadar", 1), ("fock", 1), ("nyers", 2)],
            ["1", "2"],
        ),
        # other ways of taking an item up again
        (
            _SED + "Present: Cdes. Stoph, Schabowski\nAgenda:\n1. Report on the visit\n2. Draft decision\n"
            "Zu 1.:\nCde. Stoph: The visit raised our standing.\nTo Item 2.\nCde. Schabowski: A working group.\n",
            [("stoph", 1), ("schabowski", 2)],
            ["1", "2"],
        ),
        (
            _SED + "Present: Cdes. Stoph, Schabowski\nAgenda:\n1. Report on the visit\n2. Draft decision\n"
            "I. Report on the visit\nCde. Stoph: The visit raised our standing.\n"
            "Re point 2 of the agenda:\nCde. Schabowski: A working group.\n",
            [("stoph", 1), ("schabowski", 2)],
            ["1", "2"],
        ),
        # only a verb of speaking cuts a record's line: a task or what a report says is the turn's
        (
            _SED + "Present: Cdes. Honecker, Jarowinsky, Krenz, Herrmann, Axen\n"
            "Cde. Jarowinsky explains the draft. Cde. Herrmann informs the press about the decision.\n"
            "Cde. Honecker reports on his visit. Cde. Honecker answers him. Cde. Axen supplements the report.\n",
            [("jarowinsky", None), ("honecker", None), ("axen", None)],
            [],
        ),
    ],
)
def test_what_agendas_decisions_and_records_told_in_the_third_person_leave_alone(facts_of, text, turns, items):
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.item) for t in s.turns] == turns
    assert [i.number for i in s.items] == items


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a wrapped list whose last line holds one name, printed as the list prints its names
        (
            _POLITBURO + "Present:\nL. I. Brezhnev, Yu. V. Andropov\nD. F. Ustinov, K. U. Chernenko\nM. A. Suslov\n"
            "Agenda:\n1. On Poland\nBREZHNEV. Comrades.\n",
            [("brezhnev", "listed"), ("andropov", "listed"), ("ustinov", "listed"), ("chernenko", "listed")]
            + [("suslov", "listed")],
        ),
        # groups of guests for each item under "Invited:"; and before anyone speaks, with no "Invited:"
        (
            _SED
            + "Participants:\nMembers of the Politburo: Cdes. Axen, Krenz\nInvited:\nFor item 1:\nCde. O. Fischer\n"
            "For item 2:\nCde. G. Schürer\nRe 1.:\nCde. Krenz reports on the visit.\n",
            [("axen", "listed"), ("krenz", "listed"), ("fischer-oskar", "guest"), ("schurer", "guest")],
        ),
        # guests for an item, where it comes up after others were discussed
        (
            _HSWP + "Present: Comrades János Kádár, Jenő Fock\n1. Report on Warsaw\nComrade Kádár: A letter.\n"
            "2. The economic reform\nAlso present for item 2:\nComrade Lajos Fehér\nComrade Mátyás Tímár\n"
            "Comrade Fock: The reform needs calm.\n",
            [("kadar", "listed"), ("fock", "listed"), ("feher", "guest"), ("timar", "guest")],
        ),
        # a plural post after the names it belongs to
        (
            _HSWP + "Present: Comrades János Kádár, Jenő Fock\n"
            "Also present: Comrades György Aczél and Árpád Pullai, secretaries of the CC\nComrade Fock: Yes.\n",
            [("kadar", "listed"), ("fock", "listed"), ("aczel", "listed"), ("pullai", "listed")],
        ),
        # posts after a dash, an adjective before the office
        (
            _POLITBURO + "Present:\nL. I. Brezhnev — General Secretary\nA. A. Gromyko — Foreign Minister\n"
            "D. F. Ustinov — Defense Minister\n\nBREZHNEV. Comrades.\n",
            [("brezhnev", "listed"), ("gromyko", "listed"), ("ustinov", "listed")],
        ),
    ],
)
def test_what_lists_printed_a_line_at_a_time_leave_alone(facts_of, text, present):
    [s] = facts_of(text).sessions
    assert [(a.person.id, str(a.basis)) for a in s.attendance if a.basis is not Basis.INFERRED] == present
    assert not [a for a in s.attendance if a.basis is Basis.INFERRED]


def test_a_memorandum_printed_after_a_session_does_not_take_its_file(facts_of):
    text = (
        "WORKING RECORD OF THE SESSION OF THE CPSU CC POLITBURO\n10 May 1979\n"
        "Cde. L. I. BREZHNEV presiding.\nAlso taking part: Cdes. Yu. V. Andropov, A. N. Kosygin.\n"
        "BREZHNEV. Comrades, we have a new message from Taraki.\nKOSYGIN. More arms, but not troops.\n"
        "[Source: RGANI, F. 89, Op. 14, D. 30, Ll. 1-6. Original. Manuscript.]\n"
        "No. 20\nMEMORANDUM OF CDES. GROMYKO AND ANDROPOV\n"
        "We consider it expedient:\n1. To continue to render the DRA help.\n2. To send a group of specialists.\n"
        "[Source: RGANI, F. 89, Op. 14, D. 28, Ll. 1-9. Original. Typescript.]\n"
    )
    [s] = facts_of(text).sessions
    assert [c.unit.label for c in s.citations if c.notes_source] == ["RGANI, F. 89, Op. 14, D. 30, Ll. 1-6"]


def test_a_typed_record_with_patronymics_wrapped_posts_and_an_attachment_cited_ibid(facts_of):
    """A typed working record introduces each speaker by first name, patronymic and surname in capitals;
    its invited guests' posts wrap onto lines of their own; a wrapped name's initials are no item; and the
    attachment's folios are cited "ibid."."""
    text = (
        "[Typescript. The original is in TsKhSD, f. 89, op. 14, d. 21, ll. 1-8, attachment ibid., ll. 9-10.]\n"
        "SESSION OF THE POLITBURO OF THE CC CPSU\n28 July 1977\n"
        "Chaired by Cde. L. I. BREZHNEV, General Secretary of the CC CPSU\n"
        "PRESENT:\nMembers of the Politburo of the CC CPSU: Cdes. Yu. V. Andropov, A. A. Gromyko\n"
        "INVITED (for item 1):\n"
        "   Cde. N. V. Ogarkov — Chief of the General Staff of the Armed Forces of the USSR, First Deputy\n"
        "      Minister of Defense of the USSR\n"
        "   Cde. G. M. Kornienko — First Deputy Minister of Foreign Affairs of the USSR\n"
        "\n1. On the situation in the Horn of Africa\n"
        "Leonid Il'ich BREZHNEV. Comrades, the situation has become sharply worse.\n"
        "Andrei Andreevich GROMYKO. Our attempts at mediation have produced nothing.\n"
        "4. Instruct the USSR Ministry of Finance (Cde. Garbuzov\n   V. F.) to submit calculations.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is Basis.GUEST] == [
        ("ogarkov", Basis.GUEST),
        ("kornienko", Basis.GUEST),
    ]
    assert [(t.person.id, t.name) for t in s.turns] == [("brezhnev", "BREZHNEV"), ("gromyko", "GROMYKO")]
    assert [i.number for i in s.items] == ["1"]  # "4. Instruct ..." is a decision's point, "V. F.)" no item
    assert [c.unit.label for c in s.citations] == [
        "TsKhSD, F. 89, Op. 14, D. 21, Ll. 1-8",
        "TsKhSD, F. 89, Op. 14, D. 21, Ll. 9-10",
    ]


def test_a_page_s_foot_note_goes_on_inside_its_brackets(facts_of):
    text = (
        "Working Notes from the Session of the CPSU CC Presidium on 9 June 1955\n"
        "Present: Bulganin, Khrushchev, Molotov, Zhukov¹\n"
        "Khrushchev — The trip was right.\n"
        "¹ Zhukov is not named among those present in the protocol of the session (RGANI. F. 3. Op. 10.\n"
        "D. 141. L. 1). Zhukov was then Minister of Defense.\n"
        "Molotov — I do not withdraw what I said.\n"
    )
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("khrushchev", "The trip was right."),
        ("molotov", "I do not withdraw what I said."),
    ]
    assert [(a.person.id, a.source.label) for a in s.attendance if a.basis is Basis.OMITTED] == [
        ("zhukov", "RGANI, F. 3, Op. 10, D. 141, L. 1")
    ]


@pytest.mark.parametrize(
    ("text", "present", "turns"),
    [
        # a name and patronymic that end a wrapped sentence, or a German given name after "Comrade", speak not
        (
            "Session of the CC CPSU Politburo, 14 March 1974\nPresent: Cdes. Brezhnev, Gromyko, Kosygin\n"
            "BREZHNEV. I think the line was set out correctly by\nAndrei Andreevich Gromyko. We should hold to it.\n"
            "KOSYGIN. I agree. I spoke frankly with\nComrade Erich Honecker. He listened.\n",
            [("brezhnev", "listed"), ("gromyko", "listed"), ("kosygin", "listed")],
            ["brezhnev", "kosygin"],
        ),
        # a list by first names and patronymics, with posts: each one listed, no post anyone's speech
        (
            "SESSION OF THE POLITBURO OF THE CC CPSU\n28 July 1977\nPRESENT:\n"
            "Leonid Il'ich Brezhnev — General Secretary of the CC CPSU\n"
            "Andrei Andreevich Gromyko — Minister of Foreign Affairs of the USSR\n\n"
            "Leonid Il'ich BREZHNEV. Comrades, the situation is worse.\n",
            [("brezhnev", "listed"), ("gromyko", "listed")],
            ["brezhnev"],
        ),
        # a foot note's open bracket does not take the next speaker's line
        (
            "Working Notes from the Session of the CPSU CC Presidium on 9 June 1955\n"
            "Present: Khrushchev, Molotov, Mikoyan, Zhukov¹\nKhrushchev — The trip was right.\n"
            "¹ Zhukov is not named in the protocol of the session (RGANI. F. 3. Op. 10.\n"
            "Molotov — I do not withdraw what I said.\nMikoyan — Molotov is wrong.\n",
            [("khrushchev", "listed"), ("molotov", "listed"), ("mikoyan", "listed"), ("zhukov", "listed")],
            ["khrushchev", "molotov", "mikoyan"],
        ),
        # one man's post is singular: "Members of the Politburo have ..." after his dash is what he said
        (
            "MINUTES\nof the meeting of the Politburo of the CC BCP held on 12 March 1980\nPresent:\n"
            "T. Zhivkov — First Secretary of the CC BCP\nG. Filipov — Chairman of the Council of Ministers\n"
            "T. Zhivkov — Members of the Politburo have the draft before them.\nG. Filipov — I agree.\n",
            [("zhivkov", "listed"), ("filipov", "listed")],
            ["zhivkov", "filipov"],
        ),
    ],
)
def test_what_patronymics_posts_and_foot_notes_leave_alone(facts_of, text, present, turns):
    [s] = facts_of(text).sessions
    assert [(a.person.id, str(a.basis)) for a in s.attendance if a.basis is not Basis.OMITTED] == present
    assert [t.person.id for t in s.turns] == turns


def test_a_protocol_naming_someone_the_notes_lack_only_as_absent_is_no_word_of_his_presence(facts_of):
    text = (
        "Working Notes from the Session of the CPSU CC Presidium on 20 November 1958\n"
        "Present: Khrushchev, Aristov, Suslov(1)\nKhrushchev: The note must be firm.\n"
        "Translator's Notes\n"
        "(1) The formal protocol (RGANI, F. 3, Op. 14, D. 251, L. 1) names Kuusinen, who does not appear in "
        "Malin's list, as absent owing to illness.\n"
    )
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.PROTOCOL] == []


def test_a_protocol_s_own_note_and_its_chair_who_presides_over_the_meeting(facts_of):
    """A protocol's translation says who presides in a line of its own, and its note that "the protocol does
    not list" him, citing no other file, speaks of the document itself: no second source, no conflict. A
    speech's sentence that someone presided over a meeting names no chair."""
    text = (
        "Protocol No. 6 of the Politburo meeting held on 15 September 1981\n"
        "Cde. Stanisław Kania presides over the meeting.\n"
        "Participants: Politburo members: Cdes. K. Barcikowski, W. Jaruzelski(1)\n"
        "Cde. W. Jaruzelski: Cde. Barcikowski presided over the meeting of the voivodes.\n"
        "Cde. S. Kania: We adopt the statement.\n"
        "(1) As was customary, the protocol does not list Kania among the participants.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, str(a.basis)) for a in s.attendance if a.basis is not Basis.INFERRED] == [
        ("kania", "chair"),
        ("barcikowski", "listed"),
        ("jaruzelski", "listed"),
    ]


@pytest.mark.parametrize(
    ("note", "omitted"),
    [
        ("(1) Malin's draft notes of this session (RGANI, F. 3, Op. 8, D. 12, L. 28) do not list Mikoyan.", "mikoyan"),
        (
            "(1) The working notes of this meeting (RGANI, F. 3, Op. 8, D. 12, L. 28) record that Kozlov left early. "
            "They do not list Mikoyan among those present.",
            "mikoyan",
        ),
        (
            "(1) The secretary's notes (RGANI, F. 3, Op. 8, D. 12, L. 28) record Cde. Mikoyan as absent; the "
            "protocol lists him among those present.",
            "mikoyan",
        ),
        # a note on the protocol's own pages says nothing of another source
        (
            "(1) The original protocol is typed on six sheets.\n(2) Malin's draft notes of this session (RGANI, F. 3, "
            "Op. 8, D. 12, L. 28) do not list Mikoyan.",
            "mikoyan",
        ),
        # the notes' names on their word would be claimed on the protocol's basis: not read
        ("(1) Malin's draft notes of this session (RGANI, F. 3, Op. 8, D. 12, L. 28) also list Suslov.", None),
        # the notes of another session
        ("(1) Malin's notes of the previous session (RGANI, F. 3, Op. 8, D. 12, L. 28) do not list Mikoyan.", None),
        # the protocol itself, or a memoir
        ("(1) The protocol does not mention Suslov.", None),
        ("(1) In his memoirs (Moscow, 1999), Mikoyan's aide does not list Kozlov.", None),
    ],
)
def test_a_protocol_s_note_on_its_session_s_notes_sets_them_against_it(facts_of, note, omitted):
    """Where the record is the formal protocol, the notes of its session are the other source: what they leave
    out stands against the protocol's list, on the notes' file."""
    text = (
        "Protocol No. 143 of the CPSU CC Presidium, 3 March 1958\nPresent: Khrushchev, Kozlov, Mikoyan(1)\nNotes\n"
        + note
    )
    [s] = facts_of(text).sessions
    claims = [(a.person.id, a.source.label if a.source else None) for a in s.attendance if not a.basis.present]
    assert claims == ([(omitted, "RGANI, F. 3, Op. 8, D. 12, L. 28")] if omitted else [])
    assert [a.person.id for a in s.attendance if a.basis is Basis.PROTOCOL] == []


def test_working_notes_headed_by_their_protocol_s_number_still_have_it_as_another_source(facts_of):
    text = (
        "Protocol No. 143 of the CPSU CC Presidium, 3 March 1958 (Malin's working notes)\n"
        "Present: Khrushchev, Kozlov, Mikoyan(1)\n"
        "Khrushchev: Approve.\n"
        "Notes\n"
        "(1) The protocol does not mention Mikoyan.\n"
    )
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.OMITTED] == ["mikoyan"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a meeting elsewhere told of: its chair is not this session's
        (
            "Protocol No. 12 of the Politburo meeting held on 5 December 1980\n"
            "Present: Cdes. S. Kania, W. Jaruzelski\n1. Information on the meeting in Moscow.\n"
            "Cde. Kania reported on the course of the meeting.\nCde. Brezhnev presided over the meeting.\n",
            [],
        ),
        # an extract's note on the full protocol, and "Minutes" that are notes, with "the formal protocol"
        (
            "Extract from Protocol No. 64 of the Session of the CPSU CC Presidium, 13 December 1956\n"
            "Present: Cdes. Khrushchev, Bulganin(1)\nKhrushchev: Approve.\nNotes\n"
            "(1) The full protocol of this session lists Suslov among those present, and names Konev as invited.\n",
            [("suslov", "protocol"), ("konev", "protocol")],
        ),
        (
            "Minutes of the Session of the CPSU CC Presidium, 13 December 1956\n"
            "Present: Bulganin, Khrushchev, Shepilov(1)\nKhrushchev—the strike has been broken.\nNotes\n"
            "(1) The formal protocol of this session adds Kirichenko to those listed here. It does not mention "
            "Shepilov.\n",
            [("kirichenko", "protocol"), ("shepilov", "omitted")],
        ),
        # "never names X, ..., as invited" is no word of his presence
        (
            "Working Notes from the Session of the CPSU CC Presidium on 13 December 1956\n"
            "Present: Bulganin, Khrushchev(1)\nKhrushchev—agreed.\nNotes\n"
            "(1) The formal protocol (RGANI, F. 3, Op. 12, D. 1005, L. 5) never names Kirichenko, the first "
            "secretary of the Ukrainian CC, as invited.\n",
            [],
        ),
    ],
)
def test_what_a_chair_s_present_tense_and_a_protocol_s_own_notes_leave_alone(facts_of, text, claims):
    [s] = facts_of(text).sessions
    kinds = (Basis.CHAIR, Basis.PROTOCOL, Basis.OMITTED)
    assert [(a.person.id, str(a.basis)) for a in s.attendance if a.basis in kinds] == claims


def test_an_editors_note_above_the_document_is_the_headers_not_the_start_of_the_notes(facts_of):
    """A reader's "Editor's note: ..." paragraph over a protocol: the protocol below it is the body, its
    chair "Presided:", and the list of those its extracts went to names no speaker."""
    text = (
        "Document 7\n\n"
        "Protocol No. 29 of the Session of the CPSU CC Politburo, 4 November 1971 (Excerpt)\n\n"
        "Editor's note: The formal protocols record who attended and the decisions taken;\n"
        "they do not record the discussion. Translation by the editors.\n\n"
        "PROTOCOL No. 29\nof the session of the Politburo of the CC CPSU\nof 4 November 1971\n\n"
        "Presided: Cde. L. I. Brezhnev.\n\n"
        "Present: Cdes. A. N. Kosygin, M. A. Suslov, A. A. Gromyko.\n\n"
        "1. On the results of the visit to France.\n\n(Cdes. Kosygin, Suslov)\n\n"
        "Approve the activity of the delegation.\n\n"
        "Extracts sent to: Cdes. Gromyko, Kirillin - item 1;\nKeldysh - item 3; Katushev - item 4.\n"
    )
    facts = facts_of(text)
    [s] = facts.sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("brezhnev", Basis.CHAIR),
        ("kosygin", Basis.LISTED),
        ("suslov", Basis.LISTED),
        ("gromyko", Basis.LISTED),
    ]
    assert [t.person.id for t in s.turns] == ["kosygin", "suslov"]


def test_a_collection_prints_each_documents_notes_under_it(facts_of):
    """A book's appendix: two protocols, each with its list of those present (the same people both times,
    no copy of the first), its own notes numbered from 1 and its own archive file; an item's title wraps
    onto the next line, where those who spoke on it close it in brackets."""
    session = (
        "PROTOCOL No. {n}\n\nSession of {day} September 1959\n\n"
        "Present: Cdes. Khrushchev, Aristov, Brezhnev, Voroshilov, Ignatov,\n"
        "Kirichenko, Kozlov, Kuusinen, Mikoyan, Mukhitdinov, Suslov.{mark}\n\n"
        "I. On the control figures of the plan for 1960 (Kosygin,\nKozlov, Mikoyan)\n\n"
        "Take as a basis.1\n\n"
        "RGANI, F. 3, Op. 14, D. {delo}, Ll. 1-6. Original. Manuscript.\n\n"
        "Notes\n\n1 See the draft in TsKhSD, F. 5, Op. 49, D. {draft}, Ll. 81-84.\n\n"
    )
    text = (
        "No. 1\n\n"
        + session.format(n=247, day=8, mark="", delo=332, draft=235)
        + "No. 2\n\n"
        + session.format(n=249, day=29, mark="1", delo=334, draft=236)
    )
    first, second = facts_of(text).sessions
    for s, delo, draft in ((first, "332", "235"), (second, "334", "236")):
        assert sum(a.basis == Basis.LISTED for a in s.attendance) == 11
        assert [t.person.id for t in s.turns] == ["kosygin", "kozlov-frol", "mikoyan"]
        assert [c.unit.delo for c in s.citations] == [delo, draft]


def test_a_wrapped_source_line_and_a_list_whose_groups_run_on_after_semicolons(facts_of):
    """The header's "Source: ..." names the record's own file over two lines; the list of those present goes
    on from one group to the next after a semicolon; a note's "does not mention Marshal X" is the protocol's
    silence about X."""
    text = (
        "Working Record of the Session of the CC CPSU Politburo, 22 May 1989\n\n"
        "Source: Volkogonov Collection, Reel 17. Original in APRF, F. 3, Op. 120, D. 78,\n"
        "Ll. 112-126. Translated for this collection.\n\n"
        "SESSION OF THE POLITBURO OF THE CC CPSU\n\n22 May 1989\n\n"
        "Present:\nMembers of the Politburo of the CC CPSU Cdes. V. I. Vorotnikov,\nL. N. Zaikov;\n"
        "candidate members of the Politburo of the CC CPSU Cdes. A. P. Biryukova,\nD. T. Yazov;\n"
        "secretaries of the CC CPSU Cdes. O. D. Baklanov.\n\n"
        "Vorotnikov: The situation in Beijing is serious.[1]\n\n"
        "[1] The formal protocol of the session gives the same list, except that it does not mention Marshal\n"
        "D. T. Yazov, the minister of defence.\n"
    )
    [s] = facts_of(text).sessions
    listed = [a.person.id for a in s.attendance if a.basis == Basis.LISTED]
    assert listed == ["vorotnikov", "zaikov", "biryukova", "yazov", "baklanov"]
    [own] = [c for c in s.citations if c.notes_source]
    assert (own.unit.archive, own.unit.delo) == ("APRF", "78")
    assert [a.person.id for a in s.attendance if a.basis == Basis.OMITTED] == ["yazov"]


def test_a_blank_line_ends_the_line_before_a_speaker_in_capitals(facts_of):
    """An item's title wrapped over two lines ends with a name and no full stop; the speaker below it, after
    a blank line, still speaks ("BREZHNEV. As you know ...")."""
    text = (
        "SESSION OF THE CPSU CC POLITBURO\n\n4 March 1982\n\n"
        "Present: Cdes. L. I. Brezhnev, Yu. V. Andropov\n\n"
        "1. On the Results of the Talks with the First Secretary of the PZPR CC\n"
        "and Chairman of the PPR Council of Ministers, Cde. W. Jaruzelski\n\n"
        "BREZHNEV. As you know, Cde. Jaruzelski was here.\n\nANDROPOV. I support.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["brezhnev", "andropov"]


def test_what_the_fifteenth_rounds_rules_leave_alone(facts_of):
    """A source line ending in a comma does not take the list below it; those absent after a semicolon are not
    present; a decision under an item's title is no part of it, and the next item after a list of extracts
    sent is an item."""
    text = (
        "Session of the Presidium of the CC CPSU, 2 April 1963\nSource: RGANI, F. 3, Op. 16, D. 947,\n"
        "Present: Khrushchev, Brezhnev, Kozlov, Kosygin;\nabsent: Mikoyan (on leave), Suslov (ill).\n"
        "I. On the Berlin question\nApprove the proposals of the MFA (Gromyko, Malinovsky).\n"
        "Extracts sent to: Cdes. Gromyko, Malinovsky - item 1;\nII. On Cuba (Kosygin)\n"
    )
    [s] = facts_of(text).sessions
    assert [a.person.id for a in s.attendance if a.basis.present] == [
        "khrushchev",
        "brezhnev",
        "kozlov-frol",
        "kosygin",
    ]
    assert [a.person.id for a in s.attendance if a.basis is Basis.ABSENT] == ["mikoyan", "suslov"]
    assert [i.title for i in s.items] == ["On the Berlin question", "On Cuba"]
    assert [(t.person.id, t.item) for t in s.turns] == [("kosygin", 2)]


def test_a_number_alone_inside_a_note_does_not_end_the_notes(facts_of):
    """ "No. 2" on a line of its own in an end note, with no document's heading under it, is the note's text."""
    text = (
        "Session of the Presidium of the CC CPSU, 4 May 1964\n\n"
        "Present: Khrushchev, Kosygin.\n\nKhrushchev: I will go to Aswan.[1]\n\nKosygin: We support it.\n\n"
        "Notes\n\n[1] See the protocols of the Presidium, listed as\n\nNo. 2\n\n"
        "in the archival inventory (RGANI, F. 3, Op. 18, D. 5).\n"
    )
    [s] = facts_of(text).sessions
    assert [t.text.strip() for t in s.turns][-1] == "We support it."


def test_the_sixteenth_rounds_lists_decisions_and_page_furniture(facts_of):
    """Under "Present:" group labels with no colon ("Members of the Politburo of the CC CPSU") over names printed
    surname first; "For item I: Cde. X" under a list is a guest; "1. Fully approve ..." under an item is a
    decision's point, not an item; a briefing book's "Posted - December 6, 2018" is no one speaking."""
    text = (
        "Posted - December 6, 2018\n\n"
        "SESSION OF THE POLITBURO OF THE CC CPSU\n16 February 1989\nChaired by Cde. GORBACHEV M. S.\nPresent:\n"
        "Members of the Politburo of the CC CPSU\nVorotnikov V. I.\nZaikov L. N.\n"
        "Candidate members of the Politburo of the CC CPSU\nYazov D. T.\n"
        "For item I: Cde. V. V. Kuznetsov (USSR MFA).\n\n"
        "I. On the situation in Afghanistan.\n(Cdes. Gorbachev, Yazov)\n\n"
        "1. Fully approve the measures taken.\n2. Instruct Cde. Yazov to report in two weeks.\n\n"
        "II. On the elections.\n(Cde. Vorotnikov)\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("gorbachev", Basis.CHAIR),
        ("vorotnikov", Basis.LISTED),
        ("zaikov", Basis.LISTED),
        ("yazov", Basis.LISTED),
        ("kuznetsov-vasily", Basis.GUEST),
    ]
    assert [i.number for i in s.items] == ["I", "II"]
    assert [(t.person.id, t.item) for t in s.turns] == [("gorbachev", 1), ("yazov", 1), ("vorotnikov", 2)]


def test_one_the_protocol_invited_who_did_not_come_was_not_present(facts_of):
    note = (
        "The protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) names the same persons and also, among the invited, "
        "N. G. Ignatov, who did not come."
    )
    assert _on_other_source(facts_of, note) == {"protocol": set(), "omitted": set()}
    assert _on_other_source(facts_of, note.replace(", who did not come", "")) == {
        "protocol": {"ignatov"},
        "omitted": set(),
    }


def test_a_note_that_says_the_working_record_does_not_list_someone_the_protocol_lists(facts_of):
    """ "The formal protocol ... lists, in addition to those named by Malin, A. I. Kirichenko "for item I."
    Kirichenko is not listed in the working notes.": present on the protocol's word, and omitted by the notes
    themselves, on the notes' file: the sources disagree. Without that second sentence the notes say nothing."""
    head = (
        "Working Notes from the Session of the CPSU CC Presidium on 10 November 1955\n\n"
        "Source: RGANI, F. 3, Op. 8, D. 389, Ll. 112-115.\n\nPresent: Khrushchev, Bulganin.(1)\n\nKhr.—We agree.\n\n"
        "Notes\n\n(1) The formal protocol of the session (in RGANI, F. 3, Op. 8, D. 296, Ll. 1-3) lists, in "
        'addition to those named by Malin, A. I. Kirichenko "for item I."'
    )
    [s] = facts_of(head + " Kirichenko is not listed in the working notes.\n").sessions
    claims = [(a.person.id, a.basis, a.source.delo) for a in s.attendance if a.person.id == "kirichenko"]
    assert claims == [("kirichenko", Basis.PROTOCOL, "296"), ("kirichenko", Basis.OMITTED, "389")]
    [s] = facts_of(head + "\n").sessions
    assert [a.basis for a in s.attendance if a.person.id == "kirichenko"] == [Basis.PROTOCOL]
    # (not where the notes may name him otherwise: "by name", "only as")
    for hedged in (
        " Malin's notes do not mention Kirichenko by name.",
        " Malin's notes do not mention Kirichenko; he appears there only as 'Kir.'.",
    ):
        [s] = facts_of(head + hedged + "\n").sessions
        assert [a.basis for a in s.attendance if a.person.id == "kirichenko"] == [Basis.PROTOCOL]
    # round 51: the notes' own silence told in the active ("Malin's notes do not mention X"), after a protocol that
    # gives "the same list of participants as Malin, with one addition"
    [s] = facts_of(
        head.split("(1) ")[0] + "(1) The formal protocol of the session (in RGANI, F. 3, Op. 8, D. 296, Ll. 1-3) gives "
        "the same list of participants as Malin, with one addition: it names A. I. Kirichenko, then a candidate member."
        " Malin's notes do not mention Kirichenko at all.\n"
    ).sessions
    claims = [(a.person.id, a.basis, a.source.delo) for a in s.attendance if a.person.id == "kirichenko"]
    assert claims == [("kirichenko", Basis.PROTOCOL, "296"), ("kirichenko", Basis.OMITTED, "389")]
    # round 61: the notes compared with the protocol by "those Malin lists", and their silence as "are silent about"
    [s] = facts_of(
        head.split("(1) ")[0] + "(1) The formal protocol of the session (in RGANI, F. 3, Op. 8, D. 296, Ll. 1-3) "
        "names, in addition to those Malin lists, A. I. Kirichenko among those present. Malin's notes are silent "
        "about Kirichenko.\n"
    ).sessions
    claims = [(a.person.id, a.basis, a.source.delo) for a in s.attendance if a.person.id == "kirichenko"]
    assert claims == [("kirichenko", Basis.PROTOCOL, "296"), ("kirichenko", Basis.OMITTED, "389")]


def test_the_fifty_second_rounds_flattened_secretariat_and_interjection(facts_of):
    """Round 52: a flattened protocol's next item by its label after a decision's last point ("... in the
    press.[3] 2. HEARD: On ..."), a reporter's bracket and then those who spoke ("(Cde. Stepakov) (Cdes. A, B)"),
    the reporter's own words right after "HEARD: ... (Cde. Shauro)" as his one turn, and "Notes [1] ..." run on
    after the last decision; a speaker's name alone on its line with an aside ("PODGORNY (interjecting)")."""
    text = (
        "SESSION OF THE SECRETARIAT OF THE CC CPSU 14 March 1967 Chaired by Cde. M. A. Suslov. Present: Cdes. A. P. "
        "Kirilenko, I. V. Kapitonov, D. F. Ustinov. Also present: Cdes. V. F. Shauro, V. I. Stepakov.[1] 1. HEARD: On "
        "the journal (Cde. Shauro) Shauro The journal goes astray. Kirilenko Agree. DECIDED: 1. Approve. 2. Cde. "
        "Kirilenko is to talk with the editor. 3. Cde. Shauro is to report.[2] 2. HEARD: On the plan (Cde. Stepakov) "
        "(Cdes. Kapitonov, Ustinov) DECIDED: Approve the plan. Notes [1] The formal protocol of the session (RGANI, "
        "F. 4, Op. 18, D. 1016, Ll. 1-2) also lists F. D. Kulakov among those present. [2] He reported in April.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["shauro", "kirilenko", "stepakov", "kapitonov", "ustinov"]
    assert [i.title for i in s.items] == ["HEARD: On the journal", "HEARD: On the plan"]
    assert [a.person.id for a in s.attendance if a.basis is Basis.PROTOCOL] == ["kulakov"]
    [s] = facts_of(
        "Working record of the session of the Politburo of the CC CPSU, 3 April 1975\n\nPresent: Brezhnev L. I., "
        "Podgorny N. V., Andropov Yu. V.\n\nANDROPOV\nI do not agree.\n\nPODGORNY (interjecting)\nAnd who will let "
        "them in?\n\nANDROPOV\nFormally, yes.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("andropov", "I do not agree."),
        ("podgorny", "And who will let them in?"),
        ("andropov", "Formally, yes."),
    ]


def test_the_fifty_third_rounds_word_document_and_protocols(facts_of):
    """Round 53: a word processor's table saved as plain text, its cells between tabs ("Name<TAB>Function"), lists
    those present, given names hyphenated too ("Hans-Joachim Böhme"), two namesakes apart ("Gerhard Müller",
    "Margarete Müller"); a speaker's given name and surname alone on a line; a guest's post after his name ("Comrade
    Erhard Krack, Lord Mayor of Berlin4"); a protocol's "Cde. Voronov Yu. P. The remarks ..." (the last initial's
    stop the name's); "It was decided:" over the points."""
    [s] = facts_of(
        "Working Protocol No. 5/87 of the Session of the Politburo of the CC of the SED, 3 February 1987\n\nPresent:\n"
        "Name\tFunction\nErich Honecker\tGeneral Secretary\nHans-Joachim Böhme\tFirst Secretary, Halle\n"
        "Gerhard Müller\tCandidate of the Politburo\nMargarete Müller\tCandidate of the Politburo\n"
        "Invited for item 2: Comrade Erhard Krack, Lord Mayor of Berlin4\n\nHans-Joachim Böhme\n\tThe plenum sat for "
        "two days.\nErich Honecker\n\tNo mass edition.\nKrack: The Magistrate supports it.\n\nIt was decided:\n\n"
        "1. Cde. Böhme is to inform the district.\n"
    ).sessions
    assert [(a.person.id, a.basis.value) for a in s.attendance] == [
        ("honecker", "listed"),
        ("bohme", "listed"),
        ("muller-gerhard", "listed"),
        ("muller-margarete", "listed"),
        ("krack", "guest"),
    ]
    assert [t.person.id for t in s.turns] == ["bohme", "honecker", "krack"]
    assert [(a.person.id, a.task) for a in s.assignments] == [("bohme", "inform the district")]
    # (the review: a name over his post, a commission's names, a delegation's table, a label under the table)
    [s] = facts_of(
        "Protocol of the Session of the Politburo of the CC of the SED, 3 February 1987\n\nPresent:\nName\tFunction\n"
        "Erich Honecker\tGeneral Secretary\nKurt Hager\tSecretary of the CC\nAbsent:\tComrade Walde (ill)\n\n"
        "Erich Honecker\n\tThe commission:\nKurt Hager\nErich Honecker\n\nErich Honecker\nGeneral Secretary of the CC\n"
    ).sessions
    assert [(a.person.id, a.basis.value) for a in s.attendance] == [
        ("honecker", "listed"),
        ("hager", "listed"),
        ("walde", "absent"),
    ]
    assert [t.person.id for t in s.turns] == ["honecker"]
    [s] = facts_of(
        "Protocol of the Session of the Politburo of the CC of the SED, 3 February 1987\n\nThe Polish delegation will "
        "consist of:\nName\tFunction\nStanisław Kania\tFirst Secretary\n\nHonecker: Good.\n"
    ).sessions
    assert "kania" not in [a.person.id for a in s.attendance]
    [s] = facts_of(
        "PROTOCOL No. 38 of the session of the Secretariat of the CC CPSU, 2 December 1986\n\nPresent: Cdes. Ligachev "
        "E. K., Zimyanin M. V.\nInvited: Cdes. Voronov Yu. P., head of the Culture Department of the CC CPSU.\n\n"
        "Cde. Voronov Yu. P. The remarks were taken into account.\n\nCde. Zimyanin M. V. (from his seat). I ask that my "
        "opinion be recorded.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("voronov", "The remarks were taken into account."),
        ("zimyanin", "I ask that my opinion be recorded."),
    ]


def test_what_the_fifty_second_rounds_rules_leave_alone(facts_of):
    """The second review of round 52's rules: "Notes [1] and [2] of the Polish side" in a speaker's words opens no
    notes; a man's words after a line that says what should be done, or with a clause of his own, are his turn, not
    a charge; the interrupted speaker goes on after a blank line too; an editor's "(Zhukov—see note 3.)" is no turn;
    a line that ends with the page's number under a library's page mark is the text, not a running head; Malin's
    bracketed list keeps its turns beside turns told in the third person."""
    head = "Session of 16 March 1961\n\nPresent: Khrushchev, Molotov, Mikoyan, Bulganin, Zhukov, Suslov.\n\n"
    [s] = facts_of(
        head.replace("\n\n", " ") + "Cde. Khrushchev—the Poles have sent two notes. Notes [1] and [2] of the Polish "
        "side demand an answer. Cde. Molotov—agree. Cde. Mikoyan—for.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "molotov", "mikoyan"]
    [s] = facts_of(
        head + "Cde. Khrushchev proposes that the troops should be withdrawn.\n\nCde. Bulganin—for the withdrawal.\n\n"
        "Cde. Suslov is to receive the ambassador.\n\nCde. Mikoyan—on Gomułka: he is a reliable comrade.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "bulganin", "mikoyan"]
    assert [a.person.id for a in s.assignments] == ["suslov"]
    [s] = facts_of(
        head + "Khrushchev—We cannot send troops.\n\n[Mikoyan: That is clear.]\n\nThat must be made clear to them.\n\n"
        "(Zhukov—see note 3.)\n\nMolotov—Agree.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("khrushchev", "We cannot send troops."),
        ("mikoyan", "That is clear."),
        ("khrushchev", "That must be made clear to them.\n\n(Zhukov—see note 3.)"),
        ("molotov", "Agree."),
    ]
    [s] = facts_of(
        "## p. 101 (#9) ####\n\n" + head + "Khrushchev—Plough the virgin lands.\n\n## p. 102 (#10) ####\n\n"
        "Mikoyan—for. We shall plough 102\nmillion hectares.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "mikoyan"]
    [s] = facts_of(
        head
        + "I. On Berlin (Khr., Mik.)\n\nCde. Khrushchev proposes to sign the treaty.\n\nCde. Mikoyan supports it.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "mikoyan", "khrushchev", "mikoyan"]
    # a record's own numbered point under a blank line on a numbered page is no note, though a marker has its number
    [s] = facts_of(
        "- 1 -\n\nSession of the Politburo of the CC CPSU, 16 April 1981\n\nPresent: Cdes. Brezhnev, Rusakov, Gromyko.\n\n"
        "BREZHNEV. We must help the Polish comrades.[2]\n\n2 Cde. Rusakov is to inform the Polish leadership.\n\n- 2 -\n\n"
        "GROMYKO. Agree.\n"
    ).sessions
    assert [a.person.id for a in s.assignments] == ["rusakov"]


def test_who_took_part_in_the_discussion_and_who_is_charged_under_the_tasks(facts_of):
    """Round 52: "The following took part in the discussion: Cdes. A, B." gives each a turn, unless the record then
    tells each one's turn (the list only announces them); a man's name and dash under the tasks ("Cde. Kuusinen—an
    article in Pravda.") is the record's charge, no turn of his; under a speaker's "it should be lightened" the next
    man's "Cde. Furtseva—the speech should be prepared ..." is her turn."""
    head = "Minutes of the Political Bureau of the CC PZPR, 29 September 1981\n\nPresent: Cdes. S. Kania, Z. Messner, M. Woźniak.\n\n"
    [s] = facts_of(
        head
        + "The following took part in the discussion: Cdes. Z. Messner, M. Woźniak.\n\nThe Political Bureau decided."
    ).sessions
    assert [t.person.id for t in s.turns] == ["messner", "wozniak"]
    [s] = facts_of(
        head + "The following took part in the discussion: Cdes. Z. Messner, M. Woźniak.\n\n"
        "Comrade Messner stated that the supplies are short.\n\nComrade Woźniak supported him.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["messner", "wozniak"]
    assert s.turns[0].text.startswith("stated that")
    head = "Session of 16 March 1961\n\nPresent: Khrushchev, Suslov, Kuusinen, Furtseva, Mukhitdinov.\n\n"
    [s] = facts_of(
        head
        + "Khr.—Keep it going.\n\nCde. Suslov is to receive the ambassador.\n\nCde. Kuusinen—an article in Pravda.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev"]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("suslov", "receive the ambassador"),
        ("kuusinen", "an article in Pravda"),
    ]
    [s] = facts_of(
        head + "Cde. Mukhitdinov—supports. The program should be lightened.\n\n"
        "Cde. Furtseva—the speech at the rally should be prepared in advance.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["mukhitdinov", "furtseva"]
    assert s.assignments == []


def test_the_notes_silence_told_before_the_protocol_that_names_him_in_another_note(facts_of):
    """Round 52: the notes' silence may come first ("Malin does not list A. N. Kosygin among those present. The
    formal protocol ..., however, names Kosygin among the members of the Presidium who took part"), and the
    protocol's file may be given in another note it points to ("cited in Note 1"): the sources disagree, each on
    its own file. "Malin does not list him" is no claim about Malin."""
    head = (
        "Working Notes from the Session of the CPSU CC Presidium on 16 March 1961\n\n"
        "Source: RGANI, F. 3, Op. 14, D. 492, Ll. 51-56ob.\n\nPresent: Khrushchev, Mikoyan.[1]\n\nKhr.—We agree.[2]\n\n"
        "NOTES\n\n[1] The formal protocol of the session (RGANI, F. 3, Op. 14, D. 489, Ll. 1-4) lists Pospelov.\n\n"
    )
    [s] = facts_of(
        head + "[2] Malin does not list A. N. Kosygin among those present, and his name does not appear anywhere in "
        "these notes. The formal protocol cited in Note 1, however, names Kosygin among the members of the Presidium "
        "who took part in the session.\n"
    ).sessions
    claims = [(a.person.id, a.basis, a.source.delo) for a in s.attendance if a.person.id == "kosygin"]
    assert claims == [("kosygin", Basis.OMITTED, "492"), ("kosygin", Basis.PROTOCOL, "489")]
    [s] = facts_of(head + "[2] Malin does not list him, but the notes show that Kosygin spoke.\n").sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.OMITTED] == []


def test_the_notes_silence_told_of_him_whom_the_protocol_named_in_the_sentence_before(facts_of):
    """Round 57: "The protocol (cited in note 1) lists K. E. Voroshilov among those present. Malin does not list him":
    him is the one man the sentence before named, so the sources disagree; not where it named two."""
    head = (
        "Working Notes from the Session of the CPSU CC Presidium on 3 September 1959\n\n"
        "Source: RGANI, F. 3, Op. 12, D. 1014, Ll. 112-118ob.\n\nPresent: Khrushchev, Mikoyan.[1]\n\n"
        "Khr.—We agree.[2]\n\nNOTES\n\n[1] The formal protocol of the session is in RGANI, F. 3, Op. 14, D. 331, "
        "Ll. 1-5.\n\n"
    )
    [s] = facts_of(
        head + "[2] The protocol (cited in note 1) lists K. E. Voroshilov among those present for Point II. Malin does "
        "not list him, and no remark of his is recorded in these notes.\n"
    ).sessions
    claims = {(a.person.id, a.basis, a.source.delo) for a in s.attendance if a.person.id == "voroshilov"}
    assert claims == {("voroshilov", Basis.OMITTED, "1014"), ("voroshilov", Basis.PROTOCOL, "331")}
    [s] = facts_of(
        head + "[2] The protocol (cited in note 1) lists K. E. Voroshilov and F. R. Kozlov among those present. Malin "
        "does not list him.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.OMITTED] == []
    # nor is it the notes' silence where they show him speaking
    [s] = facts_of(
        head.replace("Khr.—We agree.", "Cde. Voroshilov—We agree.")
        + "[2] The protocol lists K. E. Voroshilov among those invited. Malin does not list him, but the notes below "
        "show that he spoke.\n"
    ).sessions
    assert {(a.person.id, a.basis) for a in s.attendance if a.person.id == "voroshilov"} == {
        ("voroshilov", Basis.INFERRED),
        ("voroshilov", Basis.PROTOCOL),
    }


def test_what_the_fifty_second_rounds_other_source_rules_leave_alone(facts_of):
    """A passive silence before the protocol's sentence is no omission on the protocol's word; a note pointed to that
    cites a telegram gives the protocol no file; one who "took part in the voting by telephone" was not present."""
    head = (
        "Working Notes from the Session of the CPSU CC Presidium on 16 March 1961\n\n"
        "Source: RGANI, F. 3, Op. 14, D. 492, Ll. 51-56ob.\n\nPresent: Khrushchev, Mikoyan.[1]\n\nKhr.—We agree.[2]\n\n"
        "NOTES\n\n[1] Mikoyan's telegram is in AVP RF, F. 059a, Op. 4, D. 6, L. 3.\n\n"
    )
    [s] = facts_of(
        head + "[2] Kosygin is not listed among those present. The formal protocol cited in Note 1, however, names "
        "Kosygin among the members of the Presidium who took part in the session.\n"
    ).sessions
    assert [(a.basis, a.source) for a in s.attendance if a.person.id == "kosygin"] == [(Basis.PROTOCOL, None)]
    [s] = facts_of(
        head
        + "[2] The formal protocol names Kosygin among the members of the Presidium who took part in the voting by "
        "telephone.\n"
    ).sessions
    assert [a for a in s.attendance if a.person.id == "kosygin"] == []
    # round 53: the notes named to compare with them, "besides those in Malin's list"
    [s] = facts_of(
        head + "[2] The formal protocol (RGANI, f. 3, op. 14, d. 451, ll. 1-4) names as participants, besides those in "
        "Malin's list, Aristov and Podgorny.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.PROTOCOL] == ["aristov", "podgorny"]


def test_an_introduction_that_says_where_the_copy_used_is_held_names_the_records_own_file(facts_of):
    """A bulletin's introduction: "The copy used here is held at ...: RGANI, Fond 89, ..." is the record's own
    file, the one its list and turns stand on; another file it cites ("see also ...") is not."""
    text = (
        "THE POLITBURO AFTER THE PRAGUE MEETING, JANUARY 1983\n\nIntroduction\n\n"
        "The Politburo reviewed the meeting a week later; see also RGANI, F. 89, Op. 42, D. 50, Ll. 1-16.\n"
        "The copy used here is held at the former TsKhSD: RGANI, Fond 89,\nOpis 42, Delo 52, Listy 1-9.\n\n"
        "SESSION OF THE CC CPSU POLITBURO\n13 January 1983\n\nPresent: Cdes. Andropov, Gromyko.\n\n"
        "ANDROPOV. The meeting in Prague was a success.\n"
    )
    [s] = facts_of(text).sessions
    assert [(c.unit.delo, c.notes_source) for c in s.citations] == [("52", True), ("50", False)]
    assert {a.source.delo for a in s.attendance} == {"52"}


def test_what_the_sixteenth_rounds_rules_leave_alone(facts_of):
    """A title before a name ("Secretary Rusk") is no group label; a speech under a list that begins "Members of
    the commission" is the speaker's; "question I. V. Kapitonov" is a name, not the end of a sentence; the
    working notes "of the previous session" are not these; "Although" is no part of a name."""
    [s] = facts_of(
        "MEMORANDUM OF CONVERSATION\n22 October 1962\n\nParticipants:\nSecretary Rusk\nAmbassador Dobrynin\n\n"
        "Dobrynin: I have been instructed to hand you this letter.\n"
    ).sessions
    assert [a.person.id for a in s.attendance] == ["rusk", "dobrynin"]
    [s] = facts_of(
        "Session of the Presidium of the CC CPSU, 6 April 1965\n\nPresent:\nBrezhnev\nKosygin\nMikoyan\nKosygin\n"
        "Members of the commission agree with the draft in its present form\nMikoyan\nI agree with Kosygin.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kosygin", "mikoyan"]
    head = (
        "Working Notes from the Session of the CPSU CC Presidium on 16 November 1962\n\n"
        "Source: RGANI, F. 3, Op. 8, D. 389, Ll. 112-115.\n\nPresent: Khrushchev, Mikoyan.(1)\n\nKhr.—We agree.\n\n"
        "Notes\n\n(1) The formal protocol of the session (in RGANI, F. 3, Op. 16, D. 947, Ll. 1-3) "
    )
    [s] = facts_of(
        head + "indicates that on this question I. V. Kapitonov and V. V. Grishin were also present.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis == Basis.PROTOCOL] == ["kapitonov", "grishin"]
    [s] = facts_of(head + "lists Suslov. Suslov is not listed in the working notes of the previous session.\n").sessions
    assert [a.basis for a in s.attendance if a.person.id == "suslov"] == [Basis.PROTOCOL]
    [s] = facts_of(head + "lists Suslov. Although Suslov is not listed in the working notes, he spoke.\n").sessions
    assert [(a.basis, a.name) for a in s.attendance if a.person.id == "suslov"] == [
        (Basis.PROTOCOL, "Suslov"),
        (Basis.OMITTED, "Suslov"),
    ]


def test_the_seventeenth_rounds_interjections_and_flattened_turns(facts_of):
    """A speaker's words in brackets on a line of their own amid another's ("[Yu. V. ANDROPOV: ...]") are his
    turn, and the line after the bracket is the interrupted speaker's again; not a remark of the speaker's own
    ("[Gromyko: inaudible]") nor the words of someone the session does not list ("[Carter: ...]"). A flattened
    copy's item title runs on into a turn told in the third person ("I. On X.[2] Cde. Gromyko informed ...") and
    into "Cde. Suslov. The ...", but not after a question it answers ("Who will head it? Cde. Suslov. The ...")."""
    [s] = facts_of(
        "SESSION OF THE POLITBURO OF THE CC CPSU\n1 March 1979\n\n"
        "Present: Cdes. L. I. Brezhnev, A. A. Gromyko, Yu. V. Andropov.\n\n"
        "A. A. GROMYKO: We must not accept such a linkage.\n[Yu. V. ANDROPOV: Hanoi will not accept it either.]\n"
        "Nor will our friends in Phnom Penh.\n\nL. I. BREZHNEV: Good.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("gromyko", "We must not accept such a linkage."),
        ("andropov", "Hanoi will not accept it either."),
        ("gromyko", "Nor will our friends in Phnom Penh."),
        ("brezhnev", "Good."),
    ]
    [s] = facts_of(
        "SESSION OF THE POLITBURO OF THE CC CPSU\n1 March 1979\n\nPresent: Cdes. L. I. Brezhnev, A. A. Gromyko.\n\n"
        "A. A. GROMYKO: We must not accept it.\n[Gromyko: inaudible]\n[Carter: this is not acceptable.]\n"
        "This is my view.\n\nL. I. BREZHNEV: Good.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gromyko", "brezhnev"]
    assert s.turns[0].text.rstrip().endswith("This is my view.")
    # round 52: Malin's interjection in round brackets, by an abbreviation; the record's decision in the next
    # paragraph is no word of the interrupted speaker's
    head = "Session of 11 August 1955\n\nPresent: Khrushchev, Voroshilov, Mikoyan.\n\n"
    [s] = facts_of(
        head + "Khrushchev—A modern army is not counted by heads.\n(Vorosh.—Correct.)\nThe rest is secondary.\n"
        "(Khr.—so it is.)\n\nMikoyan—I agree.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("khrushchev", "A modern army is not counted by heads."),
        ("voroshilov", "Correct."),
        ("khrushchev", "The rest is secondary.\n(Khr.—so it is.)"),
        ("mikoyan", "I agree."),
    ]
    [s] = facts_of(
        head + "Khrushchev—A modern army is not counted by heads.\n(Vorosh.—Correct.)\n\nAdopt the proposals.\n\n"
        "Mikoyan—I agree.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("khrushchev", "A modern army is not counted by heads."),
        ("voroshilov", "Correct."),
        ("mikoyan", "I agree."),
    ]
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 14 February 1961 Present: Khrushchev, Gromyko, "
        "Suslov, Mikoyan. I. On the murder of P. Lumumba.[2] Cde. Gromyko informed the Presidium of the reports "
        "from New York. Khrushchev—This is a crime of the colonialists. Mikoyan—I agree, with the students. "
        "Cde. Suslov. The fraternal parties must act at the same time. Kozlov—Who will head the delegation? "
        "Cde. Mikoyan. The delegation leaves on Monday.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gromyko", "khrushchev", "mikoyan", "suslov", "kozlov-frol"]


def test_the_eighteenth_rounds_wrapped_brackets_and_a_hyphen_after_an_abbreviation(facts_of):
    """Guests whose items in brackets wrap onto the next line ("R. Ya. Malinovsky (items III" / "and VII), B. N.
    Ponomarev (item I)."); a book's "Khr.-To sum up" (a hyphen, no space, after the abbreviation) is a turn,
    and a hyphenated word is not ("Anti-Party")."""
    [s] = facts_of(
        "PROTOCOL No. 172\nSession of 7 August 1958\n\nPresent: Cdes. Khrushchev, Mikoyan.\n\n"
        "Invited: Cdes. A. A. Gromyko (items I, III, VII), R. Ya. Malinovsky (items III\nand VII), "
        "B. N. Ponomarev (item I).\n\nI. On China\n\nMikoyan—We agree.\nAnti-Party elements are finished.\n\n"
        "Khr.-To sum up: we support it.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.LISTED),
        ("mikoyan", Basis.LISTED),
        ("gromyko", Basis.GUEST),
        ("malinovsky", Basis.GUEST),
        ("ponomarev", Basis.GUEST),
    ]
    assert [t.person.id for t in s.turns] == ["mikoyan", "khrushchev"]


def test_what_the_eighteenth_rounds_rules_leave_alone(facts_of):
    """A bracket left open at the end of a list joins no line that opens an item or a turn; an abbreviation's
    hyphen opens no turn of a rank, a Latin note or a nationality ("Gen.-Col. Ivanov", "Cf.-The ...",
    "U.S.-Soviet"), nor of an abbreviation the session's list does not begin."""
    [s] = facts_of(
        "Session of the Presidium of the CC CPSU, 3 May 1962\n\n"
        "Present: Khrushchev, Mikoyan, Kozlov, Suslov. Kuusinen was absent (ill\nI. On Berlin (Khrushchev, Mikoyan)\n"
        "Khrushchev—We must consider the whole complex of\nU.S.-Soviet relations before Vienna.\n"
        "Kozlov—The General Staff was consulted.\nGen.-Col. Ivanov reported on the plan.\nCf.-The record of 1961.\n"
    ).sessions
    assert [i.title for i in s.items] == ["On Berlin"]
    assert [(t.person.id, t.item) for t in s.turns] == [
        ("khrushchev", 1),
        ("mikoyan", 1),
        ("khrushchev", 1),
        ("kozlov-frol", 1),
    ]
    assert s.turns[-1].text.rstrip().endswith("Cf.-The record of 1961.")


def test_what_a_wrapped_list_and_an_interjection_leave_for_what_follows(facts_of):
    """A list that wraps inside a bracket keeps what follows it on the second line ("... and VII). Invited: C");
    an interjection that ends a session hands no line of the next session to the speaker it cut short."""
    [s] = facts_of(
        "PROTOCOL No. 172\nSession of 7 August 1958\n\nPresent: Cdes. Khrushchev, Mikoyan, Gromyko (items III\n"
        "and VII). Invited: Cde. B. N. Ponomarev.\n\nI. On China (Khrushchev, Mikoyan)\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.LISTED),
        ("mikoyan", Basis.LISTED),
        ("gromyko", Basis.LISTED),
        ("ponomarev", Basis.GUEST),
    ]
    first, second = facts_of(
        "SESSION OF THE POLITBURO OF THE CC CPSU\n22 February 1979\n\nPresent: Cdes. L. I. Brezhnev, A. N. Kosygin.\n\n"
        "L. I. BREZHNEV: We must be firm.\n[A. N. KOSYGIN: Right.]\n\n"
        "Session of the Politburo of the CC CPSU, 1 March 1979\nThe record of this session is incomplete.\n"
    ).sessions
    assert [t.person.id for t in first.turns] == ["brezhnev", "kosygin"]
    assert second.turns == []


def test_the_nineteenth_rounds_groups_reports_and_bare_names(facts_of):
    """A membership's label with no colon before "Cdes." on a line of its own under a list ("Candidate Members
    of the CC Presidium Cdes. A, B"); "Report of Cde. X: ..." is X's turn; a record's turn told with the bare
    name of someone it lists ("SUSLOV thinks that ...", "Medvedev proposes ..."), not one of someone it does not
    list nor a sentence that goes on over the line ("... agreed with" / "Kosygin proposes")."""
    [s] = facts_of(
        "Extract from Protocol No. 173 of the Session of the CC Presidium of 6 September 1958\n\n"
        "Present: Members of the CC Presidium Cdes. A. B. Aristov, M. A. Suslov.\n"
        "Candidate Members of the CC Presidium Cdes. A. N. Kosygin, P. N. Pospelov.\n\n"
        "I. On Cuba\n\nReport of Cde. Malinovsky: another several thousand to be withdrawn.\n\n"
        "SUSLOV thinks that the section should be shortened.\n\nKhrushchev thinks that it should stay.\n\n"
        "Aristov—The ministry agreed with\nKosygin proposes a delay.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis == Basis.LISTED] == [
        "aristov",
        "suslov",
        "kosygin",
        "pospelov",
    ]
    assert [(t.person.id, t.text.split()[0]) for t in s.turns] == [
        ("malinovsky", "another"),
        ("suslov", "thinks"),
        ("aristov", "The"),
    ]


def test_what_the_nineteenth_rounds_rules_leave_alone(facts_of):
    """A speaker quoting a colleague ("Kosygin thinks we should wait, and I agree.", "Gromyko says ...") keeps
    his turn; a decision's "Kosygin proposes to postpone; adopted." and a numbered "1. Report of Cde. Gromyko:
    to be approved" are no turns."""
    [s] = facts_of(
        "Session of the Presidium of the CC CPSU, 5 March 1962\n\nPresent: Khrushchev, Kosygin, Gromyko, Mikoyan.\n\n"
        "I. On Berlin\n\nKhrushchev: We cannot wait much longer on the treaty.\n"
        "Kosygin thinks we should wait, and I agree. But not for ever.\n\n"
        "Gromyko says the Americans will not move before the elections. I do not believe it.\n\n"
        "Mikoyan: Agreed.\n\nResolved:\nKosygin proposes to postpone the question; adopted.\n"
        "1. Report of Cde. Gromyko: to be approved as a basis.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "mikoyan"]


def test_a_report_heard_is_a_decision_not_a_turn(facts_of):
    """ "Report of Cde. Gromyko was heard." in a decision says what was done with his report; "Report of Cde.
    Malinovsky: ..." gives his words."""
    [s] = facts_of(
        "Session of the Presidium of the CC CPSU, 8 March 1962\n\nPresent: Khrushchev, Gromyko, Malinovsky.\n\n"
        "I. On Laos\n\nReport of Cde. Malinovsky: the advisers are in place.\n\nResolved:\n"
        "Report of Cde. Gromyko was heard.\nInstruct Cde. Gromyko to prepare a note.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [("malinovsky", "the advisers are in place.")]


def test_a_book_s_pages_carry_a_list_over_and_a_note_over_the_page(facts_of):
    """Pages of a printed collection of Malin's notes: a turn broken by the page's notes and the next page's
    running head keeps only its words; the next day's "PROTOCOL No. 118 (continuation)" over "Session of ..."
    is a session of that protocol; its "Present: the same, except Cde. Pervukhin." carries the list of the
    day before over, less Pervukhin, whom the notes so say was not there; and a note broken off at the foot of
    one page goes on under the rule of the next, where it says the formal protocol lists him."""
    first, second = facts_of(
        "PROTOCOL No. 118\nSession of 19 May 1955\n\n"
        "Present: Khrushchev, Bulganin, Voroshilov, Molotov, Pervukhin, Suslov.\n\n"
        "I. On Belgrade¹\n\nKhrushchev — We must say it openly.\nVorosh. — what will the\n"
        "________________\n¹ The delegation flew to Belgrade on 26 May.\n\n"
        "PROTOCOL No. 118                                      47\n\n"
        "Yugoslavs say to that? Leave it out.\nMolotov — I am against it.\n\n"
        "RGANI. F. 3. Op. 8. D. 388. Ll. 52–58. Manuscript.\n\n"
        "PROTOCOL No. 118 (continuation)\nSession of 20 May 1955\n\n"
        "Present: the same, except Cde. Pervukhin.²\n\nI. On Belgrade\n\nMolotov — I keep my opinion.\n\n"
        "________________\n² The formal protocol for this session (APRF, F. 3, Op. 10, D. 142, L. 9) lists\n\n"
        "48                                                   1955\n\n"
        "RGANI. F. 3. Op. 8. D. 388. Ll. 59–61. Manuscript.\n\n________________\n"
        "Pervukhin among those present, with the other members of the Presidium.\n"
    ).sessions
    assert [(s.protocol, s.date) for s in (first, second)] == [("118", "1955-05-19"), ("118", "1955-05-20")]
    assert [(t.person.id, t.text) for t in first.turns] == [
        ("khrushchev", "We must say it openly."),
        ("voroshilov", "what will the\nYugoslavs say to that? Leave it out."),
        ("molotov", "I am against it."),
    ]
    carried = [(a.person.id, a.name, a.span.quote) for a in second.attendance if a.basis is Basis.LISTED]
    assert carried == [
        (who, name, "Present: the same, except Cde. Pervukhin.²")
        for who, name in [
            ("khrushchev", "Khrushchev"),
            ("bulganin", "Bulganin"),
            ("voroshilov", "Voroshilov"),
            ("molotov", "Molotov"),
            ("suslov", "Suslov"),
        ]
    ]
    assert [(a.person.id, a.basis, a.source.label) for a in second.attendance if a.person.id == "pervukhin"] == [
        ("pervukhin", Basis.ABSENT, "RGANI, F. 3, Op. 8, D. 388, Ll. 59-61"),
        ("pervukhin", Basis.PROTOCOL, "APRF, F. 3, Op. 10, D. 142, L. 9"),
    ]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # "the same" with no session before it carries nothing over
        (
            "Session of 20 May 1955\nPresent: the same.\nMolotov — I keep my opinion.\n",
            [],
        ),
        # a list that begins with the words is no carried list: "the same" is only the whole list
        (
            "Session of 19 May 1955\nPresent: Khrushchev, Molotov.\nKhrushchev — Agreed.\n\n"
            "Session of 20 May 1955\nPresent: Khrushchev, Suslov.\nSuslov — the same as yesterday.\n",
            ["khrushchev", "suslov"],
        ),
    ],
)
def test_what_a_carried_list_leaves_alone(facts_of, text, listed):
    last = facts_of(text).sessions[-1]
    assert [a.person.id for a in last.attendance if a.basis is Basis.LISTED] == listed


_MAY_19 = (
    "Session of 19 May 1955\n\nPresent: Khrushchev, Bulganin, Molotov, Pervukhin, Suslov.\n\nKhrushchev — Agreed.\n\n"
)


@pytest.mark.parametrize(
    ("text", "listed", "absent"),
    [
        # the names left out end where the sentence goes on about them
        (
            _MAY_19 + "Session of 20 May 1955\n\nPresent: the same, except Cde. Pervukhin, who was ill.\n"
            "Molotov — I keep my opinion.\n",
            ["khrushchev", "bulganin", "molotov", "suslov"],
            ["pervukhin"],
        ),
        # ... and a semicolon adds those who came besides
        (
            _MAY_19 + "Session of 20 May 1955\n\nPresent: the same, except Cde. Pervukhin; also Cdes. Zhukov and "
            "Konev.\nZhukov — the statute is ready.\n",
            ["khrushchev", "bulganin", "molotov", "suslov", "zhukov", "konev"],
            ["pervukhin"],
        ),
        # each name left out with its reason in brackets
        (
            _MAY_19 + "Session of 20 May 1955\n\nPresent: the same, except Cde. Pervukhin (ill) and Cde. Suslov (in "
            "Leningrad).\nMolotov — I keep my opinion.\n",
            ["khrushchev", "bulganin", "molotov"],
            ["pervukhin", "suslov"],
        ),
        # an evening sitting of a session with its list: "the same" is that list, nothing is added
        (
            _MAY_19
            + "Session of 20 May 1955\n\nPresent: Khrushchev, Bulganin, Mikoyan, Suslov.\n\nMikoyan — I agree.\n\n"
            "Evening sitting\n\nPresent: the same, except Cde. Suslov.\n\nKhrushchev — adopt the text.\n",
            ["khrushchev", "bulganin", "mikoyan", "suslov"],
            [],
        ),
        # sessions a collection leaves out between two protocols: nothing to carry over, the absent stays absent
        (
            "PROTOCOL No. 118\nSession of 19 May 1955\n\nPresent: Khrushchev, Bulganin, Molotov.\n\n"
            "Khrushchev — Agreed.\n\nPROTOCOL No. 121\nSession of 2 June 1955\n\n"
            "Present: the same, except Cde. Molotov.\n\nKhrushchev — The talks went well.\n",
            [],
            ["molotov"],
        ),
    ],
)
def test_the_names_a_carried_list_leaves_out_and_adds(facts_of, text, listed, absent):
    last = facts_of(text).sessions[-1]
    assert [a.person.id for a in last.attendance if a.basis is Basis.LISTED] == listed
    assert [a.person.id for a in last.attendance if a.basis is Basis.ABSENT] == absent


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        # a protocol's appendix over a record of another day is no session of that day
        (
            "Protocol No. 9/60 of the Meeting of the SED Politburo on 23 February 1960\n\nPresent: Ulbricht, Ebert, "
            "Honecker.\n\nUlbricht: We agree.\n\nProtocol No. 9/60, Appendix 1\nMinutes of the conversation of "
            "Comrade Ulbricht with Ambassador Pervukhin on 20 February 1960\n\nEbert: The ambassador was informed.\n",
            ["1960-02-23"],
        ),
        # a running head printed without its page number, over the page's text
        (
            "PROTOCOL No. 118\nSession of 19 May 1955\n\nPresent: Khrushchev, Molotov, Mikoyan.\n\n"
            "Khrushchev — The decisions of the\n\nPROTOCOL No. 118\n\nCentral Committee plenum of 4 July 1955, and "
            "the whole party must know them.\nMolotov — I agree.\nMikoyan — So do I.\n",
            ["1955-05-19"],
        ),
        # a foot note with no full stop, a rule, and the next session's heading on the same page
        (
            "Session of 19 May 1955\n\nPresent: Khrushchev, Molotov, Mikoyan.\n\nKhrushchev — We must say it.¹\n"
            "________________\n¹ Here and below the words are crossed out in the original\n________________\n"
            "Session of 20 May 1955\n\nPresent: Khrushchev, Molotov, Mikoyan.\n\nMolotov — I keep my opinion.\n",
            ["1955-05-19", "1955-05-20"],
        ),
    ],
)
def test_what_a_protocol_s_next_line_and_a_note_over_the_page_leave_alone(facts_of, text, sessions):
    assert [(s.date, bool(s.turns)) for s in facts_of(text).sessions] == [(date, True) for date in sessions]


def test_a_note_ending_in_a_verso_folio_does_not_take_the_next_page_s_text(facts_of):
    [s] = facts_of(
        "PROTOCOL No. 118\nSession of 19 May 1955\n\nPresent: Khrushchev, Suslov, Voroshilov, Mikoyan.\n\n"
        "Khrushchev — The draft is ready.¹\n________________\n¹ See APRF, F. 3, Op. 10, D. 142, Ll. 4–8 ob\n\n"
        "PROTOCOL No. 118                                      47\n\nMikoyan — I support the draft.\n\n"
        "RGANI. F. 3. Op. 8. D. 388. Ll. 52–58. Manuscript.\n________________\n"
        "Suslov, Voroshilov and Mikoyan are to prepare the communiqué.\n"
    ).sessions
    assert sorted(a.person.id for a in s.assignments) == ["mikoyan", "suslov", "voroshilov"]


def test_a_table_in_a_turn_is_the_speaker_s_not_a_running_head(facts_of):
    [s] = facts_of(
        "Working Record of the Session of the CC CPSU Politburo, 14 October 1982\n\nPresent: Brezhnev, Tikhonov.\n\n"
        "BAIBAKOV. The plan gives the following growth, in per cent:\n"
        "   National income                              104\n   Industrial output                            103\n"
        "We cannot give more.\nTIKHONOV. The figures are realistic.\n"
    ).sessions
    assert "Industrial output" in s.turns[0].text and s.turns[0].text.endswith("We cannot give more.")


_KRAMER = "Source: RGANI, F. 89, Op. 42, D. 6, Ll. 1-4. Translated by Mark Kramer\n"
_LIST = "Present: Brezhnev, Gromyko, Kosygin.\n"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (_KRAMER + "Session of the CC CPSU Politburo, 22 June 1978.\n" + _LIST, lambda s: s.date == "1978-06-22"),
        (_KRAMER + "Chaired by Brezhnev.\n" + _LIST, lambda s: s.attendance[0].basis is Basis.CHAIR),
        (_LIST + _KRAMER + "Comrade Gromyko reported on Vietnam.\n", lambda s: s.turns[0].person.id == "gromyko"),
    ],
)
def test_what_follows_a_source_line_with_no_full_stop_is_the_document_s(facts_of, text, read):
    [s] = facts_of(text + "\nBREZHNEV. We must give support.\n").sessions
    assert read(s)


def test_a_source_line_s_credit_wrapped_onto_the_next_line_is_not_the_last_turn_s(facts_of):
    """A web page's "Source:" at the foot whose credit wraps ("Translated by the Cold" / "War International
    History Project."); a header's source line with no full stop keeps the list under it."""
    [s] = facts_of(
        "Session of the CPSU CC Politburo, 4 March 1982\nSource: TsKhSD, F. 89, Op. 66, D. 6, Ll. 1-8\n"
        "Present: Brezhnev, Andropov, Gromyko.\n\nBREZHNEV. We are all in agreement.\n\n"
        "Source: TsKhSD, F. 89, Op. 66, D. 6, Ll. 1-8. Translated by the Cold\nWar International History Project.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.LISTED] == ["brezhnev", "andropov", "gromyko"]
    assert [t.text for t in s.turns] == ["We are all in agreement."]


def test_guests_printed_after_their_posts_in_the_plural(facts_of):
    """ "Deputy Prime Ministers M. F. Rakowski and J. Obodowski": the post of two names is no part of the first."""
    [s] = facts_of(
        "PROTOCOL No. 6\nof the meeting of the Political Bureau of the PZPR CC held on 18 August 1981\n"
        "Present: K. Barcikowski, W. Jaruzelski\n"
        "Invited: Deputy Prime Ministers M. F. Rakowski and J. Obodowski, Minister of Internal Affairs C. Kiszczak\n"
        "Cde. Jaruzelski: We must act.\n"
    ).sessions
    assert [(a.person.id, a.name) for a in s.attendance if a.basis is Basis.GUEST] == [
        ("rakowski", "M. F. Rakowski"),
        ("obodowski", "J. Obodowski"),
        ("kiszczak", "C. Kiszczak"),
    ]


def test_a_copy_from_a_two_column_pdf(facts_of):
    """Short lines: a source in brackets wrapped onto the next line ("ll. 1-" / "8. Translated ..."), names
    broken by a hyphen or after their initials and carrying glued note markers ("Aliev,1", "V. V." /
    "Kuznetsov"), an item's title over three lines with a broken word and no speakers' bracket, the page's
    notes in plain numbers under its number, one of them with a word broken ("men-" / "tion"), and a
    decision's point wrapped over two lines."""
    [s] = facts_of(
        "[Source: TsKhSD, f. 89, op. 42, d. 14, ll. 1-\n8. Translated for CWIHP.]\n\n"
        "SESSION OF THE CC CPSU POLITBURO\n11 July 1985\nChaired by Cde. M. S. GORBACHEV\n"
        "Present: Cdes. G. A. Aliev,1 V. I. Vorot-\nnikov, A. A. Gromyko, V. V.\nKuznetsov, E. A. She-\n"
        "vardnadze, B. N. Yeltsin2\n\n"
        "1. On a Unilateral Moratorium on Nuclear Ex-\nplosions and the Preparation of the Meeting in\nGeneva\n"
        "SHEVARDNADZE. The proposal is to announce a moratorium.\nGROMYKO. I support the proposal.\n\n"
        "— 2 —\n1 The formal protocol (APRF, f. 3, op. 111, d. 35, l. 2) lists, in\naddition, V. V. Shcherbitsky. "
        "It does not men-\ntion G. A. Aliev.\n2 Yeltsin had been elected a secretary of the CC.\n\n"
        "218                 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN\n\n"
        "Resolution. Approve the statement.\nCdes. Shevardnadze and Gromyko are to prepare, within two weeks, propos-\n"
        "als on the Soviet position in Geneva.\n"
    ).sessions
    assert [c.unit.label for c in s.citations if c.notes_source] == ["TsKhSD, F. 89, Op. 42, D. 14, Ll. 1-8"]
    assert [i.title for i in s.items] == [
        "On a Unilateral Moratorium on Nuclear Explosions and the Preparation of the Meeting in Geneva"
    ]
    claims = [(a.person.id, a.basis) for a in s.attendance]
    assert claims == [
        ("gorbachev", Basis.CHAIR),
        *[(who, Basis.LISTED) for who in ["aliev", "vorotnikov", "gromyko", "kuznetsov-vasily", "shevardnadze"]],
        ("yeltsin", Basis.LISTED),
        ("shcherbitsky", Basis.PROTOCOL),
        ("aliev", Basis.OMITTED),
    ]
    assert [t.person.id for t in s.turns] == ["shevardnadze", "gromyko"]
    assert {(a.person.id, a.task) for a in s.assignments} == {
        (who, "prepare, within two weeks, proposals on the Soviet position in Geneva")
        for who in ("shevardnadze", "gromyko")
    }


def test_an_items_title_loses_a_books_bare_marker(facts_of):
    """A book's note marker glued to a title's last word or to its stop ("... of the CCP.3") is no part of the
    title; a number the title itself ends with is ("Protocol No.1", "Article 12")."""
    [s] = facts_of(
        "Session of the CPSU CC Presidium, 8 July 1963\nPresent: Khrushchev, Suslov, Kozlov\n"
        "1. Information of Cde. Suslov on the meetings with the delegation of the CCP.3\n"
        "Suslov. The talks are at a dead end.\n"
        "2. On the reply to Protocol No.1\nKhrushchev. We reply.\n"
        "3. On the appeal of the delegates of the Yugoslav parliament2\nKozlov. Agreed.\n"
        "4. On the amendment of Article 12\nKozlov. Agreed.\n"
    ).sessions
    assert [i.title for i in s.items] == [
        "Information of Cde. Suslov on the meetings with the delegation of the CCP",
        "On the reply to Protocol No.1",
        "On the appeal of the delegates of the Yugoslav parliament",
        "On the amendment of Article 12",
    ]


def test_a_books_bare_marker_after_a_bracketed_sentence_s_stop(facts_of):
    """An ebook's endnote marker glued after a bracketed sentence ("(The note is read aloud by Cde. Polyakov.)2"):
    the note, and the file it cites, are the session's that carries the marker."""
    first, second = facts_of(
        "Document 4.1\n\nSession of the CPSU CC Presidium, 2 July 1964\n\nPresent: Khrushchev, Suslov\n\n"
        "Suslov: Agreed.1\n\nDocument 4.2\n\nSession of the CPSU CC Presidium, 13 August 1964\n\n"
        "Present: Brezhnev, Polyakov\n\n(The note is read aloud by Cde. Polyakov.)2\n\nBrezhnev: Approve.\n\n"
        "NOTES\n\n1. Malin's notes: RGANI, f. 3, op. 16, d. 1187, ll. 40-44.\n\n"
        "2. The note is in RGANI, f. 52, op. 1, d. 455, ll. 67-80.\n"
    ).sessions
    assert [c.unit.fond for c in first.citations] == ["3"]
    assert [c.unit.fond for c in second.citations] == ["52"]


def test_a_record_in_groups_named_by_their_organ_with_a_man_it_does_not_list(facts_of):
    """Groups labelled with their organ and no colon ("members of the Politburo of the CC CPSU G. A. Aliyev,
    ...; candidate members of the Politburo ..."), the list closed by a note's marker after its full stop
    ("Dobrynin.²"); an ambassador the list lacks speaks as the others do ("Kvitsinsky:"), as the record names
    him elsewhere; a label of the same shape ("Responsible:") is no speaker; "Cde. Ryzhkov – on joint
    enterprises" after an instruction is no turn of his but his task."""
    [s] = facts_of(
        "SESSION OF THE POLITBURO OF THE CC CPSU\n9 July 1987\n\nChaired by: M. S. Gorbachev\n\n"
        "Present: members of the Politburo of the CC CPSU G. A. Aliyev, N. I. Ryzhkov, E. A. Shevardnadze; "
        "candidate members of the Politburo B. N. Yeltsin; secretaries of the CC CPSU A. F. Dobrynin.²\n\n"
        "1. On the talks with R. von Weizsäcker\n\n"
        "Gorbachev: Weizsäcker is a serious man.\n\nShevardnadze: Genscher is ready to move.\n\n"
        "Kvitsinsky: The visit has been received very well.\n\n"
        "Gorbachev: Approve the results. Instruct the Ministry of Foreign Affairs (Cde. Shevardnadze) to submit "
        "considerations. Cde. Ryzhkov – on joint enterprises with West German firms.\n"
        "Responsible: the International Department.\n\n"
        "² The ambassador, Yu. A. Kvitsinsky, is not named among those present.\n"
    ).sessions
    claims = [(a.person.id, a.basis) for a in s.attendance]
    assert claims == [
        ("gorbachev", Basis.CHAIR),
        *[(who, Basis.LISTED) for who in ["aliev", "ryzhkov", "shevardnadze", "yeltsin", "dobrynin"]],
        ("kvitsinsky", Basis.INFERRED),
    ]
    assert [t.person.id for t in s.turns] == ["gorbachev", "shevardnadze", "kvitsinsky", "gorbachev"]
    assert [(a.person.id, a.task) for a in s.assignments if a.person] == [
        ("shevardnadze", "submit considerations"),
        ("ryzhkov", "on joint enterprises with West German firms"),
    ]


@pytest.mark.parametrize(
    "present",
    [
        "Present:\nN. S. Khrushchev (presiding)\nMembers: Aristov, Belyaev\nCandidates: Pospelov\nInvited: Gromyko\n",
        "Present: Khrushchev\nMembers: Aristov, Belyaev\nCandidates: Pospelov\nInvited: Gromyko\n",
    ],
)
def test_a_list_s_groups_labelled_by_one_word(facts_of, present):
    """ "Members:", "Candidates:" under "Present:" label a group as "Members of the Presidium:" does; the source
    an introduction names ("Archival source: RGANI, ...") is the notes' own file."""
    [s] = facts_of(
        "Working notes of V. N. Malin. Archival source: RGANI, F. 3, Op. 14, D. 327, Ll. 41-44.\n\n"
        "Session of 22 July 1959\n\n" + present + "\nI. On Nixon\nKozlov — reports on the trip.\n"
    ).sessions
    assert [(a.person.id, a.basis.value) for a in s.attendance] == [
        ("khrushchev", "listed"),
        ("aristov", "listed"),
        ("belyaev", "listed"),
        ("pospelov", "listed"),
        ("gromyko", "guest"),
        ("kozlov-frol", "inferred"),
    ]
    assert {a.source.label for a in s.attendance} == {"RGANI, F. 3, Op. 14, D. 327, Ll. 41-44"}


def test_a_turn_told_by_a_bare_name_that_speaks_in_support(facts_of):
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 24 October 1958\n"
        "Those taking part: Khrushchev, Kirichenko, Suslov\nI. On Pasternak\nCde. Suslov—Expel him.\n\n"
        "Kirichenko speaks in support of the proposals.\n"
    ).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("suslov", "Expel him."),
        ("kirichenko", "speaks in support of the proposals."),
    ]


@pytest.mark.parametrize(
    ("body", "turns"),
    [
        # a place the editor adds after a speaker's name is no name of his
        ("Cde. Gierek [Katowice]: The workers are calm.\n", ["gierek"]),
        # a commission named amid a turn is no group of those present
        ("Cde. Gierek: We need a commission.\nMembers: Kliszko, Rapacki.\n", ["gierek"]),
        # those who "took part" under an item are no turns; a report on a letter relayed is the reporter's turn
        ("Cdes. Kliszko and Rapacki took part.\nCde. Gierek: Agreed.\n", ["gierek"]),
        ("HEARD: Information of Cde. Gierek on the letter of the CC, transmitted through the embassy.\n", ["gierek"]),
        # a possessive heading over the words of a man the session does not list
        ("Cde. Gierek: The speech is hostile.\n\nReagan's Statement\n\nWe will not be intimidated.\n", ["gierek"]),
    ],
)
def test_what_the_forty_third_rounds_rules_leave_alone(facts_of, body, turns):
    [s] = facts_of(
        "Protocol No. 61\nof the meeting of the Politburo of the PZPR CC held on 11 March 1968\n"
        "Present: Politburo members: Cdes. E. Gierek, Z. Kliszko, A. Rapacki\nAd 1.\n" + body
    ).sessions
    assert [t.person.id for t in s.turns] == turns
    assert {a.person.id for a in s.attendance} == {"gierek", "kliszko", "rapacki"}


def test_an_introduction_s_other_source_in_brackets_is_not_the_notes_own_file(facts_of):
    [s] = facts_of(
        "Malin's notes of this session are translated below. The formal protocol (source: RGANI, F. 3, Op. 14, D. 326, "
        "L. 1) adds Kosygin.\n\nSession of 22 July 1959\n\nPresent: Khrushchev, Kozlov\n\nI. On Nixon\n"
        "Kozlov — reports on the trip.\n"
    ).sessions
    assert {a.source for a in s.attendance if a.basis is Basis.LISTED} == {None}


def test_a_heading_in_a_man_s_possessive_over_his_speech_is_his_turn(facts_of):
    [s] = facts_of(
        "Working record of the session of the Politburo of the CC CPSU, 26 May 1983\nPresent: Andropov, Tikhonov\n"
        "1. On the draft\nTIKHONOV. The draft is too soft, in my view.\n\nAndropov's Concluding Remarks\n\n"
        "Comrades, I am for adopting the draft.\n"
    ).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("tikhonov", "The draft is too soft, in my view."),
        ("andropov", "Comrades, I am for adopting the draft."),
    ]


def test_a_party_name_with_the_editor_s_surname_and_a_turn_told_with_its_degree(facts_of):
    """PZPR minutes print Gomułka by his party name, the editor's surname after it ("Cde. Wiesław [Gomułka]:"),
    and tell a turn "Cde. Kliszko fully supports ..."."""
    [s] = facts_of(
        "Protocol No. 61\nof the meeting of the Politburo of the PZPR CC held on 11 March 1968\n"
        "Present: Politburo members: Cdes. W. Gomułka, Z. Kliszko, A. Rapacki\nAlso participating: Cde. M. Moczar\n"
        "Ad 1.\nCde. Moczar: Since Friday 186 persons have been detained.\n\n"
        "Cde. Wiesław [Gomułka](4): No concessions.\n\n"
        "Cde. Kliszko fully supports Cde. Gomułka. The writers bear the responsibility.\n\n"
        "Cde. Rapacki: I agree about firmness.\n"
    ).sessions
    assert [(t.person.id, t.name) for t in s.turns] == [
        ("moczar", "Moczar"),
        ("gomulka", "Wiesław [Gomułka]"),
        ("kliszko", "Kliszko"),
        ("rapacki", "Rapacki"),
    ]


def test_a_list_message_that_quotes_a_translation_is_read_as_the_translation(facts_of):
    """A discussion list's message forwards a translation quoted line by line ("> "): its quotation marks open no
    line of the record, so a speaker, a task broken over quoted lines and a line the mail software broke off
    (no "> " before it) read as in the record; the message's own date and text, where a line opens with a
    man's possessive ("Nasser's Alexandria speech"), are no session's."""
    [s] = facts_of(
        "From: A. Historian <ah@example.edu>\nDate: Tue, 17 Mar 1998 09:41:06 -0500\nSubject: Malin notes\n\n"
        "Colleagues, I forward the notes of the session held the day after\n"
        "Nasser's Alexandria speech.  Corrections welcome.\n\n"
        "> WORKING NOTES FROM THE SESSION OF THE CPSU CC PRESIDIUM OF 27 JULY 1956\n>\n"
        "> Those Taking Part: Bulganin, Molotov, Shepilov, Khrushchev, Zhukov\n>\n"
        "> Cde. Shepilov--Nasser announced the nationalization. Proposals: a TASS statement.\n>\n"
        "> Cde. Molotov--We must not tie ourselves to Nasser. A letter from Cde.\n"
        "Bulganin to Eden is too much.\n>\n"
        "> Khr.--Adopt. Cde. Bulganin is to send a message to Eden. Cde. Zhukov\n"
        ">> is to examine the Egyptian requests.\n\n"
        "--\nA. Historian\n"
    ).sessions
    assert s.date == "1956-07-27"
    assert [t.person.id for t in s.turns] == ["shepilov", "molotov", "khrushchev"]
    assert (
        " ".join(s.turns[1].text.split())
        == "We must not tie ourselves to Nasser. A letter from Cde. Bulganin to Eden is too much."
    )
    assert [(a.person.id, " ".join(a.task.split())) for a in s.assignments] == [
        ("bulganin", "send a message to Eden"),
        ("zhukov", "examine the Egyptian requests"),
    ]
    assert {a.person.id for a in s.attendance} == {"bulganin", "molotov", "shepilov", "khrushchev", "zhukov"}


_DIGEST = (
    "From: Automatic digest processor <LISTSERV@H-NET.MSU.EDU>\n"
    "Subject: H-DIPLO Digest - 14 Mar 2004 to 15 Mar 2004 (#2004-52)\n\n"
    "Topics of the day:\n\n  1. TRANSLATION: Presidium notes, 1964\n  2. Re: TRANSLATION: Presidium notes, 1964\n\n"
    "----------------------------------------------------------------------\n\n"
    "Date:    Sun, 14 Mar 2004 18:42:17 -0500\nFrom:    A. Historian <ah@example.edu>\n"
    "Subject: TRANSLATION: Presidium notes, 1964\n\n"
    "Colleagues --\n\nCompare the Presidium's session of 10 December 1963 (RGANI f. 3, op. 16, d. 946,\n"
    "ll. 80-84), where Ilichev first pressed for an open polemic.\n\n"
    "=====================================================================\nRECORD 1\n\n"
    "Working notes of the session of the CPSU CC Presidium of 23 January\n1964 (Protocol No. 131)\n\n"
    "Present: Khrushchev, Mikoyan, Suslov, Ilichev\n\n"
    "Suslov -- the draft has been circulated. We propose to publish it.\n\n"
    "Mik. -- I cannot support the draft in this form.\n\n"
    "Khr. -- Deliver the report at the Plenum. (1)\n\n"
    "Source: Russian State Archive of Contemporary History (RGANI), f. 3,\n"
    "op. 16, d. 949, ll. 1-7. Compiled by V. N. Malin.\n\n"
    "Notes to Record 1\n\n(1) The version circulated is in RGANI, f. 2, op. 1, d. 720, ll. 1-74.\n\n"
    "=====================================================================\nRECORD 2\n\n"
    "Working notes of the session of the CPSU CC Presidium held on 27\nFebruary 1964 (Protocol No. 137)\n\n"
    "Present: Khrushchev, Mikoyan, Suslov, Andropov\n\n"
    "Andropov -- reports the draft letter.\n\nMikoyan -- I am against naming a date.\n\n"
    "Source: Russian State Archive of Contemporary History (RGANI), f. 3,\n"
    "op. 16, d. 949, ll. 33-40ob. Compiled by V. N. Malin.\n\n"
    "Notes to Record 2\n\n(1) Kuusinen was absent.\n\n--\nA. Historian\nah@example.edu\n\n"
    "------------------------------\n\n"
    "Date:    Mon, 15 Mar 2004 10:05:51 +0100\nFrom:    B. Reader <br@example.de>\n"
    "Subject: Re: TRANSLATION: Presidium notes, 1964\n\n"
    "One exchange deserves attention:\n\n"
    "> Mik. -- I cannot support the draft in this form.\n>\n> Khr. -- Deliver the report at the Plenum. (1)\n\n"
    "Gomulka said the same to Aristov; the Soviet record is in RGANI f. 5, op. 50, d. 593, ll. 1-6.\n\n"
    "------------------------------\n\nEnd of H-DIPLO Digest\n"
)


def test_a_list_s_digest_gives_the_records_of_its_messages_and_none_of_their_own_words(authority):
    """A discussion list's digest: each message's header and its sender's own words (a greeting, an introduction
    that cites another session's file, a reply that quotes the record and cites a file of its own) are no
    session's; each record carried is its own session, dated by a heading whose date the mail wraps, with its own
    source line (broken after a comma) and its notes under "Notes to Record 1"."""
    raw = read_text(Path("digest.txt"), _DIGEST, authority.knows)
    first, second = raw.sessions
    assert (first.date, first.protocol, second.date, second.protocol) == ("1964-01-23", "131", "1964-02-27", "137")
    assert [" ".join(s.source.text.split()) for s in raw.sessions] == [
        "Source: Russian State Archive of Contemporary History (RGANI), f. 3, op. 16, d. 949, ll. 1-7. "
        "Compiled by V. N. Malin.",
        "Source: Russian State Archive of Contemporary History (RGANI), f. 3, op. 16, d. 949, ll. 33-40ob. "
        "Compiled by V. N. Malin.",
    ]
    assert [n.parts[0].text for n in raw.notes] == [
        "(1) The version circulated is in RGANI, f. 2, op. 1, d. 720, ll. 1-74.",
        "(1) Kuusinen was absent.",
    ]


@pytest.mark.parametrize(
    ("heading", "present"),
    [
        ("EXCERPT FROM PROTOCOL No. 131\nCPSU CC Presidium, 23 January 1964", "Present"),
        ("CPSU CC Presidium, 23 January 1964", "Taking part"),
    ],
)
def test_a_digest_s_record_begins_at_its_heading_or_list(facts_of, heading, present):
    """After a message's header, the record begins at its own heading, however it is worded ("EXCERPT FROM PROTOCOL
    No. 131", a paragraph naming the body and the date) or at its list; a "--" amid its turns, with no sender's
    address under it, is no signature, and the turns after it are the record's."""
    [s] = facts_of(
        "Date:    Sun, 14 Mar 2004 18:42:17 -0500\nFrom:    A. Historian <ah@example.edu>\nSubject: Notes\n\n"
        "Colleagues --\n\nI have translated the notes of 23 January 1964.\n\n"
        f"{heading}\n\n{present}: Khrushchev, Mikoyan, Suslov\n\n"
        "Suslov -- We propose to deliver it.\n\nMik. -- I cannot support the draft.\n\n--\n\n"
        "Khr. -- Approve the draft in the main.\n\n"
        "Source: RGANI, f. 3, op. 16, d. 949, ll. 1-7.\n\n--\nA. Historian\nah@example.edu\n",
        "digest.txt",
    ).sessions
    assert s.date == "1964-01-23"
    assert [t.person.id for t in s.turns] == ["suslov", "mikoyan", "khrushchev"]
    assert [(c.unit.delo, c.notes_source) for c in s.citations] == [("949", True)]


def test_a_sender_s_address_at_a_record_s_end_makes_no_message_of_it(facts_of):
    """A page's contact address under the record ("From: CWIHP <...@wilsoncenter.org>") and a "--" amid its turns:
    the record keeps its turns and its source."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 2 March 1957\nPresent: Khrushchev, Mikoyan, "
        "Molotov, Suslov\n\nI. On Yugoslavia\n\nKhr.--We must answer Tito.\n\nMikoyan--For.\n\n--\n\n"
        "Molotov--Against the article.\n\nSource: APRF, F. 3, Op. 12, D. 1006, Ll. 41-45.\n\n"
        "From: CWIHP <coldwar1@wilsoncenter.org>\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "mikoyan", "molotov"]
    assert [(c.unit.delo, c.notes_source) for c in s.citations] == [("1006", True)]


def test_a_list_s_digest_cites_for_each_record_its_own_files(facts_of):
    """The files a record's source line and notes cite are its own; the introduction's and the reply's are no
    session's, and the reply's quotation of the record gives no turn."""
    first, second = facts_of(_DIGEST, "digest.txt").sessions
    assert [(c.unit.delo, c.notes_source) for c in first.citations] == [("949", True), ("720", False)]
    assert [(c.unit.delo, c.unit.folio_text, c.notes_source) for c in second.citations] == [("949", "33-40ob", True)]
    assert [t.person.id for t in first.turns] == ["suslov", "mikoyan", "khrushchev"]
    assert [t.person.id for t in second.turns] == ["andropov", "mikoyan"]
    assert "colleagues" not in {m.person.id for s in (first, second) for m in s.mentions}


@pytest.mark.parametrize("wrapped", [True, False])
@pytest.mark.parametrize(
    "after, more",
    [
        ("", []),
        # the list goes on after the note closes
        (", Ilichev, Polyansky.", ["ilichev", "polyansky"]),
        # ... but not into the words after it
        (" The session was opened by Khrushchev.", []),
    ],
)
def test_a_list_s_names_before_a_translator_s_note_that_runs_over_lines(facts_of, wrapped, after, more):
    """A translator's note in square brackets after the list's last names, which the page wraps over the next lines
    ("..., Titov, Shelepin [TN: F. R. Kozlov ... does not" / "appear; ...]"): the names before it are the list's,
    on the list's first line or on a line it runs on over, and so are any after the note closes ("... 1963.],
    Ilichev, Polyansky."); the men the note names are not."""
    [s] = facts_of(
        "Working notes of the session of the CPSU CC Presidium of 23 January 1964\n\n"
        f"Present: Khrushchev, Brezhnev, Voronov,{chr(10) if wrapped else ' '}"
        "Titov, Shelepin [TN: F. R. Kozlov, still a full member, does not\n"
        f"appear; he had been ill since April 1963.]{after}\n\nKhr. -- Good.\n"
    ).sessions
    listed = ["khrushchev", "brezhnev", "voronov", "titov", "shelepin", *more]
    assert [a.person.id for a in s.attendance] == listed


def test_a_bilingual_edition_is_read_in_its_translation(facts_of):
    """A bilingual edition prints each paragraph in Russian, then in English: the Russian lines give nothing and
    run into no turn; Malin's "Cde. Shepilov—an article in Pravda" after an instruction is Shepilov's task."""
    [s] = facts_of(
        "Протокол № 93. Заседание 28 мая 1957 г.\n\n"
        "Protocol No. 93. Session of the CPSU CC Presidium, 28 May 1957\n\n"
        "Присутствовали: Хрущев, Молотов, Сабуров, Шепилов.\n\n"
        "Present: Khrushchev, Molotov, Saburov, Shepilov.\n\n"
        "Молотов — Против такой постановки.\n\n"
        "Molotov — Against putting it this way.\n\n"
        "Сабуров — Нереально. Против.\n\n"
        "Saburov — Unrealistic. Against.\n\n"
        "Хрущев — Поручить т. Сабурову подготовить расчеты. Т. Шепилов — статья в «Правде».\n\n"
        "Khrushchev — Instruct Cde. Saburov to prepare the calculations. Cde. Shepilov—an article in Pravda.\n"
    ).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("molotov", "Against putting it this way."),
        ("saburov", "Unrealistic. Against."),
        ("khrushchev", "Instruct Cde. Saburov to prepare the calculations. Cde. Shepilov—an article in Pravda."),
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("saburov", "prepare the calculations"),
        ("shepilov", "an article in Pravda"),
    ]


def test_a_line_with_a_few_russian_words_and_a_man_who_speaks_after_an_instruction_keep_their_turns(facts_of):
    """Only a line all in Cyrillic is the original's; after an instruction, "Cde. Mikoyan—the tone is too sharp" is
    a sentence of his own, his turn, not a task."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 16 June 1959\n"
        "Present: Khrushchev, Mikoyan, Molotov.\n"
        "Khrushchev — Задача поставлена правильно (the task is set correctly).\n"
        "Molotov — Adopt the letter. Instruct the MFA to hand it over. Cde. Mikoyan—the tone is too sharp.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "molotov", "mikoyan"]
    assert [a.person.id for a in s.assignments if a.person] == []


def test_a_document_in_russian_alone_is_reported_as_holding_no_session(facts_of):
    with pytest.raises(DocumentError, match="no session"):
        facts_of("Заседание Президиума ЦК КПСС 28 мая 1957 г.\nПрисутствовали: Хрущев, Молотов.\nМолотов — Против.\n")


def test_a_scanned_article_with_its_notes_over_a_page(facts_of):
    """An item's title wrapped over a line that ends in a bracket of its own ("... Great Britain (Harriman,
    Hailsham)"), those who spoke in brackets under it; a decision that breaks a name off after "Cde." ("... to
    Cde." / "Gromyko. Cdes. ...") gives Gromyko no turn; a note goes on under the next page's running head
    ("It lists, in addition to ..."), so its second sentence is the protocol's too."""
    [s] = facts_of(
        "Session of 13 July 1963\nPresent: Cdes. Khrushchev, Mikoyan, Gromyko, Malinovsky.5\n"
        "II. On the directives for the talks with the representatives of\n"
        "the USA and Great Britain (Harriman, Hailsham)\n(Gromyko, Khrushchev, Malinovsky)\n"
        "Approve the directives. Entrust the conduct of the talks to Cde.\n"
        "Gromyko. Cdes. Gromyko and Malinovsky are to submit the final\ntext by 14 July.\n\nNOTES\n\n"
        "5. The protocol of this session (RGANI, F. 3, Op. 16, D. 381, L.\n1) does not list Mikoyan, whom Malin "
        "names among those present.\n\nTHE PRESIDIUM AND THE JULY 1963 TALKS    217\n\n"
        "It lists, in addition to the persons named by Malin, the CC\nsecretaries A. N. Shelepin and A. P. "
        "Rudakov.\n6. In July 1960 the Soviet government recalled its specialists.\n"
    ).sessions
    assert [i.title for i in s.items] == [
        "On the directives for the talks with the representatives of the USA and Great Britain (Harriman, Hailsham)"
    ]
    assert [t.person.id for t in s.turns] == ["gromyko", "khrushchev", "malinovsky"]
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is not Basis.LISTED] == [
        ("mikoyan", Basis.OMITTED),
        ("shelepin", Basis.PROTOCOL),
        ("rudakov", Basis.PROTOCOL),
    ]


def test_a_protocol_told_in_the_third_person_with_its_discussion_in_a_sentence(facts_of):
    """A PZPR protocol: "Summing up the discussion, Cde. W. Jaruzelski stated ..." is his turn; "In the
    discussion on this item the following spoke: Cdes. ..." run on after a report told on the same line gives
    each a turn; "The Politburo ... instructed Cdes. A and B to present ..." charges them both."""
    [s] = facts_of(
        "PROTOCOL No. 10\nof the Politburo meeting held on 10 November 1981\n"
        "Present: Cdes. W. Jaruzelski, K. Barcikowski, S. Olszowski, M. Woźniak, Z. Messner, J. Romanik\n\n"
        "1. The political situation\n\nCde. S. Olszowski expressed the view that the talks are a trap.\n\n"
        "Summing up the discussion, Cde. W. Jaruzelski stated that the line of accord stands.\n\n"
        "The Politburo approved the information and instructed Cdes. K. Barcikowski and S. Olszowski to present, "
        "within two weeks, proposals on the Front of National Accord.\n\n"
        "2. Supply\n\nCde. M. Woźniak informed the Politburo about the supply of coal. In the discussion on this "
        "item the following spoke: Cdes. Z. Messner, M. Woźniak, J. Romanik.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["olszowski", "jaruzelski", "wozniak", "messner", "wozniak", "romanik"]
    assert [a.person.id for a in s.assignments] == ["barcikowski", "olszowski"]


def test_a_task_names_a_man_the_line_broke(facts_of):
    """ "Cdes. Suslov, Ilichev, Ponomarev and Andro-" / "pov are to finalize ..." charges all four, and
    "(Cde. Pato-" / "lichev)" in brackets after a body is Patolichev."""
    [s] = facts_of(
        "Session of the CPSU CC Presidium, 12 July 1963\nPresent: Khrushchev, Suslov, Ilichev, Ponomarev, Andropov\n"
        "II. On the draft Open Letter\n(Ilichev, Suslov, Khrushchev)\n"
        "Approve in the main. Cdes. Suslov, Ilichev, Ponomarev and Andro-\npov are to finalize the text, taking "
        "account of the exchange of\nopinions. Instruct the Ministry of Foreign Trade (Cde. Pato-\nlichev) to "
        "pay.\n"
    ).sessions
    assert [a.person.id if a.person else a.organisation for a in s.assignments] == [
        "suslov",
        "ilichev",
        "ponomarev",
        "andropov",
        "Ministry of Foreign Trade",
        "patolichev",
    ]


def test_a_speaker_s_story_of_an_instruction_is_no_task(facts_of):
    """ "instructed"/"obliged"/"assigned" in a speaker's own words tell of another time or another body: only
    the record's own voice ("The Politburo ... instructed Cdes. ...") and the imperative give tasks."""
    [s] = facts_of(
        "SESSION OF THE CPSU CC POLITBURO\n10 December 1981\n\nCde. L. I. BREZHNEV presiding.\n"
        "Also taking part: Cdes. Yu. V. Andropov, A. A. Gromyko, D. F. Ustinov, M. A. Suslov\n\n"
        "1. On the situation in Poland\n\n"
        "ANDROPOV: In 1979 the Politburo instructed Cde. Ustinov to prepare a plan, and that was done. Later "
        "Brezhnev instructed Cdes. Gromyko and Rusakov to meet with Kania, and they did so.\n"
        "USTINOV: The Polish leadership obliged Cde. Jaruzelski to restore order, but he has not done so.\n"
        "GROMYKO: Last year we assigned Cde. Aristov to the post of ambassador in Warsaw. The Presidium on 24 "
        "October instructed Cdes. Mikoyan and Suslov to go to Budapest.\n"
        "BREZHNEV: Instruct Cdes. Andropov and Gromyko to prepare a reply to the Polish leadership.\n"
    ).sessions
    assert [a.person.id for a in s.assignments] == ["andropov", "gromyko"]


_POLITBURO_1986 = (
    "SESSION OF THE CPSU CC POLITBURO\n30 October 1986\n\nCde. M. S. GORBACHEV presiding.\n"
    "Also taking part: Cdes. A. A. Gromyko, N. I. Ryzhkov, E. A. Shevardnadze\n\n1. On Bonn\n\n"
    "Gorbachev: Let us hear it.\nRyzhkov: Two matters.\n"
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a conversation read out after a colon: its "Kvitsinsky:" is no turn, though he is named as a man
        (
            _POLITBURO_1986 + "Shevardnadze: I will read from the record of the conversation of Cde. Yu. A. "
            "Kvitsinsky with Teltschik:\nKvitsinsky: The Soviet side expects an answer.\nRyzhkov: Then we wait.\n",
            lambda s: [t.person.id for t in s.turns] == ["gorbachev", "ryzhkov", "shevardnadze", "ryzhkov"],
        ),
        # a place before a colon, named after "Cde. X on"; a gloss that names the man on its own line
        (
            _POLITBURO_1986 + "Krasnoyarsk: we should stop it, as Cde. Shevardnadze proposed on Krasnoyarsk.\n"
            "Gorbachev: Agreed.\n\nPersons mentioned\nKochemasov: V. I. Kochemasov, ambassador to the GDR.\n",
            lambda s: [a.person.id for a in s.attendance if a.basis is Basis.INFERRED] == [],
        ),
        # a list of appointments under "proposes:", each a name and a post in small letters
        (
            _POLITBURO_1986 + "Ryzhkov: The Council of Ministers proposes:\nKamentsev: first deputy chairman;\n"
            "Silaev: deputy chairman, for machine building, as Cdes. Kamentsev and Silaev agreed.\n",
            lambda s: [t.person.id for t in s.turns] == ["gorbachev", "ryzhkov", "ryzhkov"],
        ),
        # a speaker's own proposal before the next turn run on in one line: the next turn is still cut
        (
            "Protocol No. 49, Session of 30 October 1956\nPresent: Bulganin, Molotov, Khrushchev, Kaganovich.\n"
            "I. On Hungary. Cde. Khrushchev — we must withdraw the troops. Send a telegram to Cde. Mikoyan. Cde. "
            "Molotov — I agree. Adopt the declaration with the amendments. Cde. Kaganovich — the declaration is "
            "correct.\n",
            lambda s: [t.person.id for t in s.turns] == ["khrushchev", "molotov", "kaganovich"],
        ),
        # a title's reporter in brackets over those who spoke: a turn, not the title's own bracket
        (
            "Working notes, Session of 12 July 1963\nPresent: Khrushchev, Kosygin, Mikoyan, Suslov.\n"
            "I. On the talks with the Chinese delegation (Suslov)\n(Khrushchev, Mikoyan, Kosygin)\n",
            lambda s: (
                [i.title for i in s.items] == ["On the talks with the Chinese delegation"]
                and [t.person.id for t in s.turns] == ["suslov", "khrushchev", "mikoyan", "kosygin"]
            ),
        ),
        # notes set far from their numbers are notes, not running heads
        (
            _POLITBURO_1986 + "Gorbachev: Agreed.1\n\nNotes\n1      The formal protocol lists Cde. V. I. "
            "Vorotnikov\n       among those present as well.\n\n2      The formal protocol does not mention "
            "Cde. Gromyko.\n",
            lambda s: (
                [(a.person.id, a.basis) for a in s.attendance if not a.basis.present or a.basis is Basis.PROTOCOL]
                == [("vorotnikov", Basis.PROTOCOL), ("gromyko", Basis.OMITTED)]
            ),
        ),
        # a discussion of another body, or a conclusion of another man, told in a speaker's own words
        (
            _POLITBURO_1986 + "Gromyko: The Polish Politburo met the next day. In the discussion on the report the "
            "following spoke: Cdes. Barcikowski, Rakowski.\nIn conclusion, Cde. Kania stated that order would be "
            "restored.\nGorbachev: I do not believe him.\n",
            lambda s: [t.person.id for t in s.turns] == ["gorbachev", "ryzhkov", "gromyko", "gorbachev"],
        ),
        # a given name the people file knows, not its man's: "Karel Hoffmann" is not Heinz Hoffmann, "Boris
        # Aristov" (the ambassador) not Averky Aristov
        (
            _POLITBURO_1986
            + "Gromyko: Cde. Boris Aristov reports from Warsaw; Comrade Karel Hoffmann spoke in Prague.\n",
            lambda s: {m.person.id for m in s.mentions} == {"boris-aristov", "hoffmann"},
        ),
        # an abbreviation's number is no book's note marker; a short surname's is
        (
            _POLITBURO_1986 + "Gorbachev: Instruct Cde. Ryzhkov to report under Art.5\nCde. Gromyko is to settle "
            "it with Cde. Rau.2\n",
            lambda s: [a.task for a in s.assignments] == ["report under Art.5", "settle it with Cde. Rau"],
        ),
    ],
)
def test_what_the_twenty_sixth_rounds_rules_leave_alone(facts_of, text, read):
    """The rules of the twenty-sixth round (unlisted "Name:" speakers, a man charged after an instruction, a
    title's own bracket, running heads among notes, discussions run on, given names, glued markers) must not
    misread the layouts the review of them found them misreading."""
    [s] = facts_of(text).sessions
    assert read(s)


def test_a_printed_collection_with_names_alone_and_its_references_in_full_stops(facts_of):
    """A Russian edition: a speaker's name alone on its line, his words under it, also when they open with
    another man in the third person ("Khrushchev" / "Cde. Molotov is against ..."); "For." is the speaker's word,
    not Ford's abbreviation; "Gosplan — the headquarters." no speaker; a note's reference printed with full
    stops ("RGANI. F. 3. Op. 14. D. 119. L. 1") does not cut its sentence, whose "list of those present also
    includes" names the protocol's men, and "A. I. Kirichenko, who appears in Malin's list, is not named in the
    protocol" is the protocol's omission, not the notes'."""
    [s] = facts_of(
        "PROTOCOL No. 87\nSession of 25 April 1957\n\nPresent: Bulganin, Kirichenko, Mikoyan, Molotov, Khrushchev[1]\n\n"
        "I. On the draft Law\n\nKhrushchev\n\nGosplan — the headquarters. It must not become a superministry.\n\n"
        "Mikoyan\n\nFor. Cde. Molotov has not worked in the economy for a long time.\n\nMolotov\n\nI maintain my "
        "opinion.\n\nKhrushchev\n\nCde. Molotov is against everything new. Adopt the draft.\n\n"
        "RGANI. F. 3. Op. 12. D. 1010. L. 31–35 ob. Manuscript.\n\nNotes\n\n[1] In the formal protocol of the "
        "session (Protocol No. 87 — RGANI. F. 3. Op. 14. D. 119. L. 1) the list of those present also includes F. R. "
        "Kozlov. A. I. Kirichenko, who appears in Malin's list, is not named in the protocol.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "mikoyan", "molotov", "khrushchev"]
    claims = [(a.person.id, a.basis, a.source.label) for a in s.attendance if a.basis is not Basis.LISTED]
    assert claims == [
        ("kozlov-frol", Basis.PROTOCOL, "RGANI, F. 3, Op. 14, D. 119, L. 1"),
        ("kirichenko", Basis.OMITTED, "RGANI, F. 3, Op. 14, D. 119, L. 1"),
    ]


def test_an_essay_that_quotes_a_record_and_comments_on_its_list(facts_of):
    """An editor's essay around a working record: its own file named "in RGANI (F. 89, Op. 43, D. 53, Ll.
    1-12)"; its comment on the formal protocol, "whose list of those present also includes D. A. Kunaev, does
    not include Romanov", read as a note would be, though printed over two lines; a guest list surname first with a double initial ("Vezirov
    A.-R. Kh."); a protocol that "records Cde. M. S. Solomentsev among those absent"."""
    [s] = facts_of(
        "The working record of the session, now held in RGANI (F. 89, Op. 43, D. 53, Ll. 1-12), shows more.\n\n"
        "    SESSION OF THE CC CPSU POLITBURO\n    17 November 1983\n\n    Chaired by Cde. K. U. CHERNENKO\n"
        "    Present: Cdes. G. V. Romanov, M. S. Solomentsev, A. A. Gromyko\n"
        "    Invited: Cdes. Vezirov A.-R. Kh., first secretary of the CC of the Communist Party of Azerbaijan; "
        "Vlasov A. V., USSR Minister of Internal Affairs.\n\n"
        "The formal protocol of the session (Protocol No. 136, RGANI, F. 3, Op. 82, D. 214, L. 1), whose list of\n"
        "those present also includes D. A. Kunaev, does not include Romanov.(1)\n\n"
        "    GROMYKO -- The Statement must be firm.\n\nNotes\n(1) The formal protocol (RGANI, F. 3, Op. 82, D. 214, "
        "L. 1) records Cde. M. S. Solomentsev among those absent.\n"
    ).sessions
    assert "RGANI, F. 89, Op. 43, D. 53, Ll. 1-12" in [c.unit.label for c in s.citations]
    claims = [(a.person.id, a.basis) for a in s.attendance if a.basis not in (Basis.LISTED, Basis.CHAIR)]
    assert claims == [
        ("vezirov", Basis.GUEST),
        ("vlasov", Basis.GUEST),
        ("solomentsev", Basis.OMITTED),
        ("kunaev", Basis.PROTOCOL),
        ("romanov", Basis.OMITTED),
    ]


def test_a_protocol_that_charges_men_with_tasks_in_lettered_points(facts_of):
    """ "a) Cdes. W. Jaruzelski and C. Kiszczak are charged with preparing ..." / "b) Cdes. J. Czyrek ..." are two
    tasks; "Instruct Cdes. Razumovsky G. P. and Vlasov A. V. to prepare ..." names its men surname first; "Cde. M.
    F. Rakowski shared the view ..." and "Cde. S. Olszowski once again stressed ..." are turns."""
    [s] = facts_of(
        "PROTOCOL No. 9\nof the Politburo meeting held on 22 September 1981\n"
        "Present: Cdes. W. Jaruzelski, C. Kiszczak, J. Czyrek, S. Olszowski, G. P. Razumovsky, A. V. Vlasov\n\n"
        "1. The situation\n\nCde. M. F. Rakowski shared the view of Cde. Jaruzelski.\n\n"
        "Cde. S. Olszowski once again stressed that time is working against the party.\n\nIt was decided:\n"
        "a) Cdes. W. Jaruzelski and C. Kiszczak are charged with preparing the draft law.\n"
        "b) Cdes. J. Czyrek and S. Olszowski are charged with preparing a statement.\n"
        "c) Instruct Cdes. Razumovsky G. P. and Vlasov A. V. to prepare the decree.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["rakowski", "olszowski"]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("jaruzelski", "preparing the draft law"),
        ("kiszczak", "preparing the draft law"),
        ("czyrek", "preparing a statement"),
        ("olszowski", "preparing a statement"),
        ("razumovsky", "prepare the decree"),
        ("vlasov", "prepare the decree"),
    ]


_NOTES_1957 = (
    "Working Notes from the Session of the CPSU CC Presidium, 14 March 1957\n"
    "Present: Bulganin, Kozlov, Molotov, Khrushchev, Suslov, Saburov, Pervukhin, Furtseva(1)\n\nI. On Hungary\n\n"
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # an accusation in a speaker's words is no task; a body's own record in gerunds is
        (
            _NOTES_1957 + "Cde. Khrushchev—Cde. Shchelokov is charged with abuse of office. Molotov and Kaganovich "
            "are charged with factional activity.\n\nResolved:\nCdes. Suslov and Furtseva are charged with preparing "
            "the letter.\n",
            lambda s: [a.person.id for a in s.assignments] == ["suslov", "furtseva"],
        ),
        # "whose list" of the notes, not of the protocol; a relative clause on the notes keeps the omission the
        # protocol's
        (
            _NOTES_1957 + "Cde. Khrushchev—agree.\n\nNotes\n(1) Malin's notes, whose list of those present also "
            "includes Suslov, differ here from the formal protocol (RGANI, F. 3, Op. 14, D. 119, L. 1). Kozlov, "
            "whom the notes record as speaking, is not listed in the formal protocol.\n",
            lambda s: (
                [(a.person.id, a.basis, a.source.label) for a in s.attendance if not a.basis.present]
                == [("kozlov-frol", Basis.OMITTED, "RGANI, F. 3, Op. 14, D. 119, L. 1")]
                and not [a for a in s.attendance if a.basis is Basis.PROTOCOL]
            ),
        ),
        # a note on another day's session and its protocol
        (
            _NOTES_1957 + "Cde. Khrushchev—agree.\n\nNotes\n(1) Brezhnev joined the discussion only at the session "
            "of 18 March, whose formal protocol (RGANI, F. 3, Op. 80, D. 1, L. 3) shows that Grishin took part.\n",
            lambda s: not [a for a in s.attendance if a.basis is Basis.PROTOCOL],
        ),
        # an abbreviation that is an ordinary word speaks where the list has its man
        (
            _NOTES_1957 + "Khr.—the situation is getting worse.\nPer.—we must act decisively.\n",
            lambda s: [t.person.id for t in s.turns] == ["khrushchev", "pervukhin"],
        ),
        # names alone: a third-person line that tells another man's own turn is his
        (
            _NOTES_1957 + "Khrushchev\n\nThe discussion has gone on for a month.\n\nMolotov\n\nI maintain my "
            "opinion.\n\nFurtseva\n\nCde. Saburov supports the draft and asks that the ministries be kept.\n\n"
            "Bulganin\n\nFor the draft.\n",
            lambda s: [t.person.id for t in s.turns] == ["khrushchev", "molotov", "saburov", "bulganin"],
        ),
        # a lettered point referred to is no point of the decision
        (
            _NOTES_1957 + "Cde. Khrushchev—agree.\nCde. Suslov is to report on the fulfillment of point 3. a) of the "
            "resolution at the next session.\n",
            lambda s: (
                [a.task for a in s.assignments]
                == ["report on the fulfillment of point 3. a) of the resolution at the next session"]
            ),
        ),
        # "shares" in another's words is no turn of a man the session does not list
        (
            _NOTES_1957
            + "Cde. Khrushchev—the talks went well.\n\nCde. Kádár shares our assessment of the Nagy group.\n",
            lambda s: [t.person.id for t in s.turns] == ["khrushchev"],
        ),
    ],
)
def test_what_the_twenty_seventh_rounds_rules_leave_alone(facts_of, text, read):
    """The rules of the twenty-seventh round (tasks one is charged with, a protocol's list named by "whose", an
    essay's or a note's other meetings, abbreviations that are ordinary words, names alone over a third-person
    line, lettered points, "shared") must not misread the layouts their review found them misreading."""
    [s] = facts_of(text).sessions
    assert read(s)


def test_minutes_told_in_the_third_person_and_what_they_report_of_another_meeting(facts_of):
    """HSWP minutes: "Comrade Havasi did not support the proposal" is a turn; a bare "Németh" is the listed
    Károly Németh, not the people file's Miklós Németh; "Did not take part:" gives the record's own word that a
    man was away; what the report tells of the Moscow meeting ("Comrade Brezhnev stated ...", "Comrade Honecker
    did not agree ...") gives those men no turns, and neither does a man the list leaves out ("Comrade Korom
    raised ...": the record cannot tell him from them)."""
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Committee held on 9 December 1980\n\n"
        "Present: Comrades György Aczél, Ferenc Havasi, Károly Németh\nDid not take part: Comrade Pál Losonczi\n"
        "Chaired by: Comrade János Kádár\n\nAd 1.\n\nComrade János Kádár reported on the meeting in Moscow.\n\n"
        "Comrade Brezhnev stated that the situation had become critical.\n\nComrade Honecker did not agree with "
        "the Polish assessment.\n\nComrade Aczél agreed with the report.\n\nComrade Korom raised the question "
        "of the Hungarians in Poland.\n\nComrade Havasi did not support the proposal in its present form.\n\n"
        "Comrade Németh agreed.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kadar", "aczel", "havasi", "nemeth"]
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis not in (Basis.LISTED, Basis.CHAIR)] == [
        ("losonczi", Basis.ABSENT)
    ]


def test_a_note_that_names_the_man_once_and_then_by_a_pronoun(facts_of):
    """ "The working record lists D. A. Kunaev among those taking part, whereas the protocol (...) records him
    as absent" is the protocol's omission of Kunaev, not its listing of him; "in addition to the Presidium
    members and candidate members named by Malin" compares with the notes, and "It does not, however, list
    Mzhavanadze, whom Malin includes among those present." is the protocol's omission; the "her" of "other" is
    no pronoun."""
    [s] = facts_of(
        "Session of the CPSU CC Presidium, 12 July 1960\n\nPresent: Khrushchev, Kunaev, Suslov, Mzhavanadze(1)\n\n"
        "Cde. Suslov — I support.\n\nRGANI, F. 3, Op. 14, D. 420, Ll. 8-13ob.\n\nNotes\n\n"
        "(1) The working record lists D. A. Kunaev among those taking part, whereas the protocol of the session "
        "(APRF, F. 3, Op. 82, D. 140, L. 22) records him as absent, on leave. The formal protocol (RGANI, F. 3, "
        "Op. 14, D. 411, Ll. 1-3) lists, in addition to the Presidium members and candidate members named by "
        "Malin, Korotchenko. It does not, however, list Mzhavanadze, whom Malin includes among those present. "
        "The protocol names Korotchenko; one other is not listed.\n"
    ).sessions
    claims = [(a.person.id, a.basis, a.source.label) for a in s.attendance if a.basis is not Basis.LISTED]
    assert claims == [
        ("kunaev", Basis.OMITTED, "APRF, F. 3, Op. 82, D. 140, L. 22"),
        ("korotchenko", Basis.PROTOCOL, "RGANI, F. 3, Op. 14, D. 411, Ll. 1-3"),
        ("mzhavanadze", Basis.OMITTED, "RGANI, F. 3, Op. 14, D. 411, Ll. 1-3"),
    ]


def test_a_party_record_with_those_excused_and_its_chair_in_a_sentence(facts_of):
    """A KSČ record: "Excused: Cde. E. Rigo" is his absence on the record's word, on the record's own file
    (a Czech archive's call number); "The meeting was opened and chaired by Cde. A. Dubček." names the chair
    without the sentence's full stop; "Absent:" with names and no "Cde." the same."""
    [s] = facts_of(
        "RECORD\nof the 85th meeting of the Presidium of the CC KSČ, held on 2 July 1968\n"
        "Source: Národní archiv (Prague), Archiv ÚV KSČ, fond 02/1, sv. 71, a. j. 112.\n\n"
        "Present: Cdes. F. Barbírek, V. Biľak, O. Černík\nExcused: Cde. E. Rigo\nAbsent: J. Piller\n"
        "The meeting was opened and chaired by Cde. A. Dubček.\n\nCde. Biľak: I agree.\n"
    ).sessions
    assert [(a.person.id, a.basis, a.name) for a in s.attendance if a.basis is not Basis.LISTED] == [
        ("dubcek", Basis.CHAIR, "A. Dubček"),
        ("rigo", Basis.ABSENT, "E. Rigo"),
        ("piller", Basis.ABSENT, "J. Piller"),
    ]
    assert {a.source.label for a in s.attendance} == {"Národní archiv, Archiv ÚV KSČ, fond 02/1, sv. 71, a. j. 112"}


def test_goods_a_decision_allots_are_no_speakers(facts_of):
    """ "Grain—up to 400,000 tons; cotton—at last year's level." under an item is its decision, not a turn."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 16 January 1958\n"
        "Those Taking Part: Khrushchev, Mikoyan, Suslov\n\n"
        "III. On the Letter from Cde. Gomulka (Mikoyan, Suslov)\n\n"
        "Grain—up to 400,000 tons; cotton—at last year's level. Cdes. Mikoyan and Suslov are to prepare a reply.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["mikoyan", "suslov"]
    assert "grain" not in {a.person.id for a in s.attendance}


@pytest.mark.parametrize(
    ("body", "read"),
    [
        # absent from an item or a part of the meeting only: no absence from the session
        (
            "Present: Cdes. F. Kriegel, E. Rigo\nAbsent: Cde. J. Piller (left after item 1), Cde. O. Šik\n"
            "Absent for item 2: Cde. F. Kriegel\n\nCde. Kriegel: I agree.\n",
            lambda s: [a.person.id for a in s.attendance if a.basis is Basis.ABSENT] == ["sik"],
        ),
        # a title that ends a line is not continued by a decision or the item's lettered points
        (
            "Present: Cdes. Khrushchev, Mikoyan\n\nI. On the Reply to Eisenhower's Letter\n"
            "confirm the text with the amendments voiced here.\n\nII. On the talks on Laos and\n"
            "Approve the results of the talks.\n\nIII. On intermediate- and shorter-range missiles\n",
            lambda s: (
                [i.title for i in s.items]
                == [
                    "On the Reply to Eisenhower's Letter",
                    "On the talks on Laos and",
                    "On intermediate- and shorter-range missiles",
                ]
                and "Approve the results of the talks" in [d.text for d in s.decisions]
            ),
        ),
        # a list in the surname-first order ends with initials; the next line is a speaker's
        (
            "Present: Cdes. Brezhnev, L. I., Suslov, M. A.\nUstinov. The situation is grave.\n",
            lambda s: (
                [t.person.id for t in s.turns] == ["ustinov"]
                and "ustinov" not in {a.person.id for a in s.attendance if a.basis is Basis.LISTED}
            ),
        ),
        # the next page opens with a number, under the page's number: its text, not a note
        (
            "Present: Cdes. Sokolov, Gromyko\n\nSOKOLOV. The Americans plan their tests for August.2 We cannot\n\n"
            "— 2 —\n2 Minuteman tests planned in August. I am against.\nGROMYKO. I agree with Cde. Sokolov.\n\n"
            "Notes\n[2] The Minuteman tests.\n",
            lambda s: [t.person.id for t in s.turns] == ["sokolov-sergei", "gromyko"],
        ),
        # a whole source in brackets does not take the item under it
        (
            "[Source: TsKhSD, f. 89, op. 42, d. 14, ll. 1-8.\n2. On the Course of the Campaign against Alcoholism\n"
            "Present: Cdes. Ligachev\nLIGACHEV. We must not retreat [from the resolution].\n",
            lambda s: (
                [i.title for i in s.items] == ["On the Course of the Campaign against Alcoholism"]
                and [t.person.id for t in s.turns] == ["ligachev"]
            ),
        ),
    ],
)
def test_what_the_twenty_first_rounds_rules_leave_alone(facts_of, body, read):
    [s] = facts_of("Session of the CC CPSU Politburo, 11 July 1985\n" + body).sessions
    assert read(s)


@pytest.mark.parametrize(
    ("note", "read"),
    [
        (
            "The Polish record of the meeting in Warsaw (RGANI, F. 3, Op. 14, D. 370, L. 2) lists, in addition, "
            "Kaganovich and Suslov.",
            [],
        ),
        (
            "Neither Kaganovich nor Suslov, whom the protocol (RGANI, F. 3, Op. 14, D. 370, L. 2) lists among those "
            "present at the session of 23 May, is named here.",
            [],
        ),
        # accounts of other meetings, a memoir, the notes themselves
        (
            "Molotov's account of the meeting with Raab in April, at which Kaganovich and Suslov were also present, "
            "is in AVP RF, F. 06, Op. 14, D. 3, Ll. 1-9.",
            [],
        ),
        (
            "Ulbricht met Khrushchev on 31 July. The SED's account of that meeting (SAPMO-BArch, DY 30/3386) lists "
            "Kaganovich and Suslov as present.",
            [],
        ),
        (
            "Mikoyan's account of this session (Tak bylo, Moscow, 1999, p. 598) names Kaganovich and Suslov among "
            "those taking part but does not mention Molotov.",
            [],
        ),
        ("This account of the session, written up by Malin's deputy, does not mention Kaganovich and Suslov.", []),
        # the controls: another record or account of this meeting is read
        (
            "A shorter account of this meeting (RGANI, F. 3, Op. 14, D. 370, L. 2) names Kaganovich and Suslov among "
            "those taking part.",
            ["kaganovich", "suslov"],
        ),
        (
            "The Polish record of the meeting (RGANI, F. 3, Op. 14, D. 370, L. 2) lists, in addition, Kaganovich "
            "and Suslov.",
            ["kaganovich", "suslov"],
        ),
    ],
)
def test_a_record_of_another_meeting_says_nothing_of_this_one(facts_of, note, read):
    [s] = facts_of(
        "Session of 20 May 1955\n\nPresent: Khrushchev, Molotov.\n\nMolotov — reports on the talks.(1)\n\n"
        f"Notes\n(1) {note}\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis in (Basis.PROTOCOL, Basis.OMITTED)] == read


def test_a_record_that_tells_turns_in_full_names_and_in_direct_speech(facts_of):
    """Hungarian minutes: "Comrade János Kádár supplemented the report." tells a turn by a full name; once the
    record tells turns so, "Comrade Biszku agreed ..." after a turn in direct speech ("Comrade Komócsin: ...") is
    a turn of its own; "Responsible: Comrade Zoltán Komócsin." gives him the decision's point above it."""
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Committee of the HSWP held on 26 March 1968\n"
        "Present: Comrades Béla Biszku, Zoltán Komócsin, Gyula Kállai\nChaired by: Comrade János Kádár\nAd 1.\n"
        "Comrade János Kádár supplemented the written report orally.\nComrade Komócsin: The report is correct.\n"
        "Comrade Biszku agreed with the report.\nComrade Kállai asked whether a meeting was proposed.\nDecision:\n"
        "1. The members of the Central Committee are to be informed in writing.\n"
        "   Responsible: Comrade Zoltán Komócsin. Deadline: 2 April 1968.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kadar", "komocsin", "biszku", "kallai"]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("komocsin", "The members of the Central Committee are to be informed in writing")
    ]


def test_a_turn_in_direct_speech_keeps_its_paragraph_on_what_another_said(facts_of):
    """In a record of direct speech only, "Comrade Kania said ..." on the next line is the speaker's."""
    [s] = facts_of(
        "Session of the CC CPSU Politburo, 16 April 1981\nPresent: Cdes. Brezhnev, Andropov, Kania\n"
        "BREZHNEV: I spoke with the Polish comrades.\nComrade Kania said that they would act.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["brezhnev"]


@pytest.mark.parametrize(
    ("line", "absent"),
    [("Cde. Kozlov—absent (ill).", ["kozlov-frol"]), ("Cde. Kozlov—ill-advised haste, in my view.", [])],
)
def test_one_said_to_be_away_after_the_list(facts_of, line, absent):
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 12 September 1963\n"
        f"Those Taking Part: Cdes. Khrushchev, Brezhnev, Kosygin. {line}\nCde. Kosygin: We must buy.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.ABSENT] == absent


@pytest.mark.parametrize(
    ("body", "turns"),
    [
        # the speaker's own paragraph on what a colleague proposed or asked him, in a record that tells turns
        (
            "Comrade Fock presented the report.\nComrade Kádár (summing up): The discussion was useful.\n"
            "Comrade Fehér proposed that prices be reviewed in the autumn. I agree with this.\n",
            ["fock", "kadar"],
        ),
        # a full name in the present tense of someone the session does not list: a letter quoted
        (
            "Comrade Kádár: I received a letter from Berlin yesterday.\n"
            "Comrade Walter Ulbricht says in his letter that the leadership has lost control.\n",
            ["kadar"],
        ),
        # a speech that opens with "Ill feeling", "Not present at the talks were ...": no one said to be away
        (
            "Cde. Komócsin—Ill feeling among the intelligentsia must not be allowed to grow.\n",
            ["komocsin"],
        ),
    ],
)
def test_what_the_twenty_second_rounds_rules_leave_alone(facts_of, body, turns):
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Committee of the HSWP held on 26 March 1968\n"
        "Present: Comrades Jenő Fock, Lajos Fehér, Zoltán Komócsin\nChaired by: Comrade János Kádár\nAd 1.\n" + body
    ).sessions
    assert [t.person.id for t in s.turns] == turns
    assert [a.person.id for a in s.attendance if not a.basis.present] == []


def test_the_twenty_third_rounds_protocol_and_record(facts_of):
    """A protocol's "HEARD: Report of Cde. Grechko; information of Cde. Gromyko." is two turns; a record's
    "Cde. V. V. Shcherbitsky was absent (in Kiev)." under its list is his absence, which a protocol that
    "lists among the participants, in addition to those named in the record, the CC Secretary A. I.
    Lukyanov" and him too contradicts."""
    [s] = facts_of(
        "PROTOCOL No. 57\nof the Session of the Politburo of the CC CPSU of 19 October 1967\n"
        "Present: Cdes. A. N. Kosygin, M. A. Suslov\nCde. V. V. Shcherbitsky was absent (in Kiev).\n"
        "Invited: Cdes. A. A. Gromyko, A. A. Grechko (for item I).\n"
        "I. On Deliveries to the UAR.(1)\nHEARD: Report of Cde. A. A. Grechko; information of Cde. A. A. Gromyko.\n"
        "Spoke: Cdes. Kosygin, Suslov.\n\nNotes\n(1) The protocol (RGANI, F. 3, Op. 22, D. 17, L. 2) lists among the "
        "participants, in addition to those named in the record, the CC Secretary A. I. Lukyanov. It also lists "
        "V. V. Shcherbitsky as present.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["grechko", "gromyko", "kosygin", "suslov"]
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis in (Basis.ABSENT, Basis.PROTOCOL)] == [
        ("shcherbitsky", Basis.ABSENT),
        ("lukyanov", Basis.PROTOCOL),
        ("shcherbitsky", Basis.PROTOCOL),
    ]


@pytest.mark.parametrize(
    ("heard", "turns", "text"),
    [
        ("HEARD: Cdes. Shepilov, Gromyko.", ["shepilov", "gromyko"], ["", ""]),
        ("HEARD: Cde. Shepilov and Cde. Gromyko.", ["shepilov", "gromyko"], ["", ""]),
        (
            "HEARD: Information of Cdes. Shepilov D. T., Gromyko A. A. on the talks in Cairo.",
            ["shepilov", "gromyko"],
            ["on the talks in Cairo."] * 2,
        ),
        ("Heard: Cdes. Shepilov and Gromyko about the note.", ["shepilov", "gromyko"], ["about the note."] * 2),
        # those who spoke named after the report, in a sentence of the line or on the next
        (
            "HEARD: Information of Cde. D. T. Shepilov. Cdes. Gromyko and Bulganin spoke.",
            ["shepilov", "gromyko", "bulganin"],
            ["", "", ""],
        ),
        ("HEARD: Cde. Shepilov.\nCdes. Gromyko, Bulganin spoke.", ["shepilov", "gromyko", "bulganin"], ["", "", ""]),
        # one man's report, what he reported on after his name: his turn alone, as before
        # reports sent in from elsewhere, or relayed, by men the list does not give: no turns
        ("HEARD: Information of Cdes. Gromyko and Shepilov from Cairo (cipher telegram, read out).", [], []),
        ("HEARD: Statement of Cdes. Gromyko, Shepilov, transmitted through the embassy.", [], []),
        ("HEARD: Report of Cde. Shepilov on the talks in Cairo.", ["shepilov"], ["on the talks in Cairo."]),
        ("HEARD: Cde. Gromyko A. A., who reported on the note.", ["gromyko"], ["who reported on the note."]),
    ],
)
def test_a_protocol_that_heard_several_reports_at_once(facts_of, heard, turns, text):
    """A formal protocol's "HEARD:" may list co-reporters ("Information of Cdes. A, B on ..."): each is a turn
    of the item, and a reporter the list of those present leaves out was there on the protocol's word; the
    decision under them is the record's, not their words."""
    [s] = facts_of(
        "Protocol No. 44 of the Session of the CPSU CC Presidium, 14 March 1957\n"
        "Present: Cdes. Bulganin, Khrushchev, Mikoyan.\nI. On the situation in the Middle East.\n"
        f"{heard}\nRESOLVED: Approve the draft instructions.\nII. On trade.\nSPOKE: Cdes. Khrushchev, Mikoyan.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == [*turns, "khrushchev", "mikoyan"]
    assert [t.text for t in s.turns[: len(turns)]] == text
    assert not [t.name for t in s.turns if t.name.endswith(".")]  # the sentence's stop is no part of a name
    assert {a.person.id for a in s.attendance if a.basis is Basis.INFERRED} == set(turns) - {"bulganin"}
    # a turn with no words of its own shows no stance: each has its position, unclear
    assert [(p.turn, p.stance.value) for p in s.positions] == [(t.seq, "unclear") for t in s.turns]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a second report heard only of a comrade, with nothing after his name
        (
            "PROTOCOL No. 57\nof the Session of the Politburo of the CC CPSU of 19 October 1967\n"
            "Present: Cdes. A. N. Kosygin, A. A. Grechko\nI. On Deliveries\n"
            "HEARD: Report of Cde. A. A. Grechko; information of Gosplan USSR (Cde. Baibakov).\n",
            lambda s: [t.person.id for t in s.turns] == ["grechko"],
        ),
        # a wrapped line that opens "report of Comrade X" is no report heard
        (
            "MINUTES\nof the meeting of the Political Committee of the HSWP held on 26 March 1968\n"
            "Present: Comrades Zoltán Komócsin, Béla Biszku\nChaired by: Comrade János Kádár\nAd 1.\n"
            "Comrade Komócsin reported on the Dresden meeting and, in connection with the\n"
            "report of Comrade Kádár to the Central Committee, proposed that the text be published.\n",
            lambda s: [t.person.id for t in s.turns] == ["komocsin"],
        ),
        # "our Party", "item I" and a man's initials are no speaker's own words after a turn in direct speech
        (
            "MINUTES\nof the meeting of the Political Committee of the HSWP held on 26 March 1968\n"
            "Present: Comrades Zoltán Komócsin, Béla Biszku\nChaired by: Comrade János Kádár\nAd 1.\n"
            "Comrade Biszku reported on the situation.\nComrade Kádár: The discussion was useful.\n"
            "Comrade Komócsin reported on his talks with Comrade L. I. Brezhnev and on our Party's line.\n",
            lambda s: [t.person.id for t in s.turns] == ["biszku", "kadar", "komocsin"],
        ),
        # an absence said in a line of its own, with no list above it
        (
            "Working Notes from the Session of the CPSU CC Presidium on 12 September 1963\n"
            "Cde. Kozlov—absent (ill).\nCde. Khrushchev—We must buy.\n",
            lambda s: (
                [(a.person.id, a.basis) for a in s.attendance if not a.basis.present] == [("kozlov-frol", Basis.ABSENT)]
            ),
        ),
        # the note's names after "besides" a list of others are not read for them
        (
            "Session of the CC CPSU Politburo, 26 February 1987\nPresent: Cdes. M. S. Gorbachev\n"
            "GORBACHEV: We sign.(1)\n\nNotes\n(1) The protocol (RGANI, F. 3, Op. 103, D. 51, L. 1) lists among the "
            "participants, besides Gromyko, Ligachev and Ryzhkov, the CC Secretary A. I. Lukyanov.\n",
            lambda s: "ligachev" not in {a.person.id for a in s.attendance},
        ),
    ],
)
def test_what_the_twenty_third_rounds_rules_leave_alone(facts_of, text, read):
    [s] = facts_of(text).sessions
    assert read(s)


def test_the_twenty_fourth_rounds_discussions_reports_and_notes(facts_of):
    """An SED protocol's "The discussion was joined by Comrades A and B." and "Comrade C and Comrade D spoke in
    the discussion." are turns; "Report of Cde. Pervukhin—Ulbricht is insisting ..." is his; a list's last
    name with a note's number set apart ("K. V. Rusakov 1") is listed; a note that the protocol "records Cde. X
    as absent" and "lists the same participants and in addition Y" is read."""
    [s] = facts_of(
        "Session of the CC CPSU Politburo, 28 April 1983\nPresent: Cdes. E. Honecker, E. Mielke,\n"
        "W. Stoph, K. V. Rusakov 1\nRe 1.\nComrade Honecker reported on the PPR.\n"
        "The discussion was joined by Comrades Mielke and Stoph.\nRe 2.\n"
        "Report of Cde. Rusakov—Ulbricht is insisting on the treaty.\n"
        "Comrade Honecker and Comrade Mielke spoke in the discussion.\n\n"
        "Notes\n1 The protocol (RGANI, F. 3, Op. 102, D. 96, L. 2) records Cde. Stoph as absent. It lists the same "
        "participants and in addition Krenz.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["honecker", "mielke", "stoph", "rusakov", "honecker", "mielke"]
    assert [a.person.id for a in s.attendance if a.basis is Basis.LISTED] == ["honecker", "mielke", "stoph", "rusakov"]
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis in (Basis.OMITTED, Basis.PROTOCOL)] == [
        ("stoph", Basis.OMITTED),
        ("krenz", Basis.PROTOCOL),
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # an item's heading "Report of Cde. X—on the request ..." is no turn of his
        (
            "Session of the CC CPSU Politburo, 23 November 1961\nPresent: Cdes. Khrushchev, Ponomarev\n"
            "II. Report of Cde. Ponomarev—on the request of the Pathet Lao\nGrant the request in part.\n",
            lambda s: s.turns == [],
        ),
        # absent from an item only, or on this record's word and not the protocol's: no omission by it
        (
            "Session of the CC CPSU Politburo, 28 January 1988\nPresent: Cdes. Gorbachev, Yazov\n"
            "GORBACHEV: We withdraw.(1)\n\nNotes\n(1) The protocol (RGANI, F. 3, Op. 103, D. 12, L. 1) records Cde. "
            "Yazov as absent from item 2. This record lists Cde. Gorbachev as absent, but the protocol names him.\n",
            lambda s: [a for a in s.attendance if a.basis is Basis.OMITTED] == [],
        ),
    ],
)
def test_what_the_twenty_fourth_rounds_rules_leave_alone(facts_of, text, read):
    [s] = facts_of(text).sessions
    assert read(s)


def test_the_twenty_fifth_rounds_notes_and_a_word_before_a_dash(facts_of):
    """ "Prices—later, not before the plenum." goes on with the speaker above; "in addition to those listed by
    Malin, Andropov took part" gives Andropov alone; a register of attendance that "records B. N. Yeltsin as
    absent (on leave)" is another source's omission."""
    [s] = facts_of(
        "Session of the Presidium of the CC CPSU, 15 February 1962\nPresent: Khrushchev, Mikoyan, Yeltsin.(1)\n\n"
        "Mikoyan\nProcurement prices must be looked at.\nKhrushchev\nPrices—later, not before the plenum.\n\n"
        "Notes\n(1) The formal protocol (RGANI, F. 3, Op. 18, D. 22, L. 41) records that, in addition to those listed "
        "by Malin, Andropov took part in item II. The register of attendance (APRF, F. 3, Op. 120, D. 47, L. 209) "
        "records B. N. Yeltsin as absent (on leave).\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["mikoyan", "khrushchev"]
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis in (Basis.PROTOCOL, Basis.OMITTED)] == [
        ("andropov", Basis.PROTOCOL),
        ("yeltsin", Basis.OMITTED),
    ]


def test_a_multilateral_meeting_headed_by_its_document_number_with_an_observer(facts_of):
    """A collection's "Document No. 12: Minutes of the Meeting of ..., Moscow, 4 February 1960" dates the
    meeting; "Present as observers: from the CCP—Comrade Kang Sheng" gives a guest, whose turn is told; and
    "Comrade Khrushchev opened the meeting and gave an account of ..." is the chair's turn, though "closed the
    meeting" is none."""
    [s] = facts_of(
        "Document No. 12: Minutes of the Meeting of the Political Consultative Committee of the Warsaw Treaty "
        "Member States, Moscow, 4 February 1960\n\nThe meeting was presided over by Comrade N. S. Khrushchev.\n\n"
        "Taking part:\nFrom the Polish United Workers' Party—Comrades W. Gomułka, J. Cyrankiewicz.\n\n"
        "Present as observers: from the Communist Party of China—Comrade Kang Sheng; also observers from the "
        "Korean Workers' Party.\n\nComrade Khrushchev opened the meeting and gave an account of the international "
        "situation. He proposed a joint Declaration.\n\nComrade Gomułka said that the Polish delegation agreed "
        "with the draft.\n\nComrade Kang Sheng, speaking as an observer, said that the imperialists had not "
        "changed their nature.\n\nComrade Khrushchev closed the meeting.\n"
    ).sessions
    assert s.date == "1960-02-04"
    assert ("kang-sheng", Basis.GUEST) in [(a.person.id, a.basis) for a in s.attendance]
    assert [t.person.id for t in s.turns] == ["khrushchev", "gomulka", "kang-sheng"]


_TYPESCRIPT_PAGE = (
    "\nJachranka 1997 / Doc. 31                                          p. {page}\n" + "-" * 60 + "\n"
    "                                                     TOP SECRET\n"
    "                                                     Copy No. 1\n"
    "                             - {next} -\n\n"
)


def test_a_typescript_of_two_sessions_with_its_pages_furniture_and_an_archivist_s_note(facts_of):
    """A conference typescript: a list and a turn go on over a page's foot and head ("Jachranka 1997 / Doc. 31
    p. 1", "TOP SECRET", "Copy No. 1", "- 2 -"), which are no text of theirs; a man's initials at a line's end
    ("... Grishin and G. A." / "Aliev. The protocol ...") do not make him speak. The archivist's unnumbered
    "Note on the text" under both sessions speaks of each by its day: what it says of the session of 26 March
    (and in the sentence after) is that session's, its files cited there are that session's, and the session of
    2 April gets the file cited for it."""
    facts = facts_of(
        "SESSION OF THE CPSU CC POLITBURO\n\n26 March 1981\n\nCde. L. I. BREZHNEV presiding.\n\n"
        "Also taking part: Cdes. Yu. V. Andro-\npov, A. A. Gromyko, A. P. Kirilenko,\n"
        + _TYPESCRIPT_PAGE.format(page=1, next=2)
        + "V. V. Kuznetsov, K. V. Rusakov\n\n1. On the situation in Poland\n\n"
        "BREZHNEV: Comrades, the situation in Poland has become even more acute. We told him this is out of the\n"
        + _TYPESCRIPT_PAGE.format(page=2, next=3)
        + "question.\n\nANDROPOV: I fully agree with Leonid Il'ich.\n\n"
        "[Source: RGANI, F. 89, Op. 42, D. 38, LI. 1- 3.]\n\nSESSION OF THE CPSU CC POLITBURO\n\n2 April 1981\n\n"
        "3. On the results of the Ninth Plenum of the PZPR CC\n\nSUSLOV: The plenum ended on 30 March.\n\n"
        "GROMYKO: I cannot agree that everything is in order.\n\n" + "-" * 60 + "\n"
        "NOTE ON THE TEXT (by the RGANI archivist)\n\n"
        "The formal protocol of the session of 26 March 1981 (RGANI, F. 3, Op. 72, D. 412, LI. 1-2) lists as "
        "present, in ad-\ndition to those named in the working notes, V. V. Grishin and G. A.\nAliev. The "
        "protocol does not list K. V. Rusakov. For the session of 2 April 1981 the protocol (RGANI,\nF. 3, Op. 72, "
        "D. 415, LI. 3- 4) was not available for comparison.\n"
    )
    march, april = facts.sessions
    assert [(a.person.id, a.basis) for a in march.attendance if a.basis is not Basis.CHAIR] == [
        ("andropov", Basis.LISTED),
        ("gromyko", Basis.LISTED),
        ("kirilenko", Basis.LISTED),
        ("kuznetsov-vasily", Basis.LISTED),
        ("rusakov", Basis.LISTED),
        ("grishin", Basis.PROTOCOL),
        ("aliev", Basis.PROTOCOL),
        ("rusakov", Basis.OMITTED),
    ]
    assert "Jachranka" not in march.turns[0].text and "question." in march.turns[0].text
    assert [t.person.id for t in april.turns] == ["suslov", "gromyko"]
    assert {a.person.id for a in april.attendance} == {"suslov", "gromyko"}
    assert {c.unit.file.label for c in march.citations} >= {"RGANI, F. 3, Op. 72, D. 412"}
    assert "RGANI, F. 3, Op. 72, D. 412" not in {c.unit.file.label for c in april.citations}
    assert "RGANI, F. 3, Op. 72, D. 415" in {c.unit.file.label for c in april.citations}


def test_a_note_that_lists_the_protocol_s_additions_after_an_aside(facts_of):
    """ "lists, besides those named in the working record, Kulakov and Rashidov as participants": the aside
    between the verb and the names compares the protocol with the notes, and the names are the protocol's."""
    [s] = facts_of(
        "Working Record of the Session of the CPSU CC Politburo, 14 August 1975\nPresent: Cdes. Brezhnev L. I., "
        "Katushev K. F.[1]\nBREZHNEV. We must act wisely.\n\n[1] The formal protocol of this session (RGANI, F. 3, "
        "Op. 69, D. 1790, L 2) lists, besides those named in the working record, Kulakov and Rashidov as "
        "participants. The protocol does not list Katushev.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is not Basis.LISTED] == [
        ("kulakov", Basis.PROTOCOL),
        ("rashidov", Basis.PROTOCOL),
        ("katushev", Basis.OMITTED),
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a capital after "and" ends a sentence before a speaker in capitals
        (
            "SESSION OF THE CPSU CC POLITBURO\n\n12 May 1981\n\nPresent: Cdes. Brezhnev, Kosygin.\n\n"
            "BREZHNEV. The figures are given in Annexes A and B.\nKOSYGIN. We can give them the grain.\n",
            lambda s: [t.person.id for t in s.turns] == ["brezhnev", "kosygin"],
        ),
        # a report made at another meeting is no turn at this one
        (
            "Minutes of the meeting of the Political Committee, 9 December 1980\nPresent: Comrades Kádár, Fock.\n"
            "Comrade Kádár said that the talks had gone well.\n\nComrade Fock made a report at the CMEA session in "
            "April on the same question; its text was sent to the members.\n",
            lambda s: [t.person.id for t in s.turns] == ["kadar"],
        ),
        # a session's own numbered note, after a sentence on another meeting, still speaks of this session
        (
            "Minutes of the session of the Political Committee, 13 August 1968\nPresent: Comrades Kádár, Nyers.(1)\n"
            "Comrade Kádár said that the talks had gone well.\n\nNotes\n(1) On the meeting of 3 August 1968 in "
            "Bratislava see Document No. 40. The formal protocol of this session (MNL OL, M-KS 288. f. 5/466. ő.e.) "
            "also lists Comrade Ferenc Münnich as present. It does not mention Comrade Nyers.\n",
            lambda s: (
                [(a.person.id, a.basis) for a in s.attendance if a.basis not in (Basis.LISTED, Basis.CHAIR)]
                == [("munnich", Basis.PROTOCOL), ("nyers", Basis.OMITTED)]
            ),
        ),
    ],
)
def test_what_the_twenty_ninth_rounds_rules_leave_alone(facts_of, text, read):
    """The rules of the twenty-ninth round (initials at a line's end, reports told in the past tense, a note's
    sentences on another day) must not misread the layouts their review found them misreading."""
    [s] = facts_of(text).sessions
    assert read(s)


def test_party_minutes_with_a_chair_s_pseudonym_and_a_guest_for_one_item(facts_of):
    """PZPR minutes: "Wł." is an initial as "W." is; "Comrade Wiesław" is Gomułka, by his party pseudonym (a
    variant in the people file); "Also taking part (for item 2): Comrade M. Naszkowski" is a guest."""
    [s] = facts_of(
        "MINUTES No. 143\nof the meeting of the Political Bureau of the CC PZPR\nheld on 26 November 1957\n\n"
        "Present: members of the Political Bureau: Comrades Wł. Gomułka, J. Cyrankiewicz, E. Ochab.\n"
        "Also taking part (for item 2): Comrade M. Naszkowski, Deputy Minister of Foreign Affairs.\n"
        "The meeting was chaired by Comrade Wiesław.\n\nAd 1.\nComrade Wiesław reported on the course of the Moscow meeting.\n\nComrade Ochab stated that the "
        "delegation had acted correctly.\n\nAd 2.\nComrade Naszkowski reported on the consultations held in Prague.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("gomulka", Basis.LISTED),
        ("cyrankiewicz", Basis.LISTED),
        ("ochab", Basis.LISTED),
        ("naszkowski", Basis.GUEST),
        ("gomulka", Basis.CHAIR),
    ]
    assert [t.person.id for t in s.turns] == ["gomulka", "ochab", "naszkowski"]


def test_minutes_told_in_the_past_give_the_turn_of_a_man_they_do_not_list(facts_of):
    """Minutes list the body's members, not always the men invited: "Comrade Rakowski stated that ..." in a
    paragraph of its own, once the minutes tell their turns so, is his turn. What an absent man said in a letter,
    by telephone or on another occasion is none, nor is a sentence inside another's turn."""
    [s] = facts_of(
        "MINUTES No. 6\nof the meeting of the Political Bureau of the CC PZPR\nheld on 3 September 1981\n\n"
        "Present: Comrades S. Kania, K. Barcikowski, S. Olszowski.\n\nAd 1.\n"
        "Comrade Kania opened the discussion. He stated that the congress was near.\n\n"
        "Comrade Rakowski stated that the government considered the dialogue the only way.\n\n"
        "Comrade Brezhnev stated in his letter that the situation was grave.\n\n"
        "Comrade Honecker said by telephone that the GDR was ready to help.\n\n"
        "Comrade Husák declared at the time that the Czechoslovak party stood firm.\n\n"
        "Comrade Dubček stated on the radio yesterday that the party would not retreat.\n\n"
        "Comrade Ulbricht said during the talks that the GDR was ready.\n\n"
        "Comrade Gomułka, in his speech, stated that the line was right.\n\n"
        "Comrade Olszowski disagreed. He recalled that\nComrade Andropov stated that the line was wrong.\n\n"
        "Comrade Barcikowski supported the draft.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kania", "rakowski", "olszowski", "barcikowski"]
    assert {a.person.id for a in s.attendance} == {"kania", "barcikowski", "olszowski", "rakowski"}


def test_sed_minutes_with_a_chair_among_the_groups_and_those_who_share_a_decision_s_task(facts_of):
    """An SED protocol: "Chair:" under the groups of those present names the chair; "Comrade X justified the
    submission" tells his turn; under a decision's point "Responsible:" and "Participating:" give its task (a
    decision recorded in the passive too) and list no one as present; a site's name over the page is no turn."""
    [s] = facts_of(
        "GHDI - German History in Documents and Images\n\nProtocol No. 12/78\nof the Meeting of the Politburo of the "
        "CC of the SED on 14 March 1978\n\nPresent:\nMembers of the Politburo: Comrades Hermann Axen, Günter Mittag, "
        "Willi Stoph\nCandidates of the Politburo: Comrades Werner Jarowinsky, Gerhard Schürer\nChair: Comrade Erich "
        "Honecker\n\nRe item 1:\nComrade Jarowinsky justified the submission.\n\nSchürer: The plan does not allow it.\n\n"
        "Decision:\n1. The submission is confirmed with the amendments made in the discussion.\nResponsible: Comrade "
        "Jarowinsky\nParticipating: Comrades Schürer, Mittag\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("axen", Basis.LISTED),
        ("mittag", Basis.LISTED),
        ("stoph", Basis.LISTED),
        ("jarowinsky", Basis.LISTED),
        ("schurer", Basis.LISTED),
        ("honecker", Basis.CHAIR),
    ]
    assert [t.person.id for t in s.turns] == ["jarowinsky", "schurer"]
    assert [a.person.id for a in s.assignments] == ["jarowinsky", "schurer", "mittag"]


def test_hswp_minutes_with_the_body_s_decision_in_numbered_points_and_speakers_named_in_a_label(facts_of):
    """HSWP minutes: "The Political Committee:" over numbered points "2. instructed Comrade X to ..." closes the
    last speaker's turn and gives the tasks; "Participating in the discussion: Comrades A, B." names those who
    spoke, not those present; "Responsible for the organization: Comrade X." gives the task before it."""
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Committee of the Hungarian Socialist Workers' Party held on 8 October "
        "1968\n\nPresent: Comrades Béla Biszku, Jenő Fock, Zoltán Komócsin, Rezső Nyers\nThe meeting was chaired by "
        "Comrade János Kádár.\n\nRe 1.\nComrade Zoltán Komócsin reported on the talks.\n\nComrade János Kádár summed "
        "up the discussion. The proposal is correct.\n\nThe Political Committee:\n1. accepted the report;\n"
        "2. instructed Comrade Jenő Fock to prepare the plan;\n3. instructed Comrades Rezső Nyers and Béla Biszku to "
        "inform the ambassadors.\n\nRe 2.\nComrade Béla Biszku presented the proposal.\nParticipating in the "
        "discussion: Comrades Fock, Kádár.\nThe meeting is to be held on 10 October. Responsible for the "
        "organization: Comrade Biszku.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["komocsin", "kadar", "biszku", "fock", "kadar"]
    assert [(a.person.id, a.basis) for a in s.attendance if a.person.id == "kadar"] == [("kadar", Basis.CHAIR)]
    assert [a.person.id for a in s.assignments] == ["fock", "nyers", "biszku", "biszku"]
    assert [p.stance.value for p in s.positions if p.turn == 2] == ["supports"]


def test_a_list_wrapped_after_a_group_s_label_and_its_colon(facts_of):
    """A copy hard-wrapped at a fixed width: "...; Politburo candidate members:" at a line's end, its names below."""
    [s] = facts_of(
        "Protocol No. 21 of the PZPR CC Politburo Meeting, 9 February 1982\n\nPresent: Politburo members: Cdes. K. "
        "Barcikowski,\nS. Olszowski; Politburo candidate members:\nJ. Główczyk; CC secretaries: K. Cypryniak,\n"
        "M. Woźniak.\nThe meeting was chaired by Cde. W. Jaruzelski.\n"
    ).sessions
    assert [a.person.id for a in s.attendance] == [
        "barcikowski",
        "olszowski",
        "glowczyk",
        "cypryniak",
        "wozniak",
        "jaruzelski",
    ]


@pytest.mark.parametrize(
    "menu",
    [
        "International History Declassified\nSearch in",
        "International History Declassified\nSearch Menu Home > Collections > Soviet Cultural Policy",
        "Digital Archive International History Declassified\nHome\nCollections\nCollections > Hungarian Revolution",
        "Home  >  Collections  >  The 1958 Middle East Crisis\nAdvanced Search\nBrowse by Date\nDonate",
        "Home | Collections | Topics | Places | About",
    ],
)
def test_a_page_s_menu_motto_and_trail_are_not_its_title(facts_of, menu):
    """The site's motto under its name, a search form's words, a trail of pages ("Collections > ...") and a menu
    between bars are the page's furniture: its title is the document's, which names the meeting's body."""
    facts = facts_of(
        f"Skip to content\nWilson Center Digital Archive\n{menu}\nJuly 12, 1956\n"
        "Working Notes from the Session of the CPSU CC Presidium on 12 July 1956\nCITATION SHARE DOWNLOAD\n\n"
        "Session of 12 July 1956\nPresent: Khrushchev, Suslov.\nSuslov—Support.\n"
    )
    assert facts.title == "Working Notes from the Session of the CPSU CC Presidium on 12 July 1956"
    [s] = facts.sessions
    assert (s.date, s.body) == ("1956-07-12", "CPSU CC Presidium")


def test_a_sentence_s_words_at_a_line_s_head_are_no_site_menu(facts_of):
    """A wrapped line that opens "search in ..." or "Programs > 5 years ..." is the record's words, not a search
    form's or a trail's."""
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP Provisional Executive Committee, 21 November 1956\n\n"
        "Present: Comrades Kádár, Münnich, Apró.\n\n"
        "Comrade Münnich reported that the command had ordered a\nsearch in the districts of Budapest for weapons.\n"
        "Programs > 5 years were not discussed.\n\nComrade Apró agreed.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["munnich", "apro"]
    assert "search in the districts" in s.turns[0].text and "Programs > 5 years" in s.turns[0].text


def test_a_page_title_names_the_body_of_each_of_its_sessions(facts_of):
    """A page of two sessions whose headings name only their protocols and dates: the page's title names the
    body of both; a protocol's number it does not name."""
    first, second = facts_of(
        "Notes from the Sessions of the CPSU CC Presidium on 4 and 11 December 1958\n\nProtocol No. 193\n"
        "Session of 4 December 1958\nPresent: Khrushchev, Suslov.\nSuslov—Support.\n\nProtocol No. 194\n"
        "Session of 11 December 1958\nPresent: Khrushchev, Kozlov.\nKozlov—Agree.\n"
    ).sessions
    assert [(s.body, s.protocol, s.date) for s in (first, second)] == [
        ("CPSU CC Presidium", "193", "1958-12-04"),
        ("CPSU CC Presidium", "194", "1958-12-11"),
    ]


def test_a_bulletin_s_documents_each_with_its_notes_under_a_heading_in_capitals(facts_of):
    """A bulletin's "DOCUMENT No. 2" after the first document's notes opens the second document's body again."""
    first, second = facts_of(
        "DOCUMENT No. 1\nMinutes of the Meeting of the HSWP CC Politburo, 2 December 1980 (Excerpt)\n\n"
        "Present: Comrades György Aczél, János Kádár.\n\nComrade György Aczél: We must prepare.[1]\n\nNotes\n"
        "[1] The written information is filed with the minutes.\n\n"
        "DOCUMENT No. 2\nMinutes of the Meeting of the HSWP CC Politburo, 16 December 1980 (Excerpt)\n\n"
        "Present: Comrades György Aczél, János Kádár, Károly Németh.\n\nComrade Károly Németh: I agree.\n"
    ).sessions
    assert (first.date, second.date) == ("1980-12-02", "1980-12-16")
    assert [t.person.id for t in second.turns] == ["nemeth"]
    assert [a.person.id for a in second.attendance] == ["aczel", "kadar", "nemeth"]


def test_a_scholar_s_appendix_in_library_of_congress_transliteration(facts_of):
    """A heading left in Russian ("Zasedanie Politbiuro TsK KPSS" / "24.III.1988") names the session's body and
    date; names in the Library of Congress system ("Ligachëv", "Iakovlev", "Sliun'kov") are the people file's."""
    [s] = facts_of(
        "APPENDIX II\n\nZasedanie Politbiuro TsK KPSS\n24.III.1988\n\nChaired by M. S. Gorbachëv.\nPresent: E. K. "
        "Ligachëv, A. N. Iakovlev, N. N. Sliun'kov, D. T. Iazov.\n\nLigachëv: The visit was a success.\n\n"
        "Iakovlev: I support the draft.\n"
    ).sessions
    assert (s.date, s.body) == ("1988-03-24", "CPSU CC Politburo")
    assert [a.person.id for a in s.attendance] == ["gorbachev", "ligachev", "yakovlev", "slyunkov", "yazov"]
    assert [t.person.id for t in s.turns] == ["ligachev", "yakovlev"]


def test_minutes_told_in_the_past_give_no_turns_to_the_men_a_report_quotes(facts_of):
    """The men a report on another meeting quotes in paragraphs of their own ("Comrade Kádár spoke about the talks
    held in Moscow." / "Comrade Brezhnev stated that ...") speak there, not here; nor does a man "in the letter"."""
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Committee held on 9 December 1980\n\nPresent: Comrades Jenő Fock, "
        "Zoltán Komócsin, Rezső Nyers\nThe meeting was chaired by Comrade János Kádár.\n\nRe 1.\nComrade János "
        "Kádár spoke about the talks held in Moscow.\n\nComrade Brezhnev stated that the situation was critical.\n\n"
        "Comrade Kosygin emphasized that the supplies would go on.\n\nComrade Jenő Fock agreed with the report.\n\n"
        "Cde. L. Brezhnev, in the letter, stated that the threat was real.\n\nComrade Rezső Nyers agreed.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kadar", "fock", "nyers"]


def test_malin_s_shorthand_after_a_man_the_file_does_not_know_is_his_turn(facts_of):
    """ "Serdyuk — For Comrade Khrushchev": capitalised words after an unknown man's dash are his words (only a
    site's initials before its name, "GHDI - German History in Documents and Images", are no speaker)."""
    [s] = facts_of(
        "Session of 18 June 1957\nPresent: Khrushchev, Zhukov.\nSerdyuk — For Comrade Khrushchev\n"
        "Kalchenko — Against Comrade Malenkov\nZhukov — Agree.\n"
    ).sessions
    assert [t.name for t in s.turns] == ["Serdyuk", "Kalchenko", "Zhukov"]


def test_a_copy_from_a_word_processor_with_its_typography(facts_of):
    """No-break spaces, soft hyphens inside names, a minus sign as a speaker's dash and a translator's note in
    brackets: the people are read, and every quote is the file's own characters."""
    text = (
        "SESSION OF THE CC CPSU POLITBURO\n8 July 1976\n\nChaired by Cde.\u00a0L.\u00a0I.\u00a0Brezhnev.\n\n"
        "Present: Cdes. Yu.\u00a0V.\u00a0Andropov, A.\u00a0P.\u00a0Kiri\u00adlenko, M.\u00a0S.\u00a0Solo\u00admentsev.\n\n"
        "[Translator’s note: the formal protocol of this session (RGANI, F.\u00a03, Op.\u00a072, D.\u00a0611, L.\u00a01) "
        "does not mention Kiri\u00adlenko.]\n\n1. On the conference\n\nCde.\u00a0Andropov \u2212 We can publish it.\n"
    )
    facts = facts_of(text)
    [s] = facts.sessions
    assert [a.person.id for a in s.attendance if a.basis.present] == [
        "brezhnev",
        "andropov",
        "kirilenko",
        "solomentsev",
    ]
    assert [t.person.id for t in s.turns] == ["andropov"]
    assert "A. P. Kirilenko" in [a.name for a in s.attendance]  # the name as printed, as a reader sees it
    assert [a.person.id for a in s.attendance if a.basis is Basis.OMITTED] == ["kirilenko"]
    spans = [x.span for x in (*s.attendance, *s.turns, *s.mentions, *s.citations)]
    assert all(text[sp.start : sp.end] == sp.quote for sp in spans)
    assert any(sp.quote == "A.\u00a0P.\u00a0Kiri\u00adlenko" for sp in spans)


def test_a_report_told_by_stated_of_another_meeting_gives_no_turns_to_those_it_quotes(facts_of):
    """ "Comrade Kania stated that the meeting in Moscow had been difficult" is a report on that meeting: the
    paragraph under it ("Comrade Brezhnev stated that ...") is what was said there."""
    [s] = facts_of(
        "Protocol No. 40 of the PZPR CC Politburo Meeting, 14 April 1981\n\nPresent: Comrades S. Kania, K. "
        "Barcikowski, S. Olszowski.\n\nAd 1.\nComrade S. Kania stated that the meeting in Moscow had been difficult."
        "\n\nComrade Brezhnev stated that the Polish leadership must act decisively.\n\nComrade Olszowski stated "
        "that the party must respond.\n\nComrade Rakowski stated that the government would talk with the unions.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kania", "olszowski", "rakowski"]
    assert "brezhnev" not in {a.person.id for a in s.attendance}


def test_an_edition_of_two_sessions_with_its_apparatus(facts_of):
    """A scholarly edition's page: "Vol. 1." is no agenda item, an abbreviation the editor completes
    ("Khr[ushchev]") is the name in a list of those who spoke, a doubtful reading ("[Kaganovich?]—") is no
    speaker, and the endnotes under both sessions go each to the session whose text carries its superscript
    marker, with the files they cite ("names X as well among those present")."""
    first, second = facts_of(
        "PREZIDIUM TsK KPSS 1954–1964\nVol. 1. Draft Protocol Notes of the Sessions.\n\nNo. 31\nPROTOCOL No. 111\n"
        "Session of 4 April 1955\n\nPresent: Khrushchev, Bulganin, Molotov, Pospelov.\n\n"
        "I. On Austria¹\n\nMolotov—Reads the draft.\n\n[Kaganovich?]—Not to hurry.\n\nBulg[anin]—For the draft.\n\n"
        "No. 32\nPROTOCOL No. 112\nSession of 7 April 1955\n\nPresent: Khrushchev, Bulganin, Molotov.\n\n"
        "I. On Yugoslavia²\n\nMol[otov]—Against going to Belgrade.\n\nII. On the sowing. (Molotov, Khr[ushchev])\n\n"
        "Notes\n1 Protocol No. 111. The protocol lists as present, besides those named in the notes, A. A. Gromyko; "
        "it does not mention Pospelov. — RGANI. F. 3. Op. 10. D. 137. L. 5–6.\n"
        "2 Protocol No. 112. The protocol names Pospelov as well among those present. — RGANI. F. 3. Op. 10. D. 137. "
        "L. 9.\n"
    ).sessions
    assert [i.number for i in first.items] == ["I"]
    assert [t.person.id for t in first.turns] == ["molotov", "bulganin"]
    assert [(t.person.id, t.name) for t in second.turns] == [
        ("molotov", "Mol[otov]"),
        ("molotov", "Molotov"),
        ("khrushchev", "Khr[ushchev]"),
    ]
    assert [(a.person.id, a.basis) for a in first.attendance if a.basis is not Basis.LISTED] == [
        ("gromyko", Basis.PROTOCOL),
        ("pospelov", Basis.OMITTED),
    ]
    assert [(a.person.id, a.basis) for a in second.attendance if a.basis is not Basis.LISTED] == [
        ("pospelov", Basis.PROTOCOL)
    ]
    assert [c.unit.label for c in first.citations] == ["RGANI, F. 3, Op. 10, D. 137, Ll. 5-6"]
    assert [c.unit.label for c in second.citations] == ["RGANI, F. 3, Op. 10, D. 137, L. 9"]


def test_an_initial_of_two_letters_wherever_a_name_is_read(facts_of):
    """ "Wł." is an initial for every reader of names, as "W." is: a speaker keeps it in the name as printed, and a
    note's sentence does not end at it ("lists ... Comrade Wł. Gomułka as a participant")."""
    [s] = facts_of(
        "Minutes of the PZPR CC Politburo session, 12 March 1968\nPresent: Comrades Z. Kliszko, E. Ochab.[1]\n\n"
        "Wł. Gomułka: The situation is serious.\nZ. Kliszko: I agree.\n\n[1] The formal protocol of this session "
        "lists, besides those named in the working record, Comrade Wł. Gomułka as a participant.\n"
    ).sessions
    assert [(t.person.id, t.name) for t in s.turns] == [("gomulka", "Wł. Gomułka"), ("kliszko", "Z. Kliszko")]
    assert ("gomulka", Basis.PROTOCOL) in {(a.person.id, a.basis) for a in s.attendance}


def test_a_record_that_names_its_speakers_by_the_posts_its_list_gives(facts_of):
    """A list of posts and names joined by dots ("Minister of Defense of the USSR ...... D. F. Ustinov"), under
    group labels with no colon ("members of the Commission", "invited"), is read name by name ("I. V. Arkhipov"
    after the dots is no item I.); a speaker printed by his post ("The Minister of Defense (interrupting):") is
    the man the list gives it, and a bare "The Chairman" the first listed chairman, not the Chairman of the KGB.
    A note's "M. V. Zimyanin, Secretary of the CC, among those present" gives Zimyanin, not a man "Secretary"."""
    [s] = facts_of(
        "RECORD\nof the meeting of the Commission of the CPSU CC Politburo\n\n11 June 1981\n\nPresent:\n"
        "members of the Commission\n"
        "   Chairman of the Commission, Secretary of the CPSU CC ............ M. A. Suslov\n"
        "   Chairman of the KGB of the USSR ................................. Yu. V. Andropov\n"
        "   Minister of Defense of the USSR ................................. D. F. Ustinov\n"
        "   First Deputy Chairman of the USSR Council of Ministers .......... I. V. Arkhipov\n"
        "invited\n"
        "   Chief of the General Staff of the Armed Forces of the USSR ...... N. V. Ogarkov(1)\n\n"
        "I. On the results of the plenum\n\nThe Chairman: We have met to take stock of the plenum.\n\n"
        "The Chairman of the KGB: Kania survived.\n\nThe Minister of Defense (interrupting): What is the result?\n\n"
        "The First Deputy Chairman: Agreed.\n\nNotes\n\n1. The formal protocol of this meeting (RGANI, F. 89, "
        "Op. 66, D. 2, L 30) lists M. V. Zimyanin, Secretary of the CC, among those present.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("suslov", Basis.LISTED),
        ("andropov", Basis.LISTED),
        ("ustinov", Basis.LISTED),
        ("arkhipov", Basis.LISTED),
        ("ogarkov", Basis.GUEST),
        ("zimyanin", Basis.PROTOCOL),
    ]
    assert [(t.person.id, t.name) for t in s.turns] == [
        ("suslov", "Chairman"),
        ("andropov", "Chairman of the KGB"),
        ("ustinov", "Minister of Defense"),
        ("arkhipov", "First Deputy Chairman"),
    ]


_BY_POSTS = (
    "RECORD\nof the meeting of the Commission of the CPSU CC Politburo\n\n11 June 1981\n\nPresent:\n"
    "   Chairman of the Commission, Secretary of the CPSU CC ............ M. A. Suslov\n"
    "   Minister of Foreign Affairs of the USSR ......................... A. A. Gromyko\n"
    "   Deputy Minister of Foreign Affairs of the USSR .................. G. M. Kornienko\n"
    "   First Deputy Chairman of the USSR Council of Ministers .......... I. V. Arkhipov\n\n"
    "I. On the plenum\n\nThe Chairman: We must answer them.\n\nDecided:\n"
)


@pytest.mark.parametrize(
    ("decision", "tasks"),
    [
        # men tasked by the posts the list gives them, with a body and its man to work with
        (
            "1. The Minister of Foreign Affairs and the Chairman of the Commission are to prepare the reply.\n"
            "2. The First Deputy Chairman of the USSR Council of Ministers, together with the USSR Gosplan (Cde. N. K. "
            "Baibakov), is to submit proposals within a week.\n",
            [
                ("gromyko", "Minister of Foreign Affairs", "prepare the reply"),
                ("suslov", "Chairman of the Commission", "prepare the reply"),
                (
                    "arkhipov",
                    "First Deputy Chairman of the USSR Council of Ministers",
                    "submit proposals within a week",
                ),
                ("Gosplan", "Gosplan", "submit proposals within a week"),
                ("baibakov", "N. K. Baibakov", "submit proposals within a week"),
            ],
        ),
        # a comrade to work with a post
        (
            "1. The Minister of Foreign Affairs, together with Cde. Zamyatin, is to prepare a statement of TASS.\n",
            [
                ("gromyko", "Minister of Foreign Affairs", "prepare a statement of TASS"),
                ("zamyatin", "Zamyatin", "prepare a statement of TASS"),
            ],
        ),
        # a post the list gives no one man, or no one, is no guess at who holds it: no post of the list has
        # "Secretary" and "Commission" in one part
        ("1. The Deputy Minister and the Minister of Defense are to prepare the reply.\n", []),
        ("1. The USSR Ambassador in the PPR is to inform Cde. Kania.\n", []),
        ("1. The Secretary of the Commission is to circulate the record.\n", []),
        # a decision about the man, not his task
        ("1. The Minister of Foreign Affairs is to be relieved of the direction of the talks.\n", []),
    ],
)
def test_a_record_tasks_men_by_the_posts_its_list_gives(facts_of, decision, tasks):
    [s] = facts_of(_BY_POSTS + decision).sessions
    assert [(a.person.id if a.person else a.organisation, a.name, a.task) for a in s.assignments] == tasks


@pytest.mark.parametrize(
    "present",
    [
        # group labels with dots to their names
        "Members of the Politburo ........ Cdes. M. S. Gorbachev, A. A. Gromyko\n"
        "Candidate members ........ Cdes. E. A. Shevardnadze\n",
        # each name first, the dots to his post
        "M. S. Gorbachev ........ General Secretary of the CC CPSU\nA. A. Gromyko ........ Chairman of the Presidium "
        "of the Supreme Soviet\nE. A. Shevardnadze ........ Minister of Foreign Affairs\n",
    ],
)
def test_lists_whose_dots_lead_from_a_label_or_a_name(facts_of, present):
    [s] = facts_of(
        f"SESSION OF THE CC CPSU POLITBURO\n14 May 1987\n\nPresent:\n{present}\n1. On Afghanistan.\n\n"
        "GORBACHEV. We must decide.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("gorbachev", Basis.LISTED),
        ("gromyko", Basis.LISTED),
        ("shevardnadze", Basis.LISTED),
    ]


def test_a_speaker_by_the_post_a_list_gives_after_his_name(facts_of):
    [s] = facts_of(
        "SESSION OF THE CC CPSU POLITBURO\n14 May 1987\n\nPresent:\nM. S. Gorbachev ........ General Secretary of "
        "the CC CPSU\nE. A. Shevardnadze ........ Minister of Foreign Affairs\n\n1. On Afghanistan.\n\n"
        "The Minister of Foreign Affairs: The talks go on.\n"
    ).sessions
    assert [(t.person.id, t.name) for t in s.turns] == [("shevardnadze", "Minister of Foreign Affairs")]


def test_a_post_tasked_in_a_speech_is_no_task(facts_of):
    """In a speaker's own words "The Minister of Defense is to report to the Sejm" may be another country's."""
    text = _BY_POSTS.replace(
        "Decided:\n",
        "The Chairman: Jaruzelski told us the army is ready. The Minister of "
        "Foreign Affairs is to report to the Sejm next week.\n",
    )
    [s] = facts_of(text).sessions
    assert s.assignments == []


def test_a_department_s_man_after_the_list_is_a_guest(facts_of):
    """ "From the CC Department of Propaganda—Cde. Stepakov." under a Secretariat's list: a guest, not a member."""
    [s] = facts_of(
        "SESSION OF THE CC CPSU SECRETARIAT\n27 May 1968\n\nChaired comrade SUSLOV M.A.\n\n"
        "Present C.C. Kirilenko A.P.; Demichev P.N.\n\nFrom the CC Department of Propaganda—Cde. Stepakov.\n\n"
        "I. On the coverage of events\n\nSUSLOV The comrades have read the information.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("suslov", Basis.CHAIR),
        ("kirilenko", Basis.LISTED),
        ("demichev", Basis.LISTED),
        ("stepakov", Basis.GUEST),
    ]


_POSTS = (
    "RECORD\nof the meeting of the Commission of the CPSU CC Politburo\n\n12 April 1980\n\nPresent:\n"
    "members of the Commission\n"
    "   Minister of Foreign Affairs of the USSR, Chairman of the Commission ...... A. A. Gromyko\n"
    "   Chairman of the KGB of the USSR ......................................... Yu. V. Andropov\n"
    "   Minister of Defense of the USSR ......................................... D. F. Ustinov\n"
    "   Secretary of the CC CPSU ................................................ B. N. Ponomarev\n"
    "   Secretary of the CC CPSU ................................................ K. V. Rusakov\n\n"
    "I. On Afghanistan\n\n"
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # "The Chairman" is the chairman of the commission, wherever his post says so, not the KGB's
        (
            _POSTS + "The Chairman: The question is the withdrawal.\n\nThe Chairman of the KGB: Kabul is unstable.\n",
            lambda s: [t.person.id for t in s.turns] == ["gromyko", "andropov"],
        ),
        # two men of one post speak unnamed; a body a decision addresses, another state's minister, speak not
        (
            _POSTS + "The Chairman: We begin.\n\nThe Secretary of the CC CPSU: I agree.\n\nThe KGB of the USSR: to "
            "report on the delegates.\n\nThe Minister of Defense (of the DRA): The army is ready.\n",
            lambda s: [t.person.id for t in s.turns] == ["gromyko"],
        ),
        # a given name before another man's surname is his, not Gomułka's pseudonym
        (
            "SESSION OF THE CPSU CC POLITBURO\n\n10 December 1981\n\nPresent: Cdes. Brezhnev, Rusakov.\n\n"
            "RUSAKOV. His adviser Wiesław Górnicki told our people that the general fears bloodshed.\n",
            lambda s: (
                [(m.person.id, m.name) for m in s.mentions if m.name.startswith("Wiesław")]
                == [("gornicki", "Wiesław Górnicki")]
            ),
        ),
        # a lone chairman of an office is no "The Chairman", a first deputy chairman no "Chairman of ..."
        (
            "RECORD\nof the meeting of the Commission\n\n12 April 1980\n\nPresent:\nmembers of the Commission\n"
            "   Chairman of the KGB of the USSR ......................................... Yu. V. Andropov\n"
            "   First Deputy Chairman of the USSR Council of Ministers .................. I. V. Arkhipov\n\n"
            "I. On Afghanistan\n\nThe Chairman: We begin.\n\nThe Chairman of the Council of Ministers: Agreed.\n",
            lambda s: s.turns == [],
        ),
        # a row of dots that cuts a list of names is no post's
        (
            "RECORD\nof the meeting of the Commission\n\n12 April 1980\n\nPresent:\nmembers of the Commission\n"
            "L. I. Brezhnev, A. N. Kosygin .... M. A. Suslov\nA. A. Gromyko\n\nBREZHNEV. We begin.\n",
            lambda s: [a.person.id for a in s.attendance] == ["brezhnev", "kosygin", "suslov", "gromyko"],
        ),
        # a post before a name in a note is no name of its own
        (
            "Session of 14 October 1964\nPresent: Khrushchev, Mikoyan.(1)\nCde. Khrushchev—agree.\n\nNotes\n(1) The "
            "protocol of this session records Ambassador Zorin and Deputy Minister Kuznetsov as present for item I.\n",
            lambda s: [a.person.id for a in s.attendance if a.basis is Basis.PROTOCOL] == ["zorin", "kuznetsov-vasily"],
        ),
    ],
)
def test_what_the_thirtieth_rounds_rules_leave_alone(facts_of, text, read):
    """The rules of the thirtieth round (speakers by their posts, rows of dots, a pseudonym, posts in a note's
    list of names) must not misread the layouts their review found them misreading."""
    [s] = facts_of(text).sessions
    assert read(s)


def test_an_unnumbered_note_under_its_own_document_in_a_collection_is_that_session_s(facts_of):
    """A collection that prints each document's notes under it: an unnumbered note under the first is that
    session's, all of it, though it names another meeting first."""
    first, second = facts_of(
        "Minutes of the session of the Political Committee, 13 August 1968\nPresent: Comrades Kádár, Nyers.\n"
        "Comrade Kádár said that the talks had gone well.\n\nNotes\nOn the meeting of 3 August 1968 in Bratislava see "
        "Document No. 40. The formal protocol (MNL OL, M-KS 288. f. 5/466. ő.e.) does not mention Comrade Nyers.\n\n"
        "Document No. 42\n\nMinutes of the session of the Political Committee, 20 August 1968\nPresent: Comrades Kádár, Biszku.\n"
        "Comrade Biszku said that the situation was grave.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in first.attendance if a.basis is Basis.OMITTED] == [("nyers", Basis.OMITTED)]
    assert not [a for a in second.attendance if a.basis is Basis.OMITTED]


def test_minutes_whose_groups_end_in_comrades_after_a_comma_with_guests_for_one_item(facts_of):
    """A list's groups labelled "members of the Politburo, Comrades: ..." and "secretary of the CC, Comrade ...",
    and guests "Also taking part in the discussion of item 1: Comrade X, Minister of ..., and Comrade Y": those
    present, and the guests' past-tense turns theirs."""
    [s] = facts_of(
        "MINUTES No. 38\nof the meeting of the Politburo of the CC PZPR held on 12 April 1966\n\n"
        "The meeting was chaired by Comrade W. Gomułka.\n\n"
        "Present: members of the Politburo, Comrades: J. Cyrankiewicz, E. Gierek, Z. Kliszko; candidate members "
        "of the Politburo, Comrades: M. Jagielski, P. Jaroszewicz; secretary of the CC, Comrade A. Starewicz.\n\n"
        "Also taking part in the discussion of item 1: Comrade M. Moczar, Minister of Internal Affairs, and "
        "Comrade A. Skarżyński, Director of the Office for Religious Affairs.\n\n"
        "Re 1.\n\nComrade Z. Kliszko reported on the state of preparations for the celebrations.\n\n"
        "Comrade M. Moczar informed the meeting that the Episcopate was bringing people to Częstochowa.\n\n"
        "Comrade A. Skarżyński informed the meeting of the talks on the routes of the processions.\n"
    ).sessions
    claims = [(a.person.id, a.basis) for a in s.attendance]
    assert claims == [
        ("gomulka", Basis.CHAIR),
        *[(who, Basis.LISTED) for who in ["cyrankiewicz", "gierek", "kliszko", "jagielski", "jaroszewicz"]],
        ("starewicz", Basis.LISTED),
        ("moczar", Basis.GUEST),
        ("skarzynski", Basis.GUEST),
    ]
    assert [t.person.id for t in s.turns] == ["kliszko", "moczar", "skarzynski"]


def test_a_working_record_with_a_note_marked_by_an_asterisk(facts_of):
    """A note marked "*" after the list ("Ryzhkov N. I.*") and printed under the text ("* The formal protocol
    ..."), names surname-first with initials ("also Kapitonov I. V. It does not list Ponomarev B. N."): what the
    other source states; a speaker's words that open with an editor's insertion ("DOBRYNIN. [The Americans] ...")."""
    [s] = facts_of(
        "SESSION OF THE CC CPSU POLITBURO\n\n28 July 1983\n\nChaired by Cde. ANDROPOV Yu. V.\n\n"
        "Present: Cdes. Gorbachev M. S., Gromyko A. A., Ponomarev B. N., Ryzhkov N. I.*\n\n"
        "GROMYKO. The Americans want the agreement more than we do.\n\n"
        "PONOMAREV. [The Americans] will use it in their propaganda.\n\n"
        "ANDROPOV. Approve the draft.\n\n"
        "* The formal protocol of this session (TsKhSD, F. 3, Op. 82, D. 119, L. 1) lists among those present also "
        "Kapitonov I. V. It does not list Ponomarev B. N., who is named in the working record.\n"
    ).sessions
    claims = {(a.person.id, a.basis) for a in s.attendance}
    assert {("kapitonov", Basis.PROTOCOL), ("ponomarev", Basis.OMITTED), ("ponomarev", Basis.LISTED)} <= claims
    assert [t.person.id for t in s.turns] == ["gromyko", "ponomarev", "andropov"]
    assert s.turns[1].text.startswith("[The Americans] will use it")


FIRST = (
    "Session of the CC CPSU Politburo, 19 November 1987\n\nPresent: Cdes. Gromyko A. A.\n\nGROMYKO. We must leave.\n\n"
)
SECOND = (
    "Session of the CC CPSU Politburo, 26 May 1988\n\nGorbachev: The columns have crossed.\n\nShevardnadze: Go on.\n\n"
)
SOURCE_17 = (
    "Source: RGANI, Fond 89, Perechen 42, Dokument 17, Listy 1-9. Translated for the National Security Archive.\n\n"
)
SOURCE_21 = "Source: RGANI, Fond 89, Perechen 42, Dokument 21, Listy 3-11.\n\n"


@pytest.mark.parametrize(
    "page",
    [
        FIRST + SOURCE_17 + SECOND + SOURCE_21,  # each closed by its own
        SOURCE_17 + FIRST + SOURCE_21 + SECOND + "Source: National Security Archive.\n",  # each headed by its own
    ],
)
def test_a_briefing_book_of_two_documents_each_with_its_source_line(facts_of, page):
    """A page of two documents, each closed (or headed) by the page's kind of source line ("Source: ..., Fond 89,
    Perechen 42, Dokument 17"): each names the file of its own session, not every session's."""
    sessions = facts_of(page).sessions
    assert [(s.date, [(c.unit.label, c.notes_source) for c in s.citations]) for s in sessions] == [
        ("1987-11-19", [("RGANI, F. 89, Op. 42, D. 17, Ll. 1-9", True)]),
        ("1988-05-26", [("RGANI, F. 89, Op. 42, D. 21, Ll. 3-11", True)]),
    ]


def test_notes_marked_by_asterisks_among_a_list_and_under_one_of_two_sessions_and_bullets_that_are_none(facts_of):
    """An asterisk after a name amid a list ("Ryzhkov N. I.*, Solomentsev ...") keeps the list, and its note goes
    with the session whose text carries the marker; a decision's bullets ("* Cde. Chebrikov is to ...") are no
    notes, though a word is set in asterisks ("*now*") and a marker is too, and they are tasks under "The Politburo
    resolves:"; an editor's remark after a name is no turn."""
    [first, second] = facts_of(
        "Session of the CC CPSU Politburo, 30 May 1987\n\nPresent: Cdes. Gorbachev M. S., Gromyko A. A., "
        "Ryzhkov N. I.\n\nGROMYKO. The Americans want the agreement.\n\n"
        "Reagan. [Gorbachev reads out excerpts from Reagan's letter.]\n\n"
        "Session of the CC CPSU Politburo, 4 June 1987\n\nPresent: Cdes. Gorbachev M. S., Ryzhkov N. I.**, "
        "Gromyko A. A., Chebrikov V. M.\n\nGORBACHEV. We must act *now*, not after the plenum.\n\nThe Politburo resolves:\n\n"
        "* Cde. Chebrikov is to investigate the circumstances of the flight.\n"
        "* Cde. Gromyko is to inform the ambassadors.\n\n"
        "** Ryzhkov was on leave from 1 June; the protocol nevertheless lists him.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in first.attendance] == [
        (who, Basis.LISTED) for who in ["gorbachev", "gromyko", "ryzhkov"]
    ]
    assert [t.person.id for t in first.turns] == ["gromyko"]
    assert [(a.person.id, a.basis) for a in second.attendance] == [
        *[(who, Basis.LISTED) for who in ["gorbachev", "ryzhkov", "gromyko", "chebrikov"]],
        ("ryzhkov", Basis.PROTOCOL),
    ]
    assert [(a.person.id, a.task) for a in second.assignments] == [
        ("chebrikov", "investigate the circumstances of the flight"),
        ("gromyko", "inform the ambassadors"),
    ]


def test_a_stenogram_whose_chair_speaks_by_his_office(facts_of):
    """A stenographic record: "Presiding: N. S. Khrushchev", then "CHAIRMAN:" for his words, his "CHAIRMAN: Cde.
    Mikoyan." giving the floor no chair of its own; "VOICE:" is no one."""
    [s] = facts_of(
        "PROTOCOL No. 126\nSession of 28 November 1963\n\nSTENOGRAPHIC RECORD\nof the session of the Presidium of "
        "the CC CPSU\n\nPresiding: N. S. Khrushchev\n\nPresent: L. I. Brezhnev, A. N. Kosygin, A. I. Mikoyan.\n\n"
        "CHAIRMAN: Comrades, we have one question today. Cde. Kosygin.\n\n"
        "KOSYGIN: We propose to buy the plants on credit.\n\nCHAIRMAN: How much in currency?\n\n"
        "KOSYGIN: About one billion rubles.\n\nVOICE: That is a lot.\n\nCHAIRMAN: Cde. Mikoyan.\n\n"
        "MIKOYAN: I support the proposal.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.CHAIR),
        *[(who, Basis.LISTED) for who in ["brezhnev", "kosygin", "mikoyan"]],
    ]
    assert [t.person.id for t in s.turns] == [
        "khrushchev",
        "kosygin",
        "khrushchev",
        "kosygin",
        "khrushchev",
        "mikoyan",
    ]


def test_minutes_whose_decisions_are_given_item_by_item_under_one_label(facts_of):
    """ "Decisions:" over "Re item 1:" and "Re item 2:", each with its points from 1: tasks, not agenda items; a
    turn told with an aside before its verb ("Comrade Gáspár, supplementing the written submission, said ..."); a
    man responsible for a point, and one named with his post between commas."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Committee of the HSWP CC, 14 March 1972\n\n"
        "Present: Comrades János Kádár, Sándor Gáspár, Jenő Fock, Zoltán Komócsin, Rezső Nyers\n\n"
        "Agenda:\n1. Proposal on raising the wages of workers\n2. Preparations for the visit of the Cuban delegation\n\n"
        "Item 1\n\nComrade Gáspár, supplementing the written submission, said that the wages had fallen behind.\n\n"
        "Comrade Nyers said that he could not support the proposal in its present form.\n\n"
        "Item 2\n\nComrade Komócsin reported on the state of the preparations.\n\nDecisions:\n\nRe item 1:\n"
        "1. The Political Committee agrees in principle to a wage increase.\n"
        "2. Comrade Fock is to ensure that the Council of Ministers examines the budgetary measures.\n\nRe item 2:\n"
        "1. The Political Committee approves the plan of the preparations.\n"
        "2. Comrade Komócsin is responsible for the political preparation of the visit; Comrade Puja, First Deputy "
        "Minister of Foreign Affairs, is to agree the program with the Cuban embassy.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gaspar", "nyers", "komocsin"]
    assert [it.title for it in s.items] == [
        "Proposal on raising the wages of workers",
        "Preparations for the visit of the Cuban delegation",
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("fock", "ensure that the Council of Ministers examines the budgetary measures"),
        ("komocsin", "the political preparation of the visit"),
        ("puja", "agree the program with the Cuban embassy"),
    ]


def test_a_record_s_chair_line_is_no_stenogram_s_chairman_speaking(facts_of):
    """ "Chairman: Cde. X" in a record's own case is its chair, for an item too, not the words of the chair named
    before; an item's own decision under "Re item 1:" leaves the next item's discussion its turns."""
    [s] = facts_of(
        "Protocol No. 12 of the meeting of the Politburo of the CC SED, 4 May 1965\n\nChairman: Cde. W. Ulbricht\n\n"
        "Present: Comrades E. Honecker, K. Hager, W. Stoph\n\nAgenda:\n1. The plan of the celebrations\n"
        "2. The delegation to Hungary\n\nRe item 1:\n\nDecision:\n"
        "1. The submission is approved.\n2. Comrade Honecker is to inform the district leaderships.\n\n"
        "Chairman: Cde. W. Stoph (for item 2).\n\nRe item 2:\n\nHAGER thinks that the talks went well.\n\n"
        "STOPH proposes to send the delegation in June.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is Basis.CHAIR] == [
        ("ulbricht", Basis.CHAIR),
        ("stoph", Basis.CHAIR),
    ]
    assert [t.person.id for t in s.turns] == ["hager", "stoph"]


def test_an_aside_that_tells_of_another_occasion_makes_no_turn(facts_of):
    """ "Comrade Fock, at the Moscow session of the CMEA in January, stated ..." is told of another meeting: no
    turn, though "Comrade Gáspár, supplementing the written submission, said ..." is one."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Committee of the HSWP CC, 14 March 1972\n\n"
        "Present: Comrades János Kádár, Béla Biszku, Sándor Gáspár, Jenő Fock\n\n"
        "Comrade Gáspár, supplementing the written submission, said that the wages had fallen behind.\n\n"
        "Comrade Biszku reported on the talks in Moscow.\n\n"
        "Comrade Fock, at the Moscow session of the CMEA in January, stated that the prices would rise.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gaspar", "biszku"]


def test_a_working_protocol_s_heading_over_two_lines(facts_of):
    """An SED "Working Protocol No. 39/61" / "of the Session of the Politburo on Monday, 7 August 1961" is a
    session's heading: its date and number are the session's. Who kept the record, under the list's groups, is
    not one of those present."""
    [s] = facts_of(
        "Working Protocol No. 39/61\nof the Session of the Politburo on Monday, 7 August 1961,\n"
        "in the Building of the Central Committee\n\nChaired by: Comrade Walter Ulbricht\n\nPresent:\n"
        "Members of the Politburo: Comrades Erich Honecker, Willi Stoph\nCandidates of the Politburo: Comrade "
        "Paul Verner\n\nRecorded by: O. Schön\n\nRe 1.\n\nHonecker\nThe operation must come as a surprise.\n"
    ).sessions
    assert (s.date, s.protocol) == ("1961-08-07", "39")
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("ulbricht", Basis.CHAIR),
        ("honecker", Basis.LISTED),
        ("stoph", Basis.LISTED),
        ("verner", Basis.LISTED),
    ]
    assert [t.person.id for t in s.turns] == ["honecker"]


def test_a_collection_s_next_document_after_the_notes_of_the_one_before(facts_of):
    """ "Document 2: Session of ..., 11 March 1985" after the first document's notes opens the second session;
    a note that speaks of "Document 2" does not."""
    document = (
        "Document {n}: Session of the CC CPSU Politburo, {day} March 1985\n\nTop Secret\nWorking record\n\n"
        "Present: Comrades A.A. Gromyko, N.A. Tikhonov\n\n"
        "GROMYKO: I support the proposal.\n\nTIKHONOV: {words}\n\nNotes\n\n"
        "(1) The record of the next day (Document 2) lists the same members.\n\n"
    )
    sessions = facts_of(
        document.format(n=1, day=10, words="Agreed.") + document.format(n=2, day=11, words="I am for it.")
    ).sessions
    assert [(s.date, [t.person.id for t in s.turns]) for s in sessions] == [
        ("1985-03-10", ["gromyko", "tikhonov"]),
        ("1985-03-11", ["gromyko", "tikhonov"]),
    ]


def test_turns_a_record_s_summary_tells(facts_of):
    """Minutes that tell the turns: "opened the meeting and informed ...", "described ...", those who took part
    in the discussion in brackets, on a line of their own or amid an item's summary after an editor's cut."""
    [s] = facts_of(
        "Minutes No. 44 of the meeting of the Political Bureau of the CC PZPR held on 19 December 1970\n\n"
        "Participating: Comrades E. Gierek, Z. Kliszko, S. Kociołek, M. Moczar\n\n"
        "Agenda:\n1. The situation on the Coast.\n2. The plenum.\n\nAd 1.\n\nComrade Gierek opened the meeting and informed those present of the situation.\n\n"
        "Comrade Kociołek described the course of events in Gdańsk.\n\n"
        "(Comrades Kliszko and Moczar took part in the discussion.)\n\nAd 2.\n\n"
        "[...] Comrade Moczar reported on the plenum. (In the discussion: Comrades Gierek, Kliszko.) The Political "
        "Bureau approved the agenda.\n"
    ).sessions
    assert [(t.person.id, t.item) for t in s.turns] == [
        ("gierek", 1),
        ("kociolek", 1),
        ("kliszko", 1),
        ("moczar", 1),
        ("moczar", 2),
        ("gierek", 2),
        ("kliszko", 2),
    ]
    assert s.turns[4].text.startswith("reported on the plenum.")


def test_a_post_after_an_absent_man_s_name_is_no_name(facts_of):
    """ "Absent: János Kádár, Party President (ill)": Kádár is absent, and "Party President" no one."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Committee held on 31 January 1989\n\n"
        "Present: Károly Grósz, Rezső Nyers\n\nAbsent: János Kádár, Party President (ill)\n\n"
        "Károly Grósz: Let us begin.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("grosz", Basis.LISTED),
        ("nyers", Basis.LISTED),
        ("kadar", Basis.ABSENT),
    ]


@pytest.mark.parametrize(
    "sheet", ["The attendance sheet kept with the minutes", "The attendance list (AAN, 1354, V/122, k. 2)"]
)
def test_an_attendance_sheet_that_bears_a_man_s_signature(facts_of, sheet):
    """A note that the attendance sheet (or list, its file in brackets) "also bears the signature of" a man the
    minutes do not list: the other source has him present."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Committee held on 31 January 1989\n\n"
        "Present: Károly Grósz, Rezső Nyers[1]\n\nKároly Grósz: Let us begin.\n\nNotes\n\n"
        f"[1] {sheet} also bears the signature of Mátyás Szűrös, who is not listed in the minutes.\n"
    ).sessions
    assert ("szuros", Basis.PROTOCOL) in [(a.person.id, a.basis) for a in s.attendance]


def test_a_protocol_s_signatures_are_no_attendance(facts_of):
    """Members who signed a decision taken by poll signed it away from the session: a note that "the protocol bears
    the signatures of" them makes no one present; only the attendance sheet's signatures do."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Committee held on 31 January 1989\n\n"
        "Present: Károly Grósz, Rezső Nyers[1]\n\nKároly Grósz: Let us begin.\n\nNotes\n\n"
        "[1] The resolution was adopted by poll; the formal protocol bears the signatures of Jenő Fock and "
        "Mátyás Szűrös.\n"
    ).sessions
    assert [a.person.id for a in s.attendance] == ["grosz", "nyers"]


def test_a_note_that_names_the_next_document_opens_no_session(facts_of):
    """ "Document 2: Session of ..., 11 March 1985 (see below, p. 112)" in the notes refers to a document; only its
    heading, ending in its date, opens one."""
    sessions = facts_of(
        "Session of the CC CPSU Politburo, 10 March 1985\n\nPresent: Comrades A.A. Gromyko, N.A. Tikhonov\n\n"
        "GROMYKO: I support the proposal.\n\nNotes\n\n(1) The list is the record's.\n\n"
        "Document 2: Session of the CC CPSU Politburo, 11 March 1985 (see below, p. 112)\n"
    ).sessions
    assert [s.date for s in sessions] == ["1985-03-10"]


def test_what_a_speaker_tells_of_other_men_is_no_turn_of_theirs(facts_of):
    """In a speech, "Cde. Kania informed me ...", a line after an editor's cut and a bracketed list of those who
    spoke at another time stay the speaker's words."""
    [s] = facts_of(
        "Session of the CC CPSU Politburo, 10 March 1985\n\nPresent: Comrades M.S. Gorbachev, A.A. Gromyko, "
        "N.A. Tikhonov\n\nGORBACHEV: Comrades, we must decide.\n"
        "Cde. Tikhonov informed me about the losses.\n[...] Cde. Gromyko informed the Americans that we agree.\n"
        "The draft was debated in January. (In the discussion: Comrades Gromyko, Tikhonov.) Then we waited.\n\n"
        "TIKHONOV: I support.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gorbachev", "tikhonov"]


def test_a_stenographic_account_whose_speakers_are_named_in_full(facts_of):
    """A collection's "Document No. 14: Stenographic Account of the Dresden Meeting, March 23, 1968" dates the
    session; speakers printed in full ("Walter Ulbricht:") are the men its list gives by their initials."""
    [s] = facts_of(
        "Document No. 14: Stenographic Account of the Dresden Meeting, March 23, 1968 (Excerpts)\n\n"
        "Participants:\nFor the Socialist Unity Party of Germany: W. Ulbricht, W. Stoph\n"
        "For the Communist Party of Czechoslovakia: A. Dubček, O. Černík\n\n"
        "Walter Ulbricht: Dear comrades, I welcome you to Dresden.\n\n"
        "Alexander Dubček: We will inform you about the January plenum.\n"
    ).sessions
    assert s.date == "1968-03-23"
    assert [t.person.id for t in s.turns] == ["ulbricht", "dubcek"]


def test_an_edition_with_its_lines_counted_in_the_margin(facts_of):
    """A digital edition's export: every fifth line counted in the margin, a list under "Took part:" that the
    page breaks between a given name and a surname, a guest with his rank ("Colonel-General"), and a speech whose
    line after a comma goes on with "Comrade Postelnicu — I will keep you ..."."""
    [s] = facts_of(
        "       STENOGRAM\n       of the meeting of the Political Executive Committee of the CC of the RCP\n"
        "       of 17 December 1989\n"
        "       Presided: Comrade Nicolae Ceaușescu, General Secretary.\n"
        "       Took part: Comrades Elena Ceaușescu, Emil Bobu, Ion Coman, Tudor\n"
        "    5  Postelnicu, Silviu Curticeanu.\n"
        "       Also invited: Comrade Colonel-General Vasile Milea, Minister of National Defence.\n"
        "       Comrade Nicolae Ceaușescu: Comrade Milea, Comrade Bobu,\n"
        "       Comrade Postelnicu — I will keep you in your posts.\n"
        "   10  Comrade Vasile Milea: I understand, Comrade General Secretary.\n"
        "       Comrade Tudor Postelnicu: The militia will carry out the orders.\n"
        "   15  Comrade Nicolae Ceaușescu: The meeting is closed.\n"
    ).sessions
    assert s.date == "1989-12-17"
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("ceausescu-nicolae", Basis.CHAIR),
        ("ceausescu-elena", Basis.LISTED),
        ("bobu", Basis.LISTED),
        ("coman", Basis.LISTED),
        ("postelnicu", Basis.LISTED),
        ("curticeanu", Basis.LISTED),
        ("milea", Basis.GUEST),
    ]
    assert [t.person.id for t in s.turns] == ["ceausescu-nicolae", "milea", "postelnicu", "ceausescu-nicolae"]


def test_a_list_broken_before_initials_and_a_post_broken_before_its_last_word(facts_of):
    """ "Attended by: Comrades Aliev G. A., Zaikov" / "L. N., Kunaev D. A." is one list; a post the page breaks
    ("Deputy Minister of Internal" / "Affairs.") gives no one "Affairs"; and a decision's "(Comrades" /
    "Shevardnadze E. A., Chebrikov V. M.) to submit ..." is no one's turn."""
    [s] = facts_of(
        "Session of the Politburo of the CC CPSU, 13 November 1986\n\nChaired by: Comrade GORBACHEV M. S.\n\n"
        "Attended by: Comrades Aliev G. A., Zaikov\nL. N., Kunaev D. A., Shevardnadze E. A.\n\n"
        "Also participating: Cde. Bogusław Stachura, Deputy Minister of Internal\nAffairs.\n\n"
        "GORBACHEV. We must decide on Afghanistan.\n\nRESOLUTION:\n\n"
        "1. To instruct the Commission of the Politburo on Afghanistan (Comrades\n"
        "Shevardnadze E. A., Chebrikov V. M.) to submit proposals within one month.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("gorbachev", Basis.CHAIR),
        ("aliev", Basis.LISTED),
        ("zaikov", Basis.LISTED),
        ("kunaev", Basis.LISTED),
        ("shevardnadze", Basis.LISTED),
        ("stachura", Basis.LISTED),
    ]
    assert [t.person.id for t in s.turns] == ["gorbachev"]


def test_a_protocol_s_list_without_a_man(facts_of):
    """ "The formal protocol ... gives the list of those present without A. I. Kirichenko": he is omitted there."""
    [s] = facts_of(
        "Session of the CC CPSU Presidium, 9 February 1956\n\nPresent: Bulganin, Kirichenko,(1) Suslov\n\n"
        "Suslov — Support.\n\nNotes\n\n(1) The formal protocol of the session (RGANI. F. 3. Op. 10. D. 215. Ll. 1–2) "
        "gives the list of those present without A. I. Kirichenko.\n"
    ).sessions
    assert ("kirichenko", Basis.OMITTED) in [(a.person.id, a.basis) for a in s.attendance]


def test_what_the_round_39_rules_leave_alone(facts_of):
    """A turn that ends on a comma ("Yes, yes,") is no vocative going on into the next speaker's line; a speech
    wrapped before "took part: ..." is no list; a plenum's speaker printed with his initials and post ("RYZHKOV N.
    I., Chairman of ...") is a speaker; a list's last one-word name before a heading stays a name."""
    [s] = facts_of(
        "Session of the Politburo of the CC CPSU, 13 November 1986\n\nPresent: Comrades M.S. Gorbachev, A.N. "
        "Kosygin, L.I. Brezhnev, N.I. Ryzhkov, Grishin\nAgenda\n\n"
        "Kosygin: Yes, yes,\nBrezhnev: Then I propose to approve the draft. At the meeting in Warsaw five parties\n"
        "took part: the CPSU, the SED and the PZPR.\n\n"
        "RYZHKOV N. I., Chairman of the Council of Ministers of the USSR. I support the draft.\n"
    ).sessions
    assert [a.person.id for a in s.attendance] == ["gorbachev", "kosygin", "brezhnev", "ryzhkov", "grishin"]
    assert [t.person.id for t in s.turns] == ["kosygin", "brezhnev", "ryzhkov"]


def test_a_citation_of_a_collection_of_stenograms_opens_no_session(facts_of):
    """ "Stenograms. Resolutions. Vol. 1 ..., Protocol No. 49, session of 30 October 1956" under the text cites
    a book; a stenogram's heading ends in its date."""
    sessions = facts_of(
        "Session of the CC CPSU Presidium, 31 October 1956\n\nPresent: Khrushchev, Zhukov\n\nKhrushchev — We must "
        "act.\n\nSource: Prezidium TsK KPSS. 1954–1964. Draft Protocol Records of the Sessions.\nStenograms. "
        "Resolutions. Vol. 1 (Moscow: ROSSPEN, 2003), Protocol No. 49, session of 30 October 1956.\n"
    ).sessions
    assert [s.date for s in sessions] == ["1956-10-31"]


@pytest.mark.parametrize("label", ["Resolved:", "RESOLVED:", "Decided —", "Postanovili:"])
def test_the_body_s_decision_after_a_turn_is_no_part_of_it(facts_of, label):
    """Working notes that record the body's decision on a line of its own under the last speaker ("Resolved:
    Approve ..."): the decision is the body's, and his turn ends above it; its tasks are still given."""
    [s] = facts_of(
        "Session of the CPSU CC Presidium, 20 January 1955\nPresent: Khrushchev, Mikoyan, Suslov, Pospelov\n"
        "I. On the draft letter\nMik.—We must send it soon.\nKhr.—Agreed.\n\n"
        f"{label} Approve the draft with the amendments. Cdes. Suslov and Pospelov are to finalize the text.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("mikoyan", "We must send it soon."),
        ("khrushchev", "Agreed."),
    ]
    assert sorted(a.person.id for a in s.assignments) == ["pospelov", "suslov"]


def test_a_page_s_facts_above_the_text_are_its_header_not_all_that_follows(facts_of):
    """A page that gives its facts above the text ("Source" / "RGANI, ...", as a saved page's metadata block
    reads): the label's paragraph is the header's, where the notes' own file is, and the text after it is read."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 2 April 1959\n\nDate\n1959-04-02\nSource\n"
        "RGANI, F. 3, Op. 14, D. 301, Ll. 5-9.\n\nPresent: Khrushchev, Mikoyan, Suslov\n\n"
        "Mikoyan: Agree. The conference is useful to us.\n\nSuslov: Supports.\n"
    ).sessions
    assert [a.person.id for a in s.attendance] == ["khrushchev", "mikoyan", "suslov"]
    assert [t.person.id for t in s.turns] == ["mikoyan", "suslov"]
    assert {a.source.label for a in s.attendance} == {"RGANI, F. 3, Op. 14, D. 301, Ll. 5-9"}


def test_an_item_taken_up_again_with_its_first_turn_on_its_line(facts_of):
    """Minutes that take an item of their agenda up again and tell its first turn on the same line ("Ad 1. Comrade X
    informed the Politburo that ..."), and a turn told by what the speaker gave ("gave the figures ... and stated")."""
    [s] = facts_of(
        "PROTOCOL No. 140\nof the meeting of the Politburo held on 20 November 1956\n"
        "Present: Comrades Ochab, Zambrowski, Rapacki, Cyrankiewicz.\n\nAgenda:\n1. The coal account.\n"
        "2. The press.\n\nAd 1. Comrade Ochab informed the Politburo that the talks had ended.\n\n"
        "Comrade Zambrowski gave the figures prepared by the Planning Commission and stated that the sum was large.\n\n"
        "Comrade Rapacki said that the experts should settle it.\n\n"
        "Ad 2. The press.\nComrade Cyrankiewicz gave an account of the article.\n"
    ).sessions
    assert [(t.person.id, t.item) for t in s.turns] == [
        ("ochab", 1),
        ("zambrowski", 1),
        ("rapacki", 1),
        ("cyrankiewicz", 2),
    ]
    assert s.turns[0].text.startswith("informed the Politburo that")


@pytest.mark.parametrize(
    "label",
    ["The resolution is adopted.(4)", "The resolution is adopted.", "The resolution is adopted.⁴", "The Politburo"],
)
def test_a_decision_s_label_with_a_stop_a_note_s_marker_or_no_colon_ends_the_last_turn(facts_of, label):
    """A working record's "The resolution is adopted.(4)" (its stop and a note's marker), or HSWP minutes' body's name
    alone over its points ("The Political Committee" / "1. approves ..."): the points are the body's, and each task is
    given once (not also as the last speaker's words)."""
    [s] = facts_of(
        "SESSION OF THE CPSU CC POLITBURO\n18 August 1977\nPresent: Cdes. Kirilenko, Gromyko, Ponomarev, Ustinov\n"
        "3. On the Horn of Africa\nGROMYKO. The situation has worsened.\nKIRILENKO. So we adopt them.\n\n"
        f"{label}\n\n1. Agree with the proposals set out by Cde. A. A. Gromyko.\n\n"
        "2. Instruct Cdes. A. A. Gromyko and B. N. Ponomarev to prepare the position for the talks.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("gromyko", "The situation has worsened."),
        ("kirilenko", "So we adopt them."),
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("gromyko", "prepare the position for the talks"),
        ("ponomarev", "prepare the position for the talks"),
    ]


def test_those_who_took_part_in_the_debate_after_a_report_on_its_line(facts_of):
    """HSWP minutes: "Comrade X presented the proposal. Comrades A, B, and C took part in the debate." on one line:
    the report is his turn and each of the others has one, as on a line of its own."""
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Committee held on 9 March 1965\n"
        "Present: Comrades Béla Biszku, Dezső Nemes, Rezső Nyers, István Szirmai.\n\n"
        "Ad 1.\nComrade Biszku presented the proposal. Comrades Nemes, Nyers, and Szirmai took part in the debate.\n\n"
        "The Political Committee accepts the proposal with the amendments made in the debate.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("biszku", "presented the proposal."),
        ("nemes", ""),
        ("nyers", ""),
        ("szirmai", ""),
    ]


def test_a_name_of_several_words_after_a_sentence_is_no_speaker_run_in(facts_of):
    """ "... Jijiga is under threat. Mengistu Haile Mariam has asked us ..." inside a turn: a name of several words
    the people file knows whole goes on with the sentence; "... to Berlin. Ustinov Agree, but ..." is still a turn."""
    [s] = facts_of(
        "SESSION OF THE CPSU CC POLITBURO\n18 August 1977\nPresent: Cdes. Kirilenko, Gromyko, Ustinov\n"
        "GROMYKO. Jijiga is under threat. Mengistu Haile Mariam has asked us to speed up the deliveries. "
        "We go to Berlin. Ustinov Agree, but later.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gromyko", "ustinov"]
    assert "Mengistu" in s.turns[0].text


def test_an_sed_record_that_keeps_the_german_title_and_the_editor_s_glosses(facts_of):
    """A translation that keeps "Genosse" and "Genossen" ("Genosse Mielke:" over his words) and glosses its labels
    with the original word ("Excused [entschuldigt]:", "Decision [Beschluß]:"): read as "Comrade" and the label, and
    quoted as printed."""
    text = (
        "Working Protocol No. 42/80\nof the session of the Politburo of the Central Committee on Tuesday, 21 October "
        "1980\n\nPresent:\nMembers of the Politburo: Genossen Honecker, Axen, Mielke, Stoph\n"
        "Excused [entschuldigt]: Genosse Hoffmann (ill)\n\nItem 1:\n\nGenosse Honecker:\nI propose that the travel "
        "be suspended.\n\nGenosse Mielke:\nFully supports the proposal.\n\nGenosse Stoph:\nAgrees.\n\n"
        "Decision [Beschluß]:\n1. The travel is suspended.\n2. Genosse Stoph is instructed to submit the decree.\n"
    )
    [s] = facts_of(text).sessions
    assert [(a.person.id, a.basis) for a in s.attendance][-1] == ("hoffmann-heinz", Basis.ABSENT)
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("honecker", "I propose that the travel be suspended."),
        ("mielke", "Fully supports the proposal."),
        ("stoph", "Agrees."),
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [("stoph", "submit the decree")]
    assert "Genosse Stoph is instructed" in s.assignments[0].span.quote  # (the file's words)


def test_an_ocr_d_typescript_translation_of_two_sessions(facts_of):
    """A scanned intelligence translation's text layer: a cover memo whose release note indexes the two sessions'
    files with leader dots ("session of 4 July 1974 ...... RGANI, ..."), which open no session (the records' own
    headings do); "Com." for comrade (read as "Cde.", quoted as printed); a man's note marked with asterisks in a
    task ("L.V. Smirnov** to prepare")."""
    text = (
        "     Approved For Release 2007/03/14 : CIA-RDP79R00890A000200040009-2\n\n"
        "   SUBJECT       :  USSR -- Working Records of Two Sessions of\n"
        "                    the CPSU Politburo (4 and 18 July 1974)\n\n"
        "   RELEASE NOTE (2007)\n"
        "      session of 4 July 1974 ...... RGANI, Fond 89, Opis 25,\n"
        "                                    Delo 14, Listy 1-22;\n"
        "      session of 18 July 1974 ..... RGANI, Fond 89, Opis 25,\n"
        "                                    Delo 15, Listy 1-13.\n\n"
        "                           WORKING RECORD\n"
        "                 SESSION OF THE CC CPSU POLITBURO\n"
        "                            4 July 1974\n\n"
        "   Presiding: Com. L.I. BREZHNEV.\n\n"
        "   PRESENT: Comrades Yu.V. Andropov, A.A. Gromyko, A.N. Kosygin,\n"
        "   M.S. Solomentsev, D.F. Ustinov.\n\n"
        "        KOSYGIN: I fully support.\n\n"
        "        Com. Solo-\n"
        "   mentsev spoke in support of the results of the talks.\n\n"
        "   DECIDED:\n\n"
        "        1. To instruct Comrades Gromyko, Ustinov and\n"
        "   L.V. Smirnov** to prepare the directives.\n\n"
        "   ______________\n"
        "   ** L.V. Smirnov, Deputy Chairman of the USSR Council of Ministers. Not present.\n\n"
        "                           WORKING RECORD\n"
        "                 SESSION OF THE CC CPSU POLITBURO\n"
        "                           18 July 1974\n\n"
        "   Chaired by Com. A.P. KIRILENKO.\n\n"
        "   PRESENT: Comrades Yu.V. Andropov, A.A. Gromyko, A.N. Kosygin.\n\n"
        "        GROMYKO: I propose a statement of the Soviet government.\n\n"
        "        Com. Kosygin supported the proposal of Com. Gromyko.\n"
    )
    first, second = facts_of(text).sessions
    assert [(first.date, first.title), (second.date, second.title)] == [
        ("1974-07-04", "SESSION OF THE CC CPSU POLITBURO"),
        ("1974-07-18", "SESSION OF THE CC CPSU POLITBURO"),
    ]
    assert [(a.person.id, a.basis) for a in first.attendance][:2] == [
        ("brezhnev", Basis.CHAIR),
        ("andropov", Basis.LISTED),
    ]
    assert [t.person.id for t in first.turns] == ["kosygin", "solomentsev"]
    assert [a.person.id for a in first.assignments] == ["gromyko", "ustinov", "smirnov"]
    assert [(a.person.id, a.basis) for a in second.attendance][0] == ("kirilenko", Basis.CHAIR)
    assert [t.person.id for t in second.turns] == ["gromyko", "kosygin"]
    assert second.turns[1].span.quote.endswith("of Com. Gromyko.")  # (the file's words)
    # a committee's "Com." is no comrade's; an OCR'd heading's dots before its date lead to no index's file
    [s] = facts_of(
        "Session of the CC CPSU Politburo . . . . 4 July 1974\n\nPresent: Cdes. Ponomarev, Suslov\n\n"
        "PONOMAREV: The Foreign Affairs Com. Chairman asks for our support.\n"
    ).sessions
    assert (s.date, s.turns[0].text) == ("1974-07-04", "The Foreign Affairs Com. Chairman asks for our support.")


def test_a_protocol_printed_with_the_record_of_the_same_session_tells_a_report_once(facts_of):
    """Round 57: a protocol's "HEARD: Cde. Shauro." and, in the working record printed after it, his own words on the
    same item ("Cde. Shauro reported on ...") are one report, as the protocol's "HEARD: Information of Cdes. A and B."
    after a record is; a report heard with no record of its words stays, as does one on another item."""
    head = (
        "PROTOCOL No. 31 OF THE SESSION OF THE SECRETARIAT OF THE CC CPSU\n\n22 November 1966\n\n"
        'Present: Cdes. Suslov, Andropov, Demichev, Shauro.\n\n7. On the journal "Novy Mir"\n\n'
    )
    record = (
        "\nAppendix\n\nFrom the working record of the session, on item 7\n\n"
        "Cde. Shauro reported on the results of the examination of the journal.\n\n"
        "Cde. Demichev: The draft is correct.\n"
    )
    [s] = facts_of(head + "HEARD: Cde. Shauro.\n\nDECIDED: To take the draft as the basis.\n" + record).sessions
    assert [(t.seq, t.person.id) for t in s.turns] == [(1, "shauro"), (2, "demichev")]
    assert s.turns[0].text.startswith("reported on the results")
    # no record of his words: the report heard is his turn; nor is a report on another item the same
    [s] = facts_of(head + "HEARD: Cde. Shauro.\nSPOKE: Cdes. Demichev, Andropov.\n").sessions
    assert [t.person.id for t in s.turns] == ["shauro", "demichev", "andropov"]
    [s] = facts_of(
        head + "HEARD: Cde. Shauro.\n\n8. On the theatres\n\nCde. Shauro: The repertoire is to be checked.\n"
    ).sessions
    assert [(t.item, t.person.id) for t in s.turns] == [(1, "shauro"), (2, "shauro")]
    # a protocol's later item of a title it gives again is another item: its report heard is his turn
    [s] = facts_of(
        head.replace('7. On the journal "Novy Mir"', "1. Questions of the Department of Culture")
        + "HEARD: Cde. Shauro.\n\nCde. Shauro: The theatres' plans are ready.\n\n"
        "3. Questions of the Department of Culture\n\nHEARD: Cde. Shauro (Department of Culture).\n\n"
        "RESOLVED: To agree with the proposals of the Department.\n"
    ).sessions
    assert [(t.item, t.person.id) for t in s.turns] == [(1, "shauro"), (2, "shauro")]


def test_a_briefing_book_page_that_lists_other_documents_beside_the_session(facts_of):
    """Round 57: a page that lists its documents, each under its number with its title and source, only one of them
    a session's record: the others' files (a memorandum's "Source: AVP RF, ...") are not the session's, whose own
    file supports its claims; a number with a meeting's title is a record's own."""
    text = (
        "National Security Archive Electronic Briefing Book No. 688\n\n"
        "Document 1\nMemorandum of Conversation, M. A. Menshikov with Robert Murphy, 12 August 1959\n"
        "Source: AVP RF, F. 0129, Op. 43, D. 12, Ll. 31-34.\n\n"
        "Document 2\nWorking Notes from the Session of the CPSU CC Presidium, 3 September 1959\n"
        "Source: RGANI, F. 3, Op. 12, D. 1014, Ll. 112-118ob.\n\n"
        "Present: Khrushchev, Mikoyan, Gromyko\n\nKhr.—The program is acceptable.\n\n"
        "Document 3\nLetter, N. S. Khrushchev to D. D. Eisenhower, 15 August 1959\n"
        "Source: RGASPI, F. 52, Op. 1, D. 560, Ll. 1-3.\n"
    )
    [s] = facts_of(text).sessions
    assert [c.unit.label for c in s.citations] == ["RGANI, F. 3, Op. 12, D. 1014, Ll. 112-118ob"]
    assert {a.source.label for a in s.attendance} == {"RGANI, F. 3, Op. 12, D. 1014, Ll. 112-118ob"}
    [s] = facts_of(text.replace("Document 2\nWorking", "Document 2: Working")).sessions
    assert [c.unit.label for c in s.citations] == ["RGANI, F. 3, Op. 12, D. 1014, Ll. 112-118ob"]


def test_the_record_of_one_day_of_a_meeting_of_two_is_dated_by_its_day(facts_of):
    """Round 58: a collection's heading over a meeting of two days ("Moscow, 22-23 November 1978") and, under it, the
    record of the second day's closed session ("..., 23 November 1978"): the session is the 23rd's. A meeting's
    days with no narrower heading keep the first."""
    text = (
        "Meeting of the Political Consultative Committee, Moscow, 22-23 November 1978\n\nDocument No. 3\n"
        "Record of the Closed Session of the Heads of Delegations, 23 November 1978\n\n"
        "Taking part in the session: Cdes. L. I. Brezhnev, N. Ceaușescu, J. Kádár\n\n"
        "L. I. Brezhnev\nComrades, today we must decide.\n"
    )
    assert [s.date for s in facts_of(text).sessions] == ["1978-11-23"]
    assert [
        s.date
        for s in facts_of(
            text.replace("Record of the Closed Session", "Closed Session").replace(", 23 November 1978\n", "\n", 1)
        ).sessions
    ] == ["1978-11-22"]


@pytest.mark.parametrize(
    "title",
    [
        "Protocols No. 110 and No. 111 of the Session of the Presidium of the CC CPSU, 30 July and 6 August 1963",
        "Working notes of the sessions of the Presidium of the CC CPSU of 30 July and 6 August 1963",
        "Presidium of the CC CPSU, 30 July and 6 August 1963",
    ],
)
def test_a_page_s_numbered_headings_of_its_sessions_under_a_title_over_both(facts_of, title):
    """ "1. Session of 30 July 1963 (Protocol No. 110)": a page's numbered heading over each of its sessions opens
    it, with its date and number; the title over both ("30 July and 6 August 1963", "Protocols No. 110 and No. 111")
    dates neither."""
    sessions = facts_of(
        f"{title}\n\n1. Session of 30 July 1963 (Protocol No. 110)\n\nPresent: Khrushchev, Suslov.\n\n"
        "I. On the Treaty\n\nCde. Suslov—Support.\n\n2. Session of 6 August 1963 (Protocol No. 111)\n\n"
        "Present: Khrushchev, Mikoyan.\n\nI. On grain\n\nCde. Mikoyan—Buy.\n"
    ).sessions
    assert [(s.date, s.protocol, [t.person.id for t in s.turns]) for s in sessions] == [
        ("1963-07-30", "110", ["suslov"]),
        ("1963-08-06", "111", ["mikoyan"]),
    ]


def test_a_heading_from_a_collection_of_protocols_has_its_date(facts_of):
    """ "From the Protocols of the Presidium ...: Protocol No. 110, 30 July 1963" is over one session, not several."""
    [s] = facts_of(
        "From the Protocols of the Presidium of the CC CPSU: Protocol No. 110, 30 July 1963\n\n"
        "Present: Khrushchev, Suslov.\n\nCde. Suslov—Support.\n"
    ).sessions
    assert (s.date, s.protocol) == ("1963-07-30", "110")


def test_a_word_processor_s_tables_saved_as_plain_text(facts_of):
    """Round 58: a translation laid out in tables and saved as plain text, two sessions in one file under their
    numbers ("1. SESSION OF 13 OCTOBER 1977") and a title over both ("... SESSIONS OF 13 AND 27 OCTOBER 1977"): those
    present in a table of a group a column, its cells between tabs (a row whose first cells are empty opens with
    tabs), the same rows in both sessions; "Item 1." over the item; the discussion in a table "Speaker<TAB>Remarks",
    a turn a row, a row with its first cell empty going on with the turn above, an interjection in the first cell;
    a page's foot ("Politburo_1977_tables.docx - page 1") no word of a turn."""
    session = (
        "{n}. SESSION OF {day} OCTOBER 1977\n\nSESSION OF THE POLITBURO OF THE CC CPSU, {day} October 1977\n\n"
        "Chaired by:\tL. I. Brezhnev\t\nMembers of the Politburo\tCandidate members\tSecretaries of the CC\n"
        "A. P. Kirilenko\tP. N. Demichev\tI. V. Kapitonov\nA. N. Kosygin\t\tK. V. Rusakov\n\tM. S. Solomentsev\t\n\n"
        "Invited for item 1: Cdes. V. F. Garbuzov (USSR Ministry of Finance).\n\n"
        "Item 1. On the purchase of grain abroad\n\nSpeaker\tRemarks\n"
        "Kosygin\tThere is no other way. I am for it.\n\tWe should take credits.\n\n"
        "Politburo_1977_tables.docx - page {n}\n\n"
        "\tAnd not pay everything in cash.\nGarbuzov\tThe Ministry of Finance agrees.\n"
        "Kirilenko (interjection)\tAnd who pays the freight?\n\n"
    )
    text = "POLITBURO OF THE CC CPSU: WORKING RECORDS OF THE SESSIONS OF 13 AND 27 OCTOBER 1977\n\n" + "".join(
        session.format(n=n, day=day) for n, day in ((1, 13), (2, 27))
    )
    sessions = facts_of(text).sessions
    assert [s.date for s in sessions] == ["1977-10-13", "1977-10-27"]
    for s in sessions:
        assert [(a.person.id, a.basis) for a in s.attendance] == [
            ("brezhnev", Basis.CHAIR),
            *((p, Basis.LISTED) for p in ("kirilenko", "demichev", "kapitonov", "kosygin", "rusakov", "solomentsev")),
            ("garbuzov", Basis.GUEST),
        ]
        assert [it.title for it in s.items] == ["On the purchase of grain abroad"]
        assert [(t.item, t.person.id) for t in s.turns] == [(1, "kosygin"), (1, "garbuzov"), (1, "kirilenko")]
        assert (
            s.turns[0].text.split()
            == "There is no other way. I am for it. We should take credits. And not pay everything in cash.".split()
        )
    # a sentence that ends in a page's number is no page's foot
    s = facts_of(
        session.format(n=1, day=13).replace("We should take credits.", "The figures are in the note - page 12")
    ).sessions[0]
    assert "The figures are in the note - page 12" in s.turns[0].text
    # the table of the discussion ends at a line with no cells: rows after it are no turns
    [s] = facts_of(
        session.format(n=1, day=13)
        + "Item 2. On the Middle East\n\nInvited for item 2:\nA. A. Gromyko\tUSSR Ministry of Foreign Affairs\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kosygin", "garbuzov", "kirilenko"]


def test_a_record_whose_list_says_the_following_took_part(facts_of):
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Bureau of the CC of the RWP of 5 November 1956\n\n"
        "The following took part: Comrades Gh. Gheorghiu-Dej, Chivu Stoica, E. Bodnăraș.\n\n"
        "1. Comrade Gh. Gheorghiu-Dej informed the Political Bureau about the talks.\n\n"
        "Comrade Chivu Stoica said that he agreed with the proposals.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("gheorghiu-dej", Basis.LISTED),
        ("stoica", Basis.LISTED),
        ("bodnaras", Basis.LISTED),
    ]
    assert [t.person.id for t in s.turns] == ["gheorghiu-dej", "stoica"]


def test_an_item_titled_by_the_report_of_the_man_who_speaks_under_it(facts_of):
    """ "I. Report of Cde. Khrushchev on ..." over "Khr.--The meeting showed ...": the item's title, and his one
    turn under it (the title was a turn of its own); a title naming another's report stays his turn."""
    [s] = facts_of(
        "Session of 28 June 1960\nPresent: Khrushchev, Kozlov, Suslov\n\n"
        "I. Report of Cde. Khrushchev on the meeting in Bucharest\n\nKhr.--The meeting showed that the parties are "
        "with us.\n\nKozl.--Approve.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "kozlov-frol"]
    assert s.items[0].title == "Report of Cde. Khrushchev on the meeting in Bucharest"


def test_a_page_s_furniture_after_terse_notes_is_no_session(facts_of):
    """Terse notes ("Molotov—For."), no sentence of eight words among them, and the page's "Related Documents" after
    them: the page's furniture, not a second session of the related document's date."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 6 November 1956\n\nPresent: Khrushchev, Molotov, "
        "Zhukov\n\nZhukov—Budapest is cleared.\n\nMolotov—Agree.\n\nRelated Documents\n\nNovember 4, 1956\n\n"
        "Working Notes from the Session of the CPSU CC Presidium on 4 November 1956\n\nKeywords\n\n"
        "Hungary--History--Revolution, 1956\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["zhukov", "molotov"]


@pytest.mark.parametrize(
    ("line", "turns"),
    [
        # those who spoke at the other meeting a report was on: no turns here
        (
            "Comrade Kádár reported on the meeting of the five parties in Warsaw. Comrades Brezhnev, Gomułka and "
            "Ulbricht took part in the debate.",
            ["kadar"],
        ),
        # names with initials
        (
            "Comrade Biszku presented the proposal. Comrades J. Kádár, R. Nyers and I. Szirmai took part in the debate.",
            ["biszku", "kadar", "nyers", "szirmai"],
        ),
    ],
)
def test_those_who_took_part_in_the_debate_here_or_elsewhere(facts_of, line, turns):
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Committee held on 23 July 1968\n"
        f"Present: Comrades János Kádár, Béla Biszku, Rezső Nyers, István Szirmai.\n\nAd 1.\n{line}\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns


def test_what_is_no_decision_s_label(facts_of):
    """A letterhead's "The Politburo" above the agenda, a speech's line that a typescript wraps before "the
    Politburo.", and a speaker's "The decision was taken." about another day: none ends a turn or makes points."""
    [s] = facts_of(
        "Socialist Unity Party of Germany\nCentral Committee\nThe Politburo\n\nProtocol No. 9/60 of the meeting of the "
        "Politburo on 23 February 1960\nPresent: Comrades Ulbricht, Norden, Stoph\n\n1. On the declaration\n\n"
        "Comrade Ulbricht reported on the draft declaration.\n\n2. On the supply\n\nSTOPH: I think we must ask\n"
        "the Politburo.\nThe decision was taken.\nI think we must send more.\n"
    ).sessions
    assert [(t.person.id, t.item) for t in s.turns] == [("ulbricht", 1), ("stoph", 2)]
    assert s.turns[1].text.endswith("I think we must send more.")


def test_a_turn_s_text_keeps_no_blanks_at_its_lines_ends(facts_of):
    [s] = facts_of(_NOTES_1957 + "Cde. Molotov—We must wait.      \n      The plenum will decide.\n").sessions
    assert s.turns[0].text == "We must wait.\nThe plenum will decide."


def test_gave_an_account_is_a_turn_but_not_gave_a_reply(facts_of):
    [s] = facts_of(
        "PROTOCOL No. 2\nof the meeting of the Politburo held on 14 February 1957\nPresent: Comrades Gomułka, "
        "Cyrankiewicz, Zambrowski.\n\n1. The Church\n\nComrade Gomułka reported on the talks.\n"
        "Comrade Cyrankiewicz gave the official reply of the government to the Episcopate on 3 December.\n\n"
        "Comrade Zambrowski gave an account of the press.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gomulka", "zambrowski"]


def test_a_speech_s_line_the_typescript_wraps_before_resolved_is_his(facts_of):
    [s] = facts_of(
        _NOTES_1957 + "Cde. Molotov—The question of the troops is not yet\nresolved.\nWe must wait for the Poles.\n"
    ).sessions
    assert s.turns[0].text.endswith("We must wait for the Poles.")


@pytest.mark.parametrize(
    "decision",
    [
        "The Political Committee approves the report.\nIt instructs Comrade Nemes to publish a communiqué.",
        "The Political Committee approved the report and instructed Comrade Nemes to publish a communiqué.",
        "The Politburo took note of the information.\nIt instructs Comrade Nemes to publish a communiqué.",
    ],
)
def test_the_body_s_sentence_on_a_line_of_its_own_ends_the_last_turn(facts_of, decision):
    """Minutes told in the third person that record the body's decision as its sentence under the last turn ("The
    Political Committee approves the report."): the decision is the body's, not the speaker's words, and the task
    after it is the body's ("It instructs ...", read only outside a turn)."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Committee, 12 March 1963\n\n"
        "Present: Comrades Kádár, Biszku, Fehér, Nemes.\n\n1. Report on the spring sowing\n\n"
        "Comrade Fehér informs the Political Committee about the spring sowing.\n\n"
        f"Comrade Kádár supports the report.\n\n{decision}\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("feher", "informs the Political Committee about the spring sowing."),
        ("kadar", "supports the report."),
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [("nemes", "publish a communiqué")]


@pytest.mark.parametrize(
    "story",
    [
        "The Politburo decided in March to send grain, and it has not come.",
        "The Presidium approved at its session of 12 May the plan we now follow.",
        "The Politburo approved last year a line that has failed.",
        "The Politburo approved the terms in principle when Kádár was here, but the details remain.",
        "The Politburo then approved the withdrawal, and Cde. Ustinov was instructed to carry it out.",
        "The Politburo agrees with me that we must help them.",
        "The Politburo approves such measures. It always has.",
    ],
)
def test_a_speaker_s_story_of_the_body_s_earlier_decision_stays_in_his_turn(facts_of, story):
    """A working record's speech that goes on in a paragraph about what the body decided before ("The Politburo
    decided in March ...", "... approved the terms when Kádár was here, but ..."), or about what it thinks ("The
    Politburo agrees with me ..."): his words still, not this session's decision, which in his own words is only a
    sentence of its own in the present tense."""
    [s] = facts_of(
        "SESSION OF THE CPSU CC POLITBURO\n18 August 1977\nPresent: Cdes. Kirilenko, Gromyko, Ustinov\n\n"
        f"GROMYKO. The situation has worsened.\n\n{story}\n\nUSTINOV. Agree.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gromyko", "ustinov"]
    assert story in s.turns[0].text


@pytest.mark.parametrize(
    ("heard", "spoke", "turns"),
    [
        (
            "HEARD: Information of Cde. E. Honecker on his talk in Moscow and report of Cde. H. Axen on the visit.",
            "Spoke in the discussion: Cdes. W. Stoph, K. Hager.",
            [("honecker", "on his talk in Moscow"), ("axen", "on the visit."), ("stoph", ""), ("hager", "")],
        ),
        (
            "HEARD: Proposal of Cde. H. Axen.",
            "SPOKE IN THE DISCUSSION: Cde. W. Stoph.",
            [("axen", ""), ("stoph", "")],
        ),
        (
            "HEARD: Report of Cde. H. Axen on the statement of Cde. E. Honecker and the reply.",
            "Spoke in the debate: Cde. K. Hager.",
            [("axen", "on the statement of Cde. E. Honecker and the reply."), ("hager", "")],
        ),
    ],
)
def test_a_protocol_s_reports_heard_on_one_line_and_those_who_spoke_in_the_discussion(facts_of, heard, spoke, turns):
    """An SED protocol's "HEARD: Information of Cde. X on ... and report of Cde. Y on ...": two reports, each a
    turn; "Proposal of Cde. X" is heard as a report is; "Spoke in the discussion: Cdes. A, B." lists a turn each.
    A man named in what a report was on ("on the statement of Cde. Z") reported nothing."""
    [s] = facts_of(
        "PROTOCOL No. 35/84\nof the session of the Politburo of the Central Committee on Tuesday, 4 September 1984\n\n"
        "Present: Cdes. Erich Honecker, Hermann Axen, Kurt Hager, Willi Stoph\n\n"
        f"1. On the visit to the Federal Republic\n\n{heard}\n\n{spoke}\n\nDECIDED:\n"
        "1. Cde. H. Axen is to inform the fraternal parties.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == turns
    assert [(a.person.id, a.task) for a in s.assignments] == [("axen", "inform the fraternal parties")]


def test_an_item_taken_up_again_by_its_roman_number_and_a_joint_report(facts_of):
    """ "Re I. Comrade X informed ..." takes up the agenda's item I with X's turn on its line, as "Ad 1." does;
    "Comrades A and B informed the Politburo about ..." on the line of "Re II." or on its own is a turn of each."""
    [s] = facts_of(
        "PROTOCOL No. 140\nof the meeting of the Politburo held on 20 November 1956\n\n"
        "Present: Comrades Ochab, Zambrowski, Rapacki, Cyrankiewicz, Gomułka.\n\nAgenda:\nI. The coal account.\n"
        "II. The press.\n\nRe I. Comrade Ochab informed the Politburo that the talks had ended.\n\n"
        "Comrade Zambrowski said that the sum was large.\n\n"
        "Re II. Comrades Rapacki and Cyrankiewicz informed the Politburo about the article.\n\n"
        "Comrade Gomułka agreed.\n"
    ).sessions
    assert [(t.person.id, t.item, t.text.strip()) for t in s.turns] == [
        ("ochab", 1, "informed the Politburo that the talks had ended."),
        ("zambrowski", 1, "said that the sum was large."),
        ("rapacki", 2, "informed the Politburo about the article."),
        ("cyrankiewicz", 2, "informed the Politburo about the article."),
        ("gomulka", 2, "agreed."),
    ]


def test_a_surname_the_list_gives_in_full_is_no_abbreviation_before_a_speaker_s_stop(facts_of):
    """ "PAVLOV. On prices ..." where the list names Cde. Pavlov V. S.: his name and its stop, not an abbreviation
    of a longer name the people file holds (Pavlovsky); "KHR. We must ..." still is one."""
    [s] = facts_of(
        "SESSION OF THE CC CPSU POLITBURO\n19 March 1987\n\nPresent: Cdes. Gorbachev M. S., Ryzhkov N. I.\n"
        "Invited: Cde. Pavlov V. S., Chairman of the State Committee for Prices\n\n"
        "RYZHKOV. The law is ready.\n\nPAVLOV. On prices. The reform of price formation must come first.\n"
    ).sessions
    assert [(t.person.id, t.name) for t in s.turns] == [("ryzhkov", "RYZHKOV"), ("pavlov", "PAVLOV")]
    assert "pavlovsky" not in {a.person.id for a in s.attendance}


@pytest.mark.parametrize(
    ("heard", "turns"),
    [
        (
            "HEARD: Information of Cde. Andropov on the talks and report of Cde. Ustinov on the exercises; "
            "information of Cde. Gromyko.",
            ["andropov", "ustinov", "gromyko"],
        ),
        # a man who is not at the session: what was heard is his statement or his letter, not his report
        (
            "HEARD: Information of Cde. Gromyko on the meeting and statement of Cde. Honecker on the Berlin question.",
            ["gromyko"],
        ),
        ("HEARD: Proposal of Cde. Kania on economic aid to Poland (letter of 10 March 1979).", []),
        ("HEARD: Proposal of Cde. Gromyko.", ["gromyko"]),
    ],
)
def test_reports_heard_are_turns_of_the_men_at_the_session(facts_of, heard, turns):
    """Three reports heard on one line are three turns; a second report or a proposal heard is a turn only of a man
    the session lists (no Honecker or Kania is marked present for his statement or letter)."""
    [s] = facts_of(
        "Protocol No. 112 of the Session of the Politburo of the CC CPSU of 14 March 1979\n"
        "Present: Cdes. Brezhnev L. I., Andropov Yu. V., Gromyko A. A., Ustinov D. F.\n"
        f"1. On the talks in Geneva\n{heard}\nDECIDED: Take note.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns
    assert {a.person.id for a in s.attendance} == {"brezhnev", "andropov", "gromyko", "ustinov"}


@pytest.mark.parametrize("opening", ["In the discussion ", "In the discussion:\n"])
def test_a_secretariat_protocol_s_discussion_told_in_surname_first_names(facts_of, opening):
    """ "In the discussion Cde. Dolgikh V. I. expressed doubt ... Cde. Kapitonov I. V. supported ... Cde. Kirilenko
    A. P. did not agree ...": a turn of each, told after the initials that follow the surname, and the paragraph is
    no longer the reporter's; "... received by Cdes." / "Katushev K. F. and Ponomarev B. N." in a decision is no
    turn."""
    [s] = facts_of(
        "PROTOCOL No. 121\nof the session of the Secretariat of the CC of 12 March 1974\n\n"
        "Present: Secretaries of the CC CPSU Cdes. A. P. Kirilenko, I. V. Kapitonov, K. F. Katushev, "
        "F. D. Kulakov, B. N. Ponomarev, V. I. Dolgikh.\n\n1. On the draft resolution on the Kostroma obkom.\n\n"
        f"HEARD: Cde. Kulakov F. D.\n\n{opening}Cde. Dolgikh V. I. expressed doubt whether the report should be "
        "heard now. Cde. Kapitonov I. V. supported the draft\nresolution. Cde. Kirilenko A. P. did not agree with "
        "Cde. Dolgikh: the question is ripe.\n\nDECIDED:\n1. Adopt the resolution. The delegation is to be received "
        "by Cdes.\nKatushev K. F. and Ponomarev B. N.\n"
    ).sessions
    assert [(t.person.id, t.text.split(" ", 1)[0]) for t in s.turns] == [
        ("kulakov", ""),
        ("dolgikh", "expressed"),
        ("kapitonov", "supported"),
        ("kirilenko", "did"),
    ]
    assert [(p.stance.value, p.cue) for p in s.positions][2] == ("supports", "supported the draft\nresolution")


def test_romanian_minutes_in_full_names_and_lower_case_comrades(facts_of):
    """A Romanian record: its list's group label broken before the semicolon that opens the next group ("... members
    of the Political Bureau of the CC of the" / "RWP; Alexandru Bârlădeanu, ..."); turns told of men with two first
    names ("Comrade Ion Gheorghe Maurer agrees ...") and by "shares"; stances in the present tense and towards men
    named as "comrade X"; the body's decision "of the CC of the RWP" and its points of what men "will" do."""
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Bureau of the CC of the RWP of 8 April 1964\n\n"
        "Took part: comrades Gheorghe Gheorghiu-Dej, Ion Gheorghe Maurer, Gheorghe\nApostol, Emil Bodnăraş, "
        "members of the Political Bureau of the CC of the\nRWP; Alexandru Bârlădeanu, Corneliu Mănescu, candidate "
        "members of the Political Bureau.\n\n1. The CMEA.\n\nComrade Alexandru Bârlădeanu informs the Political "
        "Bureau about the session. Comrade\nBârlădeanu proposes that our position be set out in a letter.\n\n"
        "Comrade Ion Gheorghe Maurer agrees with the proposal of comrade Bârlădeanu.\n\n"
        "Comrade Gheorghe Apostol considers that the letter should wait, and proposes postponing the reply until "
        "after the plenary.\n\nComrade Emil Bodnăraş declares that he does not share the view of comrade Apostol.\n\n"
        "The Political Bureau of the CC of the RWP decides:\n\n   1. To approve the position.\n"
        "   2. Comrades Ion Gheorghe Maurer and Alexandru Bârlădeanu will draw up, within three days, the draft "
        "letter.\n   3. The Ministry of Foreign Affairs (comrade Corneliu Mănescu) will inform the Embassy.\n"
        "   4. Comrade Gheorghe Apostol will speak at the plenary.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis.value == "listed"] == [
        "gheorghiu-dej", "maurer", "apostol", "bodnaras", "barladeanu", "manescu"
    ]  # fmt: skip
    speaker = {t.seq: t.person.id for t in s.turns}
    assert [(speaker[p.turn], p.stance.value) for p in s.positions] == [
        ("barladeanu", "supports"),
        ("maurer", "supports"),
        ("apostol", "opposes"),
        ("bodnaras", "supports"),
    ]
    assert sorted((a.person.id, a.task.split(",")[0]) for a in s.assignments if a.person) == [
        ("barladeanu", "draw up"),
        ("manescu", "inform the Embassy"),
        ("maurer", "draw up"),
    ]


def test_a_name_whose_title_closes_the_line_above_is_no_speaker_alone(facts_of):
    """ "... I support the line of Cde." / "Khrushchev." / "" / "Khrushchev" / "We will not ...": the first is the
    name the sentence goes on with, not a turn of its own."""
    [s] = facts_of(
        "Working Notes from the Session of the CPSU CC Presidium on 12 April 1962\nPresent: Khrushchev, Suslov, "
        "Voronov\n\nSuslov\n\nA deadline would tie our hands. I support the line of Cde.\nKhrushchev.\n\n"
        "Khrushchev\n\nWe will not set a deadline.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()[:9]) for t in s.turns] == [
        ("suslov", "A deadlin"),
        ("khrushchev", "We will n"),
    ]


def test_the_body_s_decision_amid_turns_in_the_speakers_own_words(facts_of):
    """Working notes: "The Presidium instructs Cde. Gromyko to prepare the draft." on its own line, one sentence
    though it has a title's stop, ends the speaker's turn and is a task; "The Presidium approves this line, and I am
    for it." is the speaker's."""
    [s] = facts_of(
        "Working Notes from the Session of the CC CPSU Presidium on 14 April 1960\n"
        "Present: Khrushchev, Mikoyan, Suslov, Gromyko.\nI. On the reply to Indonesia\n"
        "Gromyko: The Indonesians ask for credits.\nKhrushchev: We should give them the credits.\n"
        "The Presidium approves this line, and I am for it.\nMikoyan: Agree with the credits.\n"
        "The Presidium instructs Cde. Gromyko to prepare the draft.\nSuslov: For.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("gromyko", "The Indonesians ask for credits."),
        ("khrushchev", "We should give them the credits.\nThe Presidium approves this line, and I am for it."),
        ("mikoyan", "Agree with the credits."),
        ("suslov", "For."),
    ]
    assert [(a.person.id, a.task) for a in s.assignments] == [("gromyko", "prepare the draft")]


@pytest.mark.parametrize(
    ("line", "turns"),
    [
        # another party's body, in the minutes of this one
        ("The Presidium of the CC CPSU agreed with the proposals of our delegation.", ["kadar", "munnich"]),
        # what two men told others, in a report
        ("Comrades Münnich and Apró informed the Soviet comrades about our difficulties.", ["kadar", "munnich"]),
        # an initial before a surname, not an item taken up again
        ("Regarding I. Gandhi's letter, we must answer it.", ["kadar", "munnich"]),
    ],
)
def test_what_the_rules_for_the_body_s_sentences_and_joint_reports_leave_alone(facts_of, line, turns):
    """A line in a told turn about another party's body, what several men told others, and "Regarding I. Gandhi's
    ..." go on with the turn."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Committee, 12 March 1963\n\n"
        "Present: Comrades Kádár, Münnich, Apró.\n\nAgenda:\nI. The Moscow talks\nII. The harvest\n\n"
        "Re I.\n\nComrade Kádár informed the Political Committee about his talks in Moscow.\n"
        f"{line}\n\nComrade Münnich supported the report.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns
    assert line in " ".join(s.turns[0].text.split("\n"))
    assert {t.item for t in s.turns} == {1}


def test_initials_after_a_speaker_s_name_that_open_his_words(facts_of):
    """A name run into its words keeps initials that are his words' ("Gromyko U. S. policy ..."); a surname's own
    initials before a verb that tells his turn are not ("Suslov M. A. proposed ...")."""
    [s] = facts_of(
        "Working Notes from the Session of the CC CPSU Presidium on 14 April 1960\n"
        "Present: Khrushchev, Suslov, Gromyko.\nI. On the draft letter to the Americans\n"
        "Gromyko U. S. policy in Laos has changed, the draft must say so.\n"
        "Suslov M. A. proposed to adopt the draft.\n"
    ).sessions
    assert [(t.person.id, t.text.strip()) for t in s.turns] == [
        ("gromyko", "U. S. policy in Laos has changed, the draft must say so."),
        ("suslov", "proposed to adopt the draft."),
    ]


@pytest.mark.parametrize(
    "broken",
    [
        "Népszabadság. Com-\nrades",
        "Népszabadság.\n   Com-\n  rades",
        "Népszabadság. Comra-\ndes",
        "Népszabadság.\nComrades",  # (whole, the line goes on after them)
    ],
)
def test_those_who_spoke_after_a_title_the_page_broke_over_two_lines(facts_of, broken):
    """ "Com-" / "rades Fehér, Kiss and Marosán spoke in the discussion. It was decided" names those who spoke, each
    a turn at his name in the page's text, and the report's turn ends before the broken title; so does a line that
    opens with them whole and goes on with the record's next sentence."""
    text = (
        "Minutes of the meeting of the Provisional Executive Committee, 21 November 1956\n\n"
        "Present: Comrades Kádár, Fehér, Kiss, Marosán, Kállai.\n\n"
        f"2. Comrade Kállai reported on the first issues of {broken} Fehér, Kiss and Marosán spoke in the "
        "discussion. It was decided\nthat Comrade Fehér would take charge of the editorial board.\n"
    )
    [s] = facts_of(text).sessions
    assert [t.person.id for t in s.turns] == ["kallai", "feher", "kiss-karoly", "marosan"]
    assert s.turns[0].text.split()[-1] == "Népszabadság."
    assert [text[t.span.start : t.span.end] for t in s.turns[1:]] == ["Fehér", "Kiss", "Marosán"]


@pytest.mark.parametrize(
    ("paragraph", "turns"),
    [
        # a guest's greetings, conveyed at the session
        (
            "Comrade Suslov conveyed the greetings of Comrade L. I. Brezhnev and said that the date was a matter "
            "for the Polish comrades.",
            ["kania", "barcikowski", "suslov", "grabski"],
        ),
        # a report of a man the minutes do not list, in a paragraph of its own, by his full name and post
        (
            "Comrade Mirosław Milewski, secretary of the Central Committee, informed the Politburo about the "
            "activity of the KSS KOR.",
            ["kania", "barcikowski", "milewski", "grabski"],
        ),
        (
            "Comrade Mieczysław Rakowski reported that the talks with the unions had not yet begun.",
            ["kania", "barcikowski", "rakowski", "grabski"],
        ),
        (  # (his post in capitals)
            "Comrade Mirosław Milewski, Minister of Internal Affairs, reported that the situation was calm.",
            ["kania", "barcikowski", "milewski", "grabski"],
        ),
        # ... but not what a man said on another occasion, nor what he told others or passed on
        (
            "Comrade Mieczysław Rakowski reported there that the talks had not begun.",
            ["kania", "barcikowski", "grabski"],
        ),
        (
            "Comrade Mieczysław Rakowski, deputy prime minister, informed Comrade Kania on 20 April that the talks "
            "had not begun.",
            ["kania", "barcikowski", "grabski"],
        ),
        (
            "Comrade Mieczysław Rakowski, deputy prime minister, reported in his letter of 3 April that the talks had "
            "not begun.",
            ["kania", "barcikowski", "grabski"],
        ),
        (
            "Comrade Mieczysław Rakowski informed the Soviet ambassador of the decision.",
            ["kania", "barcikowski", "grabski"],
        ),
        ("Comrade Barcikowski conveyed the decision to the Soviet ambassador.", ["kania", "barcikowski", "grabski"]),
    ],
)
def test_a_guest_s_greetings_and_an_unlisted_man_s_report_are_turns(facts_of, paragraph, turns):
    """Minutes told in the past tense: "Comrade X conveyed the greetings ..." is X's turn, as "said" would be; a
    man the minutes do not list who "reported" or "informed the Politburo" in a paragraph of his own has a turn
    (and is present on it), as he would have by "stated", after the turns told of others; what he reported "there"
    is none."""
    [s] = facts_of(
        "Minutes of the Meeting of the PZPR CC Politburo, 23 April 1981\n\n"
        "Present: Comrades K. Barcikowski, T. Grabski, W. Jaruzelski, S. Kania.\n"
        "From the CC of the CPSU: Comrade M. A. Suslov.\n\n"
        "1. Comrade Stanisław Kania opened the session and presented the proposal of the Secretariat.\n\n"
        "Comrade Barcikowski supported the proposal.\n\n"
        f"{paragraph}\n\nComrade Grabski spoke against the proposed date.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns
    assert {a.person.id for a in s.attendance} >= set(turns)


# our own page of an English edition as a scan's full text has it: a running head by its page's number, or one
# space from it, in capitals, breaking the list
SCANNED_BOOK = """\
140 THE KREMLIN AND THE BLOC

No. 12

Session of 5 June 1958

Present: Khrushchev, Aristov, Belyaev, Brezhnev,
Kirichenko, Kozlov, Kuusinen,

MEETING OF 5 JUNE 1958
141

Mikoyan, Suslov, Furtseva, Shvemik, Kosygin

I. On the Yugoslav question

Cde. Khrushchev: Tito wants to sit on two chairs.

142
THE KREMLIN AND THE BLOC

Cde. Mikoyan: One must think whether the letter is needed now.
"""


def test_a_scanned_book_s_running_heads_by_its_page_numbers_break_nothing(facts_of):
    """A page's head in capitals over its number ("MEETING OF 5 JUNE 1958" / "141"), or under it or one space from
    it where it comes again ("142" / "THE KREMLIN AND THE BLOC"), is no heading and no one's words: the list goes on
    over it, and a name the scan misread is the man it prints."""
    [s] = facts_of(SCANNED_BOOK).sessions
    assert s.date == "1958-06-05"
    listed = [a.person.id for a in s.attendance if a.basis is Basis.LISTED]
    assert listed[7:] == ["mikoyan", "suslov", "furtseva", "shvernik", "kosygin"]
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("khrushchev", "Tito wants to sit on two chairs."),
        ("mikoyan", "One must think whether the letter is needed now."),
    ]


@pytest.mark.parametrize(
    ("page", "turns"),
    [
        # a speaker's label in capitals over the page's number, or under it though it comes again
        ("Cde. Mikoyan: Agreed.\n\nKHRUSHCHEV\n18\n\nThe West is bluffing.\n", ["mikoyan", "khrushchev"]),
        ("GROMYKO\n\nOne point.\n\n57\nGROMYKO\n\nOne more point.\n", ["gromyko", "gromyko"]),
    ],
)
def test_a_capitals_line_by_a_page_number_that_is_no_running_head(facts_of, page, turns):
    """A speaker's label in capitals, one word, by a page's number is his label, not the page's head."""
    [s] = facts_of(f"Session of 5 June 1958\n\nPresent: Khrushchev, Mikoyan, Gromyko.\n\n{page}").sessions
    assert [t.person.id for t in s.turns] == turns


def test_a_session_s_heading_that_opens_a_page_is_no_running_head(facts_of):
    """ "211" / "SESSION OF 11 AUGUST 1955": the heading of a session that opens a page, though the next pages print
    it again as their head, heads the session."""
    [s] = facts_of(
        "211\nSESSION OF 11 AUGUST 1955\n\nPresent: Khrushchev, Molotov.\n\nMolotov—against.\n\n"
        "212\nSESSION OF 11 AUGUST 1955\n\nKhrushchev—for.\n"
    ).sessions
    assert s.date == "1955-08-11"
    assert [t.person.id for t in s.turns] == ["molotov", "khrushchev"]


def test_a_scanned_book_s_note_that_cites_a_file_at_its_page_s_foot(facts_of):
    """A page's note that opens with its number, a stop and the file it cites ("25. RGANI, f. 3, ..."), its marker
    set apart from the heading by the scan ("Session of 26 June 1958 25"), is the note of the session whose page it
    ends, not an item: its file and what it says the protocol lists are that session's."""
    second = (
        "\nNo. 13\n\nSession of 26 June 1958 25\n\nPresent: Aristov, Belyaev, Brezhnev.\n\n"
        "Cde. Brezhnev: I support the request.\n\n"
        "25. RGANI, f. 3, op. 12, d. 1010, ll. 2-6ob. The protocol of this session (No. 160; RGANI,\n"
        "f. 3, op. 14, d. 214, l. 1) lists N. A. Bulganin among those present. Malin's notes do not\nname him.\n\n"
        "144 THE KREMLIN AND THE BLOC\n\nCde. Aristov: Give them the grain.\n"
    )
    first, later = facts_of(SCANNED_BOOK + second).sessions
    assert [c.unit.label for c in later.citations] == [
        "RGANI, F. 3, Op. 12, D. 1010, Ll. 2-6ob",
        "RGANI, F. 3, Op. 14, D. 214, L. 1",
    ]
    assert ("bulganin", Basis.PROTOCOL) in [(a.person.id, a.basis) for a in later.attendance]
    assert [t.person.id for t in later.turns] == ["brezhnev", "aristov"] and not later.items
    assert not first.citations
    # the note's file is the notes' own, as the edition prints it: their silence about Bulganin is a claim on it
    assert [c.notes_source for c in later.citations] == [True, False]
    omitted = [(a.person.id, a.source.label) for a in later.attendance if a.basis is Basis.OMITTED]
    assert omitted == [("bulganin", "RGANI, F. 3, Op. 12, D. 1010, Ll. 2-6ob")]


def test_a_scanned_book_s_notes_numbered_with_a_stop_at_its_pages_feet(facts_of):
    """A scan's small-print notes at a page's foot, each opening with its number and a stop ("22. The letter ...",
    "23. Khrushchev's speech ..."), their markers glued to the text ("... it should be sent.23", "... in 1958.21"),
    are notes, not the session's items, and the turn goes on over them onto the next page, whose head has its
    number one space after a date ("MEETING OF 5 JUNE 1958 143"); so is the note after the last whose marker the
    scan read as "*", and a note after a number it missed ("25." after "23.")."""
    [s] = facts_of(
        "141\nTHE KREMLIN AND THE BLOC\n\nSession of 5 June 1958\n\nPresent: Khrushchev, Mikoyan, Suslov, Kirichenko."
        "\n\nI. On the Yugoslav question\n\n"
        "Cde. Khrushchev: The credits stay postponed, as in 1958.21 The letter is correct; it should be sent.23\n"
        "Cde. Mikoyan: On the letter one must think. They will say that we are doing what was done in\n\n"
        "21. Decision of the Presidium of 15 May 1958.\n"
        "22. The letter went out to the fraternal parties on 7 June.\n"
        "23. Khrushchev's speech at the Seventh Congress of the Bulgarian Communist Party.\n\n"
        "142\nTHE KREMLIN AND THE BLOC\n\n1948.\n\n"
        "Cde. Suslov: The line is correct. We went to Belgrade.*\n\n"
        "Cde. Kirichenko: I support Nikita Sergeevich.\n\n"
        "24. Khrushchev, Bulganin, and Mikoyan had gone to Belgrade in 1955.\n"
        "26. On the journal see chapter 4.\n\n"
        "MEETING OF 5 JUNE 1958 143\n\nII. On the delegation to Geneva\n\n"
        "Cde. Khrushchev: Approve the delegation.\n\n"
        "142 THE KREMLIN AND THE BLOC\n\nMEETING OF 5 JUNE 1958 144\n"
    ).sessions
    assert [i.title for i in s.items] == ["On the Yugoslav question", "On the delegation to Geneva"]
    assert [(t.item, t.person.id) for t in s.turns] == [
        (1, "khrushchev"),
        (1, "mikoyan"),
        (1, "suslov"),
        (1, "kirichenko"),
        (2, "khrushchev"),
    ]
    assert s.turns[1].text.endswith("what was done in\n1948.")
    assert [p.stance for p in s.positions][:4] == [Stance.SUPPORTS, Stance.UNCLEAR, Stance.SUPPORTS, Stance.SUPPORTS]


def test_minutes_with_a_state_secretary_guests_for_an_item_and_a_marker_on_a_told_name(facts_of):
    """A list's man with a post that opens with "state" ("state secretary"), guests labelled for an item in
    brackets ("Guests (for item 1):"), and a note's marker on a told turn's name ("Comrade Rusakov(2) conveyed ..."),
    which is no part of his words."""
    [s] = facts_of(
        "MINUTES\nof the session of the Political Committee of the HSWP CC, 15 May 1984\n\n"
        "Present: Comrades György Aczél, Sándor Gáspár, members of the Political Committee; Comrade István Buda, "
        "state secretary, president of the National Office for Physical Education and Sport (for item 1).\n\n"
        "Guests (for item 1): Comrade K. V. Rusakov, secretary of the CC of the CPSU; Comrade V. N. Bazovsky, "
        "ambassador of the USSR in Budapest.\n\n1. Comrade István Buda introduced the submission.\n\n"
        "Comrade Rusakov(2) conveyed the greetings of Comrade K. U. Chernenko.\n\nNotes\n\n(2) His report: RGANI.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("aczel", Basis.LISTED),
        ("gaspar", Basis.LISTED),
        ("buda", Basis.LISTED),
        ("rusakov", Basis.GUEST),
        ("bazovsky", Basis.GUEST),
    ]
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("buda", "introduced the submission."),
        ("rusakov", "conveyed the greetings of Comrade K. U. Chernenko."),
    ]


@pytest.mark.parametrize(
    ("report", "turns"),
    [
        # a report on what happened: the next paragraph's "reported" is another man's report to this body
        (
            "Comrade Obzina informed the Presidium that the organs of the Ministry of the Interior had detained three "
            "of the signatories.",
            ["bilak", "obzina", "chnoupek", "strougal"],
        ),
        (
            "Comrade Obzina informed the session that the signatures had been secured.",
            ["bilak", "obzina", "chnoupek", "strougal"],
        ),
        # ... but a report on another meeting, a trip or what was said goes on with what was reported there
        (
            "Comrade Obzina reported on the meeting of the ministers of the interior in Berlin.",
            ["bilak", "obzina", "strougal"],
        ),
        ("Comrade Obzina reported on his trip to Berlin.", ["bilak", "obzina", "strougal"]),
        (
            "Comrade Obzina informed the session about what the ministers in Berlin had told him.",
            ["bilak", "obzina", "strougal"],
        ),
        (
            "Comrade Obzina informed the Presidium that the talks in Berlin had been difficult.",
            ["bilak", "obzina", "strougal"],
        ),
    ],
)
def test_an_unlisted_man_s_report_after_a_report(facts_of, report, turns):
    """KSČ minutes: a minister the list leaves out who "reported that ..." in a paragraph of his own after an
    invited man's report on events has his own turn, and is present on it, as after any other turn; after a
    report on another meeting, the same paragraph tells what was reported there."""
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE PRESIDIUM OF THE CC CPCz HELD ON 7 JANUARY 1977\n\n"
        "Present: Comrades V. Biľak, G. Husák, L. Štrougal, members of the Presidium of the CC CPCz.\n"
        "Invited: Comrade J. Obzina, Minister of the Interior of the ČSSR (for item 1).\n\n"
        "1. Comrade Biľak introduced the proposal.\n\n"
        f"{report}\n\n"
        "Comrade Chňoupek reported that the Western press had given the document great prominence.\n\n"
        "Comrade Štrougal said that he could not yet judge whether a campaign in the press would help.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns
    assert {a.person.id for a in s.attendance} >= set(turns)


@pytest.mark.parametrize(
    ("line", "turns"),
    [
        (
            "\nIn the discussion Comrades Fehér and Kiss took the floor. The report was accepted.",
            ["feher", "kiss-karoly"],
        ),
        (
            " In the discussion Comrades L. Fehér and K. Kiss took part. It was decided to publish it.",
            ["feher", "kiss-karoly"],
        ),
        # (those who spoke after a colon, their initials no sentence's end)
        ("\nIn the discussion the following spoke: Cdes. L. Fehér, K. Kiss.", ["feher", "kiss-karoly"]),
    ],
)
def test_those_who_spoke_in_the_discussion_before_the_record_s_next_sentence(facts_of, line, turns):
    """ "In the discussion Comrades A and B took the floor." names those who spoke where the record's next sentence
    follows on its line, at the line's start or after the report."""
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP Provisional Executive Committee, 21 November 1956\n\n"
        "Present: Comrades Kádár, L. Fehér, K. Kiss, Münnich.\n\n"
        f"Comrade Kádár reported on the situation.{line}\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kadar", *turns]
    assert s.turns[0].text.strip() == "reported on the situation."


@pytest.mark.parametrize("items", ["item 1 of the agenda", "items 1 and 2 of the agenda", "items 1, 2"])
def test_minutes_whose_list_gives_each_group_after_a_dash_and_guests_for_an_item_from_another_side(facts_of, items):
    """PZPR minutes: "Present: Comrades Józef Cyrankiewicz, ..., Jerzy Morawski – members of the Political Bureau;
    Comrades ... – secretaries of the CC." lists all its men, the group after the last name of each part a post of
    them all; "For item 1 of the agenda, from the Chinese side: Comrades Zhou Enlai, Premier ..., He Long, ..." are
    guests, and He Long (the people file's, his surname first) speaks."""
    [s] = facts_of(
        "PROTOCOL No. 4\nof the session of the Political Bureau of the PZPR CC held on 14 January 1957\n\n"
        "Presided: Comrade Władysław Gomułka.\n\n"
        "Present: Comrades Józef Cyrankiewicz, Ignacy Loga-Sowiński, Jerzy Morawski – members of the Political "
        "Bureau; Comrades Jerzy Albrecht, Edward Gierek – secretaries of the CC.\n\n"
        f"For {items}, from the Chinese side: Comrades Zhou Enlai, Premier of the State Council of the "
        "PRC, He Long, Vice-Premier of the State Council, and Wang Bingnan, Ambassador of the PRC in Poland.\n\n"
        "Ad 1.\n\nComrade Zhou Enlai said that the formula expressed a fact.\n\n"
        "Comrade He Long supported Comrade Zhou Enlai.\n\nComrade Morawski spoke against the formula.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("gomulka", Basis.CHAIR),
        *((p, Basis.LISTED) for p in ("cyrankiewicz", "loga-sowinski", "morawski", "albrecht", "gierek")),
        *((p, Basis.GUEST) for p in ("zhou-enlai", "he-long", "wang-bingnan")),
    ]
    assert [t.person.id for t in s.turns] == ["zhou-enlai", "he-long", "morawski"]


@pytest.mark.parametrize(
    "morawski",
    [
        "Jerzy Morawski – from item 2;",
        "Jerzy Morawski – from items 2 and 3,",
        "Jerzy Morawski, until item 2 of the agenda,",
    ],
)
def test_a_list_whose_man_is_there_for_some_items_only_says_so_after_his_name(facts_of, morawski):
    """A list "Present: Comrades ..., Jerzy Morawski – from item 2; Comrade ..." says which items a man was there for after
    his name, set off by a dash or comma as a bracket would: he is listed with the rest, and the list is not a
    sentence (which lost all of it, and with it the turns told of listed men)."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Bureau of the PZPR CC on 12 March 1957\n\n"
        f"Present: Comrades Józef Cyrankiewicz, Edward Ochab, {morawski} Comrade Eugeniusz Szyr.\n\n"
        "1. Comrade Ochab reported on the talks.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        (p, Basis.LISTED) for p in ("cyrankiewicz", "ochab", "morawski", "szyr")
    ]
    assert [t.person.id for t in s.turns] == ["ochab"]


def test_a_list_s_items_aside_leaves_the_initial_of_the_next_name(facts_of):
    """ "Z. Kliszko – for item 1, I. Loga-Sowiński": the aside's numbers end before "I.", the next man's initial."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Bureau of the PZPR CC on 12 March 1957\n\n"
        "Present: Comrades Z. Kliszko – for item 1, I. Loga-Sowiński, E. Ochab, for items 1 and 2, L. Motyka.\n\n"
        "1. Comrade Ochab reported on the talks.\n"
    ).sessions
    assert [a.person.id for a in s.attendance] == ["kliszko", "loga-sowinski", "ochab", "motyka"]


@pytest.mark.parametrize("shelest", ["Cde. Shelest\nspoke", "Cde. P. E.\nShelest spoke", "Cde. Shelest spo-\nke"])
def test_a_protocol_s_turns_told_one_after_another_in_a_wrapped_paragraph(facts_of, shelest):
    """A formal protocol tells several men's turns in one paragraph wrapped at a fixed width, the wrap falling after a
    turn's "Cde. Shelest", "Cde. P. E." or "Cde.", or inside his verb ("spo-" / "ke"): each is a turn, in order."""
    [s] = facts_of(
        "PROTOCOL No. 131\nof the session of the Politburo of the CC CPSU of 24 April 1969\n\n"
        "Present: Cdes. L. I. Brezhnev, A. N. Kosygin, P. E. Shelest, N. V. Podgorny, D. S. Polyansky.\n\n"
        "1. On the credit to the ČSSR.\n\nHEARD: Information of Cde. Brezhnev.\n"
        "Cde. Kosygin supported the proposal to grant the credit, considering that the\n"
        f"leadership had to be helped. {shelest}"
        " against granting the credit until the right-wing forces had been\n"
        "removed. Cde.\n"
        "Podgorny considered that the question could be decided later. Cde. Polyansky\n"
        "supported the proposal.\nRESOLVED:\n1. Take note of the information.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["brezhnev", "kosygin", "shelest", "podgorny", "polyansky"]
    assert " ".join(s.turns[2].span.quote.replace("-\n", "").split()).endswith(
        "Shelest spoke against granting the credit until the right-wing forces had been removed."
    )


@pytest.mark.parametrize(
    ("opening", "turns"),
    [
        ("Cde. Gomułka reported on the talks in Moscow. The Soviet side was firm.", ["gomulka", "ochab"]),
        # (the report amid its line, after a sentence of the record's: no turn of its own, nor is what it tells)
        (
            "The item was taken first. Cde. Gomułka reported on the talks in Moscow. The Soviet side was firm.",
            ["ochab"],
        ),
        ('Cde. Gomułka said that the letter ran: "The situation is grave.', ["gomulka", "ochab"]),
    ],
)
def test_a_wrapped_paragraph_of_a_report_or_a_quotation_tells_no_one_else_s_turn(facts_of, opening, turns):
    """A report's paragraph wrapped after "Cde. Brezhnev", going on with what he said at the meeting it reports on,
    or a quotation's, gives him no turn of this session."""
    [s] = facts_of(
        "PROTOCOL No. 4\nof the session of the Political Bureau of the PZPR CC held on 14 January 1957\n\n"
        "Present: Comrades W. Gomułka, J. Cyrankiewicz, E. Ochab.\n\n1. On the talks in Moscow.\n\n"
        f"{opening} Cde. Brezhnev\nsaid that no new credits could be given this year.\n\n"
        "Cde. Ochab supported the report.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns


def test_a_briefing_book_s_protocol_flattened_into_one_paragraph_under_its_title(facts_of):
    """A briefing book's copy: its title "CC CPSU Politburo, Protocol No. 143 (extract), 20 June 1974" heads the
    session; the protocol, run into one paragraph, has its chair ("Chaired:"), those who spoke ("Spoke: Cdes. ..."),
    a man neither listed nor invited who "gave information" (his note's marker after his name), and a decision's
    points "1. ... 3." before the agenda's item 2, which is an item, not a point."""
    [s] = facts_of(
        "Document 6\nCC CPSU Politburo, Protocol No. 143 (extract), 20 June 1974\n"
        "Top secret PROTOCOL No. 143 of the session of the Politburo of the CC CPSU of 20 June 1974 Chaired: Cde. L. "
        "I. Brezhnev. Present: members of the Politburo of the CC CPSU Cdes. A. A. Grechko, A. A. Gromyko, A. N. "
        "Kosygin, N. V. Podgorny; candidate members of the Politburo Cdes. B. N. Ponomarev, D. F. Ustinov. 1. On the "
        "visit of the President of the USA. HEARD: Cde. Gromyko. Spoke: Cdes. Brezhnev, Kosygin. Cde. Grechko spoke "
        "against the provision on tests. Cde. Ustinov supported the remark of Cde. Grechko. Cde. Kornienko[1] gave "
        "information on the state of the talks. RESOLVED: 1. Approve the directives. 2. Instruct the MFA of the USSR "
        "(Cde. Gromyko) to finalize the texts. 3. Instruct the Ministry of Defense (Cde. Grechko) to report. 2. On the "
        "request of the Portuguese Communist Party. HEARD: Cde. Ponomarev. RESOLVED: Satisfy the request.\n\n"
        "Notes\n[1] G. M. Kornienko is named neither among those present nor among those invited.\n"
    ).sessions
    assert (s.date, s.protocol) == ("1974-06-20", "143")
    assert s.attendance[0].person.id == "brezhnev" and s.attendance[0].basis is Basis.CHAIR
    assert ("kornienko", Basis.INFERRED) in [(a.person.id, a.basis) for a in s.attendance]
    assert [i.title.split(".")[0] for i in s.items] == [
        "On the visit of the President of the USA",
        "On the request of the Portuguese Communist Party",
    ]
    assert [(t.item, t.person.id) for t in s.turns] == [
        (1, "gromyko"),
        (1, "brezhnev"),
        (1, "kosygin"),
        (1, "grechko"),
        (1, "ustinov"),
        (1, "kornienko"),
        (2, "ponomarev"),
    ]
    assert [(a.person.id, a.item) for a in s.assignments if a.person] == [("gromyko", 1), ("grechko", 1)]


def test_a_man_the_minutes_do_not_list_informs_the_body_after_a_report(facts_of):
    """In minutes told in the past tense, after a member's report, "Comrade Aleksander Skarżyński, director of the
    Office for Religious Affairs(1), informed the Political Bureau that ..." is his turn: told to this body by name,
    not what was said at a meeting the report tells of."""
    [s] = facts_of(
        "Protocol No. 47 of the session of the Political Bureau of the PZPR CC on 7 December 1965\n\n"
        "Present: Comrades Władysław Gomułka, Zenon Kliszko, Edward Ochab.\n\n1. The message of the bishops.\n\n"
        "Comrade Kliszko reported on the message of the Polish bishops.\n\n"
        "Comrade Aleksander Skarżyński, director of the Office for Religious Affairs(1), informed the Political "
        "Bureau that the message had been signed by thirty-six bishops.\n\n"
        "Comrade Ochab said that he did not consider a broad campaign useful.\n\n"
        "(1) A. Skarżyński is not named among those present.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["kliszko", "skarzynski", "ochab"]


def test_a_book_s_pages_with_a_note_over_lines_and_a_speaker_marked_for_his_note(facts_of):
    """A collection's printed pages: a note at a page's foot whose first line ends in a bracket ("... L. 1)") goes on
    over the next ("also lists B. N. Yeltsin ... He is not named in the working record"): the protocol's word on
    Yeltsin, and the record's own silence, a conflict; a man the list does not name speaks with his note's marker
    before the stop ("GOSTEV². ..."), and the note's "— Ed." is no man."""
    [s] = facts_of(
        "WORKING RECORD OF THE SESSION OF THE POLITBURO OF THE CC CPSU\n\n11 February 1988\n\n"
        "Chaired: Cde. M. S. GORBACHEV.\nPresent: Cdes. E. K. Ligachev, V. P. Nikonov, N. I. Ryzhkov¹.\n\n"
        "LIGACHEV. I am for cooperatives, but I would look at the draft once more.\n\n"
        "_______________\n¹ The protocol of the session (No. 110; APRF, F. 3, Op. 120, D. 48, L. 1)\n"
        "also lists B. N. Yeltsin among the candidate members of the Politburo\n"
        "present. He is not named in the working record and did not speak. — Ed.\n\n"
        "118                               DOCUMENTS\n\n"
        "GOSTEV². The Ministry of Finance has remarks on the tax scale.\n\n"
        "NIKONOV. I support.\n\n"
        "RGANI. F. 89, Op. 42. D.19. L. 1–14. Copy. Typescript.\n\n"
        "_______________\n² B. I. Gostev, Minister of Finance of the USSR, was invited for this item. — Ed.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["ligachev", "gostev", "nikonov"]
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("gorbachev", Basis.CHAIR),
        *((p, Basis.LISTED) for p in ("ligachev", "nikonov", "ryzhkov")),
        ("gostev", Basis.INFERRED),
        ("yeltsin", Basis.PROTOCOL),
        ("yeltsin", Basis.OMITTED),
    ]


def test_a_note_says_the_notes_do_not_mention_a_man_the_protocol_names(facts_of):
    """ "The formal protocol ... names among those present N. V. Podgorny, a candidate member of the Presidium, whom
    Malin does not mention" is the protocol's word and the notes' stated silence, a conflict; "who is not in Malin's
    list" only says which man the protocol adds (the genre's answers read it so), no silence of the notes."""
    text = (
        "Notes from the Session of the CPSU CC Presidium, 18 September 1958\n\n"
        "Source: RGANI, F. 3, Op. 12, D. 1009, Ll. 88-93ob.\n\n"
        "Present: Khrushchev, Brezhnev, Kosygin(1)\n\nKhrushchev—Support.\n\n"
        "Notes\n(1) The formal protocol of this session (RGANI, F. 3, Op. 14, D. 241, Ll. 1-3) names among those "
        "present N. V. Podgorny, a candidate member of the Presidium, {clause}.\n"
    )
    [s] = facts_of(text.format(clause="whom Malin does not mention")).sessions
    podgorny = [a.basis for a in s.attendance if a.person.id == "podgorny"]
    assert podgorny == [Basis.PROTOCOL, Basis.OMITTED]
    [s] = facts_of(text.format(clause="who is not in Malin's list")).sessions
    assert [a.basis for a in s.attendance if a.person.id == "podgorny"] == [Basis.PROTOCOL]


@pytest.mark.parametrize(
    ("after", "omitted"),
    [("He is not named in the working record.", True), ("He is not named in the protocol of the next session.", False)],
)
def test_a_note_s_he_is_the_man_the_sentence_before_gave_on_this_session_only(facts_of, after, omitted):
    """After "The protocol ... also lists B. N. Yeltsin among those present.", "He is not named in the working record"
    is the record's silence on him (a conflict); what another session's protocol leaves out says nothing of this
    one."""
    [s] = facts_of(
        "Source: RGANI, F. 89, Op. 42, D. 19, Ll. 1-14.\n\nWORKING RECORD OF THE SESSION OF THE POLITBURO OF THE CC "
        "CPSU\n\n11 February 1988\n\nPresent: Cdes. E. K. Ligachev, V. P. Nikonov.[1]\n\nLIGACHEV. I am for it.\n\n"
        f"Notes\n[1] The protocol of the session (APRF, F. 3, Op. 120, D. 48, L. 1) also lists B. N. Yeltsin among "
        f"those present. {after}\n"
    ).sessions
    yeltsin = [a.basis for a in s.attendance if a.person.id == "yeltsin"]
    assert yeltsin == [Basis.PROTOCOL, Basis.OMITTED] if omitted else yeltsin == [Basis.PROTOCOL]


def test_minutes_with_guests_from_another_party_by_their_posts_and_a_minister_s_report_after_a_proposal(facts_of):
    """PZPR minutes: guests for an item each with his post, one "of the apparatus of the CC KSČ" (where he is from,
    as a post); after a member "presented the proposal" (a proposal, no meeting it tells of), a minister the list
    leaves out "reported on the state of the fodder balance": his turn."""
    [s] = facts_of(
        "MINUTES No. 118\nof the session of the Political Bureau of the CC PZPR held on 11 February 1975\n\n"
        "Present: members of the Political Bureau, Comrades Edward Babiuch, Mieczysław Jagielski, Jan Szydlak.\n"
        "For item 2, from the CC of the Communist Party of Czechoslovakia: Comrades Vasil Biľak, member of the "
        "Presidium and secretary of the CC KSČ, and Jan Fojtík, of the apparatus of the CC KSČ.\n\n"
        "1. Comrade Mieczysław Jagielski presented the proposal of the Government Presidium. He proposed raising the "
        "procurement prices.\n\n"
        "Comrade Kazimierz Barcikowski, minister of agriculture, reported on the state of the fodder balance.\n\n"
        "Comrade Szydlak spoke against raising the prices before the harvest.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is not Basis.LISTED] == [
        ("bilak", Basis.GUEST),
        ("fojtik", Basis.GUEST),
        ("barcikowski", Basis.INFERRED),
    ]
    assert [t.person.id for t in s.turns] == ["jagielski", "barcikowski", "szydlak"]


@pytest.mark.parametrize("label", ["Archival reference", "Archival citation", "Archive"])
def test_a_protocol_s_turn_told_amid_a_wrapped_line_and_its_file_in_a_field(facts_of, label):
    """A protocol's paragraph wrapped at a fixed width tells a turn from amid a line, its sentence going on over the
    next ("... attached to the protocol². Cde. Voroshilov expressed doubt whether the" / "ministries ..."): his turn;
    "Archival reference: RGANI. F. 3. ..." (or "Archival citation:") over the session is the file of its record."""
    [s] = facts_of(
        f"{label}: RGANI. F. 3. Op. 14. D. 112. Ll. 1–9. Typescript.\n\n"
        "PROTOCOL No. 82\nof the session of the Presidium of the CC CPSU of 22 March 1957\n\n"
        "Present: Cdes. N. S. Khrushchev, K. E. Voroshilov, V. M. Molotov, A. I. Mikoyan.\n\n"
        "1. On the draft theses.\n\nHEARD: Cde. Khrushchev.\n"
        "Cde. Molotov spoke against the creation of economic councils, and asked that his\n"
        "written remarks be attached to the protocol². Cde. Voroshilov expressed doubt whether the\n"
        "ministries of defense should be abolished. Cde. Mikoyan supported the\ndraft.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["khrushchev", "molotov", "voroshilov", "mikoyan"]
    assert [(c.unit.label, c.notes_source) for c in s.citations] == [("RGANI, F. 3, Op. 14, D. 112, Ll. 1-9", True)]


@pytest.mark.parametrize(("protocol", "present"), [("this session", True), ("the next session", False)])
def test_what_the_protocol_of_another_session_names_is_no_word_on_this_one(facts_of, protocol, present):
    """ "The protocol of the next session names among those present D. S. Polyansky" says nothing of this session:
    only this session's protocol puts him here."""
    [s] = facts_of(
        "Session of 5 May 1960\n\nPresent: Khrushchev, Mikoyan.(1)\n\nKhrushchev—Support.\n\n"
        f"Notes\n(1) The protocol of {protocol} names among those present D. S. Polyansky.\n"
    ).sessions
    assert ("polyansky" in [a.person.id for a in s.attendance]) is present


def test_a_decision_instructs_the_moscow_city_committee_with_its_head_in_brackets(facts_of):
    """ "Instruct the Moscow city committee of the CPSU (Cde. Furtseva), together with the executive committee of the
    Moscow City Soviet, and the USSR Ministry of Defense (Cde. Zhukov) to ensure ..." gives the task to each body and
    to the men in brackets, one whose name the line broke ("Bobrov-" / "nikov") whole (the city committee was no body
    kg knew, and the whole decision was lost)."""
    [s] = facts_of(
        "PROTOCOL No. 82\nof the session of the Presidium of the CC CPSU of 22 March 1957\n\n"
        "Present: Cdes. N. S. Khrushchev, G. K. Zhukov, E. A. Furtseva.\n\n1. On the First of May.\n\n"
        "HEARD: Cde. Furtseva.\nRESOLVED:\n1. Approve the slogans.\n"
        "2. Instruct the Moscow city committee of the CPSU (Cde. Furtseva), together with the executive committee of "
        "the Moscow City Soviet (Cde. N. I. Bobrov-\nnikov), and the USSR Ministry of Defense (Cde. Zhukov) to ensure "
        "the holding of the parade.\n"
    ).sessions
    assert [a.person.id if a.person else a.organisation for a in s.assignments] == [
        "Moscow city committee of the CPSU",
        "furtseva",
        "executive committee of the Moscow City Soviet",
        "USSR Ministry of Defense",
        "bobrovnikov",
        "zhukov",
    ]


def test_a_ksc_presidium_s_minutes_with_groups_after_names_guests_and_the_body_s_points(facts_of):
    """A KSČ record: the groups after their names ("..., members of the Presidium; Comrades ..., candidates of the
    Presidium; ..."), guests "As guests, from the CC of the CPSU:", a report "introduced the information", the body's
    name alone over its points in dashes ("– instructed Comrade Havlín to ..."), and the attendance list's mark of a
    man the minutes list: "excused", its omission."""
    [s] = facts_of(
        "MINUTES\nof the 164th session of the Presidium of the CC of the KSČ, held on 12 September 1980\n\n"
        "Present: Comrades G. Husák, V. Biľak, A. Kapek(1), L. Štrougal, members of the Presidium; Comrades J. Baryl, "
        "M. Jakeš, candidates of the Presidium; Comrade J. Havlín, secretary of the CC.\n"
        "As guests, from the CC of the CPSU: Comrade K. V. Rusakov, secretary of the CC of the CPSU.\n\n"
        "1. Comrade Vasil Biľak introduced the information. He said that the situation was grave.\n\n"
        "Comrade Rusakov conveyed the greetings of Comrade L. I. Brezhnev.\n\n"
        "Comrade Lubomír Štrougal said that the measures were necessary.\n\n"
        "The Presidium of the CC of the KSČ\n– approved the measures proposed by Comrade Biľak;\n"
        "– instructed Comrade Havlín to finalize the information by 16 September.\n\n"
        'Notes\n\n(1) The attendance list of the session marks Antonín Kapek "excused – illness"; the minutes '
        "nevertheless name him among those present.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        *((p, Basis.LISTED) for p in ("husak", "bilak", "kapek", "strougal", "baryl", "jakes", "havlin")),
        ("rusakov", Basis.GUEST),
        ("kapek", Basis.OMITTED),
    ]
    assert [t.person.id for t in s.turns] == ["bilak", "rusakov", "strougal"]
    assert [a.person.id for a in s.assignments] == ["havlin"]


@pytest.mark.parametrize(
    ("told", "turns"),
    [
        ("gave figures on the supply of meat.", ["jaroszewicz", "kania"]),  # no article: as "gave the figures"
        ("gave detailed data on the harvest.", ["jaroszewicz", "kania"]),
        # a report: Brezhnev spoke where the delegation went
        ("presented the information of the delegation that went to Moscow.", ["jaroszewicz", "kania"]),
        # a proposal: the man after it speaks here
        ("presented the proposal of the Government Presidium.", ["jaroszewicz", "brezhnev", "kania"]),
        # a report on a matter, not on a meeting
        ("presented the report on the economic plan for 1968.", ["jaroszewicz", "brezhnev", "kania"]),
    ],
)
def test_a_told_turn_and_whether_the_unlisted_man_after_it_speaks_here(facts_of, told, turns):
    """ "Comrade P. Jaroszewicz gave figures on ..." tells his turn; after a report he presented on a meeting ("the
    information of the delegation"), what a man the session does not list "stated" was said there, not here; after a
    proposal or a report on a matter presented, it is his turn here."""
    [s] = facts_of(
        "Minutes No. 118 of the session of the Political Bureau of the CC PZPR, 11 February 1975\n\n"
        "Present: Comrades E. Gierek, P. Jaroszewicz, S. Kania.\n\n1. On the market\n\n"
        f"Comrade P. Jaroszewicz {told}\n\nComrade L. Brezhnev stated that the comrades are worried.\n\n"
        "Comrade S. Kania supported the conclusions.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns


@pytest.mark.parametrize(
    ("after", "turns", "items"),
    [
        ("Comrade J. Szydlak objected to raising prices.", ["gierek", "kania", "szydlak"], 1),
        ("2. On the harvest", ["gierek", "kania"], 2),
        ("15. March, when the figures are ready.", ["gierek", "kania"], 1),  # a date's ordinal: no item
    ],
)
def test_a_told_turn_at_a_line_s_end_with_no_stop_joins_no_line_that_opens_anew(facts_of, after, turns, items):
    """A turn told at a wrapped line's end ("... raising prices. Comrade S. Kania supported") goes on over the next
    line, but not over one that opens a turn or an item of its own, where the copy lost the full stop."""
    [s] = facts_of(
        "Minutes of the session of the Political Bureau of the CC PZPR, 11 February 1975\n\n"
        "Present: Comrades E. Gierek, S. Kania, J. Szydlak.\n\n1. On prices\n\n"
        "Comrade E. Gierek said that the proposal was ready and that it meant raising prices. Comrade S. Kania supported\n"
        f"{after}\n"
    ).sessions
    assert ([t.person.id for t in s.turns], len(s.items)) == (turns, items)


def test_a_speaker_s_note_marker_before_his_colon(facts_of):
    """ "GOSTEV²: The Ministry ..." is Gostev's turn, whom the session does not list, the marker no part of his name."""
    [s] = facts_of(
        "Session of the Politburo of the CC CPSU, 29 January 1987\n\nPresent: Gorbachev, Ryzhkov.\n\n"
        "GORBACHEV: Let us begin.\n\nGOSTEV²: The Ministry of Finance has done the calculations.\n\nRYZHKOV: Agreed.\n"
    ).sessions
    assert [(t.person.id, t.name) for t in s.turns] == [
        ("gorbachev", "GORBACHEV"),
        ("gostev", "GOSTEV"),
        ("ryzhkov", "RYZHKOV"),
    ]


def test_the_working_protocol_s_own_mark_of_a_man_away_is_no_omission_by_the_formal_one(facts_of):
    """ "Schön's working protocol, by contrast, marks Leuschner as excused" is the record's own mark, which its list of
    those excused already holds: the formal protocol lists him present, and omits no one."""
    [s] = facts_of(
        "Working protocol of the session of the Politburo of the CC SED of 7 August 1961\n\n"
        "Present: Comrades W. Ulbricht, E. Honecker.\nExcused: Comrade Bruno Leuschner (in Moscow)(1)\n\n"
        "Comrade Honecker reported on the measures.\n\nNotes\n\n(1) The formal Protocol No. 39/61 (SAPMO-BArch, DY "
        "30/J IV 2/2/787, Bl. 1) lists Bruno Leuschner among the members of the Politburo present. Schön's working "
        'protocol, by contrast, marks Leuschner as excused "in Moscow".\n'
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.person.id == "leuschner"] == [
        ("leuschner", Basis.ABSENT),
        ("leuschner", Basis.PROTOCOL),
    ]


@pytest.mark.parametrize(
    ("told", "turn"),
    [
        ("Comrade J. Obzina, minister of the interior, reported on the situation at the border crossings.", True),
        ("Comrade J. Obzina stated at the meeting of the ministers in Berlin that the border was calm.", False),
    ],
)
def test_an_unlisted_minister_s_report_and_what_he_said_at_another_meeting(facts_of, told, turn):
    """A minister the minutes do not list reports in a paragraph of his own: his turn, whatever his report is on ("the
    situation at the border crossings"); what he said at another meeting is none."""
    [s] = facts_of(
        "MINUTES\nof the 164th session of the Presidium of the CC of the KSČ, held on 12 September 1980\n\n"
        "Present: Comrades G. Husák, V. Biľak, L. Štrougal.\n\n1. On Poland\n\n"
        f"Comrade Vasil Biľak said that the situation was grave.\n\n{told}\n\n"
        "Comrade Lubomír Štrougal said that the measures were necessary.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["bilak", *(["obzina"] if turn else []), "strougal"]


@pytest.mark.parametrize(
    ("note", "claims"),
    [
        # "however" joins two clauses: the protocol's is the second
        (
            "Malin lists only four members, however, the formal protocol (RGANI, F. 3, Op. 14, D. 300, L. 1) also "
            "lists Aristov.",
            [("aristov", Basis.PROTOCOL, "RGANI, F. 3, Op. 14, D. 300, L. 1")],
        ),
        # a bracket after the sentence that cites another file is not the protocol's
        (
            "The formal protocol does not list Kozlov. (On Kozlov's illness see RGANI, F. 5, Op. 30, D. 12, L. 4.)",
            [("kozlov-frol", Basis.OMITTED, None)],
        ),
        ('The formal protocol marks Suslov "absent" until item II.', []),  # absent for a part only
        ("The formal protocol records Suslov as ill.", [("suslov", Basis.OMITTED, None)]),
        # the notes' own silence, in a relative clause with its verb; the protocol's, "not in the protocol"
        (
            "The formal protocol names among those present N. G. Ignatov, whom Malin's list does not include.",
            [("ignatov", Basis.PROTOCOL, None), ("ignatov", Basis.OMITTED, "RGANI, F. 3, Op. 14, D. 400, Ll. 1-5")],
        ),
        (
            "The formal protocol names N. G. Ignatov among those present, whom Malin does not mention.",
            [("ignatov", Basis.PROTOCOL, None), ("ignatov", Basis.OMITTED, "RGANI, F. 3, Op. 14, D. 400, Ll. 1-5")],
        ),
        # (not silent about him as a speaker only: listed, he did not speak)
        (
            "The formal protocol names Kozlov among those present, whom Malin does not mention as a speaker.",
            [("kozlov-frol", Basis.PROTOCOL, None)],
        ),
        ("Kozlov is not in the formal protocol; he is recorded by Malin.", [("kozlov-frol", Basis.OMITTED, None)]),
        # "Malin does not have him": the notes' silence
        (
            "The formal protocol lists Gromyko among those present; Malin does not have him.",
            [("gromyko", Basis.PROTOCOL, None), ("gromyko", Basis.OMITTED, "RGANI, F. 3, Op. 14, D. 400, Ll. 1-5")],
        ),
        # ... but not a paper of his or to him that the protocol leaves out, nor a man "ill-disposed" to a plan
        ("The speech of Mikoyan is not in the protocol; it survives only in Malin's notes.", []),
        ("The report by Cde. Suslov is not in the protocol, only the decision.", []),
        ("The speeches of Mikoyan and Kozlov are not in the protocol.", []),
        # (the name opening its own clause after another's, though)
        ("Of the secretaries, Kozlov is not in the protocol.", [("kozlov-frol", Basis.OMITTED, None)]),
        ("Also Kozlov is not in the protocol.", [("kozlov-frol", Basis.OMITTED, None)]),
        ("The protocol records Kozlov as ill-disposed to the plan.", []),
        ("The attendance list of the Fifth Plenum bears the signature of Aristov.", []),  # another meeting's list
    ],
)
def test_what_a_note_says_the_protocol_records_and_on_which_file(facts_of, note, claims):
    [s] = facts_of(
        "Archival reference: RGANI, F. 3, Op. 14, D. 400, Ll. 1-5.\n\nSession of 12 May 1960\n\n"
        f"Present: Khrushchev, Mikoyan, Suslov, Kozlov.\n\nCde. Mikoyan—For.\n\nNotes\n\n(1) {note}\n"
    ).sessions
    found = [(a.person.id, a.basis, a.source and a.source.label) for a in s.attendance if a.basis is not Basis.LISTED]
    assert found == claims


def test_a_table_of_a_man_a_row_whose_group_cell_is_empty(facts_of):
    """In a table of a man a row, a row with no group of its own is the list's (the group above goes on only where
    its names ended with a comma)."""
    [s] = facts_of(
        "Session of 5 May 1960\n\n| Name | Post | Membership |\n|---|---|---|\n| Khrushchev | First Secretary | |\n"
        "| Gromyko | Minister | Invited |\n| Kosygin | Deputy Chairman | |\n\nCde. Kosygin—For.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.LISTED),
        ("kosygin", Basis.LISTED),
        ("gromyko", Basis.GUEST),
    ]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_an_editor_s_note_amid_the_turns_under_its_label(facts_of, between):
    """ "Note" alone on its line, over the editor's remark (right under it, or after a blank line), ends the turn
    before it, and the remark is read as a note: the protocol's word on who was there."""
    [s] = facts_of(
        "Session of 5 May 1965\n\nPresent: Brezhnev, Kosygin, Suslov.\n\nCde. Brezhnev—I propose to approve the draft.\n\n"
        f"Note{between}The protocol lists Podgorny as present.\n\nCde. Kosygin—For it.\n"
    ).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("brezhnev", "I propose to approve the draft."),
        ("kosygin", "For it."),
    ]
    assert ("podgorny", Basis.PROTOCOL) in [(a.person.id, a.basis) for a in s.attendance]


def test_a_note_s_marker_on_the_label_of_those_present(facts_of):
    """ "Present²: members of the Presidium Cdes. ..." is the list, its marker no part of the label."""
    [s] = facts_of(
        "PROTOCOL No. 75\n\nSESSION OF THE PRESIDIUM OF THE CC CPSU OF 7 FEBRUARY 1957\n\nPresiding: Cde. N. S. Khrushchev."
        "\n\nPresent²: members of the Presidium of the CC CPSU Cdes. N. A. Bulganin,\nK. E. Voroshilov; candidate members "
        "Cdes. L. I. Brezhnev, G. K. Zhukov.\n\nI. On the theses.\n\nHEARD: Cde. Khrushchev.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.CHAIR),
        *((p, Basis.LISTED) for p in ("bulganin", "voroshilov", "brezhnev", "zhukov")),
    ]


def test_a_decision_whose_line_breaks_after_the_country_of_a_body(facts_of):
    """ "Instruct Cde. Shepilov together with the USSR" / "Ministry of Foreign Affairs (Cde. A. A. Gromyko) to
    prepare ..." is one sentence, though the line before it ends its own and the next opens with a capital."""
    [s] = facts_of(
        "PROTOCOL No. 75\n\nSESSION OF THE PRESIDIUM OF THE CC CPSU OF 7 FEBRUARY 1957\n\n"
        "Present: Cdes. N. S. Khrushchev, M. A. Suslov, D. T. Shepilov.\n\nI. On the reception.\n\n"
        "HEARD: Cde. Suslov.\nRESOLVED:\nAgree with the proposals. Instruct Cde. Shepilov together with the USSR\n"
        "Ministry of Foreign Affairs (Cde. A. A. Gromyko) to prepare the draft.\n"
    ).sessions
    assert [a.person.id if a.person else a.organisation for a in s.assignments] == [
        "shepilov",
        "Ministry of Foreign Affairs",
        "gromyko",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Send the text to the fraternal parties.",
        "Cde. Shepilov is to report on its delivery.",
        "Voted: for—all.",
    ],
)
def test_a_decision_that_ends_on_a_country_without_its_stop(facts_of, line):
    """A decision that ends on a country with no full stop ("... to the ambassador of the USA") is not run on into
    the next line, unless that line goes on with a body's name ("Ministry of ..."): another decision, a task, a vote."""
    [s] = facts_of(
        "SESSION OF THE PRESIDIUM OF THE CC CPSU OF 14 MARCH 1957\n\nPresent: Cdes. D. T. Shepilov, A. A. Gromyko.\n\n"
        "I. On the note.\n\nHEARD: Cde. Shepilov.\nRESOLVED:\n"
        f"Instruct Cde. Gromyko to hand the note to the ambassador of the USA\n{line}\n"
    ).sessions
    assert s.decisions[0].text == "Instruct Cde. Gromyko to hand the note to the ambassador of the USA"


@pytest.mark.parametrize("verb", ["To instruct", "Instruct"])
def test_a_decision_s_point_that_breaks_before_the_men_it_instructs(facts_of, verb):
    """A point whose line breaks after its task's verb goes on over "Cdes. ..." on the next line: one decision, and
    each man's task, though a line opening "Cde." may open a sentence of its own."""
    [s] = facts_of(
        "SESSION OF THE PRESIDIUM OF THE CC CPSU OF 14 MARCH 1957\n\nPresent: Cdes. D. T. Shepilov, A. A. Gromyko.\n\n"
        "I. On the note.\n\nHEARD: Cde. Shepilov.\nRESOLVED:\n1. Approve the draft of the note, with the changes made and"
        f"\nCde. Gromyko personally.\n2. {verb}\nCdes. Gromyko and Kuznetsov to prepare the draft reply.\n"
    ).sessions
    assert s.decisions[-1].text == f"{verb} Cdes. Gromyko and Kuznetsov to prepare the draft reply"
    assert {a.person.id for a in s.assignments} == {"gromyko", "kuznetsov-vasily"}


def test_an_editorial_board_in_a_speech_is_no_editor_s_remark(facts_of):
    """ "Editor's comparison ...: " run in closes a turn; "Editorial board of Pravda: ..." in a speaker's paragraph,
    after a blank line, is his words."""
    [s] = facts_of(
        "Session of 5 May 1965\n\nPresent: Brezhnev, Suslov.\n\nCde. Suslov—For. The press must prepare the ground."
        "\n\nEditorial board of Pravda: strengthen it, I agree with the proposal.\n"
    ).sessions
    assert s.turns[-1].text.endswith("I agree with the proposal.")


@pytest.mark.parametrize(
    "label",
    ["Editorial note", "Editorial comment on the list", "editor's comparison with the protocol", "COMPILER'S NOTE"],
)
def test_an_editor_s_remark_run_in_closes_the_turn_before_it(facts_of, label):
    """An edition's remark run in after its label, whatever its case, is no word of the speaker before it, and the
    protocol's man it names is on the protocol's word."""
    [s] = facts_of(
        "Session of 5 May 1965\n\nPresent: Brezhnev, Suslov.\n\nCde. Suslov—For. We should not haggle over coal."
        f"\n\n{label}: The formal protocol lists Shelepin among those present.\n"
    ).sessions
    assert s.turns[-1].text.endswith("over coal.")
    assert ("shelepin", Basis.PROTOCOL) in {(a.person.id, a.basis) for a in s.attendance}


@pytest.mark.parametrize("second", ["(Re: Protocol No. 59)", "(PROTOCOL No. 59)", "(Protocol No 59)"])
def test_a_numbered_session_heading_with_its_protocol_after_it(facts_of, second):
    """ "1. SESSION OF 11 OCTOBER 1962 (Re: Protocol No. 58)" heads a session of a file of several, as it did without
    the protocol's number, in capitals or without the number's stop too; it is no agenda's item."""
    facts = facts_of(
        "Here they are.\n\n1. SESSION OF 11 OCTOBER 1962 (Re: Protocol No. 58)\n\nPresent: Khrushchev, Kosygin.\n\n"
        f"Cde. Kosygin—Against.\n\n2. SESSION OF 18 OCTOBER 1962 {second}\n\nPresent: Khrushchev, Kozlov."
        "\n\nCde. Kozlov—Support.\n"
    )
    assert [(s.date, s.protocol, [t.person.id for t in s.turns]) for s in facts.sessions] == [
        ("1962-10-11", "58", ["kosygin"]),
        ("1962-10-18", "59", ["kozlov-frol"]),
    ]


# an edition's page of HSWP minutes: names and words broken at the lines' ends, the next line indented
HSWP_PAGE = """\
SHORTHAND NOTES OF THE SESSION OF THE PROVISIONAL EXECUTIVE COMMITTEE OF THE HSWP, 26 NOVEMBER 1956

Present: Comrades Antal Apró, Béla Biszku, Lajos Fehér, János Kádár, Ká-
roly Kiss, Ferenc Münnich.
From the Presidium of the CC of the CPSU: Comrades G. M. Malenkov and
M. A. Suslov.

1. Comrade Ferenc Münnich reported that the strike had weakened. Comrade Kiss did not take a definite position;
he asked only that the aktiv be informed.

The Provisional Executive Committee
– approved the draft statement;
– instructed Comrades Ferenc Mün-
  nich and Béla Biszku to ensure the protection of the factories.

2. Comrade Kádár informed the Committee of the note. The Committee in-
structed Comrade Antal Apró, minister of industry, to prepare the reply.
"""


@pytest.mark.parametrize(
    ("told", "turns"),
    [
        ("Comrade Kiss abstained.", ["munnich", "kiss-karoly"]),
        ("Comrade Kiss abstained from voting.", ["munnich", "kiss-karoly"]),
        ("Comrade Kiss abstained from the discussion.", ["munnich"]),  # he said nothing
        ("Comrades Kiss and Biszku abstained.", ["munnich", "kiss-karoly", "biszku"]),
    ],
)
def test_a_man_who_abstained(facts_of, told, turns):
    """Minutes that tell a man abstained tell his turn in the vote; not when he abstained from the discussion."""
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE POLITICAL COMMITTEE OF THE HSWP, 26 NOVEMBER 1956\n\n"
        "Present: Comrades Biszku, Kiss, Münnich.\n\n"
        f"1. Comrade Münnich reported that the strike had weakened.\n\n{told}\n"
    ).sessions
    assert [t.person.id for t in s.turns] == turns


def test_men_who_abstained_are_the_men_the_list_names(facts_of):
    """ "Comrades Kiss and Biszku abstained." under a list of "Árpád Kiss": the listed man, not another Kiss of the
    people file, who was not there."""
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE POLITICAL COMMITTEE OF THE HSWP, 3 NOVEMBER 1981\n\n"
        "Present: Comrades Béla Biszku, Árpád Kiss, Ferenc Münnich.\n\n"
        "1. Comrade Münnich proposed that the application be approved.\n\nComrades Kiss and Biszku abstained.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["munnich", "kiss", "biszku"]
    assert {a.person.id for a in s.attendance} == {"biszku", "kiss", "munnich"}


@pytest.mark.parametrize(
    ("item", "title", "turns"),
    [
        # a session's number and date inside a speech open no session
        (
            "I. On the UN. Cde. Kozlov—The delegation must speak at the 17 Session of 18 September 1962 of the "
            "Assembly. Cde. Kosygin—I agree. Cde. Mikoyan—Agree.",
            "On the UN",
            ["kozlov-frol", "kosygin", "mikoyan"],
        ),
        # a title that names its reporter before a dash gives him no turn; the first speaker after it opens his
        (
            "I. Information of Cde. Gromyko — on the talks with Rusk Cde. Khrushchev—We must keep firm.",
            "Information of Cde. Gromyko — on the talks with Rusk",
            ["khrushchev"],
        ),
        # a title that ends in capitals or a number, or a speaker who opens with a stage direction
        (
            "I. On relations with the FRG Cde. Kozlov—The friends are alarmed.",
            "On relations with the FRG",
            ["kozlov-frol"],
        ),
        ("I. On the plan for 1963 Cde. Kosygin—The plan is tight.", "On the plan for 1963", ["kosygin"]),
        (
            "I. On the plan for industry Cde. Kosygin—(reads the figures) The plan is tight.",
            "On the plan for industry",
            ["kosygin"],
        ),
        # ... but not after a report's body in capitals, nor a man a title names after a small word
        (
            "I. Information of the MFA Cde. Gromyko—On the talks with Rusk Cde. Khrushchev—We must keep firm.",
            "Information of the MFA Cde. Gromyko—On the talks with Rusk",
            ["khrushchev"],
        ),
        (
            "I. Letter to Cde. Ulbricht—(draft) Cde. Khrushchev—We must keep firm.",
            "Letter to Cde. Ulbricht—(draft)",
            ["khrushchev"],
        ),
        # a document's number in a speech opens no session
        (
            "I. On the UN. Cde. Kozlov—We said so in Document 12 Session of 3 June 1961 already. Cde. Kosygin—Against.",
            "On the UN",
            ["kozlov-frol", "kosygin"],
        ),
    ],
)
def test_a_flattened_page_s_item_and_its_speakers(facts_of, item, title, turns):
    facts = facts_of(
        "Session of the CC CPSU Presidium of 20 September 1962 Present: Kozlov, Kosygin, Mikoyan, Khrushchev, "
        f"Gromyko. {item}\n"
    )
    [s] = facts.sessions
    assert s.date == "1962-09-20"
    assert [i.title for i in s.items] == [title]
    assert [t.person.id for t in s.turns] == turns


@pytest.mark.parametrize("number", ["No. 175 Protocol No. 55", "No. 175", "Document 175"])
def test_a_flattened_edition_s_heading_after_its_number(facts_of, number):
    """An edition's heading run on after its document's or protocol's number ("Document 175 Session of 20 September
    1962 Those taking part: ...") is the session's heading: its date is read."""
    [s] = facts_of(
        f"{number} Session of 20 September 1962 Those taking part: Kozlov, Kosygin. Cde. Kozlov—For.\n"
    ).sessions
    assert s.date == "1962-09-20"
    assert [a.person.id for a in s.attendance] == ["kozlov-frol", "kosygin"]


def test_a_point_with_no_stop_is_not_run_on_into_the_next_man_s_task(facts_of):
    """A decision's point that ends without its stop ("... in the main") does not run on into the next line's "Cde. X
    is to ...", a sentence of its own."""
    [s] = facts_of(
        "SESSION OF THE PRESIDIUM OF THE CC CPSU OF 14 MARCH 1957\n\nPresent: Cdes. D. T. Shepilov, A. A. Gromyko.\n\n"
        "I. On the note.\n\nHEARD: Cde. Shepilov.\nRESOLVED:\n1. Approve the draft of the reply in the main\n"
        "Cde. Gromyko is to prepare the final text within a week.\n"
    ).sessions
    assert s.decisions[0].text == "Approve the draft of the reply in the main"
    assert [(a.person.id, a.task) for a in s.assignments] == [("gromyko", "prepare the final text within a week")]


# our own file of Malin's notes as an edition prints it: each session under its date alone, its notes after it
MALIN_FILE = """\
MALIN'S NOTES, SEPTEMBER 1964
[RGANI, F. 3, Op. 16, D. 950. Editor's notes follow each session.]

10 September 1964
(Re: Protocol No. 163)

Cde. N. S. Khrushchev presiding.
Taking part: Brezhnev, Kosygin, Mikoyan.

Cde. Kosygin—Economically it is useful.

Editor's notes
(1) Gromyko does not appear in the list.

                                   -- 2 --
24 September 1964
(Re: Protocol No. 165)

Cde. N. S. Khrushchev presiding.
Taking part: Brezhnev, Suslov.

Cde. Suslov—Twenty-one parties have agreed.
"""


def test_a_file_of_sessions_each_under_its_date_alone_and_its_notes_after_it(facts_of):
    """A date alone over a session's chair and list heads a session, after the notes of the one before too; "Editor's
    notes follow each session." is a sentence, no heading of notes."""
    facts = facts_of(MALIN_FILE)
    assert [(s.date, s.protocol, [t.person.id for t in s.turns]) for s in facts.sessions] == [
        ("1964-09-10", "163", ["kosygin"]),
        ("1964-09-24", "165", ["suslov"]),
    ]


def test_a_date_under_a_note_without_its_stop_heads_the_next_session(facts_of):
    """A note's last line may lack its stop ("(1) Gromyko does not appear in the list"): the date alone under it still
    heads the next session."""
    facts = facts_of(re.sub(r"in the list\.\n\s+-- 2 --", "in the list", MALIN_FILE))
    assert [s.date for s in facts.sessions] == ["1964-09-10", "1964-09-24"]


@pytest.mark.parametrize(
    "note",
    [
        "(2) The formal protocol reads:\n24 September 1964\nTaking part: Brezhnev, Suslov, Podgorny.",
        "(2) Compare the session of\n24 September 1964\nCde. N. S. Khrushchev presiding, where the same was raised.",
    ],
)
def test_a_date_a_note_s_sentence_runs_on_into_heads_no_session(facts_of, note):
    """A date on a line of its own that the note's line above runs on into ("The formal protocol reads:", "Compare the
    session of") is the note's, not the next session's heading: no session, no one listed by the note."""
    facts = facts_of(MALIN_FILE.split("\n\n                                   -- 2 --")[0] + f"\n{note}\n")
    [s] = facts.sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.LISTED] == ["brezhnev", "kosygin", "mikoyan"]
    assert [t.text for t in s.turns] == ["Economically it is useful."]


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_group_s_label_the_line_broke_in_a_word(facts_of, wrapped):
    """ "...; candidate mem-" / "bers of the Politburo Cdes. Yu. V. Andropov, ...": the group's first man is listed,
    on the list's first line or on a line it runs on over."""
    first = "Present: members of the Politburo Cdes. " + (
        "A. N. Kosygin,\nP. E. Shelest" if wrapped else "P. E. Shelest"
    )
    [s] = facts_of(
        "PROTOCOL No. 46\nSession of the Politburo of the CC CPSU of 6 July 1967\n\n"
        f"{first}; candidate mem-\nbers of the Politburo Cdes. Yu. V. Andropov, P. N. Demichev.\n\n"
        "1. On the Near East.\n\nHEARD: Information of Cde. Shelest.\n"
    ).sessions
    listed = [a.person.id for a in s.attendance if a.basis is Basis.LISTED]
    assert listed == [*(["kosygin"] if wrapped else []), "shelest", "andropov", "demichev"]


def test_a_protocol_s_heading_in_capitals_over_lines_and_its_date_under_it(facts_of):
    """ "PROTOCOL No. 46 OF THE SESSION OF THE POLITBURO" / "OF THE CC CPSU" / "6 July 1967", under a collection's
    number: one heading, its date on the line under it."""
    [s] = facts_of(
        "                    No. 12\n\n     PROTOCOL No. 46 OF THE SESSION OF THE POLITBURO\n"
        "                 OF THE CC CPSU\n\n                  6 July 1967\n\nChaired: Cde. L. I. Brezhnev.\n"
        "Present: Cdes. A. N. Kosygin, M. A. Suslov.\n\n1. On the Near East.\n\nHEARD: Information of Cde. Kosygin.\n"
    ).sessions
    assert (s.date, s.protocol) == ("1967-07-06", "46")


def test_guests_after_their_side_and_a_turn_after_the_greeting(facts_of):
    """Guests whose side comes after the label's colon, each with his post ("Guests for item 1: from the CC of the
    CPSU, Comrade A, secretary ..., and Comrade B, deputy head ..."), are all guests; a told turn after a greeting's
    clause ("After words of welcome, Comrade A informed ...") is his turn."""
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE POLITICAL COMMITTEE OF THE HSWP, 3 NOVEMBER 1981\n\n"
        "Present: Comrades Kádár, Németh.\n\nGuests for item 1: from the Central Committee of the CPSU, Comrade K. V. "
        "Rusakov, secretary of the CC of the CPSU, and Comrade G. Kh. Shakhnazarov, deputy head of department of the "
        "CC of the CPSU.\n\n1. After words of welcome, Comrade K. V. Rusakov informed the Political Committee that the "
        "situation had grown worse.\n\nComrade Németh asked what the Polish comrades intended.\n"
    ).sessions
    guests = [a.person.id for a in s.attendance if a.basis is Basis.GUEST]
    assert guests == ["rusakov", "shakhnazarov"]
    assert [t.person.id for t in s.turns] == ["rusakov", "nemeth-miklos"]


@pytest.mark.parametrize("joint", ["\n", " "])  # lines of their own, or a copy flattened into one line
def test_a_speaker_s_note_marker_after_his_stop(facts_of, joint):
    """A working record that prints a note's marker after a speaker's stop ("OGARKOV.(2) The General Staff ...")
    gives his turn, of a man the list does not name too."""
    [s] = facts_of(
        f"Session of the CC CPSU Politburo, 16 November 1978 Present: Brezhnev, Ustinov.{joint}"
        f"USTINOV. The statement is necessary.{joint}OGARKOV.(2) The General Staff has no information.{joint}"
        "BREZHNEV. Agreed.\n"
    ).sessions
    assert [(t.person.id, t.text) for t in s.turns][1:3] == [
        ("ogarkov", "The General Staff has no information."),
        ("brezhnev", "Agreed."),
    ]
    assert ("ogarkov", Basis.INFERRED) in {(a.person.id, a.basis) for a in s.attendance}


def test_minutes_whose_lines_break_names_and_words(facts_of):
    """A given name the line broke before its surname is one man ("Ká-" / "roly Kiss"); a guests' line that ends in
    "and" goes on with the next man's initials; a body named "the Provisional Executive Committee" (or "the
    Committee") gives tasks, to a name or a verb the line broke ("Mün-" / "  nich", "in-" / "structed"), past a
    man's post; "did not take a definite position" tells a turn."""
    [s] = facts_of(HSWP_PAGE).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        *((p, Basis.LISTED) for p in ("apro", "biszku", "feher", "kadar", "kiss-karoly", "munnich")),
        ("malenkov", Basis.GUEST),
        ("suslov", Basis.GUEST),
    ]
    assert [t.person.id for t in s.turns] == ["munnich", "kiss-karoly", "kadar"]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("munnich", "ensure the protection of the factories"),
        ("biszku", "ensure the protection of the factories"),
        ("apro", "prepare the reply"),
    ]


def test_a_printed_formal_protocol_of_the_sed_politburo(facts_of):
    """A collection's SED protocol: its heading centred over two lines, a body's name broken between them ("... of
    the Central" / "Committee of the SED on 4 June 1963"); each item's record naming who reported and who spoke in
    the discussion ("Rapporteur: Cde. Apel" / "Discussion: Cdes. Mittag, Stoph"), each a turn, where an agenda's
    "Rapporteur:" is who was to report, none; a man told at a line's end, his verb on the next ("... Cde. Neumann" /
    "expressed reservations ..."), though the people file does not know him; and the signature over the record's
    file ("W. Ulbricht" / "SAPMO-BArch, ..."), no one's turn."""
    [s] = facts_of(
        "    Protocol No. 21/63 of the Session of the Politburo of the Central\n"
        "              Committee of the SED on 4 June 1963\n\n"
        "Present:   Members of the Politburo: Cdes. Ulbricht, Matern, Mückenberger, Neumann, Stoph,\n"
        "           Apel, Mittag\n"
        "Chair:     Cde. Ulbricht\n\n"
        "Agenda:\n1. Draft of the Guideline\n   Rapporteur: Cde. Apel\n2. Arrangements for the visit\n\n"
        "On item 1:\nRapporteur: Cde. Apel\nDiscussion: Cdes. Mittag, Stoph, Ulbricht\n"
        "Cdes. Matern and Mückenberger spoke in support of the draft. Cde. Neumann\n"
        "expressed reservations about the timetable of the reform of industrial\nprices.\n"
        "Decision:\n1. The draft of the Guideline is approved in principle.\n\n"
        "                                                        W. Ulbricht\n\n"
        "SAPMO-BArch, DY 30/J IV 2/2/880, Bl. 1–14. Reinschriftenprotokoll.\n"
    ).sessions
    assert (s.date, s.body, s.protocol) == ("1963-06-04", "SED CC Politburo", "21")
    assert [(t.item, t.person.id, t.text) for t in s.turns] == [
        (1, "apel", ""),
        (1, "mittag", ""),
        (1, "stoph", ""),
        (1, "ulbricht", ""),
        (1, "matern", "spoke in support of the draft."),
        (1, "muckenberger", "spoke in support of the draft."),
        (1, "neumann", "expressed reservations about the timetable of the reform of industrial\nprices."),
    ]


def test_the_translator_a_copy_credits_is_no_one_the_meeting_mentions(facts_of):
    """ "Translated by Ágnes Szabó for the Cold War International History Project": the copy's translator is named
    in its credits, not in the record; Kádár, whom a speaker names, is mentioned."""
    [s] = facts_of(
        "Minutes of the session of the Political Committee of the HSWP CC, 10 September 1968\n\n"
        "Translated by Ágnes Szabó for the Cold War International History Project.\n\n"
        "Present: Comrades Zoltán Komócsin, Jenő Fock.\n\n"
        "Comrade Fock said that Comrade Kádár had spoken with the Czechoslovak leaders.\n"
    ).sessions
    assert [m.person.id for m in s.mentions] == ["kadar"]


def test_flattened_pzpr_minutes_with_full_names_a_minister_s_post_and_the_politburo_s_points(facts_of):
    """A copy of PZPR minutes flattened into one paragraph: turns told of men by given name, initial and surname
    ("Comrade Mieczysław F. Rakowski said ..."), of a minister the list leaves out, his note's marker and post after
    his name ("Comrade Mieczysław Wilczek[1], minister of industry, presented the figures"), of one whom the people
    file does not know but the list names ("Comrade Alfred Miodowicz said ..."), two men answering each other twice;
    the item taken up after the agenda's last ("... 2. Current matters. Ad 1. (Comrade Ciosek read out ...)"); and
    the Politburo's points after its name and a colon, each after a dash, its tasks among them."""
    [s] = facts_of(
        "Minutes No. 41 of the meeting of the Politburo of the PZPR CC on 25 October 1988 Present: Comrades W. "
        "Jaruzelski, S. Bejger, A. Miodowicz, M. F. Rakowski – members of the Politburo; S. Ciosek – candidate member "
        "of the Politburo. Agenda: 1. The situation in the Gdańsk Shipyard. 2. Current matters. Ad 1. (Comrade Ciosek "
        "read out the information of the Voivodeship Committee.) Comrade Mieczysław F. Rakowski said that the "
        "government had decided to put the shipyard into liquidation. Comrade Mieczysław Wilczek[1], minister of "
        "industry, presented the figures: the losses would exceed 20 billion złoty. Comrade Alfred Miodowicz said "
        "that the OPZZ could not accept the decision. He was against it. Comrade Rakowski replied that Comrade "
        "Miodowicz was defending a myth. Comrade Miodowicz said that in that case the OPZZ would state its position "
        "publicly. The Politburo: – took note of the information of the government; – instructed Comrade Rakowski to "
        "present the decision to the Sejm commission; – instructed Comrades Ciosek and Bejger to meet the party "
        "committee of the shipyard. [1] Wilczek is not named among those present.\n"
    ).sessions
    assert [(t.item, t.person.id) for t in s.turns] == [
        (1, "rakowski"),
        (1, "wilczek"),
        (1, "miodowicz"),
        (1, "rakowski"),
        (1, "miodowicz"),
    ]
    assert ("wilczek", Basis.INFERRED) in [(a.person.id, a.basis) for a in s.attendance]
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("rakowski", "present the decision to the Sejm commission"),
        ("ciosek", "meet the party committee of the shipyard"),
        ("bejger", "meet the party committee of the shipyard"),
    ]


def test_guests_under_a_session_s_heading_and_a_name_that_ends_a_told_sentence(facts_of):
    """A collection prints a session's guests in brackets under its heading ("Session of 22 April 1954" / "(with the
    participation of Cdes. Zhou Enlai and Zhang Wentian)"): they are guests. A name on a line of its own that the
    sentence above goes on with ("... agreed with the proposal of" / "Cde. Demichev.") is no speaker's label."""
    [s] = facts_of(
        "Session of 22 April 1954\n(with the participation of Cdes. Zhou Enlai and Zhang Wentian)\n\n"
        "Present: Malenkov, Molotov, Demichev, Kirilenko.\n\n"
        "Cde. Zhou Enlai—The CC of the CPC agrees with the draft.\n\n"
        "Cde. Demichev proposed that the artists be allowed to show their works in the open air.\n"
        "Cde. Kirilenko, summing up, agreed with the proposal of\nCde. Demichev.\n\nRESOLVED:\n1. Agree.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance][:2] == [
        ("zhou-enlai", Basis.GUEST),
        ("zhang-wentian", Basis.GUEST),
    ]
    assert [t.person.id for t in s.turns] == ["zhou-enlai", "demichev", "kirilenko"]


@pytest.mark.parametrize(
    ("note", "file", "man"),
    [
        # an attendance register that marks a man absent, whom the protocol (this record) lists
        (
            "(1) The register of attendance at the sessions of the Secretariat for 1974 (RGANI, f. 4, op. 22, d. 1297, "
            "l. 48) marks V. I. Dolgikh as absent on 17 September, while the protocol lists him among those present.",
            "RGANI, F. 4, Op. 22, D. 1297, L. 48",
            "dolgikh",
        ),
        # ... or the short minutes kept apart, which list her among those excused
        (
            "(1) The short minutes of the session, kept as a separate unit (RGANI, F. 4, Op. 22, D. 1296, L. 3), list "
            "V. I. Dolgikh among those excused, whereas the verbatim record names him among those present.",
            "RGANI, F. 4, Op. 22, D. 1296, L. 3",
            "dolgikh",
        ),
    ],
)
def test_another_source_that_marks_a_listed_man_absent(facts_of, note, file, man):
    """A note that sets another record of the session against this one ("... marks X as absent on 17 September,
    while the protocol lists him among those present", "... list X among those excused"): the other file's
    silence is a claim on it, against this record's list."""
    [s] = facts_of(
        "[Source: RGANI, f. 4, op. 22, d. 1294, l. 1-3. Original.]\n\nPROTOCOL No. 133\nof the session of the "
        "Secretariat of the CC CPSU of 17 September 1974\n\nPresent: Cdes. P. N. Demichev, V. I. Dolgikh(1), "
        "I. V. Kapitonov.\n\nHEARD: Cde. Kapitonov.\n\nTranslator's notes\n\n" + note + "\n"
    ).sessions
    claims = [(a.person.id, a.basis, a.source.label if a.source else None) for a in s.attendance]
    assert (man, Basis.OMITTED, file) in claims
    assert (man, Basis.LISTED, "RGANI, F. 4, Op. 22, D. 1294, Ll. 1-3") in claims


def test_an_edition_s_source_in_the_translator_s_bracketed_header(facts_of):
    """ "[Translated from: Prezidium TsK KPSS ... Source given there: RGANI, F. 3, Op. 12, D. 1009, L1. 12-15ob.
    ...]": the edition's source is the notes' own file, on which stands their silence about a man the formal
    protocol adds ("... F. R. Kozlov, candidate member of the Presidium, whom Malin does not record"); a list's
    "Kiritchenko" is Kirichenko."""
    [s] = facts_of(
        "[Translated from: Prezidium TsK KPSS 1954-1964. Vol. 1. Source given there: RGANI,\n"
        "F. 3, Op. 12, D. 1009, L1. 12–15ob. Manuscript; notes of V. N. Malin.]\n\n"
        "Session of 11 April 1957\n(Re: Protocol No. 86)(1)\n\n"
        "Those taking part: Bulganin, Kiritchenko, Khrushchev.\n\nCde. Kirichenko—Agreed.\n\nNotes\n\n"
        "(1) The formal protocol of the session (Protocol No. 86: RGANI, F. 3, Op. 14, D. 117, L. 1–2) names among "
        "those present, in addition to the persons in Malin's list, F. R. Kozlov, candidate member of the Presidium, "
        "whom Malin does not record.\n"
    ).sessions
    assert [(c.unit.label, c.notes_source) for c in s.citations] == [
        ("RGANI, F. 3, Op. 12, D. 1009, Ll. 12-15ob", True),
        ("RGANI, F. 3, Op. 14, D. 117, Ll. 1-2", False),
    ]
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("bulganin", Basis.LISTED),
        ("kirichenko", Basis.LISTED),
        ("khrushchev", Basis.LISTED),
        ("kozlov-frol", Basis.PROTOCOL),
        ("kozlov-frol", Basis.OMITTED),
    ]


def test_guests_taking_part_in_an_item_from_a_delegation(facts_of):
    """ "Taking part in item 1, from the delegation of the Government of the People's Republic of China: Comrades
    Zhou Enlai, Premier ..., He Long, Vice-Premier, and Wang Bingnan, Ambassador ...": another side's guests."""
    [s] = facts_of(
        "MINUTES\nof the session of the Political Bureau of the CC of the PZPR held on 15 January 1957\n\n"
        "Present: Comrades Władysław Gomułka, Edward Ochab – members of the Political Bureau.\n"
        "Taking part in item 1, from the delegation of the Government of the People's Republic of China: Comrades "
        "Zhou Enlai, Premier of the State Council, He Long, Vice-Premier, and Wang Bingnan, Ambassador of the PRC in "
        "Warsaw.\n\nAd 1.\nComrade Zhou Enlai said that the unity of the camp was the first question.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("gomulka", Basis.LISTED),
        ("ochab", Basis.LISTED),
        ("zhou-enlai", Basis.GUEST),
        ("he-long", Basis.GUEST),
        ("wang-bingnan", Basis.GUEST),
    ]


def test_a_rapporteur_who_then_speaks_and_a_resolution_labelled_with_the_body(facts_of):
    """ "Rapporteur: Cde. J. Obzina" over "Cde. Obzina: By 12 January ...": one turn, his report; "Resolution: The
    Presidium of the CC KSČ" over its lettered points is the body's decision, none of the last speaker's words."""
    [s] = facts_of(
        "Minutes of the meeting of the Presidium of the CC KSČ, 14 January 1977\n\n"
        "Present: Cdes. G. Husák, A. Kapek, J. Havlín.\nInvited: Cde. J. Obzina (item 1)\n\n"
        "1. Information on the Charter 77\nRapporteur: Cde. J. Obzina\n\n"
        "Cde. Obzina: By 12 January the declaration bears 242 signatures.\n\n"
        "Cde. Husák: The law applies to everyone.\n\n"
        "Resolution: The Presidium of the CC KSČ\na) takes note of the information of Cde. Obzina;\n"
        "b) instructs Cdes. Kapek and Havlín to secure the political campaign in the workplaces.\n"
    ).sessions
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("obzina", "By 12 January the declaration bears 242 signatures."),
        ("husak", "The law applies to everyone."),
    ]


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        # a working record's speaker alone on his line under a line the speaker before broke off
        (
            "Working record of the Politburo session, 12 March 1985\n\nPresent: Gorbachev, Gromyko, Tikhonov.\n\n"
            "GORBACHEV. Let us give the floor to\nGROMYKO\nI support the proposal.\n",
            [("gorbachev", "Let us give the floor to"), ("gromyko", "I support the proposal.")],
        ),
        # an agenda with no label, its rapporteurs under its items: who was to report, no turn
        (
            "Protocol No. 21/63 of the Session of the Politburo of the CC of the SED on 4 June 1963\n\n"
            "Present: Cdes. Ulbricht, Honecker, Apel\n\n1. Draft of the Guideline\nRapporteur: Cde. Apel\n"
            "2. Arrangements for the visit\nRapporteur: Cde. Honecker\n\nOn item 1:\nCde. Ulbricht: We begin.\n",
            [("ulbricht", "We begin.")],
        ),
    ],
)
def test_what_the_seventy_sixth_rounds_rules_leave_alone(facts_of, text, turns):
    """The probe review's cases: the rules for a name the sentence above goes on with, and for "Rapporteur:", do not
    reach a working record's speaker under a broken line, nor an agenda's rapporteurs."""
    [s] = facts_of(text).sessions
    assert [(t.person.id, t.text) for t in s.turns] == turns


def test_a_decision_s_point_at_a_book_s_page_foot_after_a_note(facts_of):
    """ "2. Publish the article in Pravda." at a page's foot, after the page before ended with note 1: a point of the
    decision (its verb opens it), not the book's note 2."""
    [s] = facts_of(
        "No. 12\n\nSession of 5 June 1958\n\nPresent: Khrushchev, Suslov, Mikoyan\n\nMEETING OF 5 JUNE 1958\n141\n\n"
        "I. On the Yugoslav question\n\n(Cde. Pospelov reads out the draft.)1\n\n"
        "Cde. Khrushchev: The letter is correct; it should be sent.\nCde. Mikoyan: I agree.\n\n"
        "1. The letter went out on 7 June.\n\n142\nTHE KREMLIN AND THE BLOC\n\nCde. Suslov: The line is correct.\n\n"
        "2. Publish the article in Pravda.\n"
    ).sessions
    assert [d.text for d in s.decisions] == ["Publish the article in Pravda"]


def test_a_heading_line_over_a_letter_s_date_takes_none(facts_of):
    """ "Session of the Presidium of the Central" / "Committee, letter of 2 May 1963 read": the next line's date is
    a letter's, not the heading's (its date would close the line)."""
    [s] = facts_of(
        "Session of the Presidium of the Central\nCommittee, letter of 2 May 1963 read\n\n"
        "Present: Khrushchev, Mikoyan.\n\nCde. Khrushchev: We begin.\n"
    ).sessions
    assert s.date is None


def test_a_member_a_sentence_says_edited_a_draft_is_mentioned(facts_of):
    """ "... the draft edited by Nyers was acceptable": a copy's credits ("Translated by ...") open a line or a
    sentence; within one, the man named is mentioned."""
    [s] = facts_of(
        "Minutes of the meeting of the Political Committee, 28 February 1989\n\nPresent: Grósz, Pozsgay.\n\n"
        "Comrade Grósz said that the draft edited by Nyers was acceptable. Comrade Pozsgay agreed.\n"
    ).sessions
    assert [m.person.id for m in s.mentions] == ["nyers"]


def test_a_flattened_record_s_heading_agenda_rapporteur_and_decision(facts_of):
    """A copy flattened into one paragraph: the record's own heading after the bracketed source gives the date; the
    agenda's next item after its rapporteur's name and the first item taken up again with a turn are cut with no
    stop before them; the body's decision told after the last turn is none of his words."""
    [s] = facts_of(
        "Documents for Teaching | Home | Search [Source: MNL OL, M-KS 288. f. 5/107. ő.e. Typescript.] MINUTES of "
        "the session of the Political Committee of the Hungarian Socialist Workers' Party held on 2 December 1958 "
        "Present: Comrades Lajos Fehér, Gyula Kállai, János Kádár. Agenda: 1. Proposal of the Agricultural "
        "Department on the cooperatives. Rapporteur: Comrade Lajos Fehér 2. Current matters 1. Comrade Lajos Fehér "
        "introduced the proposal. Comrade Gyula Kállai asked where the credits were. Comrade János Kádár, summing "
        "up, said that the proposal was correct. The Political Committee approved the proposal. Comrade Fehér is to "
        "submit the final text by 4 December. 2. Current matters. Comrade Kállai informed the Political Committee "
        "about the winter.\n"
    ).sessions
    assert (s.date, s.body) == ("1958-12-02", "HSWP Political Committee")
    assert [(t.item, t.person.id) for t in s.turns] == [(1, "feher"), (1, "kallai"), (1, "kadar"), (2, "kallai")]
    assert s.turns[2].text.endswith("said that the proposal was correct.")  # (not the decision after it)
    assert [(a.person.id, a.task) for a in s.assignments] == [("feher", "submit the final text by 4 December")]


def test_a_list_s_groups_broken_over_lines_and_a_page_or_after_a_stop(facts_of):
    """A group's label the line breaks ("...; candidate" / "members A. Kapek, ..."), or the page ("...; candidate
    members" / running head / "A. Kapek, ..."), goes on with its names; so does a protocol's next group after the
    last's stop on one line ("... D. F. Ustinov. Secretaries of the CC CPSU Cdes. ...")."""
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE PRESIDIUM OF THE CC KSČ, 16 APRIL 1968\n\n"
        "Present: Comrades A. Dubček, O. Švestka; candidate\nmembers A. Kapek, B. Šimon; secretaries of the CC Č. Císař,\n"
        "A. Indra.\n\n1. Comrade A. Dubček introduced the request of the city conference.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis.name == "LISTED"] == [
        "dubcek",
        "svestka",
        "kapek",
        "simon",
        "cisar",
        "indra",
    ]
    assert [t.person.id for t in s.turns] == ["dubcek"]
    [s] = facts_of(
        "                 THE PRESIDIUM OF THE CC KSČ, APRIL 1968                 88\n\n"
        "MINUTES OF THE SESSION OF THE PRESIDIUM OF THE CC KSČ, 30 APRIL 1968\n\n"
        "Present: Comrades A. Dubček, O. Švestka; candidate members\n\n"
        "                 THE PRESIDIUM OF THE CC KSČ, APRIL 1968                 89\n\n"
        "A. Kapek, B. Šimon.\n\n1. On the congress\n\nComrade A. Kapek supported the proposal.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis.name == "LISTED"] == ["dubcek", "svestka", "kapek", "simon"]
    [s] = facts_of(
        "PROTOCOL No. 184 Session of 17 July 1975 Chaired: Cde. L. I. Brezhnev. Present: Members of the Politburo "
        "Cdes. Yu. V. Andropov, M. A. Suslov. Candidate members of the Politburo Cdes. D. F. Ustinov. Secretaries of "
        'the CC CPSU Cdes. I. V. Kapitonov, V. I. Dolgikh. I. On the greeting to the crews of "Soyuz-19" and '
        '"Apollo". HEARD: Cdes. D. F. Ustinov, S. A. Afanasyev. RESOLVED: 1. Approve the text.\n'
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis.name == "LISTED"] == [
        "andropov",
        "suslov",
        "ustinov",
        "kapitonov",
        "dolgikh",
    ]
    assert [t.person.id for t in s.turns] == ["ustinov", "afanasyev"]


def test_a_man_told_firmly_against_opens_his_turn(facts_of):
    """ "Cde. A. Siwak was firmly against the draft: ..." tells his turn, as "was against" does."""
    [s] = facts_of(
        "Protocol No. 143 of the meeting of the Political Bureau of the PZPR CC on 10 July 1984\n\n"
        "Present: Cdes. W. Jaruzelski, A. Siwak, J. Czyrek.\n\n1. The amnesty\n\n"
        "Cde. J. Czyrek presented the draft.\nCde. A. Siwak was firmly against the draft: the workers would ask why.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["czyrek", "siwak"]


def test_a_speaker_s_note_number_an_item_s_title_again_and_speakers_in_brackets(facts_of):
    """ "FALIN.2 On the Bundestag: ..." is Falin's turn, the note's number run onto his label; "2. Current matters.
    Comrade Ewald informed ..." takes up item 2 with his turn on its line; "(Spoke: Comrades Císař, Indra.)" amid a
    line are two turns; a guest's post of an embassy's attaché ends his name."""
    [s] = facts_of(
        "Record of the Politburo session, 23 July 1970\n\nPresent: Brezhnev, Kosygin, Gromyko\n\n"
        "BREZHNEV. The directives are ready.\n\nFALIN.2 On the Bundestag: Brandt has a majority.\n"
    ).sessions
    assert [(t.person.id, t.text) for t in s.turns][-1] == ("falin", "On the Bundestag: Brandt has a majority.")
    [s] = facts_of(
        "Minutes No. 45/63 of the session of the Politburo of the CC of the SED on 10 December 1963\n\n"
        "Present: Comrades Walter Ulbricht, Georg Ewald, Kurt Hager\n"
        "For item 1: Comrade P. A. Abrasimov, Ambassador of the USSR in the GDR; Comrade Yu. A. Kvitsinsky, attaché "
        "of the Embassy (interpreter)\n\nAgenda:\n1. On the talks\n2. Current matters\n\n"
        "1. Comrade Ulbricht reported on the letters. (Spoke: Comrades Hager, Abrasimov.) The Politburo\n"
        "approved the line of the talks.\n\n"
        "2. Current matters. Comrade Ewald informed the Politburo on the winter sowing.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis.name == "GUEST"] == ["abrasimov", "kvitsinsky"]
    assert [(t.item, t.person.id) for t in s.turns] == [(1, "ulbricht"), (1, "hager"), (1, "abrasimov"), (2, "ewald")]


def test_what_the_flattened_agenda_and_list_rules_leave_alone(facts_of):
    """The probe review's cases: a numbered list in a flattened copy's speech opens no item (an agenda's next item
    is cut with no stop only after its rapporteur); a decision of another time a speaker tells of stays his words;
    "...; not present" / "A. Ya. Pelshe (ill)." lists no one present; a foreign party a heading names is not the
    body's."""
    [s] = facts_of(
        "Search [Source: MNL OL.] MINUTES of the session of the Political Committee of the Hungarian Socialist "
        "Workers' Party held on 2 December 1958 Present: Comrades Lajos Fehér, Gyula Kállai. Agenda: 1. Proposal on "
        "the cooperatives. 1. Comrade Lajos Fehér introduced the proposal. He proposed three measures: 1. The "
        "credits must be secured 2. The machines must be delivered in time 3. The cadres must be trained. Comrade "
        "Gyula Kállai said that the Political Committee approved a similar plan two years ago, he said, and then "
        "withdrew it.\n"
    ).sessions
    assert [it.order for it in s.items] == [1]
    assert [t.person.id for t in s.turns] == ["feher", "kallai"]
    assert s.turns[1].text.endswith("and then withdrew it.")
    [s] = facts_of(
        "Session of 12 March 1975\n\nPresent: Cdes. L. I. Brezhnev, A. P. Kirilenko, A. N. Kosygin; not present\n"
        "A. Ya. Pelshe (ill).\n\nI. On the plan\n\nBREZHNEV. We adopt it.\n"
    ).sessions
    assert "pelshe" not in [a.person.id for a in s.attendance if a.basis.present]
    assert body_name("Session of the CC Presidium on the letter of the Socialist Unity Party of Germany") == (
        "CC Presidium"
    )


def test_a_given_name_at_a_list_line_s_end_and_its_surname_below(facts_of):
    """In a list of names in full, "..., Stanisław Bejger, Jan" / "Główczyk, Czesław Kiszczak;" is Jan Główczyk:
    the group's names go on over the line, under a label that opens the line after a semicolon."""
    [s] = facts_of(
        "PROTOCOL No. 143\nof the session of the Political Bureau of the CC PZPR\nheld on 10 July 1984\n\nPresent:\n"
        "members of the Political Bureau — Cdes. Wojciech Jaruzelski, Albin Siwak;\n"
        "candidate members of the Political Bureau — Cdes. Stanisław Bejger, Jan\nGłówczyk, Czesław Kiszczak;\n"
        "secretaries of the CC — Cdes. Marian Orzechowski.\n\n1. Amnesty\n\nCde. Siwak presented the draft.\n"
    ).sessions
    assert [a.person.id for a in s.attendance if a.basis.name == "LISTED"] == [
        "jaruzelski",
        "siwak",
        "bejger",
        "glowczyk",
        "kiszczak",
        "orzechowski",
    ]


@pytest.mark.parametrize(
    ("note", "man", "claims"),
    [
        # the notes' silence in a relative clause after the protocol's word, of "the working record" too
        (
            "(1) The protocol of this session (Protocol No. 112; RGANI, F. 3, Op. 103, D. 57. L. 1) names among those "
            "present also N. V. Talyzin, candidate member of the Politburo, whom the working record does not list.",
            "talyzin",
            [(Basis.PROTOCOL, "57"), (Basis.OMITTED, "19")],
        ),
        # a rank before the name ("Marshal of the Soviet Union")
        (
            "(1) The formal protocol of this session (RGANI, F. 3, Op. 103, D. 57, L. 1) also names Marshal of the "
            "Soviet Union S. L. Sokolov, Minister of Defence of the USSR, among those present.",
            "sokolov-sergei",
            [(Basis.PROTOCOL, "57")],
        ),
        # "also" after the verb, and before the names
        (
            "(1) The formal protocol of this session (RGANI, F. 3, Op. 103, D. 57, L. 1) lists as present also "
            "Marshal of the Soviet Union S. L. Sokolov.",
            "sokolov-sergei",
            [(Basis.PROTOCOL, "57")],
        ),
        (
            "(1) The formal protocol of this session (RGANI, F. 3, Op. 103, D. 57, L. 1) lists also N. V. Talyzin, "
            "whom the working record does not list.",
            "talyzin",
            [(Basis.PROTOCOL, "57"), (Basis.OMITTED, "19")],
        ),
        # "According to the protocol, X was absent", its file in the note it points to
        (
            "(1) The formal protocol of the session: RGANI, F. 3, Op. 103, D. 57, L. 1.\n\n(2) According to the formal "
            'protocol (see note 1), Cde. Ryzhkov was absent ("on leave"); the working record lists him among those '
            "present.",
            "ryzhkov",
            [(Basis.LISTED, "19"), (Basis.OMITTED, "57")],
        ),
        # what another record "states at its beginning" (round 83)
        (
            "(1) The verbatim transcript of the same session (RGANI, F. 3, Op. 103, D. 57, L. 1) states at its "
            "beginning that Comrade Ryzhkov was absent, being in Moscow.",
            "ryzhkov",
            [(Basis.LISTED, "19"), (Basis.OMITTED, "57")],
        ),
        # another party's record of the meeting, by the initials of its state (round 84)
        (
            "(1) The GDR record of the meeting (RGANI, F. 3, Op. 103, D. 57, L. 1) does not list Ryzhkov among the "
            "members of the Soviet delegation.",
            "ryzhkov",
            [(Basis.LISTED, "19"), (Basis.OMITTED, "57")],
        ),
        # a man after his post, his given name's first letter out of ASCII (round 84)
        (
            "(1) The Soviet record of the meeting (RGANI, F. 3, Op. 103, D. 57, L. 1) also lists the Romanian foreign "
            "minister, Ştefan Andrei, in the Romanian delegation.",
            "andrei",
            [(Basis.PROTOCOL, "57")],
        ),
        # ... not an absence from a part of it
        (
            "(1) The verbatim transcript of the same session (RGANI, F. 3, Op. 103, D. 57, L. 1) states that "
            "Comrade Ryzhkov was absent when item 3 was discussed.",
            "ryzhkov",
            [(Basis.LISTED, "19")],
        ),
        # the notes' silence in a clause of its own after a semicolon, of the man named before it (round 84)
        (
            "(1) The formal protocol of this session (RGANI, F. 3, Op. 103, D. 57, L. 1) also names N. V. Talyzin "
            "among those taking part; he is not listed in the working record.",
            "talyzin",
            [(Basis.PROTOCOL, "57"), (Basis.OMITTED, "19")],
        ),
    ],
)
def test_the_eightieth_rounds_wordings_of_another_source(facts_of, note, man, claims):
    """Round 80 and 81's notes on the formal protocol: what it adds, and whom it records as away, each on the file it
    gives, against the working record's own list."""
    [s] = facts_of(
        "Working record of the session of the Politburo of the CC CPSU, 25 February 1988\n\n"
        "[RGANI, F. 89, Op. 42, D. 19, Ll. 3-11]\n\n"
        "Present: Cdes. M. S. Gorbachev, N. I. Ryzhkov(2), E. K. Ligachev.(1)\n\n"
        "GORBACHEV: We agree.\n\nNotes\n\n" + note + "\n"
    ).sessions
    assert [(a.basis, a.source.delo) for a in s.attendance if a.person.id == man] == claims


@pytest.mark.parametrize("mark", ["[1]", "(1)"])
def test_a_flattened_page_s_source_and_its_notes_with_no_heading(facts_of, mark):
    """A page copy flattened into one paragraph, its "Source:" run on after the title and its notes after the
    last sentence with no "Notes" over them ("... by 20 July. . . . . [1] The protocol ..."): the source is the
    notes' own file, and note 1 gives the protocol's word against it."""
    [s] = facts_of(
        "Home > Collections > Politburo, 10 July 1975 Print | Share Working Notes from the Session of the CPSU CC "
        "Politburo, 10 July 1975 (excerpt) Source: TsKhSD, F. 89, Op. 25, D. 31, LI. 1- 12. Working notes. SESSION "
        "OF THE CC CPSU POLITBURO 10 July 1975 Cde. L. I. BREZHNEV presiding. Also taking part: Cdes. Yu. V. "
        "Andropov, A. A. Gromyko, A. N. Kosygin"
        + mark
        + " . . . . 3. On the Conference GROMYKO. I propose to approve the "
        "draft. KOSYGIN. I am for. . . . . "
        + mark
        + " The protocol of the session (No. 182; RGANI, F. 3, Op. 69, D. 1787, "
        "L. 2) names among those present also D. A. Kunaev, whom the working notes do not list. "
        + mark.replace("1", "2")
        + " A. G. Kovalev "
        "headed the delegation.\n"
    ).sessions
    assert [(c.unit.label, c.notes_source) for c in s.citations] == [
        ("TsKhSD, F. 89, Op. 25, D. 31, Ll. 1-12", True),
        ("RGANI, F. 3, Op. 69, D. 1787, L. 2", False),
    ]
    assert [(a.basis, a.source.delo) for a in s.attendance if a.person.id == "kunaev"] == [
        (Basis.PROTOCOL, "1787"),
        (Basis.OMITTED, "31"),
    ]


def test_an_unlisted_man_s_report_opening_an_item_no_one_has_spoken_on(facts_of):
    """HSWP minutes: "Comrade János Péter reported that ..." in a paragraph of its own under an item whose first
    paragraph told no turn (an ambassador's reading out), before the next item: the minister's own turn, though
    the list does not name him and the record has told no turn before; not a paragraph a speech goes on after."""
    head = (
        "MINUTES\nof the session of the Political Committee of the HSWP held on 16 October 1964\n\n"
        "Present: Comrades Antal Apró, Gyula Kállai.\nThe session was chaired by Comrade János Kádár.\n\n"
        "1. Comrade Denisov read out the information of the CC of the CPSU.\n\n"
        "Comrade János Péter(2) reported that the Western press agencies had been speculating about Moscow.\n\n"
    )
    [s] = facts_of(head + "2. Comrade Kádár proposed that the Political Committee take note of it.\n").sessions
    assert [t.person.id for t in s.turns] == ["peter", "kadar"]
    [s] = facts_of(head + "The Western envoys had asked the Ministry about it.\n").sessions
    assert [t.person.id for t in s.turns] == []
    # (not another party's leader the file knows, what he reported elsewhere, nor what a letter said)
    for told in (
        "Comrade Brezhnev reported that Comrade Khrushchev had asked to be relieved of his posts.",
        "Comrade Brezhnev (CPSU) reported that Comrade Khrushchev had asked to be relieved of his posts.",
        "Comrade Novotný informed the Political Committee by letter that the talks had been postponed.",
        "Comrade Novotný informed the Political Committee in his letter that the talks had been postponed.",
    ):
        [s] = facts_of(
            head.replace(
                "Comrade János Péter(2) reported that the Western press agencies had been speculating about Moscow.",
                told,
            )
            + "2. Comrade Kádár proposed that it be noted.\n"
        ).sessions
        assert [t.person.id for t in s.turns] == ["kadar"], told
    # (but a man the file knows whom an editor's marker explains: "Comrade Wendt(b)", the GDR's state secretary)
    [s] = facts_of(
        head.replace(
            "Comrade János Péter(2) reported that the Western press agencies had been speculating about Moscow.",
            "Comrade Wendt(b) reported on the course of the negotiations.",
        )
        + "2. Comrade Kádár proposed that it be noted.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["wendt", "kadar"]


def test_a_protocol_s_told_turns_at_first_and_with_no_space_after_cde(facts_of):
    """A protocol's told turns: "Cde. Ponomarev at first expressed the opinion ..., but ... withdrew his
    objection." (his turn, and his stance the last he took), and a typist's "Cde.Kapitonov agreed with ..."."""
    [s] = facts_of(
        "PROTOCOL No. 48\nof the session of the Secretariat of the CC CPSU\nof 29 March 1977\n\n"
        "Chaired: Cde. Suslov M. A.\n\nPresent: Cdes. Kapitonov I. V., Ponomarev B. N., Zimyanin M. V.\n\n"
        "1. On the production.\n\nHEARD: Cde. Zimyanin M. V.\n\n"
        "Cde. Ponomarev at first expressed the opinion that it was premature to permit the production, but, "
        "after the explanation of Cde. Zimyanin, withdrew his objection.\n\n"
        "Cde.Kapitonov agreed with Cde. Zimyanin.\n\nRESOLVED:\n1. Agree.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["zimyanin", "ponomarev", "kapitonov"]
    assert [p.stance.value for p in s.positions][1] == "supports"


@pytest.mark.parametrize(
    "line",
    [
        "Also present, for item 1: Comrade G. A. Denisov, ambassador of the USSR.",
        "Taking part in the discussion of item 1, from the CC of the CPSU: Comrade G. A. Denisov, ambassador of the "
        "USSR in Budapest.",
    ],
)
def test_guests_for_an_item_after_a_comma_or_in_its_discussion(facts_of, line):
    """HSWP minutes' guests for one item: "Also present, for item 1: ...", "Taking part in the discussion of item
    1, from the CC of the CPSU: ..."."""
    [s] = facts_of(
        "MINUTES\nof the session of the Political Committee of the HSWP held on 16 October 1964\n\n"
        "Present: Comrades Antal Apró, Gyula Kállai.\n" + line + "\nThe session was chaired by Comrade János Kádár.\n\n"
        "1. Comrade Kállai said that he agreed.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is Basis.GUEST] == [("denisov", Basis.GUEST)]


def test_a_book_s_running_head_names_the_body_its_headings_do_not(facts_of):
    """A printed collection's pages: "PROTOCOL No. 77. SESSION OF 22 JULY 1954" names no body, its running head
    "THE PRESIDIUM OF THE CC CPSU. 1954" does; one that names no party ("Two Sessions of the Presidium") is not
    read for it."""
    page = (
        "58                                DRAFT PROTOCOL NOTES\n\n"
        "                         PROTOCOL No. 77. SESSION OF 22 JULY 1954\n\n"
        "Present: Malenkov, Khrushchev, Molotov.\n\nCde. Molotov—The conference has ended with a result.\n\n"
        "Cde. Khrushchev—A good result.\n\n{head}                     59\n\n"
        "Cde. Malenkov—Approve the work of the delegation.\n\n"
        "60                                DRAFT PROTOCOL NOTES\n\nCde. Molotov—Agreed.\n\n"
        "{head}                     61\n"
    )
    [s] = facts_of(page.format(head="THE PRESIDIUM OF THE CC CPSU. 1954")).sessions
    assert (s.date, s.body, [t.person.id for t in s.turns]) == (
        "1954-07-22",
        "CPSU CC Presidium",
        ["molotov", "khrushchev", "malenkov", "molotov"],
    )
    [s] = facts_of(page.format(head="Two Sessions of the Presidium, 1954")).sessions
    assert s.body is None


def test_a_heading_in_capitals_over_its_date_s_line_in_capitals(facts_of):
    """A printed collection's heading in capitals whose date stands on the next line, with more after it: "MINUTES OF
    THE SESSION OF THE POLITBURO OF THE CC OF THE SED" / "ON 28 OCTOBER 1980 (EXCERPT)": the session's date, and
    its body with the party named after "OF THE"."""
    [s] = facts_of(
        "                                   Document 14\n\n"
        "      MINUTES OF THE SESSION OF THE POLITBURO OF THE CC OF THE SED\n"
        "                          ON 28 OCTOBER 1980 (EXCERPT)\n\n"
        "Present: Members of the Politburo Comrades Erich Honecker, Erich Mielke.\n\n"
        "1. Measures concerning passenger traffic\n\nComrade Mielke reported on the situation at the border.\n"
    ).sessions
    assert (s.date, s.body) == ("1980-10-28", "SED CC Politburo")
    # (a party spelled out after "OF THE" is the party, not its first word)
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE POLITBURO OF THE CC OF THE POLISH UNITED WORKERS' PARTY\n"
        "ON 26 JANUARY 1971\n\nPresent: Comrades Edward Gierek, Piotr Jaroszewicz.\n\n"
        "Comrade Gierek informed the Politburo about the meetings.\n"
    ).sessions
    assert (s.date, s.body) == ("1971-01-26", "PZPR CC Politburo")


def test_an_sed_record_s_guest_as_a_guest_an_aside_after_another_s_words_and_the_chair_s_told_request(facts_of):
    """SED working minutes: "As a guest, for item 1: Comrade P. A. Abrasimov, ..." is a guest, whose told turn
    follows; "Comrade Stoph, after Comrade Mielke had explained that ..., declared that he agreed." is Stoph's turn;
    the chair's told summing up "He asked Comrade Axen to prepare ..." gives Axen a task."""
    [s] = facts_of(
        "MINUTES OF THE SESSION OF THE POLITBURO OF THE CC OF THE SED ON 11 NOVEMBER 1980\n\n"
        "Present: Members of the Politburo Comrades Erich Honecker, Hermann Axen, Willi Stoph, Erich Mielke.\n"
        "As a guest, for item 1: Comrade P. A. Abrasimov, Ambassador of the USSR in the GDR.\n\n"
        "The session was chaired by Comrade Erich Honecker.\n\n1. On the situation in the PPR\n\nComrade Axen informed the Politburo about his conversation with Comrade "
        "Kania.\n"
        "Comrade Abrasimov conveyed the greetings of Comrade L. I. Brezhnev and said that a consultation was needed.\n"
        "Comrade Stoph, after Comrade Mielke had explained that the commuters would be exempt, declared that he "
        "agreed.\n"
        "Comrade Honecker, summing up, said that a meeting was needed. He asked Comrade Axen to prepare the draft of "
        "a letter.\n"
    ).sessions
    assert ("abrasimov", Basis.GUEST) in [(a.person.id, a.basis) for a in s.attendance]
    assert [t.person.id for t in s.turns] == ["axen", "abrasimov", "stoph", "honecker"]
    assert [(a.person.id, a.task) for a in s.assignments] == [("axen", "prepare the draft of a letter")]


def test_a_flattened_pzpr_record_s_turn_told_as_spoke_about(facts_of):
    """A PZPR record flattened into one paragraph: "Comrade Kociołek spoke about Gdańsk." after another's sentence
    opens his turn, as "spoke against" does."""
    [s] = facts_of(
        "Minutes No. 6 of the Politburo meeting of the CC PZPR, 26 January 1971. Present: Comrades Edward Gierek, "
        "Piotr Jaroszewicz, Stanisław Kociołek, Stefan Olszowski. The meeting was chaired by Comrade E. Gierek. "
        "1. Comrade Gierek informed the Politburo about the meetings in the shipyards. Comrade Olszowski agreed with "
        "Comrade Jaroszewicz: the people must see the truth. Comrade Kociołek spoke about Gdańsk. He said that he "
        "could not judge what the publication would bring.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["gierek", "olszowski", "kociolek"]


def test_hungarian_minutes_in_surname_first_names_under_a_heading_dated_with_a_remark(facts_of):
    """An edition's HSWP minutes: the heading's date on the next line with the edition's remark after it ("8
    December 1981 (Excerpts)"); the list in the Hungarian order ("Lázár György"), whose men the told turns name by
    surname ("Comrade Lázár said ..."); "Decision:" ends the last turn; "It instructed Lázár György and Marjai
    József to ..." tasks both, though the people file does not know Marjai."""
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP CC Political Committee,\n8 December 1981 (Excerpts)\n\n"
        "Present: Aczél György, Benke Valéria, Havasi Ferenc, Kádár János, Lázár György\n\n"
        "Item 1\n"
        "Comrade Lázár said that the economy could not take on further obligations.\n"
        "Comrade Havasi said that something could perhaps be given in medicines.\n"
        "Comrade Kádár summed up the discussion. We must help, he said.\n"
        "Decision: The Political Committee took note of the information. It instruc-\n"
        "ted Lázár György and Marjai József to examine what deliveries could be offered.\n"
    ).sessions
    assert s.date == "1981-12-08"
    assert "valeria" not in {a.person.id for a in s.attendance}  # (Benke, whose given name is Valéria)
    assert [t.person.id for t in s.turns] == ["lazar", "havasi", "kadar"]
    assert s.turns[-1].text.endswith("We must help, he said.")
    assert sorted(a.name for a in s.assignments) == ["Lázár György", "Marjai József"]
    # (the remark in brackets, in another word)
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP CC Political Committee,\n8 December 1981 [Excerpted]\n\n"
        "Present: Kádár János, Lázár György\n\nComrade Lázár said that the economy could not do it.\n"
    ).sessions
    assert s.date == "1981-12-08"


def test_a_meeting_of_delegations_taking_part_a_marshal_at_another_s_request_and_the_floor_taken_again(facts_of):
    """A record of a meeting of party leaders: "Taking part in the meeting were:" over its delegations' lines; a
    listed marshal's told turn "At the request of Cde. Andropov, Marshal V. G. Kulikov informed ..."; "Cde.
    Ceauşescu took the floor once more and said ..." his second turn."""
    [s] = facts_of(
        "RECORD of the meeting of the leading representatives of the Warsaw Treaty member states, held in Moscow "
        "on 28 June 1983\n\n"
        "Taking part in the meeting were:\n\n"
        "for the People's Republic of Bulgaria: Cdes. T. Zhivkov, G. Filipov\n"
        "for the Socialist Republic of Romania: Cdes. N. Ceauşescu, C. Dăscălescu\n"
        "for the Union of Soviet Socialist Republics: Cdes. Yu. V. Andropov, A. A. Gromyko\n\n"
        "Also present: Marshal of the Soviet Union V. G. Kulikov, Commander-in-Chief of the Joint Armed Forces.\n\n"
        "Cde. N. Ceauşescu said that the Romanian delegation could not agree with the draft.\n\n"
        "At the request of Cde. Andropov, Marshal V. G. Kulikov informed the participants about the Joint Armed "
        "Forces.\n\n"
        "Cde. Ceauşescu took the floor once more and said that the Romanian delegation would sign the statement.\n"
    ).sessions
    listed = {a.person.id for a in s.attendance if a.basis is Basis.LISTED}
    assert {"zhivkov", "filipov", "ceausescu-nicolae", "dascalescu", "andropov", "gromyko"} <= listed
    assert [t.person.id for t in s.turns] == ["ceausescu-nicolae", "kulikov", "ceausescu-nicolae"]
    assert s.turns[1].text.startswith("informed the participants")


def test_a_guest_by_his_post_as_permanent_representative_and_an_excused_man_who_speaks_after_all(facts_of):
    """An SED protocol's guests a line each, "Comrade Ewald Moldt, Permanent Representative of the GDR in the FRG",
    are guests; a KSČ record's "Excused: Cde. K. Hoffmann" who is among those who spoke is that Hoffmann, not the
    people file's Heinz Hoffmann of the SED."""
    [s] = facts_of(
        "Protocol No. 34/84 of the Meeting of the Politburo of the SED Central Committee, 28 August 1984\n\n"
        "Present:\nMembers of the Politburo:\n   Comrades Erich Honecker, Hermann Axen\nAlso present for item 1:\n"
        "   Comrade Ewald Moldt, Permanent Representative of the GDR in the FRG\n"
        "   Comrade Oskar Fischer, Minister for Foreign Affairs\n\n1. The visit\n\nCde. Axen explains the submission.\n"
    ).sessions
    assert {a.person.label for a in s.attendance if a.basis is Basis.GUEST} == {"Moldt", "Oskar Fischer"}
    [s] = facts_of(
        "Record of the 104th meeting of the Presidium of the CC KSČ, 20 January 1989\n\n"
        "Present: Cdes. M. Jakeš, L. Adamec, J. Lenárt\nExcused: Cde. K. Hoffmann (illness)\n\n"
        "1. Current matters\n\nSPOKE: Cdes. Adamec, Hoffmann, Lenárt\n"
    ).sessions
    [hoffmann] = {a.person for a in s.attendance if a.person.label.endswith("Hoffmann")}
    assert not hoffmann.in_authority
    assert hoffmann in [t.person for t in s.turns]


def test_a_scan_that_opens_with_the_last_words_and_legend_of_the_document_before(facts_of):
    """A collection's pages that open with the end of the document before and its legend ("... is to report
    within a week." / "RGANI. F. 3. Op. 8. D. 237. L. 88-90. Manuscript."): neither the legend, nor the file, nor the
    task before it is the first session's, whose own legend closes it ("RGANI. F. З. ...", a scan's Cyrillic Ze)."""
    first, second = facts_of(
        "128                         PRESIDIUM OF THE CC CPSU\n\n"
        "ing the Ministry of Agriculture. Cde. Benediktov is to report within a week.\n\n"
        "RGANI. F. 3. Op. 8. D. 237. L. 88-90. Manuscript. Autograph.\n\n"
        "                          PROTOCOL No. 109\n                        Session of 22 March 1955\n\n"
        "Present: N. S. Khrushchev, V. M. Molotov.\n\nI. On the Austrian question\n\n"
        "Molotov. To invite Raab now is premature.\n\n"
        "RGANI. F. З. Op. 8. D. 238. LI. 41-44 ob. Manuscript. Autograph.\n\n"
        "                          PROTOCOL No. 111\n                        Session of 31 March 1955\n\n"
        "Present: N. S. Khrushchev, V. M. Molotov.\n\nI. On Germany\n\nKhrushchev. We agree.\n\n"
        "RGANI. F. 3. Op. 8. D. 238. L. 45-47. Manuscript. Autograph.\n"
    ).sessions
    assert [(c.unit.delo, c.unit.label) for c in first.citations] == [
        ("238", "RGANI, F. 3, Op. 8, D. 238, Ll. 41-44ob")
    ]
    assert first.assignments == []
    assert [c.unit.label for c in second.citations] == ["RGANI, F. 3, Op. 8, D. 238, Ll. 45-47"]


def test_a_list_whose_marker_follows_a_comma_and_whose_last_group_is_labelled_by_a_post(facts_of):
    """A PZPR list wrapped over lines with a note's marker after a comma ("Marian Spychalski,² Ignacy
    Loga-Sowiński,"), its groups ended by semicolons, the last one labelled by a man's post ("Head of the Press
    Bureau of the CC: Cde. Stefan Olszowski (for item 1).")."""
    [s] = facts_of(
        "MINUTES No. 31\nof the meeting of the Political Bureau of the CC PZPR\nheld on 24 March 1964\n\n"
        "Present: Cdes. Władysław Gomułka, Józef Cyrankiewicz,\n"
        "Adam Rapacki, Marian Spychalski,² Ignacy Loga-Sowiński,\nEdward Ochab;\n"
        "Secretaries of the CC: Cdes. Artur Starewicz;\n"
        "Head of the Press Bureau of the CC: Cde. Stefan Olszowski (for item 1).\n\n"
        "Ad 1.\n\nCde. Cyrankiewicz informed the meeting about the letter.\n"
    ).sessions
    present = {a.person.label.split()[-1] for a in s.attendance if a.basis.present}
    assert {"Rapacki", "Spychalski", "Loga-Sowiński", "Ochab", "Starewicz", "Olszowski"} <= present
    # (a last group of one man and his post after the name: "...; Lajos Czinege, candidate member.[1]")
    [s] = facts_of(
        "MINUTES\n\nof the meeting of the Political Committee of the HSWP held on 14 November 1967\n\n"
        "Present: Comrades Antal Apró, Béla Biszku, János Kádár,\nRezső Nyers; Lajos Czinege, candidate member.[1]\n\n"
        "Comrade Nyers said that the reform must go on.\n"
    ).sessions
    assert "czinege" in {a.person.id for a in s.attendance if a.basis is Basis.LISTED}


def test_a_guest_label_after_a_list_that_runs_on_over_lines(facts_of):
    """A list that runs on over the line, its last name broken at it, then the next label on the same line: "P. N.
    Pos-" / "pelov. Invited: A. A. Gromyko."."""
    [s] = facts_of(
        "PROTOCOL No. 109\nSession of 22 March 1955\n\nPresent: N. S. Khrushchev, N. A. Bulganin, P. N. Pos-\n"
        "pelov. Invited: A. A. Gromyko.\n\nI. On Austria\n\nMolotov. We must wait.\n"
    ).sessions
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is not Basis.INFERRED] == [
        ("khrushchev", Basis.LISTED),
        ("bulganin", Basis.LISTED),
        ("pospelov", Basis.LISTED),
        ("gromyko", Basis.GUEST),
    ]


def test_guests_after_their_posts_as_federal_ministers_one_after_a_semicolon_on_the_next_line(facts_of):
    """A KSČ record's guests with their posts after them, the group going on after a semicolon on the next line:
    "Invited: Cde. F. Kincl, Federal Minister of the Interior (items 1 and 2);" / "Cde. R. Hegenbart, head of the
    8th Department of the CC KSČ (item 1)"."""
    [s] = facts_of(
        "Record of the 104th meeting of the Presidium of the CC KSČ, 20 January 1989\n\n"
        "Present: Cdes. M. Jakeš, L. Adamec, J. Lenárt\n"
        "Invited: Cde. F. Kincl, Federal Minister of the Interior (items 1 and 2);\n"
        "Cde. R. Hegenbart, head of the 8th Department of the CC KSČ (item 1)\n\n1. Prague\n\nCde. Kincl: It began.\n"
    ).sessions
    assert [a.person.label for a in s.attendance if a.basis is Basis.GUEST] == ["Kincl", "Hegenbart"]


def test_a_line_that_heard_two_reports_each_told_below_in_its_reporter_s_words(facts_of):
    """ "HEARD: the information of Cde. F. Kincl and the report of Cde. M. Štěpán on ..." over each man's own words:
    the line announces their turns and gives none of its own."""
    [s] = facts_of(
        "Record of the 104th meeting of the Presidium of the CC KSČ, 20 January 1989\n\n"
        "Present: Cdes. M. Jakeš, L. Adamec, M. Štěpán\nInvited: Cde. F. Kincl\n\n"
        "1. Prague\n\nRe 1)\nHEARD: the information of Cde. F. Kincl and the report of Cde. M. Štěpán on Prague.\n\n"
        "Cde. Kincl: The actions began on Sunday.\n\nCde. Štěpán: The city stood firm.\n\nCde. Jakeš: I support them.\n"
    ).sessions
    assert [t.person.label.split()[-1] for t in s.turns] == ["Kincl", "Štěpán", "Jakes"]


def test_an_agenda_s_rapporteur_whose_report_the_minutes_tell(facts_of):
    """HSWP minutes: the agenda's "Rapporteur: Berecz János" is no turn, but "Comrade Berecz supplemented the
    written material orally." under the item is his, as a listed man's would be, and places him there."""
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP CC Political Committee, 8 December 1981\n\n"
        "Present: Aczél György, Kádár János, Lázár György\n\n"
        "Agenda:\n1. Information on the situation in Poland\nRapporteur: Berecz János\n2. Prices\n\n"
        "Item 1\nComrade Berecz supplemented the written material orally.\n"
        "Comrade Lázár said that the economy could not take on further obligations.\n"
    ).sessions
    assert [t.person.label.split()[-1] for t in s.turns] == ["Berecz", "Lazar"]
    assert ("Berecz", Basis.INFERRED) in [(a.person.label, a.basis) for a in s.attendance]


def test_what_the_eighty_third_and_fourth_rounds_rules_leave_alone(facts_of):
    """The probe review's cases: a rank opens a told turn only at another's request; "Taking part in the meeting
    were:" in a report lists another meeting's; a resolution read out after a colon is the speaker's words; a
    translator's credit over the source line is no tail of another document; a rapporteur named in a report is no
    turn of his."""
    [s] = facts_of(
        "Session of the CC CPSU Politburo, 10 December 1981\n\n"
        "Present: Cdes. L. I. Brezhnev, Yu. V. Andropov, K. V. Rusakov\n\n1. On Poland\n\n"
        "Cde. Rusakov informed the Politburo of his talks in Warsaw.\n"
        "General W. Jaruzelski said that he would declare martial law only with our help.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["rusakov"]
    assert "jaruzelski" not in {a.person.id for a in s.attendance}
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP CC Political Committee, 8 December 1981\n\n"
        "Present: Comrades János Kádár, György Aczél\n\n1. The Moscow meeting\n\n"
        "Comrade Kádár reported on the Moscow meeting of 5 December.\n"
        "Taking part in the meeting were: L. I. Brezhnev, E. Honecker, G. Husák.\n"
    ).sessions
    assert {a.person.id for a in s.attendance if a.basis.present} == {"kadar", "aczel"}
    [s] = facts_of(
        "PROTOCOL No. 35/68\nof the session of the Politburo of the CC of the SED on 23 July 1968\n\n"
        "Present: Comrades W. Ulbricht, E. Honecker.\n\n1. On the ČSSR.\n\n"
        "Comrade Ulbricht reported on the Warsaw meeting. He read out the passage of the joint letter:\n"
        "Resolution: The five parties will not allow the socialist order to be undermined.\n"
        "He supported the draft of the statement.\n\nComrade Honecker agreed with the draft.\n\n"
        "Decision: The Politburo approves the draft statement.\n"
    ).sessions
    assert [(t.person.id, t.text.endswith("statement.")) for t in s.turns] == [("ulbricht", True), ("honecker", False)]
    [s] = facts_of(
        "Translated from the Russian by Mark Kramer for the Cold War International History Project.\n"
        "RGANI, F. 89, Op. 42, D. 6, Ll. 1-4.\n\nSESSION OF THE CC CPSU POLITBURO\n10 December 1981\n\n"
        "Present: Cdes. L. I. Brezhnev, Yu. V. Andropov.\n\nBREZHNEV: We agree.\n"
    ).sessions
    assert [c.unit.label for c in s.citations] == ["RGANI, F. 89, Op. 42, D. 6, Ll. 1-4"]
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP CC Political Committee, 8 December 1981\n\n"
        "Present: Comrades János Kádár, Mátyás Szűrös\n\nAgenda:\n1. The Warsaw talks\nRapporteur: Comrade István "
        "Buda\n\n1. The Warsaw talks\n\nComrade Szűrös reported on the talks in Warsaw.\n"
        "Comrade Buda said at that meeting that he would accept any decision of the party.\n"
    ).sessions
    assert [t.person.id for t in s.turns] == ["szuros"]
