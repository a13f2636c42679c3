"""Content spans: what lies between a cue and its content, where content or an object ends, the object of a
perfect, a quote after a colon, and the shape tests content has to pass."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution.clauses import _in_time, _time_spans
from whosaid.components.attribution.quoted import _quote_starting_at
from whosaid.components.lemmas import reported_apposition_end
from whosaid.components.phrases import (
    QUOTE_MARKS,
    is_dative_plural_noun,
    is_finite,
    is_punct,
    is_subjunctive,
    strip_span,
)
from whosaid.lang import LanguageData

MAX_FRAME_ADJUNCT = 14  # "auf der Pressekonferenz vor dem Heimspiel gegen den FSV Mainz 05,"


CLAUSE_OPENERS = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "KOUI"})


def _skip_frame_adjuncts(doc: Doc, sent: Span, j: int, data: LanguageData) -> int:
    """Skip adverbs, prepositional phrases and a dative addressee between a cue and its content ("sagte gegenüber
    der Zeitung, …", "erklärte einem Angestellten, dass …", "sagte der „Berliner Zeitung“, dass …")."""
    times = _time_spans(doc)
    # "äußerte sich überrascht: …": a participle right after the reflexive describes the speaker, as an adjective
    while j < sent.end and (doc[j].tag_ in {"ADV", "PRF", "PROAV", "PTKVZ", "ADJD"} or _in_time(doc[j], times)
                            or doc[j].tag_ == "VVPP" and doc[j - 1].tag_ == "PRF") \
            and doc[j].lower_ not in {"dass", "ob"}:
        j += 1  # "sagte heute Abend gegenüber der Presse, dass …": "Abend" is no object
    if j < sent.end and doc[j].lower_ in data.words.get("dative_article", ()) and doc[j].tag_ in {"ART", "PPOSAT"}:
        k = j + 1
        while k < min(sent.end, j + MAX_FRAME_ADJUNCT) and doc[k].text not in {",", ":"} and not is_finite(doc[k]):
            k += 1
        # "den" is a dative only before a plural ("den Journalisten"); "den Bericht" is the object. The phrase's head
        # is its first noun: "den Zeitungen der Funke-Mediengruppe" ends in a genitive attribute
        head = next((doc[m] for m in range(j + 1, k) if doc[m].tag_ in {"NN", "NE"}), doc[k - 1])
        plural = doc[j].lower_ != "den" or is_dative_plural_noun(head)
        # "widersprach den Berichten: …": a report is what is contradicted, no one told
        reports = data.words.get("report_noun", frozenset())
        report = doc[k - 1].text in reports or doc[k - 1].lemma_ in reports
        if k < sent.end and doc[k].text in {",", ":"} and k > j + 1 and plural and not report:
            return k
    if j < sent.end and doc[j].tag_ in {"APPR", "APPRART"}:
        k = j
        while k < min(sent.end, j + MAX_FRAME_ADJUNCT) and doc[k].text not in {",", ":"}:
            # "sagte im „Münchner Merkur“: …": a quoted title of capitalised words is no quote of what was said
            title = doc[k].text in QUOTE_MARKS or doc[k].text[:1].isupper() and doc[k].tag_ in {"NN", "NE", "ADJA"}
            if is_finite(doc[k]) or doc[k]._.in_quote and not title:
                return j
            k += 1
        if k < sent.end and doc[k].text in {",", ":"}:
            return k
    return j


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


def _content_end(doc: Doc, sent: Span, start: int, data: LanguageData) -> int:
    """End of reported content: the sentence end, or a following ", was X dementierte" / ", so X" frame."""
    end = sent.end
    complementizers = data.words.get("complementizer", ())
    subordinate = start < sent.end and doc[start].lower_ in complementizers \
        or sent.start < start <= sent.end and doc[start - 1].lower_ in complementizers
    for j in range(start, sent.end - 1):
        if not doc[j]._.in_quote and (doc[j].text == ";" and not _reported_after(doc, sent, j + 1)
                                      or doc[j].text == ":" and doc[j + 1].text in QUOTE_MARKS
                                      or doc[j].text == ":" and j > start and _ends_in_zu_infinitive(doc[start:j])
                                      or doc[j].text == ":" and subordinate and _subjunctive_main_clause(doc, sent, j + 1)):
            # "…, dass X; vor allem Frauen machen …", "…, wenn Y: „…“", "warnte davor, X zu tun: Wer …", "räumte ein,
            # dass es Fehler gab: Die Prüfung habe …": a new clause or a quote of its own
            return j
        if doc[j].text == "," and not doc[j]._.in_quote:
            nxt = doc[j + 1]
            if nxt.lower_ in data.words.get("back_reference", ()) or nxt.lower_ in data.words.get("so_frame", ()):
                return j
        if j > start and not doc[j]._.in_quote and _narration_resumes(doc, sent, start, j, data):
            return j
    return end


def _subjunctive_main_clause(doc: Doc, sent: Span, start: int) -> bool:
    """A main clause in Konjunktiv from `start`: its first finite verb, outside quotes, is a subjunctive one and no
    subordinating conjunction or relative pronoun stands before it ("Zwei Spieler seien verletzt gewesen")."""
    for t in doc[start : sent.end]:
        if t._.in_quote or t.text in QUOTE_MARKS:
            return False
        if t.tag_ in {"KOUS", "PRELS", "PWS", "PWAV"} or t.text in {",", ";", ":"}:
            return False
        if is_finite(t):
            return is_subjunctive(t)
    return False


NARRATIVE_CONJUNCTIONS = frozenset({"und", "sowie", "doch", "aber", "jedoch"})


def _narration_resumes(doc: Doc, sent: Span, start: int, j: int, data: LanguageData) -> bool:
    """ "…, dass die Regenfälle anhalten, und warnte vor …", "… seien, doch die Richterin ließ …": a conjunction (or a
    comma) right before an indicative past verb, after content in Konjunktiv or a dass-clause, hands back to the
    narrator: the verb shares the reporting clause's subject."""
    t = doc[j]
    k = j + 1 if t.lower_ in NARRATIVE_CONJUNCTIONS or t.text == "," else None
    if k is not None and t.text == "," and k < sent.end and doc[k].lower_ in NARRATIVE_CONJUNCTIONS:
        k += 1
    if k is None or k >= sent.end:
        return False
    verb = doc[k]
    if verb.tag_ in {"ART", "PPER", "PDS"} and t.lower_ in {"doch", "aber", "jedoch"} and k + 2 < sent.end:
        verb = next((x for x in doc[k + 1 : min(sent.end, k + 5)] if is_finite(x)), verb)  # "doch die Richterin ließ"
    if not is_finite(verb) or verb._.in_quote or is_subjunctive(verb) or "Past" not in verb.morph.get("Tense"):
        return False
    reported = doc[start].lower_ in data.words.get("complementizer", ()) or any(
        is_finite(x) and is_subjunctive(x) and not x._.in_quote for x in doc[start:j])
    return reported


def _reported_after(doc: Doc, sent: Span, start: int) -> bool:
    """The text after a semicolon goes on in Konjunktiv ("; die Art, wie er spielte, habe ihn überrascht")."""
    return any(is_finite(t) and is_subjunctive(t) and not t._.in_quote for t in doc[start : sent.end])


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
            or (doc[j + 1].tag_ in {"ADV", "PROAV"} and j + 2 < sent.end and is_finite(doc[j + 2]) and not t._.in_quote)
            or (doc[j + 1].tag_ in {"APPR", "APPRART"} and j + 2 < sent.end and doc[j + 2].tag_ in CLAUSE_OPENERS
                and not _object_goes_on_after(doc, sent, j + 1))
            or _main_clause_after(doc, sent, j + 1) and not t._.in_quote
        ):
            return j  # a new clause begins: "bezeichnete die Angaben als vorläufig, da …", "…, dennoch ist …"
    return sent.end


