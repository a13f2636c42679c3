"""The web app: HTML pages and the JSON API under /api, over a store opened read-only for each request.

Requests share one read-only connection that is given up whenever the app is idle (store.py), so an ingest (the one
writer DuckDB allows) can take the file between requests. Only the analyse page and /api/analyze analyse text, in memory: they write nothing.
Article text, titles and names are hostile input: every template is autoescaped and the Content-Security-Policy
(guard.py) allows no inline script or style. No request path reaches the file system: static files are read from
the package by a fixed table of names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Form, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from whosaid.errors import InputError, StoreError, WhosaidError
from whosaid.record import Record, Stance
from whosaid.store import queries
from whosaid.web.chart import bar_chart
from whosaid.web.guard import Guard
from whosaid.web.marks import KIND_SHORT, segments, time_title
from whosaid.web.store import IDLE_SECONDS, ReadOnlyStore

DEFAULT_MAX_BYTES = 200_000  # the largest article /analyze accepts (a long feature is some 60 kB)
PAGE_ROWS = 200
ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,80}$"
STANCES = list(Stance.__args__)  # type: ignore[attr-defined]
# the only files /static serves: name -> media type
STATIC = {"style.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8",
          "favicon.svg": "image/svg+xml"}
STANCE_SERIES = [(s, s) for s in ("assert", "claim", "announce", "demand", "confirm", "concede", "deny")]

Analyzer = Callable[..., Record]


# --- the API's response models (the OpenAPI schema at /openapi.json documents them)

class StatementRow(BaseModel):
    said: date | None
    published: date | None
    outlet: str | None
    speaker: str | None
    cue: str | None
    stance: str
    kind: str
    content: str
    article_id: str
    statement: str


class TimelineRow(StatementRow):
    event_time: str | None = Field(None, description="when what is reported happens (TIMEX3 value), if the content "
                                   "names a time")


class TimelineOut(BaseModel):
    rows: list[TimelineRow]
    per_period: list[dict[str, Any]] = Field(description="statements per period (day, month or year: unit) and "
                                             "stance (key) matching the filter, without the row limit")


class ContradictionRow(BaseModel):
    scope: Literal["article", "corpus"]
    claim_said: date | None
    claim_outlet: str | None
    claim_speaker: str | None
    claim_cue: str | None
    claim_content: str
    counter_said: date | None
    counter_outlet: str | None
    counter_speaker: str | None
    counter_cue: str | None
    counter_content: str
    reason: str | None
    claim: str | None = Field(description="the claim group (scope corpus)")
    claim_article: str
    claim_statement: str
    counter_article: str
    counter_statement: str


class EntityRow(BaseModel):
    id: str
    name: str
    type: str
    articles: int | None
    mentions: int | None
    statements: int | None
    aliases: str | None


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    articles: int | None
    mentions: int | None
    statements: int | None
    roles: list[dict[str, Any]]
    per_period: list[dict[str, Any]] = Field(description="statements by it (key speaker) and about it (key about) "
                                             "per period (day, month or year: unit)")
    said: list[StatementRow]
    said_about: list[StatementRow]


class ArticleRow(BaseModel):
    id: str
    published: date | None
    outlet: str | None
    title: str | None


class ArticleOut(BaseModel):
    record: Record
    entity_ids: dict[str, str] = Field(description="article entity id -> cross-document entity id")
    contradictions: list[ContradictionRow]


class OverviewOut(BaseModel):
    counts: dict[str, Any]
    outlets: list[dict[str, Any]]
    speakers: list[dict[str, Any]]
    per_period: list[dict[str, Any]]


class SearchOut(BaseModel):
    entities: list[dict[str, Any]]
    articles: list[ArticleRow]
    statements: list[StatementRow]


class AnalyzeIn(BaseModel):
    text: str = Field(min_length=1, description="the article text (plain text)")
    published: date | None = Field(None, description="publication date, anchors relative times")
    lang: Literal["de", "en", "auto"] = "auto"
    title: str | None = None
    outlet: str | None = None


# --- helpers for templates

def _safe_url(url: str | None) -> str | None:
    """A link target only for http(s) URLs: an article's url may be 'javascript:…'."""
    if not url:
        return None
    try:
        return url if urlsplit(url).scheme in ("http", "https") else None
    except ValueError:
        return None


