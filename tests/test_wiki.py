"""A wiki page's source (MediaWiki markup) is read as the page's text, and its evidence quotes the file."""

from hypothesis import given
from hypothesis import strategies as st

from kg.facts import Basis
from kg.text import SUPERSCRIPTS
from kg.wiki import is_wikitext, plain

PAGE = """{{header
 | title    = [[Working Notes of the CPSU CC Presidium (Malin)]]
 | section  = Session of 2 April 1959
 | previous = [[../Session of 26 March 1959|Session of 26 March 1959]]
 | notes    = Working notes of [[Author:Vladimir Malin|V. N. Malin]]. Archival source: RGANI, F. 3, Op. 14, D. 300, \
Ll. 5–9. Transcribed 3 March 2011.
}}
{{translation license|original={{PD-RU-exempt}}|translation={{CC-BY-SA-3.0}}}}

== Session of 2 April 1959 ==
''Protocol No. 214''<ref name="prot">The formal protocol (RGANI, F. 3, Op. 14, D. 299, L. 1) adds \
[[Alexei Kosygin|Kosygin]] to the participants; it does not mention [[Andrei Gromyko|Gromyko]].</ref>

'''Present:'''
* [[Nikita Khrushchev|N. S. Khrushchev]]
* ''Members:'' [[Frol Kozlov|Kozlov]], [[w:Anastas Mikoyan|Mikoyan]], [[Mikhail Suslov|Suslov]]
* ''Invited:'' [[Andrei Gromyko|Gromyko]]<ref>Foreign minister.</ref>

=== I. On [[Berlin]] ===
''Gromyko'' — reports on the note of the Western powers.<ref>Of 26 March 1959.</ref> They want a conference.

''[[Anastas Mikoyan|Mikoyan]]'' — Agree. {{illegible}} the conference is useful.

''Suslov'' — Supports.<ref name="prot"/>

'''Resolved:''' Instruct Cde. Gromyko to prepare the reply.

== Notes ==
<references/>

[[Category:Malin notes]]
"""


def test_a_wiki_page_s_source_is_read_as_its_text():
    """Links read as what they show, quotes, bullets, headings and templates blanked, but a header's notes and
    the words an editor could not read ("[illegible]"); each note on a line of its own under the line it is in,
    its marker glued to the word before it."""
    text = plain(PAGE)
    assert len(text) == len(PAGE)
    lines = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]
    assert lines[0] == "Working Notes of the CPSU CC Presidium (Malin)"  # the header's title and notes
    assert lines[1].startswith("Working notes of V. N. Malin . Archival source: RGANI")
    assert "Session of 2 April 1959" in lines and "Session of 26 March 1959" not in " ".join(lines)
    assert "Members: Kozlov , Mikoyan , Suslov" in lines
    assert "Invited: Gromyko¹" not in lines  # the second note: the first is the protocol's, above
    assert "Invited: Gromyko²" in lines and "² Foreign minister." in lines
    assert "Gromyko — reports on the note of the Western powers.³" in lines
    assert lines[lines.index("³ Of 26 March 1959.") + 1] == "They want a conference."
    assert "Mikoyan — Agree. [illegible] the conference is useful." in lines
    assert "Suslov — Supports.¹" in lines
    assert not [ln for ln in lines if "Category" in ln or "[[" in ln or "''" in ln or "<ref" in ln]


def test_a_wiki_page_gives_the_facts_of_its_text_and_quotes_the_file(facts_of):
    facts = facts_of(PAGE, "1959-04-02_wiki.txt")
    [s] = facts.sessions
    assert (s.date, s.protocol) == ("1959-04-02", "214")
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.LISTED),
        ("kozlov-frol", Basis.LISTED),
        ("mikoyan", Basis.LISTED),
        ("suslov", Basis.LISTED),
        ("gromyko", Basis.GUEST),
        ("kosygin", Basis.PROTOCOL),
        ("gromyko", Basis.OMITTED),
    ]
    # the header's "Archival source:" is the notes' own file; the protocol's, in the note, another source
    assert {a.source.label for a in s.attendance if a.basis is Basis.LISTED} == {"RGANI, F. 3, Op. 14, D. 300, Ll. 5-9"}
    # a turn goes on under the note amid it
    assert [(t.person.id, [" ".join(ln.split()) for ln in t.text.split("\n")][:2]) for t in s.turns] == [
        ("gromyko", ["reports on the note of the Western powers.³", "They want a conference."]),
        ("mikoyan", ["Agree. [illegible] the conference is useful."]),
        ("suslov", ["Supports.¹"]),  # (the decision under it is the body's)
    ]
    assert [p.stance.value for p in s.positions] == ["unclear", "supports", "supports"]
    assert [(a.person.id, a.task) for a in s.assignments] == [("gromyko", "prepare the reply")]
    spans = [x.span for x in (*s.attendance, *s.turns, *s.positions, *s.assignments, *s.citations)]
    assert all(PAGE[sp.start : sp.end] == sp.quote for sp in spans)


def test_plain_copies_and_markdown_are_not_read_as_wiki_pages():
    assert is_wikitext(PAGE)
    assert not is_wikitext("Present: Khrushchev, Bulganin.\n[[1]] A note.\n== a rule ==\n")
    assert not is_wikitext("**Present:** [Khrushchev](/people/1), [Mikoyan](/people/2)\n# Notes\n")


@given(st.text(alphabet=st.sampled_from(list("ab |=[]{}<>/'*#:\nrefn\"")), max_size=200))
def test_plain_is_the_same_length_and_changes_only_markup(text):
    """Whatever the file holds, the plain copy is as long, and where it differs from the file it shows a space,
    a line's end, a note's marker or an editor's brackets."""
    out = plain(text)
    assert len(out) == len(text)
    assert all(a == b or b in " \n[]" + SUPERSCRIPTS or b.isalpha() for a, b in zip(text, out, strict=True))


def test_a_wiki_page_s_other_markup_from_the_probe_review(facts_of):
    """A centred heading ("{{center|...}}"), a comment and entities in the list, a note amid the list that goes on
    after it, a note in a group and over lines, a spacer ("{{gap}}"), and a page that links only one name: read as
    the page shows them."""
    page = (
        "{{center|'''Working Notes from the Session of the CPSU CC Presidium on 6 November 1956'''}}\n\n"
        "'''Present:''' [[Nikita Khrushchev|Khrushchev]], Bulganin<ref>Left after item I.</ref>, Suslov<!-- Zhukov? "
        "-->,&nbsp;Kozlov\n\n"
        "''Bulganin'' &mdash; Agree.<ref group=\"n\">Added\nin pencil.</ref> The ministries can wait.\n\n"
        "{{gap|2em}}''Suslov'' — Supports.\n\n<references group=\"n\"/>\n"
    )
    assert is_wikitext(page)
    [s] = facts_of(page, "1956-11-06_wiki.txt").sessions
    assert s.date == "1956-11-06"
    assert [a.person.id for a in s.attendance] == ["khrushchev", "bulganin", "suslov", "kozlov-frol"]
    assert [(t.person.id, " ".join(t.text.split())) for t in s.turns] == [
        ("bulganin", "Agree.² The ministries can wait."),
        ("suslov", "Supports."),
    ]
    assert [p.stance.value for p in s.positions] == ["supports", "supports"]
