"""Verb frames: for each reporting verb, the frame it stands in ("wie X sagte", "„…“, sagte X", "X sagte, dass
…", "X dementierte die Berichte", a subordinate clause), its speaker and its content."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution.clauses import (
    _after_cue_end,
    _clause_start,
    _finite_of,
    _has_finite_in_clause,
    _in_time,
    _relative_clause_comma,
    _skip_space,
    _time_spans,
)
from whosaid.components.attribution.content import (
    _after_leading_adjunct,
    _clause_end,
    _colon_content,
    _content_end,
    _ends_in_zu_infinitive,
    _object_end,
    _opens_adverbial_clause,
    _opens_relative_clause,
    _perfect_object,
    _skip_frame_adjuncts,
    _trim_particle,
    _wholly_quoted,
)
from whosaid.components.attribution.cues import (
    _age_noun,
    _cue_lemma,
    _lassen_of,
    _reports_an_utterance,
    _VerbCue,
    conceded_under_must,
    with_lassen,
)
from whosaid.components.attribution.found import Found
from whosaid.components.attribution.links import _calls_false, _referred_statement
from whosaid.components.attribution.prepositional import _source_phrase_end
from whosaid.components.attribution.quoted import _quote_ending_at, _quote_starting_at
from whosaid.components.attribution.speaker_phrases import (
    OBLIQUE_ENDINGS,
    _expletive_after,
    _impersonal_source,
    _passive_agent,
    _prefield_speaker,
    _speaker_after,
    _speaker_between,
    _with_apposition,
    _without_object,
)
from whosaid.components.descriptions import role_of
from whosaid.components.entities import org_noun_endings
from whosaid.components.lemmas import _enumeration_comma, in_reported_apposition
from whosaid.components.phrases import (
    GENITIVE_ARTICLES,
    QUOTE_MARKS,
    is_finite,
    is_punct,
    is_subjunctive,
    noun_phrase_from,
    sentence_of,
    strip_span,
)
from whosaid.lang import LanguageData, VerbCue

# the lexicon entry of an attitude cue ("zeigte sich zuversichtlich, dass …"): its verbs are no cues by themselves
ATTITUDE_CUE = VerbCue("", "assert", "clause")


@dataclass(frozen=True)
class _SentenceView:
    """What the frame rules read about the sentence they work in."""

    doc: Doc
    sent: Span
    quoted: list[Span]
    ents: dict[int, Span]
    data: LanguageData
    earlier: list[Found]  # statements found before this cue, in text order


def _verb_frames(
    doc: Doc, sent: Span, quoted: list[Span], ents: dict[int, Span], data: LanguageData, previous: list[Found]
) -> list[Found]:
    found: list[Found] = []
    taken: set[int] = set()  # the participle of a gapped conjunct, told with the cue before it
    for tok in sent:
        if tok.i in taken:
            continue
        hit = _cue_lemma(doc, tok, sent, data) or _attitude_cue(doc, sent, tok, data)
        if hit is None:
            continue
        lemma, cue_tokens = hit
        entry = data.verb_cues.get(lemma, ATTITUDE_CUE)
        if lemma in data.words.get("lassen_only_cue", ()) and _lassen_of(doc, sent, tok) in {None, tok}:
            continue
        if not (_reports_an_utterance(doc, sent, tok) or conceded_under_must(doc, sent, tok, entry.stance, data)) \
                or in_reported_apposition(tok, sent):
            continue
        cue_tokens = with_lassen(doc, sent, tok, cue_tokens)
        if tok.tag_ == "VVPP" and entry.takes == "object" and not _has_finite_in_clause(doc, sent, tok):
            continue  # "…, genannt „BRD-Video“, …": a participle naming something, no speech act
        cue = _VerbCue(tok, cue_tokens, lemma, entry.stance, entry.takes)
        result = _frame_for_cue(_SentenceView(doc, sent, quoted, ents, data, previous + found), cue)
        if result is not None and result.speaker is not None and len(result.speaker) == 1 \
                and result.speaker[0].lower_ in data.words.get("nobody", ()):
            continue  # "habe ihm niemand etwas gesagt": what nobody said is no statement
        if result is not None:
            if (result.kind == "Reported" or _object_before_participle(result, doc, sent, tok)) \
                    and is_subjunctive(_finite_of(doc, sent, tok)):
                result.extra["subjunctive_act"] = True  # see _drop_acts_inside_reported_speech
            if result.stance == "deny" and _negated(result, data):
                # "Dass es Kontakte gibt, bestritt Jerusalem nicht": it grants them; "schloss nicht aus, dass …": it
                # holds it possible
                result.stance = "assert" if lemma in data.words.get("negated_possible_cue", ()) else "concede"
            _demonstrative_alone(result)
            found.append(result)
            worded = _quoted_with_words(doc, sent, quoted, result, data)
            if worded is not None:
                found.append(worded)
            rest = _colon_continuation(doc, sent, quoted, result, data) if worded is None else None
            if rest is not None:
                found.append(rest)
            quoted_one = _quoted_one(doc, sent, ents, result, data)
            if quoted_one is not None:
                found.append(quoted_one)
            gapped = _gapped_conjunct(doc, sent, cue, data) if lemma in data.verb_cues else None
            if gapped is not None and result.kind == "Reported":
                found.append(gapped)
                taken.update(t.i for t in gapped.cue)
    return found


def _object_before_participle(result: Found, doc: Doc, sent: Span, tok: Token) -> bool:
    """ "Das Ministerium habe Charterflüge dementiert, nach Linienflügen habe man nicht gefragt": a participle cue whose
    object stands before it, its content read from the clause after it, is an act with its object."""
    finite = _finite_of(doc, sent, tok)
    if tok.tag_ != "VVPP" or finite is tok or result.content_start <= tok.idx or result.speaker is None:
        return False
    return any(t.tag_ in {"NN", "NE"} for t in doc[finite.i + 1 : tok.i] if t.i not in range(
        result.speaker.start, result.speaker.end))


def _quoted_one(doc: Doc, sent: Span, ents: dict[int, Span], act: Found, data: LanguageData) -> Found | None:
    """ "„…“, zitierte die Agentur einen Sprecher des Außenministeriums": the one a quoting cue (`quoting_cue`) names
    as its object after its subject said the words, which reach us via the act of quoting."""
    if act.lemma not in data.words.get("quoting_cue", ()) or act.speaker is None or act.kind not in {"Direct", "Indirect"} \
            or act.speaker.start < act.cue[0].i:
        return None
    k = act.speaker.end
    if k >= sent.end or doc[k].lower_ not in data.words.get("accusative_article", ()) and doc[k].tag_ != "NE":
        return None
    quoted = noun_phrase_from(doc, k, sent.end, ents)
    if quoted is None or quoted.start != k:
        return None
    end = quoted.end
    while end < sent.end and doc[end].tag_ in {"APPR", "APPRART"} and end + 1 < sent.end and doc[end + 1].tag_ == "NE":
        end += 2  # "einen Sprecher des Außenministeriums in Aschgabat": where he speaks belongs to him
    return Found(act.cue, act.lemma, act.stance, act.kind, list(act.content), doc[k:end], act.frame, act.medium,
                 via=act)


def _demonstrative_alone(act: Found) -> None:
    """ "lehnte das am Montag ab", "wies das entschieden zurück", "bestätigte dies gegenüber der Zeitung": a
    demonstrative object of a denial or confirmation is the whole object; a time, an adverb of manner or the one told
    after it are no part of what is answered ("nannte das „überflüssig“" keeps its predicate)."""
    if act.kind != "Reported" or act.stance not in {"deny", "confirm"} or len(act.content) != 1:
        return
    content = act.content[0]
    first = content[0]
    if first.tag_ != "PDS" or len(content) == 1 or first.lower_ not in {"das", "dies", "dieses"}:
        return
    doc = first.doc
    times = _time_spans(doc)
    rest = list(content[1:])
    if rest and rest[0].lower_ == "gegenüber":
        rest = []  # "gegenüber der Zeitung": who was told
    if all(_in_time(t, times) or t.tag_ in {"ADV", "ADJD", "VVPP"} and len(rest) == 1 for t in rest):
        act.content = [doc[first.i : first.i + 1]]


def _quoted_with_words(doc: Doc, sent: Span, quoted: list[Span], act: Found, data: LanguageData) -> Found | None:
    """ "Die Agentur zitierte einen Kommandeur mit den Worten, jeder Angriff werde beantwortet" (or ": „…“"): after
    "mit den Worten" (`quoting_noun`) and its comma or colon comes what the one quoted said, reaching us via the act
    of quoting, which says it too; the one quoted is no part of it. Sets the act's content; returns the quoted one's."""
    if act.lemma not in data.words.get("quoting_cue", ()) or act.kind != "Reported" or act.speaker is None \
            or len(act.content) != 1:
        return None
    obj = act.content[0]
    nouns = data.words.get("quoting_noun", ())
    k = next((t.i for t in obj if t.lower_ == "mit" and t.i + 3 < sent.end and doc[t.i + 1].tag_ == "ART"
              and doc[t.i + 2].text in nouns), None)
    if k is None or k == obj.start or doc[k + 3].text not in {",", ":"}:
        return None
    person = strip_span(doc[obj.start : k])
    after = k + 4
    quote = _quote_starting_at(quoted, after) if after < sent.end and doc[after].text in QUOTE_MARKS else None
    if quote is not None:
        content, kind = quote, "Direct"
    elif doc[k + 3].text == ",":
        content, kind = strip_span(doc[after : sent.end]), "Indirect"
    else:
        return None
    if len(person) == 0 or len(content) < 2:
        return None
    act.content, act.kind = [content], kind
    return Found(act.cue, act.lemma, act.stance, kind, [content], person, act.frame, act.medium, via=act)


def _gapped_conjunct(doc: Doc, sent: Span, cue: _VerbCue, data: LanguageData) -> Found | None:
    """ "Die Staatsanwaltschaft hatte vier Jahre Haft gefordert, die Verteidigung auf Freispruch plädiert." / "…, die
    Verteidigung eine Bewährungsstrafe.": after a perfect cue and a comma, a subject, an object and at most a cue
    participle with no verb of their own share the auxiliary: a second speech act of that subject (with the first
    one's participle where none is written)."""
    verb = cue.verb
    if verb.tag_ != "VVPP" or verb.i + 2 >= sent.end or doc[verb.i + 1].text != ",":
        return None
    finite = _finite_of(doc, sent, verb)
    if finite.tag_ != "VAFIN" or finite.lemma_ != "haben" or finite.i >= verb.i:
        return None
    end = sent.end
    while end > verb.i + 2 and (is_punct(doc[end - 1]) or doc[end - 1].is_space):
        end -= 1
    start = verb.i + 2
    words = list(doc[start:end])
    if len(words) < 3 or words[0].tag_ not in {"ART", "PPOSAT"} or words[0].lower_ not in {"die", "der", "das", "sein", "ihr", "seine", "ihre"}:
        return None
    k = 1
    while k < len(words) and words[k].tag_ == "ADJA":
        k += 1
    if k >= len(words) or words[k].tag_ != "NN":
        return None
    subject = doc[words[0].i : words[k].i + 1]
    objects = [t for t in doc[cue.verb.i - 4 : cue.verb.i] if t.tag_ == "NN"]
    if any(words[k].text.lower().endswith(t.text.lower()) for t in objects):
        return None  # "hatte eine Reform angekündigt, die größte Steuerreform seit Jahrzehnten": the object again
    last = words[-1]
    lemma, tokens = cue.lemma, cue.tokens
    if last.tag_ in {"VVPP", "VVFIN"} and last.i > subject.end:
        written = data.verb_lemma(last.text, last.lemma_)
        if written not in data.verb_cues or not last.lower_.endswith("t"):
            return None
        lemma, tokens = written, [last]
        content = strip_span(doc[subject.end : last.i])
    else:
        content = strip_span(doc[subject.end : end])
    if not len(content) or any(is_finite(t) or t.tag_.startswith("V") or t.text in {",", ";", ":"} or t._.in_quote
                               for t in content) or not any(t.tag_ in {"NN", "NE", "CARD"} for t in content):
        return None
    entry = data.verb_cues[lemma]
    return Found(tokens, lemma, entry.stance, "Reported", [content], subject, doc[start:end], None)


def _colon_continuation(doc: Doc, sent: Span, quoted: list[Span], reported: Found,
                        data: LanguageData) -> Found | None:
    """ "forderte eine schriftliche Zusage: „…“", "forderte, die Fahrrinne zu vertiefen: „…“", "kritisierte die Pläne:
    Man habe …": the quote, or (after a reported object) the clause in Konjunktiv, after the colon that closes a
    reported speech act's frame continues it. A quote after "bestritt jede
    Kenntnis:" or "hat die Nominierung bestätigt:" is what is denied or confirmed, and keeps that stance."""
    if reported.kind not in {"Reported", "Indirect"}:
        return None
    ends = [reported.content[-1].end, max(t.i for t in reported.cue) + 1]
    if reported.speaker is not None:
        ends.append(reported.speaker.end)
    colon = max(ends)
    if reported.kind == "Reported" and colon + 2 < sent.end and doc[colon].text == "," \
            and doc[colon + 1].tag_ == "PPER" and is_finite(doc[colon + 2]) and is_subjunctive(doc[colon + 2]):
        # "begrüßte den Schritt als überfällig, er gehe ihr aber zu wenig weit": Konjunktiv after the object's comma
        clause = strip_span(doc[colon + 1 : _clause_end(doc, sent, colon + 1)])
        return Found([], "", "assert", "IndirectFreeIndirect", [clause], None, None, None, continues=reported)
    if colon + 1 >= sent.end or doc[colon].text != ":":
        return None
    quote = _quote_starting_at(quoted, colon + 1) if doc[colon + 1].text in QUOTE_MARKS else None
    if quote is not None:
        stance = reported.stance if reported.lemma in data.words.get("stance_passing_cue", ()) else "assert"
        return Found([], "", stance, "Direct", [quote], None, None, None, continues=reported,
                     extra={"colon_quote": True})
    if reported.kind != "Reported" and not _ends_in_zu_infinitive(reported.content[-1]) \
            and reported.content[0][0].lower_ not in data.words.get("complementizer", ()):
        # "forderte, die Fahrrinne zu vertiefen: „…“" or ": Wer …, müsse …" continues the zu-infinitive, "räumte ein,
        # dass es Fehler gab: Die Prüfung habe …" the dass-clause
        return None
    clause = strip_span(doc[colon + 1 : sent.end])
    finite = next((t for t in clause if is_finite(t) and not t._.in_quote), None)
    if finite is None or not is_subjunctive(finite):
        return None
    if any(t.text == "," and t.i + 1 < clause.end and is_finite(doc[t.i + 1])
           and data.verb_lemma(doc[t.i + 1].text, doc[t.i + 1].lemma_) in data.verb_cues for t in clause):
        return None  # "widersprach der Kammer: Die Versorgung sei gesichert, erklärte ein Sprecher": framed of its own
    return Found([], "", "assert", "IndirectFreeIndirect", [clause], None, None, None, continues=reported)


def _negated(found: Found, data: LanguageData) -> bool:
    """A negation in the frame of a cue, outside its content: "bestritt … nicht", "wies … nicht zurück"."""
    content = {t.i for span in found.content for t in span}
    frame = found.frame if found.frame is not None else found.cue[0].doc[found.cue[0].i : found.cue[-1].i + 1]
    doc = frame.doc
    end = min(frame.sent.end, max(t.i for t in found.cue) + 4)
    window = [t for t in doc[frame.start : end] if t.i not in content]
    negation = data.words.get("negation", ())
    # "hat den Bericht nicht dementiert": the object keeps the negation before the participle
    return any(t.lower_ in negation for t in window) or found.content[-1][-1].lower_ in negation


def _frame_for_cue(view: _SentenceView, cue: _VerbCue) -> Found | None:
    """The statement a reporting verb frames, or None: the frame's shape is read from the start of the verb's
    clause ("wie X sagte", "was X dementierte", "Das meldet …", a subordinate clause) and else from whether the
    clause opens with its verb (the frame follows its content) or not (the frame comes first)."""
    doc, sent, data = view.doc, view.sent, view.data
    if _names_no_utterance(view, cue):
        return None
    finite = _finite_of(doc, sent, cue.verb)
    if _state_of_a_transitive_cue(view, cue, finite):
        return None  # "Die Frächter seien gefordert, …", "Der Termin ist bestätigt": a state, no speech act
    if _reflexive_not_speech(view, cue, finite):
        return None
    if _agentless_reported_passive(view, cue, finite):
        return None  # "Mitarbeiterinnen seien angewiesen worden, … zu fälschen": what the last speaker reports
    clause_start = _clause_start(doc, sent, finite.i)
    clause_start = _prefield_start(doc, sent, clause_start, data)  # the prefield may hold appositions
    first = doc[clause_start] if clause_start < sent.end else None

    if first is not None and first.lower_ in data.words.get("as_frame", ()) and first.i < finite.i:
        return _as_frame(view, cue, finite, clause_start)
    if first is not None and first.lower_ in data.words.get("back_reference", ()) and first.i < finite.i:
        return _back_reference_frame(view, cue, finite, clause_start)
    demonstratives = data.words.get("back_reference_demonstrative", ())
    # "Auch das wies die Firma zurück": a focus particle before the demonstrative leaves it the whole prefield
    shown = doc[first.i + 1] if first is not None and first.lower_ in data.words.get("focus_particle", ()) \
        and first.i + 2 == finite.i else first
    if shown is not None and shown.i + 1 == finite.i and shown.lower_ in demonstratives \
            and shown.tag_ in {"PDS", "ART", "PPER"} and clause_start == _skip_space(doc, sent.start, sent.end):
        found = _demonstrative_frame(view, cue, finite)
        if found is not None or cue.lemma in data.words.get("impersonal_cue", ()):
            return found  # "Das geht aus … hervor" frames the sentence before, or nothing

    if first is not None and first.tag_ in SUBORDINATE_TAGS:
        return _subordinate_frame(view, cue, first, finite)
    own_first = doc[_clause_start(doc, sent, finite.i)]
    if own_first.tag_ in {"APPR", "APPRART"} and own_first.i + 1 < finite.i and doc[own_first.i + 1].tag_ == "PRELS":
        own_first = doc[own_first.i + 1]  # "Der Vermerk, aus dem das Magazin zitiere, stamme …"
    if own_first.tag_ in {"KOUS", "PRELS"} and own_first.i < finite.i:
        # "Der Prediger, der alle aufforderte, …": the relative clause is no apposition of the prefield
        return _subordinate_frame(view, cue, own_first, finite)

    if _shares_subject_after_comma(view, finite):
        return _frame_before_content(view, cue, finite, clause_start)
    verb_first, clause_start, inverted_speaker = _verb_first_clause(view, finite, clause_start, first, cue.lemma)
    if verb_first and finite is not cue.verb and finite.i == clause_start and (
            finite.tag_ == "VMFIN" or finite.lemma_ == "werden" and cue.verb.tag_ == "VVPP"):
        return None  # "…, sollte der Entwurf beschlossen werden": a condition, not a frame after its content
    if verb_first and clause_start > sent.start and _topic_with_report(view, clause_start):
        # "Zu Berichten, wonach …, äußerte sich X zurückhaltend": the fronted topic, whose report speaks for itself
        return _frame_before_content(view, cue, finite, _skip_space(doc, sent.start, finite.i))
    if verb_first and clause_start > sent.start and is_subjunctive(finite) and any(
            f.cue and f.content_start <= finite.idx < f.content_end for f in view.earlier):
        # "sagte, man begrüße den Plan, kommentiere aber keine Berichte": a second verb of the reported clause
        return None
    if verb_first and clause_start > sent.start or (verb_first and clause_start == sent.start and clause_start > 0
                                                    and doc[clause_start - 1].text in QUOTE_MARKS):
        return _frame_after_content(view, cue, clause_start, inverted_speaker)
    if (finite is cue.verb or finite.tag_ == "VAFIN" and cue.verb.tag_ == "VVPP") and is_subjunctive(finite) \
            and clause_start == _skip_space(doc, sent.start, sent.end) \
            and finite.i == clause_start + 1 and doc[clause_start].tag_ in {"PPER", "PIS"}:
        # "Man fordere weiterhin 8,5 Prozent", "Er kritisiere die Bahn", "Er habe die Frau gedrängt, …": the last
        # speaker's speech act, or one he reports, itself told in Konjunktiv ("Der Verkäufer behaupte, …" names a
        # speaker of its own)
        return None
    if finite is cue.verb and is_subjunctive(finite) and clause_start == _skip_space(doc, sent.start, sent.end) \
            and finite.i > clause_start and finite.i + 1 < sent.end and doc[finite.i + 1].lower_ in INVERTED_SELF:
        # "Verhandlungen mit Kunden kommentiere man nicht", "Die Vorwürfe weise er zurück": the same, inverted
        return None
    return _frame_before_content(view, cue, finite, clause_start)


def _agentless_reported_passive(view: _SentenceView, cue: _VerbCue, finite: Token) -> bool:
    """ "Mitarbeiterinnen seien angewiesen worden, Protokolle zu fälschen": a speech act in the passive told in
    Konjunktiv, with no one named who performed it ("von …"), is what the speaker before reports, not a frame whose
    subject (the addressee) speaks."""
    doc, sent = view.doc, view.sent
    if cue.verb.tag_ != "VVPP" or finite is cue.verb or not is_subjunctive(finite) or finite._.in_quote:
        return False
    after = doc[cue.verb.i + 1] if cue.verb.i + 1 < sent.end else None
    # "seien aufgefordert worden", "werde aufgefordert": the auxiliary of the passive is the participle's own
    passive = after is not None and after.lower_ == "worden" or finite.lemma_ == "werden" and finite.i < cue.verb.i
    agent = any(t.lower_ in {"von", "vom"} for t in doc[sent.start : cue.verb.i])
    return passive and not agent


def _state_of_a_transitive_cue(view: _SentenceView, cue: _VerbCue, finite: Token) -> bool:
    """ "seien gefordert", "ist bestätigt", "ist nun angekündigt": the participle of a cue that takes an object, right
    beside a finite "sein" (an adverb or two between), is a state (Zustandspassiv), no speech act; "war verlautet"
    (a verb without object, its perfect formed with "sein") and "worden" (a passive) are speech acts."""
    doc, verb = view.doc, cue.verb
    if verb.tag_ != "VVPP" or finite is verb or finite.lemma_ != "sein" or not cue.takes.startswith(("object", "both")):
        return False
    between = doc[min(finite.i, verb.i) + 1 : max(finite.i, verb.i)]
    if len(between) > 2 or any(t.tag_ not in {"ADV", "PTKNEG"} for t in between):
        return False
    return not any(t.lower_ == "worden" for t in doc[verb.i + 1 : min(view.sent.end, verb.i + 3)])


# pronouns after a Konjunktiv I cue verb that make its sentence the last speaker's own speech act
INVERTED_SELF = frozenset({"man", "er", "sie"})


SUBORDINATE_TAGS = frozenset({"KOUS", "PRELS", "PWS", "PWAV", "KOUI"})


def _shares_subject_after_comma(view: _SentenceView, finite: Token) -> bool:
    """ "Der Verband lobte den Einsatz, mahnte aber mehr Personal an": a cue verb right after a comma whose sentence
    opens with a subject and an indicative cue verb of its own (the only finite verb before the comma), or any verb
    when an adverb joins the cue to it ("unterstützte den Entwurf, verlangte aber …"), shares that subject; it is no
    frame after content ("Die Lage ist ernst, sagte X")."""
    doc, sent, data = view.doc, view.sent, view.data
    if finite.i - 1 <= sent.start or doc[finite.i - 1].text != "," or not is_finite(finite) or is_subjunctive(finite):
        return False
    start = _skip_space(doc, sent.start, finite.i)
    before = [t for t in doc[start : finite.i - 1] if is_finite(t) or t.text in QUOTE_MARKS or t.text in {",", ":", ";"}]
    if len(before) != 1 or not is_finite(before[0]) or is_subjunctive(before[0]):
        return False
    first = before[0]
    lemma = data.verb_lemma(first.text, first.lemma_)
    joined = finite.i + 1 < sent.end and doc[finite.i + 1].lower_ in data.words.get("joining_adverb", ())
    if lemma not in data.verb_cues and lemma not in data.words.get("reflexive_cue", ()) and not joined:
        return False  # "Die Abgeordnete unterstützte den Entwurf, verlangte aber …": any verb, joined by an adverb
    if joined and lemma not in data.verb_cues:
        phrase = noun_phrase_from(doc, finite.i + 2, sent.end, view.ents)
        head = doc[phrase.start : next((t.i for t in phrase if t.tag_ in {"APPR", "APPRART"}), phrase.end)] \
            if phrase is not None and phrase.start == finite.i + 2 else None
        if head is not None and _agentive(head, view.ents, data):
            return False  # "Die Lage ist ernst, sagte aber der Bürgermeister": the verb has a subject of its own
    if _speaker_closes_clause(view, finite):
        return False  # "Der Minister lehnt den Rücktritt ab, sagte eine Sprecherin": the verb has a subject of its own
    takes = data.verb_cues[lemma].takes if lemma in data.verb_cues else ""
    word = takes.partition(":")[2] if takes.startswith("clause") else ""
    if word and not any(t.lower_ == word for t in doc[start : finite.i]):
        return False  # "Die Modelle gingen von warmen Sommern aus, sagte sie": "ausgehen" reports only with "davon"
    return first.i > start and _prefield_speaker(doc, start, first, view.ents, data) is not None


def _speaker_closes_clause(view: _SentenceView, finite: Token) -> bool:
    """A phrase that can speak right after the finite verb, followed by nothing but a verb particle, adverbs and
    prepositional phrases ("sagte eine Sprecherin am Montag.", "teilte das Unternehmen in Hamburg mit.")."""
    doc, sent = view.doc, view.sent
    phrase = noun_phrase_from(doc, finite.i + 1, sent.end, view.ents)
    if phrase is None or phrase.start != finite.i + 1 or not _agentive(phrase, view.ents, view.data):
        return False
    k = phrase.end
    while k < sent.end and not is_punct(doc[k]):
        if doc[k].tag_ in {"APPR", "APPRART"}:
            inner = noun_phrase_from(doc, k + 1, sent.end, view.ents)
            k = inner.end if inner is not None else k + 1
        elif doc[k].tag_ in {"PTKVZ", "ADV", "ADJD"}:
            k += 1
        else:
            return False
    return True


def _names_no_utterance(view: _SentenceView, cue: _VerbCue) -> bool:
    """A cue verb used in a sense that reports nothing, as its sentence shows."""
    sent, data = view.sent, view.data
    word = cue.takes.partition(":")[2] if cue.takes.startswith("clause") else ""
    if word and not any(t.lower_ == word for t in sent):
        return True  # "geht davon aus, dass …" reports; "geht von einem Anschlag aus" does not
    needed = data.rights("cue_only_with", cue.lemma)
    if needed and not any(t.lower_ in needed for t in view.doc[cue.verb.i + 1 : sent.end]):
        return True  # "hielt das für unglaubwürdig" says what she thinks; "hielt eine Rede" tells no content
    if _withholds(view, cue):
        return True  # "Namen nannte die Polizei nicht", "Einzelheiten nannte er keine": nothing was said
    if _fronted_participle_negated(view, cue):
        return True  # "Bestätigt hat die Polizei den Bericht bislang nicht": the narrator says what was not said
    if _indicates(view, cue):
        return True  # "Einzelne Jahre sagten wenig über den Trend aus": what a thing shows
    if _declares(view, cue):
        return True  # "hatte die Diplomaten zu unerwünschten Personen erklärt": a declaration that makes them so
    if cue.verb.tag_ == "VVPP" and cue.takes.startswith(("object", "both")) and _state_passive(_cue_clause(view, cue)):
        # "Ausgeschlossen sei das aber nicht", "Es ist nicht ausgeschlossen, dass …", "Der Termin ist bestätigt": a
        # transitive verb's participle with "sein" tells a state, no one's act ("war verlautet" has no object)
        return True
    if cue.lemma in data.words.get("exclusion_cue", ()) and any(
            t.lower_ == "vom" or t.lower_ in {"von", "aus"} and t.i + 1 < view.sent.end
            and view.doc[t.i + 1].tag_ in {"ART", "PPOSAT"} for t in _cue_clause(view, cue) if not t._.in_quote):
        return True  # "hat 64 Schüler vom Unterricht ausgeschlossen": excluded, not ruled out
    if cue.lemma in data.words.get("silent_when_negated", ()) and _negated_clause(view, cue):
        return True  # "äußerte sich nicht zu den Vorwürfen": no statement
    if _neither_nor(view, cue):
        return True  # "wollte das weder bestätigen noch dementieren": neither was said
    senses = tuple(row.split("=")[1].lower() for row in data.words.get("other_sense", ()) if row.startswith(cue.lemma + "="))
    # a role noun is who acts, never the sense-giving object ("Direktor" ends in "tor", "Senator" too)
    if senses and any(t.tag_ == "NN" and t.lower_.endswith(senses) and t.text not in data.role_nouns for t in sent):
        return True  # "verurteilte ihn zu drei Jahren Haft", "Sein erstes Pflichtspiel bestreitet Werder …"
    if _subject_in_other_sense(view, cue):
        return True  # "Gericht verurteilt früheren Bürgermeister": a court sentences, it does not condemn
    casualties = data.words.get("casualty_noun", ())
    if cue.lemma in data.words.get("casualty_cue", ()) and any(t.text.rsplit("-", 1)[-1] in casualties for t in sent):
        return True  # "Der Anschlag forderte acht Tote" / "einen Motorrad-Toten" counts victims, it demands nothing
    return False


def _neither_nor(view: _SentenceView, cue: _VerbCue) -> bool:
    """A cue verb that is one of the two members of "weder … noch" ("weder bestätigen noch dementieren", "hat das
    weder bestätigt noch dementiert"): "weder" shortly before it and "noch" right after it, or "noch" right before it
    with "weder" shortly before that."""
    doc, sent, i = view.doc, view.sent, cue.verb.i
    near = [t.lower_ for t in doc[max(sent.start, i - 3) : i] if not t._.in_quote]
    if "weder" in near and i + 1 < sent.end and doc[i + 1].lower_ == "noch":
        return True
    return i - 1 > sent.start and doc[i - 1].lower_ == "noch" \
        and any(t.lower_ == "weder" for t in doc[max(sent.start, i - 5) : i - 1])


def _subject_in_other_sense(view: _SentenceView, cue: _VerbCue) -> bool:
    """A noun in the cue's clause, after an article or first in the sentence and not in a prepositional phrase,
    that makes the verb mean something else (lang words `subject_sense`: "verurteilen=gericht")."""
    endings = tuple(row.split("=")[1].lower() for row in view.data.words.get("subject_sense", ())
                    if row.startswith(cue.lemma + "="))
    if not endings:
        return False
    doc = view.doc
    for t in _cue_clause(view, cue):
        if t.tag_ != "NN" or not t.lower_.endswith(endings):
            continue
        before = doc[t.i - 1] if t.i > view.sent.start else None
        if before is None or before.is_space or before.tag_ in {"ART", "ADJA"} and not (
                t.i - 2 >= view.sent.start and doc[t.i - 2].tag_ in {"APPR", "APPRART"}):
            return True
    return False


def _withholds(view: _SentenceView, cue: _VerbCue) -> bool:
    """A negated cue whose own clause names what was withheld ("Namen", "Einzelheiten", "Angaben")."""
    return _negated_clause(view, cue) and any(
        t.text in view.data.words.get("withheld_object", ()) for t in _cue_clause(view, cue))


def _fronted_participle_negated(view: _SentenceView, cue: _VerbCue) -> bool:
    """A cue's participle opening the sentence before its auxiliary ("Veröffentlicht hat die Gruppe die Aufnahmen
    nicht") in a negated clause."""
    doc, verb = view.doc, cue.verb
    return verb.tag_ == "VVPP" and verb.i == _skip_space(doc, view.sent.start, view.sent.end) \
        and verb.i + 1 < view.sent.end and doc[verb.i + 1].tag_ == "VAFIN" and _negated_clause(view, cue)


def _indicates(view: _SentenceView, cue: _VerbCue) -> bool:
    """ "sagt wenig über … aus", "sagten nichts über … aus": a cue that means "indicate" (`indicating_cue`) with an
    amount (`indicating_amount`) before "über" in its own clause."""
    data = view.data
    if cue.lemma not in data.words.get("indicating_cue", ()):
        return False
    clause = [t for t in _cue_clause(view, cue) if not t._.in_quote]
    amounts = data.words.get("indicating_amount", frozenset())
    return any(t.lower_ in amounts and any(u.lower_ == "über" for u in clause[n + 1 : n + 3])
               for n, t in enumerate(clause))


def _declares(view: _SentenceView, cue: _VerbCue) -> bool:
    """ "erklärte die Diplomaten zu unerwünschten Personen", "erklärte die Region zum Katastrophengebiet": a
    declaring cue (`declaring_cue`) whose clause, closing the sentence, has a noun and then "zu"/"zum"/"zur" with a
    noun: it makes something so, it reports nothing."""
    if cue.lemma not in view.data.words.get("declaring_cue", ()):
        return False
    clause = _cue_clause(view, cue)
    if clause.start != _skip_space(view.doc, view.sent.start, view.sent.end):
        return False  # "…, ließ er zum Prozessauftakt erklären": a frame after its content, "zum" tells when
    if clause.end < view.sent.end and view.doc[clause.end].text in {",", ";", ":"} or any(
            t._.in_quote or t.text in QUOTE_MARKS for t in clause):
        return False
    words = list(clause)
    if any(t.tag_ == "PRF" for t in words):
        return False  # "erklärte sich zu Gesprächen bereit": said of oneself, a statement
    for n, t in enumerate(words):
        if t.lower_ in {"zu", "zum", "zur"} and t.tag_ in {"APPR", "APPRART"} and n > 0 \
                and any(u.tag_ in {"NN", "NE", "PPER"} for u in words[:n]) \
                and any(u.tag_ == "NN" for u in words[n + 1 :]):
            return not any(u.lower_ in view.data.words.get("complementizer", ()) for u in words)
    return False


def _negated_clause(view: _SentenceView, cue: _VerbCue) -> bool:
    return any(t.lower_ in view.data.words.get("negation", ()) and not t._.in_quote for t in _cue_clause(view, cue))


def _state_passive(clause: Span) -> bool:
    """A participle with a finite "sein" and no "worden"/"werden" tells a state ("ist ausgeschlossen"); speech verbs
    form their perfect with "haben", their passive with "werden"."""
    finite = [t for t in clause if is_finite(t) and not t._.in_quote]
    return any(t.lemma_ == "sein" for t in finite) and not any(
        t.lemma_ in {"haben", "werden"} or t.lower_ == "worden" for t in clause if not t._.in_quote)


def _cue_clause(view: _SentenceView, cue: _VerbCue) -> Span:
    """The cue's clause, from its start to the next comma, semicolon or colon after the verb."""
    doc, sent = view.doc, view.sent
    start = _clause_start(doc, sent, cue.verb.i)
    end = next((t.i for t in doc[cue.verb.i : sent.end] if t.text in {",", ";", ":"}), sent.end)
    return doc[start:end]


def _attitude_cue(doc: Doc, sent: Span, tok: Token, data: LanguageData) -> tuple[str, list[Token]] | None:
    """ "zeigte sich (sehr) zuversichtlich, dass …", "gab sich (darüber) besorgt, dass …": a finite reflexive
    zeigen/geben (words.tsv attitude_verb), at most two adverbs, then an attitude adjective closing the clause before
    a comma and a complementizer tells what its subject holds; the cue is all three words. Without the clause
    ("zeigte sich enttäuscht: „…“", "Die Daten zeigen, dass sich …") it is no cue."""
    words = data.words
    if tok.tag_ != "VVFIN" or tok._.in_quote or tok.lemma_.lower() not in words.get("attitude_verb", ()):
        return None
    k = tok.i + 1
    if k >= sent.end or doc[k].tag_ != "PRF":
        return None
    for t in doc[k + 1 : min(k + 4, sent.end - 2)]:
        if t.lower_ in words.get("attitude_adjective", ()):
            comma, complementizer = doc[t.i + 1], doc[t.i + 2]
            if comma.text == "," and complementizer.lower_ in words.get("complementizer", ()):
                return tok.lemma_.lower(), [tok, doc[k], t]
            return None
        if t.tag_ not in {"ADV", "PROAV"}:
            return None
    return None


def _reflexive_not_speech(view: _SentenceView, cue: _VerbCue, finite: Token) -> bool:
    """ "meldete sich bei ihnen", "entschied sich der Pilot für …", "hat sich bestätigt": a cue verb that is no
    speech act with a reflexive."""
    doc, sent, verb = view.doc, view.sent, cue.verb
    # the reflexive after the verb, or after the auxiliary of a participle ("hatten sich … bestätigt")
    after_verbs = [*doc[verb.i + 1 : min(sent.end, verb.i + 4)], *doc[finite.i + 1 : min(sent.end, finite.i + 4)]]
    reflexive = next((t for t in after_verbs if t.tag_ == "PRF"), None)
    return reflexive is not None and cue.lemma in view.data.words.get("reflexive_not_speech", ())


def _as_frame(view: _SentenceView, cue: _VerbCue, finite: Token, clause_start: int) -> Found | None:
    """ "wie X berichtet, ..." / "..., wie X mitteilte.": the content is the rest of the sentence."""
    doc, sent, ents, data = view.doc, view.sent, view.ents, view.data
    first = doc[clause_start]
    last_cue = max(t.i for t in cue.tokens)
    speaker = _speaker_between(doc, first.i + 1, min(t.i for t in cue.tokens + [finite]), ents, data)
    if speaker is not None and len(speaker) > 1 and speaker[0].lower_ in data.words.get("source_preposition", ()) \
            and cue.lemma in data.words.get("impersonal_cue", ()):
        speaker = strip_span(doc[speaker.start + 1 : speaker.end])  # "wie aus Daten des Instituts hervorgeht"
    frame = doc[first.i : _after_cue_end(doc, sent, last_cue)]
    if speaker is None and first.i + 1 == finite.i:
        # "Wie erklärte der Finanzminister am Dienstag, …": the subject follows the verb
        speaker = _speaker_after(doc, finite.i + 1, frame.end, ents, data)
    if speaker is None and cue.verb is finite and finite.tag_ == "VVPP" and frame.end - first.i <= 3:
        return None  # "Wie erwartet, …", "wie berichtet": a set phrase that reports no one
    if clause_start == sent.start or doc[clause_start - 1].text in QUOTE_MARKS:
        content = strip_span(doc[frame.end : sent.end])
    else:
        content = strip_span(doc[sent.start : first.i])
    if len(content) == 0:
        return None
    return Found(cue.tokens, cue.lemma, cue.stance, "Indirect", [content], speaker, frame, _medium(frame, data))


def _back_reference_frame(view: _SentenceView, cue: _VerbCue, finite: Token, clause_start: int) -> Found | None:
    """ "..., was X dementierte": answers the statement that ends right before."""
    doc = view.doc
    first = doc[clause_start]
    speaker = _speaker_between(doc, first.i + 1, finite.i, view.ents, view.data)
    target = next((f for f in reversed(view.earlier)
                   if f.content_end <= first.idx and f.content_end >= doc[clause_start - 2].idx), None)
    if target is None:
        return None
    frame = doc[first.i : max(t.i for t in cue.tokens) + 1]
    return Found(cue.tokens, cue.lemma, cue.stance, "Reported", list(target.content), speaker, frame, None,
                 refers_to=target)


def _demonstrative_frame(view: _SentenceView, cue: _VerbCue, finite: Token) -> Found | None:
    """ "Das meldet die Zeitung Haaretz.": the demonstrative stands for the sentence before."""
    doc, sent, data = view.doc, view.sent, view.data
    if is_subjunctive(finite):
        return None  # "Das habe man dem Hersteller erläutert": the last speaker's own words, told in Konjunktiv
    previous = _previous_sentence(doc, sent)
    speaker = _speaker_after(doc, finite.i + 1, sent.end, view.ents, data, apposition=True)
    if speaker is not None and cue.stance == "deny" and cue.takes.startswith(("object", "both")) \
            and not cue.takes.partition(":")[2]:
        # "Das bestritt die Angeklagte.", "Das wies eine Sprecherin zurück: „…“": a denial of what was just said,
        # whose object is the demonstrative (as in "wies das zurück"), not a report of the sentence before
        frame = doc[finite.i : _after_cue_end(doc, sent, max(t.i for t in cue.tokens))]
        first = doc[finite.i - 1]  # the demonstrative, after a focus particle too ("Auch das")
        return Found(cue.tokens, cue.lemma, cue.stance, "Reported", [doc[first.i : first.i + 1]], speaker, frame,
                     _medium(frame, data))
    if speaker is None and cue.lemma in data.words.get("impersonal_cue", ()):
        # "Das geht aus der Bilanz des DWD hervor": the source of the sentence before, unless it names one itself
        # ("… fühlt sich einer Studie zufolge einsam. Das geht aus einer Untersuchung … hervor")
        attributed = previous is not None and any(previous.start <= f.content[0].start < previous.end
                                                  for f in view.earlier)
        speaker = None if attributed else _source_phrase_after(view, finite.i + 1)
    if previous is None or speaker is None:
        return None
    frame = doc[finite.i : _after_cue_end(doc, sent, max(t.i for t in cue.tokens))]
    return Found(cue.tokens, cue.lemma, cue.stance, "Indirect", [strip_span(previous)], speaker, frame,
                 _medium(frame, data))


def _source_phrase_after(view: _SentenceView, k: int) -> Span | None:
    """The noun phrase of a source preposition at `k` ("aus der Bilanz des DWD")."""
    doc, sent = view.doc, view.sent
    if k + 1 >= sent.end or doc[k].lower_ not in view.data.words.get("source_preposition", ()):
        return None
    return noun_phrase_from(doc, k + 1, sent.end, view.ents)


def _verb_first_clause(view: _SentenceView, finite: Token, clause_start: int,
                       first: Token | None, lemma: str) -> tuple[bool, int, Span | None]:
    """Whether the cue's clause opens with its verb, so the frame follows its content ("„…“, sagte X." / "…,
    fügte X hinzu."); the clause start, moved back to the sentence start when what stood before the verb was its
    subject; and the speaker after the verb."""
    doc, sent, ents, data = view.doc, view.sent, view.ents, view.data
    verb_first = finite.i == clause_start or (first is not None and first.lower_ in data.words.get("so_frame", ()))
    expletive = _expletive_after(doc, finite.i + 1, sent.end) if verb_first else None
    impersonal = expletive is not None
    if impersonal:
        # "…, heißt es in der Mitteilung des WWF." / "…, hieß es.": no subject; the source, if any, in a phrase
        inverted_speaker = _impersonal_source(doc, expletive + 1, sent.end, ents, data)
    else:
        inverted_speaker = _speaker_after(doc, finite.i + 1, sent.end, ents, data,
                                          apposition=True) if verb_first else None
        if verb_first and inverted_speaker is None and lemma in data.words.get("impersonal_cue", ()):
            impersonal = True  # "…, verlautete aus Diplomatenkreisen.": the source in a phrase, no subject
            inverted_speaker = _impersonal_source(doc, finite.i + 1, sent.end, ents, data)
    if verb_first and clause_start > sent.start and not impersonal and not _clause_before_first_comma(
            doc, sent, finite, clause_start) and (inverted_speaker is None or _subject_with_relative_clause(doc, _skip_space(doc, sent.start, finite.i),
                                                                      clause_start)):
        # "Der Korrespondent, Will Grant, berichtete, dass …": the commas were an apposition's; "Ulla Jelpke, die
        # … gesorgt hatte, kritisierte die Entscheidung": a relative clause's
        clause_start = _skip_space(doc, sent.start, finite.i)
        verb_first = False
    elif verb_first and clause_start > sent.start and _adverbial_clause(doc, _skip_space(doc, sent.start, finite.i),
                                                                        clause_start, data):
        # "Da er noch nie eine Krawatte gebunden hatte, bat er die Beamten um Hilfe": the clause before the verb
        # is its prefield, not what was said; the speaker follows the verb
        verb_first = False
    return verb_first, clause_start, inverted_speaker


def _clause_before_first_comma(doc: Doc, sent: Span, finite: Token, clause_start: int) -> bool:
    """ "Man prüfe das, sagte am Montag der Zeitung ein Sprecher": a finite cue right after the sentence's only comma,
    with a finite verb of its own (not quoted) before it: that is a clause, no subject with an apposition."""
    commas = [t.i for t in doc[sent.start : finite.i] if t.text == ","]
    return len(commas) == 1 and finite.i == clause_start == commas[0] + 1 and finite.tag_ == "VVFIN" \
        and finite.lemma_ != "lassen" and doc[sent.start].tag_ not in SUBORDINATE_TAGS \
        and any(is_finite(t) and not t._.in_quote for t in doc[sent.start : commas[0]])


def _frame_after_content(view: _SentenceView, cue: _VerbCue, clause_start: int, speaker: Span | None) -> Found | None:
    """A frame after its content: "„…“, sagte X." / "…, fügte X hinzu." / "…, entgegnete X: „…“"; never of a cue that
    reports only with a word after it ("Er bestritt nicht, teilgenommen zu haben, hielt sie aber für gerechtfertigt":
    what is held for something follows the verb)."""
    doc, sent, quoted, data = view.doc, view.sent, view.quoted, view.data
    if data.rights("cue_only_with", cue.lemma):
        return None
    frame_end = _after_cue_end(doc, sent, max(t.i for t in cue.tokens))
    frame = doc[clause_start:frame_end]
    fronted = _fronted_object_before_frame(view, cue, clause_start, speaker, frame)
    if fronted is not None:
        return fronted
    if frame_end < sent.end and doc[frame_end].text == ":":
        following = _quote_starting_at(quoted, frame_end + 1)
        if following is not None:  # "…, entgegnete X: „…“"
            return Found(cue.tokens, cue.lemma, cue.stance, "Direct", [following], speaker, frame,
                         _medium(frame, data))
    quote = _quote_before(doc, quoted, clause_start)
    lead = strip_span(doc[sent.start : quote.start]) if quote is not None else None
    opening = quote.start - 1 if quote is not None and doc[quote.start - 1].text in QUOTE_MARKS else None
    embedded = opening is not None and opening > sent.start and (not is_punct(doc[opening - 1]) or (
        # "Mit dem Geld würden Radwege finanziert, „von denen die Gäste profitieren“, sagte sie": a quote that
        # opens in lower case after a comma goes on with the sentence before it
        doc[opening - 1].text == "," and quote[0].text[:1].islower()))
    if lead is not None and embedded and any(is_finite(t) and not t._.in_quote for t in lead):
        # "Das Haus müsse »auch unbequem sein dürfen«, sagte er": a mixed quote; the whole clause is what was said
        content = strip_span(doc[_after_narrated_colon(doc, sent, clause_start) : clause_start])
        return Found(cue.tokens, cue.lemma, cue.stance, "Indirect", [content], speaker, frame, _medium(frame, data))
    if quote is not None:
        parts = [quote]
        # „…“, sagte X, „…“: the quote goes on after its frame
        if frame_end + 1 < len(doc) and doc[frame_end].text == "," and doc[frame_end + 1].text in QUOTE_MARKS:
            rest = _quote_starting_at(quoted, frame_end + 1)
            if rest is not None:
                parts.append(rest)
        return Found(cue.tokens, cue.lemma, cue.stance, "Direct", parts, speaker, frame, _medium(frame, data))
    content = strip_span(doc[_after_narrated_colon(doc, sent, clause_start) : clause_start])
    if len(content) < 2 or not any(is_finite(t) and not _in_name_quote(t) for t in content):
        return None  # "Der Veranstalter, der Verein „Land schafft Verbindung“, begrüßte …": a subject, no content
    if is_finite(content[0]) and not is_subjunctive(content[0]) and not content[0]._.in_quote \
            and content[-1].text != "?" and not any(t.text in {",", ";"} for t in content):
        return None  # "Kommt es zustande, entscheidet das Volk": a clause opened by its indicative verb is a condition
    finite = [t for t in content if is_finite(t) and not t._.in_quote]
    after_cue = cue.verb.i + 1
    if finite and not any(is_subjunctive(t) for t in finite) and after_cue < sent.end \
            and doc[after_cue].lower_ in data.words.get("joining_adverb", ()) \
            and not (speaker is not None and _agentive(speaker, view.ents, data)):
        # "Die Abgeordnete unterstützte den Entwurf, verlangte aber mehr Geld": a second verb of the subject before,
        # joined by an adverb, with its object after it; the narrated clause is no one's words (not "…, sagte aber
        # der Bürgermeister")
        return None
    kind = "Direct" if _wholly_quoted(content) else "Indirect"
    return Found(cue.tokens, cue.lemma, cue.stance, kind, [content], speaker, frame, _medium(frame, data))


def _fronted_object_before_frame(view: _SentenceView, cue: _VerbCue, clause_start: int, speaker: Span | None,
                                 frame: Span) -> Found | None:
    """ "Einen Bericht der Zeitung, wonach …, bezeichnete die Stadträtin als „Unsinn“", "Den Vorwurf, die Stadt habe
    geschlampt, wies der Bürgermeister zurück": a sentence that opens with a determiner never nominative ("Den",
    "Einen", "Diesem") and runs over a clause of its own to a verb with an inverted subject is that verb's fronted
    object, not what was said; a predicate after the subject ("als „Unsinn“") belongs to it."""
    doc, sent, data = view.doc, view.sent, view.data
    if not cue.takes.startswith(("object", "both")) or cue.takes.partition(":")[2] or speaker is None \
            or speaker.start < clause_start:
        return None
    start = _skip_space(doc, sent.start, clause_start)
    first = doc[start]
    if start + 2 >= clause_start or first.tag_ not in {"ART", "PDAT", "PPOSAT"} or first._.in_quote \
            or doc[start + 1].tag_ not in {"NN", "ADJA"}:
        return None
    comma = next((t.i for t in doc[start:clause_start] if t.text == ","), clause_start)
    if not first.lower_.endswith(OBLIQUE_ENDINGS) and not _headed_by_report_noun(doc[start:comma], data):
        return None  # "Die Behauptung der Gewerkschaft, …, wies er zurück": a report noun is no subject before him
    if cue.lemma in data.words.get("dative_cue", ()) and first.lower_ in data.words.get("dative_article", ()):
        return None  # "Dem Minister, der seit Jahren im Amt ist, warf die Opposition Versagen vor": whom, not what
    fronted = strip_span(doc[start:clause_start])
    if doc[fronted.end].text != "," if fronted.end < clause_start else True:
        return None
    comma = next(t.i for t in doc[start:clause_start] if t.text == ",")
    if any(t.tag_.startswith("V") for t in doc[start:comma]):
        return None  # "Dem Obersteirer sei nichts nachzuweisen, sagte sie": a clause of its own, what was said
    parts = [fronted]
    cue_ids = {t.i for t in cue.tokens}
    k = max(speaker.end, max(cue_ids) + 1)
    times = _time_spans(doc)
    while k < sent.end and (doc[k].tag_ in {"ADV", "PROAV"} or _in_time(doc[k], times)):
        k += 1
    if doc[k].text == ":" if k < sent.end else False:
        # "Den Vorwurf, …, wies er zurück: „…“": what follows the colon continues the act (`_colon_continuation`)
        found = Found(cue.tokens, cue.lemma, cue.stance, "Reported", [fronted], speaker, frame, _medium(frame, data))
        found.refers_to = _referred_statement(fronted, found, view.earlier, data)
        return found
    if any(t.text in {",", ";", ":"} and not t._.in_quote for t in doc[k : sent.end]):
        return None  # "Dem Minister, der …, warf sie vor, …": what was said follows the frame
    rest = strip_span(doc[k : sent.end])
    if len(rest) and (rest[0].lower_ == "als" or rest[0]._.in_quote or rest[0].text in QUOTE_MARKS
                      or rest[0].tag_ == "ADJD") and not any(t.i in cue_ids for t in rest):
        parts.append(rest)
    found = Found(cue.tokens, cue.lemma, cue.stance, "Reported", parts, speaker, frame, _medium(frame, data))
    if len(parts) > 1 and _calls_false(found, data):
        found.stance = "deny"  # "nannte ihn „völlig falsch“": what is called false is denied
    found.refers_to = _referred_statement(fronted, found, view.earlier, data)
    return found


def _after_narrated_colon(doc: Doc, sent: Span, clause_start: int) -> int:
    """Where the content before a frame after it begins: after a colon that closes a clause of the narrator's own
    (a finite verb in the indicative) when Konjunktiv follows ("Körber hält einen Verkauf für wahrscheinlich: Die
    Bewertung sei zu verlockend, schrieb er"); else at the sentence's start."""
    colon = max((t.i for t in doc[sent.start : clause_start] if t.text == ":" and not t._.in_quote), default=None)
    if colon is None:
        return sent.start
    before = [t for t in doc[sent.start : colon] if is_finite(t) and not t._.in_quote]
    after = next((t for t in doc[colon + 1 : clause_start] if is_finite(t) and not t._.in_quote), None)
    if not before or any(is_subjunctive(t) for t in before) or after is None or not is_subjunctive(after):
        return sent.start
    return colon + 1


def _in_name_quote(token: Token) -> bool:
    """Whether `token` stands inside a quoted name (its opening mark is a `name_quote`)."""
    doc = token.doc
    opening = next((k for k in range(token.i - 1, max(-1, token.i - 8), -1) if doc[k].text in QUOTE_MARKS), None)
    return token._.in_quote and opening is not None and doc[opening]._.name_quote


def _quote_before(doc: Doc, quoted: list[Span], clause_start: int) -> Span | None:
    """The quote that closes right before a clause, over a comma or colon and a final "!", "?", "." or "…"."""
    before = clause_start - 1
    while before >= 0 and doc[before].text in {",", ":"}:
        before -= 1
    quote = _quote_ending_at(quoted, before) if before >= 0 and doc[before].text in QUOTE_MARKS else None
    if quote is None and before >= 0 and doc[before].text in {"!", "?", ".", "…"} and before > 0:
        quote = _quote_ending_at(quoted, before - 1) if doc[before - 1].text in QUOTE_MARKS else None
    if quote is not None and quote.start > 0 and doc[quote.start - 1]._.name_quote:
        return None  # "der Verein „Land schafft Verbindung“, begrüßte …": a name in apposition, not what was said
    return quote


def _frame_before_content(view: _SentenceView, cue: _VerbCue, finite: Token, clause_start: int) -> Found | None:
    """A frame before its content: "X sagte, …" / "X sagte: „…“" / "X dementierte die Berichte"."""
    doc, sent, quoted, data = view.doc, view.sent, view.quoted, view.data
    last_cue = max(t.i for t in cue.tokens)
    if clause_start < finite.i - 2 and doc[finite.i - 1].text == ",":
        # "Den Vorwurf, die Stadt habe geschlampt, bezeichnete er als absurd": the report noun's clause kept the
        # prefield in the verb's clause
        frame = doc[finite.i : _after_cue_end(doc, sent, last_cue)]
        inverted = _speaker_after(doc, finite.i + 1, sent.end, view.ents, data)
        fronted = _fronted_object_before_frame(view, cue, finite.i, inverted, frame)
        if fronted is not None:
            return fronted
    speaker, clause_start = _subject_before_content(view, cue, finite, clause_start)
    after, speaker = _after_frame(view, cue, finite, clause_start, speaker)
    frame = doc[clause_start : max(after, last_cue + 1)]
    reported = _reported_before_colon(view, cue, finite, clause_start, after, speaker, frame)
    if reported is not None:
        return reported
    colon = _colon_content(doc, sent, after, quoted)
    if colon is not None:
        frame = doc[clause_start : colon[0] + 1]
        return Found(cue.tokens, cue.lemma, cue.stance, "Direct", [colon[1]], speaker, frame, _medium(frame, data))
    unmarked = _zu_clause_without_comma(doc, sent, cue, after)
    if unmarked is not None:
        return Found(cue.tokens, cue.lemma, cue.stance, "Indirect", [unmarked], speaker, frame, _medium(frame, data))
    j = _skip_frame_adjuncts(doc, sent, after, data)
    if j + 1 < sent.end and doc[j].tag_ == "PTKNEG" and doc[j + 1].text == "," and cue.stance == "deny":
        j += 1  # "bestritt aber nicht, dass …": a denial negated grants the clause (see _negated)
    if j < sent.end and doc[j].text == "," and speaker is not None and speaker.end == j and speaker.start > finite.i:
        # "erklärte der Gouverneur, Wladimir Tarassow, am Sonntag auf Telegram, die Drohne …": adjuncts between the
        # comma closing the speaker's apposition and the content's comma belong to the frame
        k = _skip_frame_adjuncts(doc, sent, j + 1, data)
        if k > j + 1 and k < sent.end and doc[k].text == ",":
            j = k
    preposition = cue.takes.partition(":")[2] if cue.takes.startswith(("object", "both")) else ""
    if preposition and (k := _object_preposition(doc, sent, after, preposition)) is not None and k < j \
            and not is_subjunctive(finite):
        # "spricht von weniger Auseinandersetzungen, dennoch …": the phrase is the object, no adjunct; "Er rechne
        # mit einem Ergebnis, sagte X" is what X said
        j = after
    if _object_inside_bracket(view, cue, finite, speaker):
        # "wies einen Bericht des „Spiegel“ zurück, wonach …": the object stands between verb and particle
        return _object_frame(view, cue, finite, finite.i + 1, speaker, frame)
    zu_clause = _zu_clause_after_addressee(view, cue, j)
    if zu_clause is not None:
        return Found(cue.tokens, cue.lemma, cue.stance, "Indirect", [zu_clause], speaker, frame, _medium(frame, data))
    if j < sent.end and doc[j].text == "," and _gapped_conjunct(doc, sent, cue, data) is not None:
        # "hatte vier Jahre Haft gefordert, die Verteidigung eine Bewährungsstrafe": the object before the participle
        return _object_frame(view, cue, finite, j, speaker, frame)
    if j < sent.end and doc[j].text in {":", ","}:
        return _content_after_punctuation(view, cue, j, speaker, frame)
    if j < sent.end and doc[j].lower_ in data.words.get("complementizer", ()):
        content = strip_span(doc[j : _content_end(doc, sent, j + 1, data)])
        return Found(cue.tokens, cue.lemma, cue.stance, "Indirect", [content], speaker, frame, _medium(frame, data))
    return _object_frame(view, cue, finite, j, speaker, frame)


def _zu_clause_after_addressee(view: _SentenceView, cue: _VerbCue, j: int) -> Span | None:
    """ "riet betroffenen Haltern, langsam zu fahren", "warnte Kunden davor, auf die Mails zu antworten": the person
    advised or warned (and a "davor") stands between the cue and the comma; the zu-infinitive after it is what was
    said."""
    doc, sent = view.doc, view.sent
    if cue.takes.startswith("object"):
        return None
    for k in range(j, min(sent.end - 1, j + MAX_ADDRESSEE)):
        t = doc[k]
        if t.text == "," and k > j:
            first_clause = strip_span(doc[k + 1 : _clause_end(doc, sent, k + 1)])
            # "davor, „mit dem Feuer zu spielen“": a quoted zu-infinitive too
            if len(first_clause) < 2 or not (_ends_in_zu_infinitive(first_clause) or _zu_infinitive(first_clause)) \
                    or any(is_finite(u) for u in first_clause):
                return None
            return strip_span(doc[k + 1 : _content_end(doc, sent, k + 1, view.data)])
        if t.tag_ in {"APPR", "APPRART"} and t.lower_ in view.data.words.get("medium_preposition", ()) \
                and _medium_phrase_end(view, t.i) is not None:
            continue  # "warnte Tokio in einem Leitartikel davor, …": the medium between
        if is_finite(t) or t._.in_quote or t.text in {":", ";"} or t.tag_ in {"APPR", "APPRART"} \
                and not _in_medium_phrase(view, t.i):
            return None
    return None


def _medium_phrase_end(view: _SentenceView, k: int) -> int | None:
    """The end of a medium phrase opened by the preposition at `k` ("in einem Leitartikel"), or None."""
    doc = view.doc
    j = k + 1
    while j < view.sent.end and doc[j].tag_ in {"ART", "ADJA", "PPOSAT"}:
        j += 1
    if j < view.sent.end and doc[j].tag_ in {"NN", "NE"} and (
            doc[j].text in view.data.media or _compound_medium(doc[j].text, view.data)):
        return j + 1
    if j < view.sent.end and doc[j].text in QUOTE_MARKS and j > k + 1:
        # "im „Münchner Merkur“", "in der „Süddeutschen Zeitung“": a quoted title after an article is an outlet
        close = next((t.i for t in doc[j + 1 : min(view.sent.end, j + 7)] if t.text in QUOTE_MARKS), None)
        return close + 1 if close is not None and close > j + 1 else None
    return None


def _in_medium_phrase(view: _SentenceView, k: int) -> bool:
    """Token `k` stands in a medium phrase opened within the three tokens before it."""
    return any(_medium_phrase_end(view, p) is not None and p < k < _medium_phrase_end(view, p)
               for p in range(max(view.sent.start, k - 3), k)
               if view.doc[p].lower_ in view.data.words.get("medium_preposition", ()))


MAX_ADDRESSEE = 6  # tokens of the person addressed ("betroffenen Haltern", "Patientinnen und Patienten davor")


def _reported_before_colon(view: _SentenceView, cue: _VerbCue, finite: Token, clause_start: int, after: int,
                           speaker: Span | None, frame: Span) -> Found | None:
    """ "forderte eine schriftliche Zusage: „…“", "Diese Zahl wies X zurück: Es handle sich …": a cue with its object
    before a colon is a reported speech act, the object its content; what follows the colon continues it
    (`_colon_continuation`). "sagte der Zeitung: „…“" has an addressee, no object, and its quote is the content."""
    doc, sent, data = view.doc, view.sent, view.data
    if not cue.takes.startswith(("object", "both")) or cue.takes.partition(":")[2]:
        return None  # an object with a preposition ("warnte vor den Folgen: …") reads as an adjunct
    reflexive = finite.i + 1 < sent.end and doc[finite.i + 1].tag_ == "PRF"
    if reflexive and cue.takes != "object":
        return None  # "äußerte sich skeptisch: …" has no object ("sprach sich für X aus: …" has)
    colon = next((t.i for t in doc[after : sent.end] if t.text in {":", ",", ";"} and not t._.in_quote), None)
    if colon is None or doc[colon].text != ":" or any(is_finite(t) and not t._.in_quote for t in doc[after:colon]):
        return None
    j = _skip_frame_adjuncts(doc, sent, after, data)
    if cue.lemma in data.words.get("dative_object_cue", ()) and j > after and doc[j].text == ":":
        # "widersprach den Berichten: „…“": the dative a contradiction answers is its object, no addressee
        j = after
        while j < colon and doc[j].tag_ in {"ADV", "PROAV", "PTKNEG"}:
            j += 1
    fronted = _fronted_object(view, clause_start, finite, speaker)
    if reflexive:
        # "sprach sich für den Trainer aus: …": the object of a reflexive cue is a prepositional phrase
        spoken = range(speaker.start, speaker.end) if speaker is not None else range(0)
        if not any(t.tag_ in {"NN", "NE"} and not t._.in_quote and t.i not in spoken
                   for t in doc[finite.i + 1 : colon]):
            return None
    elif not (fronted is not None or j < colon and (_object_noun_in(view, j, colon, speaker)
                                                     or _demonstrative_object_at(view, j))
              or _object_inside_bracket(view, cue, finite, speaker)):
        return None
    found = _object_frame(view, cue, finite, j, speaker, frame, fronted)
    if found is None or found.kind != "Reported" or found.content[-1].end > colon:
        return None
    return found


def _demonstrative_object_at(view: _SentenceView, j: int) -> bool:
    """ "Das Ministerium wies das zurück: „…“": a demonstrative standing for what was just said is the object."""
    t = view.doc[j]
    return t.tag_ == "PDS" and t.lower_ in view.data.words.get("back_reference_demonstrative", ()) and not t._.in_quote


def _fronted_object(view: _SentenceView, clause_start: int, finite: Token, speaker: Span | None) -> Span | None:
    """ "Fehler bei der Vergabe räumte er ein: …": a noun phrase before the verb whose subject follows it (no
    adverbial: a time, a prepositional phrase, an adverb)."""
    doc = view.doc
    if speaker is None or speaker.start < finite.i:
        return None
    prefield = strip_span(doc[clause_start : finite.i])
    if len(prefield) > 1 and prefield[0].lower_ in view.data.words.get("focus_particle", ()):
        prefield = prefield[1:]  # "Auch Verkaufsgespräche bestritt er: …": the particle is no part of the object
    times = _time_spans(doc)
    if len(prefield) == 0 or prefield[0].tag_ not in {"NN", "ADJA", "ART", "PDAT", "PIAT", "PPOSAT"} \
            or not any(t.tag_ in {"NN", "NE"} for t in prefield) \
            or any(_in_time(t, times) or is_finite(t) or t.text in {",", ":"} for t in prefield):
        return None
    return prefield


def _zu_clause_without_comma(doc: Doc, sent: Span, cue: _VerbCue, after: int) -> Span | None:
    """ "haben dazu aufgerufen die Kontrollen zu verstärken", "hatte angekündigt bei der Wahl anzutreten": a
    zu-infinitive right after a cue that closes its clause (a participle or a separated particle), with no comma
    between (which the spelling rules allow)."""
    last = max(cue.tokens, key=lambda t: t.i)
    if cue.takes.startswith("object") or last.tag_ not in {"VVPP", "PTKVZ"} or after >= sent.end \
            or after != last.i + 1 or is_punct(doc[after]) or doc[after].text in QUOTE_MARKS \
            or doc[after].tag_ == "KON":  # "… festgehalten und versucht zu haben": a second verb, no content
        return None
    end = next((t.i for t in doc[after : sent.end] if t.text in {",", ";", ":"} or is_punct(t) and t.is_sent_end),
               sent.end)
    content = strip_span(doc[after:end])
    if len(content) < 2 or any(is_finite(t) or t._.in_quote for t in content) or not _ends_in_zu_infinitive(content):
        return None
    return content


def _object_inside_bracket(view: _SentenceView, cue: _VerbCue, finite: Token, speaker: Span | None) -> bool:
    """A noun between the finite verb and its separated particle ("wies einen Bericht … zurück") or its participle
    ("hat einen Bericht … zurückgewiesen") that is not the speaker: the object."""
    if not cue.takes.startswith(("object", "both")):
        return False
    if finite is cue.verb and len(cue.tokens) >= 2:
        particle = max(t.i for t in cue.tokens)
    elif cue.verb.tag_ == "VVPP" and finite.i < cue.verb.i and finite.lemma_ == "haben":
        particle = min(t.i for t in cue.tokens)
    else:
        return False
    doc = view.doc
    after = max(t.i for t in cue.tokens) + 1
    if after + 1 < view.sent.end and doc[after].text == "," and doc[after + 1].tag_ not in {"PWAV", "PRELS"} \
            and not is_finite(doc[after + 1]) \
            and doc[after + 1].lower_ not in view.data.words.get("conditional_conjunction", ()):
        # "teilte den Journalisten mit, dass …": the clause is the content; "…, wonach …" and a condition ("kündigte
        # eine Klage an, sollte …", "…, falls …") are not
        return False
    first = speaker.end if speaker is not None and speaker.start == finite.i + 1 else finite.i + 1
    # "wies das in einer Aussendung zurück: „…“" (README: the act and the quote); "wies das zurück: Es seien …" says
    # in Konjunktiv what "das" is denied with, one statement
    said_after_colon = particle + 2 < view.sent.end and doc[particle + 1].text == ":" \
        and doc[particle + 2].text not in QUOTE_MARKS
    return _object_noun_in(view, finite.i + 1, particle, speaker) or first < particle and not said_after_colon \
        and _demonstrative_object_at(view, first)


def _object_noun_in(view: _SentenceView, start: int, end: int, speaker: Span | None) -> bool:
    """A noun from `start` to `end` outside the speaker, a time and any prepositional phrase: an object."""
    times = _time_spans(view.doc)
    in_phrase = False  # inside a prepositional phrase ("in Berlin", "am Montag"): no object
    for t in view.doc[start:end]:
        if speaker is not None and speaker.start <= t.i < speaker.end or _in_time(t, times) or t._.in_quote:
            continue
        if t.tag_ in {"APPR", "APPRART"}:
            in_phrase = True
        elif t.tag_ in {"NN", "NE"}:
            if not in_phrase:
                return True
            # "unter Berufung auf einen Vermerk des Beschaffungsamts": a genitive attribute stays in the phrase
            nxt = view.doc[t.i + 1] if t.i + 1 < len(view.doc) else None
            in_phrase = nxt is not None and (nxt.lower_ in GENITIVE_ARTICLES or nxt.tag_ in {"NN", "NE"})
    return False


def _subject_before_content(view: _SentenceView, cue: _VerbCue, finite: Token,
                            clause_start: int) -> tuple[Span | None, int]:
    """The speaker of a frame before its content, and the frame's start (the verb, after "und")."""
    doc, sent, ents, data = view.doc, view.sent, view.ents, view.data
    # "Dem Minister wurde vorgeworfen, …", "ihm sei das Amt angeboten worden": no speaker
    passive = cue.verb.tag_ == "VVPP" and (finite.lemma_ == "werden" or cue.verb.i + 1 < sent.end
                                           and doc[cue.verb.i + 1].lower_ == "worden")
    if finite.i > sent.start and (doc[finite.i - 1].lower_ in data.words.get("coordination", ())
                                  or _shares_subject_after_comma(view, finite)):
        # "X dankte … und erklärte …": the subject of the first conjunct
        shared = next((f for f in reversed(view.earlier)
                       if f.cue and sentence_of(doc, f.cue[0].i).start == sent.start), None)
        clause_start = finite.i
        # the first conjunct's finite verb, not one of a relative clause in its prefield ("X, der … war, gratulierte")
        first_finite = next((t for t in doc[sent.start : finite.i] if is_finite(t) and not t._.in_quote
                             and doc[_clause_start(doc, sent, t.i)].tag_ not in SUBORDINATE_TAGS), finite)
        speaker = shared.speaker if shared else _prefield_speaker(doc, _clause_start(doc, sent, first_finite.i),
                                                                   first_finite, ents, data)
        if speaker is None and not shared:
            # "Kretschmann, der … gekommen war, gratulierte …": a relative clause stands in the prefield
            speaker = _prefield_speaker(doc, _skip_space(doc, sent.start, first_finite.i), first_finite, ents, data)
    elif passive:
        speaker = _passive_agent(doc, finite, cue.verb, ents)  # "wurde von der Regierung dementiert"
    else:
        speaker = _prefield_speaker(doc, clause_start, finite, ents, data)
        if speaker is not None and len(speaker) == 1 and speaker[0].lower_ in data.words.get("dative_demonstrative", ()):
            # "Dem hielt die Ministerin entgegen, …", "Dem widersprach der Verband": a dative stands first, the
            # subject after the verb
            speaker = None
        if speaker is not None and cue.stance in {"deny", "confirm"} and (
                _headed_by_report_noun(speaker, data) or speaker[0].tag_ == "PDAT" and not _agentive(speaker, ents, data)
                or _fronted_thing(speaker, ents, data) or _thing_before_nominative_speaker(view, speaker, finite)):
            # "Berichte über Unruhe in der Kabine wies der Coach zurück", "Diese Zahl wies die Ministerin zurück":
            # what is denied stands first, who denies it after the verb ("Der Bericht bestätigte die Befürchtungen"
            # keeps its subject)
            after = _speaker_after(doc, finite.i + 1, sent.end, ents, data)
            if after is not None and (_agentive(after, ents, data) or _fronted_thing(speaker, ents, data)
                                      and _nominative_subject(after)
                                      or _nominative_subject(after) and any(_age_noun(t, data) for t in after)):
                speaker = after
        if speaker is not None and not _can_speak(speaker, ents, data):
            # "Eine Sondersitzung lehnte sie ab", "Die Schließung wies sie zurück": a thing stands first, the pronoun
            # after the verb is the subject
            speaker = _inverted_pronoun(doc, sent, finite, data) or speaker
    if speaker is None and not passive:
        speaker = _speaker_after(doc, finite.i + 1, sent.end, ents, data)
        if speaker is not None and (cue.lemma in data.words.get("urging_cue", ())
                                    or cue.lemma in data.words.get("dative_object_cue", ())):
            speaker = _without_object(speaker, ents)
        if speaker is not None and cue.lemma in data.words.get("dative_object_cue", ()):
            speaker = _without_dative_object(speaker, doc[clause_start : finite.i], data)
    return speaker, clause_start


def _without_dative_object(speaker: Span, prefield: Span, data: LanguageData) -> Span:
    """ "warf die Opposition der Landesregierung ein Verwirrspiel vor": after a verb that needs a dative object
    (`dative_object_cue`: not "sagte die Sprecherin der Stadt, …"), the last "der" phrase the subject took in as a
    genitive is that object, when the rest of the middle field follows it (an object, the particle), no other dative
    follows and no noun phrase stands in the prefield ("Der Darstellung widersprach die Sprecherin der Gewerkschaft")."""
    doc = speaker.doc
    first = next((t for t in prefield if not t.is_space), None)
    if first is None or first.tag_ in {"ART", "PDS", "PDAT", "PPOSAT", "PIS", "PIAT", "NN", "NE", "PPER"} \
            or first.text in QUOTE_MARKS:
        return speaker
    last = next((t for t in reversed(speaker[1:]) if t.lower_ == "der" and t.tag_ == "ART"), None)
    if last is None or any(t.tag_ in {"NE", "FM"} or t.text in {",", "("} for t in doc[speaker.start : last.i]):
        return speaker  # "die Sprecherin der Grünen, Anna Roth": a name before the attachment keeps it
    if doc[speaker.end - 1].tag_ == "NE" or doc[speaker.end - 1].text in data.words.get("party", ()):
        return speaker  # "hat die Fraktion der Grünen vorgeworfen, …": a party or name is the subject's own
    after = doc[speaker.end] if speaker.end < len(doc) else None
    chained = sum(t.lower_ == "der" and t.tag_ == "ART" for t in speaker[1:]) >= 2
    if not chained and (after is None or after.tag_ not in {"ART", "PIAT", "PPOSAT", "NN", "NE", "CARD", "ADJA", "PTKVZ", "VVPP"}
                        and after.text not in QUOTE_MARKS):
        # "widersprach die Sprecherin der Stadt." / "…, energisch": nothing of the middle field follows (but two
        # "der" phrases in a row are a genitive and the object: "widersprach die Chefin der Partei der Darstellung")
        return speaker
    if after is not None and (after.lower_ in {"dem", "der", "den"} or after.tag_ == "PPER"
                              and after.lower_ in data.words.get("dative_pronoun", ())):
        return speaker  # "warf der Chef der Linken dem Minister Versagen vor": the dative follows
    return strip_span(doc[speaker.start : last.i])


def _after_frame(view: _SentenceView, cue: _VerbCue, finite: Token, clause_start: int,
                 speaker: Span | None) -> tuple[int, Span | None]:
    """Where the frame of a cue before its content ends (after the cue, an impersonal "es", or an inverted subject
    right after the cue), and the speaker, which for "heißt es" is its source."""
    doc, sent, ents, data = view.doc, view.sent, view.ents, view.data
    last_cue = max(t.i for t in cue.tokens)
    after = last_cue + 1
    if cue.verb.tag_ == "VVPP" and after < sent.end and doc[after].lower_ == "worden":
        after += 1  # "In Videos war behauptet worden, der Täter …": the passive's auxiliary closes the frame
    impersonal = cue.lemma in data.words.get("impersonal_cue", ())
    expletive = _expletive_after(doc, finite.i + 1, sent.end) if impersonal else None
    if expletive is not None:
        # "In dem Bericht heißt es, …": the source is the prefield's phrase; the content follows "es"
        after = expletive + 1
        if speaker is None and doc[clause_start].lower_ in data.words.get("source_preposition", ()):
            speaker = noun_phrase_from(doc, clause_start + 1, finite.i, ents)
        if speaker is None:  # "Weiter heißt es im Abschlussbericht, dass …"
            speaker = _impersonal_source(doc, after, sent.end, ents, data)
    elif impersonal and speaker is None and doc[clause_start].lower_ in data.words.get("source_preposition", ()):
        speaker = noun_phrase_from(doc, clause_start + 1, finite.i, ents)  # "Aus Regierungskreisen war verlautet"
    if speaker is not None and speaker.start > finite.i:
        # "sagte der Gouverneur des Gebiets, Wladimir Tarassow, die Drohne …": the name in commas is the speaker's
        speaker = _with_apposition(doc, speaker, sent.end, ents, data)
        speaker = _with_enumeration(doc, speaker, sent, ents)
        after = max(after, speaker.end) if speaker.start <= last_cue + 3 else after
    return after, speaker


def _with_enumeration(doc: Doc, speaker: Span, sent: Span, ents: dict[int, Span]) -> Span:
    """ "riefen die USA, Großbritannien und Norwegen … auf": an inverted subject goes on over a list of names."""
    if speaker.end >= sent.end or doc[speaker.end].text != "," or not _enumeration_comma(doc[speaker.end], sent):
        return speaker
    k = speaker.end + 1
    while k < sent.end and not (doc[k].lower_ in {"und", "oder", "sowie"} and doc[k].tag_ == "KON"):
        k += 1
    last = noun_phrase_from(doc, k + 1, sent.end, ents) if k + 1 < sent.end else None
    if last is None or not all(t.tag_ in {"NE", "ART"} for t in last):
        return speaker  # names only: "die USA, Großbritannien und Norwegen"; not "…, die Regierung und das Volk"
    return doc[speaker.start : last.end]


def _content_after_punctuation(view: _SentenceView, cue: _VerbCue, j: int, speaker: Span | None,
                               frame: Span) -> Found | None:
    """ "X sagte: „…“" / "X sagte, …": the quote or clause after the comma or colon at `j`."""
    doc, sent, quoted, data = view.doc, view.sent, view.quoted, view.data
    k = j + 1
    if k < sent.end and _shares_subject_after_comma(view, doc[k]):
        return None  # "äußerte sich zufrieden, kritisierte aber …": a second verb of the same subject, no content
    if doc[j].text == "," and speaker is not None and speaker.end == j and speaker.start > cue.verb.i \
            and cue.takes.startswith(("object", "both")) and _object_before_coordinated_verb(view, k):
        # "bekräftigte der Sprecher, Oleh Sawtschuk, die Darstellung und wies … zurück": the comma closes the
        # speaker's apposition; the object follows it, and a second verb of the same subject after "und"
        finite = _finite_of(doc, sent, cue.verb)
        return _object_frame(view, cue, finite, k, speaker, frame)
    quote = _quote_starting_at(quoted, k) if k < len(doc) and doc[k].text in QUOTE_MARKS else None
    after = quote.end + (quote.end < sent.end and doc[quote.end].text in QUOTE_MARKS) if quote is not None else 0
    if quote is not None and doc[j].text == "," and after < sent.end and not is_punct(doc[after]):
        # "warf der Koalition vor, »Stimmung gegen die Ärmsten« zu machen": the clause goes on after its quote
        content = strip_span(doc[k : _content_end(doc, sent, k, data)])
        if len(content) > len(quote):
            return Found(cue.tokens, cue.lemma, cue.stance, "Indirect", [content], speaker, frame,
                         _medium(frame, data))
    if quote is not None:
        # "forderte das Unternehmen auf, „umgehend für Klarheit zu sorgen“": a quoted zu-infinitive is the verb's
        # complement, told in the reporter's syntax (Indirect); a quoted sentence is Direct
        kind = "Indirect" if doc[j].text == "," and _zu_infinitive(quote) else "Direct"
        return Found(cue.tokens, cue.lemma, cue.stance, kind, [quote], speaker, frame,
                     _medium(frame, data))
    if cue.takes.startswith("object") and doc[j].text == ",":
        return None
    content = strip_span(doc[k : _content_end(doc, sent, k, data)])
    if len(content) < 2 or _opens_relative_clause(content, cue.lemma) or _opens_adverbial_clause(content, data):
        return None
    kind = "Direct" if _wholly_quoted(content) else "Indirect"
    if kind == "Indirect" and _denied_object_spelled_out(view, cue, j, speaker, content):
        kind = "Reported"  # "wies Vorwürfe zurück, Russland habe sich eingemischt": the denied object, spelled out
    clause_like = any(is_finite(t) or t.tag_ in {"VVINF", "VVIZU", "VAINF", "VMINF"} for t in content) or (
        content[0].lower_ in data.words.get("complementizer", ())
    ) or content[-1].tag_[:2] in {"VV", "VA", "VM"}  # "…, eine Versammlung einzuberufen"
    if kind == "Indirect" and not clause_like and doc[j].text != ":":
        return None
    return Found(cue.tokens, cue.lemma, cue.stance, kind, [content], speaker, frame, _medium(frame, data))


def _object_before_coordinated_verb(view: _SentenceView, start: int) -> bool:
    """From `start`, words without a finite verb or comma up to "und" and an indicative finite verb."""
    doc, sent = view.doc, view.sent
    coordination = view.data.words.get("coordination", ())
    for t in doc[start : sent.end - 1]:
        if t.lower_ in coordination and t.i > start:
            after = doc[t.i + 1]
            return is_finite(after) and not is_subjunctive(after) and not after._.in_quote
        if is_finite(t) or t.text in {",", ";", ":"} or t._.in_quote:
            return False
    return False


def _object_frame(view: _SentenceView, cue: _VerbCue, finite: Token, j: int, speaker: Span | None,
                  frame: Span, fronted: Span | None = None) -> Found | None:
    """ "X dementierte die Berichte", "Die Gewerkschaft hat höhere Löhne gefordert": the object is what was said
    (`j`: the first token after the frame's adjuncts)."""
    doc, sent, ents, data = view.doc, view.sent, view.ents, view.data
    verb, takes = cue.verb, cue.takes
    needs_preposition = takes.partition(":")[2]
    if not takes.startswith(("object", "both")):
        return None
    preposition = _object_preposition(doc, sent, j, needs_preposition) if needs_preposition else None
    if preposition is None and needs_preposition and verb.i == finite.i and _phrase_before_preposition(cue, data):
        # "Die US-Regierung droht der EU mit Zöllen": the threatened party in the dative belongs to the threat
        first = speaker.end if speaker is not None and speaker.start == finite.i + 1 else finite.i + 1
        forms = _preposition_forms(needs_preposition)
        at = next((k for k in range(first, min(sent.end, first + MAX_DATIVE + 1)) if doc[k].lower_ in forms), None)
        if at is not None and _dative_before_preposition(doc, first, at):
            preposition = first
    prefield = _object_prefield(doc, frame.start, finite, needs_preposition, data) \
        if speaker is not None and speaker.start > finite.i else None
    if prefield is None and speaker is not None and speaker.start > finite.i and cue.stance in {"deny", "confirm"} \
            and not needs_preposition:
        # "Auch Übernahmegespräche wies der 54-Jährige zurück": the fronted thing is what is denied
        fronted_thing = strip_span(doc[frame.start : finite.i])
        while len(fronted_thing) > 1 and fronted_thing[0].tag_ in {"ADV", "PTKNEG"}:
            fronted_thing = fronted_thing[1:]
        if len(fronted_thing) and (_fronted_thing(fronted_thing, ents, data)
                                   or _thing_before_nominative_speaker(view, fronted_thing, finite)) \
                and not any(is_finite(t) and not t._.in_quote for t in fronted_thing):
            prefield = fronted_thing
    if needs_preposition and preposition is None and verb.tag_ == "VVPP" and finite.i < verb.i \
            and finite.lemma_ == "haben":
        # "Sicherheitskreise hatten zudem von Kampfdrohnen gesprochen": the object stands before the participle
        participle = min(t.i for t in cue.tokens)
        # not "mit" in general: "hatten mit einem Plus gerechnet" tells an expectation; but a threat told to someone
        # ("Russland hat den baltischen Staaten mit Vergeltung gedroht") is one, the threatened party included
        threat = _phrase_before_preposition(cue, data)
        forms = _preposition_forms(needs_preposition) - (set() if threat else {"mit", "mitm"})
        at = next((k for k in range(finite.i + 1, participle) if doc[k].lower_ in forms
                   and (speaker is None or not speaker.start <= k < speaker.end)), None)
        if at is not None and threat:
            first = finite.i + 1
            if speaker is not None and speaker.start == first:
                first = speaker.end
            while first < at and doc[first].tag_ in {"ADV", "PTKNEG"}:
                first += 1
            if _dative_before_preposition(doc, first, at):
                at = first
        if at is not None and _object_in_other_sense(cue, strip_span(doc[finite.i + 1 : at]), data, any_noun=True):
            return None  # "hatte einen Verlust von 420 Millionen Euro geschrieben"
        if at is not None:
            content = strip_span(doc[at:participle])
            if any(t.tag_ in {"NN", "NE"} for t in content) and not any(
                    is_finite(t) or t.text in {",", ";", ":"} for t in content):
                return Found(cue.tokens, cue.lemma, cue.stance, "Reported", [content], speaker, frame,
                             _medium(frame, data))
    if needs_preposition and preposition is None:
        if prefield is None:
            return None
        # "Mit einer Wetterberuhigung rechnet der Deutsche Wetterdienst": the object stands in the prefield
        return Found(cue.tokens, cue.lemma, cue.stance, "Reported", [prefield], speaker, frame, _medium(frame, data))
    start = finite.i + 1
    if speaker is not None and speaker.start == start:
        start = speaker.end
    times = _time_spans(doc, durations=False)
    while start < sent.end:
        if doc[start].tag_ in {"PRF", "ADV", "PROAV"} or _in_time(doc[start], times):
            start += 1  # "bestätigte am Montag die Berichte": the time is no part of the object
        elif speaker is not None and speaker.start == start:
            start = speaker.end  # "äußerte sich Faber zurückhaltend": the subject after the reflexive
        elif (source_end := _source_phrase_end(doc, start, sent.end, ents, data)) is not None:
            start = source_end  # "hat nach Angaben der Polizei eine Notlandung angekündigt": not the object
        else:
            break
    content: Span | None = None
    if preposition is not None and preposition > j:
        start = preposition  # "sprach trotz der Kritik von einer fairen Wahl": the adjunct is no part of the object
    if verb.i == finite.i:
        # the object stands between the verb (and an inverted subject) and the separated particle
        content = _trim_particle(strip_span(doc[start : _object_end(doc, sent, start, data)]), cue.tokens)
        if len(content) > 2:
            content = _after_leading_adjunct(content, data)  # "kündigte nach dem Urteil Revision an"
        if cue.stance in {"assert", "deny", "confirm"}:
            content = _before_time(content, times)
        if not any(t.tag_ in {"NN", "NE", "PPER", "PDS", "PIS", "VVINF", "VVIZU"} for t in content) and not (
                len(content) and content[0].lower_ in data.words.get("back_reference_demonstrative", ())):
            # "nannte das „schlicht falsch“": the tagger reads the demonstrative before a quote as an article
            content = None
    elif verb.tag_ == "VVPP" and finite.i < verb.i and finite.lemma_ == "haben":
        # "Die Gewerkschaft hat (am Montag) höhere Löhne gefordert": the object stands before the participle
        content = _perfect_object(doc, start, min(t.i for t in cue.tokens), data, times)
    elif verb.tag_ == "VVINF" and finite.i < verb.i and _lassen_of(doc, sent, verb) is not None:
        # "ließ die Vorwürfe über seinen Anwalt zurückweisen", "hatte die Vorwürfe zurückweisen lassen": said through
        # someone, the object before the infinitive
        content = _perfect_object(doc, start, verb.i, data, times)
        content = _without_intermediary(content, data) if content is not None else None
        while content is not None and len(content) > 1 and (content[-1].tag_ == "ADV" or _in_time(content[-1], times)):
            content = strip_span(doc[content.start : content.end - 1])  # "die Vorwürfe im Mai über ihren Anwalt"
    needed = data.rights("cue_only_with", cue.lemma)
    at = next((t.i for t in doc[content.start : sent.end] if t.lower_ in needed and not t._.in_quote), None) \
        if content is not None and needed else None
    if at is not None and at >= content.end:
        # "halten eine Frau aus Bitburg, die …, für die Organisatorin des Handels": through what she is held for
        content = strip_span(doc[content.start : _object_end(doc, sent, at + 1, data)])
    if content is not None and prefield is not None and cue.stance in {"deny", "confirm"} \
            and not _object_noun_in(view, content.start, content.end, speaker):
        content = None  # "Einen Rücktritt wies der Minister auf Nachfrage zurück": the object stands first
    if content is not None and _place_only(content):
        content = None  # "äußerte sich die Biologin vom Institut in Frankfurt": where, not what
    if content is not None and finite.i + 1 < sent.end and doc[finite.i + 1].tag_ == "PRF" \
            and not any(t.lower_ in data.words.get("topic_preposition", ()) for t in content) and not _object_noun_in(
                view, content.start, content.end, speaker):
        content = None  # "äußerte sich bei einem Besuch in Vilnius vorsichtig": when and how, no object
    if content is None and prefield is None and fronted is None and speaker is not None and len(speaker) == 1 \
            and speaker[0].tag_ == "PPER" and speaker.start == finite.i + 1 and not needed:
        fronted = _fronted_object(view, frame.start, finite, speaker)  # "Eine Sondersitzung lehnte sie ab"
    if content is None:
        content = prefield or fronted  # "Den Vorwurf wies der Minister zurück"
    if content is None or len(content) == 1 and content[0].lower_ in data.words.get("nothing", ()):
        return None  # "sagte der Präsident nichts": nothing was said
    if cue.stance == "demand" and content.end + 1 < sent.end and doc[content.end].text == "," \
            and doc[content.end + 1].lower_ == "dass" and not any(t._.in_quote for t in content):
        # "verlangte eine schriftliche Zusage des Vorstands, dass …": the clause says what the demanded thing is to be
        content = strip_span(doc[content.start : _content_end(doc, sent, content.end + 2, data)])
    condition = _condition_after(doc, sent, content.end, data) if cue.stance in {"announce", "demand"} else None
    if condition is not None:
        # "drohte mit weiteren Streiks, sollte es bis dahin kein Angebot geben": the condition belongs to the threat
        content = strip_span(doc[content.start : condition])
    relative = _reported_relative_clause(doc, sent, content.end)
    if relative is not None:
        # "verwies auf die Teilpension, die bereits Wirkung zeige", "sprach von einem Problem, das … dürfe": the
        # relative clause in Konjunktiv belongs to what was said about the object
        content = doc[content.start : relative.end]
    if _object_in_other_sense(cue, content, data) or preposition is not None and preposition > finite.i + 1 \
            and _object_in_other_sense(cue, doc[finite.i + 1 : preposition], data, any_noun=True):
        return None  # "hatte einen Verlust von 420 Millionen Euro geschrieben": booked, not written
    parts = [content]
    if prefield is not None and content is not prefield and content[0].tag_ in {"APPR", "APPRART"}:
        parts = [prefield, content]  # "Den Schaden bezifferte er auf 50 Millionen Euro": object and complement
    found = Found(cue.tokens, cue.lemma, cue.stance, "Reported", parts, speaker, frame, _medium(frame, data))
    found.refers_to = _referred_statement(content, found, view.earlier, data)
    return found


PLACE_PREPOSITIONS = frozenset({"in", "im", "aus", "bei", "beim", "am"})


def _place_only(content: Span) -> bool:
    """ "in Frankfurt", "im Kosovo": a place preposition and a name, which says where, never what was said."""
    if len(content) < 2 or content[0].lower_ not in PLACE_PREPOSITIONS:
        return False
    rest = [t for t in content[1:] if t.tag_ != "ART"]
    return bool(rest) and all(t.tag_ == "NE" and not t._.in_quote for t in rest)


def _object_in_other_sense(cue: _VerbCue, content: Span, data: LanguageData, any_noun: bool = False) -> bool:
    """An object whose head noun (or, in a middle field, any noun) makes the cue mean something else (lang words
    `object_sense`: "schreiben=verlust": "schrieb einen Verlust", "schrieb Geschichte")."""
    endings = tuple(row.split("=")[1].lower() for row in data.words.get("object_sense", ())
                    if row.startswith(cue.lemma + "="))
    if not endings:
        return False
    nouns = [t for t in content if t.tag_ in {"NN", "NE"} and not t._.in_quote]
    return any(t.tag_ == "NN" and t.lower_.endswith(endings) for t in (nouns if any_noun else nouns[:1]))


def _without_intermediary(content: Span, data: LanguageData) -> Span | None:
    """ "die Vorwürfe" of "die Vorwürfe über seinen Anwalt" before "zurückweisen lassen": "über" and a person named by
    a role (a lawyer, a spokesperson) says through whom it was said, not what."""
    heads = tuple({r.lower() for r in data.role_nouns} | set(data.words.get("role_head", ()))
                  | set(data.words.get("spokesperson_head", ())))
    doc = content.doc
    for t in content[1:]:
        nouns = [n for n in doc[t.i + 1 : min(content.end, t.i + 4)] if n.tag_ == "NN"]
        if t.lower_ == "über" and nouns and doc[t.i + 1].tag_ in {"ART", "PPOSAT"} \
                and nouns[0].lemma_.lower().endswith(heads):
            return strip_span(doc[content.start : t.i]) or None
    return content


def _before_time(content: Span, times: list[tuple[int, int]]) -> Span:
    """ "verteidigte den Gesetzentwurf am Donnerstag in der ersten Lesung": a time after an assessed object dates the
    speech act ("wies die Vorwürfe am Montag zurück"); the object ends before it (a demand or announcement keeps its
    time: "verlangte eine Sitzung im Mai")."""
    # "verwies auf einen Tarifvertrag, der Kündigungen bis 2026 ausschließe": a time after a comma in the object is
    # its clause's
    clause = next((t.i for t in content[1:] if t.text == ","), content.end)
    cut = next((t.i for t in content[1:] if _in_time(t, times) and not _in_time(content.doc[t.i - 1], times)
                and not t._.in_quote and content.doc[t.i - 1].tag_ in {"NN", "NE"} and t.i < clause), None)
    if cut is not None:
        after = next((t for t in content.doc[cut : content.end] if not _in_time(t, times)), None)
        if after is not None and (after.text in QUOTE_MARKS or after.lower_ == "als"):
            return content  # "nannte die Anschuldigungen am Sonntag „grotesk“": the predicate after the time is the
            # object's, which the time does not end
    return strip_span(content.doc[content.start : cut]) if cut is not None else content


def _reported_relative_clause(doc: Doc, sent: Span, comma: int) -> Span | None:
    """A relative clause in Konjunktiv after the comma at `comma` that closes a cue's object."""
    if comma + 1 >= sent.end or doc[comma].text != "," or doc[comma]._.in_quote:
        return None
    if doc[comma + 1].tag_ not in {"PRELS", "PRELAT"}:
        return None  # "Studien, nach denen …" have a say of their own
    end = _clause_end(doc, sent, comma + 1)
    clause = strip_span(doc[comma + 1 : end])
    finite = [t for t in clause if is_finite(t) and not t._.in_quote]
    if not finite or not is_subjunctive(finite[-1]):
        return None
    return clause


def _object_preposition(doc: Doc, sent: Span, j: int, preposition: str) -> int | None:
    """Where the preposition that introduces a cue's object ("sprach von", "verwies auf") stands: at `j`, or after
    an adjunct of a few words ("sprach trotz der Kritik von …", "sprachen in diesem Zusammenhang von …")."""
    forms = _preposition_forms(preposition)
    for k in range(j, min(sent.end, j + MAX_OBJECT_ADJUNCT + 1)):
        if doc[k].lower_ in forms:
            return k
        if doc[k].text in {",", ";", ":"} or doc[k].text in QUOTE_MARKS or is_finite(doc[k]) \
                or k == j and doc[k].tag_ not in {"APPR", "APPRART", "ADV", "PROAV", "ADJD"}:
            return None
    return None


MAX_OBJECT_ADJUNCT = 5
MAX_DATIVE = 12


def _phrase_before_preposition(cue: _VerbCue, data: LanguageData) -> bool:
    """A cue whose prepositional object may follow a noun phrase that belongs to what was said: the party threatened
    ("droht der EU mit Zöllen", a `dative_cue`), the thing estimated ("schätzt den Schaden auf …",
    `object_then_preposition`)."""
    return bool(cue.takes.partition(":")[2]) and (cue.lemma in data.words.get("dative_cue", ())
                                                   or cue.lemma in data.words.get("object_then_preposition", ()))


def _dative_before_preposition(doc: Doc, start: int, preposition: int) -> bool:
    """ "droht der Republik Moldau (nach der Ausweisung) mit …": between `start` and the object's preposition stands a
    noun phrase that opens with an article, name or pronoun (the party addressed), no clause, comma or quote."""
    if not start < preposition:
        return False
    if doc[start].tag_ not in {"ART", "NE", "PPER", "PDS", "PDAT", "PPOSAT", "PIAT", "ADJA"} and not (
            doc[start].tag_ == "NN" and doc[start].text[:1].isupper()):
        return False
    return not any(is_finite(t) or t.text in {",", ";", ":"} or t.text in QUOTE_MARKS or t.tag_ in {"KON", "KOUS"}
                   for t in doc[start:preposition])


def _preposition_forms(preposition: str) -> set[str]:
    """The forms of a cue's object preposition(s) ("für|auf" in cue_verbs.tsv), with the article fused ("vom")."""
    return {form for p in preposition.split("|") for form in (p, p + "m")}


def _agentive(span: Span, ents: dict[int, Span], data: LanguageData) -> bool:
    """A phrase that can speak: a pronoun, a name of a person or organisation, or a role noun."""
    return any(t.tag_ == "PPER" or t.text in data.role_nouns or t.text.rsplit("-", 1)[-1] in data.role_nouns
               or t.text in data.org_nouns for t in span) \
        or any(e.label_ in {"PER", "ORG"} for i, e in ents.items() if span.start <= i < span.end)


SOURCE_WORDS = ("report_noun", "source_noun", "work_author_noun", "outlet_noun", "media_report_noun",
                "press_report_noun", "ruling_noun", "generic_medium", "study_author")


def _can_speak(span: Span, ents: dict[int, Span], data: LanguageData) -> bool:
    """A phrase whose head can speak or be a source: a pronoun, a name, a role, organisation, report, study or
    medium noun (a name inside a modifier, "Eine von der ÖVP geforderte Sitzung", does not count)."""
    head = _phrase_head(span)
    if head is None or head.tag_ != "NN" or head._.in_quote or any(t.tag_ in {"PDS", "PIS", "PRELS"} for t in span):
        return True
    sources = {w.lower() for key in SOURCE_WORDS for w in data.words.get(key, ())}
    return _agentive(span[head.i - span.start : head.i - span.start + 1], ents, data) \
        or head.text.lower() in sources or head.text in data.media


def _phrase_head(span: Span) -> Token | None:
    """The first noun of a noun phrase outside a prepositional phrase in front of it."""
    inside = False
    for t in span:
        if t.tag_ in {"APPR", "APPRART"}:
            inside = True
        elif t.tag_ in {"NN", "NE"}:
            if not inside:
                return t
            inside = False
    return None


INVERTED_PRONOUNS = frozenset({"er", "sie", "man", "wir"})


def _inverted_pronoun(doc: Doc, sent: Span, finite: Token, data: LanguageData) -> Span | None:
    """A personal pronoun right after the finite verb that can be its subject ("lehnte sie ab")."""
    k = finite.i + 1
    if k < sent.end and doc[k].tag_ == "PPER" and doc[k].lower_ in INVERTED_PRONOUNS:
        return doc[k : k + 1]
    return None


def _fronted_thing(span: Span, ents: dict[int, Span], data: LanguageData) -> bool:
    """ "Auch Übernahmegespräche wies der 54-Jährige zurück": a prefield of common nouns without a determiner (a bare
    plural or mass noun, no subject of a denial) that cannot speak, before a denying or confirming verb, is its
    object when a phrase that can speak follows the verb."""
    words = [t for t in span if t.tag_ not in {"ADV", "PTKNEG"} or t.i > span.start + 1]
    if not words or words[0].tag_ not in {"NN", "ADJA"}:
        return False  # a determiner ("Das Ministerium", "Ein Regierungsvertreter", "Zwei Betroffene") may be the subject
    # "Schulministerin widerspricht Elternverband": a compound role or organisation noun, bare in a headline, speaks
    return any(t.tag_ == "NN" for t in span) and not any(t.tag_ in {"NE", "PDS", "PIS", "PRELS"} for t in span) \
        and not _agentive(span, ents, data) and not any(_organisation_compound(t.text, data) for t in span) \
        and not any(t.tag_ == "NN" and role_of(t, data) is not None for t in span)


def _organisation_compound(word: str, data: LanguageData) -> bool:
    """ "Polizeigewerkschaft widerspricht Innenminister": a compound of an organisation noun with a part that says
    which one names a body that speaks, even bare in a headline."""
    lower = word.lower()
    return any(lower.endswith(noun) and len(lower) >= len(noun) + 3 for noun in org_noun_endings(data.org_nouns, 6))


def _thing_before_nominative_speaker(view: _SentenceView, prefield: Span, finite: Token) -> bool:
    """ "Ein Geständnis schloss der Anwalt nicht aus": a prefield that cannot speak, before a verb followed by a
    nominative phrase that can, is the verb's object."""
    data, ents = view.data, view.ents
    if _agentive(prefield, ents, data) or any(
            t.text in {",", ":", ";"} and not t._.in_quote for t in view.doc[finite.i + 1 : view.sent.end]):
        return False  # "Zwei Betroffene bestätigten der Agentur, dass …": with a clause after it, the prefield speaks
    after = _speaker_after(view.doc, finite.i + 1, view.sent.end, ents, data)
    # a person: a role ("der Anwalt"), a name, an age ("der 49-Jährige"); not "der Zeitung" (a dative)
    return after is not None and _nominative_subject(after) and (
        any(t.text in data.role_nouns or t.text.rsplit("-", 1)[-1] in data.role_nouns or _age_noun(t, data)
            for t in after) or any(e.label_ == "PER" for i, e in ents.items() if after.start <= i < after.end))


def _nominative_subject(span: Span) -> bool:
    """ "der 54-Jährige", "der Manager", "ein Sprecher": a masculine nominative article before its noun (not "der
    Angeklagten", genitive or dative)."""
    head = next((t for t in span if t.tag_ == "NN"), None)
    return span[0].lower_ in {"der", "ein"} and head is not None and not head.lower_.endswith("en")


def _headed_by_report_noun(span: Span, data: LanguageData) -> bool:
    """ "Berichte über …", "Die Vorwürfe gegen …": the head noun names what someone said."""
    head = next((t for t in span if t.tag_ in {"NN", "NE"}), None)
    return head is not None and head.text in data.words.get("report_noun", ())


def _object_prefield(doc: Doc, start: int, finite: Token, preposition: str, data: LanguageData | None = None
                     ) -> Span | None:
    """A prefield that opens with a determiner never nominative ("Den Vorwurf", "Dem Bericht"), or with the
    preposition of a cue's object ("Mit einer Wetterberuhigung rechnet …"), before the verb whose subject follows
    it: the object."""
    prefield = strip_span(doc[start : finite.i])
    if len(prefield) < 2 or any(is_finite(t) and not t._.in_quote for t in prefield):
        return None
    first = prefield[0]
    if preposition:
        return prefield if first.lower_ in _preposition_forms(preposition) else None
    if data is not None and _headed_by_report_noun(prefield, data):
        return prefield  # "Berichte über Unruhe wies der Coach zurück", "Die Vorwürfe bestritt sie"
    if not first.lower_.endswith(OBLIQUE_ENDINGS) or first.tag_ not in {"ART", "PDAT", "PPOSAT"}:
        return None
    return prefield


def _subordinate_frame(view: _SentenceView, cue: _VerbCue, opener: Token, finite: Token) -> Found | None:
    """A cue at the end of a subordinate or relative clause, its content after the comma: "Während Juncker
    ankündigte, den Vorschlag prüfen zu lassen, …", "der Prediger, der alle aufforderte, Israel nicht zu
    unterstützen, …". The content runs to the next clause ("…, stellt sich die ADR hinter ihn")."""
    doc, sent, data = view.doc, view.sent, view.data
    if opener.tag_ not in {"KOUS", "PRELS"} or opener.lower_ in data.words.get("complementizer", ()) \
            or opener.lower_ in data.words.get("conditional_conjunction", ()):
        return None  # "dass X sagte, …" is content of another frame; "Falls X erklärt, …" says nothing yet
    k = max(t.i for t in cue.tokens + [finite]) + 1
    auxiliaries = []
    while k < sent.end and doc[k].tag_ in {"VAFIN", "VMFIN", "VAINF", "VMINF"}:
        auxiliaries.append(doc[k])
        k += 1  # "angekündigt hatte", "erklärt haben soll"
    if k + 1 >= sent.end or doc[k].text != "," or cue.takes.startswith("object"):
        return None
    if cue.verb.tag_ == "VVPP" and not any(t.lemma_ == "haben" for t in auxiliaries):
        return None  # "die vom Rat angenommen wurde" (passive), "die auf Hilfe angewiesen sind" (a state)
    if is_finite(doc[k + 1]):
        return None  # "Die Hunde, die erwartet wurden, trafen … ein": the main clause follows the relative clause
    if opener.tag_ == "PRELS" and opener.lower_ not in data.words.get("oblique_relative_pronoun", ()):
        speaker: Span | None = doc[opener.i : opener.i + 1]  # as written; its antecedent stands before the comma
    else:
        # the subject between conjunction and verb; after a dative or accusative relative pronoun too: "der
        # Minister, dem die Opposition vorgeworfen hatte, …" is the opposition's statement
        speaker = _speaker_between(doc, opener.i + 1, min(t.i for t in cue.tokens + [finite]), view.ents, view.data)
    frame = doc[opener.i : k]
    quote = _quote_starting_at(view.quoted, k + 1) if doc[k + 1].text in QUOTE_MARKS else None
    if quote is not None:
        return Found(cue.tokens, cue.lemma, cue.stance, "Direct", [quote], speaker, frame, _medium(frame, data))
    content = strip_span(doc[k + 1 : _object_end(doc, sent, k + 1, data)])
    if len(content) < 2 or _opens_relative_clause(content, cue.lemma) or _opens_adverbial_clause(content, data):
        return None
    # a dass/ob clause, a zu-infinitive, or a clause in Konjunktiv ("…, die Lage sei ernst"); not any main clause
    first_finite = next((t for t in content if is_finite(t)), None)
    if not (content[0].lower_ in data.words.get("complementizer", ()) or _ends_in_zu_infinitive(content)
            or first_finite is not None and is_subjunctive(first_finite)):
        return None
    kind = "Direct" if _wholly_quoted(content) else "Indirect"
    return Found(cue.tokens, cue.lemma, cue.stance, kind, [content], speaker, frame, _medium(frame, data))


def _prefield_start(doc: Doc, sent: Span, clause_start: int, data: LanguageData) -> int:
    """Extend a clause start back over comma-separated appositions without a verb
    ("Dolkun Isa, der Sekretär des Weltkongresses, sagte"; "Wie die Mitarbeiterin, Arminda Thomas, mitteilte"). A
    clause that opens with its subordinator ("…, drei von ihnen schwer, wie ein Sprecher mitteilte") has no
    apposition before it: the segments before the comma are what was said."""
    start = clause_start
    if start < sent.end and (doc[start].tag_ in SUBORDINATE_TAGS or doc[start].lower_ in data.words.get("as_frame", ())):
        return start
    while start > sent.start and doc[start - 1].text == ",":
        segment_start = _clause_start(doc, sent, start - 1, quotes_end_clauses=False)
        segment = doc[segment_start : start - 1]
        marks = sum(1 for t in segment if t.text in QUOTE_MARKS)
        if len(segment) and segment[0].tag_ not in {"PRELS", "PRELAT", "KOUS"} and start != clause_start \
                and any(is_finite(t) and not t._.in_quote for t in segment):
            # "Selbeck wolle Stellen abbauen, davon 1600 in Deutschland, heißt es": verbless segments after a main
            # clause go on with what was said; appositions stand in a prefield that opens the sentence
            return clause_start
        if len(segment) and start != clause_start and segment[0].tag_ in {"PRELS", "PWS", "KOUS"} \
                and any(is_finite(t) and not t._.in_quote for t in doc[sent.start : segment_start]):
            # "Das Risiko sei, nach allem, was man wisse, sehr gering, sagte X": a clause inside what was said, after
            # its main verb, is no relative clause of a subject in the prefield
            return clause_start
        if len(segment) == 0 or marks % 2 or segment[0].text in QUOTE_MARKS or segment[-1].text in QUOTE_MARKS \
                or any(is_finite(t) and not t._.in_quote for t in segment) \
                or segment[0].tag_ not in {"PRELS", "PRELAT"} and any(t.tag_.startswith("V") for t in segment):
            break  # a quote or a clause (also "… gerechnet werden") before the comma is content, not an apposition
        if segment[0].tag_ in {"KOUS", "PRELS", "PWS", "KON"} and segment[0].lower_ not in ("wie",):
            break
        if segment[0].lower_ in data.words.get("focus_particle", ()):
            break  # "…, auch aus Nordamerika, sagte er": an afterthought of what was said, not an apposition
        start = segment_start
    return start


def _adverbial_clause(doc: Doc, start: int, end: int, data: LanguageData) -> bool:
    """ "Da er … gebunden hatte," / "Obwohl … zutrifft,": one subordinate clause in the indicative (a subordinating
    conjunction other than dass/ob, no comma inside) before a verb-first clause. In Konjunktiv ("Weil die Lage ernst
    sei, sagte er, …") it is reported."""
    first = doc[start]
    as_frame = first.lower_ in data.words.get("as_frame", ())  # "Wie IRNA berichtet, erklärte X, …": a source
    if (first.tag_ != "KOUS" and not as_frame) or first.lower_ in data.words.get("complementizer", ()) \
            or first._.in_quote:
        return False
    clause = doc[start : end - 1]
    return not any(t.text in {",", ";", ":"} or t.text in QUOTE_MARKS or is_finite(t) and is_subjunctive(t)
                   for t in clause)


def _subject_with_relative_clause(doc: Doc, start: int, end: int, relative_cues: frozenset[str] = frozenset()) -> bool:
    """ "Ulla Jelpke, die vor einem Monat für Schlagzeilen gesorgt hatte," before a verb: a noun phrase, a comma and
    a relative clause that closes with its finite verb at the comma before the verb, so the verb's subject, not
    reported content ("Die Zahl der Opfer, die bekannt wurde, steigt, sagte …" has a clause after it). A report's
    "wonach" clause (`relative_cues`) closes such a prefield as well ("Zu Berichten, wonach …, äußerte sich X
    zurückhaltend")."""
    comma = _relative_clause_comma(doc, start, end)
    if comma is None:
        comma = next((k for k in range(start + 1, end - 1) if doc[k].text == "," and doc[k + 1].lower_ in relative_cues),
                     None)
    if comma is None or doc[end - 1].text != "," or any(is_finite(t) or t._.in_quote for t in doc[start:comma]):
        return False
    if any(t.text == "," for t in doc[comma + 1 : end - 1]):
        return False
    return is_finite(doc[end - 2])


def _topic_with_report(view: _SentenceView, clause_start: int) -> bool:
    """A prefield that is a prepositional phrase with a report's "wonach" clause ("Zu Berichten, wonach …, wolle,")."""
    doc, sent = view.doc, view.sent
    start = _skip_space(doc, sent.start, clause_start)
    return doc[start].tag_ in {"APPR", "APPRART"} and _subject_with_relative_clause(
        doc, start, clause_start, _relative_cue_words(view.data))


def _condition_after(doc: Doc, sent: Span, comma: int, data: LanguageData) -> int | None:
    """The end of a conditional clause after the comma at `comma` ("…, sollten die Arbeitgeber kein Angebot
    vorlegen", "…, falls …"), which says under what condition an announced or demanded thing is to happen."""
    if comma + 1 >= sent.end or doc[comma].text != "," or doc[comma]._.in_quote:
        return None
    opener = doc[comma + 1]
    verb_first = opener.lower_ in {"sollte", "sollten"}
    if not verb_first and opener.lower_ not in data.words.get("conditional_conjunction", ()):
        return None
    end = _clause_end(doc, sent, comma + 1)
    return end if end > comma + 2 else None


def _denied_object_spelled_out(view: _SentenceView, cue: _VerbCue, j: int, speaker: Span | None,
                               content: Span) -> bool:
    """ "Peskow wies Vorwürfe zurück, Russland habe sich eingemischt", "hat den Vorwurf zurückgewiesen, sie habe …": a
    denial with a noun object in its own clause, whose content after the comma is a main clause saying what the
    object claims (a zu-infinitive or dass-clause is what is denied itself)."""
    doc = view.doc
    if cue.stance != "deny" or doc[j].text != "," or content[0].tag_ in {"KOUS", "KOUI"} or _zu_infinitive(content):
        return False
    if not any(is_finite(t) and not t._.in_quote for t in content):
        return False
    first_cue = min(t.i for t in cue.tokens)
    own = range(first_cue + 1, j) if first_cue < j else range(0)
    spoken = range(speaker.start, speaker.end) if speaker is not None else range(0)
    return any(doc[k].tag_ == "NN" and k not in spoken and not doc[k]._.in_quote for k in own)


def _zu_infinitive(span: Span) -> bool:
    """ "umgehend für Klarheit zu sorgen", "die Kultur kaputtzusparen": words without a finite verb that end in a
    zu-infinitive."""
    words = [t for t in span if not is_punct(t)]
    if len(words) < 2 or any(is_finite(t) for t in words):
        return False
    last = words[-1]
    # "kaputtzusparen" read as an adjective: a lower-case word with "zu" inside before an infinitive ending
    written = last.text[:1].islower() and re.fullmatch(r"\w{2,}zu\w{2,}(?:en|ern|eln)", last.text) is not None
    return last.tag_ == "VVIZU" or written or last.tag_ in {"VVINF", "VAINF", "VMINF"} and words[-2].lower_ == "zu"


def _relative_cue_words(data: LanguageData) -> frozenset[str]:
    """ "wonach": the prepositional cues that open a relative clause of a report."""
    return frozenset(c.words[0] for cues in data.prepositional_cues_by_first_word.values() for c in cues
                     if c.position == "relative")


def _previous_sentence(doc: Doc, sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    previous = sentence_of(doc, sent.start - 1)
    return previous if any(not t.is_space for t in previous) else None


def _occasion_not_medium(tok: Token, data: LanguageData) -> bool:
    """ "bei der Urteilsbegründung", "zur Begründung": a text (`in_only_medium`) that is a medium only after "in"
    ("in der Urteilsbegründung"); after another preposition it names the hearing or the purpose."""
    if tok.text not in data.words.get("in_only_medium", ()):
        return False
    j = tok.i - 1
    while j >= 0 and tok.doc[j].tag_ in {"ART", "ADJA", "PPOSAT", "PIAT"}:
        j -= 1
    return j < 0 or tok.doc[j].lower_ not in {"in", "im"}


def _after_medium_preposition(tok: Token, data: LanguageData) -> bool:
    """ "in einer Erklärung", "auf X", "im ORF-Interview": a medium word is the channel after a medium preposition;
    "sagte er der Zeitung „Etemad“" names whom he told, "Schritte gegen die Wochenzeitung" what they are against."""
    prepositions = data.words.get("medium_preposition", ())
    j = tok.i - 1
    # back over the phrase, an extended attribute included ("in einer vom Sender ausgestrahlten Ansprache")
    while j >= 0 and tok.i - j <= 8 and tok.doc[j].tag_ in {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "NN", "NE",
                                                            "APPR", "APPRART"}:
        if tok.doc[j].lower_ in prepositions:
            return True
        j -= 1
    return False


def _medium(frame: Span | None, data: LanguageData) -> str | None:
    if frame is None:
        return None
    for tok in frame:
        medium = data.media.get(tok.text) or _compound_medium(tok.text, data)
        if medium is not None and (_occasion_not_medium(tok, data) or not _after_medium_preposition(tok, data)):
            continue
        if medium is not None and tok.i != frame.start:
            adjectives = [t for t in frame.doc[max(frame.start, tok.i - 2) : tok.i] if t.tag_ == "ADJA"]
            if adjectives and medium == tok.text:
                return " ".join(a.lemma_.lower().removesuffix("e") + "e" for a in adjectives) + " " + medium
            return medium
    return None


def _compound_medium(word: str, data: LanguageData) -> str | None:
    """ "ORF-Interview", "Fernsehinterview", "Eröffnungsrede": a compound ending in a word for a medium, as written."""
    lower = word.lower()
    head = word.partition("-")[0]
    if head != word and head in data.words.get("platform", ()):
        return word  # "auf seinem Telegram-Kanal", "auf ihrem X-Account": a platform's channel
    for key in data.media:
        if len(key) >= 5 and key[:1].isupper() and lower.endswith(key.lower()) and len(word) > len(key) + 2:
            return word
    return None
