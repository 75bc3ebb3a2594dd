"""The HTML pages, read the way a historian reads them: what each page says, in what order, on whose word.

Pages are parsed into a small tree with the standard library's HTML parser, strictly: a
closing tag that does not match the element it closes fails the test, so every page is also
checked to be well-formed (the evidence marks in a document's text are where that could break).
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store, Variable

from kg.rdf import DEFAULT_BASE
from kg.web import pagequeries
from kg.web.highlight import Span, highlight
from kg.web.pages import render_index, render_page, render_query_page
from kg.web.site import Site

BASE = DEFAULT_BASE
KG = "https://w3id.org/malin-kg/ontology#"
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def all(self, tag: str, **attrs: str) -> list[Node]:
        """Descendants with this tag whose attributes include ``attrs`` (``class_`` for class, one class word)."""
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag and all(_has(child, k, v) for k, v in attrs.items()):
                    found.append(child)
                found.extend(child.all(tag, **attrs))
        return found

    def one(self, tag: str, **attrs: str) -> Node:
        found = self.all(tag, **attrs)
        assert len(found) == 1, f"{len(found)} <{tag} {attrs}>"
        return found[0]


def _has(node: Node, key: str, value: str) -> bool:
    if key == "class_":
        return value in node.attrs.get("class", "").split()
    return node.attrs.get(key.replace("_", "-")) == value


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID_ELEMENTS:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(html: str | None) -> Node:
    assert html is not None
    parser = _Parser()
    parser.feed(html)
    parser.close()
    assert [n.tag for n in parser.stack] == ["#document"], "unclosed elements"
    return parser.root


def rows(table: Node) -> list[list[str]]:
    return [[" ".join(c.text().split()) for c in tr.all("td")] for tr in table.all("tr") if tr.all("td")]


def section_table(page: Node, heading_id: str) -> Node:
    """The first table after the <h2> with this id (pages put one table under each heading)."""
    flat = _flatten(page)
    start = next(i for i, n in enumerate(flat) if n.tag == "h2" and n.attrs.get("id") == heading_id)
    return next(n for n in flat[start:] if n.tag == "table")


def _flatten(node: Node) -> list[Node]:
    out = []
    for child in node.children:
        if isinstance(child, Node):
            out.append(child)
            out.extend(_flatten(child))
    return out


@pytest.fixture(scope="module")
def site(corpus_store) -> Site:
    return Site(corpus_store)


def page_of(site: Site, path: str) -> Node:
    return parse(render_page(site, BASE + path))


def test_person_page_shows_turns_basis_variants_and_sources(site):
    html = render_page(site, BASE + "person/voroshilov")
    page = parse(html)
    assert page.one("h1").text() == "Kliment Voroshilov"
    assert f"{BASE}person/voroshilov" in html
    assert page.one("link", rel="alternate").attrs == {
        "rel": "alternate",
        "type": "text/turtle",
        "href": "/id/person/voroshilov",
    }
    assert "Vorosh." in [v.text() for v in page.all("span", class_="variant")]
    attended = rows(section_table(page, "attended"))
    nov6 = next(r for r in attended if r[0] == "6 November 1956")
    assert nov6[1:] == [
        "CPSU CC Presidium",
        "inferred",
        "Voroshilov",
        "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob",
        "in the text",
    ]
    turns = rows(section_table(page, "turns"))
    turn = next(r for r in turns if r[0] == "6 November 1956")
    assert turn[2:5] == [
        "15",
        "Voroshilov",
        "Cde. Molotov's statements are fundamentally correct. But in this case it's impossible to adopt.",
    ]
    assert "(listed as speaking on this item)" in [r[4] for r in turns]  # 27 November: a name in the list of speakers
    # each claim links to the meeting, the archive file and its words in the document
    links = {a.attrs["href"] for a in page.all("a")}
    assert {"/id/meeting/cpsu-cc-presidium/1956-11-06", "/id/unit/tskhsd/3/12/1006/41-45ob"} <= links
    assert "/id/document/1956-11-06-presidium-protocol-53#turn-15" in links


def test_person_timeline_has_one_linked_mark_per_meeting(site):
    timeline = page_of(site, "person/voroshilov").one("svg", class_="timeline")
    marks = [(a.attrs["href"], a.one("circle", class_="mark").one("title").text()) for a in timeline.all("a")]
    assert marks == [
        ("/id/meeting/cpsu-cc-presidium/1956-10-21", "21 October 1956: CPSU CC Presidium"),
        ("/id/meeting/cpsu-cc-presidium/1956-11-06", "6 November 1956: CPSU CC Presidium"),
        ("/id/meeting/cpsu-cc-presidium/1956-11-27", "27 November 1956: CPSU CC Presidium"),
    ]
    assert "1956" in [t.text() for t in timeline.all("text")]


def test_person_page_shows_who_sat_with_them(site):
    bars = page_of(site, "person/voroshilov").one("svg", class_="bars")
    shared = {a.text(): a.attrs["href"] for a in bars.all("a")}
    assert shared["Anastas Mikoyan"] == "/id/person/mikoyan"
    assert "Kliment Voroshilov" not in shared
    assert "Anastas Mikoyan: 3 shared meetings" in [t.text() for t in bars.all("title")]


def test_person_page_shows_what_a_source_leaves_out(site):
    page = page_of(site, "person/gromyko")
    assert rows(section_table(page, "not-recorded")) == [
        ["27 November 1956", "CPSU CC Presidium", "APRF, F. 3, Op. 64, D. 488, L. 181", "in the text"]
    ]


def test_meeting_page_flags_the_gromyko_conflict_with_both_sources(site):
    page = page_of(site, "meeting/cpsu-cc-presidium/1956-11-27")
    conflicts = page.one("section", id="conflicts")
    text = " ".join(conflicts.text().split())
    assert "conflict" in text and "Andrei Gromyko" in text
    assert "TsKhSD, F. 3, Op. 12, D. 1006, L. 52" in text and "APRF, F. 3, Op. 64, D. 488, L. 181" in text
    table = section_table(page, "attendance")
    flagged = [r for r in rows(table) if r[0].startswith("Andrei Gromyko")]
    assert [r[1:4] for r in flagged] == [
        ["inferred", "Grom.", "TsKhSD, F. 3, Op. 12, D. 1006, L. 52"],
        ["not recorded (omitted)", "Andrei Gromyko", "APRF, F. 3, Op. 64, D. 488, L. 181"],
    ]
    assert all(r[0] == "Andrei Gromyko conflict" for r in flagged)
    assert len(table.all("tr", class_="conflict")) == 2


def test_meeting_page_lists_five_people_on_the_protocol_s_word(site):
    table = section_table(page_of(site, "meeting/cpsu-cc-presidium/1956-11-27"), "attendance")
    protocol = sorted(r[0] for r in rows(table) if r[1] == "protocol")
    assert protocol == [
        "Leonid Brezhnev",
        "Nikolai Belyaev",
        "Nikolai Shvernik",
        "Pyotr Pospelov",
        "Yekaterina Furtseva",
    ]


def test_meeting_page_gives_the_turns_in_order_under_their_items(site):
    page = page_of(site, "meeting/cpsu-cc-presidium/1956-11-06")
    assert "6 November 1956" in page.text() and "No. 53" in page.text()
    items = page.all("section", class_="item")
    assert [s.one("h3").text().split(":")[0] for s in items] == ["Item I", "Item II"]
    turns = [r for s in items for r in rows(s.one("table"))]
    assert [int(r[0]) for r in turns] == sorted(int(r[0]) for r in turns)
    speakers = [td.one("a").attrs["href"] for s in items for td in s.all("td", class_="speaker")]
    assert speakers[0] == "/id/person/mikoyan" and turns[0][3] == "overall it should be adopted."
    assert speakers[-1] == "/id/person/shepilov" and turns[-1][3] == "(listed as speaking on this item)"
    assert [li.text() for li in page.one("ol", class_="agenda").all("li")][0].startswith("I. On the Appeal")


def test_archival_unit_page_lists_the_protocol_claims_and_the_citation(site):
    page = page_of(site, "unit/aprf/3/64/488/181")
    assert page.one("h1").text() == "APRF, F. 3, Op. 64, D. 488, L. 181"
    dl = page.one("dl")
    facts = dict(
        zip([dt.text() for dt in dl.all("dt")], [" ".join(dd.text().split()) for dd in dl.all("dd")], strict=True)
    )
    assert facts["Archive"] == "APRF" and facts["Fond"] == "3" and facts["Opis"] == "64" and facts["Delo"] == "488"
    assert facts["Folios"] == "181 (folio 181)"
    assert "/id/unit/aprf/3/64/488" in {a.attrs["href"] for a in page.one("dl").all("a")}  # the file it belongs to
    group = page.one("section", class_="meeting-claims")
    assert "27 November 1956" in group.one("h3").text()
    claims = rows(group.one("table"))
    assert sorted(r[1] for r in claims if r[0] == "attendance (protocol)") == [
        "Leonid Brezhnev",
        "Nikolai Belyaev",
        "Nikolai Shvernik",
        "Pyotr Pospelov",
        "Yekaterina Furtseva",
    ]
    assert ["not recorded (omitted)", "Andrei Gromyko"] in [r[:2] for r in claims]
    assert rows(section_table(page, "citations"))[0][:2] == ["APRF, F. 3, Op. 64, D. 488, L. 181", "cited"]


def test_file_level_unit_lists_its_folios(site):
    parts = rows(section_table(page_of(site, "unit/tskhsd/3/12/1006"), "parts"))
    counted = list(
        site.store.query(
            "SELECT ?u (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c <https://w3id.org/malin-kg/ontology#supportedBy> ?u } GROUP BY ?u",
            substitutions={Variable("u"): NamedNode(BASE + "unit/tskhsd/3/12/1006/52")},
            use_default_graph_as_union=True,
        )
    )
    assert ["TsKhSD, F. 3, Op. 12, D. 1006, L. 52", counted[0][1].value] in parts


def _marked_text(page: Node) -> dict[str, str]:
    """Each claim's words as the page highlights them: the text of every <mark> piece naming it."""
    words: dict[str, str] = {}

    def walk(node: Node, open_claims: list[str]) -> None:
        for child in node.children:
            if isinstance(child, str):
                for claim in open_claims:
                    words[claim] += child
            else:
                inner = open_claims
                if child.tag == "mark":
                    words.setdefault(child.attrs["data-claim"], "")
                    inner = [*open_claims, child.attrs["data-claim"]]
                walk(child, inner)

    walk(page, [])
    return words


