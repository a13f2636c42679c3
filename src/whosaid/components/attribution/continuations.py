"""Statements without a cue of their own: Konjunktiv sentences and hearsay that continue the last frame, and quotes
no frame claims."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution.clauses import _clause_start
from whosaid.components.attribution.cues import _cue_lemma
from whosaid.components.attribution.found import Found
from whosaid.components.attribution.prepositional import konjunktiv_after_frame_adverb
from whosaid.components.attribution.speaker_phrases import _prefield_speaker, _speaker_after
from whosaid.components.phrases import (
    QUOTE_MARKS,
    is_finite,
    is_punct,
    is_subjunctive,
    noun_phrase_from,
    sentence_of,
    sentences,
    strip_span,
)
from whosaid.lang import LanguageData


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
            before = _before_framed_colon(doc, sent, framed, covered)
            if before is not None and last is not None and _near(last, sent, sents, idx):
                # "Das Publikum halte die Treue: Die Auslastung lag nach Angaben des Hauses bei …": the Konjunktiv
                # clause before the colon goes on with the last statement, the rest has a source of its own
                root = _root(last)
                stance = "assert" if root.stance in {"announce", "demand"} else root.stance
                out.append(Found([], "", stance, "IndirectFreeIndirect", [before], None, None, None, continues=root))
            last = _reporter(_main_frame(framed))
            continue
        if not tokens or sum(1 for t in tokens if t.i in covered) > len(tokens) / 2:
            continue
        if declines_comment(tokens, data) and not any(is_subjunctive(t) for t in tokens if is_finite(t)):
            # "RPM wollte sich auf Anfrage nicht äußern. Es wäre die größte Übernahme …": another party's silence ends
            # the report before it; what follows is no longer its speaker's
            last = None
            continue
        finite = [t for t in tokens if is_finite(t) and not t._.in_quote]
        if not finite:
            continue
        content = strip_span(sent)
        colon = next((t.i for t in content if t.text == ":" and not t._.in_quote and t.i + 1 < content.end
                      and content.doc[t.i + 1].text in QUOTE_MARKS), None)
        if colon is not None and colon > content.start + 2:
            content = strip_span(doc[content.start : colon])  # "Angst habe sie keine mehr: „…“": the quote is its own
            finite = [t for t in finite if t.i < colon]
            if not finite:
                continue
        plain = next((t.i for t in content if t.text == ":" and not t._.in_quote), None) if colon is None else None
        if plain is not None and plain + 2 < content.end and finite[0].i < plain and not is_subjunctive(finite[0]) \
                and any(t.i > plain and is_subjunctive(t) for t in finite):
            # "Die Lage ist ernst: Die Zahl der Fälle sei gestiegen": the narrator's clause before the colon is no
            # part of what is reported after it
            content = strip_span(doc[plain + 1 : content.end])
            finite = [t for t in finite if t.i > plain]
        if finite[0].lower_ in data.words.get("narrator_modal", ()) and not _reported_by_frame_adverb(sent, data):
            continue  # "Ein Urteil könnte kurz vor Weihnachten fallen": the narrator's own assessment
        near = last is not None and _near(last, sent, sents, idx)
        subjunctive = [t for t in finite[:2] if is_subjunctive(t) and not _in_asked_question(doc, sent, t)] or _reported_by_frame_adverb(sent, data) or (
            _konjunktiv_two_of_the_present(tokens, finite[0], data) if _right_after_statement(doc, sents, idx, found + out)
            else []) or _modal_standing_in(sents, idx, finite[0], found + out, data)
        if subjunctive and not is_subjunctive(finite[0]):
            content = _reported_clause(content, finite[0], subjunctive[0])
            if content[0].lower_ in data.words.get("complementizer", ()) and content.start > sent.start + 1 \
                    and ("Past" in finite[0].morph.get("Tense") or not finite[0].lower_.endswith("e")):
                # "Lang zeigte sich zuversichtlich, dass eine Einigung möglich sei": the dass-clause hangs on a plainly
                # indicative clause with a subject of its own ("Sie bedauere, dass …" may be a Konjunktiv I report)
                continue
        if subjunctive and (near or any(_konjunktiv_one(t, data) for t in subjunctive)):
            root = _root(last) if near and last is not None else None
            previous = _last_continuation(found, out, sent)
            if previous is not None and previous.kind == "IndirectFreeIndirect" and previous.continues is root \
                    and idx > 0 and sentence_of(doc, previous.content[-1].start).start == sents[idx - 1].start:
                # consecutive sentences of one report form one statement, as the corpus annotates them
                previous.content = [doc[previous.content[0].start : content.end]]
                continue
            stance = _answer_stance(sent, finite[0], data) or (root.stance if root is not None else "assert")
            if stance in {"concede", "confirm"} and any(
                    t.lower_ in data.words.get("contrast_particle", ()) and not t._.in_quote for t in sent):
                # "räumte ein, dass … An der Größenordnung ändere das aber nichts", "bestätigte den Bericht. Die Pläne
                # seien aber noch nicht beschlossen": the turn back asserts
                stance = "assert"
            if stance in {"announce", "demand"}:
                stance = "assert"  # "kündigte an, er werde schweigen. Die Anklage stütze sich nur auf …": the reasons
            out.append(Found([], "", stance, "IndirectFreeIndirect", [content], None, None, None, continues=root))
            last = out[-1] if root is not None else last
        elif any(_main_clause_modal(t, data) for t in finite[:2]) and not _planned_passive(tokens) and not _scheduled(tokens, last) and (any(
            t.tag_ == "VAINF" and t.i > 0 and t.nbor(-1).tag_ in {"VVPP", "VAPP", "ADJD"} for t in tokens[-4:]
        ) or _right_after_statement(doc, sents, idx, found + out)
                and _main_clause_modal(finite[0], data) and not _past_modal(finite[0]) and _spells_out_a_plan(last)):
            # "Er soll ... gesagt haben" is hearsay (claim); "Die Steuer soll erhöht werden" a reported plan
            hearsay = any(t.tag_ == "VAINF" and t.lemma_ in {"haben", "sein"} and t.i > 0
                          and t.nbor(-1).tag_ in {"VVPP", "VAPP"} for t in tokens[-4:])
            # near a framed statement, the hearsay or plan is that source's ("Laut Polizei … Er soll … haben.")
            root = (last.continues or last) if near and last is not None else None
            if root is not None and root.kind == "Direct":
                # "„Das wäre ein schwerer Schlag“, sagte X. … Trump soll die Pläne besprochen haben": whoever is
                # quoted in their own words reports no hearsay or plan in the narrator's "soll"
                continue
            previous = out[-1] if out else None
            if previous is not None and previous.kind == "FreeIndirect" and previous.continues is root \
                    and sentence_of(doc, previous.content[-1].start).start == sents[idx - 1].start:
                # "Die Stellenkürzungen sollen … Dabei sollen …": one hearsay or plan over consecutive sentences
                previous.content = [doc[previous.content[0].start : content.end]]
                continue
            out.append(Found([], "", "claim" if hearsay else "announce", "FreeIndirect", [content], None, None, None,
                             continues=root))
    return out


def declines_comment(tokens: list[Token], data: LanguageData) -> bool:
    """ "X wollte sich nicht äußern", "Dazu äußere man sich nicht", "wollte den Bericht nicht kommentieren": a cue that
    says nothing when negated (`silent_when_negated`; `ends_report_when_negated`, which frames still read as a
    statement: "hat den Bericht nicht kommentiert"), negated, outside quotes."""
    silent = data.words.get("silent_when_negated", frozenset()) | data.words.get("ends_report_when_negated", frozenset())
    negation = data.words.get("negation", ())
    return any(data.verb_lemma(t.text, t.lemma_) in silent for t in tokens if t.pos_ == "VERB" and not t._.in_quote) \
        and any(t.lower_ in negation for t in tokens if not t._.in_quote)


def _before_framed_colon(doc: Doc, sent: Span, framed: list[Found], covered: set[int]) -> Span | None:
    """The clause before a colon that opens a sentence whose statements all stand after the colon, when it is told
    in Konjunktiv I and no statement covers it."""
    first = min(min([f.content[0].start] + [t.i for t in f.cue]) for f in framed)
    colon = next((t.i for t in doc[sent.start : first] if t.text == ":" and not t._.in_quote), None)
    if colon is None:
        return None
    clause = strip_span(doc[sent.start : colon])
    finite = next((t for t in clause if is_finite(t) and not t._.in_quote), None)
    if len(clause) < 3 or finite is None or not is_subjunctive(finite) or "Pres" not in finite.morph.get("Tense") \
            or any(t.i in covered for t in clause):
        return None
    return clause


def _konjunktiv_two_of_the_present(tokens: list[Token], finite: Token, data: LanguageData) -> list[Token]:
    """ "Derzeit lebten rund 42'000 Menschen in der Schweiz", right after a statement: a plural verb that looks past
    beside a word of present or lasting time (`present_time`) is Konjunktiv II standing in for a Konjunktiv I that
    would read as indicative ("leben"), so the sentence goes on with the statement before it."""
    if "Past" not in finite.morph.get("Tense") or not finite.lower_.endswith("en"):
        return []
    marks = {m.lower() for m in data.words.get("present_time", ())}
    words = [t.lower_ for t in tokens]
    if any(w in marks for w in words) or any(f"{a} {b}" in marks for a, b in zip(words, words[1:])):
        return [finite]
    return []


def _in_asked_question(doc: Doc, sent: Span, verb: Token) -> bool:
    """ "Auf die Frage, warum die Ausfuhren gesunken seien, ging er nicht ein", "Sie ließ offen, ob sie antreten
    werde": a Konjunktiv ending an interrogative clause ("warum", "wann", "ob") asks, and reports no answer, when the
    sentence's verb outside it is indicative."""
    opener = doc[_clause_start(doc, sent, verb.i)]
    if not (opener.tag_ in {"PWAV", "PWS", "PWAT"} or opener.lower_ == "ob"):
        return False
    return any(is_finite(t) and not is_subjunctive(t) and not t._.in_quote and not opener.i <= t.i <= verb.i
               for t in sent)


