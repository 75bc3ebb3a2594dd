#!/usr/bin/env python3
"""The benchmark: kg's costs at growing corpus sizes, each next to its reference from the same run.

    .venv/bin/python bench/run.py                      # N = 100, 1,000, 10,000, 100,000
    .venv/bin/python bench/run.py --sizes 100 1000     # a quick run

For each N it generates a synthetic corpus (bench/synth.py, seeded) and prints:

- extraction documents/s, single process, against spaCy's bare tokenizer over the same texts
  (the floor any spaCy pipeline pays): target ratio >= 1/3;
- two-process extraction against one process: target >= 1.7x;
- loading quads/s against pyoxigraph's own ``bulk_load`` of the same N-Quads: target >= 0.8x;
  bulk_load leaves its store uncompacted, so our loading is shown before the build compacts the
  store and with the compaction;
- each canned query's median and p95 latency, against rdflib answering the same SPARQL over the
  same data (up to --rdflib-max documents): target >= 30x, < 100 ms; each per-meeting table also
  for one meeting at a time (``--param session``), as a historian reads it, and past --whole-max
  documents only so;
- the web pages' median and p95 latency, rendered as ``kg serve`` renders them: the home page
  (as its first visitor waits for it; later ones get it ready-made) and pages of people, meetings,
  archive files and documents, with the busiest person's apart (no reference: what a browser waits for);
- rebuilding after one changed document against the full build: target < 2 %;
- peak memory of the build (its processes and workers together) and the store's size on disk;
- the answer key recovered (bench/check.py);
  the queries, the pages and the key only up to --queries-max documents: at 100,000 synthetic documents the
  key's whole tables take about 50 minutes, and the per-meeting timings a few more;
- at the end, the slope of each per-document cost across the sizes (flat = 1.0).

Not part of the test suite: it takes minutes at 10,000 documents and over an hour at 100,000.
With ``--json FILE`` it saves what it has measured after each step, so a long run that is
stopped keeps it; a size measured to the end is marked ``"complete": true``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import re
import shutil
import signal
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from queue import Empty
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import check  # noqa: E402
import synth  # noqa: E402

from kg.build import build  # noqa: E402
from kg.queries import CannedQuery, canned, run  # noqa: E402
from kg.rdf import KG, RICO  # noqa: E402
from kg.store import EXPORT_FORMATS, export, open_store  # noqa: E402
from kg.web import pagequeries  # noqa: E402
from kg.web.pages import render_index, render_page  # noqa: E402
from kg.web.site import Site  # noqa: E402

PARAMS = {"name": "Khrushchev"}


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.resolve().rglob("*") if p.is_file())


def _remove_store(store: Path) -> None:
    """Free the disk a store takes: ``store`` is a link to the build that holds the data."""
    if store.is_symlink():
        target = store.resolve()
        store.unlink()
        shutil.rmtree(target, ignore_errors=True)


def _build_in_child(corpus: Path, store: Path, jobs: int, full: bool, out: multiprocessing.Queue) -> None:
    report = build(corpus, store, jobs=jobs, full=full)
    out.put(
        {
            "documents": len(report.documents),
            "quads": report.quads,
            "extract": report.extract_seconds,
            "load": report.load_seconds,
            "compact": report.compact_seconds,
            "incremental": report.incremental,
        }
    )


def _tree_rss(process: psutil.Process) -> int:
    """The resident memory of a process and its children, in bytes.

    A sum of RSS counts once per worker the pages that forked workers still share with their
    parent (the spaCy pipeline, a few hundred MB): a ceiling, which is what a memory target needs."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:  # a worker that ended between the listing and the reading
            pass
    return total


def timed_build(corpus: Path, store: Path, *, jobs: int, full: bool = True) -> dict:
    """A build in a child process, with the peak memory of it and its workers taken together,
    sampled every 0.1 s (the largest single process, as the kernel keeps it, misses the workers)."""
    ctx = multiprocessing.get_context("spawn")  # a fork would inherit the parent's open RocksDB handles
    queue = ctx.Queue()
    child = ctx.Process(target=_build_in_child, args=(corpus, store, jobs, full, queue))
    started = time.perf_counter()
    child.start()
    tree, peak = psutil.Process(child.pid), 0
    while True:  # a child that dies (a full disk) puts nothing: say so rather than wait for ever
        try:
            peak = max(peak, _tree_rss(tree))
        except psutil.NoSuchProcess:
            pass
        try:
            result = queue.get(timeout=0.1)
            break
        except Empty:
            if not child.is_alive():
                raise RuntimeError(f"the build of {corpus} died (exit code {child.exitcode})") from None
    child.join()
    result["wall"] = time.perf_counter() - started
    result["peak_mb"] = peak / 2**20
    return result


