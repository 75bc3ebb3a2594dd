"""A digital edition's TEI file is read as the edition's reading text, and its evidence quotes the file."""

from html import unescape
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import DocumentError
from kg.facts import Basis
from kg.read import iter_corpus, read_text
from kg.tei import is_tei, read
from kg.text import SUPERSCRIPTS, TO_SUPERSCRIPT

EDITION = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Working Notes of the CPSU CC Presidium, 14 May 1957</title>
        <editor><persName>Anna Editor</persName></editor>
        <respStmt><resp>encoded by</resp><persName>Boris Coder</persName></respStmt>
      </titleStmt>
      <publicationStmt><publisher>An Edition</publisher><date when="2021">2021</date></publicationStmt>
      <sourceDesc>
        <msDesc>
          <msIdentifier>
            <settlement>Moscow</settlement>
            <repository>RGANI</repository><idno>F. 3, Op. 12, D. 1010, Ll. 4-6ob</idno>
          </msIdentifier>
        </msDesc>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <particDesc>
        <listPerson><person xml:id="molotov"><persName>V. M. Molotov</persName></person></listPerson>
      </particDesc>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <div type="session">
        <head>Session of 14 May 1957</head>
        <p>Present:</p>
        <list>
          <item><persName>Khrushchev</persName>, <persName>Bulganin</persName>, <persName>Mikoyan</persName><note
              place="foot" n="1">The formal protocol (<bibl>RGANI, F. 3, Op. 12, D. 1009, L. 2</bibl>) also lists Zhukov; it
              does not mention Shepilov.</note>, <persName>Suslov</persName>, <persName>Shepilov</persName></item>
        </list>
        <div type="item">
          <head>I. On the grain procurements</head>
          <sp who="#mikoyan">
            <speaker><choice><abbr>Mik.</abbr><expan>Mikoyan</expan></choice>:</speaker>
            <p>Reports. The plan is <del>not</del> <add>over</add>fulfilled in the Uk-<lb break="no"/>raine.</p>
            <pb n="4ob"/>
            <p>I propose to approve the <gap reason="illegible"/> measures.</p>
          </sp>
          <sp who="#suslov">
            <speaker>Suslov:</speaker>
            <p>I support the proposal.</p>
          </sp>
          <p><persName>Shepilov</persName>—Against. It should be postponed.</p>
          <p><hi rend="bold">Resolved:</hi> Instruct Cde. Mikoyan to prepare the draft decree.</p>
        </div>
      </div>
    </body>
    <back>
      <div type="notes">
        <note n="2">Added in pencil.</note>
      </div>
      <listPerson><person><persName>Zhukov</persName></person><person><persName>Kaganovich</persName></person></listPerson>
    </back>
  </text>
</TEI>
"""


def lines_of(text: str) -> list[str]:
    return [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]


def test_a_tei_file_is_read_as_the_edition_s_reading_text():
    """The header's title and source, not the edition's credits nor its register of people; a note amid a list set
    under it, the list going on past its marker; what the editors read (the expansion, what was added, a word
    joined over a line's break without the original's hyphen), not what they set aside; a book cited in a note as
    its words; a gap as an editor's brackets; the notes at the back."""
    page = read(EDITION)
    assert len(page.text) == len(EDITION)
    assert lines_of(page.text) == [
        "Working Notes of the CPSU CC Presidium, 14 May 1957",
        "Source: RGANI F. 3, Op. 12, D. 1010, Ll. 4-6ob",  # (the archive and shelfmark, not the city)
        "Session of 14 May 1957",
        "Present:",
        "Khrushchev, Bulganin, Mikoyan¹, Suslov, Shepilov",
        "¹ The formal protocol (RGANI, F. 3, Op. 12, D. 1009, L. 2) also lists Zhukov; it does not mention Shepilov.",
        "I. On the grain procurements",
        "Mikoyan:",
        "Reports. The plan is overfulfilled in the Ukraine.",
        "I propose to approve the [...] measures.",
        "Suslov:",
        "I support the proposal.",
        "Shepilov—Against. It should be postponed.",
        "Resolved: Instruct Cde. Mikoyan to prepare the draft decree.",
        "² Added in pencil.",
    ]