def _modal_standing_in(sents: list[Span], idx: int, finite: Token, statements: list[Found],
                       data: LanguageData) -> list[Token]:
    """ "Die Zeitung hatte berichtet, die Post wolle Filialen schliessen. Sie sollten durch Partnerfilialen ersetzt
    werden": a plural modal whose Konjunktiv I reads as indicative ("sollen") is told in Konjunktiv II ("sollten",
    `modal_standing_in`) right after a statement said with a speech verb, or going on with one, in Konjunktiv; after
    the narrator's own past ("Die Polizei hatte die Fahrt untersagt. Stattdessen sollten …") it tells a past plan."""
    if finite.lower_ not in data.words.get("modal_standing_in", ()) or finite.i == sents[idx].start:
        return []
    for f in _ending_in_sentence_before(sents, idx, statements):
        spoken = f.cue[0].tag_.startswith("V") if f.cue else f.kind == "IndirectFreeIndirect"
        if spoken and any(is_subjunctive(t) and not t._.in_quote for span in f.content for t in span):
            return [finite]
    return []


def _reported_by_frame_adverb(sent: Span, data: LanguageData) -> list[Token]:
    """ "Frei werdende Stellen sollten demnach nicht besetzt werden": the finite verb before a frame adverb ("demnach")
    that reads as Konjunktiv, so the sentence goes on with the report before it."""
    adverbs = {c.words[0] for cues in data.prepositional_cues_by_first_word.values() for c in cues
               if c.position == "frame"}
    doc = sent.doc
    for tok in sent:
        if tok.lower_ in adverbs and konjunktiv_after_frame_adverb(doc, sent, tok.i):
            return [next(t for t in doc[sent.start : tok.i + 2] if is_finite(t))]
    return []


