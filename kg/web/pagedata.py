"""What each resource page shows, gathered from the store into one small dataclass per page.

The templates only lay out what is here; every decision a historian relies on (which
claims conflict, which turns belong to which agenda item, what a basis is called) is made
in this module, where it can be tested without parsing HTML.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from markupsafe import Markup

from kg.web import pagequeries as q
from kg.web.highlight import Span, anchor, highlight
from kg.web.pagequeries import Row
from kg.web.site import Site
from kg.web.svg import BarChart, Event, Timeline, bar_chart, timeline

KINDS = {
    "AttendanceClaim": "attendance",
    "SpeechTurn": "turn",
    "Mention": "mention",
    "Citation": "citation",
    "Position": "position",
    "Assignment": "assignment",
    "Decision": "decision",
}


def local_name(iri: str) -> str:
    """The last segment of an IRI, a fallback name when the store has no label."""
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


MONTHS = "January February March April May June July August September October November December".split()


def human_date(value: str) -> str:
    """``1956-11-06`` → ``6 November 1956``, as a historian writes it; anything else unchanged."""
    day = parse_date(value)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else value


def number(value: str, default: int = 0) -> int:
    try:
        return int(value)
    except ValueError:
        return default


# the ontology's labels of the bases a page compares against, for a store without the ontology graph
_BASIS_LABELS = {"StatedAbsent": "absent", "OmittedByOtherSource": "omitted"}


def _basis(row: Row) -> Row:
    """Name the basis even when the ontology graph (which labels it) is missing, and say whether the claim is
    a record's own word that the person was away (``statedAbsent``), which pages word apart from a silence."""
    if not row.get("basis") and row.get("basisIri"):
        row["basis"] = _BASIS_LABELS.get(local_name(row["basisIri"]), local_name(row["basisIri"]))
    row["statedAbsent"] = "true" if local_name(row.get("basisIri", "")) == "StatedAbsent" else ""
    return row


def claim_kind(row: Row) -> str:
    """What kind of claim a row is, in words: "attendance (inferred)", "not recorded (omitted)", "turn 3"."""
    kind = KINDS.get(local_name(row.get("kind", "")), "claim")
    if kind == "attendance" and row.get("present") == "false":
        return "absent" if _basis(row)["statedAbsent"] else f"not recorded ({row.get('basis') or 'omitted'})"
    if kind == "attendance" and row.get("basis"):
        return f"attendance ({row['basis']})"
    if kind == "turn" and row.get("seq"):
        return f"turn {row['seq']}"
    return kind


def claim_caption(row: Row) -> str:
    """How a claim reads in a list or a tooltip: "attendance (inferred): Andrei Gromyko"."""
    who = row.get("name") or row.get("raw") or row.get("quote", "")
    return f"{claim_kind(row)}: {who}" if who else claim_kind(row)


def basis_legend(site: Site) -> list[Row]:
    return q.select(site, q.BASIS_LEGEND)


@dataclass
class PersonPage:
    iri: str
    title: str
    variants: list[str]
    attended: list[Row]
    not_recorded: list[Row]
    turns: list[Row]
    assignments: list[Row]
    mentions: list[Row]
    timeline: Timeline | None
    undated: list[Row]
    companions: BarChart | None
    legend: list[Row]


def person_page(site: Site, iri: str) -> PersonPage:
    label = next((r["label"] for r in q.select(site, q.PERSON, person=iri) if r["label"]), local_name(iri))
    variants = sorted({r["alt"] for r in q.select(site, q.PERSON_VARIANTS, person=iri)} - {label}, key=str.lower)
    attendance = [_basis(r) for r in q.select(site, q.PERSON_ATTENDANCE, person=iri)]
    turns = q.select(site, q.PERSON_TURNS, person=iri)
    meetings: dict[str, Row] = {}
    for row in [r for r in attendance if r["present"] == "true"] + turns:
        if row["meeting"]:
            meetings.setdefault(row["meeting"], row)
    events = [
        Event(day, site.local(m), f"{human_date(r['date'])}: {r['body'] or r['meetingLabel']}")
        for m, r in meetings.items()
        if (day := parse_date(r["date"]))
    ]
    companions = [
        (r["label"] or local_name(r["other"]), site.local(r["other"]), number(r["shared"]))
        for r in q.select(site, q.PERSON_COMPANIONS, person=iri)
    ]
    return PersonPage(
        iri=iri,
        title=label,
        variants=variants,
        attended=[r for r in attendance if r["present"] == "true"],
        not_recorded=[r for r in attendance if r["present"] != "true"],
        turns=sorted(turns, key=lambda r: (r["date"], r["meeting"], number(r["seq"]))),
        assignments=q.select(site, q.PERSON_ASSIGNMENTS, person=iri),
        mentions=q.select(site, q.PERSON_MENTIONS, person=iri),
        timeline=timeline(events),
        undated=[r for r in meetings.values() if not parse_date(r["date"])],
        companions=bar_chart(companions),
        legend=basis_legend(site),
    )


@dataclass
class Conflict:
    """One person whom one source places at the meeting and another leaves out."""

    person: str
    name: str
    present: list[Row]
    absent: list[Row]


