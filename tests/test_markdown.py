"""A page saved as Markdown is read as the page's text, and its evidence quotes the file."""

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.facts import Basis
from kg.markdown import is_markdown, plain
from kg.text import SUPERSCRIPTS

# a page as a converter writes it: its paragraphs wrapped at 72 columns, blocks (headings, the rule, the
# numbered point) on lines of their own
_PARAGRAPHS = [
    "[Home](/) › [Collections](/collections) › [Notes from the Session of the CPSU CC Presidium on 4 December "
    "1958](/document/notes-session)",
    "# Notes from the Session of the CPSU CC Presidium",
    "### Protocol No. 193",
    "**Session of 4 December 1958**",
    "**Present:** Khrushchev, Brezhnev, Voroshilov, Kirichenko, Kozlov, Suslov, Gromyko[\\[1\\]](#_ftn1)",
    "**I. On Cde. Mikoyan's trip to the USA, to the talks with Dulles and Eisenhower** (Gromyko, "
    "Khr.)[\\[2\\]](#_ftn2)",
    "*Suslov* --- support. Ensure that our press \\[presents it\\] correctly, without noise and without fuss.",
    "*Voroshilov* --- against. A week after our note on Berlin they will say that we are running after them.",
    "1\\. Instruct Cde. Gromyko to prepare instructions for Cde. Menshikov.",
    "\\* \\* \\*",
    "-" * 72,
    "[\\[1\\]](#_ftnref1) The formal protocol of this session (RGANI, F. 3, Op. 14, D. 262, Ll. 1-4) does "
    "not mention Kozlov.",
    "[\\[2\\]](#_ftnref2) Khr. is Khrushchev.",
    "Source: [RGANI, F. 3, Op. 14, D. 268, Ll. 40-47ob.](https://example.org/doc)",
]
PAGE = "\n\n".join(textwrap.fill(p, 72, break_long_words=False, break_on_hyphens=False) for p in _PARAGRAPHS) + "\n"


def test_the_plain_text_of_a_markdown_page_keeps_every_word_in_place():
    text = plain(PAGE)
    assert len(text) == len(PAGE)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    # markup blanked, a note marker's link read "[1]", a paragraph's wrapped lines one line
    assert "Present:   Khrushchev, Brezhnev, Voroshilov, Kirichenko, Kozlov, Suslov, Gromyko[1]" in lines
    assert lines[0].startswith("Home     ›  Collections") and "Session of the CPSU CC Presidium" in lines[0]
    assert "Protocol No. 193" in lines
    assert any(
        ln.startswith("Suslov  —   support. Ensure that our press  [presents it]  correctly, without noise")
        for ln in lines
    )
    assert any(ln.startswith("1.  Instruct Cde. Gromyko to prepare") for ln in lines)
    # a rule stays a rule, on its own line
    assert "*  *  *" in lines and "-" * 72 in lines
    # each word where the file has it
    at = PAGE.index("Voroshilov* ---")
    assert text[at : at + len("Voroshilov")] == "Voroshilov"


def test_plain_copies_are_not_read_as_markdown():
    """A plain page copy has no links into a page or a site; "2 * 3" or an asterisk's note is no markup."""
    assert is_markdown(PAGE)
    assert not is_markdown("Present: Khrushchev, Bulganin.\n*Note: see [1] (RGANI).\n**Khrushchev**—We must.\n")
    assert not is_markdown("# of votes: 3 (see https://example.org)\n")


@given(st.text(alphabet=st.sampled_from(list("ab *_#-\\[]()!/:.1\n`>|^<=%")), max_size=200))
def test_plain_is_the_same_length_and_changes_only_markup(text):
    """Whatever the file holds, the plain copy is as long, and where it differs from the file it shows a space,
    a dash, a note's marker or an escaped character moved into its escape's place."""
    out = plain(text)
    assert len(out) == len(text)
    for i, (a, b) in enumerate(zip(text, out, strict=True)):
        assert a == b or b in " —–[]0123456789" + SUPERSCRIPTS or text[i - 1 : i] == "\\" or a == "\\"


