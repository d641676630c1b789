"""The catalogue's routes: pages (Jinja2, autoescaped), feeds, the data set, /healthz.

Every page is rendered in the reader's language: `?lang=` when given (and then carried by
every link, since nothing is stored about the reader), else the best of Accept-Language, else
English. Query parameters are untrusted: clipped to column sizes, control characters dropped,
numbers range-checked; a bad value is ignored rather than an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import re
import time
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.handlers.language import LANGUAGE_NAMES
from bot.handlers.lookup import latest_event
from bot.handlers.stats import labelled
from bot.infra.config import Settings
from bot.infra.i18n import SUPPORTED_LANGUAGES, _, current_language, ngettext, set_language
from bot.services.clock import local_day
from bot.services.exchange import schema_path, to_csv
from bot.ui.chart import years_chart
from bot.ui.labels import (
    APPEAL_OUTCOMES,
    EVENTS,
    MEASURES,
    REGIONS,
    STAGES,
    charge_label,
    city_label,
    find_region,
    occupation_label,
    region_label,
)
from bot.ui.render import format_date, sentence_line
from bot.web.feed import atom_feed
from bot.web.guard import RateLimit, SecurityHeaders
from db.catalogue import (
    Filters,
    browse_cases,
    feed_entries,
    last_change,
    latest_sentenced,
    public_case_batches,
    public_case_page,
)
from db.engine import create_engine, create_sessionmaker
from db.exchange import FORMAT_NAME, FORMAT_VERSION, case_to_record
from db.models import Case, CaseStage
from db.stats import CaseStats, case_stats

PAGE_SIZE = 20
#: Pages and feeds may be kept a minute by the reader's browser and any cache in front: the
#: catalogue is public and the same for everyone.
CACHE = {"Cache-Control": "public, max-age=60"}
STATS_SECONDS = 300.0
MAX_PAGE = 500
#: The largest id a case can have (PostgreSQL integer); larger ones are simply unknown.
MAX_ID = 2**31 - 1
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")
_LENGTHS = {"name": 200, "place": 150, "article": 20, "official": 200}

Sessions = async_sessionmaker[AsyncSession]


# --- requests --------------------------------------------------------------------------------


def choose_language(request: Request) -> tuple[str, bool]:
    """(language, chosen by a link?): `?lang=`, else Accept-Language, else English."""
    asked = request.query_params.get("lang", "")
    if asked in SUPPORTED_LANGUAGES:
        return asked, True
    preferences: list[tuple[float, int, str]] = []
    for position, item in enumerate(request.headers.get("accept-language", "")[:200].split(",")):
        code, _sep, params = item.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                continue
        preferences.append((-weight, position, code.split("-")[0].lower()))
    for weight, _position, code in sorted(preferences):
        if code in SUPPORTED_LANGUAGES and weight < 0:
            return code, False
    return "en", False


def clean(value: str | None, limit: int) -> str:
    return " ".join(_CONTROL.sub(" ", value or "").split())[:limit]


def number(value: str | None, low: int, high: int) -> int | None:
    if value and value.isascii() and value.isdigit() and len(value) <= 6:
        parsed = int(value)
        if low <= parsed <= high:
            return parsed
    return None


def safe_href(url: str) -> str | None:
    """A source's address as a link only when it is http(s) (never javascript: or data:)."""
    return url if re.match(r"(?i)https?://[^\s]+$", url) else None


def summary_parts(case: Case) -> list[str]:
    """'Aktobe', 'Art. 405 part 2', 'Verdict, 10 September 2021' (plain text)."""
    person = case.person
    parts: list[str] = []
    place = city_label(person.city) if person.city else region_label(person.region)
    if place:
        parts.append(place)
    if case.charges:
        first = case.charges[0]
        parts.append(charge_label(first.article, first.part, None))
    event = latest_event(case)
    if event is not None:
        label = _(EVENTS[event.kind])
        if event.scheduled:
            label += " (" + _("scheduled") + ")"
        parts.append(f"{label}, {format_date(event.event_date)}")
    return parts


# --- the app ---------------------------------------------------------------------------------


