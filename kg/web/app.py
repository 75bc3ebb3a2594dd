"""The ASGI application: one Starlette app over one store, served by uvicorn (``kg serve``)."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from kg.web.routes import ROUTES
from kg.web.site import Site

STATIC = Path(__file__).parent / "static"


def create_app(site: Site) -> Starlette:
    routes = list(ROUTES)
    if STATIC.is_dir():
        routes.append(Mount("/static", StaticFiles(directory=STATIC), name="static"))
    app = Starlette(routes=routes)
    app.state.site = site
    return app
