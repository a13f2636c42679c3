"""Links between statements and clean-up: nesting (`via`), answers (`refers_to`), and duplicates."""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosaid.components.attribution.continuations import declines_comment
from whosaid.components.attribution.found import Found
from whosaid.components.phrases import QUOTE_MARKS, adjective_stem, is_finite, is_punct, sentence_of, text_sentences
from whosaid.lang import LanguageData

QUOTE_CHARS = "".join(sorted(QUOTE_MARKS))
REPORT_WINDOW = 6  # sentences between a denial naming a report and the report's own statement, either way


def _drop_duplicates(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    seen: set[tuple[int, int, int, bool]] = set()
    for f in found:
        # "zitierte die Agentur einen Sprecher": the spokesman's words, relayed by the agency's act, are no duplicate
        key = (f.content_start, f.content_end, f.cue[0].i if f.cue else -1, f.via is not None)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _drop_light_verb_objects(found: list[Found]) -> list[Found]:
    """ "Der Minister äußerte Zweifel, ob …": the light verb's object read as its content ("Zweifel") is the cue noun
    of the statement the noun frames, no statement of its own."""
    def swallowed(f: Found) -> bool:
        return f.kind == "Reported" and len(f.cue) == 1 and any(
            g is not f and f.cue[0] in g.cue and any(t is not f.cue[0] and f.content_start <= t.idx < f.content_end
                                                     for t in g.cue) for g in found)

    return [f for f in found if not swallowed(f)]


def _drop_frames_read_as_content(found: list[Found]) -> list[Found]:
    """ "Man kommentiere keine Spekulationen, sagte er": a cue inside another statement's content ("kommentiere")
    whose own content holds that statement's cue read the frame as content; it is no statement."""
    def holds(f: Found, tokens: list) -> bool:
        return any(f.content_start <= t.idx < f.content_end for t in tokens)

    return [f for f in found if not (f.cue and any(
        g is not f and g.cue and holds(g, f.cue) and holds(f, g.cue) and g.cue[0].i > f.cue[0].i for g in found))]


def _drop_orphaned_continuations(found: list[Found]) -> list[Found]:
    """A continuation read beside its frame (after a colon) goes with the frame when that is dropped."""
    kept = {id(f) for f in found}
    return [f for f in found if f.continues is None or id(f.continues) in kept]


MAX_REPORTED_RUN = 6


def _cueless_konjunktiv(sent: Span, found: list[Found]) -> bool:
    """A sentence no statement touches that is all quote or whose first finite verb outside quotes is a subjunctive
    one."""
    if any(f.content_start < sent.end_char and f.content_end > sent.start_char for f in found):
        return False
    words = [t for t in sent if not is_punct(t) and not t.is_space and t.text not in QUOTE_MARKS]
    if all(t._.in_quote for t in words):
        return True  # a quote of its own right after the statement, its speaker's ("Wir sind besorgt."), or a break
    finite = next((t for t in sent if is_finite(t) and not t._.in_quote), None)
    return finite is not None and "Sub" in finite.morph.get("Mood")


def _drop_acts_inside_reported_speech(found: list[Found]) -> list[Found]:
    """ "Man habe eine Erhöhung angeboten, teilte der Verband mit", "Das Amt habe den Rückruf angeordnet" (after a
    statement): an act with its object told in Konjunktiv is part of what someone reports (the content of the frame
    around it, or a continuation of the statement before), no statement of its own."""
    def inside(f: Found, g: Found) -> bool:
        return g is not f and bool(g.cue) and g.content_start <= f.cue[0].idx < g.content_end

    def right_after(f: Found, g: Found) -> bool:
        sent = sentence_of(f.cue[0].doc, f.cue[0].i)
        before = sentence_of(sent.doc, sent.start - 1) if sent.start > 0 else sent
        for _ in range(MAX_REPORTED_RUN):
            # "sagte X. … Die WHO brauche dringend Geld. Die Geberländer hätten nur einen Bruchteil zugesagt": over
            # cue-less sentences in Konjunktiv the report goes on up to the act
            if before.start == 0 or not _cueless_konjunktiv(before, found):
                break
            before = sentence_of(sent.doc, before.start - 1)
        return g is not f and g.content_end <= f.content_start and g.content[-1].end > before.start

    replaced: dict[int, Found] = {}
    for f in found:
        if f.extra.get("subjunctive_act"):
            holder = next((g for g in found if inside(f, g) or right_after(f, g)), None)
            if holder is not None:
                replaced[id(f)] = holder
    kept = [f for f in found if id(f) not in replaced]
    for f in kept:  # an answer read at its frame ("widersprach dieser Darstellung") answers the report around the act
        if f.refers_to is not None and id(f.refers_to) in replaced:
            f.refers_to = replaced[id(f.refers_to)]
    return kept


def _split_joined_answers(found: list[Found], data: LanguageData) -> list[Found]:
    """ "Elvaro hat den Rückruf bestätigt, Berichte über Unfälle aber zurückgewiesen": an answer joined to another
    of the other kind under one auxiliary is read as one statement whose content runs to the second participle; it
    is two, the first answering its object, the second what stands before its participle."""
    out: list[Found] = []
    for f in found:
        out.append(f)
        joined = _joined_answer(f, data)
        if joined is not None:
            out.append(joined)
    return out


def _joined_answer(f: Found, data: LanguageData) -> Found | None:
    if f.stance not in {"deny", "confirm"} or not f.cue or not f.cue_helpers or len(f.content) != 1:
        return None
    content = f.content[0]
    words = [t for t in content if not is_punct(t)]
    doc = content.doc
    if len(words) < 2 or words[-1].tag_ != "VVPP" or content.start == 0 or doc[content.start - 1].text != "," \
            or content.start - 1 != f.cue[-1].i + 1:
        return None
    participle = words[-1]
    cue = data.verb_cues.get(data.verb_lemma(participle.text, participle.lemma_))
    if cue is None or cue.stance not in {"deny", "confirm"} or cue.stance == f.stance:
        return None
    object_ = _object_before_cue(f)
    if not object_ or object_[-1].i - object_[0].i + 1 != len(object_):
        return None
    end = participle.i
    while end > content.start and doc[end - 1].tag_ in {"ADV", "KON"}:  # "Berichte über Unfälle aber"
        end -= 1
    if end <= content.start:
        return None
    f.content, f.kind = [doc[object_[0].i : object_[-1].i + 1]], "Reported"
    joined = Found([participle], cue.lemma, cue.stance, "Reported", [doc[content.start : end]], f.speaker, f.frame,
                   f.medium)
    joined.cue_helpers = list(f.cue_helpers)
    return joined


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


def _drop_impersonal_speech_inside(found: list[Found]) -> list[Found]:
    """ "Ein Sprecher sagte, man rechne mit einer Erholung": a cue inside another statement's content whose subject
    is "man" is the speaker's own words about its organisation, part of that content and no statement of its own."""
    def impersonal(f: Found) -> bool:
        doc, verb = f.cue[0].doc, f.cue[0].i
        return f.via is not None and f.speaker is None and f.refers_to is None and any(
            t.lower_ == "man" for t in doc[max(verb - 2, 0) : verb + 3])

    dropped = [f for f in found if f.cue and impersonal(f) and not any(g.via is f or g.continues is f for g in found)]
    for g in found:
        if g.refers_to in dropped:
            g.refers_to = None
    return [f for f in found if f not in dropped]


def _link_denials_of_relative_reports(found: list[Found], data: LanguageData) -> None:
    """ "Der Kreml wies einen Bericht zurück, wonach Kampfjets den Luftraum verletzt hätten": the denied object is the
    speaker of the "wonach" clause after it; the denial answers that report and denies what the clause says."""
    relative = {" ".join(c.words) for cues in data.prepositional_cues_by_first_word.values() for c in cues
                if c.position == "relative"}
    for f in found:
        # "Einen Bericht, wonach …, nannte sie „falsch“": the fronted object and its predicate
        if len(f.content) != 1 and f.kind != "Reported":
            continue
        report = _spoken_inside(f, found)
        if report is None or report.lemma not in relative:
            continue
        if f.stance not in {"deny", "confirm"}:
            if not _called_false_after(report, data):
                continue
            denies_by_content(f)  # "bezeichnete einen Bericht, wonach …, als „Unsinn“"
        if f.kind == "Reported" or report.speaker.start_char == f.content_start or _after_additive_particle(f, report, data):
            # the object before the cue holds the report too: "Einen Bericht, wonach …, wies sie zurück"; the report
            # is answered, not relayed by the answer
            f.refers_to, f.kind = report, "Reported"
            f.extra["relative_report"] = report
            f.content = list(report.content)
            if report.via is f:
                report.via = None


def _after_additive_particle(f: Found, report: Found, data: LanguageData) -> bool:
    """ "Auch Spekulationen, wonach …, wies die Direktorin zurück": the fronted report follows only an additive particle
    (`additive_particle`) at the start of the denial's content."""
    doc = report.speaker.doc
    before = [t for t in doc[f.content[0].start : report.speaker.start] if not is_punct(t)]
    return bool(before) and all(t.lower_ in data.words.get("additive_particle", ()) for t in before)


def _called_false_after(report: Found, data: LanguageData) -> bool:
    """ "Einen Bericht, wonach …, bezeichnete Lechner als „Unsinn“": after the report's clause its sentence calls it
    false ("als" and a word of falsity)."""
    doc = report.content[-1].doc
    end = report.content[-1].end
    sent = sentence_of(doc, end - 1)
    falsity = data.words.get("falsity", frozenset())
    tail = [t for t in doc[end : sent.end] if not is_punct(t)]
    return any(t.lower_ == "als" and any(u.text in falsity or u.lemma_ in falsity or u.lower_ in falsity
                                         for u in tail[k + 1 : k + 4]) for k, t in enumerate(tail))


def _spoken_inside(f: Found, found: list[Found]) -> Found | None:
    """The statement whose speaker stands in f's content: the report of "dementierte einen Bericht, wonach …"."""
    return next((g for g in found if g is not f and g.speaker is not None
                 and f.content_start <= g.speaker.start_char < f.content_end + 2 and not _said_by_pronoun(g)), None)


def _said_by_pronoun(g: Found) -> bool:
    """ "wies Vorwürfe zurück, sie verlange überhöhte Preise": a pronoun speaking inside a denial is the accused, the
    denier itself, and its clause no report the denial answers."""
    return g.speaker is not None and len(g.speaker) == 1 and g.speaker[0].tag_ == "PPER"


def _link_answers(found: list[Found]) -> None:
    """ "Die Behauptung von X, dass …, wies Y zurück": a denial or confirmation whose object holds another
    statement's cue answers that statement."""
    for f in found:
        if f.stance not in {"deny", "confirm"} or f.refers_to is not None:
            continue
        f.refers_to = next((g for g in found if g is not f and g.cue and not _said_by_pronoun(g)
                            and f.content_start <= g.cue[0].idx < f.content_end), None)
        if f.refers_to is not None:
            f.refers_to = _first_said(f.refers_to, f, found) or f.refers_to


def _first_said(restated: Found, answer: Found, found: list[Found]) -> Found | None:
    """ "Die Unternehmen hätten glänzend verdient, sagte X. … Die Behauptung der Gewerkschaft, die Firmen hätten
    glänzend verdient, wies Y zurück": a claim restated in the answer's object was made by the statement before it that
    says the same (at least two of its content words, half of the restatement's); that statement is answered."""
    def words(g: Found) -> set[str]:
        return {t.lemma_.lower() for span in g.content for t in span
                if t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} and len(t.text) >= 4}

    said = words(restated)
    best = None
    for g in found:
        if g is restated or g is answer or g.content_end > restated.content_start or not _answers_another(answer, g) \
                or _head(g).stance in {"deny", "confirm"}:
            continue
        shared = len(said & words(g))
        if shared >= 2 and 2 * shared >= len(said) and (best is None or shared >= best[0]):
            best = (shared, g)
    return best[1] if best else None


