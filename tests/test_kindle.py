"""A reader's Kindle clippings ("My Clippings.txt") are read for the record she highlighted in an ebook edition."""

from kg.facts import Basis
from kg.kindle import is_clippings, plain

EDITION = "Presidium Records, 1954-1964. English edition (A. Editor (ed.))"
# our own clippings: a session highlighted in an edition, its page flattened into a line by the device and cut over
# two highlights mid-turn, with the reader's note, a bookmark and another book's highlight (longer than the
# session's, and quoting a speaker's label amid its prose) between them
CLIPPINGS = f"""\
\ufeff{EDITION}
- Your Highlight on page 410 | Location 6301-6318 | Added on Tuesday, 14 March 2017 10:58:40

No. 12 Protocol No. 58 Session of 11 October 1962 Those taking part: Brezhnev, Kosygin, Mikoyan, Suslov, Khrushchev.\
¹ I. On the harvest Cde. Khrushchev—The grain is in. Cde. Mikoyan*—I am for it. But the stores are
==========
{EDITION}
- Your Note on page 410 | Location 6318 | Added on Tuesday, 14 March 2017 10:59:02

Shelepin says otherwise in his memoirs; check Polyansky.
==========
Party and Plan (H. Author)
- Your Highlight on page 233 | Location 3510-3514 | Added on Wednesday, 15 March 2017 09:14:02

{"As Malin wrote it, Cde. Kosygin—the only one—spoke against the plan; Shelepin recalled the others' silence. " * 8}
==========
{EDITION}
- Your Bookmark on page 411 | Location 6320 | Added on Wednesday, 15 March 2017 09:20:11


==========
{EDITION}
- Your Highlight on page 411 | Location 6319-6330 | Added on Wednesday, 15 March 2017 09:21:47

full. Cde. Kosygin—I am against. RGANI. F. 3. Op. 16. D. 947. L. 2–5. ¹ A. P. Rudakov, not in the list, spoke too.
==========
""".replace("\n", "\r\n")


def test_clippings_keep_the_edition_s_highlights_in_their_places():
    """The copy keeps the words of the highlights of the book that holds a record, and its title once, where the
    file has them; it blanks the other titles, the lines of what and when (with the reader's dates), her note, her
    bookmark and the other book's highlight, though that book is the more highlighted."""
    assert is_clippings(CLIPPINGS)
    text = plain(CLIPPINGS)
    assert len(text) == len(CLIPPINGS)
    for words in (EDITION, "Session of 11 October 1962", "Cde. Mikoyan*—I am for it.", "Cde. Kosygin—I am against."):
        assert text.index(words) == CLIPPINGS.index(words)
    assert text.count(EDITION) == 1
    assert not any(w in text for w in ("Your", "2017", "Shelepin", "Party and Plan", "=" * 10))


def test_a_session_highlighted_over_two_clippings(facts_of):
    """The session is read from its highlights as from the edition's page: its heading and list run in on one line,
    its item's title with no stop before the first speaker, a speaker with a note's marker, a turn cut over two
    highlights; no one the reader's note or the other book names is present or speaks."""
    [s] = facts_of(CLIPPINGS.replace("\r\n", "\n"), "My Clippings.txt").sessions
    assert (s.date, s.protocol) == ("1962-10-11", "58")
    assert [(i.order, i.title) for i in s.items] == [(1, "On the harvest")]
    assert [t.person.id for t in s.turns] == ["khrushchev", "mikoyan", "kosygin"]
    assert s.turns[1].text.startswith("I am for it. But the stores are") and s.turns[1].text.endswith("full.")
    listed = {a.person.id for a in s.attendance if a.basis is Basis.LISTED}
    assert listed == {"brezhnev", "kosygin", "mikoyan", "suslov", "khrushchev"}
    assert not {"shelepin", "polyansky"} & {a.person.id for a in s.attendance}
    assert [c.unit.label for c in s.citations] == ["RGANI, F. 3, Op. 16, D. 947, Ll. 2-5"]


def test_an_edition_s_marks_amid_a_highlight_s_line(facts_of):
    """The edition's one highlight, its page run onto one line (its marks amid it: "No. 12 Protocol No. 58 Session of
    ..."), holds the record though another book is the more highlighted."""
    first, monograph = CLIPPINGS.split("==========\r\n")[0], CLIPPINGS.split("==========\r\n")[2]
    [s] = facts_of((first + "==========\r\n" + monograph + "==========\r\n").replace("\r\n", "\n"), "c.txt").sessions
    assert (s.date, s.protocol) == ("1962-10-11", "58")


def test_a_file_of_clippings_needs_its_device_s_lines():
    """A document that merely quotes a line of ten "=" or the word "Highlight" is no clippings file."""
    assert not is_clippings("Session of 11 October 1962\n==========\n\nPresent: Khrushchev.\n")
    assert not is_clippings("- Your Highlight on page 3 | Location 5 | Added on Monday\n\nCde. X—For.\n")
