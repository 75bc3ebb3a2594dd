"""Archive references in every form the SPEC lists, and the format → parse round trip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ArchiveReferenceError
from kg.facts import ArchivalUnit, Folios
from kg.rdf import Minter
from kg.refs import find_references, incomplete_references, parse_reference


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("APRF, F. 3, Op. 64, D. 485, L. 132", "APRF, F. 3, Op. 64, D. 485, L. 132"),
        ("TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob", "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob"),
        ("TsKhSD, F. 3, Op. 12, D. 1006, LI. 41-45ob", "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob"),
        ("APRF, F. 3, Op. 64, D. 485, Ll. 143- 144", "APRF, F. 3, Op. 64, D. 485, Ll. 143-144"),
        ("RGANI. F. 89. Op. 66. D. 6. L. 1—8.", "RGANI, F. 89, Op. 66, D. 6, Ll. 1-8"),  # a typescript's em dash
        ("TsKhSD, F. 3, Op. 12, D. 1006, L 52", "TsKhSD, F. 3, Op. 12, D. 1006, L. 52"),
        ("RGASPI, F. 17, Op. 3, D. 1090, Ll. 3, 7-9", "RGASPI, F. 17, Op. 3, D. 1090, Ll. 3, 7-9"),
        ("RGANI, F. 3, Op. 10, D. 71, Ll. 1-6 and 40-47", "RGANI, F. 3, Op. 10, D. 71, Ll. 1-6, 40-47"),
        ("GARF, F. 5446, Op. 1, D. 12, unnumbered page", "GARF, F. 5446, Op. 1, D. 12, unnumbered page"),
        ("AVP RF, F. 06, Op. 18, D. 401, L. 5ob", "AVP RF, F. 06, Op. 18, D. 401, L. 5ob"),
        (
            "RGANI, Fond (F.) 3, Opis' (Op.) 12, Delo (D.) 1006, List (L.) 52",
            "RGANI, F. 3, Op. 12, D. 1006, L. 52",
        ),
        ("RGANI, F. 3, Op. 16, D. 947", "RGANI, F. 3, Op. 16, D. 947"),
        # an archive's stamp, its words spelled out with "No." before each number, over three lines
        ("RGANI\nFond No. 3, Opis’ No. 22\nDelo No. 12, Listy 14–19ob", "RGANI, F. 3, Op. 22, D. 12, Ll. 14-19ob"),
        # ... or abbreviated, "No." or "№" still before each number
        ("RGANI, F. No. 3, Op. No. 22, D. No. 12, Ll. 14-19", "RGANI, F. 3, Op. 22, D. 12, Ll. 14-19"),
        ("RGANI, F. № 5, Op. № 30, D. № 4, L. 8", "RGANI, F. 5, Op. 30, D. 4, L. 8"),
        ("RGANI, f. 3, op. 14, d. 6, l. 52", "RGANI, F. 3, Op. 14, D. 6, L. 52"),
        ("TsKhSD, F. 89, Op. 42, D. 53, LL. 2-5", "TsKhSD, F. 89, Op. 42, D. 53, Ll. 2-5"),
        ("GARF, F. R-5446, Op. 1, D. 2, L. 3", "GARF, F. R-5446, Op. 1, D. 2, L. 3"),
        ("AVP RF, F. 0129, Op. 44, Papka 325, D. 9, L. 12", "AVP RF, F. 0129, Op. 44, P. 325, D. 9, L. 12"),
        ("AVP RF, f. 07, op. 30, p. 5, d. 41, ll. 8-9", "AVP RF, F. 07, Op. 30, P. 5, D. 41, Ll. 8-9"),
        ("TsA FSB, F. 8os, Op. 1, D. 12, L. 4", "TsA FSB, F. 8os, Op. 1, D. 12, L. 4"),
        ("TsAMO RF, F. 16a, Op. 3139, D. 2", "TsAMO RF, F. 16a, Op. 3139, D. 2"),
        ("RGVA, F. 4, Op. 14, D. 1200, L. 7ob", "RGVA, F. 4, Op. 14, D. 1200, L. 7ob"),
        ("RGANI, F. 3, Op. l6, D. 948, Ll. 114-116ob", "RGANI, F. 3, Op. 16, D. 948, Ll. 114-116ob"),  # OCR: l for 1
        ("RGANI. F. 3. Op. 12. D. 1O09. LI. 48—53 ob.", "RGANI, F. 3, Op. 12, D. 1009, Ll. 48-53ob"),  # OCR: O for 0
        ("RGANI, F.89, Op.42 D.21., Ll. 1–14", "RGANI, F. 89, Op. 42, D. 21, Ll. 1-14"),  # a stop and a comma
        ("RGANI, F. 3, Op. 8, D. 389, Ll. l2-15", "RGANI, F. 3, Op. 8, D. 389, Ll. 12-15"),  # ... in a folio too
        (
            "RGANI, F. 3, Op. 12, D. 1009, LI. 3l-35ob.",
            "RGANI, F. 3, Op. 12, D. 1009, Ll. 31-35ob",
        ),  # ... after a digit
        ("RGANI, f. 3, op. 14, d. 209, ll. 10-l7", "RGANI, F. 3, Op. 14, D. 209, Ll. 10-17"),
        ("TsKhSD, F. 89, Op. I4, D. l2, L. 3", "TsKhSD, F. 89, Op. 14, D. 12, L. 3"),
        ("AVP RF, F. 07, Op. 30, P. l5, D. 41, L. 8", "AVP RF, F. 07, Op. 30, P. 15, D. 41, L. 8"),
        ("GARF, F. R-l446, Op. 1, D. 2", "GARF, F. R-1446, Op. 1, D. 2"),
        ("APRF. F. 3. Op. 111. D. 229. L. 57-63", "APRF, F. 3, Op. 111, D. 229, Ll. 57-63"),  # a Russian edition
        ("AP RF, F. 3, Op. 69, D. 1221, L. 3", "APRF, F. 3, Op. 69, D. 1221, L. 3"),  # one archive, two spellings
        ("APRF, F. 3, 0p. 82, D. 140, Ll. 34-37", "APRF, F. 3, Op. 82, D. 140, Ll. 34-37"),  # OCR: 0 for O
        ("RGANI. F. З. Op. 8. D. 238. LI. 41-44 ob.", "RGANI, F. 3, Op. 8, D. 238, Ll. 41-44ob"),  # OCR: Cyrillic Ze
        ("RGANI, F. 89, Op, 9, D, 35, LI. 1-14", "RGANI, F. 89, Op. 9, D. 35, Ll. 1-14"),  # OCR: a comma for a stop
        ("AVPRF, F. 06, Op. 18, D. 401, L. 5", "AVP RF, F. 06, Op. 18, D. 401, L. 5"),
        (
            "RGANI, f. 3, op. 12, d. 1008, folios 12-14",
            "RGANI, F. 3, Op. 12, D. 1008, Ll. 12-14",
        ),  # the word in English
        # ... and the translations' own words for the leaves after the delo
        ("RGANI, F. 3, Op. 72, D. 315, Bl. 1-38", "RGANI, F. 3, Op. 72, D. 315, Ll. 1-38"),  # a German edition's
        ("RGANI, f. 5, op. 49, d. 757, pp. 201-206.", "RGANI, F. 5, Op. 49, D. 757, Ll. 201-206"),
        ("RGANI, f. 3, op. 8, d. 21, fols. 3-9ob.", "RGANI, F. 3, Op. 8, D. 21, Ll. 3-9ob"),
        (
            "AVP RF, F. 6, Op. 13, P. 4, D. 9, pp. 15-16",
            "AVP RF, F. 6, Op. 13, P. 4, D. 9, Ll. 15-16",
        ),  # (papka before)
    ],
)
def test_each_printed_form_reads_as_structure(printed, label):
    assert parse_reference(printed).label == label


def test_a_single_p_after_a_delo_is_no_leaf():
    """A single "p." after a delo is AVP RF's papka of a further file, or a page of another text, not its leaf."""
    text = "AVP RF, F. 06, Op. 1, P. 5, D. 30; P. 6, D. 31, L. 4. RGANI, F. 3, Op. 14, D. 12. P. 5 of the protocol."
    assert [u.label for _, _, u in find_references(text)] == [
        "AVP RF, F. 06, Op. 1, P. 5, D. 30",
        "AVP RF, F. 06, Op. 1, P. 6, D. 31, L. 4",
        "RGANI, F. 3, Op. 14, D. 12",
    ]


