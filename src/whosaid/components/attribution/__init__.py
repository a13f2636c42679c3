"""Finds attributed statements: direct, indirect and reported speech, their cues, speakers, stance and nesting.

The stages, in the order `find_statements` runs them: cue tags are repaired and verb cues found (`cues`); each verb
cue's frame, speaker and content are read (`frames`, with `speaker_phrases` and `content`); prepositional and noun
cues add theirs (`prepositional`, `nouns`); duplicates go, cue-less continuations and unframed quotes are added
(`continuations`), and statements are linked to the ones they are reported via or answer (`links`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.components.addressees import find_addressee
from whosaid.components.attribution.continuations import _continuations, _unframed_quotes
from whosaid.components.attribution.cues import _cue_helpers, correct_cue_tags
from whosaid.components.attribution.found import Found
from whosaid.components.attribution.frames import _compound_medium, _verb_frames
from whosaid.components.attribution.links import (
    _answer_the_last_continuation,
    _content_denials,
    _drop_duplicates,
    _drop_frames_read_as_content,
    _link_answers,
    _link_denials_by_topic,
    _link_denials_of_relative_reports,
    _link_nesting,
    _link_reports,
)
from whosaid.components.attribution.nouns import _noun_frames
from whosaid.components.attribution.prepositional import _prepositional_frames
from whosaid.components.attribution.quoted import _quoted_token_spans, mark_name_quotes
from whosaid.components.phrases import is_punct, sentence_of, sentences
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, load_language

MEDIUM_WINDOW = 8  # tokens either side of a frame where a medium may stand ("erklärte X am Montag auf seiner …")

__all__ = ["Attribution", "Found", "correct_cue_tags", "find_statements", "make_attribution"]


@Language.factory(
    "whosaid_attribution",
    assigns=["doc._.statements"],
    requires=["token.tag", "token.lemma", "token.morph", "doc.sents"],
    default_config={"lang": "de"},
)
def make_attribution(nlp: Language, name: str, lang: str) -> Attribution:
    register_extensions()
    return Attribution(load_language(lang))


class Attribution:
    """Runs the attribution rules over a Doc and stores `Found` statements in `doc._.statements`."""

    def __init__(self, data: LanguageData) -> None:
        self.data = data

    def __call__(self, doc: Doc) -> Doc:
        correct_cue_tags(doc, self.data)
        doc._.statements = find_statements(doc, self.data)
        return doc


def _media_outside_speakers(found: list[Found], data: LanguageData) -> None:
    """ "berichtete die Zeitung": the word for a medium in the speaker phrase is who spoke, not the channel; but
    "heißt es in einer Mitteilung" names the channel, the source being whoever issued it."""
    prepositions = data.words.get("medium_preposition", frozenset())
    for f in found:
        if f.medium is None or f.speaker is None or f.frame is None:
            continue
        doc = f.speaker.doc
        if f.lemma in data.words.get("impersonal_cue", ()) and f.speaker.start > 0 \
                and doc[f.speaker.start - 1].lower_ in prepositions:
            continue
        outside = [t for t in f.frame if not f.speaker.start <= t.i < f.speaker.end]
        if any(t.text in data.media for t in f.speaker) and not any(t.text in data.media for t in outside):
            f.medium = None


def _media_beside_cues(found: list[Found], data: LanguageData) -> None:
    """ "schrieb sie in einem Kommentar", "bestätigte die Gespräche in einer Erklärung", "sagte er im Interview": a
    medium in a prepositional phrase near the cue, outside what any statement says and outside the speaker."""
    prepositions = data.words.get("medium_preposition", frozenset())
    for f in found:
        if f.medium is None and f.kind == "Reported" and len(f.content) == 1:
            _medium_closing_the_object(f, prepositions, data)
    said = {t.i for f in found for span in f.content for t in span}
    for f in found:
        if f.medium is not None or not f.cue or f.frame is None:
            continue
        doc = f.cue[0].doc
        sent = sentence_of(doc, f.cue[0].i)
        speaker = range(f.speaker.start, f.speaker.end) if f.speaker is not None else range(0)
        start, end = max(sent.start, f.frame.start - MEDIUM_WINDOW), min(sent.end, f.frame.end + MEDIUM_WINDOW)
        for tok in doc[start:end]:
            if tok.lower_ not in prepositions or tok.i in said or tok._.in_quote:
                continue
            for t in doc[tok.i + 1 : min(end, tok.i + 5)]:
                if t.i in said or t.i in speaker or is_punct(t):
                    break
                if t.tag_ in {"NN", "NE"} and (medium := data.media.get(t.text) or _compound_medium(t.text, data)):
                    f.medium = medium
                    break
            if f.medium is not None:
                break


def _medium_closing_the_object(f: Found, prepositions: frozenset[str], data: LanguageData) -> None:
    """ "bestätigte die Gespräche in einer Erklärung": the medium phrase after a reported object is how it was said,
    not part of what was said."""
    content = f.content[0]
    for tok in content[1:]:
        if tok.lower_ not in prepositions or tok._.in_quote:
            continue
        rest = content.doc[tok.i + 1 : content.end]
        nouns = [t for t in rest if t.tag_ in {"NN", "NE"}]
        medium = data.media.get(nouns[0].text) or _compound_medium(nouns[0].text, data) if nouns else None
        if medium is not None and all(t.tag_ in {"ART", "ADJA", "PPOSAT", "NN", "NE"} or is_punct(t) for t in rest):
            f.medium = medium
            f.content = [content.doc[content.start : tok.i]]
            return


def find_statements(doc: Doc, data: LanguageData) -> list[Found]:
    quoted = _quoted_token_spans(doc)
    for span in quoted:
        for tok in span:
            tok._.in_quote = True
    mark_name_quotes(doc, quoted)
    ents_by_start = {ent.start: ent for ent in doc.ents}
    found: list[Found] = []
    for sent in sentences(doc):
        found.extend(_verb_frames(doc, sent, quoted, ents_by_start, data, found))
        found.extend(_prepositional_frames(doc, sent, quoted, ents_by_start, data, found))
        found.extend(_noun_frames(doc, sent, ents_by_start, data, found))
    found.sort(key=lambda f: (f.content_start, f.cue[0].i if f.cue else 0))
    found = _drop_frames_read_as_content(_drop_duplicates(found))
    _media_outside_speakers(found, data)
    _media_beside_cues(found, data)
    found.extend(_continuations(doc, found, data))
    found.extend(_unframed_quotes(doc, found, quoted, ents_by_start, data))
    for f in found:
        if f.continues is not None and f.medium is None:
            f.medium = f.continues.medium  # said in the same interview, letter or press conference
    found.sort(key=lambda f: (f.content_start, f.cue[0].i if f.cue else 0))
    for f in found:  # before linking: a pluperfect auxiliary marks what an answer answers
        f.cue_helpers = _cue_helpers(doc, f, data)
    _link_nesting(found)
    _link_denials_of_relative_reports(found, data)
    _link_answers(found)
    _content_denials(found, data)
    _link_reports(found, data)
    _link_denials_by_topic(found, data)
    _answer_the_last_continuation(found, data)
    for f in found:
        f.addressee = find_addressee(f, data, ents_by_start)
    return found
