"""What a historian checks first on the shipped corpus, through the canned queries."""

from __future__ import annotations


def test_sessions_have_dates_bodies_and_protocols(corpus_db, table):
    rows = {r["date"]: r for r in table(corpus_db, "sessions")}
    assert sorted(rows) == ["1956-10-21", "1956-11-06", "1956-11-27", "1962-05-21", "1981-04-16"]
    assert (rows["1956-11-06"]["body"], rows["1956-11-06"]["protocol"]) == ("CPSU CC Presidium", "53")
    assert rows["1981-04-16"]["body"] == "CPSU CC Politburo"
    assert rows["1956-11-27"]["compiler"] == "V. N. Chernukha"
    assert rows["1981-04-16"]["protocol"] == ""  # none printed, none invented


def test_27_november_protocol_adds_five_and_omits_gromyko(corpus_db, table):
    rows = [r for r in table(corpus_db, "attendance") if r["date"] == "1956-11-27"]
    protocol = sorted(r["name"].split()[-1] for r in rows if r["basis"] == "protocol")
    assert protocol == ["Belyaev", "Brezhnev", "Furtseva", "Pospelov", "Shvernik"]
    assert {r["source"] for r in rows if r["basis"] == "protocol"} == {"APRF, F. 3, Op. 64, D. 488, L. 181"}
    gromyko = [r for r in rows if r["name"] == "Andrei Gromyko"]
    assert [(r["basis"], r["source"], r["quote"]) for r in gromyko] == [
        ("inferred", "TsKhSD, F. 3, Op. 12, D. 1006, L. 52", "Grom.")
    ]


def test_6_november_voroshilov_present_on_the_strength_of_his_turn(corpus_db, table):
    rows = [r for r in table(corpus_db, "attendance") if r["date"] == "1956-11-06"]
    assert [(r["name"], r["basis"]) for r in rows if r["basis"] != "listed"] == [("Kliment Voroshilov", "inferred")]
    assert len([r for r in rows if r["basis"] == "listed"]) == 17


def test_6_november_turns_in_order_with_item_ii_speakers_last(corpus_db, table):
    rows = [r for r in table(corpus_db, "speeches") if r["date"] == "1956-11-06"]
    assert [int(r["seq"]) for r in rows] == list(range(1, 23))
    assert [(r["item"], r["name"].split()[-1], r["text"]) for r in rows[-2:]] == [
        ("II", "Zhukov", ""),
        ("II", "Shepilov", ""),
    ]
    assert rows[0]["text"] == "overall it should be adopted."
    assert not any(r["name"].endswith("Malenkov") and r["text"].startswith("(The text") for r in rows)


def test_every_citation_is_structure_with_its_raw_form_kept(corpus_db, table):
    rows = [r for r in table(corpus_db, "citations") if r["date"] == "1956-11-06"]
    notes = [r for r in rows if r["role"] == "notes"]
    assert [(r["archive"], r["fond"], r["opis"], r["delo"], r["folios"]) for r in notes] == [
        ("TsKhSD", "3", "12", "1006", "41-45ob")
    ]
    assert len(rows) == 7
    raw = _rows_sparql(corpus_db, "SELECT ?raw WHERE { ?c <https://w3id.org/malin-kg/ontology#rawReference> ?raw }")
    assert "TsKhSD, F. 3, Op. 12, D. 1006, LI. 41-45ob" in raw


def _rows_sparql(db, query):
    from kg.queries import select

    return [row[0] for row in select(db, query).rows]


def test_people_outside_the_room_are_mentioned_not_present(corpus_db, table):
    present = {r["name"] for r in table(corpus_db, "attendance") if r["date"] == "1956-11-06"}
    mentioned = set(
        _rows_sparql(
            corpus_db,
            """PREFIX kg: <https://w3id.org/malin-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT DISTINCT ?name WHERE { ?m a kg:Mention ; kg:person/skos:prefLabel ?name ;
              kg:meeting/dcterms:date "1956-11-06"^^<http://www.w3.org/2001/XMLSchema#date> }""",
        )
    )
    outside = {n for n in mentioned if n.split()[-1] in {"Rakosi", "Nagy", "Kadar", "Hegedus", "Soldatic", "Popovic"}}
    assert len(outside) == 6
    assert not outside & present


def test_the_overview_counts_what_the_tables_list(corpus_db, table):
    counts = {r["what"]: int(r["count"]) for r in table(corpus_db, "overview")}
    sessions = table(corpus_db, "sessions")
    assert counts["meetings"] == len({r["session"] for r in sessions}) == 5
    assert counts["documents"] == len({r["document"] for r in sessions}) == 5
    assert counts["speech turns"] == len(table(corpus_db, "speeches"))
    assert counts["decisions"] == len({r["claim"] for r in table(corpus_db, "decisions")})
