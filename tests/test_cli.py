"""The command line, in process, with the exact output a user sees."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.paths import CORPUS
from kg.queries import canned
from kg.rdf import DEFAULT_BASE


@pytest.fixture(scope="module")
def run(corpus_store):
    def invoke(*args: str, store: bool = True):
        extra = ["--store", str(corpus_store)] if store else []
        return CliRunner().invoke(cli, [*args, *extra])

    return invoke


def _csv(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


def test_build_reports_what_it_built(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    *warnings, built = result.output.splitlines()
    # the three copies that stop mid-word are named, and still built
    assert warnings == [
        f"Warning: {CORPUS / name}:{line}: the text stops mid-sentence (a truncated copy?)"
        for name, line in [
            ("1956-10-21_presidium-poland.txt", 26),
            ("1962-05-21_cpsu-presidium-protocol-32-cuba.txt", 10),
            ("1981-04-16_cpsu-politburo-session-poland.txt", 24),
        ]
    ]
    assert built.startswith(f"Built {tmp_path / 's'}: 5 documents, 5 sessions, ")


def test_build_names_each_bad_document_and_exits_3(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text((CORPUS / "1981-04-16_cpsu-politburo-session-poland.txt").read_text())
    (corpus / "latin1.txt").write_bytes("Présent: Khrushchev\n".encode("latin-1"))
    result = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(tmp_path / "s")])
    assert result.exit_code == 3
    assert (
        f"Error: {corpus / 'latin1.txt'}:1: not UTF-8 text: byte 0xe9 cannot be decoded; save the file as UTF-8"
        in result.output
    )
    assert "1 documents, 1 sessions" in result.output and "1 documents skipped" in result.output


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("sessions", ["session", "date", "body", "protocol", "document"]),
        ("attendance", ["session", "date", "person", "name", "basis", "source"]),
        ("speeches", ["session", "date", "item", "seq", "person", "name", "text"]),
        ("citations", ["date", "archive", "fond", "opis", "delo", "folios", "label", "claim"]),
        ("conflicts", ["session", "date", "person", "name", "asserted_by", "not_asserted_by"]),
    ],
)
def test_canned_queries_have_the_spec_columns(run, name, columns):
    result = run("query", name, "--format", "csv")
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[0].split(",")
    assert header[: len(columns)] == columns or set(columns) <= set(header)


def test_conflicts_show_the_gromyko_case(run):
    rows = _csv(run("query", "conflicts", "--format", "csv").output)
    assert [(r["date"], r["name"], r["asserted_by"], r["not_asserted_by"]) for r in rows] == [
        ("1956-11-27", "Andrei Gromyko", "TsKhSD, F. 3, Op. 12, D. 1006, L. 52", "APRF, F. 3, Op. 64, D. 488, L. 181")
    ]


def test_person_query_binds_its_parameter(run):
    rows = json.loads(run("query", "person", "--param", "name=voroshilov", "--format", "json").output)
    assert {r["label"] for r in rows} == {"Kliment Voroshilov"}
    spoke = [r for r in rows if r["role"] == "spoke" and r["date"] == "1956-11-06"]
    assert [r["text"] for r in spoke] == [
        "Cde. Molotov's statements are fundamentally correct. But in this case it's impossible to adopt."
    ]
    assert "name" not in rows[0]  # the parameter is not echoed as a column


PER_MEETING = sorted(name for name, query in canned().items() if "session" in query.optional)


@pytest.mark.parametrize("name", PER_MEETING)
def test_the_session_parameter_gives_one_meetings_rows_of_the_whole_table(run, name):
    everything = _csv(run("query", name, "--format", "csv").output)
    sessions = sorted({r["session"] for r in everything})
    assert sessions, f"the corpus has no {name} rows to compare"
    for session in sessions:
        # the IRI in full, and as the table prints it (relative to the store's base)
        for given in (session, session.removeprefix(DEFAULT_BASE)):
            result = run("query", name, "--param", f"session={given}", "--format", "csv")
            assert result.exit_code == 0, result.output
            wanted = [{k: v for k, v in r.items() if k != "session"} for r in everything if r["session"] == session]
            assert _csv(result.output) == wanted


def test_a_session_that_is_no_meeting_has_no_rows_and_a_non_iri_is_refused(run):
    result = run("query", "attendance", "--param", "session=meeting/nobody/1900-01-01", "--format", "csv")
    assert result.exit_code == 0 and len(result.output.splitlines()) == 1
    refused = run("query", "attendance", "--param", "session=<x> }")
    assert refused.exit_code == 2
    assert refused.output == "Error: --param session='<x> }' is not an IRI\n"


@pytest.mark.parametrize("hostile", ['") } ; DROP ALL ; #', "' } UNION { ?s ?p ?o } #", "\\u0022", ".*"])
def test_a_hostile_parameter_is_only_a_string(run, hostile):
    result = run("query", "person", "--param", f"name={hostile}", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "person,label,date,session,role,basis,item,seq,position,quote,text,source,claim"
    ]
    assert len(_csv(run("query", "sessions", "--format", "csv").output)) == 5


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_parameter_is_refused_not_matched_against_everyone(run, blank):
    result = run("query", "person", "--param", f"name={blank}")
    assert result.exit_code == 2
    assert result.output.startswith("Error: query 'person' needs --param name=VALUE (part of the person's name")


def test_unknown_query(run):
    result = run("query", "nosuch")
    assert result.exit_code == 2
    assert result.output == (
        "Error: no canned query named 'nosuch'; known: assignments, attendance, citations, conflicts, decisions, "
        "instructions, overview, person, positions, sessions, speeches\n"
    )


def test_missing_and_unknown_parameters(run):
    missing = run("query", "person")
    assert missing.exit_code == 2
    assert missing.output.startswith("Error: query 'person' needs --param name=VALUE (part of the person's name")
    unknown = run("query", "sessions", "--param", "year=1956")
    assert unknown.output == "Error: query 'sessions' has no parameter 'year' (parameters: none)\n"


def test_query_without_a_store(tmp_path):
    result = CliRunner().invoke(cli, ["query", "sessions", "--store", str(tmp_path / "none")])
    assert result.exit_code == 4
    assert result.output == f"Error: {tmp_path / 'none'}: no store here; run `kg build` first\n"


def test_sparql_ad_hoc(run):
    query = "PREFIX kg: <https://w3id.org/malin-kg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?t a kg:SpeechTurn }"
    result = run("sparql", query, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert int(result.output.splitlines()[1]) == 48


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * where { service <http://127.0.0.1:9/> { ?s ?p ?o } }",
    ],
)
def test_sparql_refuses_service(run, query):
    result = run("sparql", query)
    assert result.exit_code == 2
    assert result.output == "Error: SERVICE is refused: kg answers from its own store only.\n"


def test_sparql_syntax_error_is_a_message(run):
    result = run("sparql", "SELEKT nothing")
    assert result.exit_code == 2 and result.output.startswith("Error: The query does not parse: ")


def test_sparql_stops_a_pathological_query_at_its_time_limit(run):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    result = run("sparql", cross, "--timeout", "1")
    assert result.exit_code == 2
    assert (
        result.output == "Error: The query was stopped after the time limit of 1 s. Narrow it (LIMIT, more patterns).\n"
    )


def test_sparql_time_limit_counts_the_query_not_the_start_of_its_process(run):
    result = run("sparql", "ASK { ?s ?p ?o }", "--timeout", "1", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output == "boolean\ntrue\n"


@pytest.mark.parametrize("seconds", ["0", "-5", "nan", "inf"])
def test_sparql_time_limit_must_be_seconds_above_zero(run, seconds):
    result = run("sparql", "ASK { ?s ?p ?o }", "--timeout", seconds)
    assert result.exit_code == 2
    assert result.output.endswith(
        f"Error: Invalid value for '--timeout': {seconds} is not a number of seconds above 0\n"
    )


def test_sparql_construct_prints_turtle(run):
    base = "https://w3id.org/malin-kg/id/person/molotov"
    result = run("sparql", f"CONSTRUCT {{ <{base}> ?p ?o }} WHERE {{ <{base}> ?p ?o }}")
    assert result.exit_code == 0
    assert '"Vyacheslav Molotov"' in result.output


@pytest.mark.parametrize("fmt", ["nq", "trig", "ttl", "jsonld"])
def test_export_every_format_parses_back(run, tmp_path, fmt):
    from pyoxigraph import RdfFormat, parse

    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    rdf_format = {
        "nq": RdfFormat.N_QUADS,
        "trig": RdfFormat.TRIG,
        "ttl": RdfFormat.TURTLE,
        "jsonld": RdfFormat.JSON_LD,
    }[fmt]
    parsed = list(parse(path=str(out), format=rdf_format))
    assert len(parsed) > 5000


def test_queries_lists_every_query_with_its_parameters(run):
    result = CliRunner().invoke(cli, ["queries"])
    assert result.exit_code == 0
    assert "person — Person\n" in result.output
    assert "    --param name=...  part of the person's name" in result.output
    assert "    --param session=... (optional)  one meeting" in result.output


def test_dump_writes_every_file_with_its_checksum(run, tmp_path):
    result = run("dump", str(tmp_path / "dumps"))
    assert result.exit_code == 0, result.output
    names = [line.split()[0].rsplit("/", 1)[-1] for line in result.output.splitlines()]
    assert names == ["kg.nq.gz", "kg.trig.gz", "kg.ttl.gz", "kg.jsonld.gz", "SHA256SUMS", "void.ttl"]


def test_serve_get_answers_one_request_without_a_server(run, tmp_path):
    result = run("serve", "--get", "/id/person/molotov", "--accept", "text/turtle", "--dumps", str(tmp_path / "d"))
    assert result.exit_code == 0, result.output
    assert '"Vyacheslav Molotov"' in result.output
    missing = run("serve", "--get", "/id/person/nobody", "--dumps", str(tmp_path / "d"))
    assert missing.exit_code == 1


def test_strict_fails_on_a_warning_alone(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "undated.txt").write_text(
        "Session of the CPSU CC Presidium\nPresent: Khrushchev, Mikoyan\nCde. Mikoyan—agreed.\n"
    )
    result = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(tmp_path / "s"), "--strict"])
    assert result.exit_code == 3
    assert result.output == (
        "Error: 1 problem(s) in the corpus; the store was not changed (--strict):\n"
        f"  {corpus / 'undated.txt'}:1: session 1 has no date; it is kept undated\n"
    )
    assert not (tmp_path / "s").exists()


def test_validate_reports_a_conforming_graph(run):
    result = run("validate")
    assert result.exit_code == 0
    assert result.output == "The graph conforms to ontology/shapes.ttl.\n"
