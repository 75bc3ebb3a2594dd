"""A page as a text-mode browser prints it with its tables drawn in lines (``w3m -dump``) is read row by row."""

from kg.boxes import read
from kg.facts import Basis

# our own page of two sessions, as w3m 0.5.3 prints it at 64 columns: its cells padded with no space, a name and a
# decision wrapped inside their cells
PAGE = """\
Home Collections Documents Search

Protocols No. 7 and No. 8 of the Session of the Presidium of
the CC CPSU, 3 and 10 March 1960 (working notes)

1. Session of 3 March 1960 (Protocol No. 7)

Document information

┌─────────┬───────────────────────────────────────────────────┐
│Date     │3 March 1960                                       │
├─────────┼───────────────────────────────────────────────────┤
│Reference│RGANI, F. 3, Op. 14, D. 371, Ll. 12–15ob (working  │
│         │notes, manuscript)                                 │
└─────────┴───────────────────────────────────────────────────┘

Present

┌───────────────┬─────────────────────────────────────────────┐
│     Group     │                    Names                    │
├───────────────┼─────────────────────────────────────────────┤
│Presiding      │N. S. Khrushchev                             │
├───────────────┼─────────────────────────────────────────────┤
│Members of the │L. I. Brezhnev, A. I. Kirichenko, A. N.      │
│Presidium      │Kosygin, A. I. Mikoyan, M. A. Suslov         │
├───────────────┼─────────────────────────────────────────────┤
│Invited        │A. A. Gromyko                                │
└───────────────┴─────────────────────────────────────────────┘

I. On the visit to Indonesia

Cde. Gromyko—The programme is agreed.

Cde. Kosygin—Support.

Decisions

┌───┬───────────────────────────────────────┬─────────────────┐
│No.│               Decision                │   Responsible   │
├───┼───────────────────────────────────────┼─────────────────┤
│1  │Prepare the joint communiqué and submit│A. A. Gromyko, M.│
│   │it to the Presidium.                   │A. Suslov        │
└───┴───────────────────────────────────────┴─────────────────┘

2. Session of 10 March 1960 (Protocol No. 8)

Document information

┌─────────┬───────────────────────────────────────────────────┐
│Date     │10 March 1960                                      │
├─────────┼───────────────────────────────────────────────────┤
│Reference│RGANI, F. 3, Op. 14, D. 372, Ll. 1–4 (working      │
│         │notes, manuscript)                                 │
└─────────┴───────────────────────────────────────────────────┘

Present

┌─────────────────────┬───────────────────────────────────────┐
│        Group        │                 Names                 │
├─────────────────────┼───────────────────────────────────────┤
│Presiding            │N. S. Khrushchev                       │
├─────────────────────┼───────────────────────────────────────┤
│Members of the       │L. I. Brezhnev, A. N. Kosygin, A. I.   │
│Presidium            │Mikoyan                                │
└─────────────────────┴───────────────────────────────────────┘

I. On the harvest

Cde. Mikoyan—For.

Related documents

Rights: the translations may be reused with attribution.

"""


def test_each_row_is_one_line_of_cells_between_bars():
    """A cell's pieces on the row's lines are joined by a space, so a wrapped name is whole ("A. N." / "Kosygin");
    the rules are left out and the text outside the tables is as the file has it."""
    copy, _ = read(PAGE)
    lines = copy.split("\n")
    assert (
        "| Members of the Presidium | L. I. Brezhnev, A. I. Kirichenko, A. N. Kosygin, A. I. Mikoyan, M. A. Suslov |"
        in lines
    )
    assert "| 1 | Prepare the joint communiqué and submit it to the Presidium. | A. A. Gromyko, M. A. Suslov |" in lines
    assert "| Reference | RGANI, F. 3, Op. 14, D. 371, Ll. 12–15ob (working notes, manuscript) |" in lines
    assert not any("\u2500" <= c <= "\u257f" for c in copy)
    outside = [ln for ln in PAGE.split("\n") if not ln.startswith(("│", "┌", "├", "└"))]
    assert [ln for ln in lines if not ln.startswith("|")] == outside


def test_each_character_of_the_copy_is_the_file_s_own():
    """Every character of the copy but the bars and spaces it adds stands where the file has it, so that evidence
    quotes the file."""
    copy, origin = read(PAGE)
    assert len(origin.starts) == len(copy)
    moved = [i for i, c in enumerate(copy) if c not in " |\n" and PAGE[origin.starts[i]] != c]
    assert moved == []
    start = copy.index("Kosygin")
    assert PAGE[slice(*origin.span(start, start + len("Kosygin")))] == "Kosygin"


def test_a_page_with_no_table_drawn_is_left_to_the_other_readers_and_a_table_cut_short_is_read():
    assert read("Present: Khrushchev, Mikoyan.\n\nCde. Mikoyan—For.\n") is None
    cut = PAGE[: PAGE.index("│Invited")]
    copy, _ = read(cut)
    assert copy.endswith(
        "| Members of the Presidium | L. I. Brezhnev, A. I. Kirichenko, A. N. Kosygin, A. I. Mikoyan, M. A. Suslov |\n"
    )


