"""Fact records → RDF quads with stable IRIs.

Every IRI is derived from the input alone (the file name, a person's id, an
archive reference, a position in the document), so the same corpus always
gives the same IRIs and the same triples. Each document's facts go into a
named graph of their own; people go into one authority graph so that each
has exactly one preferred label however many documents name them.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from kg.authority import slug
from kg.facts import ArchivalUnit, Attendance, Basis, DocumentFacts, PersonRef, Session, Span, Stance

DEFAULT_BASE = "https://w3id.org/malin-kg/id/"
KG = "https://w3id.org/malin-kg/ontology#"
RICO = "https://www.ica.org/standards/RiC/ontology#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
VOID = "http://rdfs.org/ns/void#"

PREFIXES = {
    "kg": KG,
    "rico": RICO,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCT,
    "oa": OA,
    "rdfs": RDFS,
    "xsd": XSD,
    "void": VOID,
}

TYPE = NamedNode(RDF + "type")
_SAFE = re.compile(r"[A-Za-z0-9\-_.~]*")
_STANCE = {Stance.SUPPORTS: "Supports", Stance.OPPOSES: "Opposes", Stance.UNCLEAR: "Unclear"}
_BASIS = {
    Basis.LISTED: "Listed",
    Basis.CHAIR: "Chair",
    Basis.GUEST: "Guest",
    Basis.INFERRED: "InferredFromSpeaking",
    Basis.PROTOCOL: "StatedByOtherSource",
    Basis.OMITTED: "OmittedByOtherSource",
    Basis.ABSENT: "StatedAbsent",
}


def kg(name: str) -> NamedNode:
    return NamedNode(KG + name)


def _t(ns: str, name: str) -> NamedNode:
    return NamedNode(ns + name)


def _int(n: int) -> Literal:
    return Literal(str(n), datatype=NamedNode(XSD + "integer"))


def _bool(b: bool) -> Literal:
    return Literal("true" if b else "false", datatype=NamedNode(XSD + "boolean"))


class Minter:
    """Stable IRIs under one base."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def iri(self, *parts: str) -> NamedNode:
        # most parts are slugs already: quoting them is the cost of every claim, so skip it when safe
        return NamedNode(self.base + "/".join(p if _SAFE.fullmatch(p) else quote(p, safe="-_.~") for p in parts))

    def document(self, doc_id: str) -> NamedNode:
        return self.iri("document", doc_id)

    def graph(self, name: str) -> NamedNode:
        return self.iri("graph", name)

    def graph_of(self, node: NamedNode) -> NamedNode:
        """The named graph that describes one shared node: ``{base}person/x`` → ``{base}graph/person/x``."""
        return NamedNode(self.base + "graph/" + node.value[len(self.base) :])

    def person(self, person_id: str) -> NamedNode:
        return self.iri("person", person_id)

    def meeting(self, facts: DocumentFacts, s: Session) -> NamedNode:
        body = slug(s.body) if s.body else "body-unknown"
        if s.date:
            return self.iri("meeting", body, s.date)
        return self.iri("meeting", body, f"undated-{facts.doc_id}-{s.index}")

    def unit(self, unit: ArchivalUnit) -> NamedNode:
        papka = [f"papka-{unit.papka}"] if unit.papka else []
        file = [slug(unit.signature)] if unit.signature else [unit.fond, unit.opis, *papka, unit.delo]
        parts = ["unit", slug(unit.archive), *file]
        if unit.unnumbered:
            parts.append("unnumbered")
        elif unit.folios:
            parts.append("_".join(str(f) for f in unit.folios))
        return self.iri(*parts)

    def archive(self, name: str) -> NamedNode:
        return self.iri("archive", slug(name))


