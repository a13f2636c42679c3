"""Finds attributed statements: direct, indirect and reported speech, their cues, speakers, stance and nesting."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.addressees import find_addressee
from whosaid.components.lemmas import separated_particle
from whosaid.components.phrases import (
    GENITIVE_ARTICLES,
    QUOTE_MARKS,
    is_dative_plural_noun,
    is_finite,
    is_punct,
    is_subjunctive,
    noun_phrase_from,
    sentence_of,
    sentences,
    strip_span,
)
from whosaid.components.quotes import find_quoted
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, PrepositionalCue, load_language

DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT"})
PREFIELD_ADVERBIAL_TAGS = frozenset({"APPR", "APPRART", "ADV", "PROAV", "KOUS", "PWAV", "ADJD", "PTKNEG", "KON"})
SKIPPABLE_AFTER_VERB = frozenset({"ADV", "PRF", "PTKNEG", "PROAV", "ADJD"})


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


def correct_cue_tags(doc: Doc, data: LanguageData) -> None:
    """A reporting verb's past form read as an adjective ("vor einem Monat behaupteten X, ...") is a finite verb:
    an attributive adjective cannot follow a noun without opening a phrase of its own."""
    for tok in doc:
        if tok.tag_ == "ADJA" and tok.lemma_.lower() in data.verb_cues and tok.i > 0 and tok.lower_.endswith(("te", "ten")):
            if doc[tok.i - 1].tag_ in {"NN", "NE", "PPER"}:
                tok.tag_ = "VVFIN"
                tok.pos_ = "VERB"
        elif tok.tag_ == "VVINF" and _plural_present_cue(tok, data):
            tok.tag_ = "VVFIN"
        elif tok.tag_ == "VVFIN" and _participle_read_as_finite(tok, data):
            tok.tag_ = "VVPP"


def _participle_read_as_finite(tok: Token, data: LanguageData) -> bool:
    """ "… hatte Stoiber betont, er werde bleiben": a participle that is also a present form ("betont"), read as
    finite. At the end of its clause, after a finite "haben" or "sein" of the same clause, it is the participle."""
    doc = tok.doc
    if data.verb_lemma(tok.text, tok.lemma_) not in data.verb_cues:
        return False
    if tok.i + 1 < len(doc) and not (is_punct(doc[tok.i + 1]) or doc[tok.i + 1].text in QUOTE_MARKS):
        return False
    start = _clause_start(doc, sentence_of(doc, tok.i), tok.i)
    finite = [t for t in doc[start : tok.i] if is_finite(t)]
    return bool(finite) and finite[-1].tag_ == "VAFIN" and finite[-1].lemma_ in {"haben", "sein"}


def _plural_present_cue(tok: Token, data: LanguageData) -> bool:
    """ "… und die Hongkonger befürchten, dass …": a plural present read as an infinitive. With a dass/ob clause
    after its comma and no finite verb or "zu" before it (back to a comma or a coordinating conjunction), it is
    the finite verb; "wollen das befürchten" and "zu befürchten" stay infinitives."""
    doc = tok.doc
    entry = data.verb_cues.get(tok.lemma_.lower())
    if entry is None or entry.takes.startswith("object") or tok.i + 2 >= len(doc):
        return False
    if doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ not in data.words.get("complementizer", ()):
        return False
    j = tok.i - 1
    while j >= 0 and not (doc[j].text in {",", ";", ":"} or is_punct(doc[j]) and doc[j].is_sent_end
                          or doc[j].tag_ == "KON"):
        if is_finite(doc[j]) or doc[j].tag_ == "PTKZU":
            return False
        j -= 1
    # a subject of its own stands before it: "und anschließend mitteilen, ob …" shares a modal before "und"
    return any(t.tag_ in {"NN", "NE", "PPER", "PIS", "PDS"} for t in doc[j + 1 : tok.i])


def find_statements(doc: Doc, data: LanguageData) -> list[Found]:
    quoted = _quoted_token_spans(doc)
    for span in quoted:
        for tok in span:
            tok._.in_quote = True
    ents_by_start = {ent.start: ent for ent in doc.ents}
    found: list[Found] = []
    for sent in sentences(doc):
        found.extend(_verb_frames(doc, sent, quoted, ents_by_start, data, found))
        found.extend(_prepositional_frames(doc, sent, quoted, ents_by_start, data, found))
        found.extend(_noun_frames(doc, sent, ents_by_start, data, found))
    found.sort(key=lambda f: (f.content_start, f.cue[0].i if f.cue else 0))
    found = _drop_duplicates(found)
    found.extend(_continuations(doc, found, data))
    found.extend(_unframed_quotes(doc, found, quoted))
    found.sort(key=lambda f: (f.content_start, f.cue[0].i if f.cue else 0))
    _link_nesting(found)
    _link_answers(found)
    for f in found:
        f.cue_helpers = _cue_helpers(doc, f, data)
        f.addressee = find_addressee(f, data, ents_by_start)
    return found


def _link_answers(found: list[Found]) -> None:
    """ "Die Behauptung von X, dass …, wies Y zurück": a denial or confirmation whose object holds another
    statement's cue answers that statement."""
    for f in found:
        if f.stance not in {"deny", "confirm"} or f.refers_to is not None:
            continue
        f.refers_to = next((g for g in found if g is not f and g.cue
                            and f.content_start <= g.cue[0].idx < f.content_end), None)


def _cue_helpers(doc: Doc, found: Found, data: LanguageData) -> list[Token]:
    """The auxiliary (haben, sein, werden) of a participle cue, the reflexive of a reflexive cue verb ("äußerte
    sich", "hat sich bereit erklärt") and the expletive of an impersonal cue ("heißt es") right after the finite
    verb."""
    verbs = [t for t in found.cue if t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        return []
    verb = verbs[0]
    finite = _finite_of(doc, sentence_of(doc, verb.i), verb)
    helpers = [finite] if finite is not verb and finite.tag_ == "VAFIN" and verb.tag_ == "VVPP" else []
    after = finite.i + 1
    if after < len(doc) and doc[after].tag_ == "PRF" and after not in {t.i for t in found.cue} \
            and found.lemma in data.words.get("reflexive_cue", ()):
        helpers.append(doc[after])
    if after < len(doc) and doc[after].lower_ == "es" and found.lemma in data.words.get("impersonal_cue", ()):
        helpers.append(doc[after])
    return helpers


# --- quotes -----------------------------------------------------------------------------------------------


def _quoted_token_spans(doc: Doc) -> list[Span]:
    spans = []
    for q in find_quoted(doc.text):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) > 0:
            spans.append(span)
    return spans


def _quote_ending_at(quoted: list[Span], token_i: int) -> Span | None:
    """The quote whose closing mark is token `token_i`."""
    for span in quoted:
        if span.end == token_i:
            return span
    return None


def _quote_starting_at(quoted: list[Span], token_i: int) -> Span | None:
    for span in quoted:
        if span.start - 1 == token_i:
            return span
    return None


# --- verb cues --------------------------------------------------------------------------------------------


