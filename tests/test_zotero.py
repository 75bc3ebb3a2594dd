"""A historian's Zotero report, copied as text, is read for the records its notes transcribe."""

from kg.facts import Basis
from kg.zotero import is_zotero, plain

# our own library of two items, as Zotero's report copies from the browser: each item's title, its fields a row each
# (a label, a tab, a value), its tags, its notes (the transcription, her remark, the editor's comparison with the
# protocol) and its attachments; the second item's fields come after the first item's notes
REPORT = """\
Zotero Report

Malin, Notes of the Presidium session of 5 May 1960
    Item Type\tManuscript
    Author\tMalin, V. N.
    Date\t5 May 1960
    Archive\tRGANI
    Loc. in Archive\tF. 3, Op. 14, D. 400, Ll. 10-12ob
    Extra\tProtocol No. 280
    URL\thttps://example.org/rgani/3-14-400
    Accessed\t3/14/2019, 11:02:13 AM
    Date Added\t3/14/2019, 10:58:40 AM
    Modified\t9/2/2021, 4:15:02 PM

Tags:
    Malin notes
    Furtseva

Notes:
    Session of 5 May 1960
    Taking part: Brezhnev, Kosygin, Mikoyan, Suslov

    Cde. Mikoyan—Support the draft.
    Cde. Kosygin—For.

    Check Zorin's initials; Taubman has this session a week later.

    Editor's comparison with the protocol: The formal protocol No. 280 (RGANI, F. 3, Op. 14, D. 401, L. 1) does not \
name Cde. Suslov, whom Malin's list includes.

Attachments
    RGANI_3-14-400.pdf


Malin, Notes of the Presidium session of 12 May 1960
    Item Type\tManuscript
    Date\t1960-05-12
    Archive\tRGANI
    Loc. in Archive\tF. 3, Op. 14, D. 402, Ll. 1-3
    Date Added\t3/15/2019, 2:37:10 PM
    Modified\t10/11/2021, 9:03:47 AM

Notes:
    Session of 12 May 1960
    Taking part: Brezhnev, Kosygin

    Cde. Kosygin—The plan is realistic.
"""


def test_the_plain_text_of_a_report_keeps_the_record_and_its_file():
    """The report's heading, the library's fields and dates, the tags, the attachments and the labels are blanked;
    the item's date, the archive ("Archive:RGANI", a field of the session's file), its place in the archive and the
    protocol's number are kept, each word where the file has it."""
    assert is_zotero(REPORT)
    text = plain(REPORT)
    assert len(text) == len(REPORT)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert lines[:5] == [
        "Malin, Notes of the Presidium session of 5 May 1960",
        "5 May 1960",
        "Archive:RGANI",
        "F. 3, Op. 14, D. 400, Ll. 10-12ob",
        "Protocol No. 280",
    ]
    assert not any(word in text for word in ("2019", "2021", "Manuscript", "Furtseva", "pdf", "Tags", "Zotero"))


def test_a_plain_copy_is_no_zotero_report():
    assert not is_zotero(
        "Session of 5 May 1960\n\nPresent:\tBrezhnev, Kosygin\nDate\t5 May 1960\n\nCde. Kosygin—For.\n"
    )
    # the library's stamps are dates: a justified line that opens with the word is none
    assert not is_zotero(
        "Session of 5 May 1960\n\nModified  version of the draft was read out by Cde. Polyansky.\n"
        "Accessed  by the commission, the files were returned.\n"
    )


def test_a_report_of_two_items_each_session_with_its_file_and_the_protocol_s_word(facts_of):
    """Each session has the file its item's fields give (the second item's fields come after the first's notes, and
    are the second's); the editor's comparison after the turns, "Editor's comparison with the protocol: ...", is a
    note, not the last speaker's words: the protocol's silence on Suslov, on its file."""
    facts = facts_of(REPORT, "library.txt")
    first, second = facts.sessions
    assert (first.date, second.date) == ("1960-05-05", "1960-05-12")
    assert [(c.unit.label, c.notes_source) for c in first.citations] == [
        ("RGANI, F. 3, Op. 14, D. 400, Ll. 10-12ob", True),
        ("RGANI, F. 3, Op. 14, D. 401, L. 1", False),
    ]
    assert [(c.unit.label, c.notes_source) for c in second.citations] == [
        ("RGANI, F. 3, Op. 14, D. 402, Ll. 1-3", True)
    ]
    assert [t.person.id for t in first.turns] == ["mikoyan", "kosygin"]
    [omitted] = [a for a in first.attendance if a.basis is Basis.OMITTED]
    assert (omitted.person.id, omitted.source and omitted.source.label) == (
        "suslov",
        "RGANI, F. 3, Op. 14, D. 401, L. 1",
    )
    assert [t.person.id for t in second.turns] == ["kosygin"]
