"""Who a statement was made to: "sagte er der Zeitung", "gegenüber Reuters", "im Interview mit dem Sender",
"vor Journalisten", "appellierte an die Regierung".

The addressee is looked for in the statement's frame and the adjuncts that trail it up to the next comma, colon
or quote, never inside the content or the speaker. The word classes come from `lang/<lang>/words.tsv`:
`addressee_preposition`, `conversation_noun` + `conversation_preposition` ("im Gespräch mit"), `audience_noun`
after an `audience_preposition` ("vor Journalisten"), `appeal_cue` + `appeal_preposition` ("appellierte an"),
`dative_cue` with `dative_article` (a dative object right after the cue verb or its inverted subject),
`urging_cue` (an accusative object: "forderte die SPD auf") and `expletive` (no addressee: "Es wird vermutet").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from whosaid.components.phrases import QUOTE_MARKS, is_dative_plural_noun, noun_phrase_from, sentence_of
from whosaid.lang import LanguageData

if TYPE_CHECKING:
    from whosaid.components.attribution import Found

NOUNS = frozenset({"NN", "NE", "FM"})
REGION_BREAKS = frozenset({",", ":", ";"})


def find_addressee(found: Found, data: LanguageData, ents: dict[int, Span]) -> Span | None:
    """The noun phrase the statement was addressed to, or None; `ents`: the Doc's entities by start token."""
    if found.frame is None or not found.cue:
        return None
    doc = found.frame.doc
    blocked = {t.i for span in found.content for t in span}
    if found.speaker is not None:
        blocked |= {t.i for t in found.speaker}
    start, end = _region_start(doc, found.frame, blocked), _region_end(doc, found.frame, blocked)
    words = data.words
    for i in range(start, end):
        tok = doc[i]
        if i in blocked:
            continue
        lower = tok.lower_
        if lower in words.get("addressee_preposition", ()):
            phrase = _noun_phrase(doc, i + 1, end, blocked, ents)
        elif lower in words.get("conversation_preposition", ()) and any(
                doc[j].text in words.get("conversation_noun", ()) for j in range(max(start, i - 3), i)):
            phrase = _noun_phrase(doc, i + 1, end, blocked, ents)
        elif lower in words.get("audience_preposition", ()):
            phrase = _noun_phrase(doc, i + 1, end, blocked, ents)
            if phrase is not None and phrase[-1].text not in words.get("audience_noun", ()):
                phrase = None
        elif lower in words.get("appeal_preposition", ()) and found.lemma in words.get("appeal_cue", ()):
            phrase = _noun_phrase(doc, i + 1, end, blocked, ents)
        else:
            continue
        if phrase is not None:
            return phrase
    return (_object_after_cue(found, doc, end, blocked, data, ents)
            or _passive_prefield(found, doc, start, blocked, data, ents))


def _region_start(doc: Doc, frame: Span, blocked: set[int]) -> int:
    """The frame's start, extended back over a prefield ("Gegenüber Reuters sagte ...") to a break."""
    start = frame.start
    sent_start = sentence_of(doc, frame.start).start
    while start > sent_start and start - 1 not in blocked and doc[start - 1].text not in REGION_BREAKS:
        start -= 1
    return start


def _region_end(doc: Doc, frame: Span, blocked: set[int]) -> int:
    """The frame's end, extended over trailing adjuncts ("sagte er der Zeitung am Mittwoch") to a break."""
    end = frame.end
    limit = sentence_of(doc, frame.start).end
    while end < limit and end not in blocked and doc[end].text not in REGION_BREAKS and not doc[end].is_sent_end:
        end += 1
    return end


def _object_after_cue(found: Found, doc: Doc, end: int, blocked: set[int], data: LanguageData,
                      ents: dict[int, Span]) -> Span | None:
    """A dative ("sagte (Müller) der Zeitung", "teilte dem Sender CNN mit") or, after a verb of urging, an
    accusative object ("forderte die SPD auf", "drängten den Premierminister") right after the cue verb."""
    dative = found.lemma in data.words.get("dative_cue", ())
    if not dative and found.lemma not in data.words.get("urging_cue", ()):
        return None
    # after the verb, or in a compound tense after its auxiliary: "hat (Müller) der Zeitung gesagt"
    auxiliary = next((t for t in found.cue_helpers if t.tag_ == "VAFIN"), None)
    at = (auxiliary.i if auxiliary is not None else found.cue[0].i) + 1
    if found.speaker is not None and found.speaker.start == at:
        at = found.speaker.end
    if at >= end or at in blocked:
        return None
    if dative and doc[at].lower_ not in data.words.get("dative_article", ()):
        return None
    phrase = _noun_phrase(doc, at, end, blocked, ents)
    # "den" before a singular noun is accusative ("bestätigte den Bericht")
    if dative and phrase is not None and doc[at].lower_ == "den" and not is_dative_plural_noun(phrase[-1]):
        return None
    return phrase


def _passive_prefield(found: Found, doc: Doc, start: int, blocked: set[int], data: LanguageData,
                      ents: dict[int, Span]) -> Span | None:
    """ "Ihm wird vorgeworfen, ...", "Dem Minister wurde geraten, ...": in a passive frame (its speaker, if any, a
    von-agent after "werden"), the noun phrase before the finite "werden" is who was addressed."""
    verb = found.cue[0]
    addressed = data.words.get("dative_cue", frozenset()) | data.words.get("urging_cue", frozenset())
    if verb.tag_ != "VVPP" or found.lemma not in addressed:
        return None
    if found.speaker is not None and found.speaker.start < verb.i and found.speaker.start <= start:
        return None  # a speaker in the prefield: not a passive with an addressee there
    finite = next((t for t in doc[start : verb.i] if t.lemma_ == "werden" and t.tag_ == "VAFIN"), None)
    if finite is None or finite.i == start:
        return None
    first = doc[start]
    if first.tag_ in {"PPER", "PRF"} and finite.i == start + 1 and first.lower_ not in data.words.get("expletive", ()):
        return doc[start : start + 1]
    phrase = _noun_phrase(doc, start, finite.i, blocked, ents)
    return phrase if phrase is not None and phrase.end == finite.i else None


def _noun_phrase(doc: Doc, start: int, end: int, blocked: set[int], ents: dict[int, Span]) -> Span | None:
    phrase = noun_phrase_from(doc, start, end, ents)
    if phrase is None and start + 1 < end and doc[start].tag_ == "ART" and doc[start + 1].text in QUOTE_MARKS:
        title = noun_phrase_from(doc, start + 1, end, ents)  # der „Berliner Zeitung“
        phrase = doc[start : title.end] if title is not None else None
    if phrase is not None and any(t.i in blocked for t in phrase):
        # "sagte gegenüber Reuters der Sprecher": what reads as a genitive is the speaker
        cut = next(t.i for t in phrase if t.i in blocked)
        phrase = doc[phrase.start : cut] if cut > phrase.start else None
    if phrase is None or not any(t.tag_ in NOUNS for t in phrase):
        return None
    return phrase
