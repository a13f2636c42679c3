"""The whosaid record: the one contract between analysis, store and queries.

Every offset (`start`, `end`) is a character offset into `Record.article.text`.
Bump SCHEMA_VERSION on any change a consumer could notice; `whosaid schema` prints the JSON Schema.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.3.0"

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect"]
Stance = Literal["assert", "claim", "deny", "confirm", "announce", "demand", "concede"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
TimeMod = Literal["START", "MID", "END", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextSpan(_Model):
    """A stretch of the article text."""

    text: str
    start: int
    end: int


class Article(_Model):
    id: str = Field(description="sha256 of the text, first 16 hex digits")
    language: str
    published: date | None = None
    published_source: Literal["given", "metadata", "filename", "text", "none"] = "none"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    agency: str | None = Field(None, description="news agency the dateline names as the article's source "
                                                 "('dpa' of 'Berlin (dpa) –')")
    text: str = Field(description="the exact text every offset indexes")


class Entity(_Model):
    id: str
    name: str = Field(description="canonical name: the longest proper-name mention")
    type: EntityType
    aliases: list[str] = []
    mentions: list[TextSpan] = []


class Speaker(TextSpan):
    entity: str | None = Field(None, description="id of the entity the speaker mention resolves to")
    resolved: str | None = Field(None, description="name of that entity (or of the group or described speaker)")
    organization: str | None = Field(None, description="entity id of the organisation a described speaker speaks for")


class Content(TextSpan):
    """What was said; `parts` lists the pieces when a frame interrupts it ("…, würden laut X …")."""

    parts: list[TextSpan] = Field(default_factory=list)
    quoted: list[TextSpan] = Field(
        default_factory=list, description="stretches inside quotation marks within indirect content (mixed quotes)"
    )


class Cue(_Model):
    text: str = Field(description="the cue as written, with the auxiliary of a compound tense or passive and a "
                      "reflexive ('hatte ... berichtet', 'äußerte sich'); parts of a split cue joined by ' ... '")
    lemma: str
    start: int
    end: int
    parts: list[TextSpan] = Field(default_factory=list, description="each part of a split cue ('fügte', 'hinzu')")


class Statement(_Model):
    id: str
    speaker: Speaker | None
    cue: Cue | None
    content: Content
    kind: QuoteKind
    stance: Stance
    medium: str | None = None
    addressee: TextSpan | None = Field(None, description="who the statement was made to: 'der Zeitung', "
                                       "'gegenüber Reuters', 'im Interview mit dem Sender', 'vor Journalisten'")
    via: str | None = Field(None, description="id of the statement through which this one is reported")
    continues: str | None = Field(None, description="id of the statement a cue-less continuation belongs to")
    refers_to: str | None = Field(None, description="id of the statement a denial or confirmation answers")
    time: str | None = Field(None, description="id of the time expression the statement is anchored to")
    time_implied: bool = Field(False, description="no time in clause or frame: publication date implied")
    event_time: str | None = Field(None, description="id of the first time expression inside the content: when "
                                   "what is reported happens ('... keine Kräfte mehr am 31. Dezember 2021')")


class Time(_Model):
    id: str
    text: str
    start: int
    end: int
    type: TimeType
    value: str = Field(description="TIMEX3-style value: 2021-12-08, 2021-11, 2021-W49, P1M, XXXX-WXX-1, ...")
    approximate: bool = False
    mod: TimeMod | None = Field(None, description="TIMEX3 mod: START, MID, END (Anfang/Mitte/Ende März), "
                                "MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS (mehr/weniger als, mindestens/höchstens drei Jahre)")
    anchor_fallback: bool = Field(False, description="normalised against a date guessed from the text")


class Contradiction(_Model):
    claim: str
    counter: str
    reason: str


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    article: Article
    entities: list[Entity] = []
    statements: list[Statement] = []
    times: list[Time] = []
    contradictions: list[Contradiction] = []


def article_id(text: str) -> str:
    """The content hash that identifies an article across runs and stores."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def json_schema() -> dict:
    schema = Record.model_json_schema()
    schema["$id"] = f"https://whosaid.dev/schema/record-{SCHEMA_VERSION}.json"
    schema["title"] = f"whosaid record {SCHEMA_VERSION}"
    return schema