def test_a_markdown_page_gives_the_facts_of_its_text_and_quotes_the_file(facts_of):
    facts = facts_of(PAGE, "1958-12-04_presidium-md.txt")
    [s] = facts.sessions
    assert s.date == "1958-12-04" and s.protocol == "193"
    assert [(a.person.id, a.basis) for a in s.attendance if a.basis is Basis.LISTED] == [
        ("khrushchev", Basis.LISTED),
        ("brezhnev", Basis.LISTED),
        ("voroshilov", Basis.LISTED),
        ("kirichenko", Basis.LISTED),
        ("kozlov-frol", Basis.LISTED),
        ("suslov", Basis.LISTED),
        ("gromyko", Basis.LISTED),
    ]
    assert [a.person.id for a in s.attendance if a.basis is Basis.OMITTED] == ["kozlov-frol"]
    assert [(t.person.id, t.name) for t in s.turns] == [
        ("gromyko", "Gromyko"),
        ("khrushchev", "Khr."),
        ("suslov", "Suslov"),
        ("voroshilov", "Voroshilov"),
    ]
    assert [p.stance.value for p in s.positions[-2:]] == ["supports", "opposes"]
    assert [(a.person.id, a.task) for a in s.assignments] == [("gromyko", "prepare instructions for Cde. Menshikov")]
    assert {c.unit.label for c in s.citations} == {
        "RGANI, F. 3, Op. 14, D. 268, Ll. 40-47ob",
        "RGANI, F. 3, Op. 14, D. 262, Ll. 1-4",
    }
    # the page's title (not its trail of pages) and address; no warning that a page ending in a link stops short
    assert facts.title == "Notes from the Session of the CPSU CC Presidium"
    assert facts.url == "https://example.org/doc"
    assert not [w for w in facts.warnings if "mid-sentence" in str(w)]
    # the document's text is the file's, and every quote is what its offsets hold in it
    assert facts.text == PAGE
    spans = [x.span for x in (*s.attendance, *s.turns, *s.positions, *s.assignments, *s.citations, *s.mentions)]
    assert all(PAGE[sp.start : sp.end] == sp.quote for sp in spans)
    assert any(sp.quote.startswith("Suslov* --- support.") for sp in spans)


def test_pandoc_s_footnotes_and_superscripts_are_note_markers(facts_of):
    """A converter that keeps a page's notes as pandoc's footnotes ("[^1]", "[^1]: ...") or its markers as
    superscripts ("^2^", "<sup>2</sup>"): the notes are read, and what they say of the protocol too."""
    page = (
        "# Notes from the Session of the CPSU CC Presidium\n\n"
        "**Session of 4 December 1958**\n\n"
        "**Present:** Khrushchev, Brezhnev, Suslov,\nKozlov[^1]\n\n"
        "**I. On Cde. Mikoyan's trip to the USA**^2^\n\n"
        "*Suslov* --- support.\n\n"
        "[^1]: The formal protocol of this session (RGANI, F. 3, Op. 14, D. 262, Ll. 1-4) does not mention\n"
        "    Kozlov.\n\n"
        "[^2]: See RGANI, F. 3, Op. 14, D. 265, Ll. 88-91.\n"
    )
    assert is_markdown(page)
    [s] = facts_of(page, "1958-12-04_presidium-md.txt").sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.OMITTED] == ["kozlov-frol"]
    assert {c.unit.label for c in s.citations} == {
        "RGANI, F. 3, Op. 14, D. 262, Ll. 1-4",
        "RGANI, F. 3, Op. 14, D. 265, Ll. 88-91",
    }
    assert [t.person.id for t in s.turns] == ["suslov"]


