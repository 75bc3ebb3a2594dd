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
import re
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.attrs import FLAG19, FLAG63
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.authority import GIVEN_NAMES, Authority, fold
from kg.errors import KgError
from kg.names import word_list
from kg.refs import find_references
from kg.text import INITIAL_LETTER

PATTERNS = Path(__file__).parent / "data" / "context_patterns.json"
NOT_NAMES = Path(__file__).parent / "data" / "not_names.txt"
# A person's name as a model may find it: up to three initials, then one to three capitalised words.
_NAME_SHAPE = re.compile(rf"^(?:{INITIAL_LETTER}\s?){{0,3}}(?:[A-Z][a-zà-ž’'\-]+(?:\s|$)){{1,3}}$")

# Abbreviations of the genre that must stay one token; the authority adds its own ("Khr.", "Vorosh.").
ABBREVIATIONS = ("Cde.", "Cdes.", "Comr.", "Ciph.", "Tel.", "inapprop.")

if not Span.has_extension("unit"):
    Span.set_extension("unit", default=None)


@Language.factory(
    "kg_person_context", default_config={"patterns_path": str(PATTERNS), "given_names_path": str(GIVEN_NAMES)}
)
def make_person_context(nlp: Language, name: str, *, patterns_path: str, given_names_path: str) -> PersonContext:
    return PersonContext(nlp, name, patterns_path=patterns_path, given_names_path=given_names_path)


class PersonContext:
    """Marks as PERSON a capitalised surname that its context shows to be a person."""

    def __init__(self, nlp: Language, name: str, *, patterns_path: str, given_names_path: str):
        self.name = name
        self.patterns_path = patterns_path
        self.given_names_path = given_names_path
        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab, validate=False)  # the patterns as written are checked in initialize
        self.flags: dict[tuple[bool, frozenset[str]], int] = {}
        self.given: frozenset[str] = frozenset()  # the given names, folded

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        lists = {"@given_names": sorted(word_list(Path(self.given_names_path), keep_case=True))}
        self.given = frozenset(fold(w) for w in lists["@given_names"])
        data = json.loads(Path(self.patterns_path).read_text(encoding="utf-8"))
        for key, patterns in data.items():
            if not key.startswith("_"):
                patterns = [[_with_lists(token, lists) for token in pattern] for pattern in patterns]
                Matcher(self.vocab, validate=True).add(key, patterns)  # a mistake in the file, named
                self.matcher.add(key, [[self._flagged(token) for token in pattern] for pattern in patterns])

    def _flagged(self, token: dict) -> dict:
        """The token's word lists (``{"LOWER": {"IN": [...]}}``) as lexeme flags.

        The Matcher tests a list in Python at every token of the text, which took half this component's
        time; a flag is set once per word of the vocabulary and read as the Matcher's other attributes are.
        """
        out = {}
        for attr, value in token.items():
            if isinstance(value, dict) and list(value) == ["IN"] and attr.upper() in ("LOWER", "TEXT", "ORTH"):
                out[self._flag(attr.upper() == "LOWER", frozenset(value["IN"]))] = True
            else:
                out[attr] = value
        return out

    def _flag(self, lower: bool, words: frozenset[str]) -> int:
        """A flag for words of a list, read without their diacritics and case ("János" is the list's "Janos");
        a word of a list of printed forms (``TEXT``) must still open with a capital."""
        if (lower, words) not in self.flags:
            free = next(f for f in range(FLAG19, FLAG63 + 1) if f not in self.vocab.lex_attr_getters)
            folded = {fold(w) for w in words}

            def has(text: str) -> bool:  # (a word in plain ASCII folds to its small letters: the cheap path)
                key = text.lower() if text.isascii() else fold(text)
                return (lower or text[:1].isupper()) and key in folded

            self.flags[lower, words] = self.vocab.add_flag(has, free)
        return self.flags[lower, words]

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
            # a given name and a surname keep no id the people file gave the given name alone: "Wiesław Górnicki"
            # is not Gomułka by his pseudonym "Wiesław" (the whole is looked up by its text)
            kept = {(e.start, e.end) for e in doc.ents}
            for span in found:
                surname = len(span) > 1 and all(t.is_alpha for t in span[1:])  # not "Enlai(5", a marker run on
                if (span.start, span.end) in kept and surname and fold(span[0].text) in self.given:
                    for token in span:
                        token.ent_id = 0
        return doc