class _Graph:
    """Collects the quads of one named graph."""

    def __init__(self, graph: NamedNode):
        self.graph = graph
        self.quads: list[Quad] = []

    def add(self, s: NamedNode | BlankNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self.quads.append(Quad(s, p, o, self.graph))

    def text(self, s: NamedNode, p: NamedNode, value: str | None) -> None:
        if value is not None:
            self.add(s, p, Literal(value))


def _address(url: str) -> NamedNode:
    """The IRI of a page's address as the page gives it; one with characters no IRI holds (a canonical link's "|" or
    space) percent-encoded, rather than the build failing on it."""
    try:
        return NamedNode(url)
    except ValueError:
        return NamedNode(quote(url, safe=":/?#@!$&'()*+,;=%-._~"))


def document_quads(facts: DocumentFacts, m: Minter) -> list[Quad]:
    """The named graph of one document: what it says of its meetings, its claims, and the names it prints.

    People are described in graphs of their own (``person_quads``): a document's graph can be
    replaced alone (incremental builds) without touching anyone's preferred label, and a person
    described once is counted once when queries run over the union of the graphs.
    """
    g = _Graph(m.graph(facts.doc_id))
    doc = m.document(facts.doc_id)
    g.add(doc, TYPE, kg("Document"))
    g.text(doc, _t(DCT, "identifier"), facts.filename)
    g.text(doc, _t(DCT, "title"), facts.title)
    g.text(doc, kg("sha256"), facts.sha256)
    g.text(doc, kg("text"), facts.text)
    if facts.url:
        g.add(doc, _t(DCT, "source"), _address(facts.url))
    for pid, names in sorted(facts.variants.items()):
        for name in sorted(names - {facts.people[pid].label}):
            g.text(m.person(pid), _t(SKOS, "altLabel"), name)  # as this document prints the name
    for s in facts.sessions:
        _session(g, facts, s, m)
    return g.quads


def shared_graphs(
    facts: DocumentFacts, m: Minter, authority_variants: dict[str, tuple[str, ...]]
) -> dict[str, list[Quad]]:
    """The graphs a document needs that other documents share: one per meeting, person, archive file
    and archive.

    Each is the same whichever document writes it, so a build writes it once, and a meeting or a
    person is described once in the union of the graphs: a query over the union that joins a
    meeting's date, body and type gets one row, not one per combination of the documents that
    describe it (ten documents of a meeting made 1,000 rows of three statements). Where two documents
    spell a node differently (a person outside the authority file, a party's initials with or without
    a diacritic), the document built first writes it.
    """
    out = {}
    for s in facts.sessions:
        g = _meeting(facts, s, m)
        out[g.graph.value] = g.quads
    for person in facts.people.values():
        quads = person_quads(person, m, authority_variants.get(person.id, ()))
        out[quads[0].graph_name.value] = quads
    # (in the document's order, its first printing of a file writing the file's graph: "ő. e." and "ő.e." are one
    # file, and a set's order, which changes from run to run, made the label change with it)
    units = dict.fromkeys([c.unit for s in facts.sessions for c in s.citations])
    units |= dict.fromkeys(a.source for s in facts.sessions for a in s.attendance if a.source)
    for unit in units:
        for u in (unit, unit.file):
            g = _Graph(m.graph_of(m.unit(u)))
            if g.graph.value not in out:
                _unit(g, u, m)
                out[g.graph.value] = g.quads
        archive = m.archive(unit.archive)
        g = _Graph(m.graph_of(archive))
        g.add(archive, TYPE, _t(RICO, "CorporateBody"))
        g.text(archive, _t(RDFS, "label"), unit.archive)
        out[g.graph.value] = g.quads
    return out


def _meeting(facts: DocumentFacts, s: Session, m: Minter) -> _Graph:
    """The graph of one meeting: what identifies it (its body and date), whichever document describes it."""
    meeting = m.meeting(facts, s)
    g = _Graph(m.graph_of(meeting))
    g.add(meeting, TYPE, kg("Meeting"))
    g.text(meeting, _t(RDFS, "label"), f"{s.body or 'Meeting'}, {s.date or 'undated'}")
    if s.date:
        g.add(meeting, _t(DCT, "date"), Literal(s.date, datatype=NamedNode(XSD + "date")))
    g.text(meeting, kg("body"), s.body)
    return g


def _session(g: _Graph, facts: DocumentFacts, s: Session, m: Minter) -> None:
    """What one document says about a meeting: its protocol number and compiler, its items, every claim."""
    doc = m.document(facts.doc_id)
    meeting = m.meeting(facts, s)
    prefix = f"{s.index}-" if len(facts.sessions) > 1 else ""

    def claim_iri(kind: str, n: int) -> NamedNode:
        return m.iri("document", facts.doc_id, kind, f"{prefix}{n}")

    g.text(meeting, kg("protocolNumber"), s.protocol)
    if s.compiler:
        g.add(meeting, kg("compiler"), m.person(s.compiler.id))
    g.add(meeting, kg("describedIn"), doc)
    items = {}
    for it in s.items:
        item = claim_iri("item", it.order)
        items[it.order] = item
        g.add(item, TYPE, kg("AgendaItem"))
        g.add(item, kg("meeting"), meeting)
        g.text(item, kg("itemNumber"), it.number)
        g.add(item, kg("itemOrder"), _int(it.order))
        g.text(item, _t(DCT, "title"), it.title)

    def claim(kind: str, n: int, cls: str, span: Span, unit: ArchivalUnit | None) -> NamedNode:
        c = claim_iri(kind, n)
        g.add(c, TYPE, kg(cls))
        g.add(c, kg("document"), doc)
        g.add(c, kg("meeting"), meeting)
        if unit is not None:
            g.add(c, kg("supportedBy"), m.unit(unit))
        _evidence(g, c, doc, span)
        return c

    for n, a in enumerate(s.attendance, 1):
        _attendance(g, claim("attendance", n, "AttendanceClaim", a.span, a.source), a, m)
    notes_unit = next((c.unit for c in s.citations if c.notes_source), None)
    turns = {}
    for t in s.turns:
        c = claim("turn", t.seq, "SpeechTurn", t.span, notes_unit)
        turns[t.seq] = c
        if t.item in items:
            g.add(c, kg("agendaItem"), items[t.item])
        g.add(c, kg("seq"), _int(t.seq))
        g.add(c, kg("speaker"), m.person(t.person.id))
        g.text(c, kg("nameAsPrinted"), t.name)
        g.text(c, kg("text"), t.text)
    for n, mention in enumerate(s.mentions, 1):
        c = claim("mention", n, "Mention", mention.span, notes_unit if mention.turn else None)
        g.add(c, kg("person"), m.person(mention.person.id))
        g.text(c, kg("nameAsPrinted"), mention.name)
        if mention.turn in turns:
            g.add(c, kg("inTurn"), turns[mention.turn])
    for n, cit in enumerate(s.citations, 1):
        c = claim("citation", n, "Citation", cit.span, None)
        g.add(c, kg("unit"), m.unit(cit.unit))
        g.text(c, kg("rawReference"), cit.span.quote)
        g.add(c, kg("citationRole"), kg("NotesSource" if cit.notes_source else "OtherSource"))
    for p in s.positions:
        c = claim("position", p.turn, "Position", p.span, notes_unit)
        g.add(c, kg("turn"), turns[p.turn])
        g.add(c, kg("stance"), kg(_STANCE[p.stance]))
        g.text(c, kg("cue"), p.cue)
    for n, a in enumerate(s.assignments, 1):
        c = claim("assignment", n, "Assignment", a.span, notes_unit)
        if a.person is not None:
            g.add(c, kg("assignee"), m.person(a.person.id))
        else:
            org = m.iri("organisation", slug(a.organisation or a.name))
            g.add(c, kg("assignee"), org)
            g.add(org, TYPE, _t(RICO, "CorporateBody"))
            g.text(org, _t(RDFS, "label"), a.organisation)
        g.text(c, kg("nameAsPrinted"), a.name)
        g.text(c, kg("task"), a.task)
        if a.item in items:
            g.add(c, kg("agendaItem"), items[a.item])
    for n, d in enumerate(s.decisions, 1):
        c = claim("decision", n, "Decision", d.span, notes_unit)
        g.text(c, kg("decisionText"), d.text)
        if d.item in items:
            g.add(c, kg("agendaItem"), items[d.item])


def _attendance(g: _Graph, c: NamedNode, a: Attendance, m: Minter) -> None:
    g.add(c, kg("person"), m.person(a.person.id))
    g.add(c, kg("basis"), kg(_BASIS[a.basis]))
    g.add(c, kg("present"), _bool(a.basis.present))
    g.text(c, kg("nameAsPrinted"), a.name)


def _evidence(g: _Graph, claim: NamedNode, doc: NamedNode, span: Span) -> None:
    ev = NamedNode(claim.value + "/evidence")
    pos = NamedNode(ev.value + "/position")
    q = NamedNode(ev.value + "/quote")
    g.add(claim, kg("evidence"), ev)
    g.add(ev, TYPE, _t(OA, "SpecificResource"))
    g.add(ev, _t(OA, "hasSource"), doc)
    g.add(ev, _t(OA, "hasSelector"), pos)
    g.add(ev, _t(OA, "hasSelector"), q)
    g.add(pos, TYPE, _t(OA, "TextPositionSelector"))
    g.add(pos, _t(OA, "start"), _int(span.start))
    g.add(pos, _t(OA, "end"), _int(span.end))
    g.add(q, TYPE, _t(OA, "TextQuoteSelector"))
    g.add(q, _t(OA, "exact"), Literal(span.quote))


def _unit(g: _Graph, u: ArchivalUnit, m: Minter) -> None:
    node = m.unit(u)
    g.add(node, TYPE, kg("ArchivalUnit"))
    g.text(node, _t(RDFS, "label"), u.label)
    g.text(node, kg("archive"), u.archive)
    if u.signature:
        g.text(node, kg("signature"), u.signature)
    else:
        g.text(node, kg("fond"), u.fond)
        g.text(node, kg("opis"), u.opis)
        g.text(node, kg("delo"), u.delo)
    if u.papka:
        g.text(node, kg("papka"), u.papka)
    g.add(node, _t(RICO, "heldBy"), m.archive(u.archive))
    if u.folios or u.unnumbered:
        g.text(node, kg("folios"), u.folio_text)
        g.add(node, _t(RICO, "isOrWasIncludedIn"), m.unit(u.file))
    for i, f in enumerate(u.folios, 1):
        r = NamedNode(f"{node.value}/range/{i}")
        g.add(node, kg("folioRange"), r)
        g.add(r, TYPE, kg("FolioRange"))
        g.add(r, kg("firstFolio"), _int(f.first))
        g.add(r, kg("firstVerso"), _bool(f.first_verso))
        g.add(r, kg("lastFolio"), _int(f.last))
        g.add(r, kg("lastVerso"), _bool(f.last_verso))


def person_quads(person: PersonRef, m: Minter, authority_variants: tuple[str, ...]) -> list[Quad]:
    """The graph of one person: types, the one preferred label, and the authority file's variants."""
    g = _Graph(m.graph_of(m.person(person.id)))
    node = m.person(person.id)
    g.add(node, TYPE, _t(RICO, "Person"))
    g.add(node, TYPE, _t(PROV, "Agent"))
    g.text(node, _t(SKOS, "prefLabel"), person.label)
    for name in sorted(set(authority_variants) - {person.label}):
        g.text(node, _t(SKOS, "altLabel"), name)
    return g.quads


def dataset_quads(m: Minter, fingerprint: str, others: int) -> list[Quad]:
    """The dataset's own description in the ``meta`` graph: where its IRIs live, so a server or a
    dump knows the base the store was built with; the fingerprint of what built it, so the next
    build knows whether it may replace graphs one by one; and how many quads the store holds
    (``others`` in the other graphs), so the next build need not read them all to count them."""
    g = _Graph(m.graph("meta"))
    dataset = m.iri("dataset")
    g.add(dataset, TYPE, _t(VOID, "Dataset"))
    g.text(dataset, _t(VOID, "uriSpace"), m.base)
    g.text(dataset, kg("buildFingerprint"), fingerprint)
    g.text(dataset, _t(DCT, "title"), "kg: people, meetings and sources from Soviet-bloc leadership meeting notes")
    g.add(dataset, kg("quadCount"), _int(others + len(g.quads) + 1))  # + 1: this quad
    return g.quads