def test_a_tei_file_gives_the_facts_of_its_text_and_quotes_the_file(facts_of):
    facts = facts_of(EDITION, "edition.xml")
    [s] = facts.sessions
    assert s.date == "1957-05-14"
    assert [(a.person.id, a.basis) for a in s.attendance] == [
        ("khrushchev", Basis.LISTED),
        ("bulganin", Basis.LISTED),
        ("mikoyan", Basis.LISTED),
        ("suslov", Basis.LISTED),
        ("shepilov", Basis.LISTED),
        ("zhukov", Basis.PROTOCOL),
        ("shepilov", Basis.OMITTED),
    ]
    # the manuscript's identifier is the notes' own file; the protocol's, in the note, another source
    assert {a.source.label for a in s.attendance if a.basis is Basis.LISTED} == {
        "RGANI, F. 3, Op. 12, D. 1010, Ll. 4-6ob"
    }
    assert [(t.person.id, lines_of(t.text)) for t in s.turns] == [
        ("mikoyan", ["Reports. The plan is overfulfilled in the Ukraine.", "I propose to approve the [...] measures."]),
        ("suslov", ["I support the proposal."]),
        ("shepilov", ["Against. It should be postponed."]),
    ]
    assert [p.stance.value for p in s.positions] == ["supports", "supports", "opposes"]
    assert [(a.person.id, a.task) for a in s.assignments] == [("mikoyan", "prepare the draft decree")]
    # neither the edition's editors nor the people of its registers are anyone the notes name
    assert not {m.person.id for m in s.mentions} & {"molotov", "kaganovich"}
    spans = [x.span for x in (*s.attendance, *s.turns, *s.positions, *s.assignments, *s.citations)]
    assert all(EDITION[sp.start : sp.end] == sp.quote for sp in spans)


def test_a_tei_file_is_a_document_and_other_xml_an_error_that_names_it(tmp_path, authority):
    assert is_tei(EDITION) and is_tei('<?xml version="1.0"?>\n<!-- a comment -->\n<teiCorpus xmlns="x"><TEI/>')
    assert not is_tei("<html><body>Present: Khrushchev.</body></html>") and not is_tei("Present: <TEI> Khrushchev.")
    for name in ("a.xml", "b.txt"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in iter_corpus(tmp_path)] == ["a.xml", "b.txt"]
    with pytest.raises(DocumentError, match="not a TEI document") as e:
        read_text(
            Path("export.xml"), '<?xml version="1.0"?>\n<record><p>Present: Khrushchev.</p></record>', authority.knows
        )
    assert "export.xml" in str(e.value)


TWO_SESSIONS = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>Working Notes of the CPSU CC Presidium, March 1959</title></titleStmt>
<sourceDesc><msDesc><msIdentifier><country>Russia</country><repository>RGANI</repository>
<collection>Fond 3</collection><idno>F. 3, Op. 14, D. 277</idno></msIdentifier>
<msContents>
<msItem corresp="#s1"><locus from="12" to="15ob">Ll. 12-15ob</locus><title>Session of 19 March 1959</title></msItem>
<msItem corresp="#s2"><locus from="16" to="18">16-18</locus><title>Session of 26 March 1959</title></msItem>
</msContents></msDesc></sourceDesc></fileDesc></teiHeader>
<text><body>
<div xml:id="s1"><head>Session of 19 March 1959</head><p>Present: Khrushchev, Kozlov, Suslov.</p>
<sp><speaker>Kozlov</speaker><p>— Agree.</p></sp></div>
<div xml:id="s2"><head>Session of 26 March 1959</head><p>Present: Khrushchev, Mikoyan, Suslov.</p>
<sp><speaker>Mikoyan</speaker><p>— Against.</p></sp></div>
</body></text></TEI>
"""


def test_each_item_of_the_manuscript_is_the_source_of_the_session_it_names(facts_of):
    """A manuscript of two sessions whose items give each one's folios ("<msItem corresp="#s1"><locus>"): each
    item is a source line under its session's heading, so that each session's notes are in the archive's file at
    its own folios, quoted from the header; a speaker's dash on the line under his name is no word of his."""
    assert lines_of(read(TWO_SESSIONS).text)[1:3] == [
        "Session of 19 March 1959",
        "Source: RGANI F. 3, Op. 14, D. 277, Ll. 12-15ob",
    ]
    facts = facts_of(TWO_SESSIONS, "edition.xml")
    assert [(s.date, {a.source.label for a in s.attendance}) for s in facts.sessions] == [
        ("1959-03-19", {"RGANI, F. 3, Op. 14, D. 277, Ll. 12-15ob"}),
        ("1959-03-26", {"RGANI, F. 3, Op. 14, D. 277, Ll. 16-18"}),
    ]
    assert [[(t.text, p.stance.value) for t, p in zip(s.turns, s.positions, strict=True)] for s in facts.sessions] == [
        [("Agree.", "supports")],
        [("Against.", "opposes")],
    ]
    spans = [c.span for s in facts.sessions for c in s.citations]
    assert spans and all(TWO_SESSIONS[sp.start : sp.end] == sp.quote for sp in spans)


