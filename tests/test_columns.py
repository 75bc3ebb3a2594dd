"""A page printed in two columns, copied with its layout kept (``pdftotext -layout``), is read down each column in
turn, and its evidence quotes the file."""

import textwrap
from itertools import zip_longest

import pytest

from kg.columns import read

# Malin's notes as a journal prints them: an article's heading, then paragraphs that run on, with no blank lines
NOTES = """\
Working Notes from the Session of the CPSU CC Presidium on 14 April 1960
[Source: RGANI, F. 3, Op. 14, D. 390, Ll. 12-15. Compiled by V. N. Malin.]
Present: Khrushchev, Aristov, Brezhnev, Ignatov, Kozlov, Kuusinen, Mikoyan, Mukhitdinov, Suslov, Furtseva, \
Pospelov. Gromyko, Malinovsky.
I. On the reply to the government of Indonesia
   Gromyko: The Indonesians ask for credits for the purchase of ships and aircraft, and for our specialists to \
train their crews. The Americans are offering the same on harder terms.
   Khrushchev: We should give them the credits. Sukarno is wavering, and if we refuse he will go to the Americans. \
The ships from the Baltic fleet, the older ones.
   Mikoyan: Agree with the credits. But the terms must be fixed now, or we will never see the money again.
   Malinovsky: The General Staff can give two cruisers and four destroyers within a year.
   Suslov: For. The Indonesian comrades must be told that the party is not to be persecuted.
   Adopt the proposals of Cde. Khrushchev. Cdes. Gromyko and Malinovsky are to prepare the draft of the \
agreement within a week. Cde. Mikoyan is to settle the terms of the credits.
"""


def _lines(text: str, width: int) -> list[str]:
    """The text wrapped to a column's width, a paragraph's first line indented as a journal sets it."""
    out = []
    for paragraph in text.splitlines():
        indent = paragraph[: len(paragraph) - len(paragraph.lstrip())]
        out += textwrap.wrap(paragraph.strip(), width, initial_indent=indent) or [""]
    return out


def _pages(lines: list[str], width: int, rows: int, gutter: int) -> tuple[str, str]:
    """The lines set as pages of two columns of ``rows`` lines, each under a running head, the way a copy that
    keeps the layout has them; and the same lines in reading order, one column, as a reader sees them."""
    laid, read_in_order = [], []
    for n, at in enumerate(range(0, len(lines), 2 * rows)):
        head = f"   {412 + n}{' ' * 30}COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN"
        left, right = lines[at : at + rows], lines[at + rows : at + 2 * rows]
        body = [f"{a:<{width}}{' ' * gutter}{b}".rstrip() for a, b in zip_longest(left, right, fillvalue="")]
        laid.append("\n".join([head, "", *body]))
        read_in_order.append("\n".join([head, "", *left, *right]))
    return "\n\f".join(laid) + "\n", "\n\f".join(read_in_order) + "\n"


def _facts(facts_of, text: str) -> list[tuple]:
    [s] = facts_of(text).sessions
    return [
        s.date,
        [(a.person.id, a.basis.value) for a in s.attendance],
        [(t.person.id, " ".join(t.text.split())) for t in s.turns],
        [(p.stance.value, " ".join(p.cue.split())) for p in s.positions],
        sorted((a.person.id, " ".join(a.task.split())) for a in s.assignments if a.person),
        [(c.unit.delo, c.unit.folios) for c in s.citations],
    ]


@pytest.mark.parametrize(("width", "rows", "gutter"), [(44, 12, 6), (40, 9, 4), (40, 10, 4), (48, 14, 8)])
def test_a_page_in_two_columns_gives_the_facts_its_columns_read_in_order_give(facts_of, width, rows, gutter):
    """Set in two columns of any width and length, over one page or several (the last maybe with a few lines in its
    right column), the notes give what they give read down the left column and then the right one: its list, its
    turns in order, its stances, tasks and file."""
    laid, in_order = _pages(_lines(NOTES, width), width, rows, gutter)
    facts = _facts(facts_of, laid)
    assert facts == _facts(facts_of, in_order)
    assert [name for name, _ in facts[2]] == ["gromyko", "khrushchev", "mikoyan", "malinovsky", "suslov"]


def test_the_evidence_quotes_the_file_where_each_column_has_its_words(facts_of):
    """A turn and a list's names are quoted from the file at their offsets: a turn as the span of the file that holds
    its name and all its lines (the other column's words beside them left where they are), a name as the list
    prints it."""
    laid, _ = _pages(_lines(NOTES, 44), 44, 12, 6)
    [s] = facts_of(laid).sessions
    for t in s.turns:
        assert laid[t.span.start : t.span.end] == t.span.quote
        assert all(line.strip() in t.span.quote for line in [t.name, *t.text.splitlines()])
    assert [(a.span.quote, laid[a.span.start : a.span.end]) for a in s.attendance[:2]] == [
        ("Khrushchev", "Khrushchev"),
        ("Aristov", "Aristov"),
    ]


