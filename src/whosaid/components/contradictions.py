"""Finds contradictions inside one article: a denial and the claim it answers."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.components.attribution import Found
from whosaid.components.attribution.continuations import declines_comment
from whosaid.components.attribution.links import (
    REPORT_WINDOW,
    _answer_object,
    _content_stems,
    _continue_answers,
    _head,
    _names_report,
    _negated_nouns,
    _pluperfect,
    _report_named,
    _sentence_index,
    _shared_stems,
    _source_words,
    _speaker_of,
    _speech_act_nouns,
    denial_phrase_at,
    denies_by_content,
    falsity_compound,
)
from whosaid.components.descriptions import profile_people
from whosaid.components.phrases import is_punct, text_sentences
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, load_language

MIN_SHARED_NOUNS = 2


@Language.factory(
    "whosaid_contradictions",
    assigns=["doc._.contradictions"],
    requires=["doc._.statements"],
    default_config={"lang": "de"},
)
def make_contradictions(nlp: Language, name: str, lang: str) -> ContradictionFinder:
    register_extensions()
    return ContradictionFinder(load_language(lang))


class ContradictionFinder:
    def __init__(self, data: LanguageData) -> None:
        self.data = data

    def __call__(self, doc: Doc) -> Doc:
        doc._.contradictions = find_contradictions(doc._.statements or [], self.data)
        return doc


def find_contradictions(statements: list[Found], data: LanguageData) -> list[tuple[Found, Found, str]]:
    """(claim, counter, reason) for each denial answering a claim, and each "reports of X are false"."""
    pairs: list[tuple[Found, Found, str]] = []
    _answer_source_named_otherwise(statements, data)
    _deny_what_was_claimed(statements, data)
    _deny_what_was_said_of_oneself(statements, data)
    _denials_spelled_out(statements, data)
    _negations_continuing_the_spelled_out_denial(statements, data)
    _denier_negating_the_report_again(statements, data)
    _acts_answering_what_their_words_contradict(statements)
    for counter in statements:
        if counter.stance == "deny" and counter.refers_to is not None and _same_side(counter.refers_to, counter, data):
            # "Die Ortschaft sei unter Kontrolle, sagte Bondar. „Das ist reine Propaganda“": a speaker's second
            # sentence backs the first (a company's denial its spokesman's words); it answers what the first
            # answers, if anything, and contradicts no one. A denial of a report answers the report of the other
            # side instead ("Die Stadtwerke wiesen einen Bericht zurück. Ein Sprecher der Stadtwerke hatte erklärt,
            # …. Die Zeitung hatte berichtet, …")
            counter.refers_to = _report_of_the_other_side(counter, statements, data) or counter.refers_to.refers_to
        if counter.stance == "deny" and counter.refers_to is not None:
            if counter.continues is not None and counter.continues.refers_to is counter.refers_to:
                continue  # a further sentence of the same denial: its pair is the one of the act it continues
            claim = _named_report_told_after(counter, statements, data) or counter.refers_to
            counter.refers_to = claim  # "dementierte Berichte, wonach …. Die Zeitung hatte geschrieben, …": the named one
            pairs.append((claim, counter, f"{_who(counter)} denies what {_who(claim)} said"))
            continue
        if counter.stance == "deny" or _calls_false(counter, data):
            claim = counter.extra.get("calls_false") or _closest_claim(counter, statements)
            if claim is not None:
                pairs.append((claim, counter, f"{_who(counter)} calls false what {_who(claim)} said"))
    return pairs


def _acts_answering_what_their_words_contradict(statements: list[Found]) -> None:
    """ "Auch Verkaufsgespräche bestritt der Firmenchef: „Wir reden mit niemandem über einen Einstieg, weder mit Nordvik
    noch …“": an act of denial that found nothing to answer by its object answers the earlier claim of another side
    its denying words share the most nouns with (at least MIN_SHARED_NOUNS)."""
    for act in statements:
        if act.kind != "Reported" or act.stance != "deny" or act.refers_to is not None:
            continue
        words = next((g for g in statements if g.continues is act and g.stance == "deny"), None)
        if words is None:
            continue
        claim = _closest_claim(words, statements)
        if claim is not None and claim.content_end <= act.content_start:
            act.refers_to = claim


def _answer_source_named_otherwise(statements: list[Found], data: LanguageData) -> None:
    """ "Die EU-Kommission hat … untersagt. …, teilte die Behörde mit. … Calder wies die Begründung der Kommission
    zurück": a denial that names whose words it answers, and answers nothing yet, answers the last statement before
    it, a few sentences back, of the speaker resolved to that name, though the text described them otherwise; what
    it said, not an act with only an object ("Die Huthi-Miliz hat einen Angriff reklamiert")."""
    linked = False
    for f in statements:
        if f.stance != "deny" or f.refers_to is not None or not f.cue:
            continue
        # "hat Vorwürfe der Umweltorganisation Greenpeace zurückgewiesen, das Unternehmen habe …": the object names
        words = _source_words([t for span in f.content for t in span], data) or _source_words(_answer_object(f), data)
        if not words:
            continue
        sents = text_sentences(f.cue[0].doc)
        here = _sentence_index(sents, f.cue[0].i)
        named = [g for g in statements if g is not f and g.continues is None and g.speaker is not None
                 and g.stance not in {"deny", "confirm"} and g.kind != "Reported"
                 and (g.content_end <= f.content_start and here - _sentence_index(sents, g.content[0].start)
                      <= REPORT_WINDOW or g.content_start >= f.content_end and _told_as_accusation_after(g, f, data))
                 and g.extra.get("resolution") is not None and not _same_side(g, f, data)
                 and _named_by(words, _who(g))]
        before = [g for g in named if g.content_end <= f.content_start]
        if named:
            f.refers_to = before[-1] if before else named[0]
            denies_by_content(f)
            linked = True
    if linked:
        _continue_answers(statements, data)  # "Auch von den übrigen Sparbüchern sei Geld geflossen": it spells it out


def _told_as_accusation_after(g: Found, f: Found, data: LanguageData) -> bool:
    """ "BASF hat Vorwürfe der Umweltorganisation Greenpeace zurückgewiesen, … Die Organisation warf BASF vor, …": an
    accusation or report (`report_verb`) of the named source told after the denial, within REPORT_WINDOW sentences,
    when the denial names accusations (`accusation_noun`) or reports."""
    sents = text_sentences(f.cue[0].doc)
    near = _sentence_index(sents, g.content[0].start) - _sentence_index(sents, f.cue[0].i) <= REPORT_WINDOW
    return near and g.cue and g.cue[0].tag_.startswith("V") and (  # not "einen Bericht, wonach …"
        g.lemma in data.words.get("report_verb", ()) or _pluperfect(g, data)) and (
        bool(_speech_act_nouns(_answer_object(f), data, "accusation_noun"))
        or _names_report([t for span in f.content for t in span], data))


def _deny_what_was_claimed(statements: list[Found], data: LanguageData) -> None:
    """ "Der Versorger hatte argumentiert, er habe teurer einkaufen müssen. … Die Kosten seien zwar gestiegen, aber
    nicht in dem behaupteten Umfang, sagte die Richterin": a negated statement that takes up something as claimed
    (`claimed_word`) denies the last statement of another side a sentence or two before it. A comparison with what was
    claimed ("Die Zahl der Streikenden sei deutlich geringer als von der Gewerkschaft behauptet") denies it too: the
    statement of the source it names, a figure stated on its account ("Nach Angaben der Gewerkschaft legten 800 …")
    before others."""
    claimed = tuple(data.words.get("claimed_word", ()))
    for f in statements:
        if f.refers_to is not None or f.stance != "assert" or f.kind == "Reported" or _speaker_of(f) is None \
                or not claimed or not any(t.lower_.startswith(claimed) for span in f.content for t in span):
            continue
        source = _compared_with_claimed(f, claimed)
        if source is None and not _negates(f, data):
            continue
        head = _head(f)
        sents = text_sentences(f.content[0].doc)
        here = _sentence_index(sents, f.content[0].start)
        within = 2 * REPORT_WINDOW if source else 2
        before = [g for g in statements if g is not f and g.continues is None and g.speaker is not None
                  and g.content_end <= f.content_start and g.stance not in {"deny", "confirm"}
                  and here - _sentence_index(sents, g.content[0].start) <= within and not _same_side(g, head, data)]
        if source:
            named = [g for g in before if g.stance not in {"demand", "announce"}
                     and (_named_by(source, _who(g)) or source & {t.lower_ for t in g.speaker})]
            # "als von der Gewerkschaft angegeben" after "Nach Angaben der IG Metall": named by its kind, the account
            # of a figure
            # ("als vom Ministerium angegeben" names no person: not the account a politician gave, "nach ihren Angaben")
            named = named or [g for g in before if _account(g, data) and _states_figure(g) and not _a_persons(g)]
            before = sorted(named, key=lambda g: (_account(g, data), _states_figure(g), g.content_start))
        if not source:
            # "Es gab keine Bestellungen", said before "auf keinem der angegebenen Dächer sei eine Anlage montiert
            # worden": who negated too agrees, it claimed nothing
            before = [g for g in before if not _negates(g, data)]
        if before:
            f.refers_to = before[-1]
            denies_by_content(f)


def _compared_with_claimed(f: Found, claimed: tuple[str, ...]) -> set[str] | None:
    """ "geringer als von der Gewerkschaft behauptet": the words naming the source of what a comparison ("als") sets
    against a claim; the empty set when it names none ("höher als behauptet"); None when there is no such comparison."""
    tokens = [t for span in f.content for t in span]
    for k, t in enumerate(tokens):
        if t.lower_ != "als":
            continue
        for j in range(k + 1, min(k + 7, len(tokens))):
            if tokens[j].lower_.startswith(claimed):
                return {u.lower_ for u in tokens[k + 1 : j] if u.tag_ in {"NN", "NE"} and len(u.text) >= 2}
            if is_punct(tokens[j]):
                break
    return None


def _a_persons(g: Found) -> bool:
    """The statement resolved to a person."""
    res = g.extra.get("resolution")
    return res is not None and res.cluster is not None and res.cluster.type == "PER"


def _account(g: Found, data: LanguageData) -> bool:
    """ "Nach Angaben der Gewerkschaft": a statement told as someone's account (`account_noun` in its speaker)."""
    return any(t.text in data.words.get("account_noun", ()) for t in g.speaker)