def _cue_lemma(doc: Doc, tok: Token, sent: Span, data: LanguageData) -> tuple[str, list[Token]] | None:
    """The reporting-verb lemma of `tok` (joining a separable particle), with the cue's tokens."""
    if not tok.tag_.startswith("VV") or tok._.in_quote:
        return None
    lemma = data.verb_lemma(tok.text, tok.lemma_)
    if tok.lower_ == "ge" + lemma and (tok.tag_ == "VVFIN" or not _has_finite_in_clause(doc, sent, tok)):
        return None  # a finite "geraten" ("geraten aneinander"), or one with no auxiliary, is not from "raten"
    particles = data.words.get("verb_particle", frozenset())
    # "bekannt gegeben", "bekannt gab": a particle written apart before a participle or infinitive
    if tok.i > sent.start and doc[tok.i - 1].lower_ in particles and doc[tok.i - 1].tag_ not in {"APPR", "APPRART"}:
        joined = doc[tok.i - 1].lower_ + lemma
        if joined in data.verb_cues:
            return joined, [doc[tok.i - 1], tok]
    later = separated_particle(tok, sent, particles) if tok.tag_.endswith("FIN") else None
    if later is not None:
        # whosaid_particle_verbs may have joined them already
        joined = lemma if lemma.startswith(later.lower_) else later.lower_ + lemma
        if joined in data.verb_cues:
            return joined, [tok, later]
        if later.tag_ == "PTKVZ":
            return None  # "gab auf" is not "geben"
    if lemma in data.verb_cues:
        return lemma, [tok]
    return None


def _verb_frames(
    doc: Doc, sent: Span, quoted: list[Span], ents: dict[int, Span], data: LanguageData, previous: list[Found]
) -> list[Found]:
    found: list[Found] = []
    for tok in sent:
        hit = _cue_lemma(doc, tok, sent, data)
        if hit is None:
            continue
        lemma, cue_tokens = hit
        if not _reports_an_utterance(doc, sent, tok):
            continue
        entry = data.verb_cues[lemma]
        if tok.tag_ == "VVPP" and entry.takes == "object" and not _has_finite_in_clause(doc, sent, tok):
            continue  # "…, genannt „BRD-Video“, …": a participle naming something, no speech act
        cue = _VerbCue(tok, cue_tokens, lemma, entry.stance, entry.takes)
        result = _frame_for_cue(_SentenceView(doc, sent, quoted, ents, data, previous + found), cue)
        if result is not None:
            found.append(result)
    return found


def _reports_an_utterance(doc: Doc, sent: Span, verb: Token) -> bool:
    """A finite cue, or a participle with its auxiliary; not an infinitive ("zu bestätigen", "könne sagen")."""
    if is_finite(verb):
        return True
    if verb.tag_ in {"VVIZU"} or (verb.i > sent.start and doc[verb.i - 1].tag_ == "PTKZU"):
        return False
    if verb.tag_ == "VVINF":
        return False
    return True


def _has_finite_in_clause(doc: Doc, sent: Span, verb: Token) -> bool:
    """A finite verb before `verb` in its clause, or after it up to the next comma or quote ("gesagt hat")."""
    end = verb.i + 1
    while end < sent.end and not (doc[end].text in {",", ";", ":"} or doc[end].text in QUOTE_MARKS):
        end += 1
    return any(is_finite(t) for t in doc[_clause_start(doc, sent, verb.i) : end] if t.i != verb.i)


def _clause_start(doc: Doc, sent: Span, i: int, quotes_end_clauses: bool = True) -> int:
    """Start of the clause that token i stands in: after the last comma, semicolon or colon before it (and after
    the last quotation mark, unless `quotes_end_clauses` is off), skipping white space."""
    j = i - 1
    while j >= sent.start and not (doc[j].text in {",", ";", ":"} or quotes_end_clauses and doc[j].text in QUOTE_MARKS):
        j -= 1
    return _skip_space(doc, j + 1, i)


def _skip_space(doc: Doc, i: int, end: int) -> int:
    """The first token from i on (before `end`) that is not white space."""
    while i < end and doc[i].is_space:
        i += 1
    return i


def _prefield_start(doc: Doc, sent: Span, clause_start: int) -> int:
    """Extend a clause start back over comma-separated appositions without a verb
    ("Dolkun Isa, der Sekretär des Weltkongresses, sagte"; "Wie die Mitarbeiterin, Arminda Thomas, mitteilte")."""
    start = clause_start
    while start > sent.start and doc[start - 1].text == ",":
        segment_start = _clause_start(doc, sent, start - 1, quotes_end_clauses=False)
        segment = doc[segment_start : start - 1]
        marks = sum(1 for t in segment if t.text in QUOTE_MARKS)
        if len(segment) == 0 or marks % 2 or segment[0].text in QUOTE_MARKS or segment[-1].text in QUOTE_MARKS \
                or any(is_finite(t) and not t._.in_quote for t in segment):
            break  # a quote or a clause before the comma is content, not an apposition
        if segment[0].tag_ in {"KOUS", "PRELS", "PWS", "KON"} and segment[0].lower_ not in ("wie",):
            break
        start = segment_start
    return start


def _adverbial_clause(doc: Doc, start: int, end: int, data: LanguageData) -> bool:
    """ "Da er … gebunden hatte," / "Obwohl … zutrifft,": one subordinate clause in the indicative (a subordinating
    conjunction other than dass/ob, no comma inside) before a verb-first clause. In Konjunktiv ("Weil die Lage ernst
    sei, sagte er, …") it is reported."""
    first = doc[start]
    if first.tag_ != "KOUS" or first.lower_ in data.words.get("complementizer", ()) or first._.in_quote:
        return False
    clause = doc[start : end - 1]
    return not any(t.text in {",", ";", ":"} or t.text in QUOTE_MARKS or is_finite(t) and is_subjunctive(t)
                   for t in clause)


def _relative_clause_comma(doc: Doc, start: int, end: int) -> int | None:
    """The comma that opens a relative clause in doc[start:end] ("Ulla Jelpke, die …"), if any."""
    return next((k for k in range(start + 1, end - 1) if doc[k].text == "," and doc[k + 1].tag_ in {"PRELS", "PRELAT"}),
                None)


def _subject_with_relative_clause(doc: Doc, start: int, end: int) -> bool:
    """ "Ulla Jelpke, die vor einem Monat für Schlagzeilen gesorgt hatte," before a verb: a noun phrase, a comma and
    a relative clause that closes with its finite verb at the comma before the verb, so the verb's subject, not
    reported content ("Die Zahl der Opfer, die bekannt wurde, steigt, sagte …" has a clause after it)."""
    comma = _relative_clause_comma(doc, start, end)
    if comma is None or doc[end - 1].text != "," or any(is_finite(t) or t._.in_quote for t in doc[start:comma]):
        return False
    if any(t.text == "," for t in doc[comma + 1 : end - 1]):
        return False
    return is_finite(doc[end - 2])


def _finite_of(doc: Doc, sent: Span, verb: Token) -> Token:
    """The finite verb of the clause of `verb` (itself, or an auxiliary before a participle)."""
    if is_finite(verb):
        return verb
    j = verb.i - 1
    start = _clause_start(doc, sent, verb.i)
    while j >= start:
        if is_finite(doc[j]):
            return doc[j]
        j -= 1
    return verb


