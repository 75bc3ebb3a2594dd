"""The spaCy pipeline: a blank English pipeline plus our own rules.

Official statistical models cannot be downloaded here, and the genre is
regular enough that rules do better on it anyway: an ``entity_ruler`` fed by
the people authority, ``kg_person_context`` for people the authority does not
know ("Cde. X", initials + surname, "ambassador X", "Imre X"), and
``kg_archive_refs`` for archive references. Patterns are data files, loaded
in ``initialize``.
"""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.authority import Authority
from kg.refs import find_references

PATTERNS = Path(__file__).parent / "data" / "context_patterns.json"

# Abbreviations of the genre that must stay one token; the authority adds its own ("Khr.", "Vorosh.").
TOKENIZER_EXCEPTIONS = {abbr: [{ORTH: abbr}] for abbr in ("Cde.", "Cdes.", "Comr.", "Ciph.", "Tel.", "inapprop.")}

if not Span.has_extension("unit"):
    Span.set_extension("unit", default=None)


@Language.factory("kg_person_context", default_config={"patterns_path": str(PATTERNS)})
def make_person_context(nlp: Language, name: str, *, patterns_path: str) -> PersonContext:
    return PersonContext(nlp, name, patterns_path=patterns_path)


class PersonContext:
    """Marks as PERSON a capitalised surname that its context shows to be a person."""

    def __init__(self, nlp: Language, name: str, *, patterns_path: str):
        self.name = name
        self.patterns_path = patterns_path
        self.matcher = Matcher(nlp.vocab)

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        data = json.loads(Path(self.patterns_path).read_text(encoding="utf-8"))
        for key, patterns in data.items():
            if not key.startswith("_"):
                self.matcher.add(key, patterns)

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            first = start
            if key in ("cue_comrade", "role_name"):
                first = start + 1  # the cue word is not part of the name
            span = doc[first:end]
            if span.text.isupper() or any(t.is_space for t in span):
                continue
            found.append(Span(doc, first, end, label="PERSON"))
        if found:
            doc.ents = filter_spans(list(doc.ents) + found)
        return doc


@Language.component("kg_archive_refs")
def archive_refs(doc: Doc) -> Doc:
    """Archive references ("APRF, F. 3, Op. 64, D. 485, L. 132") as spans with their parsed unit."""
    spans = []
    for start, end, unit in find_references(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            span._.unit = unit
            spans.append(span)
    doc.spans["archive_ref"] = spans
    return doc


def make_pipeline(authority: Authority) -> Language:
    """A blank English pipeline with the tokenizer exceptions, the person rules and the reference finder."""
    nlp = spacy.blank("en")
    for orth, exc in TOKENIZER_EXCEPTIONS.items():
        nlp.tokenizer.add_special_case(orth, exc)
    patterns = []
    for person in authority.people.values():
        for variant in {person.label, *person.variants}:
            if " " not in variant and variant.endswith("."):
                nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])
            patterns.append({"label": "PERSON", "pattern": variant, "id": person.id})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    nlp.add_pipe("kg_person_context")
    nlp.add_pipe("kg_archive_refs")
    nlp.initialize()
    ruler.add_patterns(patterns)
    return nlp