def test_verso_folios_are_structure():
    unit = parse_reference("TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41ob-45ob")
    assert unit.folios == (Folios(41, True, 45, True),)
    assert (unit.archive, unit.fond, unit.opis, unit.delo) == ("TsKhSD", "3", "12", "1006")


def test_references_are_found_inside_a_sentence_with_their_offsets():
    text = 'See "Po VCh," APRF, F. 3, Op. 64, D. 485, L. 132.) The draft went to Mikoyan.'
    [(start, end, unit)] = list(find_references(text))
    assert text[start:end] == "APRF, F. 3, Op. 64, D. 485, L. 132"
    assert unit.label == "APRF, F. 3, Op. 64, D. 485, L. 132"


def test_an_archive_named_in_two_words_is_kept_whole():
    [(start, _, unit)] = list(find_references("KGB files (TsA FSB, F. 3, Op. 1, D. 2, L. 5) confirm it."))
    assert (unit.archive, unit.fond) == ("TsA FSB", "3")
    assert start == len("KGB files (")


def test_capitals_on_the_lines_above_are_no_archive_s_name():
    """A document's closing "SECRETARY OF THE CC" over its source line is not part of the archive's name."""
    text = "SECRETARY OF THE CC\n\nRGANI, F. 4, Op. 24, D. 1121, Ll. 3-5ob. The draft is in D. 1122."
    [(start, end, unit)] = find_references(text)
    assert (text[start:end], unit.archive) == ("RGANI, F. 4, Op. 24, D. 1121, Ll. 3-5ob.", "RGANI")