def _referred_statement(content: Span, found: Found, earlier: list[Found], data: LanguageData) -> Found | None:
    """ "widersprach dieser Darstellung", "bestätigte die Angaben": the object names an earlier statement; what follows
    "als" calls it something ("wies die Forderung als „völlig überzogen“ zurück")."""
    called = next((k for k, t in enumerate(content) if k > 0 and t.lower_ == "als"), None)
    if called is not None and not any(t.text in data.words.get("accusation_noun", ()) for t in content[:called]):
        # (accusations so called, "wies die Vorwürfe als „haltlos“ zurück", are left to what accuses the denier)
        content = content[:called]
    if found.stance not in {"deny", "confirm"} or len(content) > 4:
        return None
    # "Regierung widerspricht Darstellung" over "Der Bundesrat hat die Darstellung zurückgewiesen, …": the headline
    # tells the same answer, it is no statement answered
    earlier = [g for g in earlier if not _in_headline(g)]
    words = data.words
    if not (content[0].lower_ in words.get("demonstrative", ()) or content[0].tag_ == "ART"):
        return None
    if not any(t.text in words.get("report_noun", ()) for t in content):
        return None
    if any(t.text in words.get("media_report_noun", ()) for t in content):
        # "wies den Bericht ebenfalls zurück": the last report, not whatever was said just before
        # the outer report, not the source it cites ("hatte unter Berufung auf Regierungskreise berichtet")
        reports = [f for f in earlier if f.lemma in words.get("report_verb", ()) and f.via is None]
        # "hat einen Bericht über Stellenabbau zurückgewiesen" with no report told before: the report comes later
        # ("Die Zeitung hatte berichtet") or not at all, and is not whatever was said last
        return reports[-1] if reports else None
    # "Er rief die Behörden auf, …. Die Firma wies die Kritik zurück": an appeal or an announcement is no accusation,
    # no account; only the act the object names by its noun ("wies die Forderung zurück") is answered so
    named_acts = {data.noun_cues.get(t.lemma_) or data.noun_cues.get(t.text) for t in content if t.tag_ == "NN"}
    earlier = [g for g in earlier if _account_or_named(g, named_acts) and not (_announces(g)
                                                                          and g.stance not in named_acts)]
    if _source_words(list(content), data):
        # "wies die Darstellung der Rebellen zurück", "die Darstellung aus Bagdad": the object names whose account it
        # answers; the report of that source is found by its name (_link_reports), not whatever was said last
        return None
    accusations = any(t.text in words.get("accusation_noun", ()) for t in content)
    if accusations:
        # "Die Bank hat Vorwürfe der SP zurückgewiesen. Bankchef Zellweger wies die Vorwürfe zurück": a denial
        # accuses no one; the accusations are those the first denial answered
        earlier = [g for g in earlier if g.stance not in {"deny", "confirm"}]
    if earlier and accusations and content[0].tag_ == "ART":
        # "wies die Vorwürfe zurück": what was said in the sentence just before, else the accusation found by what
        # it says (_answer_to_accusation), not whatever was said last
        sents = text_sentences(content.doc)
        last = earlier[-1].content[-1]
        if _sentence_index(sents, content.start) - _sentence_index(sents, last.end - 1) > 1:
            return None
    if any(t.text in words.get("account_noun", ()) for t in content):
        stated = _stated_before_characterisation(earlier, data)
        if stated is not None:
            return stated
    # "Schiedsrichter X wies die Kritik zurück" after "Trainer A kritisierte den Schiedsrichter … B sah das anders":
    # the act the noun names (`act_noun`: Kritik=kritisieren), not whatever was said last
    acts = {verb for t in content for verb in data.rights("act_noun", t.text)}
    named = [_head(g) for g in earlier if g.lemma in acts]
    if named:
        return named[-1]
    return earlier[-1] if earlier else None


def _account_or_named(g: Found, named_acts: set[str | None]) -> bool:
    """What an answer may answer: an account, not a demand or an announcement, unless the answer names that kind of
    act by its noun ("wies die Forderung zurück")."""
    return g.stance not in {"demand", "announce"} or g.stance in named_acts


def _stated_before_characterisation(earlier: list[Found], data: LanguageData) -> Found | None:
    """ "Nach Angaben des Ministeriums wurde ein Konsens erzielt. Sprecherin Liu sprach von einem „wichtigen Schritt“.
    X widersprach dieser Darstellung": an account (`account_noun`) is what was stated, not the characterisation
    (`characterising_cue`, told as an act) said right after it; the statement before that, if told at most a sentence
    before it."""
    if len(earlier) < 2 or earlier[-1].kind != "Reported" \
            or earlier[-1].lemma not in data.words.get("characterising_cue", ()):
        return None
    said, characterised = earlier[-2], earlier[-1]
    sents = text_sentences(said.content[0].doc)
    if _sentence_index(sents, characterised.content[0].start) - _sentence_index(sents, said.content[-1].end - 1) > 1:
        return None
    return _head(said)


def denies_by_content(f: Found) -> None:
    """A statement whose content denies takes the stance deny whatever its cue ("sagte"); the cue's own stance is kept
    in `stance_of_cue` (a cue that answers nothing by itself, see _link_reports)."""
    if f.stance != "deny":
        f.extra["stance_of_cue"] = f.stance
        f.stance = "deny"


def _content_denials(found: list[Found], data: LanguageData) -> None:
    """ "Der Bericht sei falsch", "Das ist eine reine Erfindung", "eine weitere Lüge": content that calls what was
    reported false denies it, whatever its cue ("sagte")."""
    for f in found:
        if f.stance != "deny" and _tells_own_denial(f, data):
            denies_by_content(f)
            f.extra["told_denial"] = True  # its content's verb answers, as a denying cue would
        elif f.stance != "deny" and (_calls_false(f, data) or _no_evidence_for_it(f, data)
                                     or _negates_what_was_reported(f, data)):
            denies_by_content(f)
        elif f.stance == "assert" and _tells_own_concession(f, data):
            f.stance = "concede"  # "Wir hätten schneller informieren müssen, das gebe ich zu"
        elif f.stance == "assert" and _calls_report_true(f, data):
            f.extra["stance_of_cue"] = f.stance
            f.stance = "confirm"  # "Der Bericht ist im Kern zutreffend", sagte ein Bahnsprecher


def _negates_what_was_reported(found: Found, data: LanguageData) -> bool:
    """ "Es gebe keine solchen Pläne", "Derartige Überlegungen gibt es nicht": content whose verb of existence
    (`existence_verb`) is negated and whose noun is named by a determiner pointing back at what was reported
    (`claim_back_determiner`) denies it ("Es gebe keine Alternative" points back at nothing)."""
    tokens = [t for span in found.content for t in span if not is_punct(t)]
    determiners = data.words.get("claim_back_determiner", frozenset())
    negation = data.negation_words()
    back = next((k for k, t in enumerate(tokens) if t.lower_ in determiners and k + 1 < len(tokens)
                 and tokens[k + 1].tag_ == "NN"), None)
    if back is None:
        return False
    # the clause of the determiner ("Es gibt keinerlei solche Pläne, und es hat sie nie gegeben"), a short one
    doc = found.content[0].doc
    close = next((t.i for t in doc[tokens[back].i : tokens[-1].i + 1] if t.text == "," or t.tag_ == "KON"), len(doc))
    tokens = [t for t in tokens if t.i < close]
    if len(tokens) > 10:
        return False
    exists = any(t.lemma_.lower() in data.words.get("existence_verb", ()) for t in tokens)
    negated = (back > 0 and tokens[back - 1].lower_ in negation) or any(
        t.lower_ in negation for t in tokens[back + 2 :])
    return exists and negated


def _no_evidence_for_it(found: Found, data: LanguageData) -> bool:
    """ "Dafür gibt es keinerlei Anhaltspunkte", "Hierfür lägen keine Belege vor": content opened by a pronominal
    adverb that stands for what was claimed, with a negated word of evidence (`evidence_noun`), denies it."""
    tokens = [t for span in found.content for t in span if not is_punct(t)]
    if not tokens or tokens[0].lower_ not in data.words.get("claim_back_reference", ()):
        return False
    negation = data.negation_words()
    evidence = data.words.get("evidence_noun", frozenset())
    return any(t.lower_ in negation and any(u.text in evidence for u in tokens[k + 1 : k + 3])
               for k, t in enumerate(tokens))


def _calls_report_true(found: Found, data: LanguageData) -> bool:
    """ "Der Bericht ist im Kern zutreffend", "Die Meldung stimmt": content whose subject, opening it, is a report
    (`report_noun`) and whose predicate is a word or verb of truth (`truth`, `truth_verb`), negated nowhere, confirms
    the report."""
    tokens = [t for span in found.content for t in span if not is_punct(t)]
    negation = data.negation_words()
    if len(tokens) > 3 and tokens[0].lower_ == "es" and _agrees(tokens[1], data) and tokens[2].lower_ in {"dass", "zu"} \
            and not any(t.lower_ in negation for t in tokens[1:4]):
        return True  # "Es treffe zu, dass das Unternehmen Stellen abbauen wolle", "Es stimmt, dass …"
    head = next((k for k, t in enumerate(tokens[:3]) if t.tag_ == "NN"), None)
    if head is None or tokens[head].text not in data.words.get("report_noun", ()) \
            or any(t.tag_ not in {"ART", "PDAT", "PPOSAT", "ADJA"} for t in tokens[:head]):
        return False
    if any(t.lower_ in negation or t.lower_ in data.words.get("weak_negation", ()) for t in tokens):
        return False  # "das Dementi „wenig glaubwürdig“": called all but untrue
    rest = tokens[head + 1 : head + 7]
    # the word of truth is the predicate, closing the clause ("ist im Kern zutreffend"), not an intensifier ("sei
    # richtig erschreckend"); "stimmt" is no "stimmt nachdenklich"
    closing = [t for k, t in enumerate(rest) if head + 1 + k == len(tokens) - 1 or tokens[head + 2 + k].lower_ in {
        "und", "aber", "sondern"}]
    return any(t.lower_ in data.words.get("truth", ()) and t.tag_ in {"ADJD", "ADV"} for t in closing) \
        or bool(rest) and _agrees(rest[0], data) and not (len(rest) > 1 and rest[1].tag_ == "ADJD")


def _agrees(t: Token, data: LanguageData) -> bool:
    """A verb of truth ("stimmt", "treffe zu"; `truth_verb`); "treffen" only with its particle closing the clause
    ("Der Bericht trifft auf große Resonanz" says nothing of its truth)."""
    verbs = data.words.get("truth_verb", frozenset())
    if not t.tag_.startswith("V"):
        return False
    if t.lemma_.lower() == "treffen":
        sent = t.sent
        return any(u.lower_ == "zu" and (u.i + 1 >= sent.end or u.doc[u.i + 1].is_punct) for u in t.doc[t.i + 1 : sent.end])
    return t.lower_ in verbs or t.lemma_.lower() in verbs


def _tells_own_concession(found: Found, data: LanguageData) -> bool:
    """ "…, das gebe ich zu", "Das räumen wir ein": content whose own verb, with its separated particle, is a conceding
    cue ("zugeben", "einräumen") said in the first person concedes what it says."""
    tokens = [t for span in found.content for t in span if not is_punct(t)]
    for k, t in enumerate(tokens):
        if not is_finite(t) or not any(u.lower_ in {"ich", "wir"} for u in tokens[max(0, k - 1) : k + 2]):
            continue
        # the particle closes the clause (tagged a preposition at a quote's end at times)
        particle = next((u for u in tokens[k + 1 : k + 4] if u.tag_ == "PTKVZ" or u.tag_.startswith("AP") and (
            u.i + 1 >= len(u.doc) or is_punct(u.doc[u.i + 1]))), None)
        if particle is None:
            continue
        lemma = data.verb_lemma(t.text, t.lemma_)  # joined with its particle by the lemmatiser at times ("zugeben")
        cue = data.verb_cues.get(lemma if lemma.startswith(particle.lower_) else particle.lower_ + lemma)
        if cue is not None and cue.stance == "concede":
            return True
    return False


def _tells_own_denial(found: Found, data: LanguageData) -> bool:
    """ "Ein Sprecher sagte, man weise den Bericht zurück": reported content whose own finite verb is a denying cue
    and whose subject is the speaker's side ("man", "wir") is a denial told in other words."""
    if found.kind not in {"Indirect", "IndirectFreeIndirect"} or not found.content:
        return False
    tokens = [t for span in found.content for t in span if not is_punct(t)]
    finite = next((k for k, t in enumerate(tokens[:MAX_PREFIELD_WORDS + 1]) if is_finite(t)), None)
    if finite is None:
        return False
    # the subject stands right before the finite verb ("man weise") or, after a fronted object, right after it
    # ("Den Bericht weise man zurück")
    beside = tokens[finite - 1 : finite] if finite == 1 else tokens[finite + 1 : finite + 2]
    cue = data.verb_cues.get(data.verb_lemma(tokens[finite].text, tokens[finite].lemma_))
    if any(t.lower_ in data.words.get("negation", ()) for t in tokens[finite:]):
        return False  # "man schließe menschliches Versagen nicht aus": not ruled out, held possible
    return any(t.lower_ in data.words.get("own_side_subject", ()) for t in beside) and cue is not None and cue.stance == "deny"


MAX_PREFIELD_WORDS = 4


def _link_no_question_of(found: list[Found], data: LanguageData) -> None:
    """ "Von einem Großbrand kann keine Rede sein" (`denial_phrase`): the content denies what another speaker said
    before it, whatever its cue: the nearest earlier statement of another speaker that names the topic ("Dort sei ein
    Großbrand ausgebrochen", up to 2 * REPORT_WINDOW sentences back), else the last one said at most NO_QUESTION_WINDOW sentences before."""
    for f in found:
        if f.refers_to is not None or f.stance in {"confirm", "concede"} or _speaker_of(f) is None:
            continue
        tokens = [t for span in f.content for t in span]
        lowered = [t.lower_ for t in tokens]
        at = denial_phrase_at(lowered, data)
        if at is None:
            at = _no_talk_of(tokens, data)
        if at is None:
            continue
        sents = text_sentences(tokens[0].doc)
        here = _sentence_index(sents, tokens[0].i)
        before = [g for g in found if g is not f and g.content_end <= f.content_start
                  and (_answers_another(f, g) or _hearsay_told_earlier(g, data) and not _in_headline(g))
                  and _head(g).stance not in {"deny", "confirm"}
                  and here - _sentence_index(sents, g.content[0].start) <= 2 * REPORT_WINDOW]
        topic = _content_stems(tokens[:at])
        # what was claimed of the topic, not another's negation of it ("Es gebe keine Vereinbarung, Glyphosat …")
        negation = data.negation_words()
        before = [g for g in before if not any(t.lower_ in negation for span in g.content for t in span)]
        named = [g for g in before if _shared_stems(topic, _content_stems([t for span in g.content for t in span]))]
        near = [_head(g) for g in before if here - _sentence_index(sents, g.content[-1].end - 1) <= NO_QUESTION_WINDOW]
        target = named[-1] if named else near[-1] if near else None
        if target is None:
            continue
        denies_by_content(f)
        f.refers_to = target