@pytest.mark.parametrize(
    ("page", "lines"),
    [
        # pandoc's hard breaks: a backslash or "<br>" at a line's end
        (
            "[Home](/)\n\n**MINUTES**\\\nPresent: Comrades Antal Apró, Béla Biszku\\\nThe meeting was chaired by "
            "Comrade János Kádár.<br>\n",
            [
                "Home",
                "MINUTES",
                "Present: Comrades Antal Apró, Béla Biszku",
                "The meeting was chaired by Comrade János Kádár.",
            ],
        ),
        # a page that keeps its lines as written, each a sentence, not wrapped at a width
        (
            "[Home](/)\n\n**Present:** Molotov, Kaganovich.\n*Molotov* --- Against.\n*Kaganovich* --- For.\n",
            ["Home", "Present:   Molotov, Kaganovich.", "Molotov  —   Against.", "Kaganovich  —   For."],
        ),
        # a typescript set as code, nested emphasis, a list's bullets
        (
            "[Home](/)\n\n```\nPresent: Khrushchev\nKhrushchev—We must.\n```\n\n***Present:*** Molotov\n\n"
            "- *Molotov* --- For.\n- **_Zhukov_** --- Against.\n",
            [
                "Home",
                "```",
                "Present: Khrushchev",
                "Khrushchev—We must.",
                "```",
                "Present:    Molotov",
                "Molotov  —   For.",
                "Zhukov    —   Against.",
            ],
        ),
    ],
)
def test_the_page_s_own_line_breaks_are_kept(page, lines):
    assert [ln.strip() for ln in plain(page).split("\n") if ln.strip()] == lines


def test_an_apostrophe_pandoc_escapes_inside_a_word_keeps_the_word_whole(facts_of):
    """pandoc escapes apostrophes ("Mikoyan\\'s", "I\\'m", "Sliun\\'kov"): each word is read whole, so the page gives
    what its unescaped copy gives, and each quote is the file's own characters, escapes and all."""
    page = (
        "[Home](/) › [Collections](/collections)\n\n# Notes from the Session of the CPSU CC Presidium\n\n"
        "**Session of 4 December 1958**\n\n**Present:** Khrushchev, Brezhnev, Voroshilov, Suslov, Gromyko, Sliun'kov\n\n"
        "**I. On Cde. Mikoyan's trip to the USA** (Gromyko)\n\n*Suslov* --- I don't object.\n\n"
        "*Voroshilov* --- I'm against. It's premature.\n\n*Sliun'kov* --- I support the draft.\n"
    )
    escaped = page.replace("'", "\\'")

    def read(text: str) -> tuple[list[str], list[str], list[str]]:
        [s] = facts_of(text, "1958-12-04_md.txt").sessions
        spans = [x.span for x in (*s.attendance, *s.turns, *s.positions, *s.mentions)]
        assert all(text[sp.start : sp.end] == sp.quote for sp in spans)
        return (
            [a.person.id for a in s.attendance],
            [t.person.id for t in s.turns],
            [p.stance.value for p in s.positions],
        )

    assert read(escaped) == read(page)
    assert read(escaped)[1] == ["gromyko", "suslov", "voroshilov", "slyunkov"]


@given(st.text(alphabet=st.sampled_from(list("ab '\"\\*_[]()#-\n")), max_size=200))
def test_plain_is_the_same_length_with_quotes_and_escapes(text):
    assert len(plain(text)) == len(text)


NOTE = """\
---
title: "Presidium, 30 Apr & 7 May 1964 (Malin)"
dates:
  - 1964-04-30
archive: RGANI
fond: 3
folios: "40-52ob"
tags: [malin]
---

# Presidium, spring 1964

> [!note] Provenance
> Malin's notes, RGANI, F. 3, Op. 16, D. 948.

Part of my #romania thread; see [[CPSU CC Presidium]]. %% check the folder cover %%

### 1. Session of 30 April 1964

Present: [[Nikita Khrushchev|Khrushchev]], [[Suslov]], Mikoyan, Polyansky.

I. On the statement of the RWP[^1]

[[Nikita Khrushchev|Khrushchev]]—We will not answer in the press. ==Let them cool off.==

[[Suslov]]—agrees. %% S. careful as ever %% The letter is necessary.

### 2. Session of 7 May 1964

Present: Khrushchev, Mikoyan, Polyansky. ![[scan-48.png]]

Mik.—Against the Hero.

[^1]: The formal protocol (RGANI, F. 3, Op. 18, D. 9, L. 1) also lists Efremov.
"""