@dataclass(frozen=True)
class _VerbCue:
    """A reporting verb in a sentence: the verb, its tokens (with a separated particle), lemma and lexicon entry."""

    verb: Token
    tokens: list[Token]
    lemma: str
    stance: str
    takes: str  # clause | clause:W | object | object:P | both


@dataclass(frozen=True)
class _SentenceView:
    """What the frame rules read about the sentence they work in."""

    doc: Doc
    sent: Span
    quoted: list[Span]
    ents: dict[int, Span]
    data: LanguageData
    earlier: list[Found]  # statements found before this cue, in text order


def _frame_for_cue(view: _SentenceView, cue: _VerbCue) -> Found | None:
    doc, sent, quoted, ents, data, earlier = view.doc, view.sent, view.quoted, view.ents, view.data, view.earlier
    verb, cue_tokens, lemma, stance, takes = cue.verb, cue.tokens, cue.lemma, cue.stance, cue.takes
    word = takes.partition(":")[2] if takes.startswith("clause") else ""
    if word and not any(t.lower_ == word for t in sent):
        return None  # "geht davon aus, dass …" reports; "geht von einem Anschlag aus" does not
    casualties = data.words.get("casualty_noun", ())
    if lemma in data.words.get("casualty_cue", ()) and any(t.text.rsplit("-", 1)[-1] in casualties for t in sent):
        return None  # "Der Anschlag forderte acht Tote" / "einen Motorrad-Toten" counts victims, it demands nothing
    finite = _finite_of(doc, sent, verb)
    # the reflexive after the verb, or after the auxiliary of a participle ("hatten sich … bestätigt")
    after_verbs = [*doc[verb.i + 1 : min(sent.end, verb.i + 4)], *doc[finite.i + 1 : min(sent.end, finite.i + 4)]]
    reflexive = next((t for t in after_verbs if t.tag_ == "PRF"), None)
    if reflexive is not None and lemma in data.words.get("reflexive_not_speech", ()):
        return None  # "meldete sich bei ihnen", "entschied sich der Pilot für …", "hat sich bestätigt"
    clause_start = _clause_start(doc, sent, finite.i)
    clause_start = _prefield_start(doc, sent, clause_start)  # the prefield may hold appositions
    first = doc[clause_start] if clause_start < sent.end else None
    last_cue = max(t.i for t in cue_tokens)

    # "wie X berichtet, ..." / "..., wie X mitteilte."
    if first is not None and first.lower_ in data.words.get("as_frame", ()) and first.i < finite.i:
        speaker = _speaker_between(doc, first.i + 1, min(t.i for t in cue_tokens + [finite]), ents)
        frame = doc[first.i : _after_cue_end(doc, sent, last_cue)]
        if speaker is None and first.i + 1 == finite.i:
            # "Wie erklärte der Finanzminister am Dienstag, …": the subject follows the verb
            speaker = _speaker_after(doc, finite.i + 1, frame.end, ents, data)
        if clause_start == sent.start or doc[clause_start - 1].text in QUOTE_MARKS:
            content = strip_span(doc[frame.end : sent.end])
        else:
            content = strip_span(doc[sent.start : first.i])
        if len(content) == 0:
            return None
        return Found(cue_tokens, lemma, stance, "Indirect", [content], speaker, frame, _medium(frame, data))

    # "..., was X dementierte": answers the statement that ends right before
    if first is not None and first.lower_ in data.words.get("back_reference", ()) and first.i < finite.i:
        speaker = _speaker_between(doc, first.i + 1, finite.i, ents)
        target = next((f for f in reversed(earlier) if f.content_end <= first.idx and f.content_end >= doc[clause_start - 2].idx), None)
        if target is None:
            return None
        frame = doc[first.i : last_cue + 1]
        return Found(cue_tokens, lemma, stance, "Reported", list(target.content), speaker, frame, None,
                     refers_to=target)

    # "Das meldet die Zeitung Haaretz.": the demonstrative stands for the sentence before
    if first is not None and first.i + 1 == finite.i and first.lower_ in data.words.get("back_reference_demonstrative", ()) \
            and first.tag_ in {"PDS", "ART", "PPER"} and clause_start == _skip_space(doc, sent.start, sent.end):
        previous = _previous_sentence(doc, sent)
        speaker = _speaker_after(doc, finite.i + 1, sent.end, ents, data, apposition=True)
        if previous is not None and speaker is not None:
            frame = doc[finite.i : _after_cue_end(doc, sent, last_cue)]
            return Found(cue_tokens, lemma, stance, "Indirect", [strip_span(previous)], speaker, frame,
                         _medium(frame, data))

    if first is not None and first.tag_ in {"KOUS", "PRELS", "PWS", "PWAV", "KOUI"}:
        return _subordinate_frame(view, cue, first, finite)
    own_first = doc[_clause_start(doc, sent, finite.i)]
    if own_first.tag_ in {"KOUS", "PRELS"} and own_first.i < finite.i:
        # "Der Prediger, der alle aufforderte, …": the relative clause is no apposition of the prefield
        return _subordinate_frame(view, cue, own_first, finite)
    verb_first = finite.i == clause_start or (first is not None and first.lower_ in data.words.get("so_frame", ()))

    # frame after its content: "„…“, sagte X." / "…, fügte X hinzu."
    expletive = _expletive_after(doc, finite.i + 1, sent.end) if verb_first else None
    impersonal = expletive is not None
    if impersonal:
        # "…, heißt es in der Mitteilung des WWF." / "…, hieß es.": no subject; the source, if any, in a phrase
        inverted_speaker = _impersonal_source(doc, expletive + 1, sent.end, ents, data)
    else:
        inverted_speaker = _speaker_after(doc, finite.i + 1, sent.end, ents, data, apposition=True) if verb_first else None
    if verb_first and clause_start > sent.start and not impersonal and (
            inverted_speaker is None or _subject_with_relative_clause(doc, _skip_space(doc, sent.start, finite.i),
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
    if verb_first and clause_start > sent.start or (verb_first and clause_start == sent.start and clause_start > 0
                                                    and doc[clause_start - 1].text in QUOTE_MARKS):
        speaker = inverted_speaker
        frame_end = _after_cue_end(doc, sent, last_cue)
        frame = doc[clause_start:frame_end]
        if frame_end < sent.end and doc[frame_end].text == ":":
            following = _quote_starting_at(quoted, frame_end + 1)
            if following is not None:  # "…, entgegnete X: „…“"
                return Found(cue_tokens, lemma, stance, "Direct", [following], speaker, frame,
                             _medium(frame, data))
        before = clause_start - 1
        while before >= 0 and doc[before].text in {",", ":"}:
            before -= 1
        quote = _quote_ending_at(quoted, before) if before >= 0 and doc[before].text in QUOTE_MARKS else None
        if quote is None and before >= 0 and doc[before].text in {"!", "?", ".", "…"} and before > 0:
            quote = _quote_ending_at(quoted, before - 1) if doc[before - 1].text in QUOTE_MARKS else None
        if quote is not None:
            parts = [quote]
            # „…“, sagte X, „…“: the quote goes on after its frame
            if frame_end + 1 < len(doc) and doc[frame_end].text == "," and doc[frame_end + 1].text in QUOTE_MARKS:
                rest = _quote_starting_at(quoted, frame_end + 1)
                if rest is not None:
                    parts.append(rest)
            return Found(cue_tokens, lemma, stance, "Direct", parts, speaker, frame, _medium(frame, data))
        content = strip_span(doc[sent.start : clause_start])
        if len(content) < 2 or not any(is_finite(t) for t in content):
            return None
        kind = "Direct" if _wholly_quoted(content) else "Indirect"
        return Found(cue_tokens, lemma, stance, kind, [content], speaker, frame, _medium(frame, data))

    # frame before its content: "X sagte, …" / "X sagte: „…“" / "X dementierte die Berichte"
    passive = finite.lemma_ == "werden" and verb.tag_ == "VVPP"  # "Dem Minister wurde vorgeworfen, …": no speaker
    if finite.i > sent.start and doc[finite.i - 1].lower_ in data.words.get("coordination", ()):
        # "X dankte … und erklärte …": the subject of the first conjunct
        shared = next((f for f in reversed(earlier) if f.cue and sentence_of(doc, f.cue[0].i).start == sent.start), None)
        clause_start = finite.i
        first_finite = next((t for t in sent if is_finite(t)), finite)
        speaker = shared.speaker if shared else _prefield_speaker(doc, _clause_start(doc, sent, first_finite.i),
                                                                   first_finite, ents)
    elif passive:
        speaker = _passive_agent(doc, finite, verb, ents)  # "wurde von der Regierung dementiert"
    else:
        speaker = _prefield_speaker(doc, clause_start, finite, ents)
    if speaker is None and not passive:
        speaker = _speaker_after(doc, finite.i + 1, sent.end, ents, data)
    after = last_cue + 1
    expletive = _expletive_after(doc, finite.i + 1, sent.end) if lemma in data.words.get("impersonal_cue", ()) else None
    if expletive is not None:
        # "In dem Bericht heißt es, …": the source is the prefield's phrase; the content follows "es"
        after = expletive + 1
        if speaker is None and doc[clause_start].lower_ in data.words.get("source_preposition", ()):
            speaker = noun_phrase_from(doc, clause_start + 1, finite.i, ents)
        if speaker is None:  # "Weiter heißt es im Abschlussbericht, dass …"
            speaker = _impersonal_source(doc, after, sent.end, ents, data)
    if speaker is not None and speaker.start > finite.i:
        after = max(after, speaker.end) if speaker.start <= last_cue + 3 else after
    frame = doc[clause_start : max(after, last_cue + 1)]
    colon = _colon_content(doc, sent, after, quoted)
    if colon is not None:
        frame = doc[clause_start : colon[0] + 1]
        return Found(cue_tokens, lemma, stance, "Direct", [colon[1]], speaker, frame, _medium(frame, data))
    j = _skip_frame_adjuncts(doc, sent, after, data)
    if j < sent.end and doc[j].text in {":", ","}:
        k = j + 1
        quote = _quote_starting_at(quoted, k) if k < len(doc) and doc[k].text in QUOTE_MARKS else None
        if quote is not None:
            return Found(cue_tokens, lemma, stance, "Direct", [quote], speaker, frame,
                         _medium(frame, data))
        if takes.startswith("object") and doc[j].text == ",":
            return None
        content = strip_span(doc[k : _content_end(doc, sent, k, data)])
        if len(content) < 2 or _opens_relative_clause(content, lemma):
            return None
        kind = "Direct" if _wholly_quoted(content) else "Indirect"
        clause_like = any(is_finite(t) or t.tag_ in {"VVINF", "VVIZU", "VAINF", "VMINF"} for t in content) or (
            content[0].lower_ in data.words.get("complementizer", ())
        ) or content[-1].tag_[:2] in {"VV", "VA", "VM"}  # "…, eine Versammlung einzuberufen"
        if kind == "Indirect" and not clause_like and doc[j].text != ":":
            return None
        return Found(cue_tokens, lemma, stance, kind, [content], speaker, frame, _medium(frame, data))
    if j < sent.end and doc[j].lower_ in data.words.get("complementizer", ()):
        content = strip_span(doc[j : _content_end(doc, sent, j + 1, data)])
        return Found(cue_tokens, lemma, stance, "Indirect", [content], speaker, frame, _medium(frame, data))
    needs_preposition = takes.partition(":")[2]
    if needs_preposition and (j >= sent.end or doc[j].lower_ not in {needs_preposition, needs_preposition + "m"}):
        return None
    if not (takes.startswith("object") or takes == "both"):
        return None
    start = finite.i + 1
    if speaker is not None and speaker.start == start:
        start = speaker.end
    times = _time_spans(doc)
    while start < sent.end:
        if doc[start].tag_ in {"PRF", "ADV", "PROAV"} or _in_time(doc[start], times):
            start += 1  # "bestätigte am Montag die Berichte": the time is no part of the object
        elif (source_end := _source_phrase_end(doc, start, sent.end, ents, data)) is not None:
            start = source_end  # "hat nach Angaben der Polizei eine Notlandung angekündigt": not the object
        else:
            break
    if verb.i == finite.i:
        # the object stands between the verb (and an inverted subject) and the separated particle
        content = _trim_particle(strip_span(doc[start : _object_end(doc, sent, start, data)]), cue_tokens)
        if not any(t.tag_ in {"NN", "NE", "PPER", "PDS", "PIS", "VVINF", "VVIZU"} for t in content):
            return None
    elif verb.tag_ == "VVPP" and finite.i < verb.i and finite.lemma_ == "haben":
        # "Die Gewerkschaft hat (am Montag) höhere Löhne gefordert": the object stands before the participle
        content = _perfect_object(doc, start, min(t.i for t in cue_tokens), data, times)
        if content is None:
            return None
    else:
        return None
    found = Found(cue_tokens, lemma, stance, "Reported", [content], speaker, frame, _medium(frame, data))
    found.refers_to = _referred_statement(content, found, earlier, data)
    return found


def _source_phrase_end(doc: Doc, start: int, limit: int, ents: dict[int, Span], data: LanguageData) -> int | None:
    """The end of a prepositional source phrase starting at `start` ("nach Angaben der Polizei", "laut Reuters",
    "unter Berufung auf …"), or None."""
    for cue in data.prepositional_cues_by_first_word.get(doc[start].lower_, ()):
        n = len(cue.words)
        if cue.position != "before" or tuple(t.lower_ for t in doc[start : start + n]) != cue.words:
            continue
        source = noun_phrase_from(doc, start + n, limit, ents)
        if source is not None and (not cue.needs or any(t.text in cue.needs for t in source)):
            return source.end
    return None


def _perfect_object(doc: Doc, start: int, end: int, data: LanguageData, times: list[tuple[int, int]]) -> Span | None:
    """The object between the auxiliary (and subject) and the participle: "hat höhere Löhne gefordert"; after
    "und" + participle the second one ("hat X gefordert und eine Untersuchung verlangt"). A negation stays in it
    ("hat den Bericht nicht kommentiert"), as in the simple past."""
    if start >= end:
        return None
    for k in range(end - 1, start - 1, -1):
        if doc[k].tag_.startswith("VV") or doc[k].lower_ in data.words.get("coordination", ()):
            start = k + 1
            break
    while end > start and (doc[end - 1].tag_ == "ADV" or _in_time(doc[end - 1], times) or (
            doc[end - 1].tag_ == "ADJD" and doc[end - 2].lower_ != "als")):
        end -= 1  # "… die Berichte am Montag entschieden dementiert", but "die Lage als ernst bezeichnet"
    content = strip_span(doc[start:end])
    if not any(is_finite(t) or t.text in {",", ";", ":"} for t in content) and any(
            t.tag_ in {"NN", "NE", "PPER", "PDS", "PIS"} for t in content):
        return content
    return None


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
        speaker = _speaker_between(doc, opener.i + 1, min(t.i for t in cue.tokens + [finite]), view.ents)
    frame = doc[opener.i : k]
    quote = _quote_starting_at(view.quoted, k + 1) if doc[k + 1].text in QUOTE_MARKS else None
    if quote is not None:
        return Found(cue.tokens, cue.lemma, cue.stance, "Direct", [quote], speaker, frame, _medium(frame, data))
    content = strip_span(doc[k + 1 : _object_end(doc, sent, k + 1, data)])
    if len(content) < 2 or _opens_relative_clause(content, cue.lemma):
        return None
    # a dass/ob clause, a zu-infinitive, or a clause in Konjunktiv ("…, die Lage sei ernst"); not any main clause
    first_finite = next((t for t in content if is_finite(t)), None)
    if not (content[0].lower_ in data.words.get("complementizer", ()) or _ends_in_zu_infinitive(content)
            or first_finite is not None and is_subjunctive(first_finite)):
        return None
    kind = "Direct" if _wholly_quoted(content) else "Indirect"
    return Found(cue.tokens, cue.lemma, cue.stance, kind, [content], speaker, frame, _medium(frame, data))


def _passive_agent(doc: Doc, finite: Token, verb: Token, ents: dict[int, Span]) -> Span | None:
    """The "von"/"vom" phrase between the passive auxiliary and its participle names who spoke."""
    times = _time_spans(doc)
    for i in range(finite.i + 1, verb.i):
        if doc[i].lower_ in {"von", "vom"}:
            agent = noun_phrase_from(doc, i + 1, verb.i, ents)
            if agent is None or not any(t.tag_ in {"NN", "NE"} for t in agent):
                continue  # "von Anfang an"
            if any(s < agent.end_char and agent.start_char < e for s, e in times):
                continue  # "vom Montag an"
            return agent
    return None


MAX_FRAME_ADJUNCT = 10
CLAUSE_OPENERS = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "KOUI"})