def test_a_heading_over_both_columns_stays_above_them():
    """A title centred over the page crosses the gutter: it is read where it stands, before the columns under it."""
    left = [f"left column line {n} of the text that runs on" for n in range(10)]
    right = [f"right column line {n} of the text that runs on" for n in range(10)]
    page = "\n".join(
        [" " * 20 + "THE SOVIET PRESIDIUM AND THE CRISIS IN LAOS", ""]
        + [f"{a:<46}      {b}" for a, b in zip(left, right, strict=True)]
    )
    text, origin = read(page)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines == ["THE SOVIET PRESIDIUM AND THE CRISIS IN LAOS", *left, *right]
    for n, c in enumerate(text):
        assert page[origin.starts[n]] == c or c == "\n"


@pytest.mark.parametrize(
    "page",
    [
        # a list of names in two columns amid a text in one, and one with their posts
        "Present:\n"
        + "\n".join(
            f"{a:<50}{b}"
            for a, b in [("Khrushchev N. S., First Secretary of the CC CPSU", "Bulganin N. A., Chairman of the CM")] * 9
        )
        + "\nI. On Yugoslavia\nKhrushchev: Tito must be answered.\nMikoyan: For the draft.\n",
        "Present:\n" + "\n".join(f"{a:<30}{b}" for a, b in [("Khrushchev", "Mikoyan")] * 12) + "\nKhrushchev: Agree.\n",
        # a table of text, its cells between bars
        "\n".join(
            f"| Erich Honecker{n}        | Member of the Politburo of the CC    | present   |" for n in range(12)
        ),
        # a text in one column with a note set far to the right of every line
        "\n".join(f"The report of the commission is approved in full {n}.{' ' * 40}[note]" for n in range(12)),
    ],
)
def test_what_is_not_a_page_in_two_columns(page):
    """Lines with wide gaps that are not two columns of prose: a list of names side by side (with their posts, lines
    that do not go on with a sentence), a table, a text with something short set far to its right (no prose beside
    it); they are read as they stand."""
    assert read(page) is None


def test_a_last_page_whose_right_column_has_a_few_lines_is_read_in_columns_too():
    """The file's other pages decide that it is set in columns; its last page, too short to decide (nine lines on
    the left, two on the right), is read down its columns at the gutter they have."""
    left = [f"the left column's line {n} of the text that runs on" for n in range(12)]
    right = [f"the right column's line {n} of the text that runs on" for n in range(12)]
    first = "\n".join(f"{a:<52}      {b}" for a, b in zip(left, right, strict=True))
    last_left = [f"and the last page's line {n} that goes on" for n in range(9)]
    last = "\n".join(
        f"{a:<52}      {b}".rstrip()
        for a, b in zip(last_left, ["the end of it,", "and the close."] + [""] * 7, strict=True)
    )
    text, _ = read(first + "\n\f" + last + "\n")
    lines = [ln.strip() for ln in text.replace("\f", "\n").splitlines() if ln.strip()]
    assert lines == [*left, *right, *last_left, "the end of it,", "and the close."]


@pytest.mark.parametrize(("width", "rows", "gutter"), [(44, 12, 6), (40, 10, 4)])
def test_every_character_of_the_copy_is_the_file_s(width, rows, gutter):
    """Across pages and at the file's end, each character the copy shows stands where the file has it (a line's end
    the copy adds for a half stands on a gutter's space, a line's end or a page's break), and each word of the file
    is in the copy once."""
    laid, _ = _pages(_lines(NOTES, width), width, rows, gutter)
    for text in (laid, laid.rstrip("\n"), laid + "\f"):
        copy, origin = read(text)
        shown = [origin.starts[n] for n in range(len(copy))]
        assert all(text[at] == c or c == "\n" and text[at] in " \n\f" for at, c in zip(shown, copy, strict=True))
        words = [n for n, c in enumerate(text) if not c.isspace()]
        assert sorted(at for at, c in zip(shown, copy, strict=True) if not c.isspace()) == words


def test_justified_pages_are_read_with_one_space_in_each_gap_between_words():
    """Pages in one column whose lines are justified ("I  propose  to announce"), split by form feeds as the tool
    writes them: the copy has one space in each gap of two or three, and every character it shows is the file's; a
    wider gap (a table's cells) is left, and so is a file whose lines are not so spaced, or that has no form feed."""
    page = "\n".join(
        f"Cde. Gromyko \u2013 I  propose  to announce  it {n}.    Table  cell" if n % 2 else f"Line {n} as it stands."
        for n in range(10)
    )
    text = page + "\n\f" + page + "\n"
    copy, origin = read(text)
    assert "I propose to announce it 1.    Table cell" in copy
    assert all(text[origin.starts[n]] == c for n, c in enumerate(copy))
    assert read(text.replace("\f", "")) is None
    assert read("\n\f".join(f"Line {n} as it stands. I  agree." if n == 3 else f"Line {n}." for n in range(10))) is None
    # a running head set apart from its page's number keeps its gap, which tells it for one
    head = "216   THE POLITBURO AND AFGHANISTAN, 1986\n"
    copy, _ = read(head + text)
    assert copy.startswith(head)