def denial_phrase_at(lowered: list[str], data: LanguageData) -> int | None:
    """Where a phrase that denies (`denial_phrase`) starts in the lowered words, or None; one with no negation of its
    own that is negated just before ("nicht aus der Luft gegriffen", "keineswegs an den Haaren herbeigezogen") holds
    what it speaks of true and denies nothing."""
    negation = data.negation_words()
    phrases = [p.split() for p in data.words.get("denial_phrase", ())]
    for k in range(len(lowered)):
        for p in phrases:
            if lowered[k : k + len(p)] != p:
                continue
            before = [w for w in lowered[max(0, k - 4) : k] if any(c.isalnum() for c in w)][-2:]
            if not set(p) & negation and set(before) & negation:
                continue
            return k
    return None


def _no_talk_of(tokens: list[Token], data: LanguageData) -> int | None:
    """ "Von Glyphosat sei „an keiner Stelle“ die Rede gewesen", "Davon war nie die Rede": "die Rede" of a form of
    "sein" negated before it in its clause (not "nicht nur") says what another speaker claimed was never said; the
    index of the negation, or None."""
    negation = data.negation_words()
    lowered = [t.lower_ for t in tokens]
    for k, word in enumerate(lowered):
        if word != "rede" or k == 0 or lowered[k - 1] != "die" or not any(t.lemma_ == "sein" for t in tokens):
            continue
        negated = [j for j in range(k - 1) if lowered[j] in negation and (j + 1 >= k or lowered[j + 1] != "nur")]
        if negated:
            return negated[0]
    return None


NO_QUESTION_WINDOW = 3  # sentences back to what "davon kann keine Rede sein" answers when it names no topic said


def _continue_answers(found: list[Found], data: LanguageData) -> None:
    """ "Der Minister wies diese Darstellung zurück: „Das ist falsch. …“", "Behrens wies das zurück. Ihr Mandant sei …
    im Urlaub gewesen": what continues a denial told as a speech act with only an object spells that denial out; it
    answers what the act answers, and denies. So does a negated continuation of words that call the claim false ("Das
    sei falsch, sagte die Sprecherin. „Es gab keine Schüsse.“"); an affirming one may say anything else."""
    negation = data.negation_words()
    for f in found:
        act = f.continues
        if act is None or f.refers_to is not None or act.stance != "deny" \
                or act.refers_to is None or f.stance in {"confirm", "concede"}:
            continue
        tokens = [t for span in f.content for t in span]
        if act.kind != "Reported" and not ("stance_of_cue" in act.extra and _calls_false(act, data)
                                           and any(t.lower_ in negation for t in tokens)
                                           and not declines_comment(tokens, data)):
            continue
        f.refers_to = act.refers_to
        denies_by_content(f)


def _link_restated_denials(found: list[Found]) -> None:
    """ "Moser hat Vorwürfe der FPÖ zurückgewiesen, sie habe … „Das ist eine infame Unterstellung“, sagte Moser": a
    statement that denies by its content and answers nothing yet, right after a denial by the same speaker (a name
    shared, or a pronoun in the next sentence), says that denial again: it answers what the denial answers, even
    when that claim is told only later in the article."""
    said = [g for g in found if g.speaker is not None]
    sents: list[Span] | None = None  # the Doc's sentences, built once when first needed
    for f in found:
        if f.stance != "deny" or "stance_of_cue" not in f.extra or f.refers_to is not None or f.speaker is None:
            continue
        before = [g for g in said if g.content_end <= f.content_start and g is not f]
        if not before:
            continue
        g = max(before, key=lambda g: g.content_end)
        if g.stance != "deny" or g.refers_to is None:
            continue
        names = {t.lower_ for t in g.speaker if t.tag_ == "NE"}
        if sents is None and f.cue:
            sents = text_sentences(f.cue[0].doc)
        pronoun_next = len(f.speaker) == 1 and f.speaker[0].tag_ == "PPER" and bool(f.cue) and bool(sents) and \
            _sentence_index(sents, f.speaker.start) - _sentence_index(sents, g.speaker.start) <= 1
        if names & {t.lower_ for t in f.speaker if t.tag_ == "NE"} or pronoun_next:
            f.refers_to = g.refers_to


def _link_negated_restatements(found: list[Found], data: LanguageData) -> None:
    """ "Der Angeklagte hat alle Vorwürfe bestritten. [Die Staatsanwaltschaft wirft ihm vor, mit gefälschten Angaben
    … erschlichen zu haben.] „Ich habe nie falsche Angaben gemacht“, sagte der Angeklagte": the denier's next
    statement, negated and naming a thing of the claim denied (a content noun in common), says the denial again in
    its own words: it answers that claim and denies. An affirming one ("Sein Steuerberater habe …") answers nothing."""
    negation = data.negation_words()
    said = [g for g in found if g.speaker is not None]
    for f in found:
        if f.stance != "assert" or f.refers_to is not None or f.speaker is None or not f.cue or f.continues is not None:
            continue
        before = [g for g in said if g.content_end <= f.content_start and g is not f]
        if not before:
            continue
        own = [g for g in before if g.speaker.text.lower() == f.speaker.text.lower()]
        if not own:
            continue
        g = max(own, key=lambda g: g.content_end)
        # only the claim itself may stand between ("Die Staatsanwaltschaft wirft dem … vor, …")
        between = [h for h in before if h.content_start >= g.content_end]
        if g.stance != "deny" or g.refers_to is None or any(_head(h) is not g.refers_to for h in between):
            continue
        tokens = [t for span in f.content for t in span]
        if not any(t.lower_ in negation for t in tokens):
            continue
        claim = [t for span in g.refers_to.content for t in span]
        if _shared_stems(_content_stems(tokens), _content_stems(claim)):
            f.refers_to = g.refers_to
            denies_by_content(f)


def _link_coordinated_answers(found: list[Found], data: LanguageData) -> None:
    """ "Die Botschaft wies den Bericht zurück und sprach von einer Kampagne": a statement whose cue is joined by
    "und" to a denial's under the same subject goes on with that denial when it characterises what was said
    (`characterising_cue`) or denies; it answers what the denial answers, and denies (not an announcement or demand
    joined so, "… und kündigte Klage an", nor thanks, "… und dankte den Helfern")."""
    characterising = data.words.get("characterising_cue", frozenset())
    for g in found:
        if g.refers_to is not None or not g.cue or g.speaker is None or g.stance not in {"assert", "deny"} \
                or g.stance == "assert" and g.lemma not in characterising:
            continue
        doc = g.cue[0].doc
        for f in found:
            if f is g or f.stance != "deny" or f.refers_to is None or not f.cue or f.speaker is None \
                    or (f.speaker.start, f.speaker.end) != (g.speaker.start, g.speaker.end) or f.cue[-1].i >= g.cue[0].i:
                continue
            between = doc[max(f.cue[-1].i, f.content[-1].end - 1) + 1 : g.cue[0].i]
            if len(between) == 1 and between[0].lower_ == "und":
                g.refers_to = f.refers_to
                denies_by_content(g)
                break


def _link_press_report_told_after(found: list[Found], data: LanguageData) -> None:
    """ "Der FC Bayern hat Gespräche bestätigt, eine Einigung aber dementiert. „…“, sagte Freund. Das Fachmagazin
    „Kicker“ hatte gemeldet, der Wechsel sei perfekt": a denial by its cue that nothing linked yet answers the press
    report told after it as earlier (a press verb in the pluperfect): the first statement told as earlier after it,
    a few sentences on (what the denier's side says in between is told in the simple past). So does an accusation
    told so ("Eder hat bestritten, von einem Gutachten gewusst zu haben. … Die CDU-Fraktion hatte ihr vorgeworfen,
    Warnungen ignoriert zu haben"), also after a denial spelled out in a clause."""
    for f in found:
        if f.stance != "deny" or f.refers_to is not None or not f.cue or f.kind not in {"Reported", "Indirect"} \
                or _in_headline(f):
            continue
        sents = text_sentences(f.cue[0].doc)
        here = _sentence_index(sents, f.cue[0].i)
        for g in found:
            if g.content_start <= f.content_end:
                continue
            if g.stance in {"deny", "confirm"} and g.refers_to is not None:
                break  # another answer between ("schloss einen Stellenabbau aus. Einen Bericht …, wies sie zurück")
            if g.via is not None or _speaker_of(g) is None or not g.cue or not _pluperfect(g, data):
                continue  # the denier goes on ("„…“, sagte Sportdirektor Freund")
            if not _answers_another(f, g):
                break
            if _sentence_index(sents, g.content[0].start) - here <= REPORT_WINDOW and g.cue \
                    and (g.stance == "claim" or f.kind == "Reported" and g.stance not in {"deny", "confirm"}
                         and g.lemma in data.words.get("press_verb", ())):
                f.refers_to = g
            break


NEGATED_NOUN_DETERMINERS = {"kein", "keine", "keinen", "keinem", "keiner", "keines"}


def _negated_nouns(f: Found) -> list[Token]:
    """ "kein einziges Flugzeug wurde beschädigt", "sind keine Kundendaten abgeflossen": the nouns of an event the
    content says did not happen, negated with "kein" before a past participle."""
    nouns = []
    for span in f.content:
        for k, t in enumerate(span):
            if t.lower_ not in NEGATED_NOUN_DETERMINERS or t.tag_ != "PIAT":
                continue
            for u in span[k + 1 : k + 4]:  # "kein einziges Flugzeug", "keine weiteren Kundendaten"
                if u.tag_ in {"NN", "NE"} and any(v.tag_ == "VVPP" for v in span[u.i - span.start + 1 :]):
                    nouns.append(u)  # an event that did not happen: "… wurde beschädigt", "… sind abgeflossen"
                if u.tag_ not in {"ADJA", "ADV", "CARD"}:
                    break
    lowered = {t.lower_ for span in f.content for t in span}
    # "keine Marille mehr", "Ohne Lehrkräfte lasse sich keine Lesezeit organisieren": no end, no condition
    return [] if lowered & {"mehr", "ohne"} else nouns


def _negated_existence_nouns(f: Found, data: LanguageData) -> list[Token]:
    """ "Kontakt zu Wendt gebe es nicht", "Es gibt keine Gespräche mit Wendt": the nouns of what the content says does
    not exist, a verb of existence (`existence_verb`) with "es" and a negation closing the clause or "kein" before
    the nouns; none in a longer clause, where the negation may belong elsewhere."""
    tokens = [t for span in f.content for t in span if not is_punct(t)]
    # ("Eine Friedenspflicht gibt es seit dem 1. Juni nicht mehr": "nicht mehr" closes it too, after a time)
    no_more = len(tokens) > 1 and tokens[-2].tag_ == "PTKNEG" and tokens[-1].lower_ == "mehr"
    if not tokens or len(tokens) > (10 if no_more else 8) \
            or not any(t.lemma_.lower() in data.words.get("existence_verb", ()) and t.tag_.endswith("FIN")
                       for t in tokens) \
            or not any(t.lower_ == "es" for t in tokens):
        return []
    negated = tokens[-1].tag_ == "PTKNEG" or no_more or any(t.lower_ in NEGATED_NOUN_DETERMINERS for t in tokens)
    return [t for t in tokens if t.tag_ in {"NN", "NE"}] if negated else []


def _link_negated_nouns(found: list[Found], data: LanguageData) -> None:
    """ "Die Separatisten erklärten, ihre Raketen hätten drei Kampfhubschrauber zerstört. … kein einziger Hubschrauber
    sei getroffen worden, sagte der Armeesprecher": a statement that negates with "kein" the very thing another side
    claimed before (its noun, compounds included) denies that claim. The claim is the last such statement a few
    sentences back, or one told after it as earlier ("hatte berichtet, … Das Ministerium habe ein Modell berechnen
    lassen"); a speaker of the same side (a compound of its name, "Feuerwehrsprecher") answers nothing."""
    negation = data.negation_words()
    privative = data.words.get("privative_preposition", frozenset())
    for f in found:
        if f.refers_to is not None or f.stance != "assert" or not f.content or f.kind == "Reported":
            continue
        own = _speaker_of(f)
        negated = {t.lower_ for t in _negated_nouns(f) if len(t.text) >= 4}
        # ("Kontakt zu Wendt gebe es nicht" after "… habe sich geeinigt. Als Nachfolger sei Tobias Wendt im Gespräch")
        existence = not negated
        if existence and f.continues is not None and _head(f).stance == "deny":
            continue  # "wies den Bericht zurück: „Es gibt keine Gespräche mit Tessag.“" spells that denial out
        negated = negated or {t.lower_ for t in _negated_existence_nouns(f, data) if len(t.text) >= 4}
        if own is None or not negated:
            continue
        sents = text_sentences(f.content[0].doc)
        here = _sentence_index(sents, f.content[0].start)
        own_nouns = _content_stems(list(own))
        claims = []
        for g in found:
            other = _speaker_of(g)
            if g is f or other is None or g.stance in {"deny", "confirm"} \
                    or g.content_end > f.content_start and not _pluperfect(_head(g), data) \
                    or g.kind == "Reported" \
                    or not _answers_another(f, g) or _shared_stems(own_nouns, _content_stems(list(other))) \
                    or here - _sentence_index(sents, g.content[0].start) > REPORT_WINDOW:
                continue
            claimed = [t for span in g.content for t in span]
            # ("Verdi habe sich nicht an die Friedenspflicht gehalten" negates a deed, not that there is one)
            if existence and any(t.lower_ in negation for t in claimed) and (
                    any(t.lower_.startswith("kein") for t in claimed)
                    or any(t.lemma_.lower() in data.words.get("existence_verb", ()) for t in claimed)):
                continue  # "Es gebe keine Alternative": who says there is none too agrees
            if any(t.lower_ in privative and _shared_stems(negated, _content_stems(claimed[k + 1 : k + 4]))
                                 for k, t in enumerate(claimed)):
                continue  # "Es habe keine Warnung gegeben" after "… ohne Vorwarnung aufgelöst": she agrees
            if _shared_stems(negated, _content_stems(claimed)):
                claims.append(g)
        if claims:
            f.refers_to = claims[-1]
            denies_by_content(f)