def _skip_frame_adjuncts(doc: Doc, sent: Span, j: int, data: LanguageData) -> int:
    """Skip adverbs, prepositional phrases and a dative addressee between a cue and its content ("sagte gegenüber
    der Zeitung, …", "erklärte einem Angestellten, dass …", "sagte der „Berliner Zeitung“, dass …")."""
    times = _time_spans(doc)
    while j < sent.end and (doc[j].tag_ in {"ADV", "PRF", "PROAV", "PTKVZ", "ADJD"} or _in_time(doc[j], times)) \
            and doc[j].lower_ not in {"dass", "ob"}:
        j += 1  # "sagte heute Abend gegenüber der Presse, dass …": "Abend" is no object
    if j < sent.end and doc[j].lower_ in data.words.get("dative_article", ()) and doc[j].tag_ in {"ART", "PPOSAT"}:
        k = j + 1
        while k < min(sent.end, j + MAX_FRAME_ADJUNCT) and doc[k].text not in {",", ":"} and not is_finite(doc[k]):
            k += 1
        # "den" is a dative only before a plural ("den Journalisten"); "den Bericht" is the object
        plural = doc[j].lower_ != "den" or is_dative_plural_noun(doc[k - 1])
        if k < sent.end and doc[k].text in {",", ":"} and k > j + 1 and plural:
            return k
    if j < sent.end and doc[j].tag_ in {"APPR", "APPRART"}:
        k = j
        while k < min(sent.end, j + MAX_FRAME_ADJUNCT) and doc[k].text not in {",", ":"}:
            if is_finite(doc[k]) or doc[k]._.in_quote:
                return j
            k += 1
        if k < sent.end and doc[k].text in {",", ":"}:
            return k
    return j