@dataclass
class ItemTurns:
    item: Row | None  # None: turns not tied to an agenda item
    turns: list[Row]


@dataclass
class MeetingPage:
    iri: str
    title: str
    info: Row
    documents: list[Row]
    attendance: list[Row]
    conflicts: list[Conflict]
    agenda: list[Row]
    sections: list[ItemTurns]
    mentions: list[Row]
    legend: list[Row]


def meeting_page(site: Site, iri: str) -> MeetingPage:
    info = next(iter(q.select(site, q.MEETING, meeting=iri)), {})
    attendance = [_basis(r) for r in q.select(site, q.MEETING_ATTENDANCE, meeting=iri)]
    by_person: dict[str, list[Row]] = defaultdict(list)
    for row in attendance:
        row["name"] = row["name"] or local_name(row["person"])
        by_person[row["person"]].append(row)
    conflicts = []
    for person, rows in by_person.items():
        present = [r for r in rows if r["present"] == "true"]
        absent = [r for r in rows if r["present"] != "true"]
        if present and absent:
            conflicts.append(Conflict(person, rows[0]["name"], present, absent))
    flagged = {c.person for c in conflicts}
    for row in attendance:
        row["conflict"] = "yes" if row["person"] in flagged else ""
    agenda = sorted(q.select(site, q.MEETING_ITEMS, meeting=iri), key=lambda r: (number(r["itemOrder"]), r["item"]))
    turns = sorted(
        q.select(site, q.MEETING_TURNS, meeting=iri), key=lambda r: (number(r["seq"]), r["docId"], number(r["start"]))
    )
    grouped: dict[str, list[Row]] = defaultdict(list)
    for turn in turns:
        grouped[turn["item"]].append(turn)
    known = {r["item"] for r in agenda}
    loose = [t for key, ts in grouped.items() if key not in known for t in ts]
    sections = ([ItemTurns(None, loose)] if loose else []) + [ItemTurns(r, grouped[r["item"]]) for r in agenda]
    return MeetingPage(
        iri=iri,
        title=info.get("label") or local_name(iri),
        info=info,
        documents=q.select(site, q.MEETING_DOCUMENTS, meeting=iri),
        attendance=attendance,
        conflicts=conflicts,
        agenda=agenda,
        sections=sections,
        mentions=q.select(site, q.MEETING_MENTIONS, meeting=iri),
        legend=basis_legend(site),
    )


@dataclass
class MeetingClaims:
    meeting: Row
    claims: list[Row] = field(default_factory=list)


@dataclass
class UnitPage:
    iri: str
    title: str
    info: Row
    ranges: list[str]
    parts: list[Row]
    groups: list[MeetingClaims]
    citations: list[Row]


def folio_range(row: Row) -> str:
    """A kg:FolioRange in words: "folios 41 to 45 verso", "folio 52"."""

    def side(folio: str, verso: str) -> str:
        return f"{folio} verso" if verso == "true" else folio

    first, last = side(row["first"], row["firstVerso"]), side(row["last"], row["lastVerso"])
    return f"folio {first}" if first == last else f"folios {first} to {last}"


def unit_page(site: Site, iri: str) -> UnitPage:
    info = next(iter(q.select(site, q.UNIT, unit=iri)), {})
    groups: dict[str, MeetingClaims] = {}
    for row in q.select(site, q.UNIT_CLAIMS, unit=iri):
        row["kindLabel"] = claim_kind(row)
        groups.setdefault(row["meeting"], MeetingClaims(row)).claims.append(row)
    return UnitPage(
        iri=iri,
        title=info.get("label") or local_name(iri),
        info=info,
        ranges=[folio_range(r) for r in q.select(site, q.UNIT_RANGES, unit=iri)],
        parts=q.select(site, q.UNIT_PARTS, unit=iri),
        groups=list(groups.values()),
        citations=q.select(site, q.UNIT_CITATIONS, unit=iri),
    )


@dataclass
class DocumentPage:
    iri: str
    title: str
    info: Row
    meetings: list[Row]
    text: Markup
    claims: list[Row]
    skipped: int  # claims whose offsets fall outside the text


def document_page(site: Site, iri: str) -> DocumentPage:
    info = next(iter(q.select(site, q.DOCUMENT, doc=iri)), {})
    text = info.get("text", "")
    claims: dict[str, Row] = {}
    for row in q.select(site, q.DOCUMENT_CLAIMS, doc=iri):
        if row["claim"] not in claims:
            row["anchor"] = anchor(row["claim"])
            row["caption"] = claim_caption(row)
            claims[row["claim"]] = row
    spans = [Span(number(r["start"], -1), number(r["end"], -1), r["anchor"], r["caption"]) for r in claims.values()]
    inside = [s for s in spans if 0 <= s.start <= s.end <= len(text)]
    return DocumentPage(
        iri=iri,
        title=info.get("title") or info.get("docId") or local_name(iri),
        info=info,
        meetings=q.select(site, q.DOCUMENT_MEETINGS, doc=iri),
        text=highlight(text, inside),
        claims=list(claims.values()),
        skipped=len(spans) - len(inside),
    )