def test_a_scholar_s_notes_app_page_is_read_as_the_transcription_it_holds(facts_of):
    """A page of a notes app (Obsidian): its properties in YAML at its head and her comments ("%% ... %%") are not
    the page's text; a link between notes shows its words or the note's name ("[[Nikita Khrushchev|Khrushchev]]",
    "[[Suslov]]"), an embedded file nothing, a highlight its words, a callout its title and lines; a heading's own
    number in the outline ("### 1. Session of ...") is no item's."""
    assert is_markdown(NOTE)
    lines = [" ".join(ln.split()) for ln in plain(NOTE).split("\n") if ln.strip()]
    assert lines[:5] == [
        "Presidium, spring 1964",
        "> Provenance",
        "> Malin's notes, RGANI, F. 3, Op. 16, D. 948.",
        "Part of my #romania thread; see CPSU CC Presidium .",
        "Session of 30 April 1964",
    ]
    first, second = facts_of(NOTE, "note.md").sessions
    assert (first.date, second.date) == ("1964-04-30", "1964-05-07")
    assert [a.person.id for a in first.attendance if a.basis is Basis.LISTED] == [
        "khrushchev", "suslov", "mikoyan", "polyansky",
    ]  # fmt: skip
    assert [(t.person.id, " ".join(t.text.split()), t.span.quote.split("—")[0]) for t in first.turns] == [
        ("khrushchev", "We will not answer in the press. Let them cool off.", "Khrushchev]]"),
        ("suslov", "agrees. The letter is necessary.", "Suslov]]"),
    ]
    assert [(t.person.id, t.text) for t in second.turns] == [("mikoyan", "Against the Hero.")]


VAULT_NOTE = """\
---
title: "CC Presidium, 7 April 1960: results of the France visit"
date: 1960-04-07
tags:
  - malin-notes
---

# CC Presidium, 7 April 1960

up:: [[Malin notes MOC]]

## Present
- [[Khrushchev]] (presiding)
- [[Kozlov, Frol|Kozlov]]
- [[Mikoyan]]
- [[Mukhitdinov]]

> [!note] Translator's note
> The formal protocol (No. 283; RGANI, f. 3, op. 12, d. 1118, l. 4) does not mention [[Mukhitdinov]].

## I. On the results of Cde. Khrushchev's visit to France #france

[[Khrushchev|Khr.]]—De Gaulle is a serious man. ^k7f3a1

[[Mikoyan]]—Agree. A good trip.

[[Kozlov, Frol|Kozlov]]—Approve the activities of the delegation.
"""


def test_a_vault_note_headed_by_the_body_and_date_with_its_list_under_a_heading_and_a_note_in_a_callout(facts_of):
    """Round 64: a researcher's note headed "CC Presidium, 7 April 1960" (the body and the date make a heading),
    its list under the heading "## Present" with no colon, and a translator's note in a callout amid the text: the
    note ends with the callout, and the turns below it are read."""
    [s] = facts_of(VAULT_NOTE, "note.md").sessions
    assert s.date == "1960-04-07"
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.LISTED),
        ("kozlov-frol", Basis.LISTED),
        ("mikoyan", Basis.LISTED),
        ("mukhitdinov", Basis.LISTED),
        ("mukhitdinov", Basis.OMITTED),
    ]
    assert [t.person.id for t in s.turns] == ["khrushchev", "mikoyan", "kozlov-frol"]


def test_what_a_notes_app_page_s_rules_leave_alone():
    """A wiki page's source with links in double brackets and a numbered list in "#" is a wiki page, not a notes
    app's Markdown; a page that opens with a rule is no page with properties; an item's heading numbered in a page
    ("### 2. Minutes of the talks (Mikoyan)") and an editor's "[[sic]]" are left as they were."""
    wiki = "== Session of 22 July 1959 ==\n'''Present:''' [[Nikita Khrushchev|Khrushchev]], [[Frol Kozlov|Kozlov]]\n"
    wiki += "# On the results of the visit\n[[Frol Kozlov|Kozlov]] — reports.<ref>He opened the exhibition.</ref>\n"
    assert not is_markdown(wiki)
    ruled = "---\n\n# Working Notes, 14 July 1960\n\nPresent: Khrushchev, Mikoyan.\n\n...\n\n[Note](#n1)\n"
    assert plain(ruled).split("\n")[2].strip() == "Working Notes, 14 July 1960"
    page = "# Notes\n\n### 2. Minutes of the talks (Mikoyan)\n\nAgrees.[1](#_ftn1) The [[sic]] text.\n"
    shown = [" ".join(ln.split()) for ln in plain(page).split("\n") if ln.strip()]
    assert shown[1:] == ["2. Minutes of the talks (Mikoyan)", "Agrees. 1 The [[sic]] text."]