def _referred_statement(content: Span, found: Found, earlier: list[Found], data: LanguageData) -> Found | None:
    """ "widersprach dieser Darstellung", "bestätigte die Angaben": the object names an earlier statement."""
    if found.stance not in {"deny", "confirm"} or len(content) > 4:
        return None
    words = data.words
    if not (content[0].lower_ in words.get("demonstrative", ()) or content[0].tag_ == "ART"):
        return None
    if not any(t.text in words.get("report_noun", ()) for t in content):
        return None
    return earlier[-1] if earlier else None


def _opens_relative_clause(content: Span, lemma: str) -> bool:
    """ "…, von dem nur einige Ausnahmen gelten" / "…, was genau passiert ist" belong to a noun or are questions."""
    first = content[0]
    if first.tag_ in {"PRELS", "PRELAT"}:
        return True
    if first.tag_ in {"APPR", "APPRART"} and len(content) > 1 and content[1].tag_ in {"PRELS", "PRELAT", "PWS", "PWAV"}:
        return True
    return first.tag_ in {"PWS", "PWAV", "PWAT"} and lemma != "fragen"


def _previous_sentence(doc: Doc, sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    previous = sentence_of(doc, sent.start - 1)
    return previous if any(not t.is_space for t in previous) else None


def _colon_content(doc: Doc, sent: Span, start: int, quoted: list[Span]) -> tuple[int, Span] | None:
    """ "kommentierte das Ende mit den Worten: „…“": a colon after the frame, before any finite verb."""
    for j in range(start, sent.end - 1):
        t = doc[j]
        if (is_finite(t) and not t._.in_quote) or t.text in {";"} or (t.text == "," and not t._.in_quote):
            return None
        if t.text == ":":
            quote = _quote_starting_at(quoted, j + 1) if doc[j + 1].text in QUOTE_MARKS else None
            return (j, quote) if quote is not None else None
    return None


def _after_cue_end(doc: Doc, sent: Span, last_cue: int) -> int:
    end = last_cue + 1
    while end < sent.end and not is_punct(doc[end]):
        end += 1
    return end


def _content_end(doc: Doc, sent: Span, start: int, data: LanguageData) -> int:
    """End of reported content: the sentence end, or a following ", was X dementierte" / ", so X" frame."""
    end = sent.end
    for j in range(start, sent.end - 1):
        if doc[j].text == "," and not doc[j]._.in_quote:
            nxt = doc[j + 1]
            if nxt.lower_ in data.words.get("back_reference", ()) or nxt.lower_ in data.words.get("so_frame", ()):
                return j
    return end


def _object_end(doc: Doc, sent: Span, start: int, data: LanguageData) -> int:
    """The object of a reported speech act ends at the sentence end or at "und" + a finite verb."""
    coordination = data.words.get("coordination", ())
    for j in range(start, sent.end):
        t = doc[j]
        if t.lower_ in coordination and j + 1 < sent.end and is_finite(doc[j + 1]):
            return j
        if t.text in {";", ":"}:
            return j
        if t.text == "," and j + 1 < sent.end and (
            doc[j + 1].tag_ in CLAUSE_OPENERS or is_finite(doc[j + 1])
            or (doc[j + 1].lower_ in coordination and j + 2 < sent.end and is_finite(doc[j + 2]))
        ):
            return j  # a new clause begins: "bezeichnete die Angaben als vorläufig, da …"
    return sent.end


def _trim_particle(content: Span, cue_tokens: list[Token]) -> Span:
    cue_ids = {t.i for t in cue_tokens}
    end = content.end
    while end > content.start and (end - 1) in cue_ids:
        end -= 1
    return strip_span(content.doc[content.start : end])


def _wholly_quoted(content: Span) -> bool:
    inner = [t for t in content if not is_punct(t)]
    return bool(inner) and all(t._.in_quote for t in inner)


def _medium(frame: Span | None, data: LanguageData) -> str | None:
    if frame is None:
        return None
    for tok in frame:
        medium = data.media.get(tok.text)
        if medium is not None and tok.i != frame.start:
            adjectives = [t for t in frame.doc[max(frame.start, tok.i - 2) : tok.i] if t.tag_ == "ADJA"]
            if adjectives and medium == tok.text:
                return " ".join(a.lemma_.lower() + "e" for a in adjectives) + " " + medium
            return medium
    return None


# --- speakers ---------------------------------------------------------------------------------------------


def _prefield_speaker(doc: Doc, clause_start: int, finite: Token, ents: dict[int, Span]) -> Span | None:
    """The subject in front of a verb-second reporting verb, when the prefield is a noun phrase."""
    if finite.i <= clause_start:
        return None
    # "Aber auch die EU-Kommission kritisierte …": a leading conjunction and focus adverbs are not the prefield
    while clause_start < finite.i - 1 and doc[clause_start].tag_ in {"KON", "ADV"} and doc[clause_start + 1].tag_ in {
            "KON", "ADV", "ART", "PDAT", "PPOSAT", "NE", "NN", "PPER"}:
        clause_start += 1
    first = doc[clause_start]
    if first.tag_ in PREFIELD_ADVERBIAL_TAGS or first.is_space:
        return None
    span = strip_span(doc[clause_start : finite.i])
    relative = _relative_clause_comma(doc, span.start, span.end)
    if relative is not None:
        span = strip_span(doc[clause_start:relative])  # "Ulla Jelpke, die … hatte, kritisierte"
    finite_inside = [t for t in span if is_finite(t) and not t._.in_quote]
    if finite_inside:
        # "Es gab Proteste und die Hongkonger befürchten": the subject follows the conjunction
        conjunction = next((t for t in doc[finite_inside[-1].i + 1 : span.end] if t.tag_ == "KON"), None)
        if conjunction is not None:
            span = strip_span(doc[conjunction.i + 1 : span.end])
    if len(span) == 1 and span[0].lower_ in EXPLETIVES:
        return None
    if len(span) == 0 or not any(t.tag_ in {"NN", "NE", "FM", "PPER", "PIS", "PDS", "NNE", "NNA"} for t in span):
        return None
    if any(t.start <= span.start_char and span.end_char <= t.end for t in (doc._.times or [])):
        return None  # "Ende Januar 2006 verkündete der DFB …": the prefield is a time, the subject follows
    return span


EXPLETIVES = frozenset({"es", "man"})


def _speaker_after(doc: Doc, start: int, limit: int, ents: dict[int, Span], data: LanguageData,
                   apposition: bool = False) -> Span | None:
    """The noun phrase after the finite verb; `apposition`: the content stands before the frame, so an apposition
    after a comma may belong to the speaker."""
    j = start
    while j < limit and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    if j < limit and doc[j].lower_ in {"so"}:
        j += 1
    if j < limit and doc[j].lower_ == "es":
        return None  # "hieß es": impersonal
    if j + 1 < limit and doc[j].lower_ in data.words.get("addressee_preposition", ()):
        return _speaker_after_addressee(doc, j + 1, limit, ents, data, apposition)
    speaker = noun_phrase_from(doc, j, limit, ents)
    if speaker is None or not apposition:
        return speaker
    return _with_apposition(doc, speaker, limit, ents, data)


def _expletive_after(doc: Doc, start: int, limit: int) -> int | None:
    """ "hieß es", "heißt es in dem Bericht": the index of an expletive "es" right after the verb (and its
    adverbs), or None."""
    j = start
    while j < limit and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    return j if j < limit and doc[j].lower_ == "es" else None


def _impersonal_source(doc: Doc, start: int, limit: int, ents: dict[int, Span], data: LanguageData) -> Span | None:
    """The source named from `start`, the token after "es": "heißt es in der Pressemitteilung des WWF" -> "der
    Pressemitteilung des WWF", "hieß es aus Paris" -> "Paris"; None when none is named."""
    j = start
    while j < limit and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    times = _time_spans(doc)
    while j < limit and _in_time(doc[j], times):
        j += 1
    if j + 1 < limit and doc[j].lower_ in data.words.get("source_preposition", ()):
        return noun_phrase_from(doc, j + 1, limit, ents)
    return None


def _speaker_after_addressee(doc: Doc, start: int, limit: int, ents: dict[int, Span], data: LanguageData,
                             apposition: bool) -> Span | None:
    """ "sagte gegenüber Reuters der Sprecher": the subject follows the addressee. Where the addressee's noun phrase
    took in what follows as a genitive ("gegenüber Vertretern der Presse der Minister", "gegenüber dem Spiegel der
    Sprecher der Partei"), the subject is its first "der/die" phrase headed by a role noun or a person."""
    addressee = noun_phrase_from(doc, start, limit, ents)
    if addressee is None:
        return None
    j = addressee.end
    while j < limit and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    speaker = noun_phrase_from(doc, j, limit, ents) if j < limit and not is_punct(doc[j]) else None
    if speaker is None:
        if addressee.end < limit and not is_punct(doc[addressee.end]):
            return None
        for article in (t for t in addressee[1:] if t.lower_ in {"der", "die"} and t.tag_ == "ART"):
            head = next((t for t in doc[article.i + 1 : addressee.end] if t.tag_ in {"NN", "NE"}), None)
            person = head is not None and head.i in ents and ents[head.i].label_ == "PER"
            if head is not None and (head.text in data.role_nouns or person):
                speaker = noun_phrase_from(doc, article.i, limit, ents)
                break
    if speaker is None or not apposition:
        return speaker
    return _with_apposition(doc, speaker, limit, ents, data)


def _with_apposition(doc: Doc, speaker: Span, limit: int, ents: dict[int, Span], data: LanguageData) -> Span:
    """ "sagte der Direktor der IAEO, Mohammed el-Baradei, am Montag", "so Bill Graham, Parteichef der Liberalen.":
    an apposition between commas (or before the sentence's end) that names a person or a role belongs to the
    speaker."""
    comma = speaker.end
    if comma + 1 >= limit or doc[comma].text != ",":
        return speaker
    if doc[comma + 1].text in QUOTE_MARKS or doc[comma + 1]._.in_quote:
        return speaker  # „…“, sagte Müller, „…“: the quote goes on
    apposition = noun_phrase_from(doc, comma + 1, limit, ents)
    if apposition is None or any(t._.in_quote for t in apposition) or (
            apposition.end < limit and doc[apposition.end].text not in {",", ".", "!", "?"}):
        return speaker
    if apposition.end + 1 < limit and doc[apposition.end].text == "," and is_finite(doc[apposition.end + 1]):
        return speaker  # "…, Angela Merkel, habe gelogen": the name opens a clause
    person = any(i in ents and ents[i].label_ == "PER" for i in range(apposition.start, apposition.end))
    if person or any(t.text in data.role_nouns for t in apposition):
        return doc[speaker.start : apposition.end]
    return speaker


def _speaker_between(doc: Doc, start: int, end: int, ents: dict[int, Span]) -> Span | None:
    # "wie der Finanzminister am Dienstag in Hannover erklärte": a time expression ends the speaker
    times = _time_spans(doc)
    while start < end and _in_time(doc[start], times):
        start += 1  # "wie am Dienstag der Finanzminister erklärte"
    end = next((k for k in range(start + 1, end) if _in_time(doc[k], times)), end)
    span = strip_span(doc[start:end])
    while len(span) and span[-1].tag_ in {"ADV", "PTKNEG", "VAFIN", "VMFIN", "PROAV", "ADJD"}:
        span = doc[span.start : span.end - 1]
    if len(span) == 0:
        return None
    return span


def _time_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character offsets of the Doc's time expressions (whosaid_times runs before attribution)."""
    return [(t.start, t.end) for t in (doc._.times or [])]


def _in_time(tok: Token, times: list[tuple[int, int]]) -> bool:
    return any(start <= tok.idx < end for start, end in times)


# --- prepositional and adverbial cues ---------------------------------------------------------------------


def _prepositional_frames(
    doc: Doc, sent: Span, quoted: list[Span], ents: dict[int, Span], data: LanguageData, verb_found: list[Found]
) -> list[Found]:
    found = []
    by_first_word = data.prepositional_cues_by_first_word
    for tok in sent:
        candidates = by_first_word.get(tok.lower_)
        if not candidates or tok._.in_quote:
            continue
        for cue in candidates:
            n = len(cue.words)
            if tok.i + n > sent.end or tuple(t.lower_ for t in doc[tok.i : tok.i + n]) != cue.words:
                continue
            result = _prepositional_frame(doc, sent, tok.i, n, cue, quoted, ents, verb_found + found, data)
            if result is not None:
                found.append(result)
    return found


def _prepositional_frame(
    doc: Doc,
    sent: Span,
    i: int,
    n: int,
    cue: PrepositionalCue,
    quoted: list[Span],
    ents: dict[int, Span],
    earlier: list[Found],
    data: LanguageData,
) -> Found | None:
    cue_tokens = list(doc[i : i + n])
    lemma = " ".join(cue.words)
    if cue.position == "before":
        start = i + n
        if cue.needs:
            head = doc[start : start + 3]
            head_tok = next((t for t in head if t.tag_ in {"NN", "NE"}), None)
            if head_tok is None or not _names_a_source(head_tok, cue):
                return None
        speaker = noun_phrase_from(doc, start, sent.end, ents)
        if speaker is None:
            return None
        if cue.needs and speaker.end + 1 < sent.end and doc[speaker.end].lower_ in {"von", "vom"}:
            # "nach Angaben von Augenzeugen": after a source noun, "von" names the source, name or not
            source = noun_phrase_from(doc, speaker.end + 1, sent.end, ents)
            if source is not None:
                speaker = doc[speaker.start : source.end]
        frame = doc[i : speaker.end]
        if speaker.end + 1 < sent.end and doc[speaker.end].lower_ in data.words.get("addressee_preposition", ()):
            # "nach Angaben der Sprecherin gegenüber dem Weser-Kurier": who was told belongs to the frame
            addressee = noun_phrase_from(doc, speaker.end + 1, sent.end, ents)
            if addressee is not None:
                frame = doc[i : addressee.end]
    elif cue.position == "inverted":
        if i == sent.start or doc[i - 1].text != ",":
            return None
        speaker = noun_phrase_from(doc, i + 1, sent.end, ents)
        if speaker is None or (speaker.end < sent.end and not is_punct(doc[speaker.end])
                               and doc[speaker.end].lower_ not in {"laut", "zufolge"}):
            return None
        speaker = _with_apposition(doc, speaker, sent.end, ents, data)
        frame = doc[i : speaker.end]
        quote = _quote_ending_at(quoted, i - 2) if i >= 2 and doc[i - 2].text in QUOTE_MARKS else None
        if quote is not None:
            return Found(cue_tokens, lemma, cue.stance, "Direct", [quote], speaker, frame, None)
    elif cue.position == "after":
        end = i
        start = _np_start_before(doc, sent, end)
        if start is None:
            return None
        speaker = doc[start:end]
        if cue.needs and not _names_a_source(doc[end - 1], cue):
            return None  # "seiner Meinung nach" attributes, "Tag für Tag nach" does not
        frame = doc[start : i + n]
    else:  # "demnach": the speaker of the last frame before, if it is near
        prior = [f for f in earlier if f.content_end <= doc[i].idx]
        near = prior and sentence_of(doc, i).start - sentence_of(doc, prior[-1].content[-1].start).start <= 400
        speaker = prior[-1].speaker if near else None
        frame = doc[i : i + n]
    reporter = next((f for f in earlier if f.frame is not None and f.cue and f.frame.start <= i
                     and i <= _after_cue_end(doc, sent, f.frame.end - 1) and not f.via
                     and sentence_of(doc, f.cue[0].i).start == sent.start), None)
    if reporter is not None:
        # "berichtete die Zeitung unter Berufung auf zwei Beamte": the officials' statement reaches us via the paper
        return Found(cue_tokens, lemma, cue.stance, reporter.kind, list(reporter.content), speaker, frame, None,
                     via=reporter)
    parts = [strip_span(doc[sent.start : frame.start]), strip_span(doc[frame.end : sent.end])]
    parts = [p for p in parts if len(p) > 0]
    if not parts or sum(len(p) for p in parts) < 3:
        return None
    if any(f.cue and any(t.i in range(sent.start, sent.end) for t in f.cue) and f.content_start <= parts[0].start_char
           and f.content_end >= parts[-1].end_char for f in earlier):
        return None  # a verb frame of this sentence already covers the content
    return Found(cue_tokens, lemma, cue.stance, "Indirect", parts, speaker, frame, None)


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


ZU_INFINITIVE = re.compile(r"zu[a-zäöüß]{3,}en$")  # "zuzugehen", "einzuberufen" (tagged VVIZU, or VVPP)


def _ends_in_zu_infinitive(content: Span) -> bool:
    last = content[-1]
    return last.tag_ == "VVIZU" or (last.tag_.startswith("VV") and bool(ZU_INFINITIVE.search(last.lower_))) or (
        len(content) > 2 and content[-2].lower_ == "zu" and last.tag_ in {"VVINF", "VAINF"})


def _clause_end(doc: Doc, sent: Span, start: int) -> int:
    """The end of the clause opening at `start`: the next comma outside quotes after a verb, else the
    sentence end."""
    verb_seen = False
    for j in range(start, sent.end):
        tok = doc[j]
        if verb_seen and j > start and tok.text in {",", ";", ":"} and not tok._.in_quote:
            return j
        verb_seen = verb_seen or is_finite(tok) or tok.tag_.startswith("VV") or tok.tag_ == "VAINF"
    return sent.end


def _names_a_source(token: Token, cue: PrepositionalCue) -> bool:
    """ "Angaben", "Polizeiangaben", "Ermittlungsstand": a noun that makes "nach" attribute."""
    return token.text in cue.needs or any(token.text.endswith(x.lower()) or token.text.endswith(x)
                                          for x in cue.needs if len(x) > 5)


def _np_start_before(doc: Doc, sent: Span, end: int) -> int | None:
    j = end - 1
    if j < sent.start or doc[j].tag_ not in {"NN", "NE", "FM", "PPER", "NNE"}:
        return None
    while j > sent.start and doc[j - 1].tag_ in {"NN", "NE", "FM", "ADJA", "ART", "PPOSAT", "CARD", "PDAT", "PIAT"}:
        if doc[j].tag_ in DETERMINER_TAGS and doc[j - 1].tag_ in {"NN", "NE", "FM"} and doc[j].lower_ not in GENITIVE_ARTICLES:
            break  # "die Kanzlerin | einigen Teilnehmern zufolge": a determiner that may be genitive (des, der,
            # eines, einer) joins the noun before it ("dem Bericht der Zeitung"); any other opens a new phrase
        j -= 1
    return j


# --- continuations ----------------------------------------------------------------------------------------


def _continuations(doc: Doc, found: list[Found], data: LanguageData) -> list[Found]:
    """Cue-less sentences in Konjunktiv continue the last frame; "soll ... haben" is hearsay."""
    covered = {t.i for f in found for span in f.content for t in span} | {t.i for f in found for t in f.cue}
    out: list[Found] = []
    last: Found | None = None
    sents = sentences(doc)
    framed_sentences: dict[int, list[Found]] = {}
    for f in found:
        for start in {sentence_of(doc, f.content[0].start).start, sentence_of(doc, (f.cue[0].i if f.cue else f.content[0].start)).start}:
            framed_sentences.setdefault(start, []).append(f)
    for idx, sent in enumerate(sents):
        tokens = [t for t in sent if not t.is_space]
        framed = framed_sentences.get(sent.start, [])
        if framed:
            last = framed[-1]
            continue
        if not tokens or sum(1 for t in tokens if t.i in covered) > len(tokens) / 2:
            continue
        finite = [t for t in tokens if is_finite(t) and not t._.in_quote]
        if not finite:
            continue
        content = strip_span(sent)
        near = last is not None and _near(last, sent, sents, idx)
        subjunctive = [t for t in finite[:2] if is_subjunctive(t)]
        if subjunctive and (near or any(_konjunktiv_one(t, data) for t in subjunctive)):
            root = (last.continues or last) if near and last is not None else None
            previous = out[-1] if out else None
            if previous is not None and previous.kind == "IndirectFreeIndirect" and previous.continues is root \
                    and idx > 0 and sentence_of(doc, previous.content[-1].start).start == sents[idx - 1].start:
                # consecutive sentences of one report form one statement, as the corpus annotates them
                previous.content = [doc[previous.content[0].start : content.end]]
                continue
            stance = root.stance if root is not None else "assert"
            out.append(Found([], "", stance, "IndirectFreeIndirect", [content], None, None, None, continues=root))
            last = out[-1] if root is not None else last
        elif any(t.lemma_ in data.words.get("hearsay_modal", ()) for t in finite[:2]) and any(
            t.tag_ == "VAINF" and t.i > 0 and t.nbor(-1).tag_ in {"VVPP", "VAPP", "ADJD"} for t in tokens[-4:]
        ):
            # "Er soll ... gesagt haben" is hearsay (claim); "Die Steuer soll erhöht werden" a reported plan
            hearsay = any(t.tag_ == "VAINF" and t.lemma_ in {"haben", "sein"} and t.i > 0
                          and t.nbor(-1).tag_ in {"VVPP", "VAPP"} for t in tokens[-4:])
            # near a framed statement, the hearsay or plan is that source's ("Laut Polizei … Er soll … haben.")
            root = (last.continues or last) if near and last is not None else None
            out.append(Found([], "", "claim" if hearsay else "announce", "FreeIndirect", [content], None, None, None,
                             continues=root))
    return out


def _konjunktiv_one(token: Token, data: LanguageData) -> bool:
    """Konjunktiv I ("sei", "habe", "werde", "beschränke") marks reported speech on its own; Konjunktiv II needs a frame."""
    tense = token.morph.get("Tense")
    if tense:
        return "Pres" in tense
    return token.lower_ not in data.words.get("konjunktiv_two", ()) and not token.lower_.endswith(("te", "ten"))


MIN_UNFRAMED_QUOTE_TOKENS = 5
CONTINUATION_WINDOW = 5  # sentences between a frame and a Konjunktiv sentence that continues it


def _unframed_quotes(doc: Doc, found: list[Found], quoted: list[Span]) -> list[Found]:
    """A quoted sentence no frame claims continues the statement made just before it."""
    covered = {t.i for f in found for span in f.content for t in span}
    out = []
    for quote in quoted:
        words = [t for t in quote if not is_punct(t)]
        if len(words) < MIN_UNFRAMED_QUOTE_TOKENS or not any(is_finite(t) for t in quote):
            continue
        if any(t.i in covered for t in quote):
            continue
        before = [f for f in found + out if f.content_end <= quote.start_char
                  and quote.start_char - f.content_end < 400]
        if not before:
            continue
        root = before[-1].continues or before[-1]
        out.append(Found([], "", root.stance, "Direct", [quote],
                         None, None, None, continues=root))
    return out


def _near(last: Found, sent: Span, sents: list[Span], idx: int) -> bool:
    last_sent = sentence_of(sent.doc, last.content[-1].start).start
    return any(s.start == last_sent for s in sents[max(0, idx - CONTINUATION_WINDOW) : idx])


# --- nesting and clean-up ---------------------------------------------------------------------------------


def _drop_duplicates(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    seen: set[tuple[int, int, int]] = set()
    for f in found:
        key = (f.content_start, f.content_end, f.cue[0].i if f.cue else -1)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _link_nesting(found: list[Found]) -> None:
    """A statement whose cue and speaker lie inside another's content is reported via that one."""
    for inner in found:
        if not inner.cue or inner.refers_to is not None or inner.via is not None:
            continue
        for outer in found:
            if outer is inner or outer.refers_to is not None or not outer.cue or outer.via is inner:
                continue
            cue_start = inner.cue[0].idx
            if outer.content_start <= cue_start < outer.content_end and outer.content_start <= inner.content_start:
                inner.via = outer
                break
