"""A web page's HTML source, as a browser saves it, is read as the text the page shows, and its evidence quotes the
file."""

import re
from html import unescape
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import DocumentError
from kg.facts import Basis
from kg.htmlpage import is_html, read
from kg.read import decode, iter_corpus
from kg.text import SUPERSCRIPTS, TO_SUPERSCRIPT

PAGE = """<!DOCTYPE html>
<!-- saved from url=(0052)https://archive.example.org/document/session-1959-04 -->
<html lang="en"><head>
<meta charset="utf-8">
<title>Session of the CPSU CC Presidium, 2 April 1959 | Digital Archive</title>
<link rel="canonical" href="https://archive.example.org/document/119402">
<link rel="stylesheet" href="/css/site.css">
<script type="application/ld+json">{"@type": "CreativeWork", "name": "Khrushchev, Suslov: Session of 9 May 1960"}
</script>
<script>window.dataLayer = []; function gtag(){dataLayer.push(arguments);} // <p>Zhukov:</p></script>
<style>p.note { font-size: 80%; }</style>
</head>
<body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/people/brezhnev">Brezhnev Collection</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; Documents</div>
<main>
<h1>Working Notes from the Session of the CPSU CC Presidium on 2 April 1959</h1>
<dl class="meta"><dt>Date</dt><dd>1959-04-02</dd><dt>Source</dt>
<dd>RGANI, F. 3, Op. 14, D. 301, Ll. 5&ndash;9.</dd></dl>
<div class="document-content">
<p><strong>Present:</strong> Khrushchev, Mikoyan, Suslov, Kozlov,
   Kuusinen<sup><a href="#fn1" id="ref1">1</a></sup></p>
<p><strong>Invited:</strong> Gromyko</p>
<h3>I. On the Note of the Western Powers</h3>
<p><strong>Gromyko</strong>: Reports on the note of 26&nbsp;March. They want a conference of the foreign
ministers &mdash; we should agree.</p>
<p><strong>Mikoyan</strong>: Agree<sup><a href="#fn2" id="ref2">2</a></sup>. The conference is useful to us.</p>
<p><b>Suslov</b>&#8212;Supports.</p>
<p><strong>Resolved:</strong> Instruct Cde. Gromyko to prepare the reply.</p>
</div>
<hr>
<ol class="footnotes">
<li id="fn1">The formal protocol (RGANI, F. 3, Op. 14, D. 300, L. 2) does not list Kuusinen among those present.
<a href="#ref1" class="backlink">&#8617;&#xFE0E;</a></li>
<li id="fn2">Written above the line. <a href="#ref2">&#8617;</a></li>
</ol>
</main>
<footer><p>Related: Zhukov&rsquo;s report, 12 March 1957</p><p>&copy; 2024 The Archive</p></footer>
<script src="/js/site.js"></script>
</body>
</html>
"""


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def test_a_page_s_html_is_read_as_what_the_page_shows():
    """The head, scripts, styles, menu and footer show nothing; each block is a line, its words and entities as
    the page shows them; a note's marker is a superscript glued to the word, the notes listed under a rule are
    numbered as a book numbers its foot notes, and their links back are gone."""
    page = read(PAGE)
    assert len(page.text) == len(PAGE)
    assert page.url == "https://archive.example.org/document/119402"  # its canonical link before the saved address
    assert lines_of(page.text) == [
        "Home › Documents",
        "Working Notes from the Session of the CPSU CC Presidium on 2 April 1959",
        "Date",
        "1959-04-02",
        "Source",
        "RGANI, F. 3, Op. 14, D. 301, Ll. 5–9.",
        "Present: Khrushchev, Mikoyan, Suslov, Kozlov, Kuusinen¹",
        "Invited: Gromyko",
        "I. On the Note of the Western Powers",
        "Gromyko: Reports on the note of 26\xa0March. They want a conference of the foreign ministers — we should agree.",
        "Mikoyan: Agree². The conference is useful to us.",
        "Suslov—Supports.",
        "Resolved: Instruct Cde. Gromyko to prepare the reply.",
        "___",
        "¹ The formal protocol (RGANI, F. 3, Op. 14, D. 300, L. 2) does not list Kuusinen among those present.",
        "² Written above the line.",
    ]
    # each line opens where its first word stands in the file
    assert all(PAGE[page.text.index(ln) :].startswith(ln[:4]) for ln in lines_of(page.text)[1:] if ln[0].isalpha())