def test_document_page_highlights_every_claim_s_exact_words(site):
    doc = BASE + "document/1956-11-27-presidium-protocol-60"
    page = parse(render_page(site, doc))
    evidence = """SELECT ?doc ?claim ?exact WHERE {
      ?claim <https://w3id.org/malin-kg/ontology#document> ?doc ;
             <https://w3id.org/malin-kg/ontology#evidence>/<http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#exact> ?exact }"""
    solutions = site.store.query(
        evidence, substitutions={Variable("doc"): NamedNode(doc)}, use_default_graph_as_union=True
    )
    exact = {"-".join(row["claim"].value.rsplit("/", 2)[-2:]): row["exact"].value for row in solutions}
    assert len(exact) > 70  # every claim of the document, each with its words
    assert _marked_text(page) == exact
    marks = {m.attrs["id"]: m for m in page.all("mark") if "id" in m.attrs}
    assert marks["attendance-10"].text() == "Grom." and marks["attendance-10"].attrs["title"].startswith("attendance")
    # the claim list links to each mark
    anchors = [a.attrs["href"][1:] for a in page.one("ol", class_="claims").all("a") if a.attrs["href"].startswith("#")]
    assert sorted(anchors) == sorted(exact)
    sha = next(
        iter(site.store.query(f"SELECT ?h WHERE {{ <{doc}> <{KG}sha256> ?h }}", use_default_graph_as_union=True))
    )
    assert sha["h"].value in page.text()
    assert "https://digitalarchive.umd.edu/document/111892" in page.text()