def test_an_archive_s_name_broken_at_a_line_s_end():
    [(_, _, unit)] = find_references("The cable is held in AVP\nRF, F. 059a, Op. 4, P. 6, D. 5, L. 12.")
    assert unit.archive == "AVP RF"


def test_an_archive_spelled_out_is_read_by_its_abbreviation():
    text = "Archive of the President of the Russian Federation (APRF), Fond (F.) 3, Opis' (Op.) 65, Delo (D.) 904, List (L.) 131."
    assert [unit.label for _, _, unit in find_references(text)] == ["APRF, F. 3, Op. 65, D. 904, L. 131"]


def test_the_papka_is_a_level_of_its_own():
    unit = parse_reference("AVP RF, F. 0129, Op. 44, Papka 325, D. 9, L. 12")
    assert (unit.archive, unit.fond, unit.opis, unit.papka, unit.delo) == ("AVP RF", "0129", "44", "325", "9")
    assert unit.file.label == "AVP RF, F. 0129, Op. 44, P. 325, D. 9"
    # the same delo number in another papka is another file
    assert unit.file != parse_reference("AVP RF, F. 0129, Op. 44, P. 326, D. 9").file


def test_further_files_cited_on_share_archive_fond_and_opis():
    text = "See TsKhSD, F. 3, Op. 12, D. 1006, L. 43; D. 1007, L. 5, and Op. 13, D. 20, Ll. 1-2."
    found = list(find_references(text))
    assert [unit.label for _, _, unit in found] == [
        "TsKhSD, F. 3, Op. 12, D. 1006, L. 43",
        "TsKhSD, F. 3, Op. 12, D. 1007, L. 5",
        "TsKhSD, F. 3, Op. 13, D. 20, Ll. 1-2",
    ]
    # each is quoted as printed, so its evidence span points at its own delo
    assert [text[a:b] for a, b, _ in found[1:]] == ["D. 1007, L. 5", "Op. 13, D. 20, Ll. 1-2"]


def test_folios_joined_by_and_are_the_file_s_but_a_further_file_after_and_is_its_own():
    text = (
        "RGANI, F. 3, Op. 10, D. 71, L. 5 and D. 72, Ll. 6 and 9, and the protocol of 3 June; RGANI, F. 3, Op. 8, "
        "D. 12, Ll. 1-6, 12-14, and 40-47; RGANI, F. 3, Op. 8, D. 14, Ll. 41-45 and 2 pages of annexes."
    )
    assert [unit.label for _, _, unit in find_references(text)] == [
        "RGANI, F. 3, Op. 10, D. 71, L. 5",
        "RGANI, F. 3, Op. 10, D. 72, Ll. 6, 9",
        "RGANI, F. 3, Op. 8, D. 12, Ll. 1-6, 12-14, 40-47",
        "RGANI, F. 3, Op. 8, D. 14, Ll. 41-45",
    ]


def test_an_initial_after_a_reference_is_not_a_further_file():
    text = "RGANI, F. 3, Op. 14, D. 6, L. 52; D. T. Shepilov signed the draft."
    assert [unit.label for _, _, unit in find_references(text)] == ["RGANI, F. 3, Op. 14, D. 6, L. 52"]