def test_a_page_gives_the_facts_of_its_text_and_quotes_the_file(facts_of):
    facts = facts_of(PAGE, "1959-04-02_session.html")
    assert facts.url == "https://archive.example.org/document/119402"
    [s] = facts.sessions
    assert s.date == "1959-04-02"
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.LISTED),
        ("mikoyan", Basis.LISTED),
        ("suslov", Basis.LISTED),
        ("kozlov-frol", Basis.LISTED),
        ("kuusinen", Basis.LISTED),
        ("gromyko", Basis.GUEST),
        ("kuusinen", Basis.OMITTED),  # the note's protocol does not list him
    ]
    assert [(t.person.id, " ".join(t.text.split())) for t in s.turns] == [
        (
            "gromyko",
            "Reports on the note of 26 March. They want a conference of the foreign ministers — we should agree.",
        ),
        ("mikoyan", "Agree². The conference is useful to us."),
        ("suslov", "Supports."),
    ]
    assert [p.stance.value for p in s.positions] == ["unclear", "supports", "supports"]
    assert [(a.person.id, a.task) for a in s.assignments] == [("gromyko", "prepare the reply")]
    assert {c.unit.label for c in s.citations} >= {"RGANI, F. 3, Op. 14, D. 301, Ll. 5-9"}
    # nothing from the menu, the scripts or the footer: Brezhnev, Zhukov and the other session are no one's
    assert not {"brezhnev", "zhukov"} & set(facts.people)
    # every quote is the file's text at its offsets, from the first word to the last, markup and all
    spans = [x.span for x in (*s.attendance, *s.turns, *s.positions, *s.assignments, *s.citations)]
    assert all(PAGE[sp.start : sp.end] == sp.quote for sp in spans)
    [mikoyan] = [t for t in s.turns if t.person.id == "mikoyan"]
    assert mikoyan.span.quote.startswith("Mikoyan</strong>: Agree<sup>") and mikoyan.span.quote.endswith(
        "useful to us."
    )
    [kuusinen] = [a for a in s.attendance if a.basis is Basis.LISTED and a.person.id == "kuusinen"]
    assert kuusinen.span.quote == 'Kuusinen<sup><a href="#fn1" id="ref1">1'  # his name as printed, and its marker


def test_a_table_a_list_and_preformatted_text_read_as_the_page_sets_them():
    """A table's rows as a Markdown page sets them, between bars; a table that lays the page out (its cells hold
    paragraphs) as its blocks; an ordered list's numbers as the page prints them; a "<pre>" block's lines kept."""
    page = read(
        "<!doctype html><html><body>"
        "<table><tr><th>Name</th><th>Post</th></tr><tr><td>Kozlov</td><td>Member</td><tr><td>Gromyko<td>Minister</table>"
        "<table><tr><td><p>Present: Khrushchev</p></td><td><p>Khrushchev: Yes.</p></td></tr></table>"
        '<ol start="3"><li>On Berlin<li value="7">On Iraq</ol>'
        "<pre>SUSLOV:  Supports.\n  MIKOYAN: Agree.</pre>"
        "</body></html>"
    )
    assert lines_of(page.text) == [
        "| Name | Post |",
        "| Kozlov | Member |",
        "| Gromyko | Minister |",
        "Present: Khrushchev",
        "Khrushchev: Yes.",
        "3. On Berlin",
        "7. On Iraq",
        "SUSLOV:  Supports.",
        "MIKOYAN: Agree.",
    ]