# a translator's Word document as pandoc converts it: a heading's anchor, a line block for the archive's stamp, a
# multiline table of those present (its head wrapped over two lines, a column's cells ending before the others'), a
# span's class, a footnote
_PANDOC = """# Session of 28 January 1965 {{#_Toc_s1}}

| RGANI
| Fond No. 3, Opis’ No. 22
| Delo No. 12, Listy 14–19ob

Those present:[^1]

  -----------------------------------------------------------------------
  Members of the          Candidate members       Secretaries of the CC
  Presidium
  ----------------------- ----------------------- -----------------------
  Brezhnev                Grishin                 Andropov

  Kosygin                 Demichev                Ponomarev

  Suslov{tail}
  -----------------------------------------------------------------------

**I. On the trip of a delegation to the DRV**

**Cde. Brezhnev**---We send a delegation [without delay]{{.underline}}.

**Cde. [Suslov]{{.underline}}**---Support.

[^1]: The protocol (RGANI, F. 3, Op. 18, D. 318, L. 1) does not name
    Cde. Ponomarev.
"""


@pytest.mark.parametrize("tail", ["", " " * 24])  # (a cell padded to the next column's edge, or not)
def test_a_pandoc_document_s_table_stamp_spans_and_anchors(facts_of, tail):
    """pandoc's multiline table of those present is read as a table, a column a group (each man listed, none a
    speaker); its line block's stamp "Fond No. 3, Opis' No. 22, Delo No. 12" as the file; a span's and a heading's
    attributes are no words of the page."""
    page = _PANDOC.format(tail=tail)
    assert is_markdown(page)
    text = plain(page)
    assert len(text) == len(page) and "{" not in text and "Presidium" not in text
    [s] = facts_of(page, "1965-01-28_presidium-pandoc.md").sessions
    listed = [a.person.id for a in s.attendance if a.basis is Basis.LISTED]
    assert listed == ["brezhnev", "grishin", "andropov", "kosygin", "demichev", "ponomarev", "suslov"]
    assert [a.person.id for a in s.attendance if a.basis is Basis.OMITTED] == ["ponomarev"]
    assert {c.unit.label for c in s.citations} == {
        "RGANI, F. 3, Op. 22, D. 12, Ll. 14-19ob",
        "RGANI, F. 3, Op. 18, D. 318, L. 1",
    }
    assert [(t.person.id, " ".join(t.text.split())) for t in s.turns] == [
        ("brezhnev", "We send a delegation without delay ."),
        ("suslov", "Support."),
    ]


def test_a_pandoc_simple_table_under_its_label_is_read_as_a_table(facts_of):
    """A simple table (a head of one line over its dashes, rows to a blank line) under a label with no blank line
    between them: the label stays the label, each row a row of the table, each column a group, its names' initials
    no item's numbers ("V. V. Grishin")."""
    page = (
        "# Session of the CPSU CC Presidium, 28 January 1965\n\n"
        "Those present:\n"
        "  Members            Candidates\n"
        "  ---------------    ---------------\n"
        "  L. I. Brezhnev     V. V. Grishin\n"
        "  A. N. Kosygin      P. N. Demichev\n\n"
        "**Cde. Brezhnev**---We send a delegation.[^1]\n\n"
        "[^1]: RGANI, F. 3, Op. 22, D. 12, L. 14.\n"
    )
    text = plain(page)
    assert "Those present:\n" in text and "Members" in text
    [s] = facts_of(page, "1965-01-28_presidium-pandoc.md").sessions
    assert [a.person.id for a in s.attendance if a.basis is Basis.LISTED] == [
        "brezhnev",
        "grishin",
        "kosygin",
        "demichev",
    ]
    assert [t.person.id for t in s.turns] == ["brezhnev"]