def test_overlapping_evidence_spans_stay_well_formed():
    spans = [Span(0, 5, "a", "A"), Span(2, 8, "b", "B"), Span(2, 4, "c", "C"), Span(6, 6, "e", "E")]
    page = parse(f"<pre>{highlight('abcdefghij<&>', spans)}</pre>")
    assert _marked_text(page) == {"a": "abcde", "b": "cdefgh", "c": "cd", "e": ""}
    assert page.text() == "abcdefghij<&>"


def test_other_resources_get_a_page_of_properties(site):
    item = page_of(site, "document/1956-11-06-presidium-protocol-53/item/1")
    props = rows(section_table(item, "properties"))
    assert ["kg:itemNumber", "I"] in props
    assert ["kg:meeting", "CPSU CC Presidium, 1956-11-06 " + BASE + "meeting/cpsu-cc-presidium/1956-11-06"] in props
    incoming = rows(section_table(item, "incoming"))
    assert ["document/1956-11-06-presidium-protocol-53/turn/1", "kg:agendaItem"] in incoming
    concept = parse(render_page(site, KG + "StatedByOtherSource"))
    assert concept.one("h1").text() == "protocol"


def test_an_unknown_iri_has_no_page(site):
    assert render_page(site, BASE + "person/nobody") is None
    assert render_page(site, "not an iri") is None