def _states_figure(g: Found) -> bool:
    return any(t.tag_ == "CARD" for span in g.content for t in span)


def _deny_what_was_said_of_oneself(statements: list[Found], data: LanguageData) -> None:
    """ "Verteidigungsminister Ramon Villaflor habe dies im Mai mit Washington vereinbart", the paper had reported;
    "»Aber ich habe niemandem etwas zugesagt«", says Villaflor: a negated statement in the first person answers the
    last statement of another side a few sentences back that names the speaker (their surname) and tells a past act;
    the statement denies a past act of its own ("ich habe … zugesagt"), not just anything ("Ich habe keine Zweifel")."""
    def past_act(g: Found) -> bool:
        tokens = [t for span in g.content for t in span]
        # ("Er habe … über einen Wechsel nachgedacht": a participle the tagger took for a finite verb, after "habe")
        perfect = any(t.tag_ == "VAFIN" and t.lemma_ in {"haben", "sein"} for t in tokens)
        return any(t.tag_ in {"VVPP", "VAPP", "VMPP"} or perfect and t.tag_ == "VVFIN" and "ge" in t.lower_[:7]
                   and t.lower_.endswith(("t", "en")) and t is tokens[-1] for t in tokens)

    def of_oneself(f: Found, res) -> bool:
        tokens = [t for span in f.content for t in span]
        if any(t.lower_ == "ich" for t in tokens):
            return True
        # "Er habe nie über einen Wechsel nachgedacht, sagte der 49-Jährige": reported speech opening with the
        # pronoun of the speaker's own gender is the first person told indirectly
        gender = profile_people([res.cluster], data, {})[id(res.cluster)].gender
        return f.kind == "Indirect" and bool(tokens) and tokens[0].tag_ == "PPER" and gender is not None \
            and data.pronoun_genders.get(tokens[0].lower_) == gender

    for f in statements:
        if f.refers_to is not None or f.stance not in {"assert", "deny"} or not _negates(f, data) or not past_act(f):
            continue
        res = f.extra.get("resolution")
        if res is None or res.cluster is None or res.cluster.type != "PER" or not of_oneself(f, res):
            continue
        surname = res.name.split()[-1]
        sents = text_sentences(f.content[0].doc)
        here = _sentence_index(sents, f.content[0].start)
        told = [g for g in statements if g is not f and g.content_end <= f.content_start
                and g.stance not in {"deny", "confirm"} and not _same_side(g, f, data)
                and here - _sentence_index(sents, g.content[0].start) <= REPORT_WINDOW
                and any(t.text == surname for span in g.content for t in span) and past_act(g)
                and not _negates(g, data)]  # "Herr Hambach denkt nicht an Rücktritt": a defence, no claim
        if told:
            f.refers_to = told[-1]
            denies_by_content(f)


