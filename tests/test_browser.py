"""A real headless browser (Debian's Chromium, driven by Playwright) reads the pages as a historian would."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


KG = Path(sys.executable).with_name("kg")  # the command the README tells people to run


@pytest.fixture(scope="module")
def server(corpus_store, tmp_path_factory):
    port = _free_port()
    dumps = tmp_path_factory.mktemp("dumps")
    proc = subprocess.Popen(
        [str(KG), "serve", "--store", str(corpus_store), "--port", str(port), "--dumps", str(dumps)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"kg serve exited: {proc.stderr.read().decode()}")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def page(server):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        page.set_default_timeout(15_000)
        yield page
        browser.close()


def test_person_page_then_meeting_page(server, page):
    page.goto(f"{server}/id/person/voroshilov")
    body = page.locator("body")
    assert "Kliment Voroshilov" in page.locator("h1").inner_text()
    assert "Cde. Molotov's statements are fundamentally correct." in body.inner_text()
    assert page.locator("svg").count() >= 1  # the timeline
    page.locator('a[href="/id/meeting/cpsu-cc-presidium/1956-11-06"]').first.click()
    page.wait_for_url(f"{server}/id/meeting/cpsu-cc-presidium/1956-11-06")
    text = page.locator("body").inner_text()
    assert "1956-11-06" in text and "CPSU CC Presidium" in text
    assert text.index("overall it should be adopted.") < text.index("I vehemently object.")


def test_canned_query_from_the_query_page(server, page):
    page.goto(f"{server}/query")
    form = page.locator('form[data-query="person"]')
    form.locator('input[name="name"]').fill("Gromyko")
    form.locator('[data-query="person"]').first.click()
    page.locator("#results table tr").nth(1).wait_for()
    results = page.locator("#results").inner_text()
    assert "Andrei Gromyko" in results and "1956-11-27" in results


def test_ad_hoc_query_from_the_editor(server, page):
    page.goto(f"{server}/query")
    page.locator("#query-editor").fill(
        "SELECT ?label WHERE { <https://w3id.org/malin-kg/id/person/molotov> "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label }"
    )
    page.locator("#run-query").click()
    page.locator("#results table tr").nth(1).wait_for()
    assert "Vyacheslav Molotov" in page.locator("#results").inner_text()


def test_a_long_result_shows_its_first_thousand_rows_and_says_so(server, page):
    page.goto(f"{server}/query")
    page.locator("#query-editor").fill("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1500")
    page.locator("#run-query").click()
    page.locator("#results table tr").nth(1).wait_for()
    assert page.locator("#results caption").inner_text() == "1,500 rows; the first 1,000 are shown"
    assert page.locator("#results tbody tr").count() == 1000