def test_index_lists_meetings_by_date_and_people_by_surname(site):
    page = parse(render_index(site))
    meetings = rows(section_table(page, "meetings"))
    assert [r[0] for r in meetings][:3] == ["21 October 1956", "6 November 1956", "27 November 1956"]
    attendance = rows(section_table(page_of(site, "meeting/cpsu-cc-presidium/1956-11-06"), "attendance"))
    present = {r[0] for r in attendance if not r[1].startswith("not recorded")}
    assert meetings[1][1:] == ["CPSU CC Presidium", "53", str(len(present)), "22"]
    people = [r[0] for r in rows(section_table(page, "people"))]
    assert people.index("Yuri Andropov") < people.index("Leonid Brezhnev") < people.index("Vyacheslav Molotov")
    hrefs = {a.attrs["href"] for a in page.all("a")}
    assert {"/query", "/dumps/", "/.well-known/void", "/sparql", "/id/person/voroshilov"} <= hrefs


def test_the_home_page_is_gathered_once_per_server(corpus_store, monkeypatch):
    """It counts over the whole graph; the read-only store a server opens does not change under it."""
    site, asked, select = Site(corpus_store), [], pagequeries.select
    monkeypatch.setattr(pagequeries, "select", lambda *a, **k: asked.append(a[1]) or select(*a, **k))
    first = render_index(site)
    assert pagequeries.INDEX_MEETINGS in asked
    gathered = len(asked)
    assert render_index(site) == first and len(asked) == gathered


def test_query_page_has_the_editor_and_every_canned_query(site):
    html = render_query_page(site)
    page = parse(html)
    assert page.one("textarea", id="query-editor") and page.one("button", id="run-query")
    assert page.one("div", id="results") and page.one("p", id="query-error")
    form = page.one("form", data_query="person")
    assert form.one("input").attrs["name"] == "name" and form.one("button").attrs["data-query"] == "person"
    assert "required" in form.one("input").attrs
    # a meeting may be chosen, or left out for every meeting
    session = page.one("form", data_query="attendance").one("input")
    assert session.attrs["name"] == "session" and "required" not in session.attrs
    for name in ("overview", "sessions", "attendance", "speeches", "citations", "conflicts"):
        assert page.one("form", data_query=name).one("button", data_query=name)
        assert "SELECT" in page.one("pre", id=f"sparql-{name}").text()
    script = page.one("script")
    assert "src" not in script.attrs and "http" not in script.text()  # same origin only, no libraries


def _site_of(tmp_path: Path, triples: list[tuple]) -> Site:
    """A store of our own, on disk because Site opens a path."""
    store = Store(str(tmp_path / "store"))
    store.extend(Quad(s, p, o) for s, p, o in triples)
    store.flush()
    del store
    gc.collect()
    return Site(tmp_path / "store")


RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SKOS_LABEL = NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RICO_PERSON = NamedNode("https://www.ica.org/standards/RiC/ontology#Person")


def _tiny_site(tmp_path: Path) -> Site:
    """A store with markup in every label."""
    evil = "<script>alert(1)</script>"
    person, meeting, doc = (NamedNode(BASE + p) for p in ("person/x", "meeting/m", "document/d"))
    claim, evidence, position = (
        NamedNode(BASE + p)
        for p in (
            "document/d/attendance/1",
            "document/d/attendance/1/evidence",
            "document/d/attendance/1/evidence/position",
        )
    )
    triples = [
        (person, RDF_TYPE, RICO_PERSON),
        (person, NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal(evil)),
        (person, NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"), Literal("<b>X</b>")),
        (meeting, RDF_TYPE, NamedNode(KG + "Meeting")),
        (meeting, NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), Literal(evil)),
        (meeting, NamedNode(KG + "describedIn"), doc),
        (doc, RDF_TYPE, NamedNode(KG + "Document")),
        (doc, NamedNode("http://purl.org/dc/terms/identifier"), Literal("d<script>.txt")),
        (doc, NamedNode(KG + "text"), Literal("Present: <script>alert(1)</script> & co.")),
        (claim, RDF_TYPE, NamedNode(KG + "AttendanceClaim")),
        (claim, NamedNode(KG + "person"), person),
        (claim, NamedNode(KG + "meeting"), meeting),
        (claim, NamedNode(KG + "document"), doc),
        (claim, NamedNode(KG + "basis"), NamedNode(KG + "Listed")),
        (claim, NamedNode(KG + "present"), Literal(True)),
        (claim, NamedNode(KG + "nameAsPrinted"), Literal(evil)),
        (claim, NamedNode(KG + "evidence"), evidence),
        (evidence, NamedNode("http://www.w3.org/ns/oa#hasSelector"), position),
        (position, NamedNode("http://www.w3.org/ns/oa#start"), Literal(9)),
        (position, NamedNode("http://www.w3.org/ns/oa#end"), Literal(34)),
    ]
    return _site_of(tmp_path, triples)


