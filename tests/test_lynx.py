"""A web page as a text-mode browser prints it (``lynx -dump``) is read as the page's text."""

from kg.facts import Basis
from kg.lynx import is_dump, plain

DUMP = """\
   [1]Skip to main content

     * [2]Browse
     * [3]Search

   Search the Digital Archive [_______________] [Search]

Working Notes from the Session of the CPSU CC Presidium on 29 March 1962

Citation

   "Working Notes ...," March 29, 1962, History and Public Policy Program
   Digital Archive, RGANI, F. 3, Op. 16, D. 261, Ll. 36-39.
   [4]https://digitalarchive.wilsoncenter.org/document/121874

   Present: [5]Khrushchev, [6]Brezhnev, Kozlov, [7]Mikoyan, [8]Suslov,
   Ponomarev, Spiridonov, [9]Malinovsky[10]1

   I. On the Situation in Cuba (information of Cde. [11]Mikoyan)

   [12]Mik.--Propose: support Castro openly.

   Suslov--I am against an article.

   Cde. [13]Kozlov--Agree.

Translator's Notes:

   [14]1 The formal protocol of this session (No. 21, in RGANI, F. 3, Op.
   16, D. 263, Ll. 1-3) lists, in addition to those named by Malin, N. V.
   Podgorny.

References

   Visible links:
   1. https://digitalarchive.wilsoncenter.org/document/121874#main-content
   2. https://digitalarchive.wilsoncenter.org/browse
   3. https://digitalarchive.wilsoncenter.org/search
   4. https://digitalarchive.wilsoncenter.org/document/121874
   5. https://digitalarchive.wilsoncenter.org/resource/people/khrushchev
   6. https://digitalarchive.wilsoncenter.org/resource/people/brezhnev
   7. https://digitalarchive.wilsoncenter.org/resource/people/mikoyan
   8. https://digitalarchive.wilsoncenter.org/resource/people/suslov
   9. https://digitalarchive.wilsoncenter.org/resource/people/malinovsky
  10. https://digitalarchive.wilsoncenter.org/document/121874#_ftn1
  11. https://digitalarchive.wilsoncenter.org/resource/people/mikoyan
  12. https://digitalarchive.wilsoncenter.org/resource/people/mikoyan
  13. https://digitalarchive.wilsoncenter.org/resource/people/kozlov
  14. https://digitalarchive.wilsoncenter.org/document/121874#_ftnref1
"""


def test_a_dump_is_read_as_the_page_shows_it():
    """Each link's number is blank, a note's marker reads as a copy prints it, the list of references is blank; the
    copy is as long as the file, line for line."""
    assert is_dump(DUMP)
    page = plain(DUMP)
    assert len(page) == len(DUMP) and page.count("\n") == DUMP.count("\n")
    lines = [" ".join(ln.split()) for ln in page.split("\n") if ln.strip()]
    assert "Present: Khrushchev, Brezhnev, Kozlov, Mikoyan, Suslov," in lines
    assert "Ponomarev, Spiridonov, Malinovsky[1]" in lines
    assert "Mik.--Propose: support Castro openly." in lines
    assert "[1] The formal protocol of this session (No. 21, in RGANI, F. 3, Op." in lines
    assert lines[-1] == "Podgorny."  # (the references are no text)


def test_a_dump_gives_the_facts_of_its_page_and_quotes_the_file(facts_of):
    facts = facts_of(DUMP, "page.txt")
    [s] = facts.sessions
    assert facts.url == "https://digitalarchive.wilsoncenter.org/document/121874"
    assert [(a.person.id, a.basis) for a in s.attendance][-2:] == [
        ("malinovsky", Basis.LISTED),
        ("podgorny", Basis.PROTOCOL),
    ]
    assert [(t.person.id, t.text) for t in s.turns] == [
        ("mikoyan", "Propose: support Castro openly."),
        ("suslov", "I am against an article."),
        ("kozlov-frol", "Agree."),
    ]
    assert [t.span.quote for t in s.turns][0] == "Mik.--Propose: support Castro openly."
    assert {c.unit.label for c in s.citations} >= {"RGANI, F. 3, Op. 16, D. 263, Ll. 1-3"}


def test_a_copy_with_bracketed_note_markers_is_no_dump():
    """A page copy's markers "[1]" glued after a word, and an article's list of references, are left as they are;
    so is a page whose list of addresses has one for fewer than half the links it numbers (a copy cut short keeps
    half at least)."""
    copy = "Khrushchev[1]—Agree.[2] Mikoyan[3]—For.[4]\n\nReferences\n\n1. https://example.org/a\n"
    assert not is_dump(copy)
    links = "[1]Khrushchev and [2]Mikoyan, [3]Suslov.\n\nReferences\n\nThe notes.\n"
    assert not is_dump(links)
    assert not is_dump(links.replace("The notes.", "1. https://example.org/a"))
    cut_short = DUMP.split("   8. https")[0]
    assert is_dump(cut_short) and not is_dump(DUMP.split("   5. https")[0] + "\n")


def test_a_link_on_a_number_is_the_number_and_a_note_s_marker_glued_after_a_word():
    """A link on a number is the number ("on [15]29 March", "[11]1. On ..."), unless it is glued after a word or
    opens its note's line."""
    page = plain(DUMP.replace("Session of the CPSU CC Presidium on 29", "Session of the CPSU CC Presidium on [15]29"))
    assert "Working Notes from the Session of the CPSU CC Presidium on 29 March 1962" in " ".join(page.split())
    assert "Malinovsky[1]" in page and "\n   [1]   The formal protocol" in page