_TOKENS = st.sampled_from(
    ["<p>", "</p>", "<note>", '<note n="2">', "</note>", "<lb/>", '<lb break="no"/>', "<pb/>", "<gap/>", "<choice>",
     "</choice>", "<abbr>", "</abbr>", "<expan>", "</expan>", "<del>", "</del>", "<sp>", "</sp>", "<speaker>",
     "</speaker>", "<teiHeader>", "</teiHeader>", "<msIdentifier>", "</msIdentifier>", "<idno>", "</idno>",
     "<listPerson>", "</listPerson>", '<hi rend="sup">', "</hi>", "<list>", "<item>", "</item>", "</list>",
     "<msItem>", "</msItem>", "<locus>", "</locus>", '<div xml:id="a">', '<msItem corresp="#a">', "</div>",
     '<u who="#molotov">', "</u>", '<sp who="#a">', '<person xml:id="a">', "<surname>", "</surname>", "</person>",
     "&amp;", " ", "\n", "12", "Khrushchev", ":", "Agree.", "-"]
)  # fmt: skip


@given(st.lists(_TOKENS, max_size=40).map("".join))
def test_the_copy_is_as_long_as_the_file_and_each_character_shows_the_file(body):
    """Whatever the file holds, closed or not, the copy is as long as the file, and each of its characters shows
    the part of the file it says it comes from, or is one a tag adds (a note's marker, an editor's brackets, the
    source's label)."""
    text = "<TEI>" + body
    page = read(text)
    assert len(page.text) == len(text)
    for i, c in enumerate(page.text):
        start, end = page.origin.starts[i], page.origin.ends[i]
        assert 0 <= start < end <= len(text)
        printed = text[start:end]
        # (a speaker named by his id: the id, "#molotov", shows his name)
        added = printed.startswith(("<", "#")) and (c in SUPERSCRIPTS + "[.]" or c.isalpha() or c in ":-")
        assert c.isspace() or printed == c or unescape(printed) == c or printed.translate(TO_SUPERSCRIPT) == c or added


def _edition(
    body: str,
    ms: str = "<msIdentifier><repository>RGANI</repository><idno>F. 3, Op. 12, D. 1010, Ll. 4-6ob"
    "</idno></msIdentifier>",
    header: str = "",
    back: str = "",
    root: str = "TEI",
) -> str:
    """A small edition of one document (or the documents of ``body``, in a corpus), as the probe review wrote them."""
    return (
        f'<{root} xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Working Notes, 1957'
        f"</title></titleStmt><sourceDesc><msDesc>{ms}</msDesc></sourceDesc></fileDesc>{header}</teiHeader>"
        f"<text><body>{body}</body>{back}</text></{root}>"
    )


SESSION = "<div><head>Session of 14 May 1957</head><p>Present: Khrushchev, Mikoyan, Molotov.</p>"


