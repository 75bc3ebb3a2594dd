"""`kg push` against a real Oxigraph server (the `oxigraph` package's binary) on loopback."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from kg.cli import cli

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


@pytest.fixture
def remote(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [OXIGRAPH, "serve", "-l", str(tmp_path / "remote"), "-b", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(url, timeout=0.2)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


def _remote_count(url: str, query: str) -> int:
    r = httpx.post(
        f"{url}/query", content=query, headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    )
    return int(r.text.split()[-1])


def test_push_sends_every_graph(remote, corpus_store, corpus_db):
    result = CliRunner().invoke(cli, ["push", "--endpoint", f"{remote}/store", "--store", str(corpus_store)])
    assert result.exit_code == 0, result.output
    graphs = len(list(corpus_db.named_graphs()))
    assert result.output.startswith(f"Pushed {graphs} graphs, ")
    assert _remote_count(remote, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == len(corpus_db)
    # pushing again replaces, it does not duplicate
    CliRunner().invoke(cli, ["push", "--endpoint", f"{remote}/store", "--store", str(corpus_store)])
    assert _remote_count(remote, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == len(corpus_db)
    turns = (
        "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { GRAPH ?g { ?t a <https://w3id.org/malin-kg/ontology#SpeechTurn> } }"
    )
    assert _remote_count(remote, turns) == 48


def test_push_to_nowhere_is_a_clear_error(corpus_store):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = CliRunner().invoke(
        cli, ["push", "--endpoint", f"http://127.0.0.1:{port}/store", "--store", str(corpus_store)]
    )
    assert result.exit_code == 5
    assert result.output.startswith(f"Error: cannot reach http://127.0.0.1:{port}/store: ")