def _answer_stance(sent: Span, finite: Token, data: LanguageData) -> str | None:
    """ "Er weise die Vorwürfe zurück", "Man bestätige den Eingang": the last speaker's own denial or confirmation,
    told in Konjunktiv I, keeps its cue's stance."""
    cue = _cue_lemma(sent.doc, finite, sent, data) if is_subjunctive(finite) else None
    stance = data.verb_cues[cue[0]].stance if cue is not None else None
    return stance if stance in {"deny", "confirm"} else None


def _last_continuation(found: list[Found], out: list[Found], sent: Span) -> Found | None:
    """The last cue-less statement before `sent`: one added here, or one read after a colon ("kritisierte die
    Pläne: Man habe …")."""
    before = [f for f in (*found, *out) if not f.cue and f.content[-1].end <= sent.start]
    return max(before, key=lambda f: f.content[-1].end, default=None)


def _main_frame(framed: list[Found]) -> Found:
    """Of a sentence's statements, the one a following sentence goes on with: the last told with a speech verb
    ("Einen Bericht der Zeitung, wonach …, wies sie zurück. Alle Standorte blieben erhalten" continues her
    rejection, not the newspaper's report named inside it), or the quote after its colon ("wies das zurück: „…“
    Man habe …" goes on with the quote)."""
    verbal = [f for f in framed if f.cue and f.cue[0].tag_.startswith("V")]
    if verbal and any(f.continues is verbal[-1] and f.extra.get("colon_quote") for f in framed):
        return next(f for f in framed if f.continues is verbal[-1] and f.extra.get("colon_quote"))
    return verbal[-1] if verbal else framed[-1]