def test_what_the_probe_review_of_the_tei_reader_found(facts_of):
    """A note's paragraphs are its one line, under the block it stands in, at the back too; an editor's abstract and
    a text quoted whole in a speech are no part of the record; a doctype with its own entities is TEI; a shelfmark
    given field by field is labelled as a reference prints it; an item of the manuscript that names two divisions,
    or none that exists, is the source of those it names, or where it stands; a list of people in the body is a
    list; an SGML-style "<lb>" with no end is a break."""
    page = _edition(
        SESSION + '<sp><speaker>Mikoyan<note n="1"><p>He came late.</p></note>:</speaker><p>— Agree<note n="2"><p>'
        "Molotov, according to the protocol, voted against.</p></note> with the draft.</p></sp><sp><speaker>Molotov"
        '</speaker><p>— Against.<ref target="#n3">3</ref></p><floatingText><body><p>Present: Gomułka, Ochab.</p>'
        "<p>Ochab — Against.</p></body></floatingText></sp></div>",
        header="<profileDesc><abstract><p>Cde. Pervukhin objected to the draft.</p></abstract></profileDesc>",
        back='<back><div><note xml:id="n3" n="3"><p>Kaganovich — against, in the protocol.</p></note></div></back>',
    )
    [s] = facts_of(page, "edition.xml").sessions
    assert [a.person.id for a in s.attendance] == ["khrushchev", "mikoyan", "molotov"]
    assert [(t.person.id, lines_of(t.text)[0], p.stance.value) for t, p in zip(s.turns, s.positions, strict=True)] == [
        ("mikoyan", "Agree² with the draft.", "supports"),
        ("molotov", "Against.³", "opposes"),
    ]
    assert not s.decisions  # (a speaker's first words are his)
    assert is_tei('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY ed "Editor">]>\n<TEI/>')
    assert is_tei("<!-- " + "licence " * 600 + "-->\n<TEI/>")
    fields = '<msIdentifier><repository>RGANI</repository><idno type="fond">3</idno><idno type="opis">Op. 12</idno>'
    [s] = facts_of(
        _edition(SESSION + "</div>", ms=fields + '<idno type="delo">1010</idno></msIdentifier>'), "e.xml"
    ).sessions
    assert {a.source.label for a in s.attendance} == {"RGANI, F. 3, Op. 12, D. 1010"}
    items = (
        "<msIdentifier><repository>RGANI</repository><idno>F. 3, Op. 12, D. 1010</idno></msIdentifier><msContents>"
        '<msItem corresp="#s1 #s2"><locus>4-9</locus></msItem></msContents>'
    )
    two = '<div xml:id="s1"><head>Session of 14 May 1957</head><p>Present: Khrushchev, Mikoyan.</p></div>'
    two += '<div xml:id="s2"><head>Session of 21 May 1957</head><p>Present: Khrushchev, Molotov.</p></div>'
    sessions = facts_of(_edition(two, ms=items), "e.xml").sessions
    assert [{a.source.label for a in s.attendance} for s in sessions] == [{"RGANI, F. 3, Op. 12, D. 1010, Ll. 4-9"}] * 2
    [s] = facts_of(_edition(SESSION + "</div>", ms=items.replace("#s1 #s2", "#nowhere")), "e.xml").sessions
    assert {a.source.label for a in s.attendance} == {"RGANI, F. 3, Op. 12, D. 1010, Ll. 4-9"}
    listed = "<div><head>Session of 14 May 1957</head><p>Present:</p><listPerson><person><persName>Khrushchev"
    listed += "</persName></person><person><persName>Mikoyan</persName></person></listPerson></div>"
    [s] = facts_of(_edition(listed), "e.xml").sessions
    assert [a.person.id for a in s.attendance] == ["khrushchev", "mikoyan"]
    assert lines_of(read("<TEI><p>Khru<lb>shchev and<pb n='2'>Mikoyan</p></TEI>").text) == ["Khru shchev and Mikoyan"]


def test_each_document_of_a_tei_corpus_is_the_source_of_its_own_session(facts_of):
    """A ``<teiCorpus>`` of two documents, each with its own manuscript: each session's notes are in its own file."""
    one = _edition(SESSION + "</div>").replace(' xmlns="http://www.tei-c.org/ns/1.0"', "")
    other = one.replace("D. 1010, Ll. 4-6ob", "D. 1011, Ll. 1-3").replace("14 May", "21 May")
    corpus = f'<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/>{one}{other}</teiCorpus>'
    assert [{a.source.label for a in s.attendance} for s in facts_of(corpus, "corpus.xml").sessions] == [
        {"RGANI, F. 3, Op. 12, D. 1010, Ll. 4-6ob"},
        {"RGANI, F. 3, Op. 12, D. 1011, Ll. 1-3"},
    ]


def test_what_the_last_read_of_the_tei_reader_found(facts_of):
    """A note on a name in a list of one name an item is set under the list, which goes on; a register of people in
    the front matter is no text; what a gap holds is its description, not words; a word set in small capitals
    ("<hi rend="sc">") reads in capitals."""
    listed = "<div><head>Session of 14 May 1957</head><p>Present:</p><list><item>Khrushchev</item><item>Bulganin"
    listed += '<note n="1">Chaired.</note></item><item>Mikoyan</item><item>Suslov</item></list></div>'
    front = "<front><listPerson><person><persName>Kaganovich</persName></person></listPerson></front>"
    page = _edition(listed).replace("<text><body>", f"<text>{front}<body>")
    [s] = facts_of(page, "e.xml").sessions
    assert [(a.person.id, a.basis.value) for a in s.attendance] == [
        ("khrushchev", "listed"), ("bulganin", "listed"), ("mikoyan", "listed"), ("suslov", "listed"),
    ]  # fmt: skip
    assert not s.turns
    gap = (
        '<TEI><p>I <gap reason="illegible"><desc>two words</desc></gap> support the <hi rend="sc">rgani</hi></p></TEI>'
    )
    assert lines_of(read(gap).text) == ["I [...] support the RGANI"]