def test_a_page_s_html_is_a_document_and_plain_text_is_no_page(tmp_path):
    assert is_html(PAGE) and is_html("<html><body><p>Present: Khrushchev.</p></body></html>")
    assert not is_html("Present: Khrushchev <b>Mikoyan</b>.\n<html> is a tag.\n")
    for name in ("a.html", "b.htm", "c.txt"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in iter_corpus(tmp_path)] == ["a.html", "b.htm", "c.txt"]


_TOKENS = st.sampled_from(
    ["<p>", "</p>", "<br>", "<b>", "</b>", "<sup>", "</sup>", '<a href="#n1">', "</a>", "<li>", "<ol>", "</ol>",
     "<td>", "<tr>", "</table>", "<table>", "<script>", "</script>", "<pre>", "</pre>", "&mdash;", "&#322;",
     "&amp", "&bogus;", "&nbsp;", "&#8617;", "<!-- c -->", " ", "\n", "12", "Khrushchev", ":", "Agree.", "<", ">"]
)  # fmt: skip


@given(st.lists(_TOKENS, max_size=40).map("".join))
def test_the_copy_is_as_long_as_the_file_and_each_character_shows_the_file(body):
    """Whatever the page holds, the copy is as long as the file, and each of its characters shows the part of the
    file it says it comes from (a letter, an entity), or is one the page adds (a space, a line's end, a note's
    marker, a list's number, a table's bar, a rule), in the file's order."""
    text = "<!DOCTYPE html>" + body
    page = read(text)
    assert len(page.text) == len(text)
    shown = [(i, c) for i, c in enumerate(page.text) if not c.isspace()]
    for i, c in shown:
        start, end = page.origin.starts[i], page.origin.ends[i]
        assert 0 <= start < end <= len(text)
        printed = text[start:end]
        added = printed.startswith("<") and (c in SUPERSCRIPTS + "|_." or c.isdigit())  # by a tag: a number, a bar
        assert printed == c or unescape(printed) == c or printed.translate(TO_SUPERSCRIPT) == c or added
    assert [page.origin.starts[i] for i, _ in shown] == sorted(page.origin.starts[i] for i, _ in shown)


def test_lines_broken_by_br_a_contents_list_and_a_page_with_no_body_tag():
    """ "<br><br>" is a blank line and "<br/>" one line's end; an ordered list whose items a table of contents links
    to is numbered as a list, not as notes; a page with no "</head>" or "<body>" shows its text; a canonical address
    that is only a path is no address."""
    page = read(
        '<html><head><title>x</title><link rel="canonical" href="/documents/1">\n'
        '<p><a href="#i1">On Berlin</a></p><ol><li id="i1">On Berlin</li><li>On Iraq</li></ol>'
        "Present: Khrushchev<br/>Mikoyan: Agree.<br><br>Suslov: For.</html>"
    )
    assert page.url is None
    assert [ln.strip() for ln in page.text.split("\n")] == [
        "On Berlin",
        "",
        "1. On Berlin",
        "2. On Iraq",
        "",
        "Present: Khrushchev",
        "Mikoyan: Agree.",
        "",
        "Suslov: For.",
    ]


def test_a_page_saved_in_the_encoding_its_head_declares():
    """A Word document saved as a web page is often in Windows-1252, as its head says: read so; a plain copy in it
    is read so only where its bytes show it (its own marks, few accented letters), else it is an error that says to
    save it as UTF-8."""
    page = '<!DOCTYPE html><html><head><meta charset="windows-1252"></head><body><p>Kádár – Münnich</p></body></html>'
    assert decode(page.encode("cp1252"), Path("page.htm")) == page
    with pytest.raises(DocumentError, match="save the file as UTF-8"):
        decode("Present: Kádár – Münnich".encode("cp1252"), Path("copy.txt"))
    saved = "Translator’s introduction\r\n\tThe records of the SED’s Politburo “as kept” – Keßler, Müller.\r\n"
    assert decode(saved.encode("cp1252"), Path("copy.txt")) == saved.replace("\r\n", "\n")
    for other in (
        "Заседание Президиума – «Правда»".encode("cp1251"),  # Cyrillic, with Windows' marks too
        "Obecni: Stanisław Kania – Olszowski".encode("cp1250"),  # Polish: "ł" would read as "³"
        "Přítomni: Dubček – Černík".encode("cp1250"),  # Czech: "č" would read as "è"
        "Böhme — Müller".encode("mac_roman"),  # a Mac's letters are Windows' marks
        "Malin’s notes\n".encode("cp1252") + "Khr.—We agree.\n".encode(),  # UTF-8 with a stray byte
    ):
        with pytest.raises(DocumentError, match="save the file as UTF-8"):
            decode(other, Path("copy.txt"))