ADJECTIVE_ENDINGS = frozenset({"e", "en", "er", "es", "em"})  # "die Falschen", "das Falsche"


def _called_a_false_accusation(tokens: list[Token], data: LanguageData) -> bool:
    """ "Das sind absurde Anschuldigungen", "Das ist eine haltlose Behauptung": what was just said ("das") is called
    an accusation or report that a word of falsity qualifies."""
    falsity = {w.lower() for w in data.words.get("falsity", ())}
    said = data.words.get("accusation_noun", frozenset()) | data.words.get("report_noun", frozenset())
    if len(tokens) < 4 or tokens[0].lower_ not in {"das", "dies"} or tokens[1].lemma_ != "sein":
        return False
    return any(t.tag_ == "ADJA" and adjective_stem(t.lower_) in falsity and tokens[k + 1].text in said
               for k, t in enumerate(tokens[2:-1], start=2))


def _calls_false(found: Found, data: LanguageData) -> bool:
    words = data.words
    falsity, negation = words.get("falsity", frozenset()), words.get("negation", frozenset())
    tokens = [t for span in found.content for t in span]
    if _none_of_it_true(tokens, data):
        return True
    if _called_a_false_accusation(tokens, data):
        return True
    for k, t in enumerate(tokens):
        if _negated_truth(tokens, k, data) or _negated_agreement(tokens, k, data):
            # "einen Bericht als „nicht zutreffend“ bezeichnet", "Das sei nicht richtig": what is called untrue is a
            # report or what was just said ("das"), not a thing to be done ("Es sei nicht richtig, zu …")
            subject = next((x for x in tokens if not is_punct(x)), None)
            # "Es stimme nicht, dass die Firma pleite sei": the dass-clause is what is called untrue
            that = subject is not None and subject.lower_ == "es" and t.lower_ not in data.words.get("norm_truth", ()) \
                and any(x.lower_ == "dass" for x in tokens[k + 1 : k + 5])  # not "nicht richtig, dass wir schweigen"
            return subject is not None and (subject.lower_ in {"das", "dies"} or _names_report(tokens, data) or that)
        if not (t.text in falsity or t.lemma_ in falsity or t.text.lower() in falsity
                or falsity_compound(t, data) and any(x.lemma_ == "sein" for x in tokens[:k])):
            continue
        if t.tag_ == "ADJA":
            continue  # "das falsche Signal" describes, it does not call anything false
        if t.text[:1].isupper() and k >= 1 and tokens[k - 1].tag_ == "ART" and any(
                w[:1].islower() and t.lower_.startswith(w) and t.lower_[len(w):] in ADJECTIVE_ENDINGS for w in falsity):
            continue  # "Die Rechnung zahlen wieder die Falschen": an adjective made a noun names who, not a falsity
        if t.tag_ == "NN" and k >= 2 and tokens[k - 1].lower_ in {"der", "des"} and tokens[k - 2].tag_ == "NN":
            continue  # "gegen die Verbreitung der Falschmeldung": a genitive attribute names a false report
        if any(x.lower_ in negation for x in tokens[max(0, k - 3) : k]):
            continue  # "nicht falsch"
        if t.tag_ == "NN" and all(is_punct(x) or x.tag_ in {"ART", "PDAT", "PIAT", "ADJA", "PWS"} for x in tokens[:k]) \
                and any(x.tag_ in {"VVFIN", "VMFIN", "VAFIN"} for x in tokens[k + 1 :]):
            continue  # the subject, not the predicate: "Solche Falschmeldungen sollten … untergraben", "Wer Lügen
            # verbreitet, …" speak of false reports without calling anything false
        subject = next((x for x in tokens if not is_punct(x)), None)
        # "Dass jeder dritte Patient ein MRT bekommt, ist falsch": the clause before the predicate is what is called false
        clause = subject is not None and subject.lower_ == "dass" and k >= 2 \
            and any(x.lemma_ == "sein" for x in tokens[k - 3 : k]) and any(x.text == "," for x in tokens[:k])
        return subject is not None and (subject.lower_ in words.get("denied_subject", ()) or _names_report(tokens, data)
                                        or t.tag_ == "NN" or clause)
    return False


def _none_of_it_true(tokens: list[Token], data: LanguageData) -> bool:
    """ "Kein Wort davon ist wahr", "Nichts davon stimmt", "Nichts daran trifft zu": a subject saying none of what
    was said (`none_of_it` before `part_back_reference`) with a word or verb of truth (`truth`, `truth_verb`)."""
    words = [t for t in tokens if not is_punct(t)]
    lowered = [t.lower_ for t in words]
    back = next((k for k, w in enumerate(lowered[:3]) if w in data.words.get("part_back_reference", ())), None)
    if back is None or not set(lowered[:back]) & data.words.get("none_of_it", frozenset()):
        return False
    rest = words[back + 1 : back + 5]
    return any(t.lower_ in data.words.get("truth", ()) or t.lemma_.lower() in data.words.get("truth_verb", ())
               or t.lower_ in data.words.get("truth_verb", ()) or t.lemma_ == "treffen" for t in rest)


def falsity_compound(t: Token, data: LanguageData) -> bool:
    """ "Desinformationskampagne", "Lügengeschichte", "Propagandalüge": a noun compounded of a word of falsity
    (`falsity_compound_part`) at its start or end; it calls something false as the predicate of "sein" ("Das ist eine
    Propagandalüge"), not as any object ("eine Studie zur Desinformationsabwehr")."""
    word = t.lower_
    return t.tag_ in {"NN", "NE"} and any(len(word) > len(p) + 3 and (word.startswith(p) or word.endswith(p))
                                          for p in data.words.get("falsity_compound_part", ()))


def _negated_truth(tokens: list[Token], k: int, data: LanguageData) -> bool:
    """ "nicht zutreffend", "nicht richtig", "wenig glaubwürdig": a predicative word of truth (`truth`) right after
    "nicht" or a word that all but negates it (`weak_negation`)."""
    t = tokens[k]
    return (t.lower_ in data.words.get("truth", ()) and t.tag_ in {"ADJD", "ADV"} and k > 0
            and (tokens[k - 1].lower_ == "nicht" or tokens[k - 1].lower_ in data.words.get("weak_negation", ())))


def _negated_agreement(tokens: list[Token], k: int, data: LanguageData) -> bool:
    """ "Das stimmt nicht", "Das trifft nicht zu": a verb saying that something agrees with the facts (`truth_verb`)
    negated right after it."""
    t = tokens[k]
    lemma = t.lemma_.lower()
    verbs = data.words.get("truth_verb", frozenset())
    if t.tag_.startswith("V") and lemma in data.words.get("fact_agreement_verb", ()) and any(
            x.text in data.words.get("fact_noun", ()) for x in tokens[k + 1 : k + 6]):
        return any(x.lower_ == "nicht" for x in tokens[k + 1 : k + 3])  # "Das entspricht nicht den Tatsachen"
    if not t.tag_.startswith("V") or not (lemma in verbs or t.lower_ in verbs):
        # "trifft nicht zu": the particle closes the clause (tagged a preposition at a quote's end)
        if not (lemma == "treffen" and any(x.lower_ == "zu" and (j + 1 == len(tokens) or is_punct(tokens[j + 1]))
                                           for j, x in enumerate(tokens[k + 1 : k + 4], start=k + 1))):
            return False
    return any(x.lower_ == "nicht" for x in tokens[k + 1 : k + 3])


def _names_report(tokens: list[Token], data: LanguageData) -> bool:
    reports = data.words.get("report_noun", frozenset())
    endings = tuple(r.lower() for r in reports)
    return any(t.text in reports or t.lemma_ in reports or t.text.rsplit("-", 1)[-1] in reports
               or t.tag_ == "NN" and t.lower_.endswith(endings) for t in tokens)  # "Spendenvorwürfe"


def _link_reports(found: list[Found], data: LanguageData) -> None:
    """A denial or confirmation of a report answers the report's statement, before or after it: "Die Bahn hat einen
    Bericht des „Spiegel“ … zurückgewiesen. … Der „Spiegel“ hatte berichtet, …", "bestätigte den Bericht", "Der
    Bericht sei falsch" (kept as extra "calls_false", not refers_to: its cue answers nothing). The report is the
    statement whose speaker the answer's content names, else the nearest statement made with a reporting verb
    (report_verb) by another speaker."""
    for f in found:
        # a quote going on with a statement ("„Die Behauptung Moskaus ist eine Lüge.“") calls a report false as well
        if f.stance not in {"deny", "confirm"} or f.refers_to is not None or not f.cue and (
                f.continues is None or "stance_of_cue" not in f.extra or not _falsity_named(f, data)):
            continue
        tokens = [t for span in f.content for t in span]
        if _stands_for_what_was_said(tokens):
            continue  # "nannte das eine Schutzbehauptung": the demonstrative answers what was just said (by topic)
        inside = _spoken_inside(f, found)
        if inside is not None:  # "dementierte einen Bericht, wonach …"
            f.refers_to = inside
            if inside.lemma in data.words.get("report_verb", ()) and inside.content_start > f.content_end:
                f.content = list(inside.content)  # denied is what the report says, as "…, was X dementierte"
            continue
        if tokens[0].lower_ in data.words.get("complementizer", ()) and "stance_of_cue" not in f.extra:
            continue  # "bestätigte, dass der Wetterbericht keine Gewitter angekündigt hatte": a report told in the
            # confirmed clause is part of the fact confirmed, no report answered
        if not _names_report(tokens, data):
            object_ = _object_before_cue(f)
            if not _names_report(object_, data):
                continue
            # "China hat Vorwürfe aus Washington zurückgewiesen, es drossele …": the clause says what the denied
            # report says; the answer is to that report
            tokens, f.kind = object_, "Reported"
        report = _report_named(f, tokens, found, data)
        if "stance_of_cue" in f.extra and f.kind != "Reported" and "told_denial" not in f.extra \
                and f.stance != "confirm":  # "„Der Bericht ist zutreffend“, sagte X" confirms the report it names
            # "Berichte … seien falsch, sagte X": X calls the report false but answers no statement by its cue;
            # the contradiction is kept (whosaid_contradictions reads it), refers_to is left for cue answers; a cue
            # whose object is the report answers it ("hat einen Bericht als „nicht zutreffend“ bezeichnet")
            f.extra["calls_false"] = report
        else:
            f.refers_to = report


def _falsity_named(f: Found, data: LanguageData) -> bool:
    """Content that calls something false by a word of falsity ("ist eine Lüge", "sei frei erfunden")."""
    falsity = data.words.get("falsity", frozenset())
    return _calls_false(f, data) and any(t.text in falsity or t.lower_ in falsity for span in f.content for t in span)


def _object_before_cue(f: Found) -> list[Token]:
    """The words between a cue's auxiliary and its participle that are neither speaker nor content: the object of
    "hat Vorwürfe aus Washington zurückgewiesen, es …"."""
    if not f.cue_helpers or f.cue[-1].i <= f.cue_helpers[0].i:
        return []
    doc = f.cue[0].doc
    taken = {t.i for span in f.content for t in span} | ({t.i for t in f.speaker} if f.speaker is not None else set())
    return [t for t in doc[f.cue_helpers[0].i + 1 : f.cue[-1].i] if t.i not in taken]


def _source_words(tokens: list[Token], data: LanguageData) -> set[str]:
    """The words naming who reported, in the genitive or von-phrase right after the report noun: "Bericht des
    „Spiegel“", "Berichte der Zeitung „Kurier“", "einen „Bild“-Bericht"; not the topic after "über"."""
    reports = data.words.get("report_noun", frozenset())
    words: set[str] = set()
    for k, t in enumerate(tokens):
        head = t.text.rsplit("-", 1)
        if len(head) == 2 and head[1] in reports:  # "Spiegel-Bericht"
            words.add(head[0].strip(QUOTE_CHARS).lower())
        if (t.text in reports or t.lemma_ in reports) and k > 0 and tokens[k - 1].tag_ == "ADJA" \
                and _adjective_stem(tokens[k - 1]).endswith("isch"):
            words.add(_adjective_stem(tokens[k - 1]))  # "russische Angaben": the Russian side reported
        if not (t.text in reports or t.lemma_ in reports) or k + 1 >= len(tokens):
            continue
        after = tokens[k + 1]
        if after.tag_ == "NE" and after.text.endswith("s") and len(after.text) > 4:
            words.add(after.text[:-1].lower())  # "Vorwürfe Äthiopiens": a name in the genitive reported
            continue
        if after.lower_ not in {"des", "der", "von", "vom", "aus"}:  # "Vorwürfe aus Washington"
            continue
        for u in tokens[k + 2 : k + 8]:
            if u.tag_ in {"APPR", "APPRART", "KON", "$,"} or u.text in {",", "über", "zu"}:
                break
            if u.text[:1].isupper() and u.tag_ in {"NN", "NE", "FM"}:
                words.update(w.strip(QUOTE_CHARS).lower() for w in u.text.replace("-", " ").split())
    return {w for w in words if w}