def _with_lists(token: dict, lists: dict[str, list[str]]) -> dict:
    """A token pattern with a word list kept in a file of its own ("@given_names") written out.

    :raises KgError: the pattern names a list there is no file for.
    """
    out = {}
    for attr, value in token.items():
        if isinstance(value, dict) and isinstance(value.get("IN"), str):
            if value["IN"] not in lists:
                raise KgError(f"context patterns: no word list {value['IN']!r} (known: {', '.join(lists)})")
            value = {"IN": lists[value["IN"]]}
        out[attr] = value
    return out


@Language.factory("kg_model_person_filter", default_config={"words_path": str(NOT_NAMES)})
def make_model_person_filter(nlp: Language, name: str, *, words_path: str) -> ModelPersonFilter:
    return ModelPersonFilter(words_path)


class ModelPersonFilter:
    """Drops a statistical model's PERSON entities that are not shaped like a name ("Top Secret\nSingle Copy")."""

    def __init__(self, words_path: str):
        self.words = word_list(Path(words_path))

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [e for e in doc.ents if e.label_ != "PERSON" or e.ent_id_ or self._name_like(e)]
        return doc

    def _name_like(self, ent: Span) -> bool:
        return bool(_NAME_SHAPE.match(ent.text)) and not any(t.lower_.rstrip(".") in self.words for t in ent)


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


def _keep_whole(tokenizer: Tokenizer, words: set[str]) -> None:
    """Keep ``words`` one token each, by ``token_match`` and a suffix rule rather than special cases.

    A special case met in a text stops spaCy's tokenizer from caching any later word of that
    text, and "Cde." comes early in most notes: as special cases they made tokenizing 2.5 times
    slower. ``token_match`` keeps a word whole where it stands alone or after punctuation ("(Cde.");
    the suffix rule splits it off whole after a dash ("Garinsyants—Cde.").
    """
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    whole, after = re.compile(alternatives).fullmatch, re.compile(rf"(?<![^\W\d_])(?:{alternatives})$").search
    match, suffix = tokenizer.token_match, tokenizer.suffix_search  # a model may have its own token_match
    tokenizer.token_match = whole if match is None else lambda text: whole(text) or match(text)
    tail = max(map(len, words)) + 1  # enough for the word and what stands before it: long runs stay linear
    suffix = _tail_first(suffix)
    tokenizer.suffix_search = lambda text: after(text[-tail:]) or suffix(text)


SUFFIX_WINDOW = 64  # far longer than any of spaCy's suffixes but its one run, ``\.\.+``


def _tail_first(search: Callable[..., re.Match | None]) -> Callable[[str], re.Match | None]:
    """spaCy's suffix search, tried on the end of the text first.

    spaCy strips suffixes one at a time and searches the whole rest of the word each time, so a run
    of 8,000 em dashes, or of opening brackets before a word, took 6 to 11 seconds (quadratic). The
    tokenizer needs only the suffix's length (``search`` is a compiled pattern's, which takes where to
    start). A match that starts inside the window is the one the whole text gives; a match at the
    window's edge may be a longer run (an ellipsis), and is looked for in the whole text. No match in
    the window means none in the text, as no suffix is longer than the window but a run, whose end is
    a match in its own right.
    """

    def tail_first(text: str) -> re.Match | None:
        if len(text) <= SUFFIX_WINDOW:
            return search(text)
        window = len(text) - SUFFIX_WINDOW  # searched from there, a lookbehind still sees what comes before
        found = search(text, window)
        return search(text) if found is not None and found.start() == window else found

    return tail_first


def make_pipeline(authority: Authority, model: str | None = None) -> Language:
    """Our rules on a blank English pipeline, or on an installed statistical ``model``.

    With a model, its named-entity recogniser runs after the authority's ``entity_ruler`` (which
    fixes the people it knows, so "Kadar" stays a person) and before the context rules; its other
    PERSON entities are people the authority does not know.

    :raises KgError: ``model`` is not installed.
    """
    if model is None:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])
        except OSError:
            raise KgError(f"spaCy model {model!r} is not installed (see requirements-model.txt)") from None
    patterns = []
    abbreviations = set(ABBREVIATIONS)
    for person in authority.people.values():
        for variant in {person.label, *person.variants}:
            if " " not in variant and variant.endswith("."):
                abbreviations.add(variant)
            patterns.append({"label": "PERSON", "pattern": variant, "id": person.id})
    _keep_whole(nlp.tokenizer, abbreviations)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"}, **where)
    if model is not None:
        nlp.add_pipe("kg_model_person_filter", after="ner")
    nlp.add_pipe("kg_person_context")
    nlp.add_pipe("kg_archive_refs")
    if model is None:
        nlp.initialize()
    else:  # initializing the whole pipeline would reset the model's trained weights
        nlp.get_pipe("kg_person_context").initialize(nlp=nlp)
    ruler.add_patterns(patterns)
    return nlp