def test_what_the_last_read_of_the_html_reader_found(facts_of):
    """A title outside a head shows nothing; a list's number in superscript digits is none; a "<pre>" block keeps
    its empty line; a class that only holds the word ("has-footnotes") makes no list a page's notes; a page with
    no address of its own takes none from its links."""
    page = read(
        '<html><title>Session of 9 May 1960</title><body><ol start="²"><li>On Berlin</li></ol>'
        '<div class="node has-footnotes"><ol><li>On Iraq</li></ol></div><pre>A\n\nB</pre></body></html>'
    )
    assert lines_of(page.text) == ["1. On Berlin", "1. On Iraq", "A", "B"]
    assert re.search(r"\bA *\n *\n *B\b", page.text)  # (the empty line)
    facts = facts_of(
        "<!DOCTYPE html><html><body><h1>Session of the CPSU CC Presidium, 2 April 1959</h1>"
        "<p>Present: Khrushchev, Mikoyan</p><p>Mikoyan: Agree.</p>"
        '<p><a href="https://twitter.com/archive">Share</a></p></body></html>',
        "1959-04-02_page.html",
    )
    assert facts.url is None and [t.person.id for t in facts.sessions[0].turns] == ["mikoyan"]


def test_a_page_labelled_latin_1_is_read_as_windows_1252():
    page = '<!DOCTYPE html><html><head><meta charset="iso-8859-1"></head><body><p>“Kádár” – Münnich</p></html>'
    assert decode(page.encode("cp1252"), Path("page.htm")) == page


def test_an_e_book_s_xhtml_chapter_and_small_capitals(facts_of, tmp_path):
    """An EPUB chapter opens with an XML declaration before its doctype: a page all the same, in a ".xhtml" file; a
    book sets an archive's name in small capitals ("<span class="smallcaps">rgani</span>"), which its reader sees,
    and the readers read, as capitals."""
    chapter = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Chapter 7</title></head><body epub:type="bodymatter">'
        '<section epub:type="chapter"><h2>Session of the CPSU CC Presidium, 10 August 1961</h2><p class="source">'
        '<span class="smallcaps">rgani</span>, F.&#160;3, Op.&#160;14, D.&#160;503, Ll.&#160;7&#8211;10ob.</p>'
        '<p>Present: Khrushchev, Mikoyan.</p><p><span class="speaker">Mikoyan</span>&#8212;Agree.</p></section>'
        "</body></html>"
    )
    assert is_html(chapter) and is_html(chapter.replace("?>\n", '?>\n<?xml-stylesheet href="a.css"?>\n', 1))
    (tmp_path / "chapter07.xhtml").write_text(chapter)
    assert [p.name for p in iter_corpus(tmp_path)] == ["chapter07.xhtml"]
    [s] = facts_of(chapter, "chapter07.xhtml").sessions
    assert {a.source.label for a in s.attendance} == {"RGANI, F. 3, Op. 14, D. 503, Ll. 7-10ob"}
    assert [(t.person.id, t.text) for t in s.turns] == [("mikoyan", "Agree.")]
    assert "RGANI" in read('<html><body><p style="font-variant: small-caps">rgani</p></body></html>').text