def _same_kind_named(source_words: set[str], speaker: Span, data: LanguageData) -> bool:
    """ "Vorwürfe der Supermarktkette Hofmann" … "Die Handelskette hatte erklärt": the source named by a compound of
    an organisation's kind speaks as another compound of that kind."""
    kinds = tuple(n.lower() for n in data.org_nouns if len(n) >= 5)
    heads = {k for w in source_words for k in kinds if w.endswith(k) and w != k}
    return any(t.tag_ == "NN" and t.lower_ != head and t.lower_.endswith(head) for t in speaker for head in heads)


def _head_of_source(source_words: set[str], speaker: Span) -> bool:
    """ "Vorwürfe der Bundeswettbewerbsbehörde" … "Die Behörde wirft dem Unternehmen vor": the source named again by
    the head of its compound after a definite article."""
    words = [t for t in speaker if not is_punct(t)]
    return len(words) == 2 and words[0].lower_ in {"der", "die", "das"} and words[1].tag_ == "NN" \
        and len(words[1].text) >= 5 and any(w != words[1].lower_ and w.endswith(words[1].lower_) for w in source_words)


def _adjective_stem(token: Token) -> str:
    """ "äthiopisch" of "äthiopische": a country adjective's stem, other words as written."""
    stem = adjective_stem(token.lower_)
    return stem if stem.endswith("isch") else token.lower_


def _pluperfect(found: Found, data: LanguageData) -> bool:
    """ "Das Ministerium hatte mitgeteilt": the cue's auxiliary is a past "haben" or "sein"."""
    return any(t.lower_ in data.words.get("pluperfect_auxiliary", ()) for t in found.cue_helpers)


def _report_named(answer: Found, tokens: list[Token], found: list[Found], data: LanguageData) -> Found | None:
    doc = tokens[0].doc
    if any(t.text in data.words.get("denial_noun", ()) for t in tokens):
        # "Egger sagte, das Dementi sei „nicht glaubwürdig“": the last denial of another speaker before it
        denials = [g for g in found if g.stance == "deny" and g.cue and g.content_end <= answer.content_start
                   and g.speaker is not None and _answers_another(answer, g)]
        return _head(denials[-1]) if denials else None
    source_words = _source_words(tokens, data)
    # "eines Berichts des „Manager Magazins“": the genitive's name is the outlet's ("Das Magazin hatte berichtet")
    source_words |= {w[:-1] for w in source_words if len(w) > 4 and w.endswith("s") and not w.endswith("ss")}
    # "Vorwürfe der Vetternwirtschaft": a genitive offence says what is charged, not who charges; the report is then
    # an accusation ("wirft ihm vor"), not any statement near it
    charged = source_words & {w.lower() for w in data.words.get("charge_noun", ())}
    source_words -= charged
    sents = text_sentences(doc)
    here = _sentence_index(sents, tokens[0].i)
    window = {s.start for s in sents[max(0, here - REPORT_WINDOW) : here + REPORT_WINDOW + 1]}
    own = answer.speaker.text.lower() if answer.speaker is not None else None
    # "Vorwürfe der Kette" answer the party that made them before the press that reported them
    accusation = any(t.text in data.words.get("accusation_noun", ()) for t in tokens)
    # "stehe zu der Meldung": a report of the press is one told with a reporting verb or named so, or hearsay of
    # unnamed circles ("Aus Regierungskreisen war verlautet"), not any statement told in the pluperfect ("Der
    # Sportdirektor hatte erklärt, …")
    media_noun = any(t.text in data.words.get("media_report_noun", ()) for t in tokens)
    # "wies die Forderung zurück": the speech acts the answer names by their nouns
    named_acts = {data.noun_cues.get(t.lemma_) or data.noun_cues.get(t.text) for t in tokens if t.tag_ == "NN"}
    candidates = []
    for g in found:
        if g is not answer and g.speaker is None and _hearsay_told_earlier(g, data):
            # "In sozialen Netzwerken war behauptet worden, …": hearsay of no one, told as earlier, is the report
            # an answer naming no source denies ("die Angaben der Klinik" name a source)
            if not source_words and sentence_of(doc, g.content[0].start).start in window:
                candidates.append((True, False, False, abs(g.content_start - answer.content_start), g))
            continue
        if g is answer or g.stance in {"deny", "confirm"} or g.speaker is None or g.speaker.text.lower() == own \
                or _compound_names_side(answer.speaker, g.speaker):
            continue
        if sentence_of(doc, g.speaker.start).start not in window:
            continue
        if _said_by_pronoun(g) and g.content_start > answer.content_end:
            continue  # "… wies die Version zurück. „Dünger explodiert nicht“, schrieb er": the answerer goes on
        if not _account_or_named(g, named_acts):
            continue  # "Die Staatsanwaltschaft hatte drei Jahre Haft gefordert" is no report "die Vorwürfe" deny
        # "der Darstellung des Ministeriums" names "das Innenministerium" by the head of its compound
        named = bool(source_words & ({t.lower_ for t in g.speaker} | {t.lemma_.lower() for t in g.speaker}
                                     | {_adjective_stem(t) for t in g.speaker if t.tag_ == "ADJA"})) \
            or _same_kind_named(source_words, g.speaker, data) \
            or any(t.tag_ == "NN" and t.lower_.endswith(w) for t in g.speaker for w in source_words if len(w) >= 6) \
            or _spokesperson_of_source(g.speaker, source_words, data) or _head_of_source(source_words, g.speaker)
        # a report, or a statement told before the answer in the pluperfect ("hatte mitgeteilt")
        reporting = g.lemma in data.words.get("report_verb", ()) \
            or _pluperfect(g, data) and (not media_noun or _hearsay_group(g.speaker, data)) \
            or _names_report(list(g.speaker), data) and not _own_account(g.speaker)
        # "heißt es in einem vertraulichen Bericht der Behörde"; "nach eigenen Angaben" is the subject's own word
        if not named and g.content_start > answer.content_end and not g.cue_helpers and g.cue \
                and g.cue[0].tag_.startswith("AP"):
            continue  # "… wies die Vorwürfe zurück. … Nach UN-Angaben sind zwölf Millionen geflohen": hearsay of no
            # named source told after the answer is background, no report it answers
        if named or reporting:
            # the outer report rather than a source it cites ("berichtet unter Berufung auf Unterlagen")
            press = accusation and g.lemma in data.words.get("press_verb", ())
            candidates.append((not named, press, g.via is not None, abs(g.content_start - answer.content_start), g))
    if source_words and not any(not c[0] for c in candidates):
        # the source named ("Vorwürfe aus Washington") speaks under another name ("Die US-Regierung hatte …"):
        # only a statement told as earlier, in the pluperfect, is taken for it; a press report only when the answer
        # names a report of the press or accusations (which the press carries), or the report speaks of the source
        # ("die Kritik aus München" is not what "Der „Standard“ hatte berichtet", about a night ban)
        media = data.words.get("media_report_noun", frozenset())
        named_press = any(t.text in media or t.text.rsplit("-", 1)[-1] in media for t in tokens)
        candidates = [c for c in candidates if _pluperfect(c[-1], data) and (
            named_press or accusation or c[-1].lemma not in data.words.get("press_verb", ())
            or source_words & _content_stems([t for span in c[-1].content for t in span]))]
    if charged:
        candidates = [c for c in candidates if c[-1].stance == "claim"]
    if not candidates:
        return None
    report = min(candidates, key=lambda c: c[:-1])[-1]
    return _words_of_characterisation(report, found, data) or report


def _words_of_characterisation(act: Found, found: list[Found], data: LanguageData) -> Found | None:
    """ "Bürgermeister Jens Wolfram hat das Verwaltungsgericht scharf kritisiert. Das Gericht habe die Lage
    unterschätzt, sagte Wolfram": a characterising act told with only its object (`characterising_cue`) is said in
    the words its speaker gives next, in the sentence after it (a name of the act's speaker, or a pronoun, says them);
    those words are what an answer to it ("wies die Kritik des Bürgermeisters zurück") answers."""
    if act.kind != "Reported" or act.lemma not in data.words.get("characterising_cue", ()) or act.speaker is None:
        return None
    names = {t.text for t in act.speaker if t.tag_ == "NE"}
    sents = text_sentences(act.content[0].doc)
    here = _sentence_index(sents, act.content[-1].end - 1)
    after = [g for g in found if g.content_start >= act.content_end and g.speaker is not None and g.cue
             and g.kind != "Reported" and _sentence_index(sents, g.content[0].start) - here <= 1]
    if not after:
        return None
    said = after[0]
    return said if names & {t.text for t in said.speaker} or _said_by_pronoun(said) else None


def _hearsay_told_earlier(g: Found, data: LanguageData) -> bool:
    """ "Im Netz war behauptet worden, …", "In einer Chatgruppe war verbreitet worden, …": a statement of no speaker,
    not continuing another's, made with a reporting verb in the pluperfect passive."""
    return g.continues is None and g.via is None and bool(g.cue) and _pluperfect(g, data) \
        and g.lemma in data.words.get("report_verb", ()) and g.stance not in {"deny", "confirm"} \
        and g.cue[-1].i + 1 < len(g.cue[-1].doc) and g.cue[-1].doc[g.cue[-1].i + 1].lower_ == "worden"


def _spokesperson_of_source(speaker: Span, source_words: set[str], data: LanguageData) -> bool:
    """ "Kommissionssprecher Jan Olsen" for "der EU-Kommission", "Ministeriumssprecherin" for "des Ministeriums": a
    spokesperson compound (`spokesperson_head`) made of the source's name, with or without the linking "s"."""
    heads = data.words.get("spokesperson_head", frozenset())
    for t in speaker:
        word = t.lower_.replace("-", "")
        head = next((h for h in sorted(heads, key=len, reverse=True) if word.endswith(h)), None)
        if t.tag_ not in {"NN", "NE"} or head is None:
            continue
        kind = word[: -len(head)]
        if any(len(w) >= 4 and kind in {w, w + "s"} for w in source_words):
            return True
    return False


def _hearsay_group(speaker: Span, data: LanguageData) -> bool:
    """ "Regierungskreise", "aus Diplomatenkreisen": unnamed circles whose word the press reports."""
    endings = tuple(data.words.get("hearsay_group_ending", ()))
    return bool(endings) and any(t.lower_.endswith(endings) for t in speaker)


def _compound_names_side(speaker: Span | None, other: Span) -> bool:
    """ "WFP-Sprecherin Leila Haddad" and "Das WFP": a compound of the speaker names the other speaker's name; they
    are one side, and the one answers no report of the other."""
    if speaker is None:
        return False
    parts = {p.lower() for t in speaker if "-" in t.text for p in t.text.split("-")[:-1] if len(p) >= 2}
    return bool(parts & {t.lower_ for t in other if t.tag_ in {"NN", "NE"}})


def _own_account(speaker: Span) -> bool:
    """ "nach eigenen Angaben": the subject's own account, no report of a third party."""
    return any(t.lemma_.lower() == "eigen" or t.lower_.startswith("eigene") for t in speaker)