def _named_by(words: set[str], name: str) -> bool:
    """ "kommission" names the "EU-Kommission", "kartellamt" the "Bundeskartellamt": a word of the name, or the
    head a word of the name ends in."""
    # "des Kartellamts": the genitive's name without its ending; "des Angeklagten": a noun made of an adjective
    # ("der Angeklagte") or a weak noun in the genitive
    forms = words | {v[:-1] for v in words if len(v) > 4 and v.endswith("s") and not v.endswith("ss")} \
        | {v[:-1] for v in words if len(v) > 6 and v.endswith("ten")}
    return any(w == v or len(v) >= 5 and w.endswith(v) for w in _spaced_words(name).split() for v in forms)


def _denials_spelled_out(statements: list[Found], data: LanguageData) -> None:
    """ "Audi hat einen Bericht der „Wirtschaftswoche“ zurückgewiesen. „Es gibt keinen solchen Plan“, sagte
    Produktionsvorstand Henrik Vosskamp", "Dschalali wies diese Darstellung zurück. „Es gibt keine offenen Schulden“,
    sagte er": the negated statement told with a speech verb right after a denial, in the next sentence, spells the
    denial out and answers the same statement. After a press report's denial it may be said by anyone but the
    reporting side or a third organisation; after the denial of what someone said, only by the denier's own side
    (itself, its spokesperson), not by the next speaker in a court report ("Die Richterin sagte, … nicht …")."""
    for n, denial in enumerate(statements):
        report = denial.refers_to
        # the statement after the denial, past the report it answers ("wies einen Bericht zurück, wonach …")
        then = next((g for g in statements[n + 1 :] if g is not report and g.via is not report), None)
        # a link already made to another statement of the report's source ("Die Zeitung hatte berichtet, …") for the
        # noun it negates gives way to the report the denial answers where that report speaks of it too, or where the
        # denier goes on ("X wies die Vorwürfe zurück. „Davon kann keine Rede sein“, sagte der 55-Jährige": not a
        # later remark of the accuser's)
        linked = then is not None and then.refers_to is not None and not (
            then.refers_to is not report and report is not None and _who(then.refers_to) == _who(report)
            and (_shared_stems({t.lower_ for t in _negated_nouns(then)},
                               _content_stems([t for span in report.content for t in span]))
                 or _same_side(then, denial, data) and then.refers_to.content_end <= denial.content_start))
        if then is None or denial.stance != "deny" or report is None or not denial.cue or linked \
                or not then.cue or not then.cue[0].tag_.startswith("V") or then.stance not in {"assert", "deny"} \
                or then.content_start < denial.content_end or _pluperfect(then, data):
            continue  # "Ein Sprecher hatte bereits am Montag erklärt, …": told as earlier, it spells out no later denial
        if getattr(then.extra.get("calls_false"), "stance", None) == "deny":
            continue  # "das Dementi sei „nicht glaubwürdig“": it answers the denial, not what the denial answers
        # without a negation only a spokesperson right after the act of denying ("hat einen Bericht zurückgewiesen"), not
        # after their own first words ("„…“, sagte Regierungssprecherin X. Die Regierung halte …, fügte sie hinzu")
        # or the accused themselves right after denying accusations by their noun ("Thieme wies die Vorwürfe zurück.
        # „Ich habe den Ausschuss informiert, …“, sagte der 49-Jährige"): their next words are their defence
        if not (_negates(then, data) or _press_report(report, data) and _spokesperson(then, data)
                and denial.kind == "Reported" or _defence_after_denied_accusations(denial, then, data)) \
                or _same_side(then, report, data) or _same_side(denial, report, data):
            continue  # a denial read as answering its own side answers something else, if anything
        res = then.extra.get("resolution")
        if res is not None and res.organisation is not None and res.organisation.name != _who(denial):
            continue  # "Ein Sprecher von Skjern Vind sagte, man kommentiere das nicht": a third side
        own = _same_side(then, denial, data) or res is not None and res.organisation is not None \
            or _spokesperson_of(then, denial, data)
        if not (own or _press_report(report, data)):
            continue
        sents = text_sentences(then.cue[0].doc)
        # a quote of two sentences before its cue spells the denial out from its first sentence on
        start = min(then.cue[0].i, then.content[0].start)
        if _sentence_index(sents, start) - _sentence_index(sents, denial.cue[0].i) <= 1:
            then.refers_to = report
            denies_by_content(then)


