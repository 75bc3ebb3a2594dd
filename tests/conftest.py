"""Shared fixtures: the shipped authority and pipeline, a store built once from corpus/, and a canned
query's rows by column name."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from kg.authority import Authority, default_authority
from kg.build import build
from kg.extract import extract
from kg.facts import DocumentFacts
from kg.nlp import make_pipeline
from kg.paths import CORPUS
from kg.queries import run
from kg.read import read_text
from kg.store import open_store

# The suite draws the same property-test examples on every run, so that a red CI always means a change
# broke something; `make fuzz` draws fresh ones (and keeps any failure it finds in .hypothesis/).
settings.register_profile("suite", derandomize=True)
settings.register_profile("fuzz", derandomize=False)
settings.load_profile("suite")


@pytest.fixture(scope="session")
def authority() -> Authority:
    return default_authority()


@pytest.fixture(scope="session")
def nlp(authority):
    return make_pipeline(authority)


@pytest.fixture(scope="session")
def facts_of(authority, nlp):
    """Extract facts from a short text of our own, as if it were a file called ``name``."""

    def run(text: str, name: str = "sample.txt") -> DocumentFacts:
        return extract(read_text(Path(name), text, authority.knows), nlp, authority)

    return run


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory) -> Path:
    """The repository's corpus built once into a store for the whole session."""
    store = tmp_path_factory.mktemp("corpus") / "store"
    build(CORPUS, store)
    return store


@pytest.fixture(scope="session")
def corpus_db(corpus_store):
    return open_store(corpus_store)


@pytest.fixture(scope="session")
def table():
    """A canned query's rows as dicts, read by column name: ``table(db, "sessions", session=...)``."""

    def rows(db, name: str, **params: str) -> list[dict[str, str]]:
        result = run(db, name, params)
        return [dict(zip(result.columns, row, strict=True)) for row in result.rows]

    return rows