def _link_denials_by_topic(found: list[Found], data: LanguageData) -> None:
    """A denial that names no report answers the statement of another speaker near it that it takes up: "Ein
    Vereinssprecher nannte das »völligen Unsinn«" the statement just before; "Die Ukraine hat zurückgewiesen, sie
    habe das Atomkraftwerk angegriffen … Die Kraftwerksleitung hatte erklärt, eine ukrainische Drohne habe das
    Dach … getroffen" the one, before or after, that shares most content words with it."""
    for f in found:
        if f.stance != "deny" or f.refers_to is not None or not f.cue or f.speaker is None:
            continue
        doc = f.cue[0].doc
        sents = text_sentences(doc)
        here = _sentence_index(sents, f.cue[0].i)
        own = f.speaker.text.lower()
        others = [g for g in found if g is not f and g.stance not in {"deny", "confirm"} and g.speaker is not None
                  and g.speaker.text.lower() != own and g.continues is None and not _in_headline(g)]
        tokens = [t for span in f.content for t in span]
        no_evidence = _no_evidence_for_it(f, data)
        # ("Es gebe keine solchen Pläne": the determiner points back at what was said just before, as "das" does)
        if _stands_for_what_was_said(tokens) or no_evidence or _negates_what_was_reported(f, data):
            # "nannte das »völligen Unsinn«", "Dafür gibt es keine Belege": the demonstrative stands for what was said just before; a continuation
            # just before stands for the statement it continues ("X sagte, … Er sei … Y nannte das Unsinn"), unless
            # that is a quote and the continuation reports what happened ("„Die Geduld ist am Ende“, sagte X. Das
            # Unternehmen verweigere Verhandlungen. Y wies das zurück": the report, not the quote)
            # "In Chats wurde behauptet, … Dafür gebe es keine Belege": no evidence answers a claim of no one too
            # (a report continuing a denying quote says what happened, and may be denied in turn: "„Das ist
            # falsch“, sagte er. Der Konzern habe kein Angebot vorgelegt. Der Konzern bestritt auch das")
            answerable = [g for g in found if g is not f and (_head(g).stance not in {"deny", "confirm"}
                                                              or _reports_after_quote(g) and g.stance == "assert")
                          and (_speaker_of(g) is not None and _speaker_of(g).text.lower() != own
                               or no_evidence and g.cue and g.speaker is None and g.continues is None)
                          and not _in_headline(g)]
            # counted from where the demonstrative stands: "»Das ist Unsinn. Der i5 läuft …«, sagte X" takes up the
            # sentence before the quote, however long the quote runs on to its cue
            opens = _sentence_index(sents, tokens[0].i)
            # (a content of two sentences counts from its last: "Die Bahn habe … vorgelegt. Die Gewerkschaft sei …
            # gesprächsbereit gewesen. Die Bahn bestritt auch das")
            before = [g if _reports_after_quote(g) else _head(g) for g in answerable if g.content_end <= tokens[0].idx
                      and min(here, opens) - _sentence_index(sents, g.content[-1].end - 1) <= 1]
            f.refers_to = before[-1] if before else None
            # "Das Bundesamt hat Aussagen eines Nationalrats zurückgewiesen, … «Das ist schlicht falsch», sagte die
            # Sprecherin": right after a denial that answers a statement, "das" is what that denial denied
            last = [g for g in found if g is not f and g.content_end <= tokens[0].idx]
            prior = last[-1] if last else None
            if prior is not None and prior.stance == "deny" and prior.refers_to is not None \
                    and prior.refers_to is not f and (f.refers_to is None or f.refers_to.content_end <= prior.content_start) \
                    and min(here, opens) - _sentence_index(sents, prior.content[0].start) <= 1:
                f.refers_to = prior.refers_to
            continue
        if "stance_of_cue" in f.extra:
            continue  # "Berichte … seien falsch, sagte X": X calls a report false, the cue answers no statement
        words = _content_stems(tokens)
        scored = []
        for g in others:
            distance = abs(here - _sentence_index(sents, g.content[0].start))
            if distance > REPORT_WINDOW or (g.content_start > f.content_end and not _pluperfect(g, data)):
                continue  # a statement after the denial answers it only when told as earlier ("hatte erklärt")
            shared = _shared_stems(words, _content_stems([t for span in g.content for t in span]))
            told = _pluperfect(g, data) or g.lemma in data.words.get("report_verb", ())
            if told and _names_the_denier(g, f):
                shared += 1  # "Hallbauer bestritt, sich getroffen zu haben. … hatte berichtet, Hallbauer habe …"
            if shared >= MIN_SHARED_TOPIC_WORDS - told:  # one word is enough for what was told as a report
                scored.append((-shared, distance, g))
        if scored:
            f.refers_to = min(scored, key=lambda c: c[:2])[2]


def _names_the_denier(report: Found, denial: Found) -> bool:
    """The report's content names the denier by a name word of the denial's speaker ("Hallbauer" of
    "Bundesverkehrsminister Jörg Hallbauer") or of the person a role or pronoun was resolved to."""
    speaker = _speaker_of(denial)
    if speaker is None:
        return False
    names = {t.lower_ for t in speaker if t.tag_ == "NE" and len(t.text) >= 3}
    resolution = denial.extra.get("resolution")
    cluster = getattr(resolution, "cluster", None)
    if cluster is not None and getattr(cluster, "type", None) == "PER":
        names |= {w.lower() for w in cluster.mentions[0].text.split() if len(w) >= 3} if cluster.mentions else set()
    return bool(names) and any(t.lower_ in names for span in report.content for t in span if t.tag_ == "NE")


def _reports_after_quote(g: Found) -> bool:
    """An indirect continuation of a direct quote ("„…“, sagte X. Das Unternehmen verweigere …") or of words only
    characterised ("X sprach von einer „Sparmaßnahme“. Die Regierung habe die Ärzte nicht angehört")."""
    return g.continues is not None and g.kind != "Direct" and g.continues.kind in {"Direct", "Reported"}


def _stands_for_what_was_said(tokens: list[Token]) -> bool:
    """ "nannte das »völligen Unsinn«", "wies dies zurück": a demonstrative pronoun, no article of a noun."""
    return bool(tokens) and tokens[0].lower_ in {"das", "dies"} and (
        len(tokens) == 1 or tokens[1].tag_ not in {"NN", "NE", "ADJA"})


def _head(g: Found) -> Found:
    """The statement a continuation continues, the statement itself otherwise."""
    while g.continues is not None:
        g = g.continues
    return g


MIN_SHARED_TOPIC_WORDS = 2  # content words a denial and what it denies share ("Atomkraftwerk", "Drohne")


def _sentence_index(sents: list[Span], i: int) -> int:
    return next((n for n, s in enumerate(sents) if s.start <= i < s.end), 0)


def _content_stems(tokens: list[Token]) -> set[str]:
    return {t.lower_ for t in tokens if t.tag_ in {"NN", "NE"} and len(t.text) >= 4}


def _shared_stems(a: set[str], b: set[str]) -> int:
    """Content words in common, compounds and inflection included ("Atomkraftwerk" ~ "Kraftwerks")."""
    return sum(1 for x in a if any(x == y or len(x) >= 6 and len(y) >= 6 and (x[:-1] in y or y[:-1] in x) for y in b))


def _answer_the_last_continuation(found: list[Found], data: LanguageData) -> None:
    """ "widersprachen dieser Darstellung" after "X sagte, …. Iran habe …", "Ein Sprecher wies das zurück" after "…. In
    Tübingen habe das Unternehmen die Mieten erhöht": a demonstrative answer takes up what was said last, the
    continuation before it rather than the statement it continues ("wies die Darstellung zurück" answers the
    statement itself); not a continuation that concedes ("…, das gebe ich zu"), judges what was just said ("Das
    verletze die Neutralität") or adds a point ("Auch ein Munitionslager sei getroffen worden"), none of them an
    account a denial answers."""
    demonstratives = data.words.get("demonstrative", frozenset())
    for f in found:
        target = f.refers_to
        if target is None or f.stance not in {"deny", "confirm"} or f.content[0][0].lower_ not in demonstratives \
                and not (f.kind == "Reported" and _stands_for_what_was_said(list(f.content[0]))):
            continue
        later = [g for g in found if g.continues is target and target.content_end <= g.content_start
                 and g.content_end <= f.content_start and g.stance != "concede" and not _judges_what_was_said(g)
                 and g.content[0][0].lower_ not in data.words.get("additive_particle", ())]
        if later:
            f.refers_to = later[-1]


def _join_earlier_denials(found: list[Found], data: LanguageData) -> None:
    """ "Auch die ukrainische Armee bestritt die Darstellung": a denial marked as joining others ("auch",
    "ebenfalls", `additive_particle`) in its clause before the cue answers what the last denial before it answered,
    when it names no report of its own."""
    particles = data.words.get("additive_particle", frozenset())
    for n, f in enumerate(found):
        if f.stance != "deny" or not f.cue or (f.refers_to is not None and _source_words(
                [t for span in f.content for t in span], data)):
            continue
        doc = f.cue[0].doc
        sent = sentence_of(doc, f.cue[0].i)
        if not any(t.lower_ in particles for t in doc[sent.start : f.cue[0].i + 2]):
            continue
        if f.refers_to is not None and f.extra.get("relative_report") is f.refers_to:
            continue  # "Auch Spekulationen, wonach …, wies sie zurück": the report its own object holds
        # "wies auch die Kritik aus München zurück", "Auch Übernahmegespräche wies er zurück": the particle right
        # before the object adds a thing denied, not a denier; it answers only a statement on that thing
        adds_object = f.kind == "Reported" and f.content[0].start > 0 \
            and doc[f.content[0].start - 1].lower_ in particles
        earlier = [g for g in found[:n] if g.stance == "deny" and g.refers_to is not None and g is not f]
        media = data.words.get("media_report_noun", frozenset())
        if f.refers_to is not None and f.refers_to.lemma in data.words.get("press_verb", ()) \
                and any(t.text in media for span in f.content for t in span):
            continue  # "Auch Tirana wies den Bericht zurück": the press report told last, not the lead's wonach clause
        if earlier and earlier[-1].refers_to is not f:
            target = _continuation_on_topic(f, earlier[-1].refers_to, found, data)
            if adds_object and not _shared_stems(_content_stems(_answer_object(f)), _content_stems(
                    [t for span in target.content for t in span])):
                continue
            f.refers_to = target


def _continuation_on_topic(f: Found, target: Found, found: list[Found], data: LanguageData) -> Found:
    """ "Auch Übernahmegespräche wies er zurück" after a denial of "X hatte berichtet, …. Zudem verhandle die Firma
    über eine Übernahme", "Auch den Einsatz von Drohnen bestritt die Sprecherin" after "Sicherheitskreise hatten
    zudem von Kampfdrohnen gesprochen": when the statement the earlier denial answered shares no topic word with
    this one, the last statement before it that does and continues that statement or was told as earlier (a
    report, a pluperfect) is answered; else the statement."""
    words = _content_stems(_answer_object(f))

    def shared(g: Found) -> int:
        return _shared_stems(words, _content_stems([t for span in g.content for t in span]))

    if not words or shared(target):
        return target
    told = [g for g in found if g is not f and g.content_end <= f.content_start and g.stance not in {"deny", "confirm"}
            and (g.continues is target or target.content_start <= g.content_start and _answers_another(f, g)
                 and (_pluperfect(g, data) or g.lemma in data.words.get("report_verb", ())))
            and shared(g)]
    return told[-1] if told else target


def _speaker_of(found: Found) -> Span | None:
    """Who said a statement, a continuation by the speaker of the statement it continues."""
    while found.speaker is None and found.continues is not None:
        found = found.continues
    return found.speaker


def _answers_another(f: Found, g: Found) -> bool:
    """g was said by someone else than f, in the article's text rather than its headline: the speakers differ and
    share no name ("Korvan", "Der Logistikkonzern Korvan")."""
    a, b = _speaker_of(f), _speaker_of(g)
    if a is None or b is None or g is f or _in_headline(g):
        return False
    names = {t.lower_ for t in a if t.tag_ == "NE"}
    return a.text.lower() != b.text.lower() and not names & {t.lower_ for t in b if t.tag_ == "NE"}


HEADLINE_CHARS = 200  # a first line this short, followed by more text, is the headline


def _in_headline(g: Found) -> bool:
    text = g.content[0].doc.text
    first = text.find("\n")
    return 0 < first < HEADLINE_CHARS and text[first:].strip() != "" and g.content_start < first


def _answer_object(f: Found) -> list[Token]:
    """The words naming what an answer answers: its object when that is its content ("wies die Vorwürfe zurück"),
    with the words before it that are neither speaker nor cue ("wies den Vorwurf zurück, er habe …"), else the words of its sentence that are neither content, speaker nor cue ("Auch dieser Darstellung widersprach
    Haack: …", "wies das zurück: …")."""
    content = [t for span in f.content for t in span]
    start = f.content[0].start
    if f.kind == "Reported" and (not f.cue or start == 0 or f.content[0].doc[start - 1].text != ","):
        return content
    doc = f.cue[0].doc
    sent = sentence_of(doc, f.cue[0].i)
    taken = {t.i for span in f.content for t in span} | {t.i for t in f.cue} | {t.i for t in f.cue_helpers}
    if f.speaker is not None:
        taken |= {t.i for t in f.speaker}
    if f.kind == "Reported":
        # "wies den Vorwurf zurück, er habe …" read as the act with the clause after its comma: the object before the
        # clause names it
        return [t for t in doc[sent.start : f.content[0].start] if t.i not in taken and not is_punct(t)] + content
    return [t for t in doc[sent.start : sent.end] if t.i not in taken]


def _said_before(f: Found, found: list[Found], sents: list[Span], within: int) -> list[Found]:
    """Statements of other speakers that end before f's sentence or cue, at most `within` sentences back, in order;
    a statement reported inside another's content is taken up as that one ("X hatte geschrieben, das Amt habe …
    angeordnet")."""
    here = _sentence_index(sents, f.cue[0].i)
    limit = min(f.cue[0].idx, f.content_start)
    return [g for g in found if g.via is None and g.content_end <= limit and _answers_another(f, g)
            and here - _sentence_index(sents, g.content[0].start) <= within]


def _link_answers_with_evidence(found: list[Found], data: LanguageData) -> None:
    """Denials whose words point at what they deny without naming its source: the speech act and its topic ("wies
    die Forderung nach starren Grenzwerten zurück"), accusations against the denier ("X wies die Vorwürfe zurück"),
    a demonstrative or a bare "widersprach:" (what was said just before). Each overrides a link made without such
    evidence; a denial that names its source is left to the report it names."""
    for f in found:
        if f.stance != "deny" or not f.cue:
            continue
        object_ = _answer_object(f)
        if not object_ or _source_words(object_, data):
            continue
        if f.kind == "Reported" and _stands_for_what_was_said(object_):
            continue  # "nannte das eine Schutzbehauptung": "das" takes up what was just said, or nothing
        sents = text_sentences(f.cue[0].doc)
        # "Das EDA wies auch diesen Vorwurf zurück": a demonstrative takes up the accusation just made (by a party,
        # "Der Bundesrat täusche das Parlament"), not the press report the first denial answered
        taken_up = _demonstrative_accusation(object_, data) \
            and _answer_to_what_was_just_said(f, object_, found, sents, data)
        answered = (taken_up or _answer_by_topic(f, object_, found, sents, data)
                    or _answer_to_accusation(f, object_, found, sents, data)
                    or _answer_to_what_was_just_said(f, object_, found, sents, data)
                    or _answer_to_the_speaker_named(f, object_, found, data)
                    or _answer_to_the_account_just_given(f, object_, found, sents, data))
        if answered is not None:
            f.refers_to = answered