def _denier_negating_the_report_again(statements: list[Found], data: LanguageData) -> None:
    """ "Borussia Mönchengladbach hat Berichte über eine Verpflichtung dementiert. … Der „Kicker“ hatte gemeldet, der
    Stürmer stehe für eine Ablöse von 18 Millionen Euro vor einem Wechsel. … Eine Ablöse in dieser Höhe sei für die
    Borussia nicht darstellbar": a negated statement of a side that denied a report, a few sentences after that
    denial, which speaks of a thing the report speaks of (a shared noun), denies that report again."""
    sents: list | None = None
    for f in statements:
        if f.refers_to is not None or f.stance != "assert" or not _negates(f, data):
            continue
        tokens = [t for span in f.content for t in span]
        if declines_comment(tokens, data) or tokens[0].tag_ == "PDS" or _negated_only_as_not_only(tokens, data) \
                or _head(f).stance in {"concede", "confirm"}:
            continue  # "Zu den Details wolle man sich nicht äußern" denies nothing; "Das habe mit Doping nichts zu
            # tun" takes up what was just said; "gebe es nicht nur in Niedersachsen" grants it; what goes on with a
            # concession ("Pfister räumte ein, … Eine Probe sei nicht auswertbar gewesen") grants too
        sents = sents if sents is not None else text_sentences(f.content[0].doc)
        here = _sentence_index(sents, f.content[0].start)
        denials = [d for d in statements if d is not f and d.stance == "deny" and d.refers_to is not None
                   and d.content_end <= f.content_start and _same_side(d, f, data)
                   and not _same_side(d.refers_to, f, data)
                   and here - _sentence_index(sents, d.content[0].start) <= REPORT_WINDOW]
        if not denials:
            continue
        # the report or a sentence going on with it ("Zudem habe das Land die Zahl der Referendare gekürzt"): the one
        # that shares the most with what is negated
        report = denials[-1].refers_to
        told = [report] + [g for g in statements if g.continues is report]
        words = _content_stems(tokens)
        shared = [(_shared_stems(words, _content_stems([t for span in g.content for t in span])), -n, g)
                  for n, g in enumerate(told)]
        best = max(shared, key=lambda c: c[:2])
        if best[0]:
            f.refers_to = best[2]
            denies_by_content(f)


