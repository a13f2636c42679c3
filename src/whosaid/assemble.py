"""Turns an analysed spaCy Doc into the whosaid Record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution import Found
from whosaid.components.entities import Cluster, to_entities
from whosaid.components.paragraphs import dateline_agency
from whosaid.components.phrases import sentence_of
from whosaid.components.times.direction import set_as_target
from whosaid.record import (
    Article,
    Content,
    Contradiction,
    Cue,
    Record,
    Speaker,
    Statement,
    TextSpan,
    Time,
    article_id,
)


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text."""

    published: date | None = None
    published_source: str = "none"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


def to_record(doc: Doc, meta: ArticleMeta | None = None) -> Record:
    meta = meta or ArticleMeta()
    clusters: list[Cluster] = doc._.entities or []
    entities = to_entities(clusters)
    entity_ids = {id(c): e.id for c, e in zip(clusters, entities)}
    times: list[Time] = list(doc._.times or [])
    found: list[Found] = doc._.statements or []
    ids = {id(f): f"s{n}" for n, f in enumerate(found)}
    statements = [_statement(f, ids, entity_ids, times) for f in found]
    _set_event_times(statements, times)
    contradictions = [
        Contradiction(claim=ids[id(claim)], counter=ids[id(counter)], reason=reason)
        for claim, counter, reason in (doc._.contradictions or [])
    ]
    article = Article(
        id=article_id(doc.text),
        language=doc.lang_,
        published=doc._.published,
        published_source=doc._.published_source if doc._.published else "none",
        title=meta.title,
        url=meta.url,
        outlet=meta.outlet,
        agency=dateline_agency(doc._.datelines[0]) if doc._.datelines else None,
        text=doc.text,
    )
    return Record(article=article, entities=entities, statements=statements, times=times,
                  contradictions=contradictions)


def _span(span: Span) -> TextSpan:
    return TextSpan(text=span.text, start=span.start_char, end=span.end_char)


def _cue(tokens: list[Token], lemma: str) -> Cue | None:
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    pieces: list[list[Token]] = [[tokens[0]]]
    for t in tokens[1:]:
        if t.i == pieces[-1][-1].i + 1:
            pieces[-1].append(t)
        else:
            pieces.append([t])
    parts = [TextSpan(text=" ".join(t.text for t in p), start=p[0].idx, end=p[-1].idx + len(p[-1])) for p in pieces]
    return Cue(text=" ... ".join(p.text for p in parts), lemma=lemma, start=parts[0].start, end=parts[-1].end,
               parts=parts if len(parts) > 1 else [])


def _content(spans: list[Span], kind: str) -> Content:
    parts = [_span(s) for s in spans]
    quoted = [] if kind == "Direct" else [_span(q) for s in spans for q in _quoted_within(s)]
    return Content(text=" ".join(p.text for p in parts), start=parts[0].start, end=parts[-1].end,
                   parts=parts if len(parts) > 1 else [], quoted=quoted)


def _quoted_within(span: Span) -> list[Span]:
    """Maximal runs of in-quote tokens strictly inside `span` (mixed quotes)."""
    runs, start = [], None
    for tok in span:
        if tok._.in_quote and start is None:
            start = tok.i
        elif not tok._.in_quote and start is not None:
            runs.append(span.doc[start : tok.i])
            start = None
    if start is not None:
        runs.append(span.doc[start : span.end])
    return [r for r in runs if len(r) < len(span) and any(not t.is_punct for t in r) and not _is_title(r)]


def _is_title(run: Span) -> bool:
    """„Automobilwoche“, „This Is It“, „news.bbc.co.uk“: a quoted name, not quoted words."""
    words = [t for t in run if not t.is_punct]
    return all(t.tag_ in {"NE", "FM"} or t.like_url for t in words) or _capitalised_name(run, words)


def _capitalised_name(run: Span, words: list[Token]) -> bool:
    """„Frankfurter Allgemeine Zeitung“, „BILD am Sonntag“, „Neue Rechte“, „Zur Ritze“: every word but small
    function words capitalised, and more capitals than German nouns alone would have; no verb, comma or sentence
    mark, as a slogan or a quoted phrase would have ("„Wortbruch und Vertrauensmissbrauch“" stays quoted words)."""
    data = run.doc._.lang_data
    small = data.words.get("name_function_word", frozenset()) if data is not None else frozenset()
    if len(words) < 2 or words[0].lower_ in small or any(t.text in {",", ";", ":", ".", "!", "?"} for t in run):
        return False
    if any(t.tag_.startswith("V") for t in words):
        return False
    if not all(t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in small for t in words):
        return False
    return any(t.tag_ in {"NE", "FM"} or t.text[:1].isupper() and t.tag_ not in {"NN", "NE", "FM"} for t in words)


