"""Finds attributed statements: direct, indirect and reported speech, their cues, speakers, stance and nesting.

The stages, in the order `find_statements` runs them: cue tags are repaired and verb cues found (`cues`); each verb
cue's frame, speaker and content are read (`frames`, with `speaker_phrases` and `content`); prepositional and noun
cues add theirs (`prepositional`, `nouns`); duplicates go, media beside the cues are read (`media`), cue-less
continuations and unframed quotes are added (`continuations`), and statements are linked to the ones they are reported via or answer (`links`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.components.addressees import find_addressee
from whosaid.components.attribution.continuations import _colon_reports, _continuations, _unframed_quotes
from whosaid.components.attribution.cues import _cue_helpers, correct_cue_tags
from whosaid.components.attribution.found import Found
from whosaid.components.attribution.frames import _verb_frames
from whosaid.components.attribution.links import (
    _answer_the_last_continuation,
    _answer_told_as_earlier,
    _content_denials,
    _continue_answers,
    _continue_sourceless_impersonal,
    _drop_acts_inside_reported_speech,
    _drop_duplicates,
    _drop_frames_read_as_content,
    _drop_impersonal_speech_inside,
    _drop_light_verb_objects,
    _drop_orphaned_continuations,
    _join_earlier_denials,
    _link_answers,
    _link_answers_with_evidence,
    _link_contradicted_speakers,
    _link_coordinated_answers,
    _link_counter_figures,
    _link_denials_by_topic,
    _link_denials_of_relative_reports,
    _link_negated_nouns,
    _link_negated_restatements,
    _link_negations_of_the_accused,
    _link_nesting,
    _link_no_question_of,
    _link_press_report_told_after,
    _link_reports,
    _link_restated_denials,
    _link_retorts,
    _split_joined_answers,
)
from whosaid.components.attribution.media import (
    _media_beside_cues,
    _media_of_answered_reports,
    _media_of_continuations,
    _media_of_pronoun_writers,
    _media_of_shared_subjects,
    _media_outside_speakers,
)
from whosaid.components.attribution.nouns import _noun_frames
from whosaid.components.attribution.prepositional import _prepositional_frames
from whosaid.components.attribution.quoted import _quoted_token_spans, mark_name_quotes
from whosaid.components.phrases import sentences
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, load_language

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


def _name_nouns(data: LanguageData) -> frozenset[str]:
    """Words after which a quote is a name: organisations', outlets' and programmes' ("Verein", "Magazin")."""
    return frozenset(w.lower() for w in data.org_nouns | data.words.get("outlet_noun", frozenset())
                     | data.words.get("programme_noun", frozenset()) | data.words.get("name_noun", frozenset())
                     if len(w) >= 5)


def find_statements(doc: Doc, data: LanguageData) -> list[Found]:
    quoted = _quoted_token_spans(doc)
    for span in quoted:
        for tok in span:
            tok._.in_quote = True
    mark_name_quotes(doc, quoted, _name_nouns(data))
    ents_by_start = {ent.start: ent for ent in doc.ents}
    found: list[Found] = []
    for sent in sentences(doc):
        found.extend(_verb_frames(doc, sent, quoted, ents_by_start, data, found))
        found.extend(_prepositional_frames(doc, sent, quoted, ents_by_start, data, found))
        found.extend(_noun_frames(doc, sent, ents_by_start, data, found))
    found.sort(key=lambda f: (f.content_start, f.cue[0].i if f.cue else 0))
    found = _drop_orphaned_continuations(
        _drop_acts_inside_reported_speech(_drop_frames_read_as_content(_drop_light_verb_objects(_drop_duplicates(found)))))
    _media_outside_speakers(found, data)
    _media_of_answered_reports(found, data)
    _media_beside_cues(found, data)
    _media_of_shared_subjects(found, data)
    found.extend(_colon_reports(doc, found, ents_by_start, data))
    found.sort(key=lambda f: (f.content_start, f.cue[0].i if f.cue else 0))
    found.extend(_continuations(doc, found, data))
    found.extend(_unframed_quotes(doc, found, quoted, ents_by_start, data))
    _media_of_pronoun_writers(found, data)
    _media_of_continuations(found)
    found.sort(key=lambda f: (f.content_start, f.cue[0].i if f.cue else 0))
    for f in found:  # before linking: a pluperfect auxiliary marks what an answer answers
        f.cue_helpers = _cue_helpers(doc, f, data)
    found = _split_joined_answers(found, data)
    _link_nesting(found)
    found = _drop_impersonal_speech_inside(found)
    _link_denials_of_relative_reports(found, data)
    _link_answers(found)
    _content_denials(found, data)
    _link_no_question_of(found, data)
    _link_reports(found, data)
    _link_denials_by_topic(found, data)
    _answer_the_last_continuation(found, data)
    _join_earlier_denials(found, data)
    _link_answers_with_evidence(found, data)
    _answer_told_as_earlier(found, data)
    _link_contradicted_speakers(found, data)
    _link_negated_nouns(found, data)
    _link_negations_of_the_accused(found, data)
    _link_press_report_told_after(found, data)
    _continue_answers(found, data)
    _link_restated_denials(found)
    _link_negated_restatements(found, data)
    _continue_sourceless_impersonal(found, data)
    _link_coordinated_answers(found, data)
    _link_retorts(found, data)
    _link_counter_figures(found, data)
    for f in found:
        f.addressee = find_addressee(f, data, ents_by_start)
    return found