def test_a_speaker_named_only_by_his_id_speaks_by_the_register_s_name(facts_of):
    """A speech or an utterance whose speaker the edition names only by an id ("<u who="#molotov">", "<sp
    who="#suslov">" with no "<speaker>") is his turn, under the name the register gives him (its surname or
    surnames, where it marks them; its shortest name in Latin letters; before the comma of "Molotov, Vyacheslav"),
    or the id where it is a known man's name; its evidence quotes the id. A note on the name or his occupation names
    no one. A speech with its own speaker is his, wherever in it the speaker stands. Where no name can be told (an
    id that is no known man's, two men's, one in another file's register) the words are left out, not read as the
    last speaker's."""
    register = (
        '<profileDesc><particDesc><listPerson><person xml:id="p1"><persName><forename>Anastas</forename> '
        "<surname>Mikoyan</surname><note>Replaced <persName><surname>Molotov</surname></persName>.</note></persName>"
        "<occupation>Deputy of <surname>Bulganin</surname></occupation></person>"
        '<person xml:id="p2"><persName xml:lang="ru">Молотов</persName><persName>Molotov, Vyacheslav Mikhailovich'
        '</persName></person><person xml:id="p3"><persName>Gheorghe <surname>Gheorghiu</surname>-<surname>Dej'
        '</surname></persName></person><person xml:id="p4"><persName type="full">Mikhail Andreevich Suslov'
        '</persName><persName type="short">Suslov</persName></person><person xml:id="p5"><persName>Rodion Malinovsky'
        "</persName></person></listPerson></particDesc></profileDesc>"
    )
    body = SESSION + '<u who="#p1">Agree with the draft.</u><u who="#p2">Against.</u><sp who="#khrushchev"><p>'
    body += 'We must decide today.</p></sp><sp who="#p2"><pb n="5"/><speaker>Mikoyan</speaker><p>Support.</p></sp>'
    body += '<u who="#p7">Postpone it.</u><u who="#p1 #p2">Agreed.</u><u who="#ambassador">They wait.</u>'
    body += '<u who="people.xml#p3">Too late.</u><u who="#p3">We agree.</u><u who="#p4">For.</u>'
    body += '<u who="#p5">The troops are ready.</u></div>'
    page = _edition(body, header=register)
    assert lines_of(read(page).text)[4:8] == ["Mikoyan", "Agree with the draft.", "Molotov", "Against."]
    [s] = facts_of(page, "e.xml").sessions
    assert [(t.person.id, lines_of(t.text)) for t in s.turns] == [
        ("mikoyan", ["Agree with the draft."]),
        ("molotov", ["Against."]),
        ("khrushchev", ["We must decide today."]),
        ("mikoyan", ["Support."]),
        ("gheorghiu-dej", ["We agree."]),
        ("suslov", ["For."]),
        ("malinovsky", ["The troops are ready."]),
    ]
    assert [t.span.quote.split(">")[0] for t in s.turns[:3]] == ['#p1"', '#p2"', '#khrushchev"']


def test_a_link_to_a_note_is_its_marker_and_a_link_elsewhere_its_words():
    """A link to a note, or to a place in the back's notes ("<p xml:id>"), is its marker; one elsewhere its words."""
    back = '<TEI><text><body><p>Mikoyan<ref target="#fn1">1</ref> agrees.</p></body><back><div type="notes">'
    back += '<p xml:id="fn1">1. He came late.</p></div></back></text></TEI>'
    assert lines_of(read(back).text)[0] == "Mikoyan¹ agrees."
    page = (
        '<TEI><text><body><p>Mikoyan<ref target="#n1">1</ref> spoke; see the facsimile, p. <ref target="#p12">12</ref>'
        '.</p><note xml:id="n1" n="1">He came late.</note></body></text></TEI>'
    )
    assert lines_of(read(page).text) == ["Mikoyan¹ spoke; see the facsimile, p. 12.", "¹ He came late."]
