"""Plain fact records: the one contract between extraction and RDF.

``kg.extract`` produces these from text; ``kg.rdf`` turns them into quads.
Nothing downstream of this module looks at raw text again, so every record
carries the evidence span (offsets into ``Document.text`` and the quote)
that lets a reader check it against the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kg.errors import DocumentWarning


@dataclass(frozen=True)
class Span:
    """Character offsets into ``Document.text`` with the quoted text."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Folios:
    """One folio range, ``41-45ob`` → (41, False, 45, True)."""

    first: int
    first_verso: bool
    last: int
    last_verso: bool

    def __str__(self) -> str:
        first = f"{self.first}{'ob' if self.first_verso else ''}"
        last = f"{self.last}{'ob' if self.last_verso else ''}"
        return first if (self.first, self.first_verso) == (self.last, self.last_verso) else f"{first}-{last}"


@dataclass(frozen=True)
class ArchivalUnit:
    """An archive file (delo), or folios within it, as structure.

    An archive not arranged in fonds, opisi and dela (the party archives of Berlin, Warsaw, Budapest) gives
    its file by its own call number, the ``signature`` ("DY 30/J IV 2/2/689"), and its leaves by its own
    word (``leaf``: "Bl.", "k."); fond, opis and delo are then empty."""

    archive: str
    fond: str
    opis: str
    delo: str
    folios: tuple[Folios, ...] = ()
    unnumbered: bool = False
    papka: str = ""  # the folder between opis and delo in the foreign-policy archive (AVP RF, "P. 325")
    signature: str = ""
    leaf: str = ""

    @property
    def folio_text(self) -> str:
        if self.unnumbered:
            return "unnumbered page"
        return ", ".join(str(f) for f in self.folios)

    @property
    def file(self) -> ArchivalUnit:
        """The file-level unit this one is part of (itself when it names no folios)."""
        return ArchivalUnit(self.archive, self.fond, self.opis, self.delo, papka=self.papka, signature=self.signature)

    @property
    def label(self) -> str:
        """The reference as a historian writes it: ``TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob``,
        ``SAPMO-BArch, DY 30/J IV 2/2/689, Bl. 1-8``."""
        if self.signature:
            text = f"{self.archive}, {self.signature}"
            return f"{text}, {self.leaf} {self.folio_text}" if self.folios else text
        papka = f"P. {self.papka}, " if self.papka else ""
        text = f"{self.archive}, F. {self.fond}, Op. {self.opis}, {papka}D. {self.delo}"
        if self.unnumbered:
            return f"{text}, unnumbered page"
        if self.folios:
            single = len(self.folios) == 1 and self.folios[0].first == self.folios[0].last
            return f"{text}, {'L.' if single else 'Ll.'} {self.folio_text}"
        return text


class Basis(StrEnum):
    """On whose word a person is said to have been at a meeting."""

    LISTED = "listed"
    CHAIR = "chair"
    GUEST = "guest"
    INFERRED = "inferred"  # spoke although not listed
    PROTOCOL = "protocol"  # stated by another source (the formal protocol)
    OMITTED = "omitted"  # another source that could have named them does not
    ABSENT = "absent"  # the document says they were away: "Excused: X", "Present: the same, except X"

    @property
    def present(self) -> bool:
        """Whether a claim on this basis places the person at the meeting."""
        return self not in (Basis.OMITTED, Basis.ABSENT)


@dataclass(frozen=True)
class PersonRef:
    """A person as resolved from a name: an authority id, or a key minted from the name."""

    id: str
    label: str
    in_authority: bool


@dataclass(frozen=True)
class Citation:
    """The document cites an archive file at ``span``."""

    unit: ArchivalUnit
    span: Span
    notes_source: bool  # the archive file of the notes themselves


@dataclass(frozen=True)
class Attendance:
    person: PersonRef
    name: str  # as printed
    basis: Basis
    span: Span
    source: ArchivalUnit | None  # the archive file behind the claim, when known


@dataclass(frozen=True)
class AgendaItem:
    order: int
    number: str | None
    title: str | None
    span: Span


@dataclass(frozen=True)
class Turn:
    seq: int
    item: int | None  # AgendaItem.order
    person: PersonRef
    name: str
    text: str  # the speaker's words, without the notes or running heads a book's page prints amid them
    span: Span
    start: int  # where the words begin in the document's text
    from_list: bool = False  # a name in a list of those who spoke, with no text


@dataclass(frozen=True)
class Mention:
    person: PersonRef
    name: str
    span: Span
    turn: int | None = None  # Turn.seq when the mention is inside a turn


class Stance(StrEnum):
    """A speaker's stance on the proposal of the agenda item."""

    SUPPORTS = "supports"
    OPPOSES = "opposes"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class Position:
    turn: int  # Turn.seq
    stance: Stance
    cue: str  # the words that show the stance ("" when no cue was found)
    span: Span  # where the cue is, or the whole turn when there is none


@dataclass(frozen=True)
class Assignment:
    """A task given to one person or one organisation."""

    person: PersonRef | None
    organisation: str | None
    name: str  # as printed
    task: str
    item: int | None
    span: Span


@dataclass(frozen=True)
class Decision:
    item: int | None
    text: str
    span: Span


@dataclass
class Session:
    """One meeting as one document records it."""

    index: int
    span: Span
    date: str | None = None  # ISO; None when the text gives none
    body: str | None = None
    protocol: str | None = None
    title: str | None = None
    compiler: PersonRef | None = None
    items: list[AgendaItem] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)


@dataclass
class DocumentFacts:
    """Everything extracted from one file."""

    doc_id: str
    filename: str
    text: str
    sha256: str
    title: str | None
    url: str | None
    sessions: list[Session]
    people: dict[str, PersonRef] = field(default_factory=dict)
    variants: dict[str, set[str]] = field(default_factory=dict)  # person id → names as printed
    warnings: list[DocumentWarning] = field(default_factory=list)  # for the user; not written to the graph