def test_a_page_of_two_sessions_each_with_its_tables(facts_of):
    """Each session under its numbered heading has its own file, those present by the group the table gives each
    row (the chair "Presiding", the "Invited" guests), its turns and the tasks of its decisions' "Responsible"
    column; the "Document information" over the second session's facts is no furniture after the text, and the
    "Reference" row of each session's facts is the file of its notes."""
    first, second = facts_of(PAGE, "page.txt").sessions
    assert (first.date, first.protocol, second.date, second.protocol) == ("1960-03-03", "7", "1960-03-10", "8")
    # (each the file of its notes, as its facts' "Reference" row gives it)
    assert [(c.unit.label, c.notes_source) for c in first.citations] == [
        ("RGANI, F. 3, Op. 14, D. 371, Ll. 12-15ob", True)
    ]
    assert [(c.unit.label, c.notes_source) for c in second.citations] == [
        ("RGANI, F. 3, Op. 14, D. 372, Ll. 1-4", True)
    ]
    assert [(a.person.id, a.basis) for a in first.attendance] == [
        ("khrushchev", Basis.CHAIR),
        ("brezhnev", Basis.LISTED),
        ("kirichenko", Basis.LISTED),
        ("kosygin", Basis.LISTED),
        ("mikoyan", Basis.LISTED),
        ("suslov", Basis.LISTED),
        ("gromyko", Basis.GUEST),
    ]
    assert [a.person.id for a in second.attendance] == ["khrushchev", "brezhnev", "kosygin", "mikoyan"]
    assert [(t.person.id, t.text) for t in first.turns] == [
        ("gromyko", "The programme is agreed."),
        ("kosygin", "Support."),
    ]
    assert [(t.person.id, t.text) for t in second.turns] == [("mikoyan", "For.")]
    assert [(a.person.id, a.task) for a in first.assignments] == [
        ("gromyko", "Prepare the joint communiqué and submit it to the Presidium"),
        ("suslov", "Prepare the joint communiqué and submit it to the Presidium"),
    ]
    kosygin = next(a for a in first.attendance if a.person.id == "kosygin")
    assert kosygin.span.quote.startswith("A. N.") and kosygin.span.quote.endswith("Kosygin")


# a table of a group a column, its chair's head "Presiding"; and a table whose group column holds a post
GROUPS = """\
Session of the Politburo of the CC CPSU, 12 May 1975

Present

┌──────────────┬───────────────────────────┬─────────────┐
│  Presiding   │ Members of the Politburo  │   Invited   │
├──────────────┼───────────────────────────┼─────────────┤
│L. I. Brezhnev│A. N. Kosygin, M. A. Suslov│A. A. Gromyko│
└──────────────┴───────────────────────────┴─────────────┘

Cde. Kosygin—Support.

"""
POSTS = """\
Session of the Politburo of the CC CPSU, 12 May 1975

Present

┌─────────────┬────────────────────────────────────┐
│    Name     │              Category              │
├─────────────┼────────────────────────────────────┤
│A. N. Kosygin│Chairman of the Council of Ministers│
├─────────────┼────────────────────────────────────┤
│M. A. Suslov │Presiding                           │
└─────────────┴────────────────────────────────────┘

Cde. Kosygin—Support.

"""


def test_a_table_of_a_group_a_column_and_a_column_of_posts(facts_of):
    """ "Presiding | Members of the Politburo | Invited" gives the chair, those listed and the guests; under "Name |
    Category", a post ("Chairman of the Council of Ministers") is no chair, "Presiding" is."""
    [s] = facts_of(GROUPS).sessions
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("brezhnev", Basis.CHAIR),
        ("kosygin", Basis.LISTED),
        ("suslov", Basis.LISTED),
        ("gromyko", Basis.GUEST),
    ]
    [s] = facts_of(POSTS).sessions
    assert sorted((a.person.id, a.basis) for a in s.attendance) == [("kosygin", Basis.LISTED), ("suslov", Basis.CHAIR)]


def test_a_grid_table_in_ascii_and_a_simple_table_are_read_as_drawn_ones():
    """A grid table ("+----+----+", "+====+====+" under its head) and, in markup that has them, a simple table ("====
    ====" rules, a row going on where its first cell is blank, a table with no head ending at its second rule) give
    one line a row, as a box-drawn table does; a rule with no table under it ("=====  =====" alone) is left as it
    stands, and so are a plain copy's lines of "=" and the text between them."""
    grid = (
        "+---------+------------------+\n"
        "| Group   | Taking part      |\n"
        "+=========+==================+\n"
        "| Members | Brezhnev, A. N.  |\n"
        "|         | Kosygin          |\n"
        "+---------+------------------+\n"
    )
    simple = (
        "=====  ====================  ===========\n"
        "No.    Decision              Responsible\n"
        "=====  ====================  ===========\n"
        "1      Approve the note and  Gromyko,\n"
        "       hand it over.         Zorin\n"
        "2      Publish it.           Suslov\n"
        "=====  ====================  ===========\n"
    )
    headless = "=========  ========\nMembers    Brezhnev\nInvited    Gromyko\n=========  ========\n"
    copy, _ = read(f"Present\n\n{grid}\nDecisions\n\n{simple}\n=====  =====\nThe end.\n\n{headless}\n", simple=True)
    assert copy.split("\n") == [
        "Present",
        "",
        "| Group | Taking part |",
        "| Members | Brezhnev, A. N. Kosygin |",
        "",
        "Decisions",
        "",
        "| No. | Decision | Responsible |",
        "| 1 | Approve the note and hand it over. | Gromyko, Zorin |",
        "| 2 | Publish it. | Suslov |",
        "",
        "=====  =====",
        "The end.",
        "",
        "| Members | Brezhnev |",
        "| Invited | Gromyko |",
        "",
        "",
    ]
    separated = "Khrushchev. We must help.\n==========   ==========\nMikoyan. For.\n==========   ==========\n"
    assert read(separated * 2) is None
