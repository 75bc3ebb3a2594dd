"""An edition's source in AsciiDoc is read as the page Asciidoctor renders: the record, its editor's remarks as notes."""

from kg.asciidoc import is_asciidoc, plain
from kg.facts import Basis

# our own edition of two sessions, as such a project keeps its source: a header with its revision line and attributes,
# a comment line and a comment block, a directive, a page break, each session under its section with its file (a
# description list, or attribute entries its source line refers to) and a table of those present whose names go on
# in the next line, the notes in a quote block and a literal block, admonitions, footnotes, links and cross references
EDITION = """\
= Presidium of the CC CPSU, May 1960: Malin's Notes
A. Editor <editor@example.org>
v1.1, 2004-03-12: folios corrected
:toc:
:archive: RGANI

// TODO: Furtseva's initials

This edition follows the draft notes kept in {archive}.footnote:[See https://example.org/rgani[the archive's site].]

include::front-matter.adoc[]

////
Draft: Kozlov in the table?
////

<<<

[[s1]]
== Session of 5 May 1960

.Source
Archive:: RGANI
Fond:: 3
Opis:: 14
Delo:: 400
Folios:: 10-12ob

.Those taking part
[cols="1,3",options="header"]
|===
|Group |Names
|Members |Brezhnev, Kosygin,
Mikoyan, Suslov
|Invited |Gromyko
|===

=== I. On the note to the government of the USA

[quote, Malin]
____
(Cde. Gromyko reads out the draft.)

*Cde. Mikoyan*—Support the draft. _Quickly_.

Cde. Zorin—The text is agreed with the Ministry.
____

NOTE: The formal protocol of this session does not name M. A. Suslov.footnote:[Protocol No. 280: RGANI, F. 3, \
Op. 14, D. 401, L. 1.]

See the <<s2,next session>>.

[[s2]]
== Session of 12 May 1960
:fond: 3
:opis: 14
:delo: 402
:folios: 1-3

.Source
{archive}, F. {fond}, Op. {opis}, D. {delo}, Ll. {folios}.

....
Cde. Kosygin—The plan is realistic.
....

[NOTE]
====
The formal protocol of this session lists also D. S. Polyansky among those present.
====
"""


def test_the_plain_text_of_an_edition_keeps_every_word_in_place():
    """Its marks are blanked, each word where the file has it: the header's author and revision lines, attribute
    entries, comments, the directive, block attributes and delimiters; an attribute reference is its value, a
    description list's term is set off by spaces, an admonition's label is its kind on a line of its own, a
    footnote is its words in brackets, a link or a cross reference its words."""
    assert is_asciidoc(EDITION)
    text = plain(EDITION)
    assert len(text) == len(EDITION)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert lines[0] == "Presidium of the CC CPSU, May 1960: Malin's Notes"
    assert "Archive   RGANI" in lines and "Folios   10-12ob" in lines
    assert "|Members |Brezhnev, Kosygin, Mikoyan, Suslov" in lines
    assert "Cde. Mikoyan —Support the draft.  Quickly ." in lines
    assert "Note" in lines and "Source" in lines and "See the      next session  ." in lines
    assert "RGANI    , F. 3     , Op. 14    , D. 402   , Ll. 1-3     ." in lines
    assert "[See                           the archive's site .]" in text
    assert not any(word in text for word in ("2004", "Editor", "Furtseva", "Kozlov", "include", "____", "===="))


def test_a_plain_copy_a_markdown_page_and_wikitext_are_no_edition():
    assert not is_asciidoc("Session of 5 May 1960\n\nNOTE: the protocol.\n\nCde. Mikoyan—Support.\n")
    assert not is_asciidoc("# Session of 5 May 1960\n\n**Present:** [Mikoyan](/people/mikoyan)\n")
    assert not is_asciidoc("== Session ==\n\nCde. Mikoyan—Support.<ref>RGANI</ref>\n")


def test_an_edition_of_two_sessions_each_with_its_file_its_table_and_its_notes(facts_of):
    """Each session has the file under its "Source" title, from a description list or from the attribute entries
    its line refers to; those present by the table's groups (a name the next line goes on with is in the group above);
    the turns of the quote and literal blocks, the stage direction none; the editor's admonition after the last turn
    is a note, not that speaker's words: the protocol's silence it tells, on the file its footnote gives, is a
    conflict; and so is a "[NOTE]" block after the literal block."""
    facts = facts_of(EDITION, "edition.adoc.txt")
    first, second = facts.sessions
    assert (first.date, second.date) == ("1960-05-05", "1960-05-12")
    assert [(c.unit.label, c.notes_source) for c in first.citations] == [
        ("RGANI, F. 3, Op. 14, D. 400, Ll. 10-12ob", True),
        ("RGANI, F. 3, Op. 14, D. 401, L. 1", False),
    ]
    assert [(c.unit.label, c.notes_source) for c in second.citations] == [
        ("RGANI, F. 3, Op. 14, D. 402, Ll. 1-3", True)
    ]
    assert [(a.person.id, a.basis) for a in first.attendance] == [
        *((p, Basis.LISTED) for p in ("brezhnev", "kosygin", "mikoyan", "suslov")),
        ("gromyko", Basis.GUEST),
        ("zorin", Basis.INFERRED),
        ("suslov", Basis.OMITTED),
    ]
    [omitted] = [a for a in first.attendance if a.basis is Basis.OMITTED]
    assert omitted.source is not None and omitted.source.label == "RGANI, F. 3, Op. 14, D. 401, L. 1"
    assert [(t.person.id, t.text) for t in first.turns] == [
        ("mikoyan", "Support the draft.  Quickly ."),
        ("zorin", "The text is agreed with the Ministry."),
    ]
    assert [(t.person.id, t.text) for t in second.turns] == [("kosygin", "The plan is realistic.")]
    assert ("polyansky", Basis.PROTOCOL) in [(a.person.id, a.basis) for a in second.attendance]


def test_a_date_under_the_title_is_the_record_s_not_an_author(facts_of):
    """Asciidoctor takes the line under the title for an author's; a date alone there is the record's own."""
    [s] = facts_of(
        "= Protocol No. 12\n12 March 1966\n:toc:\n\n== Session\n\nNOTE: A remark.\n\nCde. Brezhnev—For.\n"
    ).sessions
    assert s.date == "1966-03-12"
