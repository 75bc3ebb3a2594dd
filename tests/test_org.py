"""A historian's notes in Org mode are read as what she reads: the record she transcribes, not her own remarks."""

from kg.facts import Basis
from kg.org import is_org, plain
from kg.read import URL

# our own notes of two sessions, as Org mode keeps them: keywords, headings with states and tags, planning lines, a
# drawer of each session's facts and one of her log, a table of those present whose names go on in the next row,
# each transcription in a quote block, her remarks and to-dos outside it, a comment block, links and footnotes
NOTES = """\
#+TITLE: Presidium, May 1960 — Malin notes
#+AUTHOR: A. Historian
#+DATE: <2004-03-12 Fri>
#+STARTUP: overview

* Project notes                                                    :admin:
Compare the published volume: [[https://example.org/volume/1][Prezidium TsK KPSS, vol. 1]].

#+BEGIN_COMMENT
Furtseva told me she was there. Do not cite.
#+END_COMMENT

* DONE Session of 5 May 1960: the note to the USA               :rgani:malin:
CLOSED: [2004-03-19 Fri 16:40]
:PROPERTIES:
:ARCHIVE_REF: RGANI, F. 3, Op. 14, D. 400, Ll. 10-12ob
:PROTOCOL: 280
:END:
:LOGBOOK:
- Note taken on [2004-03-15 Mon 11:02] \\\\
  Reel 12. Kozlov blurred.
:END:

** Those present
| Group    | Names                    |
|----------+--------------------------|
| Members  | Brezhnev, Kosygin,       |
|          | Mikoyan, Suslov          |
| Invited  | Gromyko,                 |
|          | Malinovsky               |

** Transcription
#+BEGIN_QUOTE
I. On the note to the government of the USA

Cde. Mikoyan—Support the draft. /Quickly/.

Cde. Zorin—The text is agreed with the Ministry.[fn:1]
#+END_QUOTE

** My remarks
Suslov: see [fn:2]. Taubman has this session a week later.

* TODO Session of 12 May 1960: the harvest                        :rgani:
:PROPERTIES:
:ARCHIVE_REF: RGANI, F. 3, Op. 14, D. 400, Ll. 13-15
:PROTOCOL: 281
:END:

** Transcription
#+BEGIN_QUOTE
Cde. Kosygin—The plan is realistic.
#+END_QUOTE

* To-dos
- [ ] ask Zubok about the cable

* Footnotes
[fn:1] V. A. Zorin, deputy minister, is not in Malin's list.

[fn:2] The formal protocol No. 280 (RGANI, F. 3, Op. 14, D. 401, L. 1) does not name M. A. Suslov, whom Malin
lists among those taking part.
"""


def test_the_plain_text_of_org_notes_keeps_every_word_in_place():
    """Her marks are blanked, each word where the file has it: the stars, state and tags of a heading, the keywords
    but the title, the planning line and her log, the comment block and a link's address; a property's name reads
    as words, a footnote's reference as its number; outside the quote blocks only headings, tables, properties and
    footnotes are kept."""
    assert is_org(NOTES)
    text = plain(NOTES)
    assert len(text) == len(NOTES)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert lines[0] == "Presidium, May 1960 — Malin notes"
    assert "Session of 5 May 1960: the note to the USA" in lines
    assert "Archive ref  RGANI, F. 3, Op. 14, D. 400, Ll. 10-12ob" in lines and "Protocol  280" in lines
    assert "Cde. Mikoyan—Support the draft.  Quickly ." in lines
    assert "Cde. Zorin—The text is agreed with the Ministry.[1]" in lines
    assert "[1] V. A. Zorin, deputy minister, is not in Malin's list." in lines
    assert not any(
        word in text for word in ("2004", "Furtseva", "Taubman", "Zubok", "Kozlov", "Prezidium", "overview", "DONE")
    )


def test_a_plain_copy_and_a_markdown_page_are_no_org_notes():
    assert not is_org("Session of 5 May 1960\n\n* * *\n\nCde. Mikoyan—Support.\n")
    assert not is_org("# Session of 5 May 1960\n\n**Present:** [Mikoyan](/people/mikoyan)\n")


def test_org_notes_of_two_sessions_read_as_the_record_they_transcribe(facts_of):
    """Each session has the file its drawer gives, as its notes' file, and the protocol's number; those present by
    the group of the table's rows (a row with its first cell empty goes on with the group above); the turns of the
    quote block, not "Suslov: see [fn:2]" in her remarks; the protocol's silence a footnote tells, a conflict; and
    no page address (her link is to a book, and an address ends before a link's words)."""
    facts = facts_of(NOTES, "notes.txt")
    assert facts.url is None
    assert URL.search("[[https://example.org/volume/1][vol. 1]]")[0] == "https://example.org/volume/1"
    first, second = facts.sessions
    assert (first.date, first.protocol, second.date, second.protocol) == ("1960-05-05", "280", "1960-05-12", "281")
    assert [(c.unit.label, c.notes_source) for c in first.citations][0] == (
        "RGANI, F. 3, Op. 14, D. 400, Ll. 10-12ob",
        True,
    )
    assert [(a.person.id, a.basis) for a in first.attendance] == [
        *((p, Basis.LISTED) for p in ("brezhnev", "kosygin", "mikoyan", "suslov")),
        ("gromyko", Basis.GUEST),
        ("malinovsky", Basis.GUEST),
        ("zorin", Basis.INFERRED),
        ("suslov", Basis.OMITTED),
    ]
    assert [t.person.id for t in first.turns] == ["mikoyan", "zorin"]
    assert [t.person.id for t in second.turns] == ["kosygin"]
    assert [c.unit.label for c in second.citations] == ["RGANI, F. 3, Op. 14, D. 400, Ll. 13-15"]