SUBJECT_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "PIAT", "CARD", "TRUNC"})
MAX_SUBJECT = 5


def _main_clause_after(doc: Doc, sent: Span, start: int) -> bool:
    """ "Die Grünen verlangten eine Kommission, die FPÖ sprach von …": after a comma a noun phrase of a few words and
    an indicative finite verb open a main clause of their own (a relative clause puts its verb last)."""
    k = start
    if doc[start].tag_ == "PPER" and doc[start].lower_ in {"er", "sie", "es", "man", "wir"}:
        # "begrüßte den Schritt, er gehe aber zu wenig weit": a pronoun and a Konjunktiv; not the clause a report
        # noun opens ("wies den Vorwurf, er habe gelogen, zurück")
        k = start + 1
        return k < sent.end and is_finite(doc[k]) and is_subjunctive(doc[k]) and not doc[k]._.in_quote \
            and reported_apposition_end(doc[start - 1], sent) is None
    while k < min(sent.end, start + MAX_SUBJECT) and doc[k].tag_ in SUBJECT_TAGS and not doc[k]._.in_quote:
        k += 1
    return start < k < sent.end and any(doc[x].tag_ in {"NN", "NE"} for x in range(start, k)) \
        and is_finite(doc[k]) and not is_subjunctive(doc[k]) and not doc[k]._.in_quote