def _answer_to_the_account_just_given(f: Found, object_: list[Token], found: list[Found], sents: list[Span],
                                      data: LanguageData) -> Found | None:
    """ "Serbiens Innenminister hat erklärt, man stehe kurz vor einer Einigung. „…“, sagte er. … Gruber widersprach
    der Darstellung": an account named by its noun alone, with the definite article ("der Darstellung", "die
    Schilderung"), is the account the speaker just before gave: the first statement of their turn (their
    continuations and what they said next as "er", "sie"), in the sentence before or the one before that."""
    words = [t for t in object_ if not is_punct(t)]
    if len(words) != 2 or words[0].tag_ != "ART" or not words[0].lower_.startswith("d") \
            or words[1].text not in data.words.get("account_noun", ()):
        return None
    sent = sentence_of(f.cue[0].doc, f.cue[0].i)
    if any(t.lower_ in data.words.get("additive_particle", ()) for t in sent[:2]):
        return None  # "Auch die ukrainische Armee bestritt die Darstellung": the account others denied already
    before = [g for g in _said_before(f, found, sents, 2) if g.stance not in {"deny", "confirm"}]
    if not before:
        return None
    turn = _head(before[-1])
    earlier = [g for g in found if g.content_end <= turn.content_start and g.via is None]
    while _said_by_pronoun(turn) and earlier and _answers_another(f, _head(earlier[-1])) \
            and _head(earlier[-1]).stance not in {"deny", "confirm"}:
        turn = _head(earlier[-1])  # "„…“, sagte er" goes on with the account given before it
        earlier = [g for g in earlier if g.content_end <= turn.content_start]
    return turn


def _demonstrative_accusation(object_: list[Token], data: LanguageData) -> bool:
    """ "diesen Vorwurf", "diese Anschuldigungen": a demonstrative determiner right before an accusation noun."""
    accusations = set(_speech_act_nouns(object_, data, "accusation_noun"))
    return any(t.tag_ == "PDAT" and k + 1 in accusations for k, t in enumerate(object_))


def _answer_told_as_earlier(found: list[Found], data: LanguageData) -> None:
    """ "Die Zeitung hatte am Dienstag berichtet, …. „…“, sagte die Sprecherin am Mittwoch. Der Staatsrat hatte die
    Darstellung bereits am Dienstagabend zurückgewiesen": an answer told in the pluperfect came before what was said
    in the simple past; it answers the last statement of another speaker told as earlier (in the pluperfect) a few
    sentences back, not the later word said just before it."""
    for f in found:
        target = f.refers_to
        if target is None or f.stance not in {"deny", "confirm"} or not f.cue or not _pluperfect(f, data) \
                or not target.cue or target.cue_helpers or target.content_start > f.content_start \
                or target.cue[0].morph.get("Tense") != ["Past"] or target.cue[0].morph.get("Mood") == ["Sub"]:
            continue
        kinds = {data.noun_cues.get(t.text) for span in f.content for t in span if t.tag_ == "NN"}
        if target.stance in kinds:
            continue  # "Der Minister hatte die Forderung bereits zurückgewiesen": the demand it names, said just before
        sents = text_sentences(f.cue[0].doc)
        # "Die Verteidigung hatte auf Freispruch plädiert": a plea or demand is no account "die Vorwürfe" deny
        earlier = [g for g in _said_before(f, found, sents, REPORT_WINDOW)
                   if g.cue and _pluperfect(g, data) and g.stance not in {"deny", "confirm"}
                   and _account_or_named(g, kinds)]
        if earlier:
            f.refers_to = earlier[-1]


def _speech_act_nouns(object_: list[Token], data: LanguageData, group: str) -> list[int]:
    """Positions of the object's nouns of a word group, compounds included ("Korruptionsvorwürfe")."""
    nouns = data.words.get(group, frozenset())
    endings = tuple(n.lower() for n in nouns if len(n) >= 5)
    return [k for k, t in enumerate(object_) if t.tag_ in {"NN", "NE"}
            and (t.text in nouns or t.lemma_ in nouns or t.lower_.endswith(endings))]


def _answer_by_topic(f: Found, object_: list[Token], found: list[Found], sents: list[Span],
                     data: LanguageData) -> Found | None:
    """ "wies die Forderung nach starren Grenzwerten zurück": a speech act named with its topic answers the statement
    of another speaker before it (or told as earlier, "hatte gefordert") that shares a topic word."""
    named = [k for k in _speech_act_nouns(object_, data, "report_noun")
             if object_[k].text not in data.words.get("media_report_noun", ())]
    if not named:
        return None
    reports = data.words.get("report_noun", frozenset())
    after = object_[named[0] + 1 :]
    # "wies die Vorwürfe als „Propaganda der Armee“ zurück": what follows "als" calls the accusations something, it
    # names no topic of theirs
    after = after[: next((k for k, t in enumerate(after) if t.lower_ == "als"), len(after))]
    topic = _content_stems([t for t in after if t.text not in reports])
    if f.kind != "Reported":
        # "wies den Vorwurf zurück, gezielt ein Hilfsfahrzeug angegriffen zu haben": the clause spells the topic out
        topic |= _content_stems([t for span in f.content for t in span])
    if not topic:
        return None
    here = _sentence_index(sents, f.cue[0].i)

    def shared(g: Found) -> int:
        return _shared_stems(topic, _content_stems([t for span in g.content for t in span]))

    scored = []
    for g in found:
        if g.stance in {"deny", "confirm"} or not _answers_another(f, g):
            continue
        distance = abs(here - _sentence_index(sents, g.content[0].start))
        if distance > REPORT_WINDOW or (g.content_start > f.content_end and not _pluperfect(g, data)):
            continue
        if shared(g):
            scored.append((-shared(g), distance, g))
    if not scored or f.refers_to is not None and shared(f.refers_to) >= -min(scored, key=lambda c: c[:2])[0]:
        return None  # the report already answered speaks of the topic as well
    return min(scored, key=lambda c: c[:2])[2]


def _answer_to_accusation(f: Found, object_: list[Token], found: list[Found], sents: list[Span],
                          data: LanguageData) -> Found | None:
    """ "Pichlmayr wies die Vorwürfe zurück": accusations answer the last statement before them that accuses (told
    with an accusing cue, "warf vor", or as an act alleged by a speaker, "soll … angenommen haben, teilte die Behörde
    mit") or speaks of the denier ("Dem Bürgermeister werde Untreue vorgeworfen, bestätigte die Staatsanwaltschaft",
    "Der Verlag habe die Rechte verkauft")."""
    nouns = _speech_act_nouns(object_, data, "accusation_noun")
    if f.speaker is None or not nouns:
        return None
    denier = {t.lower_ for t in f.speaker if t.tag_ in {"NN", "NE"} and len(t.text) >= 4
              and t.text not in data.role_nouns}
    # "Das türkische Verteidigungsministerium wies die Vorwürfe zurück" after "Bei einem türkischen Luftangriff …":
    # the country the denier is named by
    countries = {_adjective_stem(t) for t in f.speaker if t.tag_ == "ADJA" and _adjective_stem(t).endswith("isch")}
    # a press report told as earlier accuses too ("Das Staatsfernsehen hatte berichtet, der Mann habe …"), and so does
    # the continuation of such a report ("Zudem sei …")
    # "Die EU-Kommission wies die Vorwürfe zurück" after "Die EU behandle US-Konzerne unfair": a name the denier's
    # compound is made of speaks of the denier too
    parts = {p.lower() for t in f.speaker if t.tag_ in {"NN", "NE"} and "-" in t.text
             for p in t.text.split("-") if len(p) >= 2 and p[:1].isupper() and p not in data.role_nouns}
    # "wies die Vorwürfe zurück" with nothing after them: whatever was alleged; "den Vorwurf einer politischen
    # Einflussnahme" names an accusation of its own
    bare = not any(t.tag_ in {"ART", "NN", "NE", "APPR", "APPRART", "ADJA"} for t in object_[nouns[-1] + 1 :])
    accusing = [g for g in _said_before(f, found, sents, REPORT_WINDOW) if g.stance != "deny" and not _announces(g) and (
        g.stance == "claim" and g.cue or bare and g.cue and _alleged_act(g)
        or _shared_stems(denier, _content_stems([t for span in g.content for t in span]))
        or countries & {_adjective_stem(t) for span in g.content for t in span if t.tag_ == "ADJA"}
        or any(t.tag_ in {"NN", "NE"} and t.lower_ in parts for span in g.content for t in span)
        or _head(g).cue and _pluperfect(_head(g), data) and _head(g).lemma in data.words.get("press_verb", ())
        or _speaks_of_the_accused(g, data))]
    if not accusing:
        # "Die Regierung hat dem Nachbarland vorgeworfen, … [many sentences] … Das Nachbarland wies die Vorwürfe
        # zurück": an accusation told as such ("warf vor") whose sentence names the denier is answered however far
        # below it was told
        names = {p.lower() for t in f.speaker if t.tag_ in {"NN", "NE"} and t.text not in data.role_nouns
                 for p in t.text.split("-") if len(p) >= 3}

        def names_denier(g: Found) -> bool:
            sent = sentence_of(g.cue[0].doc, g.cue[0].i)
            return bool(names & {p.lower() for t in sent for p in t.text.split("-")})

        accusing = [g for g in _said_before(f, found, sents, len(sents))
                    if g.stance == "claim" and g.cue and names_denier(g)]
    # "Laut Anklage soll er …": the indictment is the accusation itself; it outweighs a finding of the court that
    # speaks of the denier, and a lead denial answers it even when it is told far below ("diesen Vorwurf" takes up
    # what was just said instead)
    demonstrative = any(t.tag_ == "PDAT" or t.lower_ in data.words.get("demonstrative", ()) for t in object_)
    indictment = [] if demonstrative else [g for g in found if g is not f and g.stance != "deny"
                                            and _answers_another(f, g) and _by_the_indictment(g, data)]
    if indictment:
        before = [g for g in indictment if g.content_end <= f.content_start]
        if before or not accusing:
            if before:
                return before[-1]
            # "hat die Betrugsvorwürfe bestritten. … Die Staatsanwaltschaft wirft ihm vor, … Laut Anklage soll er …":
            # a lead denial answers the accusation told first as such ("wirft vor"), which the indictment goes on with
            told = [g for g in found if g.content_start > f.content_end and g.stance == "claim" and g.cue
                    and g.cue[0].tag_.startswith("V") and _answers_another(f, g)
                    and g.content_start < indictment[0].content_start]
            return told[0] if told else indictment[0]
    # "Er warf der Bank vor, … „…“, sagte der 54-Jährige. Die Bank wies den Vorwurf zurück": one accusation, named
    # in the singular, is the one told as such, not what its accuser said after it about the denier
    told = [g for g in accusing if g.stance == "claim" and g.cue]
    if told and _singular_accusation(object_, data):
        return told[-1]
    if not accusing:
        # "„Die Geduld ist am Ende“, sagte X. Das Management verweigere Verhandlungen. Y wies die Vorwürfe zurück": the
        # report continuing a quote just before
        just_before = _said_before(f, found, sents, 1)
        if just_before and _reports_after_quote(just_before[-1]):
            return just_before[-1]
    return accusing[-1] if accusing else None


def _alleged_act(g: Found) -> bool:
    """ "Er soll Schmiergelder angenommen haben, teilte die Behörde mit": what someone is said to have done ("soll …
    haben/sein", a modal "sollen" with a perfect infinitive), told by a speaker with a cue: an accusation."""
    tokens = [t for span in g.content for t in span]
    modal = next((k for k, t in enumerate(tokens) if t.tag_ == "VMFIN" and t.lemma_ == "sollen"), None)
    # ("… gewaschen haben": the tagger may read the infinitive "haben" as finite)
    return modal is not None and any(t.tag_ in {"VAINF", "VAFIN"} and t.lemma_ in {"haben", "sein"}
                                     and tokens[k - 1].tag_ == "VVPP"
                                     for k, t in enumerate(tokens[modal + 1 :], start=modal + 1))


def _future_werden(g: Found) -> tuple[list[Token], int] | None:
    """The content's tokens and the position of its first finite verb where that is a form of "werden" (content told
    in the future, or a passive), else None."""
    tokens = [t for span in g.content for t in span]
    finite = next((k for k, t in enumerate(tokens) if is_finite(t)), None)
    return (tokens, finite) if finite is not None and tokens[finite].lemma_ == "werden" else None


def _announces(g: Found) -> bool:
    """ "Bagdad werde den Geschäftsträger einbestellen": content told in the future (a form of "werden" as its first
    finite verb after a named actor or "man", an infinitive and no participle after it) announces what will be done;
    it accuses no one."""
    future = _future_werden(g)
    if future is None:
        return False
    tokens, finite = future
    # an actor who will act ("Man werde …", "Bagdad werde …"), not a forecast of things ("Ohne weniger Dünger werde
    # sich die Lage verschärfen", a warning that may well be the criticism answered)
    actor = tokens[finite - 1] if finite > 0 else None
    if actor is None or not (actor.lower_ in {"man", "wir", "ich"} or actor.tag_ == "NE"):
        return False
    rest = tokens[finite + 1 :]
    # the tagger takes "einbestellen" for a participle at times: a form in "-en" with no "ge" is an infinitive
    verbs = [t for t in rest if t.tag_ in {"VVINF", "VVPP", "VAINF", "VAPP"}]
    return bool(verbs) and all(t.tag_ == "VVINF" or t.tag_ == "VVPP" and t.lower_.endswith("en") and "ge" not in
                               t.lower_[:-2] for t in verbs)


