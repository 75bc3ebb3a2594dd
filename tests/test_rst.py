"""An edition's source in reStructuredText is read as the text it renders, and its evidence quotes the file."""

import pytest

from kg.facts import Basis
from kg.rst import is_rst, plain

# our own edition of two sessions, as such a project keeps its source: a title and headings underlined, a field list
# of each session's file, a grid table of those present by group, a simple table of decisions, a note and an editor's
# remark, bold speakers and an italic stage direction, footnotes numbered and automatic, and a comment the edition
# does not render
EDITION = """\
.. The source of the edition; the indexer reads the field lists.

=================================================
Presidium of the CC CPSU: Working Notes, May 1960
=================================================

:Project: An edition of the Malin notes
:Translation: English, by the editors; see the
    `guidelines <https://example.org/guidelines.html>`_

.. contents:: Sessions
   :local:

Session of 5 May 1960
---------------------

:Archive: RGANI
:Fond: 3
:Opis: 14
:Delo: 400
:Folios: 10-12ob
:Protocol: No. 280

+-------------------+--------------------------------------+
| Group             | Taking part                          |
+===================+======================================+
| Members           | Brezhnev, Kosygin, Mikoyan,          |
|                   | Suslov [#]_                          |
+-------------------+--------------------------------------+
| Invited           | Gromyko                              |
+-------------------+--------------------------------------+

.. note::
   The formal `Protocol No. 280`_ (RGANI, F. 3, Op. 14, D. 401, L. 1)
   does not name M. A. Suslov among those present.

.. _Protocol No. 280: https://example.org/protocols/280.html

**I. On the note to the government of the USA** [1]_

*Cde. Gromyko reads out the draft.*

**Cde. Mikoyan**—Support the draft.

**Cde. Zorin** [#]_—The text is agreed with the Ministry.

.. Furtseva? A name in the margin, crossed out by Malin.

=====  ======================================  ============
No.    Decision                                Responsible
=====  ======================================  ============
1      Approve the note and hand it over       Gromyko,
       through the embassy.                    Zorin
=====  ======================================  ============

Session of 12 May 1960
----------------------

:Archive: RGANI
:Fond: 3
:Opis: 14
:Delo: 400
:Folios: 13-15

+-------------------+--------------------------------------+
| Group             | Taking part                          |
+===================+======================================+
| Members           | Brezhnev, Kosygin, Mikoyan           |
+-------------------+--------------------------------------+

From the CC of the SED—Cdes. W. Ulbricht, E. Apel.

.. admonition:: Editor's remark

   The protocol of the session (RGANI, F. 3, Op. 14, D. 402, L. 1)
   names as guests only Cde. Ulbricht; E. Apel is not mentioned in it.

**On the deliveries of oil and rolled steel to the German Democratic
Republic in 1961**

*Cde. Kosygin reads out the reference of the Gosplan.*

**Cde. Ulbricht**—We ask for oil.

**Cde. Kosygin**—Against the increase.

Footnotes
---------

.. [1] The note was handed over on 7 May.

.. [#] M. A. Suslov was on leave.

.. [#] V. A. Zorin, deputy minister, is not in Malin's list.
"""


def test_the_plain_text_of_an_edition_keeps_every_word_in_place():
    """Markup is blanked, each word where the file has it: the bold and the link's address go, the comment and the
    link's target are blank, a field's name is set off by spaces, a paragraph's wrapped lines are one (a field's
    too), and the automatic footnotes take the numbers the numbered one leaves ("[#]_" is "[2]", its footnote
    "[2]")."""
    assert is_rst(EDITION)
    text = plain(EDITION)
    assert len(text) == len(EDITION)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert "Cde. Mikoyan  —Support the draft." in lines
    assert "Cde. Zorin   [3] —The text is agreed with the Ministry." in lines
    assert "Archive  RGANI" in lines and "Folios  10-12ob" in lines
    assert "[2] M. A. Suslov was on leave." in lines
    assert "[3] V. A. Zorin, deputy minister, is not in Malin's list." in lines
    assert any(ln.startswith("Translation  English") and ln.endswith("see the      guidelines") for ln in lines)
    assert "Note" in lines and "Editor's remark" in lines
    assert not any("Furtseva" in ln or "https://example.org/protocols" in ln or "contents" in ln for ln in lines)
    # (written, not the file's: the automatic footnotes' numbers, and the note's title; all else is blank or as is)
    written = "".join(p if c != p and p != " " else " " for c, p in zip(EDITION, text, strict=True)).split()
    assert written == ["2", "Note", "3", "2", "3"]


@pytest.mark.parametrize(("between", "shown"), [("\n", True), ("", False)])
def test_an_empty_comment_hides_the_indented_text_right_under_it(between, shown):
    """An empty comment ("..") over a blank line takes nothing after it (the indented text under the blank is a block
    quote the page shows); with the indented text right under it, that text is the comment's, which is not shown."""
    text = plain(f"Title\n=====\n\n.. note:: A.\n\n..\n{between}   Cde. Kaganovich—Against.\n")
    assert ("Cde. Kaganovich—Against." in text) is shown


def test_a_plain_copy_and_a_markdown_page_are_no_edition():
    assert not is_rst("Session of 5 May 1960\n\nCde. Mikoyan—Support.\n\n.. . . .\n")
    assert not is_rst("Session of 5 May 1960\n=====================\n\n**Present:** [Mikoyan](/people/mikoyan)\n")


def test_an_edition_of_two_sessions_each_with_its_file_its_tables_and_its_notes(facts_of):
    """Each session has the file its fields give, those present by the group its grid table gives them, its turns
    (not the stage direction in italics, nor the comment's name), the tasks of its decisions' "Responsible"
    column, and what its note or editor's remark says the protocol leaves out: a conflict."""
    first, second = facts_of(EDITION, "edition.txt").sessions
    assert (first.date, first.protocol, second.date) == ("1960-05-05", "280", "1960-05-12")
    assert [c.unit.label for c in first.citations] == [
        "RGANI, F. 3, Op. 14, D. 400, Ll. 10-12ob",
        "RGANI, F. 3, Op. 14, D. 401, L. 1",
    ]
    assert [c.unit.label for c in second.citations] == [
        "RGANI, F. 3, Op. 14, D. 400, Ll. 13-15",
        "RGANI, F. 3, Op. 14, D. 402, L. 1",
    ]
    assert [(a.person.id, a.basis) for a in first.attendance] == [
        *((p, Basis.LISTED) for p in ("brezhnev", "kosygin", "mikoyan", "suslov")),
        ("gromyko", Basis.GUEST),
        ("zorin", Basis.INFERRED),
        ("suslov", Basis.OMITTED),
    ]
    assert [t.person.id for t in first.turns] == ["mikoyan", "zorin"]
    assert [(a.person.id, a.task) for a in first.assignments] == [
        ("gromyko", "Approve the note and hand it over through the embassy"),
        ("zorin", "Approve the note and hand it over through the embassy"),
    ]
    assert ("apel", Basis.OMITTED) in [(a.person.id, a.basis) for a in second.attendance]
    # (its title wrapped over two lines, a paper read out under it: an item all the same)
    assert [i.title for i in second.items] == [
        "On the deliveries of oil and rolled steel to the German Democratic Republic in 1961"
    ]
    assert [(t.item, t.person.id) for t in second.turns] == [(1, "ulbricht"), (1, "kosygin")]
    mikoyan = first.turns[0]
    assert EDITION[mikoyan.span.start : mikoyan.span.end] == mikoyan.span.quote
