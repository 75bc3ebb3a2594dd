"""Where kg finds its own files and keeps its store."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
ONTOLOGY = ROOT / "ontology"
CORPUS = ROOT / "corpus"
DEFAULT_STORE = ROOT / "data" / "store"
DEFAULT_DUMPS = ROOT / "data" / "dumps"
