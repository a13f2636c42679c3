"""Noun cues: "die Forderung des CSU-Vorsitzenden, …", "die Behauptung von X, dass …"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution.clauses import _clause_start
from whosaid.components.attribution.content import _clause_end, _ends_in_zu_infinitive
from whosaid.components.attribution.found import Found
from whosaid.components.attribution.speaker_phrases import _prefield_speaker, _speaker_after
from whosaid.components.phrases import is_finite, is_subjunctive, noun_phrase_from, strip_span
from whosaid.lang import LanguageData


def _noun_frames(doc: Doc, sent: Span, ents: dict[int, Span], data: LanguageData, earlier: list[Found]) -> list[Found]:
    """ "die Forderung des CSU-Vorsitzenden Stoiber, auf die SPD zuzugehen", "die Behauptung von X, dass ...": a
    cue noun (lang/<lang>/noun_cues.tsv), its genitive or von-phrase (or the subject of the light verb it is object
    of) as speaker, and a dass/ob clause, a zu-infinitive or a Konjunktiv clause after the comma as content."""
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
        cue = [tok]
        if speaker is None:
            # "EU-Kommission und Bundesregierung äußerten Zweifel, ob …": the subject of the verb the noun is object of
            speaker, cue, after = _light_verb_source(doc, sent, tok, ents, data)
        if speaker is None or after + 1 >= sent.end or doc[after].text != ",":
            continue  # "Es gibt die Hoffnung, dass …" names no one
        end = _clause_end(doc, sent, after + 1)
        content = strip_span(doc[after + 1 : end])
        first_finite = next((t for t in content if is_finite(t)), None)
        if len(content) < 2 or not (content[0].lower_ in data.words.get("complementizer", ())
                                    or _ends_in_zu_infinitive(content)
                                    or first_finite is not None and is_subjunctive(first_finite)):
            continue
        if any(f.content_start == content.start_char for f in earlier + found):
            continue  # a verb frame already reports this clause
        if any(f.kind == "Reported" and f.stance == "demand" and f.content_start <= tok.idx < f.content_end
               for f in earlier):
            continue  # "verlangte eine Zusage des Vorstands, dass …": a promise only demanded, nobody made it
        if cue[0] is not tok and any(f.content_start <= content.start_char and f.content_end >= content.end_char
                                     and f.frame is not None and f.frame.end <= cue[0].i for f in earlier):
            continue  # "Nach Angaben der Zeitung kommt eine Untersuchung zu dem Ergebnis, dass …": the source's report
        frame = doc[min(tok.i, cue[0].i, speaker.start) : after]
        found.append(Found(cue, tok.text.lower(), stance, "Indirect", [content], speaker, frame, None))
    return found


def _light_verb_source(doc: Doc, sent: Span, noun: Token, ents: dict[int, Span],
                       data: LanguageData) -> tuple[Span | None, list[Token], int]:
    """ "vertritt die Ansicht", "hatte den Standpunkt vertreten", "erteilte den Befehl": a cue noun as the object of a
    verb that only carries it (lang words `light_verb`); its subject speaks. Returns the speaker, the cue (verb and
    noun) and where the frame ends (the comma before the content, after a closing participle)."""
    after = noun.i + 1
    # "kommen=Ergebnis Schluss": a verb that carries only the nouns named after it ("kam zu dem Schluss, dass")
    light = {row.partition("=")[0] for row in data.words.get("light_verb", ())
             if "=" not in row or noun.text in row.partition("=")[2].split()}
    if after < sent.end and doc[after].lemma_ in light and doc[after].tag_ in {"VVPP", "VVINF"}:
        verb, after = doc[after], after + 1  # "hatte den Standpunkt vertreten, …"
        while after < sent.end and doc[after].tag_ in {"VAFIN", "VAINF"}:
            after += 1
    else:
        start = _clause_start(doc, sent, noun.i)
        verb = next((t for t in doc[start : noun.i] if is_finite(t) and t.lemma_ in light), None)
        if verb is None:
            return None, [noun], after
    start = _clause_start(doc, sent, verb.i)
    finite = next((t for t in doc[start : noun.i] if is_finite(t)), None)
    if finite is None:
        return None, [noun], after
    speaker = _prefield_speaker(doc, start, finite, ents, data)
    if speaker is None or speaker.start <= noun.i < speaker.end:
        speaker = _speaker_after(doc, finite.i + 1, noun.i, ents, data)
    if speaker is not None and speaker.start <= noun.i < speaker.end:
        speaker = None
    return speaker, sorted({verb, noun}, key=lambda t: t.i), after