def _object_goes_on_after(doc: Doc, sent: Span, start: int) -> bool:
    """The clause opening at `start` closes with a comma and the sentence goes on without a verb of its own: it is
    embedded in the object ("bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als
    „übertrieben“")."""
    end = _clause_end(doc, sent, start)
    return end < sent.end and doc[end].text == "," and not any(is_finite(t) for t in doc[end + 1 : sent.end])


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


def _perfect_object(doc: Doc, start: int, end: int, data: LanguageData, times: list[tuple[int, int]]) -> Span | None:
    """The object between the auxiliary (and subject) and the participle: "hat höhere Löhne gefordert"; after
    "und" + participle the second one ("hat X gefordert und eine Untersuchung verlangt"). A negation stays in it
    ("hat den Bericht nicht kommentiert"), as in the simple past."""
    if start >= end:
        return None
    sent = doc[start].sent
    for k in range(start + 1, end):
        close = reported_apposition_end(doc[k], sent) if doc[k].text == "," else None
        if close is not None and close < end:  # "hat die Vorwürfe, er habe …, entschieden zurückgewiesen"
            return strip_span(doc[start:close])
    every_time = _time_spans(doc)
    for k in range(end - 1, start - 1, -1):
        # "hat die Angaben als „frei erfunden“ zurückgewiesen": a participle quoted or after "als" is no verb's;
        # "und" in "fünf Jahre und drei Monate Haft gefordert" joins no verbs
        predicative = doc[k]._.in_quote or any(t.lower_ == "als" for t in doc[max(start, k - 3) : k])
        # "zwischen dem Chemnitzer FC und dem FSV Zwickau" joins noun phrases; "gefordert und … verlangt" verbs
        if doc[k].tag_.startswith("VV") and not predicative or (
                doc[k].lower_ in data.words.get("coordination", ()) and not _in_time(doc[k], every_time)
                and k > start and doc[k - 1].tag_.startswith("V")):
            start = k + 1
            break
    while end > start and (doc[end - 1].tag_ == "ADV" or _in_time(doc[end - 1], times) or (
            doc[end - 1].tag_ == "ADJD" and doc[end - 2].lower_ != "als")):
        end -= 1  # "… die Berichte am Montag entschieden dementiert", but "die Lage als ernst bezeichnet"
    content = strip_span(doc[start:end])
    if not any(is_finite(t) or t.text in {",", ";", ":"} for t in content) and any(
            t.tag_ in {"NN", "NE", "PPER", "PDS", "PIS"} for t in content):
        return _after_leading_adjunct(content, data)
    return None


def _after_leading_adjunct(content: Span, data: LanguageData) -> Span:
    """ "hat nach der Niederlage gegen Bremen den Schiedsrichter kritisiert": a prepositional phrase of time or
    circumstance (lang words `adjunct_preposition`) that opens the middle field is no part of the object, which
    starts with the first accusative article after a noun."""
    doc = content.doc
    # "kritisierte in Berlin die Pläne": a place named after "in" is an adjunct too
    place = content[0].lower_ in {"in", "im", "aus", "am"} and len(content) > 2 and content[1].tag_ == "NE"
    if content[0].tag_ not in {"APPR", "APPRART"} or not place \
            and content[0].lower_ not in data.words.get("adjunct_preposition", ()):
        return content
    for t in content[2:]:
        # "kündigte nach dem Urteil Revision an": a bare noun right after the phrase's noun opens the object
        # ("hat nach der Niederlage gegen Bremen Fehler eingeräumt": after a name too)
        bare = t.tag_ == "NN" and doc[t.i - 1].tag_ in {"NN", "NE"} and not t._.in_quote
        if (bare or t.tag_ in {"ART", "PPOSAT", "PIAT"} and t.lower_ in data.words.get("accusative_article", ())) \
                and doc[t.i - 1].tag_ in {"NN", "NE"} and not doc[t.i - 1]._.in_quote:
            rest = doc[t.i : content.end]
            if any(u.tag_ in {"NN", "NE"} for u in rest):
                return rest
            break
    # "kündigte nach dem Urteil Revision an": the phrase's noun, then a noun without an article, the object
    k = 1
    while k < len(content) and content[k].tag_ in {"ART", "ADJA", "PPOSAT"}:
        k += 1
    if k + 1 < len(content) and content[k].tag_ == "NN" and content[k + 1].tag_ in {"NN", "ADJA"} \
            and content[k + 1].text[:1].isupper() == (content[k + 1].tag_ == "NN") and not content[k + 1]._.in_quote:
        rest = doc[content[k + 1].i : content.end]
        if rest[-1].tag_ == "NN" and all(u.tag_ in {"NN", "ADJA"} for u in rest):
            return rest
    return content