def _singular_accusation(object_: list[Token], data: LanguageData) -> bool:
    """ "den Vorwurf", "diese Behauptung": an accusation noun in the singular, and none in the plural."""
    nouns = [t for t in object_ if t.text in data.words.get("accusation_noun", ())]
    return bool(nouns) and not any(t.lower_.endswith(("e", "en")) for t in nouns)  # "Vorwürfe", "Behauptungen"


def _speaks_of_the_accused(g: Found, data: LanguageData) -> bool:
    """ "Der Beschuldigte habe das Lawinenbulletin missachtet, sagte die Richterin": what is said of the accused
    (`trial_role`) accuses; "Der Bergführer wies die Vorwürfe zurück" answers it."""
    roles = data.words.get("trial_role", frozenset())
    return any(t.tag_ == "NN" and t.lower_ in roles for span in g.content for t in span)


def _link_negations_of_the_accused(found: list[Found], data: LanguageData) -> None:
    """ "Die Staatsanwaltschaft wirft einem 29-jährigen Ukrainer vor, … Menschen über die Grenze gebracht zu haben. …
    Der Ukrainer ließ über seinen Verteidiger erklären, er habe nicht gewusst, wen er transportiere": what the one
    an accusation names (by a noun of the speaker's own) says with a negation, told as his own words, denies that
    accusation, the last one before it that names him; not what he will not do ("er werde keine Bühne zusperren")."""
    negation = data.negation_words()

    def accused(g: Found) -> set[str]:  # the nouns of the accusation's sentence besides its accuser
        accuser = {t.i for t in g.speaker} if g.speaker is not None else set()
        return {t.lemma_.lower() for t in sentence_of(g.cue[0].doc, g.cue[0].i)
                if t.tag_ in {"NN", "NE"} and t.i not in accuser}

    for f in found:
        if f.stance != "assert" or f.refers_to is not None or f.kind == "Reported" or f.continues is not None \
                or f.speaker is None or not any(t.lower_ in negation for span in f.content for t in span) \
                or any(t.lower_ == "nur" for span in f.content for t in span) or _told_in_the_future(f):
            continue
        own = {t.lemma_.lower() for t in f.speaker if t.tag_ in {"NN", "NE"} and len(t.text) >= 5
               and t.text not in data.role_nouns}
        # ("einem 41-jährigen Rumänen" … "Der Rumäne": a weak noun's dative adds "-n")
        own |= {w + "n" for w in own if w.endswith("e")}
        accusations = [g for g in found if own and g.content_end <= f.content_start and g.stance == "claim" and g.cue
                       and g.cue[0].tag_.startswith("V") and _answers_another(f, g) and own & accused(g)]
        if accusations:
            f.refers_to = accusations[-1]
            denies_by_content(f)


def _told_in_the_future(f: Found) -> bool:
    """ "er werde keine einzige Bühne zusperren": a form of "werden" as the first finite verb, with an infinitive and
    no participle after it."""
    future = _future_werden(f)
    if future is None:
        return False
    tokens, finite = future
    rest = [t.tag_ for t in tokens[finite + 1 :]]
    return "VVINF" in rest and "VVPP" not in rest


def _by_the_indictment(g: Found, data: LanguageData) -> bool:
    speaker = _speaker_of(g)
    nouns = data.words.get("indictment_noun", frozenset())
    return speaker is not None and bool(g.cue) and any(t.text in nouns for t in speaker if t.tag_ == "NN")


def _figure(t: Token) -> bool:
    """A cardinal stated as a figure ("zwölf Betriebe", "4.000 Wohnungen"), not a year ("seit 2018")."""
    return t.tag_ == "CARD" and not (len(t.text) == 4 and t.text.isdigit() and t.text[:2] in {"19", "20"})


def _answer_to_what_was_just_said(f: Found, object_: list[Token], found: list[Found], sents: list[Span],
                                  data: LanguageData) -> Found | None:
    """ "Schaffler wies das zurück: …", "Auch diesen Vorwurf bestritt der Sprecher", "Das Amt widersprach: …": a
    demonstrative, or an answering verb with no object, takes up the last statement of another speaker, told in the
    sentence before or the same one (a continuation included)."""
    words = data.words
    media = words.get("media_report_noun", frozenset())
    nouns = set(_speech_act_nouns(object_, data, "report_noun"))
    demonstrative = any(t.tag_ == "PDS" or t.lower_ in words.get("demonstrative", ()) and (k + 1) in nouns
                        and object_[k + 1].text not in media for k, t in enumerate(object_))
    # ("bestritt, dass es einen Vorvertrag gebe": a dass-clause says itself what is denied, no bare answer)
    bare = f.lemma in words.get("answer_verb", ()) and not any(
        t.tag_ in {"NN", "NE", "ART", "PDAT", "PPER", "PRF", "PIS", "PPOSAT"} for t in object_) \
        and f.content[0][0].lower_ not in words.get("complementizer", ())
    # "Diese Zahl wies die Landesrätin zurück", "wies die Zahlen der Gewerkschaft zurück": a figure taken up by a
    # demonstrative or the definite article is the last figure stated
    figure = any((t.lower_ in words.get("demonstrative", ()) or t.tag_ == "ART" and t.lower_.startswith("d"))
                 and k + 1 < len(object_) and object_[k + 1].text in words.get("figure_noun", ())
                 for k, t in enumerate(object_))
    if not (demonstrative or bare or figure):
        return None
    if demonstrative:
        # "Dschalali wies diese Darstellung zurück" after "Nach Darstellung der Agentur TDH …": the account of that
        # name told before (a few sentences back), not a quote said in between
        named = {object_[k].text for k in nouns}
        accounts = [g for g in _said_before(f, found, sents, REPORT_WINDOW)
                    if g.speaker is not None and g.speaker[0].text in named]
        if accounts:
            return accounts[-1]
    account = demonstrative and any(object_[k].text in words.get("account_noun", ()) for k in nouns)
    if account:
        stated = _stated_before_characterisation(_said_before(f, found, sents, 2), data)
        if stated is not None:
            return stated
    if figure and not demonstrative:
        # a figure stated a sentence or two before ("Ein Sprecher sagte, man sei zufrieden" between)
        before = [g for g in _said_before(f, found, sents, 2)
                  if any(_figure(t) for span in g.content for t in span)]
    else:
        before = _said_before(f, found, sents, 1)
    before = [g for g in before if g.stance != "concede"]  # "…, das gebe ich zu" is no account a denial answers
    if account:
        # "Von der Schweiz finanzierte Maschinen würden an der Front eingesetzt. Das verletze die Neutralität. Das Seco
        # widersprach dieser Darstellung": a continuation judging what was just said ("Das …") is no account
        before = [g for g in before if not _judges_what_was_said(g)]
    return before[-1] if before else None


def _judges_what_was_said(g: Found) -> bool:
    """ "Von der Schweiz finanzierte Maschinen würden an der Front eingesetzt. Das verletze die Neutralität", "… Damit
    habe kein Kirchenasyl vorgelegen": a continuation opening with a word that takes up what was just said (a
    demonstrative, a pronominal adverb) judges it or draws a conclusion from it; it is no account of its own."""
    return g.continues is not None and g.content[0][0].tag_ in {"PDS", "PROAV"}


def _answer_to_the_speaker_named(f: Found, object_: list[Token], found: list[Found], data: LanguageData) -> Found | None:
    """ "Die Gewerkschaft widersprach dem Ministerium", "Der Bürgermeister widersprach der Ministerin": the one
    contradicted, named in the dative, answers with the last statement before made by a speaker so named
    ("Ministeriumssprecherin Anja Weidinger", "die Ministerin"), the statement a continuation belongs to."""
    if f.lemma not in data.words.get("person_answer_verb", frozenset()) or _speech_act_nouns(object_, data, "report_noun"):
        return None
    nouns = [t.lower_ for t in object_ if t.tag_ in {"NN", "NE"} and len(t.text) >= 4]
    if not nouns:
        return None

    def named(g: Found) -> bool:
        speaker = _speaker_of(g)
        return speaker is not None and any(w == n or w.endswith(n) or w.startswith(n)
                                           for w in (t.lower_ for t in speaker) for n in nouns)

    before = [g for g in found if g is not f and g.via is None and g.content_end <= f.content_start
              and _answers_another(f, g) and named(g)]
    return _head(before[-1]) if before else None


def _link_contradicted_speakers(found: list[Found], data: LanguageData) -> None:
    """ "Die Ministerin hat der Landrätin widersprochen. … Landrätin Doris Weßel hatte dem Ministerium vorgeworfen,
    …": a denial whose object is the one contradicted (a dative, `dative_object_cue`), with no statement of that
    speaker before it, answers the first statement the article then tells as earlier (in the pluperfect) of a
    speaker who shares a noun or name with the object."""
    sents: list[Span] | None = None
    for f in found:
        if f.refers_to is not None or f.stance != "deny" or f.kind != "Reported" \
                or f.lemma not in data.words.get("dative_object_cue", ()):
            continue
        named = {t.text.lower() for span in f.content for t in span if t.tag_ in {"NN", "NE"}}
        if not named:
            continue
        sents = sents if sents is not None else text_sentences(f.content[0].doc)
        here = _sentence_index(sents, f.content_start)
        later = [g for g in found if g.content_start > f.content_end and g.cue and _pluperfect(g, data)
                 and g.stance not in {"deny", "confirm"} and _answers_another(f, g)
                 and named & {t.text.lower() for t in g.speaker or () if t.tag_ in {"NN", "NE"}}
                 and _sentence_index(sents, g.content_start) - here <= REPORT_WINDOW]
        if later:
            f.refers_to = later[0]


def _link_retorts(found: list[Found], data: LanguageData) -> None:
    """ "Die Ministerin entgegnete, der Minister sei eingebunden gewesen", "Die Sprecherin hielt dagegen, …": a statement
    told with a cue of retort (`retort_cue`) answers the last statement of another speaker said in its sentence or the
    one before, the statement a continuation belongs to. Its stance is left as its cue and content make it: a retort in
    a debate ("Der Abgeordnete hielt dagegen: Der Staat dürfe …") answers without denying a claim."""
    retorts = data.words.get("retort_cue", frozenset())
    for f in found:
        if f.refers_to is not None or not f.cue or f.lemma not in retorts:
            continue
        before = _said_before(f, found, text_sentences(f.cue[0].doc), 1)
        before = [_head(g) for g in before if _head(g).stance not in {"deny", "confirm", "concede"}]
        if before:
            f.refers_to = before[-1]


FEWER_WORDS = {"weniger", "geringer", "niedriger"}  # "sprach von deutlich weniger Streikenden"


def _link_counter_figures(found: list[Found], data: LanguageData) -> None:
    """ "Nach Angaben der Gewerkschaft beteiligten sich 9000 Lehrkräfte. Das Ministerium sprach von deutlich weniger
    Streikenden", "Der Arbeitgeberverband sprach dagegen von rund 600 Teilnehmern": a speech act whose object gives a
    lower count ("weniger") or, set against ("dagegen"), a figure of its own denies the figure another side gave on its
    account (`account_noun` in its speaker, "Nach Angaben der …") a sentence or two before."""
    for f in found:
        if f.refers_to is not None or f.kind != "Reported" or not f.cue or f.stance not in {"assert", "deny"}:
            continue
        tokens = [t for span in f.content for t in span]
        doc = f.cue[0].doc
        against = any(t.lower_ == "dagegen" for t in doc[f.cue[0].i : f.content[0].start])
        if not (any(t.lower_ in FEWER_WORDS for t in tokens) or against and any(_figure(t) for t in tokens)):
            continue
        sents = text_sentences(doc)
        told = [g for g in _said_before(f, found, sents, 2) if g.speaker is not None and g.stance == "assert"
                and any(t.text in data.words.get("account_noun", ()) for t in g.speaker)
                and any(_figure(t) for span in g.content for t in span)]
        if told:
            f.refers_to = told[-1]
            denies_by_content(f)


def _continue_sourceless_impersonal(found: list[Found], data: LanguageData) -> None:
    """ "Das Rederecht schütze nicht davor, …, hieß es zur Begründung", "…, hieß es weiter": an impersonal cue that
    names no source goes on with the statement just before, in its sentence or one of the two before, when no other
    statement stands between."""
    impersonal = data.words.get("impersonal_cue", frozenset())
    ordered = sorted(found, key=lambda f: f.cue[0].i if f.cue else f.content[0].start)
    for k, f in enumerate(ordered):
        if f.speaker is not None or f.continues is not None or f.via is not None or f.lemma not in impersonal \
                or not f.cue or k == 0 or _in_headline(f):
            continue
        before = ordered[k - 1]
        if before.speaker is None and before.continues is None or not before.cue or before.continues is f:
            continue
        doc = f.cue[0].doc
        sents = [s for s in text_sentences(doc) if s.start <= f.cue[0].i]
        if len(sents) > 3 and before.cue[0].i < sents[-3].start:
            continue
        f.continues = before