def test_a_reference_that_stops_before_its_delo_is_reported_where_it_opens():
    text = "RGANI, f. 3, op. 14, d. 6; TsA FSB, F. 8os, Op. 1 (torn); GARF, F. R-5446, no more."
    assert [text[i : i + 7] for i in incomplete_references(text)] == ["TsA FSB", "GARF, F"]
    # a signature in capitals over a complete reference is no archive's name run on into it
    for signed in ("CC SECRETARY\n\nRGANI. F. 3. Op. 10. D. 71. Ll. 1-6.", "M. SUSLOV\n\nRGANI, F. 4, Op. 18, D. 1124"):
        assert list(incomplete_references(signed)) == []


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
        archive=draw(st.sampled_from(["APRF", "TsKhSD", "RGANI", "RGASPI", "GARF", "AVP RF", "TsA FSB", "TsAMO RF"])),
        fond=draw(st.sampled_from(["", "R-", "P-"])) + str(draw(st.integers(1, 9999))),
        opis=str(draw(st.integers(1, 999))),
        delo=str(draw(st.integers(1, 99999))),
        folios=tuple(ranges),
        unnumbered=not ranges and draw(st.booleans()),
        papka=draw(st.sampled_from(["", "325", "12a"])),
    )


@given(units())
def test_format_then_parse_gives_the_same_unit(unit):
    assert parse_reference(unit.label) == unit


@pytest.mark.parametrize(
    ("printed", "label", "signature"),
    [
        ("SAPMO-BArch, DY 30/J IV 2/2/689, Bl. 1-8", "SAPMO-BArch, DY 30/J IV 2/2/689, Bl. 1-8", "DY 30/J IV 2/2/689"),
        ("SAPMO-BArch DY 30/J IV 2/201/1190, Bl. 1-62", "SAPMO-BArch, DY 30/J IV 2/201/1190, Bl. 1-62", None),
        ("SAPMO, DY 30/IV 2/2.035/54", "SAPMO-BArch, DY 30/IV 2/2.035/54", "DY 30/IV 2/2.035/54"),
        (
            "AAN, KC PZPR, sygn. XIA/111, k. 212-230",
            "AAN, KC PZPR, sygn. XIA/111, k. 212-230",
            "KC PZPR, sygn. XIA/111",
        ),
        ("AAN, KC PZPR, sygn. 1748, pp. 201-209", "AAN, KC PZPR, sygn. 1748, pp. 201-209", None),
        ("MNL OL, M-KS 288. f. 5/467. ő.e.", "MNL OL, M-KS 288. f. 5/467. ő.e.", "M-KS 288. f. 5/467. ő.e."),
        ("MOL, M-KS 288. f. 5/211. ő.e., pp. 3-9", "MOL, M-KS 288. f. 5/211. ő.e., pp. 3-9", None),
        # a collection's "ff." for the folios
        (
            "MNL OL, M-KS 288. f. 5/3. ő. e., ff. 1–9",
            "MNL OL, M-KS 288. f. 5/3. ő. e., ff. 1-9",
            "M-KS 288. f. 5/3. ő. e.",
        ),
        ("AAN, KC PZPR, XIA/113, pp. 1-52", "AAN, KC PZPR, XIA/113, pp. 1-52", "KC PZPR, XIA/113"),
        (
            "Národní archiv (Prague), Archiv ÚV KSČ, fond 02/1, sv. 71, a. j. 112",
            "Národní archiv, Archiv ÚV KSČ, fond 02/1, sv. 71, a. j. 112",
            "Archiv ÚV KSČ, fond 02/1, sv. 71, a. j. 112",
        ),
        (
            "Státní ústřední archiv (SÚA), Archiv ÚV KSČ, F. 02/1, sv. 70, a.j. 123",
            "Státní ústřední archiv, Archiv ÚV KSČ, F. 02/1, sv. 70, a.j. 123",
            None,
        ),
        (
            "ANIC, fond CC al PCR – Cancelarie, dosar 3/1979, f. 2-24",
            "ANIC, fond CC al PCR – Cancelarie, dosar 3/1979, f. 2-24",
            "fond CC al PCR – Cancelarie, dosar 3/1979",
        ),
        (
            "TsDA, F. 1B, Op. 66, A.E. 1843, L. 1-15",
            "TsDA, F. 1B, Op. 66, A.E. 1843, L. 1-15",
            "F. 1B, Op. 66, A.E. 1843",
        ),
        (
            "TsPA, f. 1-B, op. 34, a. e. 92, ll. 3-8",
            "TsPA, f. 1-B, op. 34, a. e. 92, ll. 3-8",
            "f. 1-B, op. 34, a. e. 92",
        ),
        ("TsPA, F. 1-B, Op. 35, A.E. 600a", "TsPA, F. 1-B, Op. 35, A.E. 600a", "F. 1-B, Op. 35, A.E. 600a"),
        # the Czech fond by its number in the new inventory, the archive by its initials
        (
            "NA, f. 1261/0/11, sv. 116, a. j. 119, l. 1–52",
            "Národní archiv, f. 1261/0/11, sv. 116, a. j. 119, l. 1-52",
            "f. 1261/0/11, sv. 116, a. j. 119",
        ),
        (
            "Národní archiv (NA), Prague, f. KSČ-ÚV 1261/0/7, sv.29,a.j.31, l. 1-12",
            "Národní archiv, f. KSČ-ÚV 1261/0/7, sv.29,a.j.31, l. 1-12",
            "f. KSČ-ÚV 1261/0/7, sv.29,a.j.31",
        ),
    ],
)
def test_an_archive_of_call_numbers_names_its_file_by_its_signature(printed, label, signature):
    """The party archives in Berlin, Warsaw, Budapest, Bucharest and Sofia give a file by their own call number,
    not fond, opis and delo (Sofia's fond and opis lead to an archival unit, "A.E."): kg keeps it whole as the file's signature, with the archive's own word for its leaves."""
    unit = parse_reference(printed)
    assert unit.label == label and (unit.fond, unit.opis, unit.delo) == ("", "", "")
    assert signature is None or unit.signature == signature
    assert parse_reference(unit.label) == unit
    text = f"The East German record ({printed}) names him; see also RGANI, F. 3, Op. 16, D. 947."
    assert [u.label for _, _, u in find_references(text)] == [label, "RGANI, F. 3, Op. 16, D. 947"]


