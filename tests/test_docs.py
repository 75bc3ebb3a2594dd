"""The documentation is complete: every command has help, every query a header, and the README shows them."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.paths import QUERIES, ROOT
from kg.queries import canned

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_and_is_in_the_readme(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help
    assert f"kg {command}" in README


@pytest.mark.parametrize("name", sorted(p.stem for p in QUERIES.glob("*.rq")))
def test_every_query_has_a_header_and_a_readme_example(name):
    query = canned()[name]
    assert query.title and len(query.description) > 40
    assert f"kg query {name}" in README


def test_a_parameter_header_says_which_parameters_are_optional_and_which_are_iris(tmp_path):
    (tmp_path / "q.rq").write_text(
        "# title: Q\n# description: d\n# param who: a name\n# param session (optional, IRI): a meeting\n"
        "#   on two lines\nSELECT ?who ?session WHERE {}\n"
    )
    query = canned(tmp_path)["q"]
    assert query.params == {"who": "a name", "session": "a meeting on two lines"}
    assert query.optional == {"session"} and query.iris == {"session"}
    (tmp_path / "q.rq").write_text("# title: Q\n# description: d\n# param who (maybe): a name\nSELECT * {}\n")
    with pytest.raises(QueryError, match=r"q.rq.*parameter 'who': unknown mark 'maybe' \(optional, IRI\)"):
        canned(tmp_path)


def test_readme_begins_with_the_two_setup_commands():
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", README, re.S)
    assert blocks[0].strip() == "make graph"
    assert blocks[1].strip() == "make test"


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