def _root(last: Found) -> Found:
    """The statement a continuation after `last` continues: what `last` continues, or a colon's quote itself."""
    return last if last.extra.get("colon_quote") else (last.continues or last)


def _reporter(f: Found) -> Found:
    """ "…, schreibt die Zeitung unter Berufung auf Unternehmenskreise": what follows continues the report of the
    outlet, through which the relayed source's statement reaches us."""
    return f.via if f.via is not None else f


def _right_after_statement(doc: Doc, sents: list[Span], idx: int, statements: list[Found]) -> bool:
    """The sentence before holds the end of a statement's content."""
    return bool(_ending_in_sentence_before(sents, idx, statements))


def _ending_in_sentence_before(sents: list[Span], idx: int, statements: list[Found]) -> list[Found]:
    """The statements whose content ends in the sentence before sentence `idx`."""
    if idx == 0:
        return []
    before = sents[idx - 1]
    return [f for f in statements if before.start <= f.content[-1].end - 1 < before.end]


def _main_clause_modal(token: Token, data: LanguageData) -> bool:
    """ "Die Busse sollen … bleiben": "soll", "sollen" as the verb of a main clause, words after it (not at the end
    of a relative clause: "…, die … hergestellt werden sollen")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lemma_ in data.words.get("hearsay_modal", ()) and following is not None and not is_punct(following)


def _past_modal(token: Token) -> bool:
    """ "sollte": a past plan or a condition, not hearsay."""
    return "Past" in token.morph.get("Tense") or token.lower_.endswith(("te", "ten"))


def _reported_clause(content: Span, indicative: Token, subjunctive: Token) -> Span:
    """ "Zu brisant sind die Zahlen, die die Spaltung deutlich machen würden": after an indicative main clause, only
    the clause with the Konjunktiv is reported, from the comma before it."""
    doc = content.doc
    if content[0].tag_ in {"KOUS", "KOUI"}:
        return content  # "Da sie Angst hatte, habe Celebi …": the indicative clause is the main clause's adverbial
    comma = next((t.i for t in reversed(doc[indicative.i + 1 : subjunctive.i]) if t.text == "," and not t._.in_quote),
                 None)
    if comma is None:
        return content
    return strip_span(doc[comma + 1 : content.end])


def _spells_out_a_plan(last: Found | None) -> bool:
    """ "Verdi kündigte einen Streik an. Die Busse sollen am Mittwoch in den Depots bleiben": a plan with "soll" goes
    on with an announcement or a demand before it; after an assertion ("Laut Polizei war er nicht alkoholisiert. Ein
    Gutachter soll den Hergang rekonstruieren") it is the narrator's report of what happens next."""
    return last is not None and (last.continues or last).stance in {"announce", "demand"}


def _planned_passive(tokens: list[Token]) -> bool:
    """ "Am Sonntag sollen X und Y geehrt werden": a plan the narrator reports, no one's statement ("Er soll
    festgenommen worden sein" is hearsay)."""
    verbs = [t for t in tokens if t.tag_.startswith("V")]
    return len(verbs) >= 2 and verbs[-1].lemma_ == "werden" and verbs[-1].tag_ == "VAINF" and verbs[-2].tag_ == "VVPP"


def _scheduled(tokens: list[Token], last: Found | None) -> bool:
    """ "Die Verbände sollen bis Donnerstag Stellung nehmen können": a plan dated on or after the publication day,
    which the narrator reports as a schedule, unless it spells out what was just announced or demanded ("Verdi
    kündigte einen Streik an. Die Busse sollen am Mittwoch in den Depots bleiben")."""
    if last is not None and (last.continues or last).stance in {"announce", "demand"}:
        return False
    doc = tokens[0].doc
    if any(t.tag_ == "VAINF" and t.lemma_ in {"haben", "sein"} and t.i > 0 and t.nbor(-1).tag_ in {"VVPP", "VAPP"}
           for t in tokens):
        return False  # "Er soll am Montag drei Autos angezündet haben": hearsay about the past
    published = doc._.published
    if published is None or not doc._.times:
        return False
    day = published.isoformat()
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return any(start <= t.start < end and t.type in {"DATE", "TIME"} and t.value[:1].isdigit()
               and t.value[:10] >= day[: len(t.value[:10])] for t in doc._.times)


def _konjunktiv_one(token: Token, data: LanguageData) -> bool:
    """Konjunktiv I ("sei", "habe", "werde", "beschränke") marks reported speech on its own; Konjunktiv II needs a frame."""
    tense = token.morph.get("Tense")
    if tense:
        return "Pres" in tense
    return token.lower_ not in data.words.get("konjunktiv_two", ()) and not token.lower_.endswith(("te", "ten"))


MIN_UNFRAMED_QUOTE_TOKENS = 3


CONTINUATION_WINDOW = 5  # sentences between a frame and a Konjunktiv sentence that continues it


def _unframed_quotes(doc: Doc, found: list[Found], quoted: list[Span], ents: dict[int, Span],
                     data: LanguageData) -> list[Found]:
    """A quoted sentence no frame claims: after a colon, the subject of the clause before it said it ("Die Bewohner
    sehen alles gelassen: „…“", "Punklady Nina Hagen zur neuen Heimat: „…“"); else it continues the statement made
    just before it, or stands alone (the corpus counts every quoted clause as a quotation)."""
    covered = {t.i for f in found for span in f.content for t in span}
    out = []
    for quote in quoted:
        words = [t for t in quote if not is_punct(t)]
        # a clause, or a phrase that opens in lower case: words taken from someone's sentence ("will „in den
        # kommenden Wochen prüfen“"), where a capitalised phrase is mostly a title or a name ("„Die Andere Medizin“")
        if len(words) < MIN_UNFRAMED_QUOTE_TOKENS or not (any(is_finite(t) for t in quote) or words[0].text[:1].islower()):
            continue
        if any(t.i in covered for t in quote) or quote.start > 0 and doc[quote.start - 1]._.name_quote:
            continue  # claimed by a frame, or a name ("das Magazin „Wir sind Helden“")
        # the statement that ends nearest before the quote (continuations were appended after the frames)
        # of statements ending at one place, the one told with a speech verb ("Berichte, wonach …, wies er zurück.
        # „…“" goes on with his rejection, not the reports named inside it)
        before = sorted((f for f in found + out if f.content_end <= quote.start_char
                         and quote.start_char - f.content_end < 400),
                        key=lambda f: (f.content_end, bool(f.cue) and f.cue[0].tag_.startswith("V")))
        said = next((f for f in found + out if quote.start >= 2 and doc[quote.start - 2].text == ":"
                     and f.content[-1].end == quote.start - 2 and not f.cue), None)
        if said is not None:
            # "Angst habe sie keine mehr: „…“": the quote after a cue-less continuation's colon goes on with it
            out.append(Found([], "", (said.continues or said).stance, "Direct", [quote], None, None, None,
                             continues=said))
            continue
        speaker = _colon_speaker(doc, quote, ents, data)
        if speaker is not None:
            out.append(Found([], "", "assert", "Direct", [quote], speaker, None, None))
            continue
        answered = _bare_answer_before(doc, quote, ents, data)
        if answered is not None:
            # "Klinikchef Gerhard Schlegl widersprach. „Der Kreistag kannte alle Zahlen.“": as after its colon
            verb, lemma, speaker = answered
            out.append(Found([verb], lemma, data.verb_cues[lemma].stance, "Direct", [quote], speaker,
                             sentence_of(doc, verb.i), None))
            continue
        if before and not any(is_finite(t) for t in quote) and not _in_or_right_after(doc, before[-1], quote):
            before = []  # quoted words farther from the last statement are no part of it
        root = (before[-1].continues or before[-1]) if before else None
        out.append(Found([], "", root.stance if root else "assert", "Direct", [quote],
                         None, None, None, continues=root))
    return out


def _colon_reports(doc: Doc, found: list[Found], ents: dict[int, Span], data: LanguageData) -> list[Found]:
    """ "Landesrat Pichler zeigte sich davon unbeeindruckt: Kärnten halte sich an die Vorgaben"; "Sein Trainer gab
    sich zurückhaltend: Im siebten Spiel beginne alles wieder bei null": reported speech in Konjunktiv after a colon
    that closes a narrator's clause in the indicative, which no frame claims, is what the subject of that clause
    says (a person or organisation: named, or headed by a role noun), not a continuation of whoever spoke before."""
    covered = {t.i for f in found for span in f.content for t in span} | {t.i for f in found for t in f.cue}
    out = []
    for sent in sentences(doc):
        colon = next((t.i for t in sent if t.text == ":" and not t._.in_quote), None)
        if colon is None or colon + 3 >= sent.end or doc[colon + 1].text in QUOTE_MARKS \
                or any(t.i in covered or t._.in_quote for t in sent):
            continue
        start = sent.start
        while start < colon and (doc[start].is_space or is_punct(doc[start])):
            start += 1
        finite = next((t for t in doc[start:colon] if is_finite(t)), None)
        after = next((t for t in doc[colon + 1 : sent.end] if is_finite(t)), None)
        if finite is None or is_subjunctive(finite) or after is None or not is_subjunctive(after):
            continue
        speaker = _prefield_speaker(doc, start, finite, ents, data) or _speaker_after(doc, finite.i + 1, colon, ents, data)
        if speaker is None or not _names_someone(speaker, data):
            continue
        content = strip_span(doc[colon + 1 : sent.end])
        out.append(Found([], "", "assert", "Indirect", [content], speaker, None, None))
    return out


def _names_someone(span: Span, data: LanguageData) -> bool:
    """A person or an organisation by name, or a noun phrase headed by a role noun ("Der Trainer") or a word for an
    organisation ("Die Gewerkschaft ist empört: …")."""
    if any(e.label_ in {"PER", "ORG"} and span.start <= e.start and e.end <= span.end for e in span.doc.ents):
        return True
    return any(t.text in data.role_nouns or t.lemma_ in data.role_nouns or t.text in data.org_nouns
               for t in span if t.tag_ == "NN")


def _in_or_right_after(doc: Doc, statement: Found, quote: Span) -> bool:
    """The statement's content ends in the quote's sentence or the sentence before it."""
    sent = sentence_of(doc, quote.start)
    before = sentence_of(doc, sent.start - 1) if sent.start > 0 else sent
    return statement.content[-1].end > before.start


def _bare_answer_before(doc: Doc, quote: Span, ents: dict[int, Span], data: LanguageData
                        ) -> tuple[Token, str, Span] | None:
    """ "Schlegl widersprach. „…“", "Der Verband konterte am Montag. „…“": a quote opening the sentence right after
    one that is no more than a subject and an answering verb (`answer_verb`, `retort_cue`) with adverbs or a time is
    what that subject answered: (verb, lemma, subject)."""
    opening = quote.start - 1 if quote.start > 0 and doc[quote.start - 1].text in QUOTE_MARKS else quote.start
    if opening < 2 or not doc[opening].is_sent_start and not doc[opening - 1].is_space:
        return None
    end = opening
    while end > 0 and (doc[end - 1].is_space or doc[end - 1].text in QUOTE_MARKS):
        end -= 1
    if end < 2 or doc[end - 1].text != ".":
        return None
    sent = sentence_of(doc, end - 1)
    start = sent.start
    while start < end and (doc[start].is_space or is_punct(doc[start])):
        start += 1
    finite = next((t for t in doc[start : end - 1] if is_finite(t)), None)
    answering = set(data.words.get("answer_verb", ())) | set(data.words.get("retort_cue", ()))
    lemma = _cue_lemma(doc, finite, sent, data) if finite is not None else None
    if lemma is None or lemma[0] not in answering or lemma[0] not in data.verb_cues \
            or not _adverbials_only(doc, finite.i + 1, end - 1):
        return None  # "widersprach dem Minister." or "widersprach, dass …": an object or clause of its own
    speaker = _prefield_speaker(doc, start, finite, ents, data)
    if speaker is None or not _names_someone(speaker, data):
        return None
    return finite, lemma[0], speaker


def _adverbials_only(doc: Doc, start: int, end: int) -> bool:
    """Adverbs, a verb particle and prepositional phrases ("am Dienstag", "in einer Stellungnahme"), no object."""
    k = start
    while k < end:
        if doc[k].tag_ in {"ADV", "ADJD", "PTKVZ"}:
            k += 1
        elif doc[k].tag_ in {"APPR", "APPRART"}:
            k += 1
            while k < end and doc[k].tag_ in {"ART", "ADJA", "CARD", "PPOSAT"}:
                k += 1
            if k >= end or doc[k].tag_ not in {"NN", "NE"}:
                return False
            k += 1
        else:
            return False
    return True


def _colon_speaker(doc: Doc, quote: Span, ents: dict[int, Span], data: LanguageData) -> Span | None:
    """The subject of the clause that a colon right before the quote closes, or its noun phrase when it has no
    verb."""
    colon = quote.start - 2
    if colon < 1 or doc[colon].text != ":" or doc[colon + 1].text not in QUOTE_MARKS:
        return None
    start = sentence_of(doc, colon).start
    while start < colon and (doc[start].is_space or is_punct(doc[start])):
        start += 1
    finites = [t for t in doc[start:colon] if is_finite(t) and not t._.in_quote]
    # "Den Namen, der genannt worden war, wollte er nicht kommentieren": not the verb closing a relative clause
    finite = next((t for t in finites if doc[t.i + 1].text != ","), finites[0] if finites else None)
    if finite is None:
        return noun_phrase_from(doc, start, colon, ents)
    before = _prefield_speaker(doc, start, finite, ents, data)
    if before is not None and len(before) == 1 and before[0].tag_ == "PDS":
        # "Das wollte der Polizeisprecher nicht bestätigen: „…“": the demonstrative is the object, the sentence before
        return _speaker_after(doc, finite.i + 1, colon, ents, data) or before
    return before or _speaker_after(doc, finite.i + 1, colon, ents, data)


def _near(last: Found, sent: Span, sents: list[Span], idx: int) -> bool:
    last_sent = sentence_of(sent.doc, last.content[-1].start).start
    return any(s.start == last_sent for s in sents[max(0, idx - CONTINUATION_WINDOW) : idx])
