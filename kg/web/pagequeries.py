"""The SPARQL behind the HTML pages, in one place, and the one way they are run.

Every query reads the union of the named graphs (the people authority, the ontology and
one graph per document), because a page about a person needs all of them at once. Values
reach a query as bound terms (pyoxigraph ``substitutions``), never as text: pyoxigraph only
binds a variable of a SELECT projection, so each query projects the variable it is given.
Optional parts stay OPTIONAL so that a store built from unfamiliar documents, where a
label or a date is missing, still gives a page rather than an empty one.

The queries are shaped for pyoxigraph's planner, which does not know that a substituted
variable is bound and joins a many-triple OPTIONAL against the whole store: a query about one
resource starts from it (``{ ?person a rico:Person } LATERAL { ... }``), and each OPTIONAL hangs
from one triple, with its further parts nested in it. Written the plain way, a person's page
took 47 s at 10,000 documents.
"""

from __future__ import annotations

from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions, Variable

from kg.queries import term_text
from kg.web.site import Site

Row = dict[str, str]

PREFIXES = """\
PREFIX kg: <https://w3id.org/malin-kg/ontology#>
PREFIX rico: <https://www.ica.org/standards/RiC/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


def solutions(site: Site, sparql: str, **bind: str) -> QuerySolutions:
    """Run a SELECT with each keyword bound to an IRI; the raw solutions, for callers that need term kinds."""
    subs = {Variable(k): NamedNode(v) for k, v in bind.items()}
    result = site.store.query(PREFIXES + sparql, substitutions=subs, use_default_graph_as_union=True)
    assert isinstance(result, QuerySolutions)
    return result


def select(site: Site, sparql: str, **bind: str) -> list[Row]:
    """Run a SELECT with each keyword bound to an IRI; rows of plain strings ("" when unbound)."""
    result = solutions(site, sparql, **bind)
    names = [v.value for v in result.variables]
    return [{n: term_text(row[n]) for n in names} for row in result]


def ask(site: Site, sparql: str, **bind: str) -> bool:
    """Run an ASK with each keyword bound to an IRI."""
    subs = {Variable(k): NamedNode(v) for k, v in bind.items()}
    result = site.store.query(PREFIXES + sparql, substitutions=subs, use_default_graph_as_union=True)
    assert isinstance(result, QueryBoolean)
    return bool(result)


EXISTS = "ASK { { ?s ?p ?o } UNION { ?x ?y ?s } }"

TYPES = "SELECT DISTINCT ?s ?type WHERE { ?s a ?type }"

# One readable name for any resource, whatever vocabulary labels it.
LABEL = """SELECT ?s (SAMPLE(?l) AS ?label) WHERE {
  ?s skos:prefLabel|rdfs:label|dcterms:title|dcterms:identifier ?l } GROUP BY ?s"""

BASIS_LEGEND = """SELECT DISTINCT ?concept ?label ?definition WHERE {
  ?concept skos:inScheme kg:AttendanceBasis ; skos:prefLabel ?label .
  OPTIONAL { ?concept skos:definition ?definition } } ORDER BY ?label"""

# The source of a claim: the archive file behind it, else the document making it.
_SOURCE = """
  OPTIONAL { ?claim kg:document ?doc . OPTIONAL { ?doc dcterms:identifier ?docId } }
  OPTIONAL { ?claim kg:supportedBy ?unit . OPTIONAL { ?unit rdfs:label ?unitLabel } }
  OPTIONAL { ?claim kg:evidence ?evidence
             OPTIONAL { ?evidence oa:hasSelector ?quoteSelector . ?quoteSelector oa:exact ?quote }
             OPTIONAL { ?evidence oa:hasSelector ?startSelector . ?startSelector oa:start ?start } }"""

_MEETING = """
  OPTIONAL { ?meeting rdfs:label ?meetingLabel } OPTIONAL { ?meeting dcterms:date ?date }
  OPTIONAL { ?meeting kg:body ?body }"""

# The meeting a claim is about, where a claim need not name one: nested, so that a claim without
# a meeting leaves the meeting's columns empty instead of matching every labelled resource.
_CLAIM_MEETING = f"""
  OPTIONAL {{ ?claim kg:meeting ?meeting {_MEETING} }}"""

_BASIS = """
  ?claim kg:basis ?basisIri ; kg:present ?present .
  OPTIONAL { ?basisIri skos:prefLabel ?basis }"""

_STANCE = """
  OPTIONAL { ?position kg:turn ?claim OPTIONAL { ?position kg:cue ?cue }
             OPTIONAL { ?position kg:stance ?stanceIri OPTIONAL { ?stanceIri skos:prefLabel ?stance } } }"""

_ITEM = """
  OPTIONAL { ?claim kg:agendaItem ?item . OPTIONAL { ?item kg:itemOrder ?itemOrder }
             OPTIONAL { ?item kg:itemNumber ?itemNumber } OPTIONAL { ?item dcterms:title ?itemTitle } }"""

PERSON = "SELECT ?person (SAMPLE(?l) AS ?label) WHERE { ?person skos:prefLabel ?l } GROUP BY ?person"

PERSON_VARIANTS = "SELECT DISTINCT ?person ?alt WHERE { ?person skos:altLabel ?alt } ORDER BY LCASE(?alt)"

PERSON_ATTENDANCE = f"""SELECT DISTINCT ?person ?claim ?meeting ?meetingLabel ?date ?body ?basisIri ?basis ?present
  ?printed ?doc ?docId ?unit ?unitLabel ?quote ?start WHERE {{ {{ ?person a rico:Person }} LATERAL {{
  ?claim kg:person ?person ; a kg:AttendanceClaim ; kg:meeting ?meeting . {_BASIS}
  OPTIONAL {{ ?claim kg:nameAsPrinted ?printed }} {_MEETING} {_SOURCE}
}} }} ORDER BY ?date ?meeting ?docId ?start"""

PERSON_TURNS = f"""SELECT DISTINCT ?person ?claim ?meeting ?meetingLabel ?date ?body ?seq ?printed ?text ?stance
  ?item ?itemOrder ?itemNumber ?itemTitle ?doc ?docId ?unit ?unitLabel ?quote ?start WHERE {{
  {{ ?person a rico:Person }} LATERAL {{
  ?claim kg:speaker ?person ; a kg:SpeechTurn . {_STANCE}
  {_CLAIM_MEETING} OPTIONAL {{ ?claim kg:seq ?seq }}
  OPTIONAL {{ ?claim kg:nameAsPrinted ?printed }} OPTIONAL {{ ?claim kg:text ?text }} {_ITEM} {_SOURCE}
}} }} ORDER BY ?date ?meeting ?seq"""

PERSON_ASSIGNMENTS = f"""SELECT DISTINCT ?person ?claim ?meeting ?meetingLabel ?date ?body ?task ?printed
  ?item ?itemOrder ?itemNumber ?itemTitle ?doc ?docId ?unit ?unitLabel ?quote ?start WHERE {{
  {{ ?person a rico:Person }} LATERAL {{
  ?claim kg:assignee ?person ; a kg:Assignment ; kg:task ?task .
  {_CLAIM_MEETING} OPTIONAL {{ ?claim kg:nameAsPrinted ?printed }} {_ITEM} {_SOURCE}
}} }} ORDER BY ?date ?meeting ?start"""

PERSON_MENTIONS = f"""SELECT DISTINCT ?person ?claim ?meeting ?meetingLabel ?date ?body ?printed
  ?turn ?turnSeq ?speaker ?speakerLabel ?turnText ?doc ?docId ?unit ?unitLabel ?quote ?start WHERE {{
  {{ ?person a rico:Person }} LATERAL {{
  ?claim kg:person ?person ; a kg:Mention .
  {_CLAIM_MEETING} OPTIONAL {{ ?claim kg:nameAsPrinted ?printed }}
  OPTIONAL {{ ?claim kg:inTurn ?turn . OPTIONAL {{ ?turn kg:seq ?turnSeq }} OPTIONAL {{ ?turn kg:text ?turnText }}
             OPTIONAL {{ ?turn kg:speaker ?speaker OPTIONAL {{ ?speaker skos:prefLabel ?speakerLabel }} }} }}
  {_SOURCE}
}} }} ORDER BY ?date ?meeting ?docId ?start"""

# Who else a source places at the meetings a source places this person at.
PERSON_COMPANIONS = """SELECT ?person ?other (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?meeting) AS ?shared) WHERE {
  { ?person a rico:Person } LATERAL {
  ?a kg:person ?person ; a kg:AttendanceClaim ; kg:present true ; kg:meeting ?meeting .
  ?b kg:meeting ?meeting ; a kg:AttendanceClaim ; kg:present true ; kg:person ?other .
  FILTER(?other != ?person)
  OPTIONAL { ?other skos:prefLabel ?l } }
} GROUP BY ?person ?other ORDER BY DESC(?shared) ?label LIMIT 12"""

MEETING = """SELECT ?meeting (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?date) (SAMPLE(?b) AS ?body)
  (SAMPLE(?p) AS ?protocol) (SAMPLE(?c) AS ?compiler) (SAMPLE(?cl) AS ?compilerLabel) WHERE {
  ?meeting a kg:Meeting .
  OPTIONAL { ?meeting rdfs:label ?l } OPTIONAL { ?meeting dcterms:date ?d } OPTIONAL { ?meeting kg:body ?b }
  OPTIONAL { ?meeting kg:protocolNumber ?p }
  OPTIONAL { ?meeting kg:compiler ?c . OPTIONAL { ?c skos:prefLabel ?cl } }
} GROUP BY ?meeting"""

MEETING_DOCUMENTS = """SELECT DISTINCT ?meeting ?doc ?docId ?title WHERE {
  ?meeting kg:describedIn ?doc .
  OPTIONAL { ?doc dcterms:identifier ?docId } OPTIONAL { ?doc dcterms:title ?title }
} ORDER BY ?docId"""

MEETING_ATTENDANCE = f"""SELECT DISTINCT ?meeting ?claim ?person ?name ?basisIri ?basis ?present ?printed
  ?doc ?docId ?unit ?unitLabel ?quote ?start WHERE {{ {{ ?meeting a kg:Meeting }} LATERAL {{
  ?claim kg:meeting ?meeting ; a kg:AttendanceClaim ; kg:person ?person . {_BASIS}
  OPTIONAL {{ ?person skos:prefLabel ?name }} OPTIONAL {{ ?claim kg:nameAsPrinted ?printed }} {_SOURCE}
}} }} ORDER BY ?name ?person DESC(?present) ?docId ?start"""

MEETING_ITEMS = """SELECT DISTINCT ?meeting ?item ?itemOrder ?itemNumber ?itemTitle WHERE {
  { ?meeting a kg:Meeting } LATERAL {
  ?item kg:meeting ?meeting ; a kg:AgendaItem .
  OPTIONAL { ?item kg:itemOrder ?itemOrder } OPTIONAL { ?item kg:itemNumber ?itemNumber }
  OPTIONAL { ?item dcterms:title ?itemTitle } }
} ORDER BY ?itemOrder ?item"""

MEETING_TURNS = f"""SELECT DISTINCT ?meeting ?claim ?seq ?speaker ?name ?printed ?text ?item ?stance ?cue
  ?doc ?docId ?unit ?unitLabel ?quote ?start WHERE {{ {{ ?meeting a kg:Meeting }} LATERAL {{
  ?claim kg:meeting ?meeting ; a kg:SpeechTurn . {_STANCE}
  OPTIONAL {{ ?claim kg:seq ?seq }} OPTIONAL {{ ?claim kg:text ?text }} OPTIONAL {{ ?claim kg:nameAsPrinted ?printed }}
  OPTIONAL {{ ?claim kg:agendaItem ?item }}
  OPTIONAL {{ ?claim kg:speaker ?speaker . OPTIONAL {{ ?speaker skos:prefLabel ?name }} }} {_SOURCE}
}} }} ORDER BY ?seq ?docId ?start"""

MEETING_MENTIONS = """SELECT ?meeting ?person (SAMPLE(?l) AS ?name) (COUNT(DISTINCT ?claim) AS ?times)
  (GROUP_CONCAT(DISTINCT ?printed; separator=" · ") AS ?printedAs) WHERE { { ?meeting a kg:Meeting } LATERAL {
  ?claim kg:meeting ?meeting ; a kg:Mention ; kg:person ?person .
  OPTIONAL { ?claim kg:nameAsPrinted ?printed } OPTIONAL { ?person skos:prefLabel ?l } }
} GROUP BY ?meeting ?person ORDER BY DESC(?times) ?name"""

UNIT = """SELECT ?unit (SAMPLE(?l) AS ?label) (SAMPLE(?a) AS ?archive) (SAMPLE(?f) AS ?fond) (SAMPLE(?o) AS ?opis)
  (SAMPLE(?d) AS ?delo) (SAMPLE(?s) AS ?signature) (SAMPLE(?fo) AS ?folios) (SAMPLE(?h) AS ?heldBy)
  (SAMPLE(?hl) AS ?heldByLabel)
  (SAMPLE(?p) AS ?parent) (SAMPLE(?pl) AS ?parentLabel) WHERE {
  ?unit a kg:ArchivalUnit .
  OPTIONAL { ?unit rdfs:label ?l } OPTIONAL { ?unit kg:archive ?a } OPTIONAL { ?unit kg:fond ?f }
  OPTIONAL { ?unit kg:opis ?o } OPTIONAL { ?unit kg:delo ?d } OPTIONAL { ?unit kg:signature ?s }
  OPTIONAL { ?unit kg:folios ?fo }
  OPTIONAL { ?unit rico:heldBy ?h . OPTIONAL { ?h rdfs:label ?hl } }
  OPTIONAL { ?unit rico:isOrWasIncludedIn ?p . OPTIONAL { ?p rdfs:label ?pl } }
} GROUP BY ?unit"""

UNIT_RANGES = """SELECT DISTINCT ?unit ?range ?first ?firstVerso ?last ?lastVerso WHERE {
  ?unit kg:folioRange ?range .
  OPTIONAL { ?range kg:firstFolio ?first } OPTIONAL { ?range kg:firstVerso ?firstVerso }
  OPTIONAL { ?range kg:lastFolio ?last } OPTIONAL { ?range kg:lastVerso ?lastVerso }
} ORDER BY ?first ?range"""

UNIT_PARTS = """SELECT ?unit ?part (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
  ?part rico:isOrWasIncludedIn ?unit .
  OPTIONAL { ?part rdfs:label ?l } OPTIONAL { ?claim kg:supportedBy ?part }
} GROUP BY ?unit ?part ORDER BY ?label"""

# Every claim resting on the file; ?kind is the claim's class, ?who the person it is about.
UNIT_CLAIMS = f"""SELECT DISTINCT ?unit ?claim ?kind ?meeting ?meetingLabel ?date ?body ?who ?name ?basisIri ?basis
  ?present ?seq ?doc ?docId ?unitLabel ?quote ?start WHERE {{ {{ ?unit a kg:ArchivalUnit }} LATERAL {{
  ?claim kg:supportedBy ?unit ; a ?kind .
  FILTER(?kind IN (kg:AttendanceClaim, kg:SpeechTurn, kg:Mention)) {_CLAIM_MEETING}
  OPTIONAL {{ ?claim kg:person|kg:speaker ?who . OPTIONAL {{ ?who skos:prefLabel ?name }} }}
  OPTIONAL {{ ?claim kg:basis ?basisIri . OPTIONAL {{ ?basisIri skos:prefLabel ?basis }} }}
  OPTIONAL {{ ?claim kg:present ?present }} OPTIONAL {{ ?claim kg:seq ?seq }} {_SOURCE}
}} }} ORDER BY ?date ?meeting ?docId ?start ?kind ?claim"""

UNIT_CITATIONS = f"""SELECT DISTINCT ?unit ?claim ?raw ?role ?meeting ?meetingLabel ?date ?body ?doc ?docId
  ?unitLabel ?quote ?start WHERE {{ {{ ?unit a kg:ArchivalUnit }} LATERAL {{
  ?claim kg:unit ?unit ; a kg:Citation .
  OPTIONAL {{ ?claim kg:rawReference ?raw }}
  OPTIONAL {{ ?claim kg:citationRole ?roleIri . OPTIONAL {{ ?roleIri skos:prefLabel ?role }} }}
  {_CLAIM_MEETING} {_SOURCE}
}} }} ORDER BY ?date ?docId ?start"""

DOCUMENT = """SELECT ?doc (SAMPLE(?i) AS ?docId) (SAMPLE(?t) AS ?title) (SAMPLE(?s) AS ?source)
  (SAMPLE(?h) AS ?sha256) (SAMPLE(?x) AS ?text) WHERE {
  ?doc a kg:Document .
  OPTIONAL { ?doc dcterms:identifier ?i } OPTIONAL { ?doc dcterms:title ?t } OPTIONAL { ?doc dcterms:source ?s }
  OPTIONAL { ?doc kg:sha256 ?h } OPTIONAL { ?doc kg:text ?x }
} GROUP BY ?doc"""

DOCUMENT_MEETINGS = f"""SELECT DISTINCT ?doc ?meeting ?meetingLabel ?date ?body WHERE {{
  ?meeting kg:describedIn ?doc . {_MEETING}
}} ORDER BY ?date ?meeting"""

DOCUMENT_CLAIMS = """SELECT DISTINCT ?doc ?claim ?kind ?name ?basis ?present ?seq ?raw ?start ?end ?quote WHERE {
  { ?doc a kg:Document } LATERAL {
  ?claim kg:document ?doc ; a ?kind ; kg:evidence ?evidence .
  FILTER(?kind IN (kg:AttendanceClaim, kg:SpeechTurn, kg:Mention, kg:Citation, kg:Position, kg:Assignment, kg:Decision))
  ?evidence oa:hasSelector ?startSelector . ?startSelector oa:start ?start ; oa:end ?end .
  OPTIONAL { ?claim kg:evidence ?quoted
             OPTIONAL { ?quoted oa:hasSelector ?quoteSelector . ?quoteSelector oa:exact ?quote } }
  OPTIONAL { ?claim kg:person|kg:speaker|kg:assignee ?who . OPTIONAL { ?who skos:prefLabel|rdfs:label ?name } }
  OPTIONAL { ?claim kg:basis ?basisIri . OPTIONAL { ?basisIri skos:prefLabel ?basis } }
  OPTIONAL { ?claim kg:present ?present } OPTIONAL { ?claim kg:seq ?seq } OPTIONAL { ?claim kg:rawReference ?raw } }
} ORDER BY ?start DESC(?end) ?claim"""

RESOURCE_OUT = """SELECT ?s ?p ?o (SAMPLE(?l) AS ?label) WHERE {
  ?s ?p ?o . OPTIONAL { ?o skos:prefLabel|rdfs:label|dcterms:title|dcterms:identifier ?l }
} GROUP BY ?s ?p ?o ORDER BY ?p ?o"""

RESOURCE_IN = """SELECT ?o ?s ?p (SAMPLE(?l) AS ?label) WHERE {
  ?s ?p ?o . OPTIONAL { ?s skos:prefLabel|rdfs:label|dcterms:title|dcterms:identifier ?l }
} GROUP BY ?o ?s ?p ORDER BY ?p ?s LIMIT 500"""

# The home page's three lists. Each count is its own grouped sub-query, joined to its list once: counted
# inside one group, a person's attendances times their mentions made the rows to count.
INDEX_MEETINGS = """SELECT ?meeting ?label ?date ?body ?protocol ?attendees ?turns WHERE {
  { SELECT ?meeting (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?date) (SAMPLE(?b) AS ?body) (SAMPLE(?p) AS ?protocol) WHERE {
    ?meeting a kg:Meeting .
    OPTIONAL { ?meeting rdfs:label ?l } OPTIONAL { ?meeting dcterms:date ?d } OPTIONAL { ?meeting kg:body ?b }
    OPTIONAL { ?meeting kg:protocolNumber ?p } } GROUP BY ?meeting }
  OPTIONAL { SELECT ?meeting (COUNT(DISTINCT ?person) AS ?attendees) WHERE {
    ?a a kg:AttendanceClaim ; kg:meeting ?meeting ; kg:person ?person ; kg:present true } GROUP BY ?meeting }
  OPTIONAL { SELECT ?meeting (COUNT(DISTINCT ?turn) AS ?turns) WHERE {
    ?turn a kg:SpeechTurn ; kg:meeting ?meeting } GROUP BY ?meeting }
} ORDER BY ?date ?label"""

INDEX_PEOPLE = """SELECT ?person ?label (COALESCE(?attended, 0) AS ?meetings) (COALESCE(?mentioned, 0) AS ?mentions)
WHERE {
  { SELECT ?person (SAMPLE(?l) AS ?label) WHERE { ?person a rico:Person OPTIONAL { ?person skos:prefLabel ?l } }
    GROUP BY ?person }
  OPTIONAL { SELECT ?person (COUNT(DISTINCT ?meeting) AS ?attended) WHERE {
    ?a a kg:AttendanceClaim ; kg:person ?person ; kg:present true ; kg:meeting ?meeting } GROUP BY ?person }
  OPTIONAL { SELECT ?person (COUNT(DISTINCT ?mention) AS ?mentioned) WHERE {
    ?mention a kg:Mention ; kg:person ?person } GROUP BY ?person }
}"""

INDEX_DOCUMENTS = """SELECT ?doc (SAMPLE(?i) AS ?docId) (SAMPLE(?t) AS ?title) WHERE {
  ?doc a kg:Document . OPTIONAL { ?doc dcterms:identifier ?i } OPTIONAL { ?doc dcterms:title ?t }
} GROUP BY ?doc ORDER BY ?docId"""