def test_a_file_given_by_its_call_number_has_an_iri_of_it():
    m = Minter("https://example.org/id/")
    unit = parse_reference("SAPMO-BArch, DY 30/J IV 2/2/689, Bl. 1-8")
    assert m.unit(unit).value == "https://example.org/id/unit/sapmo-barch/dy-30-j-iv-2-2-689/1-8"
    assert m.unit(unit.file).value == "https://example.org/id/unit/sapmo-barch/dy-30-j-iv-2-2-689"


def test_the_papka_is_part_of_the_file_s_iri():
    m = Minter("https://example.org/id/")
    in_325 = parse_reference("AVP RF, F. 0129, Op. 44, P. 325, D. 9, L. 12")
    assert m.unit(in_325).value == "https://example.org/id/unit/avp-rf/0129/44/papka-325/9/12"
    assert m.unit(in_325.file).value == "https://example.org/id/unit/avp-rf/0129/44/papka-325/9"
    # without a papka the IRI is as before, so existing links stay stable
    assert m.unit(parse_reference("APRF, F. 3, Op. 64, D. 488, L. 181")).value.endswith("unit/aprf/3/64/488/181")


@given(st.text(max_size=300))
def test_any_text_is_a_reference_or_our_error(text):
    try:
        unit = parse_reference(text)
    except ArchiveReferenceError as e:
        assert str(e).startswith("not an archive reference (archive, F., Op., D. expected): ")
    else:
        assert parse_reference(unit.label) == unit