def tokenizer_floor(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("en")
    started = time.perf_counter()
    for _ in nlp.tokenizer.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - started


def bulk_load_reference(store: Path, work: Path) -> tuple[float, int]:
    """pyoxigraph's own bulk_load of the same quads, into a fresh store: (seconds, quads).

    Our store is exported and then removed, so that the disk holds one store at a time."""
    from pyoxigraph import Store

    nq = work / "reference.nq"
    target = work / "reference-store"
    try:
        with nq.open("wb") as f:
            export(open_store(store), "nq", f)
        _remove_store(store)
        shutil.rmtree(target, ignore_errors=True)
        db = Store(str(target))
        started = time.perf_counter()
        db.bulk_load(path=str(nq), format=EXPORT_FORMATS["nq"])
        db.flush()
        seconds = time.perf_counter() - started
        count = len(db)
        del db
    finally:  # tens of GB at 100,000 documents, which a next run would have to share the disk with
        shutil.rmtree(target, ignore_errors=True)
        nq.unlink(missing_ok=True)
    return seconds, count


def _latencies(
    calls: list, repeat: int, budget_s: float = 30.0, size: Callable[[Any], int] = lambda answer: len(answer.rows)
) -> tuple[float, float, int, list[int]]:
    """Median and p95 in ms, the runs made, and the size (rows) of the first answer of each call:
    ``repeat`` runs cycling through ``calls`` (one per parameter value), or fewer when they would
    take more than ``budget_s`` (one, when one does)."""
    times: list[float] = []
    rows = []
    for k in range(repeat):
        started = time.perf_counter()
        answer = calls[k % len(calls)]()
        times.append((time.perf_counter() - started) * 1000)
        if k < len(calls):
            rows.append(size(answer))
        if sum(times) > budget_s * 1000:
            break
    runs = len(times)
    times.sort()
    return statistics.median(times), times[min(runs - 1, int(round(0.95 * (runs - 1))))], runs, rows


class _OverBudget(BaseException):
    """Raised by the timer in rdflib's code: not an Exception, so no ``except Exception`` there catches it."""


def _alarm(signum, frame):
    raise _OverBudget


def rdflib_form(sparql: str) -> str | None:
    """The query as rdflib can run it, or None.

    rdflib cannot parse LATERAL. The canned queries use it as ``{ A } LATERAL { B }`` where B's
    required patterns bind every variable it shares with A, and there a plain join gives the same
    rows (tests/test_bench.py checks it; the benchmark flags a different row count); a LATERAL
    sub-SELECT with a LIMIT has no such equivalent.
    """
    if re.search(r"\bLATERAL\s*\{\s*SELECT\b", sparql):
        return None
    return re.sub(r"\bLATERAL\b", "", sparql)


def _rdflib_median(graph, text: str, bindings: list[dict], budget_s: float) -> tuple[float, bool, int]:
    """rdflib's median in ms over the same parameter values, with no more runs than fit in
    ``budget_s``, whether even the first run did not fit (the median is then ``budget_s``: rdflib
    takes longer than that), and the rows of the first run.

    rdflib is pure Python, so a timer signal stops a run that is over budget; a later run stopped so
    leaves the median of the runs before it, which favours rdflib."""
    times: list[float] = []
    rows = 0
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for values in bindings:
            left = budget_s - sum(times) / 1000
            if left <= 0:
                break
            signal.setitimer(signal.ITIMER_REAL, left)
            started = time.perf_counter()
            try:
                found = len(list(graph.query(text, initBindings=values)))
            except _OverBudget:
                if not times:
                    return budget_s * 1000, True, 0
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if not times:
                rows = found
            times.append((time.perf_counter() - started) * 1000)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return statistics.median(times), False, rows


def _spread(items: list[str], count: int) -> list[str]:
    """``count`` of the sorted ``items``, spread over them (a corpus in date order: over its years)."""
    items = sorted(items)
    return items[:: max(1, len(items) // count)][:count]


def _meetings(db, count: int) -> list[str]:
    """``count`` meetings spread over the corpus, for the one-meeting form of the per-meeting tables."""
    return _spread(list({row[0] for row in run(db, "sessions").rows}), count)


def query_latencies(
    store: Path, work: Path, *, repeat: int, rdflib_docs: bool, rdflib_budget: float, whole: bool = True
) -> dict[str, dict]:
    """Each canned query as a whole table and, where it takes one, for one meeting at a time;
    without ``whole``, a per-meeting table only for one meeting (a whole one takes many minutes at 100,000).

    Our store answers first, before rdflib's graph takes its memory (15 GB at 10,000 documents): timed
    beside it, in one run, our whole tables took 2.6 to 43 times as long as they take alone."""
    db = open_store(store)
    meetings = _meetings(db, repeat)
    asked: dict[str, tuple[str, CannedQuery, list[dict[str, str]]]] = {}  # form → (name, query, parameter values)
    for name, query in canned().items():
        per_meeting = "session" in query.optional and meetings
        if whole or not per_meeting:
            asked[name] = (name, query, [{p: PARAMS[p] for p in query.params if p not in query.optional}])
        if per_meeting:
            asked[f"{name}/1"] = (name, query, [{"session": m} for m in meetings])
    out: dict[str, dict] = {}
    first: dict[str, int] = {}  # the rows of the first parameter value, which rdflib is asked first
    for form, (name, _, values) in asked.items():
        calls = [lambda v=v, n=name: run(db, n, v) for v in values]
        median, p95, runs, rows = _latencies(calls, repeat)
        out[form] = {"median_ms": median, "p95_ms": p95, "runs": runs, "rows": statistics.mean(rows)}
        first[form] = rows[0]
    if rdflib_docs:
        from rdflib import Dataset, Literal, URIRef

        nq = work / "rdflib.nq"
        with nq.open("wb") as f:
            export(db, "nq", f)
        graph = Dataset(default_union=True)
        graph.parse(nq, format="nquads")
        nq.unlink()
        for form, (_, query, values) in asked.items():
            entry, text = out[form], rdflib_form(query.sparql)
            if text is None:
                continue
            bindings = [{k: URIRef(x) if k in query.iris else Literal(x) for k, x in v.items()} for v in values]
            entry["rdflib_ms"], entry["rdflib_over"], found = _rdflib_median(graph, text, bindings, rdflib_budget)
            if not entry["rdflib_over"]:  # as many rows: the same question was asked
                entry["rdflib_rows_ok"] = found == first[form]
    return out


PAGE_KINDS = {
    "person": RICO + "Person",
    "meeting": KG + "Meeting",
    "unit": KG + "ArchivalUnit",
    "document": KG + "Document",
}
BUSIEST = """SELECT ?person (COUNT(DISTINCT ?meeting) AS ?meetings) WHERE {
  ?claim a kg:AttendanceClaim ; kg:person ?person ; kg:present true ; kg:meeting ?meeting }
GROUP BY ?person ORDER BY DESC(?meetings) LIMIT 1"""


def page_latencies(store: Path, *, repeat: int) -> dict[str, dict]:
    """The HTML pages as ``kg serve`` renders them: the home page as its first visitor waits for it,
    pages of people, meetings, archive files and documents spread over the corpus, and the page of
    the person most often recorded present, which lists the most meetings."""
    site = Site(store)

    def home() -> str:
        site.kept.pop("home", None)  # rendered once per server: time the first visitor's wait
        return render_index(site)

    asked = {"home": [home]}
    for kind, cls in PAGE_KINDS.items():
        iris = [row["x"] for row in pagequeries.select(site, "SELECT DISTINCT ?x ?type WHERE { ?x a ?type }", type=cls)]
        asked[kind] = [lambda iri=iri: render_page(site, iri) for iri in _spread(iris, repeat)]
    busiest = pagequeries.select(site, BUSIEST)[0]["person"]
    asked["person, busiest"] = [lambda: render_page(site, busiest)]
    out = {}
    for kind, calls in asked.items():
        median, p95, runs, sizes = _latencies(calls, repeat, size=lambda html: len(html.encode()))
        out[kind] = {"median_ms": median, "p95_ms": p95, "runs": runs, "kb": statistics.mean(sizes) / 1000}
    return out


def incremental_cost(corpus: Path, store: Path, jobs: int) -> dict:
    """The build after one document changed; a second one puts the document back, so the store
    again holds the full build's quads."""
    victim = sorted(corpus.glob("*.txt"))[len(list(corpus.glob("*.txt"))) // 2]
    original = victim.read_bytes()
    victim.write_bytes(original.replace(b".", b". Indeed.", 1))
    try:
        return timed_build(corpus, store, jobs=jobs, full=False)
    finally:
        victim.write_bytes(original)
        timed_build(corpus, store, jobs=jobs, full=False)


def _corpus_stamp(seed: int) -> str:
    """What a generated corpus depends on: a corpus kept from a run with other inputs is made anew."""
    h = hashlib.sha256(str(seed).encode())
    for path in (HERE / "synth.py", HERE / "phrases.py", synth.PEOPLE_TSV):
        h.update(path.read_bytes())
    return h.hexdigest()


def measure(n: int, work: Path, args: argparse.Namespace, result: dict, save: Callable[[], None]) -> None:
    """Fill ``result`` for a corpus of ``n`` documents, calling ``save`` after each step (a run of an
    hour that is stopped keeps what it measured). The build's own figures come first, the query
    latencies after them, the reference load last."""
    here = work / str(n)
    corpus = here / "corpus"
    stamp = _corpus_stamp(args.seed)
    stamp_file = here / "generated-from"
    if not stamp_file.is_file() or stamp_file.read_text() != stamp:
        shutil.rmtree(here, ignore_errors=True)
        synth.generate(here, n, args.seed, jobs=args.jobs)
        stamp_file.write_text(stamp)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    result.update(n=n, bytes=sum(len(t) for t in texts), tokenizer_s=tokenizer_floor(texts))
    del texts
    store = here / "store"
    _remove_store(store)
    if n <= args.single_core_max:
        result["extract1_s"] = timed_build(corpus, store, jobs=1)["extract"]
    two = timed_build(corpus, store, jobs=args.jobs)
    result.update(
        extract2_s=two["extract"],
        load_s=two["load"],
        compact_s=two["compact"],
        build_s=two["wall"],
        quads=two["quads"],
        peak_mb=two["peak_mb"],
    )
    result["store_mb"] = _size(store) / 1e6
    save()
    if n <= args.queries_max:
        result["answer_key"] = check.evaluate(check.load_key(here / "key.jsonl"), check.fetch(store)).f1()
        save()
        result["whole"] = n <= args.whole_max
        result["queries"] = query_latencies(
            store,
            here,
            repeat=args.repeat,
            rdflib_docs=n <= args.rdflib_max,
            rdflib_budget=args.rdflib_budget,
            whole=result["whole"],
        )
        result["pages"] = page_latencies(store, repeat=args.repeat)
        save()
    # after the queries, which the full build's compacted store is to answer
    result["incremental_s"] = incremental_cost(corpus, store, args.jobs)["wall"]
    save()
    # last, and in our store's place: two stores and their N-Quads would not fit on one disk at 100,000
    result["bulk_load_s"], result["bulk_load_quads"] = bulk_load_reference(store, here)
    result["complete"] = True
    save()


def print_result(r: dict) -> None:
    n = r["n"]
    print(f"\n== N = {n:,} documents ({r['bytes'] / 1e6:.1f} MB of text, {r['quads']:,} quads)")
    tok, two = n / r["tokenizer_s"], n / r["extract2_s"]
    if "extract1_s" in r:
        one = n / r["extract1_s"]
        print(f"extraction, 1 process   {one:9.1f} docs/s   tokenizer floor {tok:9.1f} docs/s", end="")
        print(f"   ratio {one / tok:.2f} (>= 0.33)")
        print(f"extraction, 2 processes {two:9.1f} docs/s   speed-up {two / one:.2f}x (>= 1.7)")
    else:
        print(f"extraction, 2 processes {two:9.1f} docs/s   tokenizer floor {tok:9.1f} docs/s (1 process not run)")
    load, ref = r["quads"] / r["load_s"], r["bulk_load_quads"] / r["bulk_load_s"]
    print(f"loading                 {load:9.0f} quads/s  bulk_load       {ref:9.0f} quads/s", end="")
    print(f"  ratio {load / ref:.2f} (>= 0.8)")
    # bulk_load leaves the store uncompacted, as our load does; the build then compacts it
    with_compaction = r["quads"] / (r["load_s"] + r["compact_s"])
    print(f"  and compacting after  {with_compaction:9.0f} quads/s ({r['compact_s']:.1f} s)", end="")
    print(f"                      ratio {with_compaction / ref:.2f}")
    share = 100 * r["incremental_s"] / r["build_s"]
    print(f"full build {r['build_s']:.1f} s; one changed document {r['incremental_s']:.2f} s = {share:.2f} % (< 2 %)")
    print(f"peak memory {r['peak_mb']:.0f} MB (< 4096); store {r['store_mb']:.1f} MB")
    if "queries" not in r:
        print("queries and answer key not measured at this N: see --queries-max")
        return
    print("queries (NAME/1: one meeting, with --param session, rows per meeting; person: name=Khrushchev)")
    if not r["whole"]:
        print("  (the per-meeting tables are not timed whole at this N: see --whole-max)")
    for name, q in r["queries"].items():
        rd, over = q.get("rdflib_ms"), q.get("rdflib_over")
        if rd is None:
            versus = "rdflib not run"
        else:
            ratio = f"{'>' if over else ' '}{rd / q['median_ms']:7.1f}x"
            versus = f"rdflib {'>' if over else ' '}{rd:9.1f} ms  ratio {ratio} (>= 30)"
            if q.get("rdflib_rows_ok") is False:
                versus += "  (rdflib gave other rows!)"
        print(f"  {name:<15} {q['rows']:9,.0f} rows  median {q['median_ms']:8.1f} ms (< 100)", end="")
        print(f"  p95 {q['p95_ms']:8.1f} ms over {q['runs']:2} runs  {versus}")
    print("pages (HTML as kg serve renders it; the home page as its first visitor waits for it)")
    for kind, p in r.get("pages", {}).items():
        print(f"  {kind:<15} {p['kb']:9,.0f} kB    median {p['median_ms']:8.1f} ms", end="")
        print(f"         p95 {p['p95_ms']:8.1f} ms over {p['runs']:2} runs")
    print("answer key F1: " + " ".join(f"{k}={v}" for k, v in r["answer_key"].items()))


def print_slopes(results: list[dict]) -> None:
    if len(results) < 2:
        return
    first, last = results[0], results[-1]
    print(f"\n== per-document cost from N = {first['n']:,} to N = {last['n']:,} (flat = 1.00)")
    for key, label in [
        ("extract2_s", "extraction"),
        ("load_s", "loading"),
        ("compact_s", "compaction"),
        ("build_s", "whole build"),
        ("store_mb", "store size"),
    ]:
        ratio = (last[key] / last["n"]) / (first[key] / first["n"])
        print(f"{label:<12} {ratio:.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10_000, 100_000])
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-bench"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=20, help="runs of each canned query (fewer past 30 s)")
    ap.add_argument("--rdflib-budget", type=float, default=60.0, help="seconds rdflib may take on one query")
    ap.add_argument("--rdflib-max", type=int, default=10_000, help="largest N to compare queries with rdflib")
    ap.add_argument("--whole-max", type=int, default=10_000, help="largest N to time the per-meeting tables whole, too")
    ap.add_argument(
        "--queries-max",
        type=int,
        default=10_000,
        help="largest N to run the queries and the answer key at (at 100,000 the key alone takes about 50 min)",
    )
    ap.add_argument("--single-core-max", type=int, default=10_000, help="largest N to also extract on one core")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    results: list[dict] = []

    def save() -> None:  # by a rename, so that a run stopped while writing keeps the file it had
        if args.json:
            part = args.json.with_name(args.json.name + ".part")
            part.write_text(json.dumps(results, indent=1))
            part.replace(args.json)

    for n in args.sizes:
        results.append({})
        measure(n, args.work, args, results[-1], save)
        print_result(results[-1])
    print_slopes(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