def _trim_particle(content: Span, cue_tokens: list[Token]) -> Span:
    cue_ids = {t.i for t in cue_tokens}
    end = content.end
    while end > content.start and (end - 1) in cue_ids:
        end -= 1
    return strip_span(content.doc[content.start : end])


def _wholly_quoted(content: Span) -> bool:
    inner = [t for t in content if not is_punct(t)]
    return bool(inner) and all(t._.in_quote for t in inner)


def _opens_adverbial_clause(content: Span, data: LanguageData) -> bool:
    """ "…, da Spenden eingegangen sind", "…, nachdem die Polizei …", "…, um die Verschlüsselung zu …": a clause
    opened by a subordinating conjunction other than dass/ob says when, why or what for, not what was said."""
    first = content[0]
    complementizers = data.words.get("complementizer", ())
    if first.tag_ not in {"KOUS", "KOUI"} or first.lower_ in complementizers \
            or first.lower_ in data.words.get("as_frame", ()):
        return False
    # in Konjunktiv the reason is reported ("…, da er jeder Grundlage entbehre"); a dass-clause may follow the
    # insert ("sagte, ohne … zu verweisen, dass …")
    return not any(is_finite(t) and is_subjunctive(t) or t.lower_ in complementizers for t in content)


def _opens_relative_clause(content: Span, lemma: str) -> bool:
    """ "…, von dem nur einige Ausnahmen gelten" / "…, was genau passiert ist" belong to a noun or are questions."""
    first = content[0]
    if first.tag_ in {"PRELS", "PRELAT"}:
        # a relative pronoun needs a noun before its comma: "erklärte, die Verfassung werde …" opens with an article
        before = first.doc[first.i - 2] if first.i >= 2 and first.doc[first.i - 1].text == "," else None
        # ("bestätige, was man beobachte" is a free relative clause, no article)
        if before is not None and first.lower_ in W_PRONOUNS and (before.tag_.startswith(("VV", "VA", "VM"))
                                                                  or before.tag_ == "PTKVZ"):
            # "fragte, wer die Verantwortung übernehme": the tagger's relative "wer"/"was" right after the verb
            # opens an indirect question, as a PWS would
            return lemma != "fragen"
        return before is None or first.lower_ not in ARTICLE_FORMS or not (
            before.tag_.startswith(("VV", "VA", "VM")) or before.tag_ == "PTKVZ")
    if first.tag_ in {"APPR", "APPRART"} and len(content) > 1 and content[1].tag_ in {"PRELS", "PRELAT", "PWS", "PWAV"}:
        return True
    if first.tag_ in {"PWS", "PWAV", "PWAT"} and first.i > 0 and first.doc[first.i - 1].text == ":" and any(
            t.text == "," and t.i + 1 < content.end and is_finite(first.doc[t.i + 1]) for t in content):
        return False  # "sagte: Wer Milliarden ausgebe, solle …": a free relative clause is the subject of what is said
    return first.tag_ in {"PWS", "PWAV", "PWAT"} and lemma != "fragen"


ARTICLE_FORMS = frozenset({"der", "die", "das", "dem", "den", "des"})
W_PRONOUNS = frozenset({"wer", "wen", "wem", "wessen", "was"})


ZU_INFINITIVE = re.compile(r"zu[a-zäöüß]{3,}en$")  # "zuzugehen", "einzuberufen" (tagged VVIZU, or VVPP)


def _ends_in_zu_infinitive(content: Span) -> bool:
    last = content[-1]
    return last.tag_ == "VVIZU" or (last.tag_.startswith("VV") and bool(ZU_INFINITIVE.search(last.lower_))) or (
        len(content) > 2 and content[-2].lower_ == "zu" and last.tag_ in {"VVINF", "VAINF"})
