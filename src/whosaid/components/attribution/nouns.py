"""Noun cues: "die Forderung des CSU-Vorsitzenden, …", "die Behauptung von X, dass …"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from whosaid.components.attribution.content import _clause_end, _ends_in_zu_infinitive
from whosaid.components.attribution.found import Found
from whosaid.components.phrases import noun_phrase_from, strip_span
from whosaid.lang import LanguageData


def _noun_frames(doc: Doc, sent: Span, ents: dict[int, Span], data: LanguageData, earlier: list[Found]) -> list[Found]:
    """ "die Forderung des CSU-Vorsitzenden Stoiber, auf die SPD zuzugehen", "die Behauptung von X, dass ...": a
    cue noun (lang/<lang>/noun_cues.tsv), its genitive or von-phrase as speaker, and a dass-clause or zu-infinitive
    after the comma as content."""
    found = []
    for tok in sent:
        stance = data.noun_cues.get(tok.text)
        if stance is None or tok.tag_ != "NN":
            continue
        after = tok.i + 1
        speaker = None
        if after < sent.end and doc[after].lower_ in {"des", "der", "von", "vom"}:
            start = after + 1 if doc[after].lower_ in {"von", "vom"} else after
            speaker = noun_phrase_from(doc, start, sent.end, ents)
            after = speaker.end if speaker is not None else after
        if speaker is None or after + 1 >= sent.end or doc[after].text != ",":
            continue  # "Es gibt die Hoffnung, dass …" names no one
        end = _clause_end(doc, sent, after + 1)
        content = strip_span(doc[after + 1 : end])
        if len(content) < 2 or not (content[0].lower_ == "dass" or _ends_in_zu_infinitive(content)):
            continue
        if any(f.content_start == content.start_char for f in earlier + found):
            continue  # a verb frame already reports this clause
        frame = doc[tok.i : after]
        found.append(Found([tok], tok.text.lower(), stance, "Indirect", [content], speaker, frame, None))
    return found
