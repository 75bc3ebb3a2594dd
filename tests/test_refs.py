"""Archive references in every form the SPEC lists, and the format → parse round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import ArchiveReferenceError
from kg.facts import ArchivalUnit, Folios
from kg.refs import find_references, parse_reference


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("APRF, F. 3, Op. 64, D. 485, L. 132", "APRF, F. 3, Op. 64, D. 485, L. 132"),
        ("TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob", "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob"),
        ("TsKhSD, F. 3, Op. 12, D. 1006, LI. 41-45ob", "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob"),
        ("APRF, F. 3, Op. 64, D. 485, Ll. 143- 144", "APRF, F. 3, Op. 64, D. 485, Ll. 143-144"),
        ("TsKhSD, F. 3, Op. 12, D. 1006, L 52", "TsKhSD, F. 3, Op. 12, D. 1006, L. 52"),
        ("RGASPI, F. 17, Op. 3, D. 1090, Ll. 3, 7-9", "RGASPI, F. 17, Op. 3, D. 1090, Ll. 3, 7-9"),
        ("GARF, F. 5446, Op. 1, D. 12, unnumbered page", "GARF, F. 5446, Op. 1, D. 12, unnumbered page"),
        ("AVP RF, F. 06, Op. 18, D. 401, L. 5ob", "AVP RF, F. 06, Op. 18, D. 401, L. 5ob"),
        (
            "RGANI, Fond (F.) 3, Opis' (Op.) 12, Delo (D.) 1006, List (L.) 52",
            "RGANI, F. 3, Op. 12, D. 1006, L. 52",
        ),
        ("RGANI, F. 3, Op. 16, D. 947", "RGANI, F. 3, Op. 16, D. 947"),
    ],
)
def test_each_printed_form_reads_as_structure(printed, label):
    assert parse_reference(printed).label == label


def test_verso_folios_are_structure():
    unit = parse_reference("TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41ob-45ob")
    assert unit.folios == (Folios(41, True, 45, True),)
    assert (unit.archive, unit.fond, unit.opis, unit.delo) == ("TsKhSD", "3", "12", "1006")


def test_references_are_found_inside_a_sentence_with_their_offsets():
    text = 'See "Po VCh," APRF, F. 3, Op. 64, D. 485, L. 132.) The draft went to Mikoyan.'
    [(start, end, unit)] = list(find_references(text))
    assert text[start:end] == "APRF, F. 3, Op. 64, D. 485, L. 132"
    assert unit.label == "APRF, F. 3, Op. 64, D. 485, L. 132"


def test_a_box_and_folder_reference_is_not_an_archive_file():
    assert list(find_references("Open Society Archive (Budapest), Box 108, Folder 2, Report 66, pp. 1-11.")) == []


@pytest.mark.parametrize("bad", ["TsKhSD, F. 3, Op. 12", "F. 3, Op. 12, D. 1006", "Fond three", ""])
def test_an_incomplete_reference_is_refused(bad):
    with pytest.raises(ArchiveReferenceError):
        parse_reference(bad)


_folio = st.tuples(st.integers(1, 2000), st.booleans())


@st.composite
def units(draw) -> ArchivalUnit:
    ranges = []
    for _ in range(draw(st.integers(0, 3))):
        (a, av), (b, bv) = sorted([draw(_folio), draw(_folio)])
        ranges.append(Folios(a, av, b, bv))
    return ArchivalUnit(
        archive=draw(st.sampled_from(["APRF", "TsKhSD", "RGANI", "RGASPI", "GARF", "AVP RF"])),
        fond=str(draw(st.integers(1, 9999))),
        opis=str(draw(st.integers(1, 999))),
        delo=str(draw(st.integers(1, 99999))),
        folios=tuple(ranges),
        unnumbered=not ranges and draw(st.booleans()),
    )


@given(units())
def test_format_then_parse_gives_the_same_unit(unit):
    assert parse_reference(unit.label) == unit