def _negated_only_as_not_only(tokens: list, data: LanguageData) -> bool:
    """ "Einen Lehrermangel gebe es nicht nur in Niedersachsen": every negation of the content is "nicht nur", which
    grants what it speaks of."""
    negation = data.negation_words()
    at = [k for k, t in enumerate(tokens) if t.lower_ in negation]
    return bool(at) and all(k + 1 < len(tokens) and tokens[k + 1].lower_ == "nur" for k in at)


def _defence_after_denied_accusations(denial: Found, then: Found, data: LanguageData) -> bool:
    """ "Pichler wies die Vorwürfe zurück. „Ich habe jeden Euro korrekt abgerechnet“, sagte er": after an act denying
    accusations named by their noun (`accusation_noun`, "wies den Vorwurf zurück, er habe …" too), the same speaker's
    next statement defends them when it speaks of themselves (`first_person`) or of what the accusation says (a noun
    or participle of it, "Jeder Cent ist korrekt beantragt worden"), not of the accuser ("Der Minister solle sich
    lieber um die Bahn kümmern")."""
    report = denial.refers_to
    if report is None or _who(then) != _who(denial) \
            or not _speech_act_nouns(_answer_object(denial), data, "accusation_noun"):
        return False
    words = [t for span in then.content for t in span]
    if any(t.lower_ in data.words.get("first_person", ()) for t in words):
        return True
    claimed = [t for span in report.content for t in span]
    participles = {t.lower_ for t in claimed if t.tag_ == "VVPP"}
    return bool(_shared_stems(_content_stems(words), _content_stems(claimed))
                or any(t.tag_ == "VVPP" and t.lower_ in participles for t in words))