@settings(max_examples=300)
@given(units(), st.data())
def test_a_mutated_reference_is_a_reference_or_our_error(unit, data):
    label = unit.label
    at = data.draw(st.integers(0, len(label)))
    cut = data.draw(st.integers(0, 5))
    mutated = label[:at] + data.draw(st.text(max_size=5)) + label[at + cut :]
    try:
        parse_reference(mutated)
    except ArchiveReferenceError:
        pass
    head = None
    for start, end, found in find_references(mutated):
        if " ".join(mutated[start:end].split()).startswith(found.archive):  # a whole one reads the same alone
            head = mutated[start:end]
            assert parse_reference(head) == found
        else:  # a further file cited on ("; D. 1007") reads the same after the whole reference alone
            assert head is not None
            assert list(find_references(f"{head}; {mutated[start:end]}"))[-1][2] == found


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # each "ibid." the reference just before it, itself an "ibid." or not
        (
            "(1) RGANI, F. 3, Op. 14, D. 1, L. 5. (2) Ibid., l. 6. (3) APRF, F. 3, Op. 64, D. 485, L. 143. "
            "(4) Ibid., l. 150.",
            ["RGANI, F. 3, Op. 14, D. 1, L. 5", "RGANI, F. 3, Op. 14, D. 1, L. 6"]
            + ["APRF, F. 3, Op. 64, D. 485, L. 143", "APRF, F. 3, Op. 64, D. 485, L. 150"],
        ),
        # "ibid." with another file: the same archive and fond, and opis unless it restates it
        (
            "RGANI, F. 4, Op. 18, D. 1045, Ll. 7-8. The record: ibid., Op. 19, D. 37, Ll. 88-91; the draft: ibid., "
            "D. 38; AVP RF, F. 0102, Op. 12, P. 70, D. 5, L. 3; ibid., Op. 13, D. 6, L. 4.",
            [
                "RGANI, F. 4, Op. 18, D. 1045, Ll. 7-8",
                "RGANI, F. 4, Op. 19, D. 37, Ll. 88-91",
                "RGANI, F. 4, Op. 19, D. 38",
            ]
            + ["AVP RF, F. 0102, Op. 12, P. 70, D. 5, L. 3", "AVP RF, F. 0102, Op. 13, D. 6, L. 4"],
        ),
        # not an edition's document ("Ibid., Dok. 38"), nor after another archive named ("is in APRF; ibid., ...")
        (
            "RGANI, F. 3, Op. 14, D. 398, Ll. 41-44; published in: Dokumente zur Deutschlandpolitik, IV/8, Dok. 37. "
            "Ibid., Dok. 38. RGASPI, F. 17, Op. 3, D. 5, L. 2. The reply is in APRF; ibid., Op. 162, D. 20.",
            ["RGANI, F. 3, Op. 14, D. 398, Ll. 41-44", "RGASPI, F. 17, Op. 3, D. 5, L. 2"],
        ),
        # after a citation kg cannot read, "ibid." is none of the files before it
        (
            "(1) The notes: RGANI, F. 3, Op. 14, D. 251, L. 1. (2) His report is in GDA, F. 1, Op. 16, "
            "Spr. 270, Ark. 12. (3) He repeated it at the plenum: ibid., l. 40.",
            ["RGANI, F. 3, Op. 14, D. 251, L. 1"],
        ),
        # a call number stops at its last part, on its line
        (
            "Digital Archive, SAPMO-BArch, DY 30/J IV 2/2/689 Obtained and translated for CWIHP.",
            ["SAPMO-BArch, DY 30/J IV 2/2/689"],
        ),
        ("SAPMO-BArch, DY 30/J IV 2/2/689\n42 Ulbricht spoke first.", ["SAPMO-BArch, DY 30/J IV 2/2/689"]),
        ("SAPMO-BArch, DY 30/vorl. SED 41570, Bl. 3-5.", ["SAPMO-BArch, DY 30/vorl. SED 41570, Bl. 3-5"]),
        # a file with no archive, of the same file or fond as the reference before it, is of that one's archive; not
        # a copy another collection holds, nor one of another fond
        (
            "The draft (RGANI, f.3, op.69, d.1125, l.2) lacks him. The directives follow the protocol in the same file: "
            "fond 3, opis 69, delo 1124, listy 5-11.",
            ["RGANI, F. 3, Op. 69, D. 1125, L. 2", "RGANI, F. 3, Op. 69, D. 1124, Ll. 5-11"],
        ),
        (
            "Source: RGANI, F. 89, Op. 14, D. 35, Ll. 1-9. Also in the Volkogonov Collection (Fond 89, Perechen 14, "
            "Dokument 35). The reply is in the same fond: F. 5, Op. 30, D. 12.",
            ["RGANI, F. 89, Op. 14, D. 35, Ll. 1-9"],
        ),
    ],
)
def test_what_ibid_and_call_numbers_leave_alone(text, labels):
    assert [unit.label for _, _, unit in find_references(text)] == labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("MNL OL, M–KS 288. f. 5/396. ő.e., 1–22. l.", "MNL OL, M–KS 288. f. 5/396. ő.e., l. 1-22"),
        ("(MNL OL, M-KS 288. f. 5/107. ő.e., 1-14.l. Typescript.", "MNL OL, M-KS 288. f. 5/107. ő.e., l. 1-14"),
    ],
)
def test_hungarian_leaves_after_their_numbers(text, label):
    """A Hungarian citation prints the leaves' word (levél) after their numbers, and may set an en dash in "M–KS":
    the leaves are the file's folios."""
    [(_, _, unit)] = find_references(text)
    assert unit.label == label