def _statement(f: Found, ids: dict[int, str], entity_ids: dict[int, str], times: list[Time]) -> Statement:
    speaker = None
    resolution = f.extra.get("resolution")
    if f.speaker is not None:
        speaker = Speaker(
            text=f.speaker.text,
            start=f.speaker.start_char,
            end=f.speaker.end_char,
            entity=entity_ids.get(id(resolution.cluster)) if resolution and resolution.cluster else None,
            resolved=resolution.name if resolution else None,
            organization=entity_ids.get(id(resolution.organisation)) if resolution and resolution.organisation else None,
        )
    time = _frame_time(f, times)
    return Statement(
        id=ids[id(f)],
        speaker=speaker,
        cue=_cue(f.cue + f.cue_helpers, f.lemma),
        content=_content(f.content, f.kind),
        kind=f.kind,
        stance=f.stance,
        medium=f.medium,
        addressee=_span(f.addressee) if f.addressee is not None else None,
        via=ids.get(id(f.via)) if f.via else None,
        continues=ids.get(id(f.continues)) if f.continues else None,
        refers_to=ids.get(id(f.refers_to)) if f.refers_to else None,
        time=time.id if time else None,
        time_implied=time is None,
    )


def _set_event_times(statements: list[Statement], times: list[Time]) -> None:
    """A statement's event time: the first time expression in its content that is no statement's frame time (in
    "ABNA berichtet, Kazemi habe am Mittwoch geschrieben, ...", "am Mittwoch" dates the nested statement)."""
    said = {s.time for s in statements if s.time}
    for s in statements:
        s.event_time = next((t.id for t in times if s.content.start <= t.start < s.content.end and t.id not in said),
                            None)


UNDATED_TIME_TYPES = frozenset({"DURATION", "SET"})


def _frame_time(f: Found, times: list[Time]) -> Time | None:
    """The time expression in the statement's frame (when it was said), else None."""
    if f.frame is None:
        if f.continues is not None:
            return _frame_time(f.continues, times)
        return None
    start, end = f.frame.start_char, f.frame.end_char
    doc = f.frame.doc
    if f.cue:
        # the whole clause of the cue: "Vor rund einem Monat behaupteten X, ..." or "..., schrieb X am Mittwoch"
        sent = sentence_of(f.cue[0].doc, f.cue[0].i)
        start = min(start, _clause_left(f, sent))
        end = max(end, _clause_right(f, sent))
    for t in times:
        if t.type in UNDATED_TIME_TYPES:
            continue  # "verurteilte ihn zu zwölf Jahren Haft": how long, not when it was said
        if start <= t.start and t.end <= end and not (f.content_start <= t.start < f.content_end) \
                and not any(s.start_char <= t.start < s.end_char for s in f.extra.get("no_time_in", ())):
            # ("no_time_in": the other clauses one frame reports, "said that … and that …"; a source's noun phrase,
            # "according to figures released in January")
            if set_as_target(doc.text, t.start, t.text, doc.lang_):
                continue  # "Für das Gesamtjahr bestätigte X die Prognose": what is said is for then, not said then
            if _year_of_a_noun(doc.text, t):
                continue  # "Mit Blick auf das Budget 2029 kündigte er … an": the year names the budget
            if _in_dateline(doc.text, t):
                continue  # "NEW DELHI, June 4 (Reuters) - … on Tuesday dismissed": when the agency filed
            return t
    return None


# "NEW DELHI, June 4 (Reuters) -", "Mumbai, April 9 (PTI) Varuna": a place, a comma, its date, an agency in
# brackets, then a dash or the first sentence ("Am Montag (Ortszeit), sagte …" is none)
DATELINE = re.compile(r"[A-Z][^\n(),]{0,40}, [^\n()]{1,30}\([A-Za-z][\w /-]{0,20}\) ?[-–—A-Z]")


def _in_dateline(text: str, t: Time) -> bool:
    """A date in the dateline that opens the time's line: when the agency filed, not when anyone spoke."""
    line = text.rfind("\n", 0, t.start) + 1
    m = DATELINE.match(text, line)
    return m is not None and t.end <= m.end()


def _year_of_a_noun(text: str, t: Time) -> bool:
    """A bare year right after a noun ("das Budget 2029", "der Bundeshaushalt 2028") is part of its name."""
    if not (t.text.isdigit() and len(t.text) == 4):
        return False
    before = text[max(0, t.start - 40):t.start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].isalpha()


def _clause_left(f: Found, sent: Span) -> int:
    first = f.cue[0]
    i = first.i
    while i > sent.start and sent.doc[i - 1].text not in {",", ";", ":"} and not sent.doc[i - 1]._.in_quote:
        i -= 1
    return sent.doc[i].idx


def _clause_right(f: Found, sent: Span) -> int:
    last = f.cue[-1]
    i = last.i
    if f.speaker is not None and f.speaker.start > i and f.speaker.end <= sent.end:
        i = f.speaker.end - 1  # "sagte der Sprecher des Ministeriums, Taras Dowhyj, am Mittwoch": past the apposition
        if "," in f.speaker.text and i + 1 < sent.end and sent.doc[i + 1].text == ",":
            i += 1
    while i + 1 < sent.end and sent.doc[i + 1].text not in {",", ";", ":"} and not sent.doc[i + 1]._.in_quote:
        i += 1
    return sent.doc[i].idx + len(sent.doc[i])