def _negations_continuing_the_spelled_out_denial(statements: list[Found], data: LanguageData) -> None:
    """ "Die Stadt hat einen Bericht über Stellenabbau zurückgewiesen. „Niemand wird entlassen“, sagte der Sprecher. Eine
    Liste mit Stellen gebe es nicht": a negated continuation of the statement that spells a denial out (told right
    after it, answering the same report), or one that denies by what it says ("Der Bericht sei frei erfunden"),
    denies that report too; one that negates nothing may say anything else."""
    for n, spelled in enumerate(statements):
        report = spelled.refers_to
        if report is None:
            report = _report_of_the_act_just_before(spelled, statements[:n], data)
        # the first words affirmed ("„Wir investieren in unser Personal“, sagte ein Sprecher"): only a negation of the
        # main clause on the report's topic denies after them
        affirmed = not _negates(spelled, data) and "calls_false" not in spelled.extra and not _calls_false(spelled, data)
        if report is None or spelled.continues is not None or not spelled.cue:
            continue
        before = next((g for g in reversed(statements[:n]) if g is not report and g.via is not report), None)
        if before is None or before.kind != "Reported" or before.stance != "deny" or before.refers_to is not report:
            continue
        if spelled.stance != "deny" and spelled.refers_to is not None:
            continue
        for g in statements[n + 1 :]:
            if g.continues is spelled and g.refers_to is None and not g.cue and g.stance not in {"confirm", "concede"} \
                    and (_negates(g, data) and not _contrasts_only(g, data)
                         and not declines_comment([t for span in g.content for t in span], data) or g.stance == "deny") \
                    and not (affirmed and g.stance != "deny" and (_negated_only_below(g, data)
                                                                  or not _on_the_reports_topic(g, report, before))):
                # "Der Bericht sei frei erfunden"; not "Zu Marktgerüchten äußere man sich nicht": declining to comment
                # denies nothing
                g.refers_to = report
                denies_by_content(g)


def _on_the_reports_topic(g: Found, report: Found, denial: Found) -> bool:
    """ "Es habe keinerlei Gespräche mit anderen Trainern gegeben" after a denied report "über eine Trennung von Trainer
    Kolbe": a content word shared with the report or with what the act of denying names."""
    words = _content_stems([t for span in g.content for t in span])
    topic = [t for span in report.content for t in span] + [t for span in denial.content for t in span]
    return bool(_shared_stems(words, _content_stems(topic)))


def _negated_only_below(found: Found, data: LanguageData) -> bool:
    """ "Die Übergabe sei lediglich verschoben worden, weil das Museum noch nicht fertig sei": every negation stands in
    a clause below the main one (after a subordinating conjunction); the main clause negates nothing."""
    negation = data.negation_words()
    tokens = [t for span in found.content for t in span]
    below = next((k for k, t in enumerate(tokens) if t.tag_ == "KOUS"), len(tokens))
    return not any(t.lower_ in negation for t in tokens[:below])


def _report_of_the_act_just_before(first: Found, earlier: list[Found], data: LanguageData) -> Found | None:
    """ "Der Verein hat einen Bericht der „Bild“ über eine Trennung vom Trainer zurückgewiesen. „Er ist unser Trainer“,
    sagte der Sportdirektor. Es habe keinerlei Gespräche gegeben": the first words said right after the act of denying a
    press report, in the next sentence, affirm rather than negate; what continues them negated denies that report. The
    press report the act answers, when `first` is such words (not told as earlier, not by the reporting side or a third
    organisation), else None."""
    if first.refers_to is not None or first.stance != "assert" or not first.cue or _pluperfect(first, data):
        return None
    told = [g for g in earlier if g.via is None]
    # the act, past the report it holds ("hat einen Bericht zurückgewiesen, wonach …")
    denial = told[-2] if len(told) > 1 and told[-2].refers_to is told[-1] else told[-1] if told else None
    if denial is None or denial.kind != "Reported" or denial.stance != "deny" or not denial.cue:
        return None
    report = denial.refers_to
    if report is None or not _press_report(report, data) or _same_side(first, report, data) \
            or _same_side(denial, report, data):
        return None
    res = first.extra.get("resolution")
    if res is not None and res.organisation is not None and res.organisation.name != _who(denial):
        return None  # "Ein Sprecher von Skjern Vind sagte, …": a third side
    sents = text_sentences(first.cue[0].doc)
    start = min(first.cue[0].i, first.content[0].start)
    if _sentence_index(sents, start) - _sentence_index(sents, denial.cue[0].i) != 1:
        return None
    return report


