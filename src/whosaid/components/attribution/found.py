"""The statement record the attribution stages build and pass on: `Found`."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token


@dataclass
class Found:
    """A statement while it is being built: token spans over the Doc."""

    cue: list[Token]
    lemma: str
    stance: str
    kind: str
    content: list[Span]
    speaker: Span | None = None
    frame: Span | None = None
    medium: str | None = None
    addressee: Span | None = None
    # tokens the cue is written with besides its lexical words: the auxiliary of a compound tense or passive
    # ("hatte ... berichtet", "wird ... vorgeworfen") and a reflexive pronoun ("äußerte sich")
    cue_helpers: list[Token] = field(default_factory=list)
    via: Found | None = None
    continues: Found | None = None
    refers_to: Found | None = None
    extra: dict = field(default_factory=dict)

    @property
    def content_start(self) -> int:
        return self.content[0].start_char

    @property
    def content_end(self) -> int:
        return self.content[-1].end_char