class Catalogue:
    def __init__(self, settings: Settings, sessions: Sessions) -> None:
        self.settings = settings
        self.sessions = sessions
        #: (when computed, stats): counting every case costs seconds at a million cases, so
        #: the numbers are reused for STATS_SECONDS (the page says as of which date).
        self._stats: tuple[float, CaseStats] | None = None
        self.templates = Environment(
            loader=PackageLoader("bot.web", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.globals.update(
            _=_,
            ngettext=ngettext,
            format_date=format_date,
            sentence_line=sentence_line,
            charge_label=charge_label,
            region_label=region_label,
            city_label=city_label,
            occupation_label=occupation_label,
            summary_parts=summary_parts,
            safe_href=safe_href,
            EVENTS=EVENTS,
            STAGES=STAGES,
            MEASURES=MEASURES,
            APPEAL_OUTCOMES=APPEAL_OUTCOMES,
            REGIONS=REGIONS,
            LANGUAGE_NAMES=LANGUAGE_NAMES,
            bot_username=settings.bot_username,
            noindex=settings.web_noindex,
        )

    def base(self, request: Request) -> str:
        """The absolute address of the site (feeds and citations need absolute links)."""
        if self.settings.public_base_url:
            return self.settings.public_base_url
        return str(request.base_url).rstrip("/")

    def render(
        self, request: Request, template: str, status: int = 200, **context: Any
    ) -> Response:
        language, chosen = choose_language(request)
        set_language(language)

        def url(path: str, **params: Any) -> str:
            query = {k: v for k, v in params.items() if v not in (None, "")}
            if chosen:
                query["lang"] = language
            return path + ("?" + urlencode(query) if query else "")

        def switch(code: str) -> str:
            if status == 404:  # the same page whatever was asked for: nothing echoed
                return "/?" + urlencode({"lang": code})
            query = dict(request.query_params)
            query["lang"] = code
            return request.url.path + "?" + urlencode(query)

        body = self.templates.get_template(template).render(
            lang=language,
            lang_chosen=chosen,
            url=url,
            switch=switch,
            base=self.base(request),
            **context,
        )
        headers = {"Content-Language": language, "Vary": "Accept-Language", **CACHE}
        return HTMLResponse(body, status_code=status, headers=headers)

    def language(self, request: Request) -> str:
        language, _chosen = choose_language(request)
        set_language(language)
        return language

    # --- pages -----------------------------------------------------------------------------

    async def index(self, request: Request) -> Response:
        self.language(request)
        async with self.sessions() as session:
            latest = await latest_sentenced(session, limit=10)
        return self.render(request, "index.html", latest=latest)

    def filters(self, request: Request) -> Filters:
        params = request.query_params
        values = {key: clean(params.get(key), limit) for key, limit in _LENGTHS.items()}
        region = None
        if values["place"]:
            found = find_region(values["place"])
            region = found.code if found else None
        stage = params.get("stage", "")
        return Filters(
            name=values["name"],
            place=values["place"],
            region=region,
            article=values["article"],
            official=values["official"],
            stage=CaseStage(stage) if stage in CaseStage._value2member_map_ else None,
            year=number(params.get("year"), 1991, 2100),
        )

    async def cases(self, request: Request) -> Response:
        self.language(request)
        filters = self.filters(request)
        page = number(request.query_params.get("page"), 1, MAX_PAGE) or 1
        async with self.sessions() as session:
            found = await browse_cases(
                session, filters, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE
            )
        query = {
            "name": filters.name,
            "place": filters.place,
            "article": filters.article,
            "official": filters.official,
            "stage": filters.stage.value if filters.stage else "",
            "year": filters.year or "",
        }
        return self.render(
            request,
            "cases.html",
            found=found,
            page=page,
            query=query,
            searched=any(query.values()),
            has_next=found.has_more and page < MAX_PAGE,
            stages=list(CaseStage),
            this_year=local_day().year,
        )

    async def public_case(self, request: Request) -> Case:
        case_id = request.path_params["case_id"]
        if case_id > MAX_ID:
            raise HTTPException(404)
        async with self.sessions() as session:
            case = await public_case_page(session, case_id)
        if case is None:  # pending, rejected, merged and unknown: one and the same answer
            raise HTTPException(404)
        return case

    async def case(self, request: Request) -> Response:
        self.language(request)
        case = await self.public_case(request)
        base = self.base(request)
        address = f"{base}/cases/{case.id}"
        return self.render(
            request,
            "case.html",
            case=case,
            address=address,
            share=_share_link(address, case.person.name_as_entered),
            structured=_structured_data(case, address, current_language()),
            updated=case.updated_at.date(),
        )

    async def case_stats(self) -> CaseStats:
        now = time.monotonic()
        if self._stats is None or now - self._stats[0] > STATS_SECONDS:
            async with self.sessions() as session:
                self._stats = (now, await case_stats(session))
        return self._stats[1]

    async def stats(self, request: Request) -> Response:
        self.language(request)
        stats = await self.case_stats()
        return self.render(
            request,
            "stats.html",
            stats=stats,
            groups=labelled(stats),
            today=local_day(),
        )

    async def chart(self, request: Request) -> Response:
        self.language(request)
        stats = await self.case_stats()
        svg = await asyncio.to_thread(years_chart, stats.by_year, "svg", local_day())
        return Response(
            svg,
            media_type="image/svg+xml",
            headers={"Content-Language": current_language(), "Vary": "Accept-Language"},
        )

    # --- feeds and data --------------------------------------------------------------------

    async def feed(self, request: Request) -> Response:
        self.language(request)
        params = request.query_params
        region_text = clean(params.get("region"), 150)
        region = None
        if region_text:
            found = find_region(region_text)
            region = found.code if found else region_text
        article = clean(params.get("article"), 20)
        async with self.sessions() as session:
            entries = await feed_entries(session, region=region, article=article or None)
            updated = await last_change(session)
        base = self.base(request)
        query = urlencode({k: v for k, v in (("region", region_text), ("article", article)) if v})
        title = _("CaseWatch: verdicts and appeal rulings")
        if region_text or article:
            title += " — " + ", ".join(
                x for x in (region_label(region) if region else "", article) if x
            )
        return _atom(
            atom_feed(
                title=title,
                self_url=f"{base}/feed.atom" + (f"?{query}" if query else ""),
                page_url=f"{base}/",
                base=base,
                entries=entries,
                updated=updated,
            )
        )

    async def case_feed(self, request: Request) -> Response:
        self.language(request)
        case = await self.public_case(request)
        async with self.sessions() as session:
            entries = await feed_entries(session, case_id=case.id)
        base = self.base(request)
        return _atom(
            atom_feed(
                title=_("CaseWatch: {name}").format(name=case.person.name_as_entered),
                self_url=f"{base}/cases/{case.id}/feed.atom",
                page_url=f"{base}/cases/{case.id}",
                base=base,
                entries=entries,
                updated=case.updated_at,
            )
        )

    async def data_json(self, request: Request) -> Response:
        async def body() -> AsyncIterator[str]:
            stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
            head = {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "exported_at": stamp,
                "source": "CaseWatch public catalogue",
            }
            yield json.dumps(head, ensure_ascii=False)[:-1] + ', "cases": [\n'
            first = True
            async with self.sessions() as session:
                async for batch in public_case_batches(session):
                    records = [case_to_record(case, external) for case, external in batch]
                    chunk = ",\n".join(json.dumps(r, ensure_ascii=False) for r in records)
                    yield ("" if first else ",\n") + chunk
                    first = False
            yield "\n]}\n"

        return StreamingResponse(
            body(), media_type="application/json", headers=_data_headers("cases.json")
        )

    async def data_csv(self, request: Request) -> Response:
        async def body() -> AsyncIterator[str]:
            yield to_csv([])
            async with self.sessions() as session:
                async for batch in public_case_batches(session):
                    records = [case_to_record(case, external) for case, external in batch]
                    yield to_csv(records).split("\r\n", 1)[1]

        return StreamingResponse(
            body(), media_type="text/csv; charset=utf-8", headers=_data_headers("cases.csv")
        )

    async def schema(self, request: Request) -> Response:
        return FileResponse(schema_path(), media_type="application/schema+json")

    async def healthz(self, request: Request) -> Response:
        try:
            async with self.sessions() as session:
                await asyncio.wait_for(session.execute(text("SELECT 1")), timeout=5)
        except Exception:
            return JSONResponse({"status": "database unavailable"}, status_code=503)
        return JSONResponse({"status": "ok"})

    async def robots(self, request: Request) -> Response:
        rules = "Disallow: /" if self.settings.web_noindex else "Disallow: /data/"
        return PlainTextResponse(f"User-agent: *\n{rules}\n")

    async def not_found(self, request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        if status != 404:
            return PlainTextResponse(str(getattr(exc, "detail", "")), status_code=status)
        return self.render(request, "not_found.html", status=404)


def _atom(document: bytes) -> Response:
    return Response(
        document,
        media_type="application/atom+xml; charset=utf-8",
        headers={"Vary": "Accept-Language", **CACHE},
    )


def _data_headers(filename: str) -> dict[str, str]:
    return {
        "Content-Disposition": f'inline; filename="{filename}"',
        "Link": '</data/schema.json>; rel="describedby"',
    }


def _share_link(address: str, name: str) -> str:
    return "https://t.me/share/url?url=" + quote(address, safe="") + "&text=" + quote(name, safe="")


def _structured_data(case: Case, address: str, language: str) -> dict[str, Any]:
    """schema.org data for citation managers and search engines (rendered with |tojson,
    which escapes <, > and & so a name cannot end the script element)."""
    person = case.person
    about: dict[str, Any] = {"@type": "Person", "name": person.name_as_entered}
    if person.aliases:
        about["alternateName"] = [alias.spelling for alias in person.aliases]
    if person.city or person.region:
        about["homeLocation"] = {
            "@type": "Place",
            "name": ", ".join(x for x in (person.city, region_label(person.region)) if x),
        }
    return {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "@id": address,
        "url": address,
        "name": person.name_as_entered,
        "inLanguage": language,
        "dateModified": case.updated_at.date().isoformat(),
        "datePublished": (case.approved_at or case.created_at).date().isoformat(),
        "about": about,
        "citation": [s.url for s in case.sources if safe_href(s.url)],
        "publisher": {"@type": "Organization", "name": "CaseWatch"},
        "isAccessibleForFree": True,
    }


def build_catalogue(settings: Settings, sessions: Sessions | None = None) -> Starlette:
    """The catalogue app. Without `sessions` it opens (and closes) its own engine on
    DATABASE_URL, which may be a read replica: nothing here writes."""
    engine = None
    if sessions is None:
        engine = create_engine(settings.database_url)
        sessions = create_sessionmaker(engine)
    catalogue = Catalogue(settings, sessions)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        if engine is not None:
            await engine.dispose()

    def get(path: str, endpoint: Callable[[Request], Any]) -> Route:
        return Route(path, endpoint, methods=["GET", "HEAD"])

    routes = [
        get("/", catalogue.index),
        get("/cases", catalogue.cases),
        get("/cases/{case_id:int}", catalogue.case),
        get("/cases/{case_id:int}/feed.atom", catalogue.case_feed),
        get("/stats", catalogue.stats),
        get("/stats/chart.svg", catalogue.chart),
        get("/feed.atom", catalogue.feed),
        get("/data/cases.json", catalogue.data_json),
        get("/data/cases.csv", catalogue.data_csv),
        get("/data/schema.json", catalogue.schema),
        get("/healthz", catalogue.healthz),
        get("/robots.txt", catalogue.robots),
        Mount("/static", StaticFiles(packages=[("bot.web", "static")]), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: catalogue.not_found},
        lifespan=lifespan,
    )
    app.add_middleware(
        SecurityHeaders,
        noindex=settings.web_noindex,
        hsts=bool(settings.public_base_url and settings.public_base_url.startswith("https://")),
    )
    app.add_middleware(RateLimit, rate=settings.web_rate, burst=settings.web_burst)
    return app