def test_a_turn_that_names_no_meeting_is_listed_once_without_one(tmp_path):
    """A store holding data from elsewhere may have a turn without kg:meeting: its meeting cell stays
    empty, rather than every labelled resource of the store standing in for its meeting."""
    person, turn = NamedNode(BASE + "person/x"), NamedNode(BASE + "document/d/turn/1")
    site = _site_of(
        tmp_path,
        [
            (person, RDF_TYPE, RICO_PERSON),
            (person, SKOS_LABEL, Literal("Ivan X")),
            (turn, RDF_TYPE, NamedNode(KG + "SpeechTurn")),
            (turn, NamedNode(KG + "speaker"), person),
            (turn, NamedNode(KG + "text"), Literal("Agreed.")),
            (NamedNode(BASE + "meeting/m"), RDFS_LABEL, Literal("Some meeting")),
            (NamedNode(BASE + "unit/u"), RDFS_LABEL, Literal("APRF, F. 3, Op. 1, D. 1")),
        ],
    )
    turns = rows(section_table(page_of(site, "person/x"), "turns"))
    assert len(turns) == 1 and turns[0][0] == "" and "Agreed." in turns[0]


def test_markup_in_the_store_is_always_escaped(tmp_path):
    site = _tiny_site(tmp_path)
    pages = [
        render_page(site, BASE + p)
        for p in ("person/x", "meeting/m", "document/d", "document/d/attendance/1", "document/d/attendance/1/evidence")
    ] + [render_index(site), render_query_page(site)]
    for html in pages:
        assert html is not None
        assert "<script>alert" not in html and "<b>X" not in html
        parse(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0]
    marks = _marked_text(parse(pages[2]))
    assert marks == {"attendance-1": "<script>alert(1)</script>"}


def test_meeting_page_shows_who_was_for_and_against(site):
    page = render_page(site, BASE + "meeting/cpsu-cc-presidium/1956-11-06")
    assert "<strong>opposes</strong><br><q>I vehemently object</q>" in page
    assert "<strong>supports</strong><br><q>overall it should be adopted</q>" in page


def test_person_page_shows_tasks_and_stances(site):
    page = render_page(site, BASE + "person/bulganin")
    assert '<tr class="assignment">' in page and "negotiate with Cde. Dej" in page
    assert '<td class="stance">supports</td>' in page


def test_a_record_s_own_word_of_absence_is_worded_apart_from_a_silence(tmp_path):
    """ "Cde. V. V. Shcherbitsky was absent (in Kiev)." against a protocol that lists him: the meeting page's
    conflict says he was "absent according to" the record and the attendance table gives the basis "absent";
    his page and the record's archival unit page say so too, never "not recorded"."""
    from kg.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "1967-10-19_politburo.txt").write_text(
        "Session of the CC CPSU Politburo, 19 October 1967\nSource: RGANI, F. 89, Op. 1, D. 5, L. 3.\n\n"
        "Present: Cdes. A. N. Kosygin, M. A. Suslov\nCde. V. V. Shcherbitsky was absent (in Kiev).\n\n"
        "Kosygin: I agree.(1)\n\nNotes\n"
        "(1) The protocol (RGANI, F. 3, Op. 22, D. 17, L. 2) lists V. V. Shcherbitsky as present.\n",
        encoding="utf-8",
    )
    build(corpus, tmp_path / "store")
    site = Site(tmp_path / "store")
    meeting = page_of(site, "meeting/cpsu-cc-politburo/1967-10-19")
    assert "absent according to RGANI, F. 89" in " ".join(meeting.one("section", id="conflicts").text().split())
    his = [r[1] for r in rows(section_table(meeting, "attendance")) if r[0].startswith("Vladimir Shcherbitsky")]
    assert sorted(his) == ["absent", "protocol"]
    person = " ".join(section_table(page_of(site, "person/shcherbitsky"), "not-recorded").text().split())
    assert "absent according to RGANI, F. 89" in person
    unit = page_of(site, "unit/rgani/89/1/5/3").one("section", class_="meeting-claims").one("table")
    assert ["absent", "Vladimir Shcherbitsky"] in [r[:2] for r in rows(unit)]