def _query_string(**params: Any) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("whosaid.web", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = _safe_url
    env.globals["qs"] = _query_string
    env.globals["time_title"] = time_title
    env.globals["KIND_SHORT"] = KIND_SHORT
    return env


def _parse_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise HTTPException(422, f"{name}: not a date; expected YYYY-MM-DD") from None


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


def create_app(db: str | Path, *, analyzer: Analyzer | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               idle_seconds: float = IDLE_SECONDS) -> FastAPI:
    """The app over the store at `db`; `analyzer` (default whosaid.api.analyze) serves the analyse page; the store
    is given up after `idle_seconds` without requests (0: after each request)."""
    db = str(db)
    shared = ReadOnlyStore(db, idle=idle_seconds)
    env = _environment()
    analyse_lock = threading.Lock()
    app = FastAPI(title="whosaid", version=_version(), docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  description="Who said what, when, according to whom: the corpus of a whosaid store, read-only. "
                  "Pages mirror these endpoints; POST /api/analyze analyses a text without storing it.")
    app.add_middleware(Guard, max_bytes=max_bytes)
    app.state.store = shared
    app.router.on_shutdown.append(shared.close)
    store_name = Path(db).name

    @contextmanager
    def store() -> Iterator[Any]:
        try:
            with shared.cursor() as conn:
                yield conn
        except StoreError as err:
            raise HTTPException(503, str(err)) from None

    def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("q", "")
        html = env.get_template(template).render(request_path=request.url.path, store_name=store_name, **context)
        return HTMLResponse(html, status_code=status_code)

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html", exc.status_code, status=exc.status_code, message=str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):
            return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)
        message = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return page(request, "error.html", 422, status=422, message=message)

    @app.exception_handler(WhosaidError)
    async def whosaid_error(request: Request, exc: WhosaidError) -> Response:
        status = 503 if isinstance(exc, StoreError) else 422
        if is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return page(request, "error.html", status, status=status, message=str(exc))

    # --- static files, from the package by a fixed table (no path from the request reaches the file system)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        media_type = STATIC.get(name)
        if media_type is None:
            raise HTTPException(404, "no such file")
        data = resources.files("whosaid.web").joinpath("static", name).read_bytes()
        return Response(data, media_type=media_type, headers={"cache-control": "max-age=3600"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return static("favicon.svg")

    # --- pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request) -> HTMLResponse:
        with store() as conn:
            found = queries.overview(conn)
            latest = queries.articles(conn, limit=10).records()
        chart = bar_chart(found["per_period"].records(), [("articles", "articles")], "articles")
        return page(request, "overview.html", counts=found["counts"], outlets=found["outlets"].records(),
                    speakers=found["speakers"].records(), latest=latest, chart=chart)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, outlet: str | None = None,
                      page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
        outlet = _blank(outlet)
        with store() as conn:
            rows = queries.articles(conn, outlet, limit=51, offset=(page_number - 1) * 50).records()
            outlets = queries.outlets(conn)
        return page(request, "articles.html", rows=rows[:50], more=len(rows) > 50, page=page_number, outlet=outlet,
                    outlets=outlets)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: Annotated[str, PathParam(pattern=ID_PATTERN)]) -> HTMLResponse:
        with store() as conn:
            stored = queries.article(conn, article_id)
            if stored is None:
                raise HTTPException(404, f"no article {article_id} in the store")
            contradictions = queries.article_contradictions(conn, article_id).records()
        return page(request, "article.html", **_article_context(stored.record, stored.entity_ids,
                                                                stored.entity_names),
                    contradictions=contradictions, stored=True)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, name: str | None = None, type: str | None = None) -> HTMLResponse:
        name, type = _blank(name), _blank(type)
        with store() as conn:
            try:
                rows = queries.entities(conn, name, type, limit=PAGE_ROWS).records()
                message = None
            except WhosaidError as err:
                rows, message = [], err.reason
        return page(request, "entities.html", rows=rows, name=name, type=type, message=message)

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: Annotated[str, PathParam(pattern=ID_PATTERN)]) -> HTMLResponse:
        with store() as conn:
            found = _entity(conn, entity_id)
        chart = bar_chart(found["per_period"], [("speaker", "said by"), ("about", "said about")], "statements")
        return page(request, "entity.html", entity=found, chart=chart)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, entity: str | None = None, speaker: str | None = None,
                      outlet: str | None = None, stance: str | None = None, since: str | None = None,
                      until: str | None = None) -> HTMLResponse:
        filters = {"entity": _blank(entity), "speaker": _blank(speaker), "outlet": _blank(outlet),
                   "stance": _blank(stance), "since": _blank(since), "until": _blank(until)}
        with store() as conn:
            outlets = queries.outlets(conn)
            names = _entity_names(conn, filters["entity"], filters["speaker"])
            try:
                rows, per_period = _timeline(conn, **filters, limit=PAGE_ROWS)
                message = None
            except WhosaidError as err:
                rows, per_period, message = [], [], err.reason
        chart = bar_chart(per_period, STANCE_SERIES, "statements")
        return page(request, "timeline.html", days=_days(rows), filters=filters, outlets=outlets, stances=STANCES,
                    chart=chart, count=len(rows), limit=PAGE_ROWS, message=message, names=names)

    @app.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
    def contradictions_page(request: Request, about: str | None = None) -> HTMLResponse:
        about = _blank(about)
        with store() as conn:
            try:
                rows = queries.contradictions(conn, about, limit=PAGE_ROWS).records()
                message = None
            except WhosaidError as err:
                rows, message = [], err.reason
        return page(request, "contradictions.html", rows=rows, about=about, limit=PAGE_ROWS, message=message)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
        found = None
        if q.strip():
            with store() as conn:
                found = {k: v.records() for k, v in queries.search(conn, q).items()}
        return page(request, "search.html", q=q, found=found)

    @app.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_form(request: Request) -> HTMLResponse:
        return page(request, "analyze.html", max_bytes=max_bytes, error=None,
                    form={"text": "", "published": "", "lang": "auto"})

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_page(request: Request, text: Annotated[str, Form()] = "", published: Annotated[str, Form()] = "",
                     lang: Annotated[str, Form()] = "auto", file: UploadFile | None = None) -> HTMLResponse:
        form = {"text": text, "published": published, "lang": lang}
        try:
            record = _analyse_form(text, published, lang, file)
        except WhosaidError as err:
            return page(request, "analyze.html", 422, max_bytes=max_bytes, error=str(err), form=form)
        contradictions = _record_contradictions(record)
        return page(request, "article.html", **_article_context(record, {}, {}), contradictions=contradictions,
                    stored=False)

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> HTMLResponse:
        schema = app.openapi()
        endpoints = [(method.upper(), path, op.get("summary", ""), op.get("description", ""),
                      [p["name"] for p in op.get("parameters", [])])
                     for path, ops in schema["paths"].items() for method, op in ops.items()]
        return page(request, "api.html", endpoints=endpoints)

    # --- the JSON API

    @app.get("/api/overview", response_model=OverviewOut, summary="Counts, outlets, most quoted speakers")
    def api_overview() -> dict[str, Any]:
        with store() as conn:
            found = queries.overview(conn)
        return {"counts": found["counts"], "outlets": found["outlets"].records(),
                "speakers": found["speakers"].records(), "per_period": found["per_period"].records()}

    @app.get("/api/articles", response_model=list[ArticleRow], summary="Articles, newest first")
    def api_articles(outlet: str | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                     offset: Annotated[int, Query(ge=0)] = 0) -> list[dict[str, Any]]:
        with store() as conn:
            return queries.articles(conn, _blank(outlet), limit, offset).records()

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, summary="One stored article as its record")
    def api_article(article_id: Annotated[str, PathParam(pattern=ID_PATTERN)]) -> dict[str, Any]:
        with store() as conn:
            stored = queries.article(conn, article_id)
            if stored is None:
                raise HTTPException(404, f"no article {article_id} in the store")
            contradictions = queries.article_contradictions(conn, article_id).records()
        return {"record": stored.record, "entity_ids": stored.entity_ids, "contradictions": contradictions}

    @app.get("/api/statements", response_model=list[StatementRow], summary="Statements by speaker, topic, outlet, "
             "stance and date")
    def api_statements(speaker: str | None = None, about: str | None = None, entity: str | None = None,
                       outlet: str | None = None, stance: str | None = None, since: str | None = None,
                       until: str | None = None,
                       limit: Annotated[int, Query(ge=1, le=5000)] = queries.DEFAULT_LIMIT) -> list[dict[str, Any]]:
        with store() as conn:
            return queries.statements(conn, _blank(speaker), _blank(about), _parse_day(since, "since"), limit,
                                      entity=_blank(entity), outlet=_blank(outlet), stance=_blank(stance),
                                      until=_parse_day(until, "until")).records()

    @app.get("/api/timeline", response_model=TimelineOut, summary="The timeline page's statements, with event "
             "times and counts per day")
    def api_timeline(entity: str | None = None, speaker: str | None = None, outlet: str | None = None,
                     stance: str | None = None, since: str | None = None, until: str | None = None,
                     limit: Annotated[int, Query(ge=1, le=5000)] = PAGE_ROWS) -> dict[str, Any]:
        with store() as conn:
            rows, per_period = _timeline(conn, _blank(entity), _blank(speaker), _blank(outlet), _blank(stance),
                                         _blank(since), _blank(until), limit)
        return {"rows": rows, "per_period": per_period}

    @app.get("/api/contradictions", response_model=list[ContradictionRow],
             summary="Contradictions within and across articles")
    def api_contradictions(about: str | None = None,
                           limit: Annotated[int, Query(ge=1, le=5000)] = queries.DEFAULT_LIMIT) -> list[dict]:
        with store() as conn:
            return queries.contradictions(conn, _blank(about), limit).records()

    @app.get("/api/entities", response_model=list[EntityRow], summary="Entities resolved across articles")
    def api_entities(name: str | None = None, type: str | None = None,
                     limit: Annotated[int, Query(ge=1, le=5000)] = queries.DEFAULT_LIMIT) -> list[dict]:
        with store() as conn:
            return queries.entities(conn, _blank(name), _blank(type), limit).records()

    @app.get("/api/entities/{entity_id}", response_model=EntityOut, summary="One entity: names, roles, what it "
             "said and what was said about it")
    def api_entity(entity_id: Annotated[str, PathParam(pattern=ID_PATTERN)]) -> dict[str, Any]:
        with store() as conn:
            return _entity(conn, entity_id)

    @app.get("/api/search", response_model=SearchOut, summary="Entities, article titles and statements containing "
             "a text")
    def api_search(q: Annotated[str, Query(min_length=1, max_length=200)]) -> dict[str, Any]:
        with store() as conn:
            return {k: v.records() for k, v in queries.search(conn, q).items()}

    @app.post("/api/analyze", response_model=Record, summary="Analyse a text without storing it",
              description=f"The request body may hold at most {max_bytes} bytes (413 beyond).")
    def api_analyze(body: AnalyzeIn) -> Record:
        from whosaid.assemble import ArticleMeta

        meta = ArticleMeta(published=body.published, published_source="given" if body.published else "none",
                           title=body.title, outlet=body.outlet)
        return _analyse(body.text, body.published, body.lang, meta)

    # --- shared by pages and API

    def _analyse(text: str, published: date | None, lang: str, meta: Any) -> Record:
        if not text.strip():
            raise InputError("text", "no text to analyse")
        run = analyzer
        if run is None:
            from whosaid.api import analyze as run
        with analyse_lock:  # one analysis at a time: the pipeline is shared and CPU-bound
            return run(text, published=published, lang=None if lang == "auto" else lang, meta=meta)

    def _analyse_form(text: str, published: str, lang: str, file: UploadFile | None) -> Record:
        from whosaid.assemble import ArticleMeta
        from whosaid.ingest.text import clean_text, read_bytes
        from whosaid.lang import SUPPORTED

        if lang != "auto" and lang not in SUPPORTED:
            raise InputError(f"language {lang}", f"unsupported; choose auto, {', '.join(SUPPORTED)}")
        try:
            day = date.fromisoformat(published.strip()) if published.strip() else None
        except ValueError:
            raise InputError(f"published {published}", "not a date; expected YYYY-MM-DD") from None
        if file is not None and file.filename:
            name = Path(file.filename).name
            doc = read_bytes(file.file.read(max_bytes + 1), name, html=name.lower().endswith((".html", ".htm")),
                             name=name)
            meta = ArticleMeta(published=day or doc.published, published_source="given" if day
                               else doc.published_source, title=doc.title, url=doc.url, outlet=doc.outlet)
            return _analyse(doc.text, meta.published, lang, meta)
        # pasted text is taken as text, even when it holds markup
        text = clean_text(text)
        meta = ArticleMeta(published=day, published_source="given" if day else "none")
        return _analyse(text, day, lang, meta)

    return app


def jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": list(e.get("loc", [])), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("whosaid")
    except PackageNotFoundError:
        return "0"


def _entity(conn: Any, entity_id: str) -> dict[str, Any]:
    found = queries.entity(conn, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id} in the store")
    found["per_period"] = queries.entity_activity(conn, entity_id).records()
    found["said"] = queries.entity_statements(conn, entity_id, "speaker", PAGE_ROWS).records()
    found["said_about"] = queries.entity_statements(conn, entity_id, "about", PAGE_ROWS).records()
    return found


def _entity_names(conn: Any, *values: str | None) -> dict[str, str]:
    """The names of filter values that are entity ids (the entity page links to its timeline by id)."""
    names = {}
    for value in values:
        if value:
            found = conn.execute("SELECT name FROM entities WHERE id = ?", [value]).fetchone()
            if found:
                names[value] = found[0]
    return names


def _timeline(conn: Any, entity: str | None, speaker: str | None, outlet: str | None, stance: str | None,
              since: str | None, until: str | None, limit: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    filters = {"entity": entity, "outlet": outlet, "stance": stance, "until": _parse_day(until, "until")}
    day = _parse_day(since, "since")
    rows = queries.statements(conn, speaker, None, day, limit, **filters).records()
    events = queries.event_times(conn, [(r["article_id"], r["statement"]) for r in rows])
    for r in rows:
        r["event_time"] = events.get((r["article_id"], r["statement"]))
    per_period = queries.statement_counts(conn, speaker, None, day, **filters).records()
    return rows, per_period


def _days(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Statements by the day they were said, and the dated events they report (a time value starting with a year)
    at their own date, in date order."""
    days: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        days.setdefault(r["said"].isoformat() if r["said"] else "undated", []).append({"type": "statement", **r})
        value = r.get("event_time")
        if value and value[:4].isdigit():
            days.setdefault(value, []).append({"type": "event", **r})
    return sorted(days.items(), key=lambda kv: (kv[0] == "undated", kv[0]))


def _record_contradictions(record: Record) -> list[dict[str, Any]]:
    """A record's own contradictions in the rows the store's contradiction queries give."""
    by_id = {s.id: s for s in record.statements}
    rows = []
    for c in record.contradictions:
        a, b = by_id.get(c.claim), by_id.get(c.counter)
        if a is None or b is None:
            continue
        rows.append({"scope": "article", "reason": c.reason, "claim_article": record.article.id,
                     "claim_statement": a.id, "claim_content": a.content.text,
                     "claim_speaker": (a.speaker.resolved or a.speaker.text) if a.speaker else None,
                     "counter_article": record.article.id, "counter_statement": b.id,
                     "counter_content": b.content.text,
                     "counter_speaker": (b.speaker.resolved or b.speaker.text) if b.speaker else None})
    return rows


def _article_context(record: Record, entity_ids: dict[str, str], entity_names: dict[str, str]) -> dict[str, Any]:
    """What the article template shows: the marked text, and one card per statement."""
    times = {t.id: t for t in record.times}
    by_id = {s.id: s for s in record.statements}
    cards = []
    for s in record.statements:
        depth, parent, seen = 0, s.via, set()
        while parent and parent in by_id and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = by_id[parent].via
        speaker = s.speaker
        gid = entity_ids.get(speaker.entity) if speaker and speaker.entity else None
        org = entity_ids.get(speaker.organization) if speaker and speaker.organization else None
        cards.append({
            "id": s.id, "statement": s, "depth": min(depth, 3),
            "speaker_text": speaker.text if speaker else None,
            "speaker_name": (entity_names.get(gid) if gid else None) or (speaker.resolved if speaker else None),
            "speaker_href": f"/entities/{gid}" if gid else None,
            "organization_href": f"/entities/{org}" if org else None,
            "organization_name": entity_names.get(org) if org else None,
            "time": times.get(s.time) if s.time else None,
            "event_time": times.get(s.event_time) if s.event_time else None,
        })
    entities = [{"entity": e, "href": f"/entities/{entity_ids[e.id]}" if e.id in entity_ids else None}
                for e in record.entities]
    first_line = record.article.text.strip().split("\n", 1)[0].strip()
    title = record.article.title or (first_line if 0 < len(first_line) <= 160 else None)
    return {"record": record, "article": record.article, "title": title, "segments": segments(record),
            "cards": cards, "entities": entities}