def _contrasts_only(found: Found, data: LanguageData) -> bool:
    """ "Es handle sich um das Fehlverhalten Einzelner, nicht um ein strukturelles Problem": every negation negates a
    phrase set against what the clause says (after a comma or a conjunction, no verb after it); it corrects, it does
    not deny what was reported."""
    negation = data.negation_words()
    tokens = [t for span in found.content for t in span]
    negated = [k for k, t in enumerate(tokens) if t.lower_ in negation]
    return bool(negated) and all(
        k > 0 and (tokens[k - 1].text == "," or tokens[k - 1].tag_ == "KON")
        and not any(t.tag_.startswith("V") for t in tokens[k + 1 :]) for k in negated)


def _spokesperson_of(one: Found, other: Found, data: LanguageData) -> bool:
    """ "Ministeriumssprecher Jonas Berger" after "Das Innenministerium", "Polizeisprecherin" after "Die Polizei": a
    spokesperson whose compound names the kind of the other speaker (the last part of its name) speaks for it."""
    if one.speaker is None or other.speaker is None:
        return False
    heads = sorted(data.words.get("spokesperson_head", ()), key=len, reverse=True)
    names = {t.lower_ for t in other.speaker if t.tag_ in {"NN", "NE"}} | {w.lower() for w in _who(other).split()}
    for t in one.speaker:
        head = next((h for h in heads if t.lower_.endswith(h)), None)
        if head is None:
            continue
        kind = t.lower_[: -len(head)].rstrip("-")
        kinds = {kind, kind[:-1]} if kind.endswith("s") else {kind}  # "Ministeriums-": the linking s
        if any(len(k) >= 4 and w.endswith(k) for k in kinds for w in names):
            return True
    return False


def _spokesperson(found: Found, data: LanguageData) -> bool:
    """ "sagte eine Konzernsprecherin", "Regierungssprecher Mahamat Haggar": said by a spokesperson."""
    heads = tuple(data.words.get("spokesperson_head", ()))
    return found.speaker is not None and any(t.lower_.endswith(heads) for t in found.speaker)


def _press_report(report: Found, data: LanguageData) -> bool:
    """A report of the press: told with a press verb ("hatte berichtet") or by a report noun ("Berichte, wonach …")."""
    media = data.words.get("media_report_noun", frozenset())
    return report.lemma in data.words.get("press_verb", frozenset()) or report.speaker is not None and any(
        t.text in media for t in report.speaker)


def _negates(found: Found, data: LanguageData) -> bool:
    """ "Niemand hat …", "zu keinem Zeitpunkt", "nichts gewusst", "weder … noch": a word that negates the content; or a
    phrase that denies ("Diese Zahl entbehrt jeder Grundlage", `denial_phrase`)."""
    negation = data.negation_words()
    tokens = [t for span in found.content for t in span]
    lowered = [t.lower_ for t in tokens]
    english = bool(tokens) and tokens[0].doc.lang_ == "en"  # (the German spans' parse is not read here)
    return any(t.lower_ in negation and not (english and emphatic_comparative(t)) for t in tokens) or \
        denial_phrase_at(lowered, data) is not None


def emphatic_comparative(t) -> bool:
    """ "my body has never felt better", "we have never been stronger": a negation of a comparison affirms (the best
    ever), it denies nothing (English tags: the German tag set marks no comparative)."""
    return any(c.dep_ in {"acomp", "advmod", "attr", "oprd"} and c.tag_ in {"JJR", "RBR"}
               for c in t.head.children if c is not t)


def _report_of_the_other_side(counter: Found, statements: list[Found], data: LanguageData) -> Found | None:
    """The report a denial naming one ("Bericht", "Vorwürfe") answers, among the statements of other sides."""
    tokens = [t for span in counter.content for t in span]
    if not tokens or not _names_report(tokens, data):
        return None
    others = [g for g in statements if g is counter or not _same_side(g, counter, data)]
    return _report_named(counter, tokens, others, data)


def _named_report_told_after(counter: Found, statements: list[Found], data: LanguageData) -> Found | None:
    """ "X dementierte Berichte, wonach er wechseln werde. … Die Zeitung «Blick» hatte geschrieben, …": a denied
    report with no source named (its speaker only the report noun) is the named press report told after the denial as
    earlier (a press verb in the pluperfect), which the contradiction is with and the denial refers to."""
    report = counter.refers_to
    if report is None or report.lemma != "wonach" or report.speaker is None or _source_words(list(report.speaker), data):
        return None
    # a continuation without a cue of its own ("Die Anlage sei gar nicht in Betrieb gewesen") counts from its content
    at = counter.cue[0] if counter.cue else counter.content[0][0]
    sents = text_sentences(at.doc)
    here = _sentence_index(sents, at.i)
    press = data.words.get("press_verb", frozenset())
    told = [g for g in statements if g.content_start > counter.content_end and g.cue and g.lemma in press
            and _pluperfect(g, data) and g.speaker is not None and not _same_side(g, counter, data)
            and _sentence_index(sents, g.cue[0].i) - here <= REPORT_WINDOW and not _told_in_addition(g, data)]
    return told[0] if told else None


def _told_in_addition(g: Found, data: LanguageData) -> bool:
    """ "Einige Nutzer hatten zudem geschrieben, …": a report told with an additive particle between its auxiliary and
    its participle (`additive_particle`) says something further, not the report the denial answers."""
    if not g.cue_helpers or not g.cue:
        return False
    doc = g.cue[0].doc
    return any(t.lower_ in data.words.get("additive_particle", ()) for t in doc[g.cue_helpers[0].i + 1 : g.cue[-1].i])


def _who(found: Found) -> str:
    res = found.extra.get("resolution")
    if res is not None:
        return res.name
    return found.speaker.text if found.speaker is not None else "an unnamed source"


def _same_side(a: Found, b: Found, data: LanguageData) -> bool:
    """The same speaker, or an organisation and its own spokesperson ("Konzernsprecher Max Held" and the company)."""
    if _who(a) == _who(b):
        return True
    heads = tuple(data.words.get("spokesperson_head", ()))
    for one, other in ((a, b), (b, a)):
        if one.speaker is None or not any(t.lower_.endswith(heads) for t in one.speaker):
            continue
        # "BASF-Sprecher Jens Kolb", "ein Sprecher der BASF": the spokesperson's words name the organisation
        mention = _spaced_words(one.speaker.text)
        names = [_who(other)] + ([other.speaker.text] if other.speaker is not None else [])
        if any(_spaced_words(n) in mention for n in names):
            return True
    return False


def _spaced_words(text: str) -> str:
    """Lower-case words, hyphens as spaces, one space around each, so that one name is found inside another as
    whole words ("basf" in "basf sprecher jens kolb")."""
    return f" {' '.join(text.lower().replace('-', ' ').split())} "


def _calls_false(found: Found, data: LanguageData) -> bool:
    falsity = data.words.get("falsity", frozenset())
    reports = data.words.get("report_noun", frozenset())
    tokens = [t for span in found.content for t in span]
    return any(t.text in falsity or t.lemma_ in falsity or falsity_compound(t, data)
               and any(x.lemma_ == "sein" for x in tokens[:k]) for k, t in enumerate(tokens)) and any(
        t.text in reports or t.lemma_ in reports for t in tokens
    )


def _nouns(found: Found) -> set[str]:
    out = set()
    for span in found.content:
        for t in span:
            if t.tag_ in {"NN", "NE"}:
                out.add(t.lemma_.lower().rsplit("-", 1)[-1])
    return out


def _closest_claim(counter: Found, statements: list[Found]) -> Found | None:
    """The earlier claim or assertion by another speaker that shares the most nouns with the counter."""
    best, best_overlap = None, MIN_SHARED_NOUNS - 1
    nouns = _nouns(counter)
    for claim in statements:
        if claim is counter or claim.content_start >= counter.content_start or claim.stance not in {"claim", "assert"}:
            continue
        if _who(claim) == _who(counter):
            continue
        overlap = len(nouns & _nouns(claim))
        if overlap > best_overlap:
            best, best_overlap = claim, overlap
    return best
