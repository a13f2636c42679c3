"""Finds attributed statements in English text from the dependency parse: "X said", "said X", quotes with their
frame before, after or inside, reported speech with "that", "according to", nesting ("citing"), continuations
across paragraphs. Cue verbs, media and closed word classes come from `lang/en`; the statements are the same
`Found` objects the German rules build, so the record, speakers and contradictions are shared."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution import Found
from whosaid.components.contradictions import emphatic_comparative
from whosaid.components.entities import abbreviates
from whosaid.components.phrases import sentence_index
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, load_language

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
# a cue that shares the subject of the verb it hangs on: "X said Tuesday, adding that ...", "X smiled and said"
SHARES_SUBJECT = frozenset({"conj", "advcl", "xcomp"})
OPENING_MARKS = frozenset("“\"")
CLOSING_MARKS = frozenset("”\"")
QUOTE_MARK_TEXTS = frozenset({"“", "”", '"', "``", "''"})
# "point out", "call for", "call on": the particle or preposition a cue lemma needs to report speech
NEEDS_PARTICLE = {"point": ("out",), "post": ("on",), "push": ("back",)}
# "pushed back on claims that …", "pushed back against the allegations": a cue whose object follows a preposition
PREPOSITIONAL_OBJECT = {"push": frozenset({"on", "against"})}
MAX_SPEAKER_TOKENS = 25
DASHES = frozenset({"-", "—", "–", "--"})
MAX_DATELINE_PLACE = 8  # tokens before the agency's bracket: "GOMA, Democratic Republic of Congo, Nov 25"


@dataclass(frozen=True)
class Quote:
    """One quoted stretch inside one paragraph; `open_ended` when the paragraph ends before the quote closes (the
    English convention for a quote that runs on into the next paragraph)."""

    start: int  # inner text, character offsets
    end: int
    open_ended: bool
    opens_paragraph: bool


def find_quotes(text: str) -> list[Quote]:
    """Double-quoted stretches per paragraph (line); single quotes are left alone (apostrophes, nested quotes)."""
    quotes: list[Quote] = []
    pos = 0
    for line in text.split("\n"):
        start_of_line, opened = pos, None
        first = len(line) - len(line.lstrip())
        for k, ch in enumerate(line):
            i = start_of_line + k
            if opened is None and ch in OPENING_MARKS and (ch == "“" or _straight_opens(text, i)):
                opened = i
            elif opened is not None and ch in CLOSING_MARKS:
                if text[opened + 1 : i].strip():
                    quotes.append(Quote(opened + 1, i, False, opened - start_of_line == first))
                opened = None
        if opened is not None and text[opened + 1 : start_of_line + len(line)].strip():
            quotes.append(Quote(opened + 1, start_of_line + len(line.rstrip()), True, opened - start_of_line == first))
        pos += len(line) + 1
    return quotes


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace()


@Language.factory(
    "whosaid_attribution_en",
    assigns=["doc._.statements"],
    requires=["token.dep", "token.lemma", "token.tag", "doc.sents"],
    default_config={"lang": "en"},
)
def make_attribution_en(nlp: Language, name: str, lang: str) -> EnglishAttribution:
    register_extensions()
    return EnglishAttribution(load_language(lang))


class EnglishAttribution:
    def __init__(self, data: LanguageData) -> None:
        self.data = data

    def __call__(self, doc: Doc) -> Doc:
        doc._.lang_data = self.data
        doc._.statements = find_statements(doc, self.data)
        return doc


def _token_span(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return _trim(span)


def _trim(span: Span, marks: bool = False) -> Span | None:
    """`span` without white space and edge punctuation (and quotation marks when `marks`)."""
    doc = span.doc
    start, end = span.start, span.end

    def edge(t: Token) -> bool:
        return t.is_space or t.text in {",", ";", ":", "—", "–", "-"} or marks and t.text in QUOTE_MARK_TEXTS

    while start < end and edge(doc[start]):
        start += 1
    while end > start and (edge(doc[end - 1]) or doc[end - 1].text in {".", "?", "!"} and marks):
        end -= 1
    return doc[start:end] if end > start else None


def find_statements(doc: Doc, data: LanguageData) -> list[Found]:
    text = doc.text  # Doc.text joins every token: read it once
    quotes = find_quotes(text)
    spans: list[tuple[Quote, Span]] = []
    for q in quotes:
        span = _token_span(doc, q.start, q.end)
        if span is not None:
            spans.append((q, span))
            for tok in span:
                tok._.in_quote = True
    found: list[Found] = []
    for sent in doc.sents:
        for tok in sent:
            f = _verb_statement(tok, sent, spans, data)
            if f is not None:
                found.append(f)
                found.extend(_second_that_clauses(f))
        found.extend(_according_to(sent, data, found))
        found.extend(_headline_colon(sent, data, text))
    found = _without_overlaps(found)
    # "accused the council of ignoring a survey that recommended closing the bridge": a relative clause describing a
    # noun inside what another statement says is part of it, no statement of its own
    found = [f for f in found if not (f.cue and f.cue[0].dep_ == "relcl" and any(
        c.dep_ in SUBJECTS and c.tag_ == "WDT" for c in f.cue[0].children) and any(
        g is not f and any(s.start <= f.cue[0].i < s.end for s in g.content) for g in found))]
    # 'said its staff had called 911 “immediately”', 'said production was continuing “normally”': a quoted word
    # without a verb after a verb inside what another statement says is that statement's quote, no speech act
    found = [f for f in found if not (f.kind == "Direct" and f.cue and all(
        not any(t.pos_ in {"VERB", "AUX"} for t in span) for span in f.content) and any(
        g is not f and g.kind == "Indirect" and any(s.start <= f.cue[0].i < s.end for s in g.content) for g in found))]
    # 'said patients had waited four hours while the trust reported average delays of under 40 minutes', 'The
    # affidavit says surveillance video shows the gunman firing': a speech act inside what another statement says
    # is part of it, no statement of its own (the sets count such nested statements as optional at most); where two
    # statements hold each other's cue (a misparsed "according to" at the end), both stay
    def inside(f: Found, g: Found) -> bool:
        return bool(f.cue) and any(s.start <= f.cue[0].i < s.end for s in g.content)

    found = [f for f in found if not any(g is not f and inside(f, g) and not inside(g, f) for g in found)]
    found.extend(_nested(found, data))
    found.extend(_appended_denials(found, data))
    found.extend(_continuations(doc, text, spans, found, data))
    found.sort(key=lambda f: (f.content_start, f.cue[0].i if f.cue else 10**9))
    found.extend(_reports_named_in_answers(found, data))
    found.sort(key=lambda f: (f.content_start, f.cue[0].i if f.cue else 10**9))
    _link_nesting(found)
    _cited_sources_again(found)
    _content_denials(found, data)
    _link_answers(found, data)
    _link_confirmations(found, data)
    _restated_denials(found, data)
    _negations_after_denials(found, data)
    _no_such_denials(found)
    _there_is_no_denials(found)
    _obligations_demand(found, data)
    _negated_repeats(found)
    _corrections(found)
    _written_on_in_the_same_channel(found)
    return found


def _written_on_in_the_same_channel(found: list[Found]) -> None:
    """ 'said in a post on Instagram that … "I have never cheated," she wrote.': what the speaker "wrote"
    right after (by a pronoun, the next statement, in the next sentence) without a channel of its own is written in the
    channel just named."""
    for n, f in enumerate(found):
        if n == 0 or f.lemma != "write" or f.medium is not None or f.speaker is None or len(f.speaker) != 1 \
                or f.speaker[0].pos_ != "PRON" or not f.cue:
            continue
        g = found[n - 1]
        if g.medium is None or g.speaker is None or not g.cue:
            continue
        sents = list(f.cue[0].doc.sents)
        # (the parser may split the sentence before in two at a relative clause)
        if 0 <= sentence_index(sents, f.cue[0].i) - sentence_index(sents, g.cue[0].i) <= 2:
            f.medium = g.medium


ANYTHING = "<anything>"


def _negated_repeats(found: list[Found]) -> None:
    """ "The finish was inspected and approved by the riders' own representatives" … "The riders' union said it had
    never approved the finish", "No regulator has placed a hold on any of our trials": a statement that negates the
    verb another speaker used before (with "not", "never", or a subject "no one", "no regulator"), of a thing that
    statement named, denies it."""

    def negated(t: Token) -> bool:
        chain = [t]
        while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)  # "has paused, suspended or placed": the first verb's subject and "not"
        for v in chain:
            if any(c.dep_ == "neg" for c in v.children) or any(
                    c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"nobody", "none"} or any(
                        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in v.children):
                return True
        return False

    def verbs(f: Found, negative: bool) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for span in f.content:
            for t in span:
                if t.pos_ != "VERB" or negated(t) != negative:
                    continue
                # (what the denial says itself: its main verb, not one in a condition "if the list was not published")
                if negative and span.start <= t.head.i < span.end and t.head.i != t.i and t.dep_ != "conj":
                    continue
                # (the denial's own object; anything the earlier statement named)
                among = list(t.subtree) if negative else span
                nouns = {c.lemma_.lower() for c in among if c.pos_ in {"NOUN", "PROPN"} and span.start <= c.i < span.end}
                if negative and any(c.lower_ in {"anything", "anyone", "anybody"} for c in among):
                    nouns.add(ANYTHING)  # "nobody has signed anything": whatever the report said was signed
                out.setdefault(t.lemma_.lower(), set()).update(nouns)
        return out

    def spoken_by(g: Found) -> Found:  # a continuation's speaker is the one of the statement it continues
        while g.speaker is None and g.continues is not None:
            g = g.continues
        return g

    for n, f in enumerate(found):
        if f.stance not in {"assert", "claim"} or f.refers_to is not None or not f.content or f.via is not None:
            continue
        mine = verbs(f, True)
        if not mine:
            continue
        # (what a denier goes on to say in a quote of its own is a claim that can be denied in turn)
        earlier = [g for g in found[:n] if g.via is None and g.content and (g.stance != "deny" or g.continues)
                   and spoken_by(g).speaker is not None and f.speaker is not None and not _same_speaker(f, spoken_by(g))
                   and any(lemma in (theirs := verbs(g, False)) and (nouns & theirs[lemma] or ANYTHING in nouns
                                                                    and g.lemma == "report")
                           for lemma, nouns in mine.items())]
        if earlier:
            f.stance, f.refers_to = "deny", earlier[-1]
    for n, f in enumerate(found):
        # ("He just hasn't read it" … "Dunmore's chief of staff said the senator had read the audit": the other way
        # round, a verb another speaker negated before, said of a thing that statement named, denies the negation)
        if f.stance not in {"assert", "claim"} or f.refers_to is not None or not f.content or f.via is not None \
                or f.speaker is None or verbs(f, True):
            continue
        mine = {lemma: nouns for lemma, nouns in verbs(f, False).items() if nouns}
        negations = [g for g in found[:n] if g.via is None and g.content and g.stance in {"assert", "claim"}
                     and spoken_by(g).speaker is not None and not _same_speaker(f, spoken_by(g))
                     and any(lemma in verbs(g, True) and nouns & {t.lemma_.lower() for span in g.content for t in span
                                                                  if t.pos_ in {"NOUN", "PROPN"}}
                             for lemma, nouns in mine.items())]
        if negations:
            f.stance, f.refers_to = "deny", negations[-1]


def _corrections(found: list[Found]) -> None:
    """ "A spokeswoman said the bid requirements were changed before the deadline, not after": a correction ("…, not
    after") of what another speaker said before ("had rewritten the bid requirements after the deadline"), with the
    corrected word and another of its words in that statement, denies it."""
    for n, f in enumerate(found):
        if f.stance not in {"assert", "claim"} or f.refers_to is not None or not f.content or f.speaker is None:
            continue
        tokens = [t for span in f.content for t in span if not t.is_punct or t.text == ","]
        k = next((k for k in range(1, len(tokens) - 1) if tokens[k].lower_ == "not" and tokens[k - 1].text == ","
                  and 1 <= len(tokens) - k - 1 <= 3), None)
        if k is None:
            continue
        corrected = {t.lower_ for t in tokens[k + 1 :] if t.is_alpha}
        said = {t.lemma_.lower() for t in tokens[:k] if t.pos_ in {"NOUN", "PROPN"}}
        earlier = [g for g in found[:n] if g.via is None and g.content and g.stance in {"assert", "claim"}
                   and g.speaker is not None and not _same_speaker(f, g)
                   and corrected <= {t.lower_ for span in g.content for t in span}
                   and said & {t.lemma_.lower() for span in g.content for t in span}]
        if earlier:
            f.stance, f.refers_to = "deny", earlier[-1]


def _obligations_demand(found: list[Found], data: LanguageData) -> None:
    """ "told a news briefing that Pakistan "must stop using …"", "said residents should boil their water": a reported
    clause whose verb takes a modal of obligation demands the act (not "should have been", a judgement on the
    past)."""
    modals = data.words.get("deontic_modal", frozenset())
    for f in found:
        if f.stance != "assert" or f.kind != "Indirect" or not f.content or not f.cue:
            continue
        span = f.content[0]
        root = next((t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i), None)
        if root is None or root.pos_ not in {"VERB", "AUX"}:
            continue
        auxes = [c.lower_ for c in root.children if c.dep_ == "aux"]
        if not any(a in modals for a in auxes) or "have" in auxes:
            continue
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        agents = data.role_nouns | data.words.get("person_noun", frozenset()) | data.words.get("obliged_noun", frozenset())
        if "must" not in auxes and not (subject is not None and (
                subject.pos_ == "PROPN" or subject.pos_ == "PRON" and subject.lower_ not in {"it", "this", "that"}
                or subject.lemma_.lower() in agents or subject.lower_ in agents)):
            continue  # ("growth should pick up": an expectation of things)
        f.stance = "demand"  # ("must not cut jobs": a prohibition demands as well)


def _there_is_no_denials(found: list[Found]) -> None:
    """ "Morimoto blamed the jump on hoarding by wholesalers … “There is no hoarding,” Endo said": "there is no X"
    where X is a thing another speaker said was there denies that speaker's last statement naming it."""
    for n, f in enumerate(found):
        if f.stance == "deny" or f.refers_to is not None or not f.content or f.via is not None:
            continue
        noun = next((t.head for span in f.content for t in span if t.lower_ == "no" and t.dep_ == "det"
                     and t.head.pos_ == "NOUN" and t.head.head.lemma_ == "be"
                     and any(c.dep_ == "expl" for c in t.head.head.children)
                     and not any(c.dep_ == "neg" for c in t.head.head.children)), None)
        if noun is None:
            continue
        named = [g for g in found[:n] if g.via is None and g.content and g.stance != "deny" and not _same_speaker(f, g)
                 and any(t.lemma_.lower() == noun.lemma_.lower() for span in g.content for t in span)]
        if named:
            f.stance, f.refers_to = "deny", named[-1]


def _reports_named_in_answers(found: list[Found], data: LanguageData) -> list[Found]:
    """ "rejected a report by the Wall Street Journal that it would cut 5,000 jobs", "denied a Reuters report that
    …": the report is a statement of its outlet (cue: the report noun), with the that-clause as content, and the
    denial or confirmation answers it."""
    reports = data.words.get("press_report_noun", frozenset())
    out = []
    for f in found:
        if f.stance not in {"deny", "confirm"} or not f.cue:
            continue
        noun = next((c for c in f.cue[0].children if c.dep_ == "dobj" and c.lower_ in reports), None)
        clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"}
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None) if noun else None
        if clause is None:
            continue
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        outlet = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else next(
            (c for c in noun.children if c.dep_ in {"compound", "poss"} and c.i < noun.i), None)
        speaker = _noun_phrase(outlet) if outlet is not None else None
        if speaker is not None and speaker[-1].dep_ == "case":
            speaker = speaker[:-1]  # "the newspaper's report": the newspaper
        content = _subtree_span(clause, exclude=noun)
        if speaker is None or content is None or _report_told(f, speaker, found, data):
            continue
        mark = next(m for m in clause.children if m.dep_ == "mark")
        content = _trim(content.doc[mark.i + 1 : content.end]) if mark.i == content.start else content
        # "…, calling it “baseless”": a participle the parser hung inside the clause speaks with the denial
        cut = next((t.i for t in content or () if t.i > content.start
                    and getattr(_governing_cue(t), "i", None) == f.cue[0].i), None)
        if content is not None and cut is not None:
            content = _trim(content.doc[content.start : cut])
        if content is None:
            continue
        report = Found(cue=[noun], lemma="report", stance="claim", kind="Indirect", content=[content],
                       speaker=speaker)
        report.frame = content.doc[noun.left_edge.i : content.end]
        f.refers_to = report
        out.append(report)
    return out


def _report_told(denial: Found, outlet: Span, found: list[Found], data: LanguageData) -> bool:
    """The article tells the report a denial names in a sentence of its own ("Bloomberg had reported on Monday that
    …"): a reporting verb whose speaker shares a name with the outlet (any other speaker's report where the outlet
    is not named: "a newspaper report" … "The Arizona Sentinel reported")."""
    reporting = data.words.get("report_verb", frozenset()) | {"report"}
    names = {t.text for t in outlet if t.pos_ == "PROPN"}
    full = " ".join(t.text for t in outlet if t.pos_ == "PROPN")
    for g in found:
        if g is denial or not g.cue or g.cue[0].pos_ not in {"VERB", "AUX"} or g.lemma not in reporting \
                or g.speaker is None or _same_speaker(denial, g):
            continue
        # "a report by the Financial Times" … "The FT had reported": the outlet by its initials
        initials = any(len(t.text) >= 2 and t.text.isupper() and abbreviates(t.text, full) for t in g.speaker)
        if not names or any(t.text in names for t in g.speaker) or initials \
                or _outlet_taken_up_after(g, denial, data):
            return True
    return False


def _outlet_taken_up_after(g: Found, answer: Found, data: LanguageData) -> bool:
    """ "The newspaper had reported on Tuesday …" after the answer: an outlet taken up by its noun alone."""
    words = [t for t in g.speaker if not t.is_space] if g.speaker is not None else []
    return len(words) == 2 and words[0].lower_ == "the" \
        and words[1].lower_ in data.words.get("outlet_noun", frozenset()) and g.content_start > answer.content_start


def _content_denials(found: list[Found], data: LanguageData) -> None:
    """ "The report is wrong," a spokesperson said; "That is false": content that calls a report or what was just
    said false denies it, whatever its cue."""
    falsity = data.words.get("falsity", frozenset())
    reports = data.words.get("report_noun", frozenset()) | data.words.get("press_report_noun", frozenset())
    for f in found:
        if f.stance == "deny" or not f.content:
            continue
        if f.kind == "Indirect" and _denies_in_reported_words(f.content[0], data, f.speaker):
            f.stance = "deny"  # "Cron said he “strongly rejects” the characterisation of the incident"
            f.extra["restated_denial"] = True
            continue
        untrue = _no_truth_in(f.content[0], reports)
        if untrue is not None:
            f.stance = "deny"  # “There is no truth in this story”, “There is no truth to these claims”
            f.extra["calls_report_false"] = untrue.lower_ in reports
            f.extra["demonstrative"] = any(c.dep_ == "det" and c.lower_ in {"this", "that", "these", "those"}
                                           for c in untrue.children) or untrue.lower_ in {"this", "that", "it"}
            continue
        if f.kind == "Direct" and _denies_in_own_words(f.content[0], data):
            f.stance = "deny"  # “We reject these accusations,” “My client denies that …”
            f.extra["restated_denial"] = True
            # ("these accusations", "that characterisation": what was just said)
            f.extra["demonstrative"] = any(t.dep_ == "det" and t.lower_ in {"that", "this", "these", "those"}
                                           and t.head.dep_ == "dobj" for t in f.content[0])
            continue
        negated = _negated_truth(f.content[0], reports, data)
        if negated is not None:
            f.stance = "deny"  # “That is not true”, “That simply did not happen”, “These claims are not accurate”
            f.extra["calls_report_false"] = negated.lower_ in reports
            f.extra["demonstrative"] = negated.lower_ in {"that", "this"} or any(
                c.dep_ == "det" and c.lower_ in {"that", "this", "these", "those"} for c in negated.children)
            continue
        # "calling it “pure speculation”": the called thing is the object of the cue, what it is called its content
        called = [f.cue[0]] if f.lemma in CALLING_CUES and f.cue else []
        for t in (t for span in f.content for t in span):
            # ("That story is made up": the phrasal verb calls it false as well)
            made_up = t.lemma_ == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children) \
                and any(c.dep_ == "nsubjpass" for c in t.children)
            if made_up:
                t = next(c for c in t.children if c.dep_ == "prt")
            # (“That is false, full stop”: the parser may read the word as a modifier of the noun after it, right
            # after the copula)
            copula = t.doc[t.i - 1] if t.i > 0 and t.dep_ == "amod" and t.doc[t.i - 1].lemma_ == "be" else None
            if not made_up and t.lower_ not in falsity or not made_up and copula is None and t.dep_ not in {
                    "acomp", "attr", "ccomp", "xcomp", "oprd"} \
                    or any(c.dep_ == "neg" for c in (copula or t.head).children):
                continue
            # "The report is wrong": the subject of the copula; "that account was contradicted by the evidence":
            # the passive subject of the verb itself
            holder = copula if copula is not None else t if t.pos_ == "VERB" and any(
                c.dep_ == "nsubjpass" for c in t.children) else t.head
            # ("The chairman called the report baseless": of the calling verb, its object, not who calls)
            # ("branded the claims false": the parser may make the object the subject of the word it is called)
            subject = next((c for c in [*holder.children, *t.children] if c.dep_ == "dobj" or c.dep_ == "nsubj"
                            and c.head is t), None) if holder in called else next(
                (c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and (subject.lower_ in reports or subject.lower_ in {"this", "that", "it"}):
                f.stance = "deny"
                f.extra["calls_report_false"] = subject.lower_ in reports
                # "that account", also where the parser read "said that account was …" as the complementizer
                # ("That is categorically untrue": the demonstrative pronoun itself takes up what was just said)
                f.extra["demonstrative"] = subject.lower_ in {"that", "this"} or any(
                    # ("The lawsuit claims … “These claims are false,” attorney X said")
                    c.dep_ == "det" and c.lower_ in {"that", "this", "these", "those"} for c in subject.children) or (
                    subject.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in subject.children)
                    and subject.left_edge.i > 0 and subject.doc[subject.left_edge.i - 1].lower_ == "that")
                break


def _negated_truth(content: Span, reports: frozenset[str], data: LanguageData) -> Token | None:
    """ "That is not true", "That is not the case", "The report is not accurate", "That simply did not happen", "That
    never happened": the subject (a demonstrative or a report noun) of a negated word of truth or of an event, else
    None."""
    truths, events = data.words.get("truth", frozenset()), data.words.get("occurrence_verb", frozenset())
    for t in content:
        if t.lemma_.lower() in truths and t.dep_ in {"acomp", "attr"}:
            holder = t.head
        elif t.lemma_.lower() in data.words.get("truth_verb", frozenset()) and t.pos_ == "VERB":
            holder = t  # "The inspector's account does not reflect what happened"
        elif t.lemma_.lower() in events and t.pos_ == "VERB" and not any(
                c.dep_ in {"prep", "npadvmod", "advcl", "dobj", "xcomp", "ccomp"}
                or c.dep_ == "advmod" and c.lower_ not in {"simply", "just", "ever", "really", "absolutely"}
                for c in t.children):
            holder = t  # (not "This did not happen by accident", "That did not happen overnight": how, not whether)
        else:
            continue
        # (the clause itself, not one coordinated after it: "Brightwave told people they had nothing to worry
        # about, and that was not true" denies nothing said before)
        if holder.i != content.root.i or not any(c.dep_ == "neg" for c in holder.children):
            continue
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.lower_ in reports or subject.lower_ in {"that", "this"}):
            return subject
    return None


def _no_truth_in(content: Span, reports: frozenset[str]) -> Token | None:
    """ "There is no truth in this story", "There is no truth whatsoever to these claims": what has no truth in it (a
    report noun or a demonstrative), else None."""
    for t in content:
        if t.lower_ == "truth" and any(c.lower_ == "no" and c.dep_ == "det" for c in t.children):
            for p in (c for c in [*t.children, *t.head.children] if c.dep_ == "prep" and c.lower_ in {"in", "to"}):
                obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None and (obj.lower_ in reports or obj.lower_ in {"this", "that", "it"}):
                    return obj
    return None


def _denies_in_reported_words(content: Span, data: LanguageData, speaker: Span | None = None) -> bool:
    """ "said he “strongly rejects” the characterisation", "said she completely rejected the conclusions": a reported
    clause whose verb is a denial of a noun phrase or a clause, its subject a personal pronoun that can be the speaker
    ("Prosecutors said he denied the allegations" tells another's denial, no restated one)."""
    root = next((t for t in content if t.pos_ in {"VERB", "AUX"} and (t.head.i == t.i or not content.start <= t.head.i
                                                                      < content.end)), None)
    if root is None:
        return False
    cue = data.verb_cues.get(root.lemma_.lower())
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    # ("The South African player … “categorically denies” the allegation, South Africa Rugby said": a person
    # named by a role who denies now)
    person = subject is not None and subject.lower_ in {"he", "she", "they", "we", "i"} and (
        subject.lower_ not in {"he", "she"} or _one_person(speaker, data)) or (
        subject is not None and root.tag_ == "VBZ" and subject.tag_ == "NN"
        and (subject.lower_ in data.role_nouns or subject.lower_ in data.words.get("person_noun", frozenset())
             or subject.lower_ in data.words.get("denier_noun", frozenset())))
    return cue is not None and cue.stance == "deny" and person and not any(c.dep_ == "neg" for c in root.children) \
        and not any(c.dep_ in {"aux"} and c.lower_ in {"would", "could", "might", "may", "will"} for c in root.children) \
        and any(c.dep_ in {"dobj", "ccomp"} for c in root.children)


def _one_person(speaker: Span | None, data: LanguageData) -> bool:
    """The speaker may be one person that "he" or "she" takes up: no plural and no body ("Prosecutors", "Police")."""
    if speaker is None:
        return True
    head = speaker[-1]
    return head.tag_ not in {"NNS", "NNPS"} and head.lower_ not in _lowered(data.org_nouns)


def _restated_denials(found: list[Found], data: LanguageData) -> None:
    """A denial the speaker restates in a reported clause ("Cron said he “strongly rejects” the characterisation")
    answers what the speaker's earlier denial answers; one of "the conclusions" or "the findings" the study's lead
    claim ("The report found that … Ms Langford said she rejected the conclusions")."""
    findings, verbs = data.words.get("finding_noun", frozenset()), data.words.get("finding_verb", frozenset())
    for n, f in enumerate(found):
        if not f.extra.get("restated_denial") or f.refers_to is not None:
            continue
        # ("Thames Water has denied allegations … “We strongly deny that …,” a Thames Water spokesperson said")
        earlier = [g for g in found[:n] if g.stance == "deny" and g.refers_to is not None and g.speaker is not None
                   and f.speaker is not None and ({t.lower_ for t in f.speaker} <= {t.lower_ for t in g.speaker}
                                                  or _same_person_again(g, f, data))]
        if earlier:
            f.refers_to = earlier[-1].refers_to
            continue
        objects = [t for t in f.content[0] if t.dep_ == "dobj" and t.lower_ in findings
                   and not any(c.dep_ in {"prep", "acl", "relcl"} for c in t.children)]
        said = [g for g in found[:n] if g.via is None and g.lemma in verbs and not _same_speaker(f, g)]
        if objects and said:
            f.refers_to = said[0]


def _denies_in_own_words(content: Span, data: LanguageData) -> bool:
    """A quote whose first sentence denies in the present tense: “We reject these accusations,” “I deny that,” “My
    client denies that he held any extremist views,” “I don't accept that characterisation,” “We do not recognise the
    account given by the family” (no denial under a negation, a question or a condition: “We do not dispute the
    figures”)."""
    # (the quote's first clause: its verb may hang on the frame's verb outside it)
    root = next((t for t in content if t.pos_ in {"VERB", "AUX"} and (t.head.i == t.i or not content.start <= t.head.i
                                                                      < content.end)), None)
    present = root is not None and (root.tag_ in {"VBP", "VBZ"} or root.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in {"VBP", "VBZ"} for c in root.children))
    if not present:
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > root.i or any(c.dep_ == "mark" or c.lower_ in {"if", "whether"} for c in root.children):
        return False
    negated = any(c.dep_ == "neg" for c in root.children)
    cue = data.verb_cues.get(root.lemma_.lower())
    # the speaker's own side: "I", "we", "my client", "our company" ("The government denies …" in an aid worker's
    # quote is the government's denial, told by her)
    own = subject.lower_ in {"i", "we"} or any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in subject.children)
    if cue is not None and cue.stance == "deny" and not negated:
        return own and any(c.dep_ in {"dobj", "ccomp"} for c in root.children)
    # “I don't accept that characterisation”, “We do not accept these claims”
    reports = data.words.get("report_noun", frozenset()) | data.words.get("press_report_noun", frozenset())
    # (“We do not recognise the account given by the family”)
    return negated and root.lemma_.lower() in data.words.get("negated_denial_verb", frozenset()) \
        and subject.lower_ in {"i", "we"} and any(
        c.dep_ == "dobj" and (c.lower_ in reports or c.lower_ in {"that", "this"}) for c in root.children)


# --- verb cues ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _past_cue_forms(rows: frozenset[str]) -> dict[str, str]:
    """past_cue_form rows ("said:say") as past form -> lemma, parsed once."""
    return dict(w.split(":", 1) for w in rows if ":" in w)


@lru_cache(maxsize=4)
def _lowered(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _past_cue_read_as_noun(tok: Token, data: LanguageData) -> str | None:
    """ '“I need to stop and reflect,” the 52-year-old wrote.': a cue's past tense the tagger read as a noun, ending
    a frame after a quote: the verb's lemma ("said:say" in past_cue_form)."""
    if tok.pos_ != "NOUN":
        return None  # (asked of every token: the cheap test first)
    forms = _past_cue_forms(data.words.get("past_cue_form", frozenset()))
    if tok.lower_ not in forms or tok._.in_quote or tok.dep_ != "ROOT" or tok.i == 0:
        return None
    doc = tok.doc
    if tok.i + 1 < len(doc) and not (doc[tok.i + 1].is_punct or doc[tok.i + 1].is_space):
        return None
    if not any(t._.in_quote for t in doc[tok.sent.start : tok.i]) or not any(c.dep_ == "det" for c in tok.children):
        return None
    return forms[tok.lower_]


def _cue_lemma(tok: Token, data: LanguageData) -> str | None:
    misread = _past_cue_read_as_noun(tok, data)
    if misread is not None:
        return misread
    if tok.pos_ not in {"VERB", "AUX"} or tok._.in_quote or tok.tag_ in {"VB"} and _to_infinitive(tok):
        return None
    lemma = tok.lemma_.lower()
    if lemma not in data.verb_cues:
        return None
    if any(c.dep_ == "ccomp" and c.i > tok.i and c.lemma_.lower() in data.verb_cues
           and (before := _clause_before_frame(c, c.sent)) is not None and before.start <= tok.i < before.end
           for c in tok.children):
        # "The mayor asked the police chief to drop an inquiry, the Chicago Tribune reported on Monday.": the frame
        # closing the sentence, which the parser hangs on the cue as its clausal object, reports the cue's act
        return None
    if tok.tag_ == "VBG" and tok.dep_ not in {"advcl", "conj", "ROOT", "ccomp", "parataxis"}:
        return None  # "the saying", "a statement saying": no speaker of its own
    if any(c.dep_ == "aux" and c.lower_ in data.words.get("modal", ()) for c in tok.children):
        return None  # "she would demand a hearing": not said yet
    if tok.dep_ in {"dobj", "pobj"} and any(c.dep_ == "det" and c.i < tok.i for c in tok.children):
        return None  # "She called that claim “a fantasy”": the object of a verb, with an article, is a noun
    if tok.dep_ == "xcomp" and tok.tag_ in {"VB", "VBP"} and tok.head.lemma_.lower() in data.verb_cues:
        return None  # "Carmaker denies report it will close plant": a headline's noun the parser read as a verb
    if tok.i > 0 and _third_person_cue(tok.doc[tok.i - 1].lower_, data) not in {None, lemma}:
        return None  # "Ghana rejects report it will halt sales": the headline's verb the tagger read as a noun
    if lemma in {"ask", "request"} and any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in
                                           data.words.get("anonymity_verb", ()) for c in tok.children):
        return None  # "who asked not to be named": the condition of anonymity, no statement
    if lemma == "ask" and tok.tag_ in {"VBD", "VBN"} and tok.i > 1 and tok.doc[tok.i - 1].text == "," \
            and tok.doc[tok.i - 2].pos_ in {"PROPN", "NOUN"}:
        return None  # "Coach Henrik Asmussen, asked whether he wanted the forward, smiled": he was asked
    if any(c.dep_ == "neg" for c in tok.children):
        # "Duarte did not deny that he had been approached", "The singer has not commented on the lawsuit", "did not
        # say how many jobs would go": what was not said is the narrator's, no statement
        return None
    if tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.head.children) \
            and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in tok.head.children) \
            and not any(c.dep_ in SUBJECTS for c in tok.children):
        # "could not confirm or deny whether a complaint had been received", "would neither confirm nor deny": the
        # negation of the first verb holds for the verb coordinated with it
        return None
    if lemma in {"pledge", "promise"} and any(c.dep_ == "dobj" and (c.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL"}
                                                                    or c.like_num) for c in tok.children):
        return None  # "The EU has pledged $3 billion to help …": money given, not words said
    if lemma == "report" and any(c.dep_ == "dobj" for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" for o in tok.children if o.dep_ == "dobj" for c in [*tok.children,
                                                                                                   *o.children]):
        return None  # "had reported the breach to the regulator": notified, said nothing
    if lemma == "ask" and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent"
                                                                                    for c in tok.children):
        return None  # "it had been asked for an inspection": who asked is not said
    if (tok.tag_ == "VBN" or tok.tag_ == "VBD" and tok.i == tok.sent.start) and tok.dep_ == "advcl" \
            and not any(c.dep_ in {"aux", "auxpass", "agent", *SUBJECTS} for c in tok.children):
        # "Asked whether she would run again, the governor smiled": she was asked; who asked is not said (also where
        # the tagger read the participle opening the sentence as a past tense)
        return None
    if _misread_relative(tok):
        return None  # "accused the board of ignoring a report that recommended …": part of what the accusation says
    needs = NEEDS_PARTICLE.get(lemma)
    if needs and not any(c.lower_ in needs for c in tok.children if c.dep_ in {"prt", "prep", "advmod"}):
        return None
    if lemma == "put" and not (
            any(c.dep_ == "dobj" and c.lemma_.lower() in tok.doc._.lang_data.words.get("estimate_noun", ())
                for c in tok.children)
            and any(c.dep_ == "prep" and c.lower_ == "at" and any(t.like_num for t in c.subtree) for c in tok.children)):
        return None  # only "put the number at 22,000", "put the death toll at 43": an estimate given
    if lemma in PREPOSITIONAL_OBJECT and (any(c.dep_ == "dobj" for c in tok.children) or not any(
            c.dep_ == "prep" and c.lower_ in PREPOSITIONAL_OBJECT[lemma] for c in tok.children)):
        return None  # "pushed back police lines", "pushed back the launch": moved, said nothing
    return lemma


def _misread_relative(tok: Token) -> bool:
    """A clause the parser hung on a verb as its complement whose subject is the relative "that"/"which" right after a
    noun ("ignoring a consultant's report that recommended …"): a relative clause of that noun."""
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS and c.tag_ == "WDT"), None)
    return tok.dep_ in {"ccomp", "advcl"} and subject is not None and subject.i > 0 and subject.nbor(-1).pos_ in {"NOUN", "PROPN"}


def _third_person_cue(word: str, data: LanguageData) -> str | None:
    """ "denies" -> "deny", "rejects" -> "reject", "dismisses" -> "dismiss": the cue a third-person form spells."""
    for stem in (word[:-3] + "y" if word.endswith("ies") else None, word[:-2] if word.endswith("es") else None,
                 word[:-1] if word.endswith("s") else None):
        if stem and stem in data.verb_cues:
            return stem
    return None


def _to_infinitive(tok: Token) -> bool:
    """ "declined to say", "wants to tell": no speech act reported."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _verb_statement(tok: Token, sent: Span, quotes: list[tuple[Quote, Span]], data: LanguageData) -> Found | None:
    lemma = _cue_lemma(tok, data)
    if lemma is None:
        return None
    entry = data.verb_cues[lemma]
    wish = _for_infinitive(tok) if entry.stance == "demand" else None
    content, kind = ([wish], "Indirect") if wish is not None else _content(tok, sent, quotes, entry.takes, lemma)
    if not content:
        return None
    speaker = _speaker(tok)
    if speaker is None:
        speaker, content = _apposition_before_cue(tok, content)
    if speaker is not None and any(speaker.start <= c.start < speaker.end or c.start <= speaker.start < c.end
                                   for c in content):
        return None
    cue = [tok] + [c for c in tok.children if c.dep_ == "prt"]
    stance = _stance(tok, entry.stance)
    governed = _governed_preposition(tok, lemma, stance) if wish is None else None
    if governed is not None:
        # "called on the minister to resign", "asked for a sentence of 15 years": the preposition is part of the cue
        cue.append(governed)
        lemma = f"{lemma} {governed.lower_}"
        if governed.lower_ == "for" and content and content[0].start > governed.i:
            kind = "Reported"
    f = Found(cue=sorted(cue, key=lambda t: t.i), lemma=lemma, stance=stance, kind=kind,
              content=content, speaker=speaker)
    f.cue_helpers = [c for c in tok.children if c.dep_ in {"aux", "auxpass"} and c.i < tok.i and c.lower_ != "to"]
    f.frame = _frame(tok, content)
    f.medium = _medium(tok, data)
    f.addressee = _addressee(tok)
    return f


def _second_that_clauses(f: Found) -> list[Found]:
    """ "told reporters that inflation had eased and that prices would stay low", "said 4,312 names had been removed,
    and that the list would be published": a clause coordinated with the reported clause under a "that" of its own is
    a second statement with the same cue (one clause with two predicates, "said it had closed and would reopen",
    stays one)."""
    if f.kind != "Indirect" or not f.cue or len(f.content) != 1:
        return []
    content = f.content[0]
    doc = content.doc
    root = content.root

    def of_the_root(t: Token) -> bool:
        # the parser may hang the second clause on an adverbial of the first ("…, most of them carrying fruit, and
        # that …"), never on a clause another verb reports ("said the audit found that … and that …")
        for _ in range(4):
            if t == root:
                return True
            if t.dep_ not in {"advcl", "acl", "conj"} or not content.start <= t.head.i < content.end:
                return False
            t = t.head
        return False

    def opened_by_that(c: Token) -> bool:
        first = doc[c.left_edge.i]
        # ("and that households would …": the parser may read "that" as the determiner of a plural subject, which
        # takes none)
        misread = first.lower_ == "that" and first.dep_ == "det" and first.head.tag_ in {"NNS", "NNPS"} \
            and first.head.dep_ in SUBJECTS and first.head.head.i == c.i and not first._.in_quote
        return misread or any(m.dep_ == "mark" and m.lower_ == "that" and not m._.in_quote and m.i == c.left_edge.i
                              for m in c.children)

    seconds = [c for c in content if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and of_the_root(c.head)
               and opened_by_that(c)]
    # ('said in a statement that it was “monitoring …” and that …': the first clause on the medium's noun, the
    # second a conjunct of the cue)
    end = content.end
    noun = root.head
    if not seconds and root.dep_ in {"acl", "relcl"} and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.head.i == f.cue[0].i:
        seconds = [c for c in f.cue[0].children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                   and c.left_edge.i >= content.end and opened_by_that(c)][:1]
        end = seconds[0].right_edge.i + 1 if seconds else end
    if not seconds:
        return []
    parts = []
    start = content.start
    for c in seconds:
        cc = next((t for t in c.head.children if t.dep_ == "cc" and t.i < c.left_edge.i and t.i >= start), None)
        first = _trim(doc[start : cc.i if cc is not None else c.left_edge.i])
        if first is None:
            return []
        parts.append(first)
        start = c.left_edge.i
    last = _trim(doc[start:end])
    if last is None:
        return []
    parts.append(last)
    out = []
    tok = f.cue[0]
    f.content = [parts[0]]
    for part in parts[1:]:
        g = Found(cue=list(f.cue), lemma=f.lemma, stance=f.stance, kind=f.kind, content=[part], speaker=f.speaker)
        g.cue_helpers = list(f.cue_helpers)
        g.medium, g.addressee = f.medium, f.addressee
        out.append(g)
    for g in (f, *out):
        g.frame = _frame(tok, parts)  # neither clause is part of the frame of the other
        g.extra["no_time_in"] = [p for p in parts if p is not g.content[0]]
    return out


def _governed_preposition(tok: Token, lemma: str, stance: str) -> Token | None:
    """The "on" of "called on X to …" and the "for" of "called for an inquiry", "asked for a sentence": a demand's
    preposition (not one of time: "called on Monday")."""
    if stance != "demand" or lemma not in {"call", "ask", "appeal"}:
        return None
    times = [t.start for t in tok.doc._.times or []]
    for c in tok.children:
        if c.dep_ != "prep" or c.i < tok.i or c.lower_ not in {"on", "for"}:
            continue
        pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
        if pobj is None or any(c.idx <= start <= pobj.idx for start in times):
            continue
        if c.lower_ == "for" or any(_demanded_action(x) and x.i > c.i for x in tok.children):
            return c
    return None


def _for_infinitive(tok: Token) -> Span | None:
    """ "appealed for witnesses to come forward", "appealed for anyone with footage to come forward": "for" brings in
    the subject of the infinitive that says what is demanded (no part of the cue): the subject and the infinitive."""
    doc = tok.doc
    for c in tok.children:
        if c.i < tok.i or c.dep_ not in {"advcl", "xcomp"} or not any(a.dep_ == "aux" and a.lower_ == "to"
                                                                   for a in c.children):
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
        if mark is not None:
            return _trim(doc[mark.i + 1 : c.right_edge.i + 1])
        # (not after an object: "had asked the city for years to install a signal")
        prep = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" and tok.i < p.i < c.i
                     and not any(o.dep_ == "dobj" and o.i < p.i for o in tok.children)), None)
        pobj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None and pobj.right_edge.i + 1 == c.left_edge.i:
            return _trim(doc[pobj.left_edge.i : c.right_edge.i + 1])
    return None


def _demanded_action(x: Token) -> bool:
    """The infinitive of "urged X to act", "called on Kareem's team to settle" (which the parser may hang on the cue
    as an adverbial clause)."""
    return x.dep_ == "xcomp" or x.dep_ == "advcl" and x.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in x.children)


def _stance(tok: Token, stance: str) -> str:
    """ "called the strike irresponsible" names something (assert); "called for talks" demands."""
    if stance == "demand" and any(c.dep_ == "oprd" or c.dep_ == "dobj" and c.right_edge.i + 1 < len(tok.doc)
                                  and c.right_edge.nbor().dep_ == "oprd" for c in tok.children):
        return "assert"
    if stance == "demand" and tok.lemma_.lower() == "call" and any(c.dep_ == "ccomp" for c in tok.children):
        return "assert"
    if stance == "demand" and tok.lemma_.lower() == "call" and any(
            c.dep_ == "dobj" and any(g.dep_ == "appos" for g in c.children) for c in tok.children):
        return "assert"  # 'called the plan “a disaster”': the parser hangs the quoted name on the object
    if stance == "demand" and tok.lemma_.lower() == "call" and any(
            c.dep_ == "dobj" and any(g.dep_ == "amod" and g.i > c.i for g in c.children) for c in tok.children):
        return "assert"  # 'called the bill "fiscally reckless"': or the adjective after it, as its modifier
    return stance


def _content(tok: Token, sent: Span, quotes: list[tuple[Quote, Span]], takes: str, lemma: str) -> tuple[list[Span], str]:
    doc = tok.doc
    # a ccomp without a verb is a parser slip in a headline ("Drugmaker recalls blood pressure pills")
    # (a lone participle is no clause: "saying in a statement that … in the cities studied", where the parser hung
    # "studied" on the cue)
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and any(t.pos_ in {"VERB", "AUX"} for t in c.subtree)
               and (c.left_edge.i != c.right_edge.i or c.tag_ not in {"VBN", "VBG"})]
    # "The Times had reported, citing …, that the 34-year-old had told selectors he wanted …": where the parser makes
    # the reported that-clause the root, the report before it is no content of the cue inside it
    # "Retailer Pelham confirms data breach, denies card details were stolen", "RBI cuts rates, governor dismisses talk
    # of rift": a headline's clause before the comma is no content of a cue that has its own after it
    # "Governor vetoes farm bill; Republicans vow override": a semicolon ends what the cue after it may report
    clauses = [c for c in clauses if c.i > tok.i or not any(t.text == ";" for t in doc[c.right_edge.i : tok.i])]
    clause = next((c for c in clauses if c.i > tok.i), None)
    if clause is None and clauses and tok.lemma_.lower() != "tell" and _headline_sentence(tok) and any(
            c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
        clauses = []  # (in a body sentence, "…, the central bank warned investors" keeps the clause before it)
    clause = clause or (clauses[0] if clauses else None)
    if clause is None:
        # "had reported on Monday, citing people familiar with the matter, that the company would …": after an
        # interposed phrase the parser may hang the that-clause on the cue as an adverbial clause
        clause = next((c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        # (or as a conjunct, with the participle inside: "The Sunday Times reported on Sunday, citing two people …,
        # that officials had …"): the clause from its "that"
        conj = next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i), None) \
            if tok.dep_ == "ROOT" and tok.tag_ in {"VBD", "VBZ", "VBP"} else None
        mark = next((m for m in conj.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < conj.i), None) \
            if conj is not None else None
        below = _that_clause_below(tok) if mark is not None else None
        # ('said in a statement that it was “monitoring …” and that …': where the parser hung the first that-clause
        # on the noun of the medium, the conjunct is the second clause, `_second_that_clauses` takes it)
        if mark is not None and not any(c.dep_ in SUBJECTS and c.i < mark.i for c in conj.children) \
                and not (below is not None and below.i < mark.i):
            span = _that_clause(mark, conj)
            if span is not None:
                return [span], "Indirect"
    if clause is None and tok.dep_ in {"ccomp", "parataxis", "advcl"} and tok.head.i > tok.i:
        # "Bloomberg had reported on Monday, citing people familiar with the matter, that Nordhavn was working …":
        # after an interposed phrase the parser may make the that-clause the root and hang the cue on it
        head = tok.head
        mark = next((m for m in head.children if m.dep_ == "mark" and m.lower_ == "that" and m.i > tok.right_edge.i),
                    None)
        span = _that_clause(mark, head) if mark is not None else None
        if span is not None:
            return [span], "Indirect"
    misread_subject = _report_read_as_subjects_modifier(tok)
    if clause is None and misread_subject is not None:
        # "The Herald newspaper reported on Tuesday, citing an internal memo, that Amazon would close …": the parser
        # read the cue as a modifier of its subject, the subject of the that-clause's verb
        head = misread_subject.head
        mark = next(m for m in head.children if m.dep_ == "mark" and m.lower_ == "that" and m.i > tok.i)
        span = _that_clause(mark, head)
        if span is not None:
            return [span], "Indirect"
    if clause is None and tok.dep_ in {"ROOT", "conj"}:
        # "The plan is dead, he said": the parser may hang the reported clause on the cue as parataxis
        clause = next((c for c in tok.children if c.dep_ == "parataxis" and c.i < tok.i), None)
    if clause is not None:
        span = _subtree_span(clause, exclude=tok)
        rest = _predicate_split_off(tok, clause, span)
        if rest is not None:
            span = _trim(doc[span.start : rest])
        coordinated = next((c for c in clause.subtree if c.dep_ == "conj" and c.i > clause.i and _outer_cue(c) == tok),
                           None)
        if span is not None and coordinated is not None:
            cc = next((c for c in coordinated.head.children if c.dep_ == "cc" and c.i < coordinated.i), coordinated)
            span = _trim(doc[span.start : min(cc.i, coordinated.left_edge.i)])
        told_as = next((c for c in clause.children if c.dep_ == "advcl" and c.i > clause.i
                        and c.lemma_.lower() in (doc._.lang_data.verb_cues if doc._.lang_data is not None else {})
                        and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)), None)
        if span is not None and told_as is not None:
            span = _trim(doc[span.start : told_as.left_edge.i])  # ", as lawmaker Y had alleged": Y's statement
        if span is not None and len(span) > 2 and span[-1].lower_ == "as" and span[-2].text == ",":
            span = _trim(span[:-1])  # the parser left the "as" of such a clause dangling
        participle = next((t for t in span or () if t.tag_ == "VBG" and t.dep_ in {"advcl", "conj"} and t.i > span.start
                           and doc[t.i - 1].text == "," and not t._.in_quote and _governing_cue(t) == tok
                           and doc._.lang_data is not None and t.lemma_.lower() in doc._.lang_data.verb_cues), None)
        if participle is not None:
            # "said disputes had become common …, adding that …": the participle is the speaker's next statement
            span = _trim(doc[span.start : participle.i - 1])
        if span is not None and not all(t._.in_quote or t.is_punct for t in span):
            return [_without_leading_time(span)], "Indirect"
    if clause is None:
        clause = _that_clause_below(tok)
        if clause is not None:
            span = _subtree_span(clause, exclude=tok)
            coordinated = next((c for c in clause.subtree if c.dep_ == "conj" and c.i > clause.i
                                and _outer_cue(c) == tok), None)
            if span is not None and coordinated is not None:
                cc = next((c for c in coordinated.head.children if c.dep_ == "cc" and c.i < coordinated.i), coordinated)
                span = _trim(doc[span.start : min(cc.i, coordinated.left_edge.i)])
            if span is not None and not all(t._.in_quote or t.is_punct for t in span):
                return [span], "Indirect"
    inserted = _inserted_frame(tok)
    if inserted:
        kind = "Direct" if all(t._.in_quote or t.is_punct for part in inserted for t in part) else "Indirect"
        return inserted, kind
    demands = doc._.lang_data.words.get("demand_verb", frozenset()) if doc._.lang_data is not None else frozenset()
    if lemma in demands and any(c.dep_ == "xcomp" and c.i > tok.i
                                                                    for c in tok.children):
        # 'urged them to “look at what we deliver”': the demand, a quote inside it, is indirect
        wish = _demand_content(tok)
        if wish is not None:
            return [wish], "Indirect"
    framed = _framed_quotes(tok, sent, quotes)
    if framed and takes in {"object", "both"} and lemma != "call":
        # 'dismissed that explanation as "an insult"', 'accused Eze of trying to "cash in"': a quote inside the
        # object's complement is how the object was called, the object phrase what the cue reports
        named = _object_content(tok, lemma)
        if named is not None and all(named.start <= q.start and q.end <= named.end + 1 for q in framed):
            if named.end < len(doc) and doc[named.end].text in QUOTE_MARK_TEXTS \
                    and sum(t.text in QUOTE_MARK_TEXTS for t in named) % 2:
                named = doc[named.start : named.end + 1]  # the closing mark of the quote it holds
            return [named], "Reported"
    if framed and takes in {"object", "both"} and lemma != "call":
        # 'rejected the criticism: “…”': the act on its object, and the quote after the colon goes on with it
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ != "PRON" and not c._.in_quote), None)
        colon = next((t for t in doc[obj.right_edge.i + 1 : framed[0].start] if t.text == ":"), None) \
            if obj is not None and framed[0].start > obj.right_edge.i else None
        named = _object_content(tok, lemma) if colon is not None and len(framed) == 1 else None
        if named is not None and named.end <= colon.i:
            return [named], "Reported"
    if len(framed) == 1 and not any(t.pos_ in {"VERB", "AUX"} for t in framed[0]) and any(
            t.head.i == tok.i and t.dep_ == "dobj" for t in framed[0]):
        # 'urged "maximum restraint"', 'demanded "a fair deal"': a quoted noun phrase as the object is what the act
        # names (Reported), no quoted sentence
        return framed, "Reported"
    called = _called_with_quote(tok, framed) if framed and lemma == "call" else None
    if called is not None:
        return [called], "Reported"
    if framed:
        return framed, "Direct"
    if clause is not None:
        span = _trim(_subtree_span(clause, exclude=tok) or sent, marks=True)
        if span is not None:
            return [span], "Direct"
    if lemma in demands:
        wish = _demand_content(tok)
        if wish is not None:
            return [wish], "Indirect"
    before = _clause_before_frame(tok, sent)
    if before is not None:
        return [before], "Indirect"
    if takes in {"object", "both"}:
        # "has always denied paying the mayor", "admitted having misled investors": the gerund says what
        # ("denied ever taking money": adverbs may stand before the gerund)
        gerund = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and (
            doc[c.left_edge.i].tag_ == "VBG"
            or c.tag_ == "VBG" and all(doc[k].tag_ in {"RB", "RBR"} for k in range(c.left_edge.i, c.i)))), None)
        if gerund is None:
            # "has admitted to fishing in the area": the gerund after "to"
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1), None)
            gerund = next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) \
                if to is not None else None
        span = _trim(doc[gerund.left_edge.i : gerund.right_edge.i + 1]) if gerund is not None else None
        if span is not None:
            return [span], "Indirect"
        span = _object_content(tok, lemma)
        if span is not None:
            return [span], "Reported"
    told = _as_clause_content(tok)
    if told is not None:
        return [told], "Indirect"
    return [], ""


def _called_with_quote(tok: Token, framed: list[Span]) -> Span | None:
    """ 'rejected the claim, calling it "reckless and untrue" to the families': a quote that says what the object is
    called is no quoted sentence; the act names the object with what it is called (Reported), from the object to the
    end of the called phrase."""
    doc = tok.doc
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and not c._.in_quote), None)
    pred = next((c for c in tok.children if c.dep_ in {"oprd", "xcomp", "ccomp"} and obj is not None and c.i > obj.i),
                None)
    if obj is None or pred is None or len(framed) != 1 or framed[0].start <= obj.right_edge.i \
            or not pred.left_edge.i - 1 <= framed[0].start <= pred.left_edge.i + 1:
        return None
    end = max(pred.right_edge.i + 1, framed[0].end)
    if end < len(doc) and doc[end].text in QUOTE_MARK_TEXTS and doc[end - 1].text not in QUOTE_MARK_TEXTS:
        end += 1  # the closing mark the parser hung elsewhere
    return _trim(doc[obj.left_edge.i : end], marks=False)


def _that_clause(mark: Token, verb: Token) -> Span | None:
    """The clause of `verb` from its "that" to its end, without the sentence's final mark and the paragraph break
    after it ("… to Spain.\n\n"); None when hardly anything is left."""
    doc = mark.doc
    end = verb.right_edge.i + 1
    while end > mark.i + 1 and (doc[end - 1].text in {".", "!", "?"} or doc[end - 1].is_space):
        end -= 1
    span = _trim(doc[mark.i : end])
    return span if span is not None and len(span) > 2 else None


def _report_read_as_subjects_modifier(tok: Token) -> Token | None:
    """The subject ("newspaper") a past-tense cue was hung on as a participle modifier, when that subject is the
    subject of a verb with a "that" after the cue ("The Herald newspaper reported on Tuesday, citing a memo, that
    Amazon would close …"): the cue is the sentence's verb, the subject its speaker."""
    subject = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in {"VBD", "VBN"} or subject.dep_ not in {"nsubj", "nsubjpass"} \
            or subject.i > tok.i or any(c.dep_ in {"aux", "auxpass", "agent"} for c in tok.children):
        return None
    head = subject.head
    if head.i < tok.i or not any(m.dep_ == "mark" and m.lower_ == "that" and tok.i < m.i < head.i for m in head.children):
        return None
    return subject


def _predicate_split_off(tok: Token, clause: Token, span: Span | None) -> int | None:
    """ 'said the money would come from a reserve fund and "not a single dollar" would be borrowed': the parser
    may take the second clause's subject into the first and hang its predicate on the cue as a clause of its own,
    with no subject or "that"; it goes on with what was said (the end of the content, else None)."""
    if span is None:
        return None
    rest = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > clause.i and c.left_edge.i == span.end), None)
    if rest is None or any(c.dep_ in {*SUBJECTS, "nsubjpass", "mark"} for c in rest.children):
        return None
    end = rest.right_edge.i + 1
    while end > rest.i + 1 and tok.doc[end - 1].text in {".", "!", "?"}:
        end -= 1
    return end


def _object_content(tok: Token, lemma: str) -> Span | None:
    """The noun phrase a cue reports as what was said, with its "of", "as" or "for" complement: "accused the
    administration of hiding …", "dismissed the plan as unrealistic", "rejected that"."""
    doc = tok.doc
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and any(c.dep_ == "agent" for c in tok.children):
        # "The allegations were also rejected by one of the developers": the passive subject is what was rejected
        obj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if obj is None and lemma in PREPOSITIONAL_OBJECT:
        # ("pushed back on Monday against claims …": not the time after "on")
        obj = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ in PREPOSITIONAL_OBJECT[lemma]
                    for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}), None)
    called = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == tok.i + 1), None)
    if obj is None and called is not None and any(
            o.dep_ == "pobj" and any(a.dep_ == "appos" and a.i > o.i for a in o.children) for o in called.children):
        # 'dismissed as “speculation” a newspaper report that …': the object after what it is called, which the
        # parser hangs on the "as" phrase
        return _trim(doc[called.i : called.right_edge.i + 1])
    # "A company spokesman rejected that.": a denial's demonstrative object takes up what was just said
    answer = obj is not None and obj.lower_ in {"that", "this"} and obj.right_edge.i == obj.i \
        and doc._.lang_data is not None and doc._.lang_data.verb_cues[lemma].stance == "deny"
    if obj is None or obj.pos_ in {"PRON"} and not answer or obj._.in_quote:
        return None
    # ("blamed the jump on the harvest": what the blame is put on)
    preps = {"of", "as", "for", "on"} if lemma == "blame" else {"of", "as", "for", "at"} if lemma == "put" \
        else {"of", "as", "for"}
    end = max([obj.right_edge.i] + [c.right_edge.i for c in tok.children
                                     if c.dep_ in {"prep", "oprd"} and c.i > obj.i and c.lower_ in preps])
    for c in tok.children:
        # "blamed the jump on a poor harvest and on hoarding by wholesalers": a second prepositional phrase the
        # parser coordinated with the verb goes on with the object's
        if c.dep_ == "conj" and c.pos_ == "ADP" and c.i > end + 1 and all(
                t.dep_ in {"cc", "npadvmod"} or t.text == "," or t.head.dep_ == "npadvmod"  # ("last winter")
                for t in doc[end + 1 : c.i]):
            end = c.right_edge.i
    relative = next((c for c in tok.children if c.left_edge.i == end + 1 and _misread_relative(c)), None)
    if relative is not None:
        end = relative.right_edge.i  # "… of ignoring a consultant's report that recommended keeping one open"
    # "dismissed reports that he had agreed …, insisting he would stay": a participle set off by a comma
    # is the speaker's next statement, not part of the object
    participle = next((t for t in doc[obj.i + 1 : end + 1] if t.tag_ == "VBG" and t.dep_ in {"advcl", "conj"}
                       and doc[t.i - 1].text == "," and t.lemma_.lower() in doc._.lang_data.verb_cues), None) \
        if doc._.lang_data is not None else None
    if participle is not None:
        end = participle.i - 2
    return _trim(doc[obj.left_edge.i : end + 1])


def _as_clause_content(tok: Token) -> Span | None:
    """ "X denied that he had pressed the bank, as lawmaker Y had alleged": a cue in an "as" clause after a reported
    clause says that clause (the parser may not hang it there)."""
    doc = tok.doc
    cues = doc._.lang_data.verb_cues if doc._.lang_data is not None else {}
    at = next((j for j in range(tok.i - 1, max(0, tok.i - 10), -1) if doc[j].lower_ == "as" and doc[j - 1].text == ","),
              None)
    if at is None or any(t.text in {",", ";", "."} for t in doc[at + 1 : tok.i]):
        return None
    comma = at - 1
    for v in reversed(doc[max(0, comma - 40) : comma]):
        if v.pos_ in {"VERB", "AUX"} and v.lemma_.lower() in cues:
            clause = next((c for c in v.children if c.dep_ == "ccomp" and c.i < comma), None)
            if clause is not None:
                return _trim(doc[clause.left_edge.i : comma])
            return None
        if v.text in {".", ";"} or "\n" in v.text:
            return None
    return None


def _without_leading_time(span: Span) -> Span:
    """ "said on Tuesday it was hiring": the parser may take the frame's time into the reported clause; a time
    expression (with its preposition) at the clause's start belongs to the frame."""
    doc = span.doc
    first = 1 if len(span) > 2 and span[0].dep_ == "prep" else 0
    start_char = span[first].idx
    time = next((t for t in doc._.times or [] if t.start == start_char), None)
    if time is None:
        return span
    after = next((t.i for t in span if t.idx >= time.end), None)
    if after is None or after >= span.end - 1:
        return span
    while after < span.end and doc[after].is_punct:
        after += 1
    return doc[after : span.end]


def _that_clause_below(tok: Token) -> Token | None:
    """ "told reporters in a statement that …": the parser hangs the that-clause on a noun after the cue. A report
    noun's that-clause ("denied a report by the Journal that …", "dismissed reports that …") belongs to the noun:
    the noun phrase is the cue's object (Reported)."""
    data = tok.doc._.lang_data
    reports = (data.words.get("report_noun", frozenset()) | data.words.get("press_report_noun", frozenset())) \
        if data is not None else frozenset()
    for child in tok.children:
        # ("said earlier that …": the parser may hang the clause on the comparative, as if "than" were to follow)
        if child.i < tok.i or child.dep_ not in {"prep", "dobj", "dative", "npadvmod"} and not (
                child.dep_ == "advmod" and child.lower_ in {"earlier", "later"}):
            continue
        if child.dep_ == "dobj" and child.lower_ in reports or child.dep_ == "prep" \
                and child.lower_ in PREPOSITIONAL_OBJECT.get(tok.lemma_.lower(), ()):
            return None  # ("pushed back against claims by a union that …": the claims are the object)
        for t in child.subtree:
            # ("told reporters outside the hospital that witnesses had smelled alcohol": a "relative" clause
            # opened by "that" as its conjunction is a that-clause)
            if t.dep_ in {"acl", "ccomp", "advcl"} and t.head.i > tok.i and t.left_edge.lower_ == "that" \
                    and t.left_edge.dep_ == "mark" or t.dep_ == "relcl" and t.head.i > tok.i \
                    and t.left_edge.lower_ == "that" and t.left_edge.dep_ == "mark" and t.left_edge.head.i == t.i \
                    and t.head.lower_ not in reports:
                return t
            if t.dep_ == "relcl" and t.head.i > tok.i and _that_read_as_relative(t):
                return t
            if t.dep_ == "relcl" and t.head.i == child.i and child.dep_ in {"dobj", "dative"} \
                    and tok.lemma_.lower() in ADDRESSEE_CUES and _clause_read_as_relative(t):
                return t
    return None


# cues whose object is the one told: "told the Daily Record the van had been speeding"
ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "remind"})


def _clause_read_as_relative(clause: Token) -> bool:
    """ "told the Daily Record the van had been speeding": the parser may read the clause after the one told as a
    relative clause of it without a relative word; a name takes none, nor does a clause with no gap (an object of
    its own): it says what was told."""
    if clause.left_edge.tag_ in {"WDT", "WP", "WP$", "WRB"} or clause.left_edge.lower_ == "that":
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    return clause.head.pos_ == "PROPN" or any(c.dep_ in {"dobj", "attr"} for c in clause.children)


def _that_read_as_relative(clause: Token) -> bool:
    """ "told a regular briefing that Beijing had lodged “solemn representations”": the parser may read the
    that-clause as a relative clause of the noun with "that" its object, though the clause holds an object (or a
    subject) of its own besides: "that" opens a clause, no relative."""
    that = clause.left_edge
    if that.lower_ == "that" and that.dep_ == "det" and that.head.dep_ in {"nsubj", "nsubjpass"} \
            and that.head.head.i == clause.i:
        # ("told analysts on a call that fuel costs would rise": read as the determiner of the clause's subject; a
        # relative clause never opens with its own subject's determiner)
        return True
    if that.lower_ != "that" or that.head.i != clause.i or that.dep_ not in {"dobj", "nsubj"}:
        return False
    told = clause.head.head.head if clause.head.dep_ == "pobj" and clause.head.head.dep_ == "prep" else None
    if that.tag_ == "IN" and that.dep_ == "dobj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) \
            and told is not None and told.lemma_.lower() in ADDRESSEE_CUES \
            and any(c.dep_ in {"dobj", "dative"} for c in told.children):
        # ("told investors on a webcast that the group's sales had recovered": tagged a conjunction, before a
        # subject of the clause's own, after the ones told; not "blaming the delay on a permit that X had filed")
        return True
    return any(c.dep_ == that.dep_ and c.i != that.i for c in clause.children)


def _inserted_frame(tok: Token) -> list[Span]:
    """ "The decision, he said, was his own.": a frame set off by commas inside the clause it reports, which the
    parser hangs on that clause as parataxis: the clause around it is the content, in two parts."""
    doc = tok.doc
    if tok.dep_ != "parataxis" or tok.head.i < tok.i and tok.head.right_edge.i < tok.i:
        return []
    left, right = tok.left_edge.i, tok.right_edge.i
    while left < tok.i and doc[left].is_punct:
        left += 1
    while right > tok.i and doc[right].is_punct:
        right -= 1
    if left == 0 or doc[left - 1].text != "," or right + 1 >= len(doc) or doc[right + 1].text != ",":
        return []
    head = tok.head
    before = _trim(doc[head.left_edge.i : left])
    end = head.right_edge.i + 1
    while end > right + 2 and doc[end - 1].text in {".", "!", "?"} and not doc[end - 1]._.in_quote:
        end -= 1
    after = _trim(doc[right + 2 : end])
    if before is None or after is None or before[0]._.in_quote:
        return []
    return [before, after]


def _clause_before_frame(tok: Token, sent: Span) -> Span | None:
    """ "Riverside FC fired its coach on Sunday, the club said in a statement.": the parser did not hang the clause
    before the comma on the cue, but a frame of subject and cue closing the sentence after a comma reports it."""
    doc = tok.doc
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS and c.i < tok.i), None)
    # ("Hollis will retire after the fifth Test in Sydney, the Daily Telegraph reported on Thursday.": the parser may
    # hang such a frame on the clause's verb as an adverbial clause, with no "as" or "when" of its own, or as a
    # conjunct with no "and" or "but": "Hallbrook is in talks to buy a pump maker for 300 million euros ($330
    # million), the Sunday Times reported on Monday, citing …")
    # ("The mayor asked the police chief to drop an inquiry, the Chicago Tribune reported on Monday.": or as the
    # clausal object of a cue before it, which the comma before the frame's subject rules out)
    misread = tok.dep_ in {"advcl", "parataxis", "conj", "ccomp"} and tok.head.i < tok.i and tok.head.dep_ == "ROOT" \
        and not any(c.dep_ in {"mark", "advmod", "cc"} and c.i < tok.i for c in tok.children) \
        and not any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children)
    modified = _frame_read_as_modifier(tok)
    if subject is None and modified is not None:
        subject, misread = modified, True
    if subject is None or tok.dep_ != "ROOT" and not misread:
        return None
    start = subject.left_edge.i
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    after = [t for t in doc[tok.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if any(t.head.i != tok.i and t.head.i < tok.i for t in after) or any(t.dep_ in {"ccomp", "dobj"} and t.head.i == tok.i
                                                                       for t in after):
        return None
    clause = _trim(doc[sent.start : start - 1])
    # ("According to the coast guard, he has admitted …": a prepositional phrase is no clause)
    if clause is None or not any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "prep" for t in clause):
        return None
    return clause


def _frame_read_as_modifier(tok: Token) -> Token | None:
    """ "Kerrigan will join Leinster after next season's Six Nations, the Irish Independent reported on Monday.": the
    parser may hang the closing frame's past-tense cue on its subject as a clause of that noun (the noun itself an
    apposition of the content's last noun); the noun right after the comma is the cue's subject. None otherwise."""
    doc = tok.doc
    subject = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBD" or subject.i > tok.i or subject.pos_ not in {"PROPN", "NOUN"} \
            or subject.dep_ not in {"appos", "conj", "npadvmod", "dobj", "pobj"} or subject.left_edge.i < 2 \
            or doc[subject.left_edge.i - 1].text != "," or any(c.dep_ in {"aux", "auxpass", "agent"}
                                                            for c in tok.children):
        return None
    return subject


def _demand_content(tok: Token) -> Span | None:
    """ "urged Congress to act", "called on the company to resume talks", "called for an inquiry", "asked that
    ...": what is demanded (a preposition before the cue, "on Monday called", is only its time)."""
    doc = tok.doc
    after = [c for c in tok.children if c.i > tok.i]
    times = [t.start for t in doc._.times or []]
    addressee = [c for c in after if c.dep_ == "dobj"] + [
        o for c in after if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"
        and not any(c.idx <= start <= o.idx for start in times)]
    for c in after:
        # (an adverbial infinitive only after "on": "called the airline … to seek assurances" is a phone call)
        if c.dep_ == "xcomp" or c.dep_ == "oprd" or _demanded_action(c) and any(o.i < c.i and o.dep_ == "pobj"
                                                                               for o in addressee):
            obj = next((o for o in addressee if o.i < c.i), None)
            start = obj.left_edge.i if obj is not None else c.left_edge.i
            return _trim(doc[start : c.right_edge.i + 1])
    for c in after:
        if c.dep_ == "prep" and c.lower_ in {"for", "on"}:
            pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
            # "had called the airline on Tuesday night": a time is when, not what is called for
            if pobj is not None and not any(c.idx <= start <= pobj.idx for start in times):
                return _trim(doc[pobj.left_edge.i : c.right_edge.i + 1])
    return None


def _subtree_span(tok: Token, exclude: Token) -> Span | None:
    """The subtree of `tok` as one span, stopping before `exclude` (the cue) when the clause runs into it."""
    doc = tok.doc
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    if start <= exclude.i < end:
        if tok.i < exclude.i:
            end = exclude.i
        else:
            start = exclude.i + 1
    return _trim(doc[start:end])


def _segment(tok: Token, sent: Span) -> tuple[int, int]:
    """The run of tokens around `tok` outside quotation marks, within its sentence."""
    doc = tok.doc
    a = tok.i
    while a > sent.start and not doc[a - 1]._.in_quote:
        a -= 1
    b = tok.i + 1
    while b < sent.end and not doc[b]._.in_quote:
        b += 1
    return a, b


def _framed_quotes(tok: Token, sent: Span, quotes: list[tuple[Quote, Span]]) -> list[Span]:
    """Quotes that the cue's clause frames: one ending just before it ("“…,” she said"), one opening just after it
    (she said: “…”), or both (“…,” she said, “…”). The frame must hold no other clause of its own."""
    doc = tok.doc
    a, b = _segment(tok, sent)
    frame = [t for t in doc[a:b] if not t.is_punct and not t.is_space and t.text not in QUOTE_MARK_TEXTS]
    if len(frame) > MAX_SPEAKER_TOKENS or any(t.dep_ in {"ccomp"} and t.head.i == tok.i and not t._.in_quote
                                              for t in frame):
        return []
    clause = {t.i for t in tok.subtree}
    age = _cue_read_as_modifier(tok)
    if age is not None:
        clause |= {t.i for t in age} | {t.i for t in tok.head.subtree if t.i > tok.i}
    if tok.dep_ in SHARES_SUBJECT:
        clause |= {t.i for c in tok.head.children if c.dep_ in SUBJECTS for t in c.subtree}
    words_before = [t for t in doc[a : tok.i] if not (t.is_punct or t.is_space or t.text in QUOTE_MARK_TEXTS)]
    words_after = [t for t in doc[tok.i + 1 : b] if not (t.is_punct or t.is_space or t.text in QUOTE_MARK_TEXTS)]
    before = next((s for q, s in quotes if sent.start < s.end <= a and _only_marks(doc, s.end, a)), None)
    if before is not None and any(t.i not in clause for t in words_before):
        before = None  # “…” by the vote and urged …: the quote is not framed by this cue
    if before is not None and any(c.dep_ == "mark" and before.end <= c.i < tok.i and not c._.in_quote
                                  for c in tok.children):
        before = None  # 'to "find a compromise," while Clean Wisconsin praised the veto': a subordinate clause frames no quote
    after = next((s for q, s in quotes if b <= s.start < sent.end and _only_marks(doc, b, s.start)), None)
    cues = doc._.lang_data.verb_cues if doc._.lang_data is not None else {}
    if after is not None and any(t.i not in clause or t.pos_ == "VERB" and t.lemma_.lower() in cues
                                 for t in words_after):
        after = None  # "denied the report, calling it “pure speculation”": the quote is the participle's
    if after is not None and any(t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.i == tok.i
                                 for t in after) and any(t.pos_ in {"NOUN", "PROPN"} for t in doc[after.end : sent.end]):
        after = None  # 'dismissed as “speculation” a newspaper report that …': what the object is called, no quote
    if after is None and b == sent.end and any(t.text == ":" for t in doc[max(a, b - 3) : b]):
        # she said: \n “…” — the quote opens the next sentence
        after = next((s for q, s in quotes if s.start >= b and _only_marks(doc, b, s.start)), None)
    if before is not None and after is not None and any(t.pos_ == "VERB" and t.i != tok.i and t.dep_ != "advcl"
                                                        for t in doc[a:b]):
        after = None  # “…,” she said, adding: “…” — the second quote has a cue of its own
    return [s for s in (before, after) if s is not None]


def _only_marks(doc: Doc, start: int, end: int) -> bool:
    return all(t.is_punct or t.is_space or t.text in QUOTE_MARK_TEXTS for t in doc[start:end]) and end - start <= 4


# what one speaks by ("confirmed by text message", "said by phone"): never the agent of a passive cue
MEDIUM_NOUNS = frozenset({"message", "email", "e-mail", "phone", "telephone", "letter", "text", "post", "video",
                          "videolink", "fax", "mail"})


def _apposition_before_cue(tok: Token, content: list[Span]) -> tuple[Span | None, list[Span]]:
    """ "The union wants a bonus …, its president, Marcela Ibáñez, told Bloomberg": a subject set off by commas right
    before a cue without one, which the parser hung on the content's last noun as an apposition, is the speaker
    (and no part of the content)."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "," or not content:
        return None, content
    appos = next((t for t in reversed(doc[content[0].start : tok.i - 1]) if t.dep_ == "appos"
                  and t.left_edge.i > content[0].start and doc[t.left_edge.i - 1].text == ","
                  and t.right_edge.i in {tok.i - 1, tok.i - 2} and t.head.dep_ != "appos"), None)
    if appos is None or not any(t.pos_ == "NOUN" for t in doc[appos.left_edge.i : tok.i - 1]):
        return None, content
    speaker = _trim(doc[appos.left_edge.i : tok.i - 1])
    rest = _without(content, appos.left_edge.i - 1, tok.i)
    return (speaker, rest) if speaker is not None and rest else (None, content)


def _speaker(tok: Token) -> Span | None:
    doc = tok.doc
    verb = _governing_cue(tok) or tok
    for _ in range(3):
        # "ACCRA, Sept 13 (Reuters) - Ghana's finance ministry on Monday rejected": where the parser gives the verb
        # two subjects (the dateline's city and the speaker), the one nearest before it is the speaker
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        before = [c for c in subjects if c.i < verb.i]
        subject = before[-1] if before else subjects[0] if subjects else None
        def joined(a: Token, b: Token) -> bool:  # nothing but a hyphen between two subjects
            return all(t.text == "-" for t in doc[a.right_edge.i + 1 : b.left_edge.i]) and a.right_edge.i < b.left_edge.i

        if len(before) >= 2 and joined(before[-2], before[-1]):
            # "A former coach of tennis player Dana Ilic has sued": the parser split one phrase into two subjects
            # ("Kim Tae-hoon of Nomura Holdings wrote": or into three, "Kim", "Tae" and "hoon")
            k = len(before) - 2
            while k > 0 and joined(before[k - 1], before[k]) and any(
                    t.text == "-" for t in doc[before[k - 1].i : before[-1].left_edge.i]):
                k -= 1
            first, last = _noun_phrase(before[k]), _noun_phrase(before[-1])
            if first is not None and last is not None and first.end <= last.start and all(
                    t in before or t.text == "-" for t in doc[first.end : last.start]):
                return doc[first.start : last.end]
        role_verb = verb.head if verb.dep_ == "ccomp" and verb.head.i < verb.i else None
        data = doc._.lang_data
        if subject is not None and role_verb is not None and data is not None and role_verb.lower_ in data.role_nouns \
                and role_verb.i + 1 == subject.left_edge.i:
            # "The agent of Bayern Munich defender Min-jae Kim has denied …" (the role read as a verb, the name as
            # the subject of a clause below it): the whole phrase, from the role verb's subject, is the speaker
            outer = next((c for c in role_verb.children if c.dep_ in SUBJECTS and c.i < role_verb.i), None)
            if outer is not None:
                return _trim(doc[outer.left_edge.i : subject.right_edge.i + 1])
        if subject is not None:
            return _noun_phrase(subject)
        det = next((c for c in verb.children if c.dep_ == "det" and c.i < verb.i), None)
        if det is not None and all(c.dep_ in {"det", "amod", "compound", "nummod", "punct"} for c in verb.children
                                   if det.i <= c.i < verb.i):
            # "“…,” the 19-year-old said": a verb has no article; the parser hung the subject's words on the cue
            return _trim(doc[det.i : verb.i])
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        medium = agent is not None and any(c.dep_ == "pobj" and c.lemma_.lower() in MEDIUM_NOUNS for c in agent.children)
        age = _cue_read_as_modifier(verb)
        if age is not None:
            return age
        if agent is not None and not medium:  # "confirmed by text message": a medium, no agent
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            return _noun_phrase(pobj) if pobj is not None else None
        if any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
            return None
        if _report_read_as_subjects_modifier(verb) is not None or _frame_read_as_modifier(verb) is not None:
            return _noun_phrase(verb.head)  # "The Herald newspaper reported on Tuesday, citing a memo, that …"
        if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and verb.head.dep_ == "ROOT" \
                and verb.head.pos_ in {"PROPN", "NOUN"}:
            # ("Whitlock, who was courtside, confirmed by text message that …": tagged as a participle)
            # "Senate Majority Leader Diane Whitcombe, a Republican, called on …": a finite verb the parser hung on
            # its subject as a clause of the noun
            return _noun_phrase(verb.head)
        if verb.dep_ == "relcl":
            head = verb.head
            return _trim(doc[head.left_edge.i : verb.left_edge.i]) if head.left_edge.i < verb.left_edge.i else None
        if verb.dep_ == "conj" and verb.head.i < verb.i and not any(
                c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in [*verb.head.children, *verb.children]) \
                and doc[verb.left_edge.i - 1].text not in {",", ";"}:
            # "conceded defeat … after a week of vote counting showed him trailing": a conjunct with no "and", "but"
            # or comma before it is a clause the parser misread, with a subject of its own it did not find
            return None
        lead = next((c for c in verb.children if c.i < verb.i and c.dep_ == "prep"
                     and c.lower_ in {"after", "before", "since", "until", "once", "as"}), None)
        if verb.dep_ in {"advcl", "conj"} and lead is not None and lead.right_edge.i + 1 == verb.i \
                and any(o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} for o in lead.children):
            # "after a week of vote counting showed him trailing": the conjunction's "object" is the clause's subject
            return None
        if verb.dep_ == "advcl" and verb.tag_ == "VBD" and verb.head.i < verb.i and not any(
                c.dep_ in {"mark", "advmod"} and c.i < verb.i for c in verb.children) \
                and not any(t.is_punct for t in doc[verb.head.i + 1 : verb.i]):
            # "IT services major Infosys on Tuesday denied …" (with "services" read as the verb): a finite verb
            # with no conjunction and no comma after the verb it is said to hang on is a clause the parser misread;
            # the subject it would share is none of its own
            return None
        if verb.dep_ in SHARES_SUBJECT and verb.head.i != verb.i:
            outer = _outer_cue(verb)
            verb = outer if outer is not None else verb.head
            continue
        return None
    return None


def _cue_read_as_modifier(verb: Token) -> Span | None:
    """ "“…,” the 61-year-old told reporters": the parser may read the subject, the cue in the past tense and its
    object as one noun phrase ("told" a modifier of "reporters"); the words from the article to the cue are the
    speaker."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "amod" or verb.head.i <= verb.i:
        return None
    # the closing quote mark may hang on the noun as well ('"…," the 61-year-old told reporters')
    mods = [c for c in verb.head.children if c.i < verb.i and c.text not in QUOTE_MARK_TEXTS]
    doc = verb.doc
    if not mods or any(c.dep_ not in {"det", "amod", "compound", "nummod", "punct"} for c in mods):
        return None
    # "the" may hang on the age ("the 61-year-old" with "the" under "old"): the phrase's first word
    first = doc[min(c.left_edge.i for c in mods)]
    det = first if first.dep_ == "det" else None
    if det is None or det.i + 1 >= verb.i or any(t.dep_ not in {"det", "amod", "compound", "nummod", "punct",
                                                                "npadvmod"} for t in doc[det.i : verb.i]):
        return None
    if not any(t.text in QUOTE_MARK_TEXTS for t in doc[max(0, det.i - 2) : det.i]):
        return None  # only right after a quote: "the reported merger" is a noun phrase
    return _trim(doc[det.i : verb.i])


def _governing_cue(tok: Token) -> Token | None:
    """ "Boeing denied a report that it plans to close the plant, calling it “pure speculation”": a participle set
    off by a comma speaks with the subject of the speech verb above it, where the parser hangs it inside that verb's
    object ("plans")."""
    doc = tok.doc
    if tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head.i < tok.i \
            and not any(c.dep_ in SUBJECTS for c in tok.children):
        # "…, calling it “baseless” and saying reserves would last": the second participle speaks with the first
        return _governing_cue(tok.head)
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or doc[tok.i - 1].text != ",":
        return None
    cues = doc._.lang_data.verb_cues if doc._.lang_data is not None else {}
    node = tok.head
    for _ in range(6):
        # ("rejected a report that said …, calling it “one-sided”": not the report's verb, whose subject is the
        # relative pronoun)
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in cues and any(c.dep_ in SUBJECTS
                                                                                for c in node.children) \
                and not (node.dep_ == "relcl" and any(c.dep_ in SUBJECTS and c.lower_ in {"that", "which", "who"}
                                                      for c in node.children)):
            return node
        if node.dep_ not in {"relcl", "acl", "ccomp", "xcomp", "dobj", "pobj", "prep"} or node.head is node:
            return None
        node = node.head
    return None


def _headline_sentence(tok: Token) -> bool:
    """A sentence without closing punctuation: a headline ("RBI cuts rates, governor dismisses talk of rift")."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text not in {".", "!", "?", "”", '"', "’"}


def _outer_cue(verb: Token) -> Token | None:
    """ "The group said it was disappointed and urged the union …": a cue coordinated with the reported clause of
    another cue shares that cue's subject, not the clause's ("it")."""
    head = verb.head
    data = verb.doc._.lang_data
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None  # "… and that it had not been asked for funding": a second reported clause, no second speech act
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and _one_person_acts(head, data) \
            and not any(c.dep_ in SUBJECTS for c in verb.children):
        # "Police said the man had threatened staff and demanded cash": the person the reported clause is about
        # goes on acting in it ("the talks had failed and urged …", "members had voted … and called on …": the
        # speaker's own second speech act)
        return None
    # "confirmed that a board had reviewed the data and had recommended …": a verb with the backshifted auxiliary of
    # the reported clause goes on in that clause (a speech act of the frame's speaker is told as the frame is)
    backshifted = any(c.dep_ == "aux" and c.lower_ in {"had", "would", "could"} for c in verb.children) and not any(
        c.dep_ == "aux" and c.lower_ in {"had", "would", "could"} for c in head.head.children)
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() != head.lemma_.lower() \
            and not backshifted:
        lemma = verb.lemma_.lower()
        if data is not None and lemma in data.verb_cues and head.head.lemma_.lower() in data.verb_cues:
            return head.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and data is not None and verb.lemma_.lower() in data.verb_cues \
            and (head.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" for c in head.children)):
        # "Health Canada said in a recall notice that the packs could overheat while charging and urged owners …":
        # a finite speech verb the parser coordinates with a verb of another form inside a reported clause speaks
        # with the cue that reports that clause
        node = head
        for _ in range(6):
            if node.dep_ not in {"conj", "advcl", "acl", "ccomp", "relcl", "pobj", "prep", "dobj"} or node.head is node:
                return None
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in data.verb_cues and node.tag_ == "VBD" \
                    and any(c.dep_ in SUBJECTS for c in node.children):
                return node
    return None


def _one_person_acts(clause: Token, data: LanguageData | None) -> bool:
    """The subject of a reported clause is one person other than a pronoun: a name ("Hollis"), or a singular noun for
    a person ("the man", "the driver", "a 19-year-old")."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or data is None or subject.tag_ not in {"NN", "NNP"}:
        return False
    if subject.ent_type_ == "PERSON":
        return True
    nouns = data.words.get("person_noun", frozenset()) | data.role_nouns
    return subject.lower_ in nouns or any(t.lower_ in {"year-old", "old"} for t in subject.subtree if t.i < subject.i)


def _noun_phrase(head: Token) -> Span | None:
    """The subject's phrase without a relative clause or a parenthesis that runs on."""
    doc = head.doc
    # "OSLO, March 9 (Reuters) - Norwegian shipper Nordhavn Shipping on Tuesday denied": the dateline before the
    # agency's dash is no part of who spoke; where the parser made the city the head, the name after the dash is
    dash = next((t.i for t in doc[head.left_edge.i : head.right_edge.i] if t.text in DASHES and t.i > 0
                 and doc[t.i - 1].text == ")"), None)
    if dash is None:
        dash = _agency_bracket(head)
    if dash is not None and dash > head.i:
        after = [c for c in head.children if c.i > dash and c.dep_ in {"appos", "conj", "npadvmod"}]
        if not after:
            return None
        head = after[-1]  # "- British fashion retailer Pelham & Co": the name the parser hangs last on the city
    end = head.right_edge.i + 1
    for c in head.children:
        if c.dep_ in {"relcl", "acl"} and c.i > head.i:
            data = doc._.lang_data
            if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"} and c.left_edge.i == c.i == head.i + 1 \
                    and head.tag_ == "NNS" and head.pos_ == "NOUN" and data is not None \
                    and head.lower_ not in data.words.get("hearsay_noun", ()):
                continue  # "two people briefed on the airline's plans": the participle says which people
            comma = c.left_edge.i - 1
            end = min(end, comma if comma > head.i and doc[comma].text == "," else c.left_edge.i)
    for c in doc[head.i + 1 : end]:
        # "people familiar with the deliberations, who asked not to be identified": a relative clause set off by a
        # comma further down the phrase ends it too
        if c.dep_ == "relcl" and c.left_edge.i - 1 > head.i and doc[c.left_edge.i - 1].text == ",":
            end = min(end, c.left_edge.i - 1)
    # "Boeing on Tuesday rejected …": a time after the head is no part of who spoke
    time_starts = [t.start for t in (doc._.times or []) if t.start > head.idx]
    cut = next((tok.i for tok in doc[head.i + 1 : end] if any(tok.idx <= start < tok.idx + len(tok) + 1
                                                              for start in time_starts)), None)
    if cut is not None:
        end = cut - 1 if doc[cut - 1].pos_ == "ADP" and cut - 1 > head.i else cut
    start = head.left_edge.i if dash is None else dash + 1
    before = doc[start - 1] if start > 0 else None
    if dash is None and head.pos_ == "PROPN" and start == head.i and before is not None and before.pos_ == "PROPN" \
            and before.text[:1].isupper() and not before.whitespace_ == "" and before.dep_ in {"punct", "dep"} \
            and not start <= before.head.i < end:
        # "as opposition lawmaker Camila Fuenzalida had alleged": a first name the parser hung elsewhere (with the
        # role before it) belongs to the name
        start = before.left_edge.i
    # ('…,” her press secretary, Daniel Minden, said': a closing quote mark the parser hung on the subject)
    while start < end and doc[start].text in QUOTE_MARK_TEXTS:
        start += 1
    span = _trim(doc[start:end])
    if span is not None and len(span) > MAX_SPEAKER_TOKENS:
        span = doc[head.i : head.i + 1]
    return span


def _agency_bracket(head: Token) -> int | None:
    """ "Mumbai, April 9 (PTI) Varuna Infrastructure on Tuesday denied": some agencies (PTI, IANS) set no dash after
    the dateline; the closing bracket of a one- or two-word agency that opens its line, with a capitalised word
    after it, ends the dateline as the dash does."""
    doc = head.doc
    for t in doc[head.left_edge.i : head.right_edge.i]:
        if t.text != ")" or t.i + 1 >= len(doc) or not doc[t.i + 1].text[:1].isupper():
            continue
        opening = next((j for j in range(t.i - 1, max(-1, t.i - 4), -1) if doc[j].text == "("), None)
        if opening is None or opening == t.i - 1 or not doc[opening + 1].text[:1].isupper():
            continue
        line = opening
        while line > 0 and "\n" not in doc[line - 1].text and "\n" not in doc[line - 1].whitespace_:
            line -= 1
        if opening - line <= MAX_DATELINE_PLACE and doc[line].text[:1].isupper():
            return t.i
    return None


def _frame(tok: Token, content: list[Span]) -> Span:
    doc = tok.doc
    lo, hi = tok.i, tok.i + 1
    for t in tok.subtree:
        if any(c.start <= t.i < c.end for c in content) or t._.in_quote:
            continue
        if abs(t.i - tok.i) <= MAX_SPEAKER_TOKENS:
            lo, hi = min(lo, t.i), max(hi, t.i + 1)
    return _trim(doc[lo:hi]) or doc[tok.i : tok.i + 1]


def _medium(tok: Token, data: LanguageData) -> str | None:
    prepositions = data.words.get("medium_preposition", frozenset())
    # "told a news conference": the event told is the channel, however the parser hangs it
    told = [c for c in tok.children if c.dep_ in {"dobj", "dative"}] if tok.lemma_.lower() == "tell" else []
    for noun in told:
        phrase = " ".join([c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i] + [noun.lower_])
        if phrase in data.media and noun.lower_ in {"conference", "briefing"}:
            return data.media[phrase]
    # ("confirmed by text message": the parser reads "by" as the agent of a passive)
    for prep in (c for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ in prepositions):
        for t in (t for t in prep.subtree if t.dep_ == "pobj"):
            # "at a news conference", "on a conference call": the written phrase before its words alone
            phrase = " ".join([c.lower_ for c in t.children if c.dep_ == "compound" and c.i < t.i] + [t.lower_])
            if phrase in data.media:
                return data.media[phrase]
        for t in prep.subtree:
            if t.dep_ == "pobj" or t.dep_ == "compound":
                for key in (t.text, t.lower_, t.lemma_.lower()):
                    if key in data.media:
                        return data.media[key]
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp", "conj"} and tok.head.i < tok.i and tok.head.pos_ == "VERB":
        # "said in a statement, adding that …": the participle speaks through the channel of its verb
        return _medium(tok.head, data)
    if tok.dep_ == "conj" and tok.head.i < tok.i and not any(c.dep_ in SUBJECTS for c in tok.children):
        # "said in a post on Instagram that she was shocked and denied ever taking …": a cue coordinated under the
        # same subject speaks through the same channel (the parser may hang it on the first cue's clause)
        head = tok.head.head if tok.head.dep_ == "ccomp" and tok.head.head.i < tok.head.i else tok.head
        if head.pos_ == "VERB" and head.lemma_.lower() in data.verb_cues and head.tag_ != "VBG":
            return _medium(head, data)
    return None


def _addressee(tok: Token) -> Span | None:
    doc = tok.doc
    target = next((c for c in tok.children if c.dep_ == "dative"), None)
    if target is None and tok.lemma_ == "tell":
        target = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if target is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if target is None:
        return None
    return _trim(doc[target.left_edge.i : target.right_edge.i + 1])


# --- prepositional cues ------------------------------------------------------------------------------------


def _according_to(sent: Span, data: LanguageData, found: list[Found]) -> list[Found]:
    """ "according to X": X is the source of the clause the phrase belongs to (the phrase itself left out)."""
    doc = sent.doc
    out = []
    lowered = [t.lower_ for t in sent]
    for cue in data.prepositional_cues:
        if cue.words[0] in data.words.get("nesting_cue", ()) or cue.words[0] not in lowered:
            continue
        n = len(cue.words)
        for i in range(sent.start, sent.end - n):
            k = i - sent.start
            if tuple(lowered[k : k + n]) != cue.words or doc[i]._.in_quote:
                continue
            source_head = next((t for t in doc[i + n : sent.end] if t.dep_ == "pobj" and t.head.i >= i), None)
            if source_head is None:
                continue
            source = _noun_phrase(source_head)
            phrase_end = max(source_head.right_edge.i + 1, i + n)
            made_by = _made_by(source_head, data)
            if source is not None and made_by is not None and made_by.end > source.end:
                # "according to figures released by the board in January": the document and its author
                source = doc[source.start : made_by.end]
            clause = _clause_around(doc, sent, i, phrase_end)
            if clause is None:
                continue
            content = [s for s in clause if s is not None]
            if not content:
                continue
            f = Found(cue=list(doc[i : i + n]), lemma=" ".join(cue.words), stance=cue.stance, kind="Indirect",
                      content=content, speaker=source)
            f.frame = doc[i:phrase_end]
            # "according to figures released in January": when the source was made, not when it was said
            f.extra["no_time_in"] = [doc[source_head.left_edge.i : phrase_end]]
            if all(t._.in_quote or t.is_punct for s in content for t in s):
                f.kind = "Direct"
            out.append(f)
    return out


def _made_by(head: Token, data: LanguageData) -> Span | None:
    """ "figures released by the board", "data published by the Harwich Port Authority": the author a document
    noun's participle of authorship names with "by" (not "documents obtained by the Ledger")."""
    if head.lower_ not in data.words.get("hearsay_noun", ()):
        return None
    authoring = data.words.get("author_participle", frozenset())
    for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in authoring):
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None:
            return _noun_phrase(pobj)
    return None


def _clause_around(doc: Doc, sent: Span, start: int, end: int) -> list[Span | None] | None:
    """The sentence without the phrase doc[start:end]: one part before, one after (empty parts dropped)."""
    first = sent.start
    if all(t.is_punct or t.is_space for t in doc[end : sent.end]):
        # "The two countries agreed to a ceasefire in 2021, but violations have increased since March, according to
        # data compiled by the army": the source speaks for the clause after "but", not the background before it
        but = next((t for t in reversed(doc[sent.start : start]) if t.lower_ == "but" and t.dep_ == "cc"
                    and t.i > sent.start and doc[t.i - 1].text == "," and t.head.pos_ in {"VERB", "AUX"}
                    and any(c.dep_ == "conj" and c.i > t.i and c.pos_ in {"VERB", "AUX"} for c in t.head.children)),
                   None)
        if but is not None:
            first = but.i + 1
    parts = [_trim(doc[first : start]) if start > first else None,
             _trim(doc[end : sent.end]) if end < sent.end else None]
    parts = [p for p in parts if p is not None and any(not t.is_punct for t in p)]
    return parts or None


def _headline_colon(sent: Span, data: LanguageData, text: str) -> list[Found]:
    """ "Graham: Trump's rhetoric destroys GOP's chances": a line that names a source before a colon, with no verb of
    its own before it, says what that source said (headline style)."""
    doc = sent.doc
    line_start = sent.start == 0 or "\n" in doc[sent.start - 1].text or text[: sent.start_char].endswith("\n")
    colon = next((t for t in sent[:7] if t.text == ":"), None)
    if not line_start or colon is None or colon.i == sent.start or colon.i + 3 >= sent.end:
        return []
    source = _trim(doc[sent.start : colon.i])
    if source is None or not any(t.pos_ == "PROPN" or t.lower_ in data.role_nouns for t in source) \
            or any(t.pos_ in {"VERB", "AUX"} for t in source):
        return []
    content = _trim(doc[colon.i + 1 : sent.end], marks=True)
    if content is None or len(content) < 3 or any(t.lemma_ in data.verb_cues and not t._.in_quote for t in content):
        return []
    f = Found(cue=[colon], lemma=":", stance="assert", kind="Direct" if content[0]._.in_quote else "Indirect",
              content=[content], speaker=source)
    f.frame = source
    return [f]


# --- nesting, continuations, answers ----------------------------------------------------------------------


def _nested(found: list[Found], data: LanguageData) -> list[Found]:
    """ "the paper reported, citing two officials": the officials' statement, passed on by the paper. The citing
    phrase leaves the paper's content."""
    nesting = data.words.get("nesting_cue", frozenset())
    out = []
    for f in found:
        if not f.cue or f.cue[0].pos_ not in {"VERB", "AUX"}:
            continue
        doc = f.cue[0].doc
        last = max(max(s.end for s in f.content), f.cue[0].sent.end)
        for c in doc[f.cue[0].i + 1 : last]:
            if c.lower_ not in nesting or c._.in_quote or c.dep_ not in {"advcl", "xcomp", "prep", "conj", "acl"}:
                continue
            source = next((o for o in c.children if o.dep_ in {"dobj", "pobj"}), None)
            if source is None:
                continue
            f.content = _without(f.content, c.left_edge.i, c.right_edge.i + 1)
            if not f.content:
                break
            g = Found(cue=[c], lemma=c.lemma_.lower(), stance="assert", kind=f.kind, content=list(f.content),
                      speaker=_noun_phrase(source))
            g.frame = doc[c.left_edge.i : c.right_edge.i + 1]
            g.via = f
            out.append(g)
            break
    return out


def _without(content: list[Span], start: int, end: int) -> list[Span]:
    """The content spans with tokens start..end cut out."""
    out = []
    for s in content:
        doc = s.doc
        if end <= s.start or start >= s.end:
            out.append(s)
            continue
        for a, b in ((s.start, start), (end, s.end)):
            if b > a:
                piece = _trim(doc[a:b])
                if piece is not None and any(not t.is_punct for t in piece):
                    out.append(piece)
    return out


def _without_overlaps(found: list[Found]) -> list[Found]:
    """One statement per content: where two cues claim the same content, the one closer to it wins."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.content_start, f.cue[0].i)):
        twin = next((g for g in out if g.content_start == f.content_start and g.content_end == f.content_end
                     and not (_said_as(f) or _said_as(g))), None)
        if twin is None:
            out.append(f)
            continue
        if abs(f.cue[0].i - f.content[0].start) < abs(twin.cue[0].i - twin.content[0].start):
            out[out.index(twin)] = f
    return out


def _said_as(f: Found) -> bool:
    """The statement is told in an "as X had alleged" clause after the content it shares with another cue."""
    if not f.cue or not f.content:
        return False  # a continuation has no cue of its own
    doc = f.cue[0].doc
    return f.cue[0].i > f.content[-1].end and any(
        t.lower_ == "as" for t in doc[f.content[-1].end : f.cue[0].i])


def _continuations(doc: Doc, text: str, quotes: list[tuple[Quote, Span]], found: list[Found],
                   data: LanguageData) -> list[Found]:
    """Quotes no cue frames, continuing the statement before them: the paragraph after an open-ended quote, or a
    quote standing alone in the paragraph after a direct statement."""
    out: list[Found] = []
    covered = {t for f in found for s in f.content for t in range(s.start, s.end)}
    previous_open: Found | None = None
    for q, span in quotes:
        if span.start in covered:
            owner = next((f for f in found if any(s.start <= span.start < s.end for s in f.content)), None)
            previous_open = owner if q.open_ended else None
            continue
        if any(t.lower_ in data.verb_cues or t.lemma_ in data.verb_cues for t in _frame_after(doc, span)):
            previous_open = None
            continue
        root = None
        colon = next((t for t in reversed(doc[max(0, span.start - 3) : span.start]) if t.text not in QUOTE_MARK_TEXTS
                      and not t.is_space), None)
        act = next((f for f in found if f.kind == "Reported" and f.content and f.content[-1].end == colon.i),
                   None) if colon is not None and colon.text == ":" else None
        if act is not None:
            root = act  # 'rejected the criticism: “…”': the quote after the colon goes on with the act before it
        elif q.opens_paragraph and previous_open is not None:
            root = previous_open
        elif _stands_alone(text, span) or _opens_sentence(doc, span):
            # the statement right before it, if direct and in the same or the previous paragraph
            earlier = sorted((f for f in found + out if f.content_end <= span.start_char), key=lambda f: f.content_end)
            if earlier and earlier[-1].kind == "Direct" and _paragraphs_between(text, earlier[-1].content_end,
                                                                                 span.start_char) == 0:
                root = earlier[-1]
        if root is not None:
            while root.continues is not None:
                root = root.continues
            g = Found(cue=[], lemma=root.lemma, stance=root.stance, kind="Direct", content=[span])
            g.continues = root
            g.medium = root.medium  # a continuation is said through the same channel
            out.append(g)
            previous_open = g if q.open_ended else None
        else:
            previous_open = None
    return out


def _frame_after(doc: Doc, span: Span) -> list[Token]:
    """The words after a quote up to the end of its sentence (where "… ,” she said" puts its cue)."""
    end = span.end
    sent_end = doc[span.end - 1].sent.end if span.end > 0 else end
    return [t for t in doc[end:sent_end] if not t._.in_quote]


def _stands_alone(text: str, span: Span) -> bool:
    """The quote is (nearly) its whole paragraph."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:span.start_char] + text[span.end_char:line_end]
    return len(rest.strip(" “”\".,")) == 0


def _opens_sentence(doc: Doc, span: Span) -> bool:
    """ "… said Jane Doe. “This project creates jobs.”": a quote that is its whole sentence."""
    sent = span[0].sent
    words = [t for t in sent if not (t.is_punct or t.is_space or t.text in QUOTE_MARK_TEXTS)]
    return all(span.start <= t.i < span.end for t in words)


def _paragraphs_between(text: str, start: int, end: int) -> int:
    """How many whole paragraphs lie between two offsets (0: the same or the next paragraph)."""
    return len([line for line in text[start:end].split("\n")[1:-1] if line.strip()])


def _appended_denials(found: list[Found], data: LanguageData) -> list[Found]:
    """ "said the protest had been organised by foreign-funded groups, a claim the organisers denied", "…, allegations
    he denies": a report noun set off by a comma after what a statement says, with a relative clause whose verb is a
    denial, is the denial of that statement by the relative clause's subject; the statement ends before the comma."""
    reports = data.words.get("report_noun", frozenset())
    out = []
    for f in found:
        # ("accused Rep. Ruiz of leaking briefing notes, a charge the Tucson Democrat rejected": an accusation too)
        if f.kind not in {"Indirect", "Reported"} or f.kind == "Reported" and f.stance != "claim" \
                or len(f.content) != 1 or f.stance == "deny":
            continue
        span = f.content[0]
        doc = span.doc
        # (the parser may hang the noun phrase inside the clause or on the cue, at or just after the clause's end)
        # ("At least 60 people were killed …, a regional health official said on Thursday, a figure the government
        # rejected": or after the frame that ends the sentence)
        after = doc[f.cue[0].i : f.cue[0].sent.end] if f.cue and f.cue[0].i > span.end else doc[0:0]
        for comma in (t for t in [*doc[span.start : min(span.end + 1, len(doc))], *after] if t.text == ","):
            which = doc[comma.i + 1] if comma.i + 1 < len(doc) and doc[comma.i + 1].lower_ == "which" \
                and doc[comma.i + 1].dep_ == "dobj" and doc[comma.i + 1].head.dep_ == "relcl" else None
            noun = which or next((t for t in doc[comma.i + 1 : comma.i + 4] if t.lower_ in reports), None)
            if noun is None or any(t.pos_ not in {"DET", "ADJ"} for t in doc[comma.i + 1 : noun.i]):
                continue
            # ("accused the president of shielding a minister, which the presidency denied": the relative pronoun
            # stands for the accusation, where the clause ends the sentence)
            verb = which.head if which is not None and all(
                t.is_punct or t.is_space for t in doc[which.head.right_edge.i + 1 : which.sent.end]) else next(
                (c for c in noun.children if c.dep_ == "relcl"), None)  # ("rejects" may be tagged a noun)
            cue = data.verb_cues.get(verb.lemma_.lower()) if verb is not None else None
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None) \
                if cue is not None and cue.stance == "deny" else None
            if subject is None or any(c.dep_ in {"dobj", "ccomp", "neg"} and c.i != noun.i for c in verb.children):
                continue
            speaker = doc[subject.left_edge.i : subject.i + 1]
            f.content = [span] if comma.i >= span.end else [s for s in [_trim(doc[span.start : comma.i])] if s]
            if not f.content:
                f.content = [span]
                continue
            told = next((g for g in found if g.cue and g.cue[0].i == verb.i and g.stance == "deny"), None)
            if told is not None:
                # ("…, a claim Housing Minister Clare O'Neil rejected as “desperate”": the denial, found with what it
                # calls the claim, answers it)
                told.refers_to = told.refers_to or f
                break
            denial = Found(cue=[verb], lemma=verb.lemma_.lower(), stance="deny", kind="Reported",
                           content=[doc[comma.i + 1 : noun.i + 1]], speaker=speaker, refers_to=f,
                           extra={"appended": True})
            if f.kind == "Reported":
                # "accused Rep. Ruiz of leaking notes, a charge the Tucson Democrat rejected": the accused, whom a
                # description of the denier may stand for
                denial.extra["accused"] = next((c for c in f.cue[0].children if c.dep_ == "dobj"), None)
            denial.cue_helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
            out.append(denial)
            break
    return out


def _link_nesting(found: list[Found]) -> None:
    """A statement whose cue stands inside another statement's content is passed on by that statement."""
    for f in found:
        if f.via is not None or not f.cue:
            continue
        outer = [g for g in found if g is not f and g.cue and g.refers_to is not f
                 and g.content_start <= f.cue[0].idx < g.content_end
                 and not any(s.start <= f.cue[0].i < s.end and all(t._.in_quote for t in s) for s in g.content)]
        if outer:
            f.via = min(outer, key=lambda g: g.content_end - g.content_start)


def _cited_sources_again(found: list[Found]) -> None:
    """ "Bloomberg had reported, citing people familiar with the matter, … A decision could come next month, the
    people said": the cited sources, taken up as "the people", still speak through the outlet."""
    for f in found:
        words = [t for t in f.speaker or () if not t.is_space]
        if f.via is not None or len(words) != 2 or words[0].lower_ != "the" or words[1].tag_ != "NNS":
            continue
        cited = [g for g in found if g.via is not None and g.speaker is not None and g.content_start < f.content_start
                 and g.speaker.root.lower_ == words[1].lower_ and g.speaker[0].lower_ != "the"]
        if cited:
            f.via = cited[-1].via


def _link_answers(found: list[Found], data: LanguageData) -> None:
    """A denial answers the earlier claim of another speaker that shares most content words with it."""
    reports = data.words.get("report_noun", frozenset())
    for f in found:
        if f.stance != "deny" or f.refers_to is not None:
            continue
        if f.kind == "Reported" and _another_claim(f.content[0], reports, data):
            continue  # "had previously denied similar allegations made by another woman": no claim told here
        told_as = next((g for g in found if g is not f and g.stance != "deny" and _said_as(g)
                        and g.content_start == f.content_start), None)
        if told_as is not None:
            # "denied that he had pressed the bank, as lawmaker Y had alleged", "…, as the Globe and Mail had
            # reported earlier this month": the time of the "as" clause is when the claim was made, not the denial
            f.refers_to = told_as
            if told_as.frame is not None:
                f.extra["no_time_in"] = [*f.extra.get("no_time_in", []), told_as.frame]
            continue
        prompted = _said_in_after_clause(f, found)
        if prompted is not None:
            f.refers_to = prompted  # "denied that its systems had been breached, after a hacker group claimed that …"
            continue
        report = _report_of_named_outlet(f, found, data) or _report_of_named_owner(f, found, data)
        if report is None and (f.extra.get("calls_report_false") or f.extra.get("demonstrative")):
            # "The report is wrong," a spokesperson said: the last report another speaker made before; "that account
            # was contradicted": the last statement of another speaker
            told = [g for g in found if g.content_start < f.content_start and not _same_speaker(f, g)
                    and (g.lemma == "report" or f.extra.get("demonstrative") and g.via is None and g.stance != "deny")]
            report = told[-1] if told else None
        if report is not None:
            f.refers_to = report  # "rejected a Wall Street Journal report that …" … "The Journal had reported"
            continue
        findings = _findings_answered(f, found, data)
        if findings is not None:
            f.refers_to = findings  # "A study found that … The AA disputed the findings."
            continue
        if f.kind == "Reported" and _demonstrative_object(f.content[0], reports):
            # "rejected that suggestion", "A company spokesman rejected that.": what another speaker said last
            said = [g for g in found if g.content_start < f.content_start and g.via is None
                    and not _same_speaker(f, g) and g.stance != "deny"]
            if said and said[-1].cue:
                # "Farah said 4,312 names had been removed …, and that the list would be published. Achieng dismissed
                # that explanation": of a frame with two that-clauses, the first
                said = [g for g in said if not g.cue or g.cue[0].i != said[-1].cue[0].i] + [
                    next(g for g in said if g.cue and g.cue[0].i == said[-1].cue[0].i)]
            if said:
                f.refers_to = _account_answered(f, said, found, data) if _names_an_account(f.content[0], data) \
                    else said[-1]
                continue
        # ("branded the claims false", "called the allegations “nonsense”": the object called false is what is denied)
        named_object = f.content[0] if f.kind == "Reported" else _called_object(f)
        if f.kind == "Reported" and _names_untold_outlet(f.content[0], data):
            # (only a report told after it: "rejected a United Nations report … The report by the U.N. … said")
            after = _report_told_after(f, found, _content_words(f), data)
            f.refers_to = after if after is not None and after.content_start > f.content_start else None
            continue
        if named_object is not None and any(t.lower_ in reports for t in named_object):
            # "denied the accusation", "rejected that claim", "rejected the report": the last claim or report of
            # another speaker (the outlet's, not that of the sources it cites)
            earlier = [g for g in found if g.content_start < f.content_start and g.via is None
                       and (g.stance == "claim" or g.lemma == "report") and not _same_speaker(f, g)]
            if earlier:
                f.refers_to = earlier[-1]
                continue
        words = _content_words(f)
        best, best_shared = None, 1
        for g in found:
            if g is f or g.content_start >= f.content_start or g.stance not in {"claim", "assert", "announce"}:
                continue
            if _same_speaker(f, g):
                continue
            shared = len(words & _content_words(g))
            if shared > best_shared:
                best, best_shared = g, shared
        if best is not None and (best.stance == "claim" or best_shared >= 3 or f.kind == "Indirect" and best_shared >= 2):
            f.refers_to = best
            continue
        about_them = _claim_about_the_denier(f, found, data)
        if about_them is not None:
            f.refers_to = about_them  # "Prosecutors alleged that X took money from Pryce … Pryce denied paying X"
            continue
        accusation = _accusation_just_before(f, found)
        if accusation is not None:
            # "The Irish Council for Civil Liberties had accused the regulator last year of letting the case drag on.
            # Gallagher denied that the DPC had taken too long": the accusation told right before is what is denied
            f.refers_to = accusation
            continue
        told_before = _report_told_after(f, found, words, data)
        if told_before is not None:
            f.refers_to = told_before  # "Volkswagen denied … The Handelsblatt newspaper had reported that …"
            continue
        if named_object is not None and named_object[0].lower_ in {"the", "its", "his", "her", "their"} \
                and any(t.lower_ in reports for t in named_object):
            # "disputed the police estimate of his speed", "rejected the allegation": the statement of another
            # speaker before it that shares a word with the object (its source or what it says), else the first
            # one, the claim the article is about
            earlier = [g for g in found if g.content_start < f.content_start and g.via is None and g.continues is None
                       and g.stance != "deny" and not _same_speaker(f, g) and not _in_headline(g)]
            named = {t.lemma_.lower() for t in named_object if t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in reports}
            sharing = [g for g in earlier if named & ({t.lemma_.lower() for t in g.speaker or ()} | _content_words(g))]
            if sharing or earlier:
                f.refers_to = (sharing or earlier)[0]
                continue
        if f.kind == "Indirect":
            # "Local radio reported that a dormitory had collapsed with students inside … The governor's office denied
            # that any students had been in the building": a denial of a clause answers the last press report of
            # another speaker before it that names a thing the denial names
            reported = [g for g in found if g.content_start < f.content_start and g.via is None and g.lemma == "report"
                        and not _same_speaker(f, g) and words & _content_words(g)]
            if reported:
                f.refers_to = reported[-1]


def _called_object(f: Found) -> Span | None:
    """ "called the claims false": the object of a denial by calling (the phrase before what it is called)."""
    if not f.cue or f.lemma not in CALLING_CUES or f.stance != "deny":
        return None
    obj = next((c for c in f.cue[0].children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    return f.cue[0].doc[obj.left_edge.i : obj.i + 1] if obj is not None else None


# cues that call something what it is: "called the report baseless"
CALLING_CUES = frozenset({"call"})


def _link_confirmations(found: list[Found], data: LanguageData) -> None:
    """ "The company confirmed the report", "confirmed the claims": a confirmation of a report noun answers the last
    press report of another speaker before it, else the last claim."""
    reports = data.words.get("report_noun", frozenset()) | data.words.get("press_report_noun", frozenset())
    reporting = data.words.get("report_verb", frozenset()) | {"report"}
    for f in found:
        if f.stance != "confirm" or f.refers_to is not None or f.kind != "Reported" or not f.content:
            continue
        noun = f.content[0].root
        if noun.lower_ not in reports or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"}
                                                 for c in noun.children) or _another_claim(f.content[0], reports, data):
            continue
        earlier = [g for g in found if g.content_start < f.content_start and g.via is None and g.stance != "deny"
                   and not _same_speaker(f, g)]
        told = [g for g in earlier if g.lemma in reporting] or [g for g in earlier if g.stance == "claim"]
        if told:
            f.refers_to = told[-1]


def _another_claim(content: Span, reports: frozenset[str], data: LanguageData) -> bool:
    """ "similar allegations", "separate claims", "earlier accusations": the object denied is a report noun marked as
    another claim than the one the article tells."""
    others = data.words.get("other_claim_adjective", frozenset())
    return any(t.lower_ in reports and any(c.dep_ == "amod" and c.lower_ in others for c in t.children)
               for t in content if t.head.i == t.i or t.head.i < content.start or t.head.i >= content.end)


def _findings_answered(f: Found, found: list[Found], data: LanguageData) -> Found | None:
    """ "disputed the findings", "rejected the study's conclusions": a denial of findings (no finding named by what
    it is about, as "the finding on lorries") answers the first statement of another speaker before it that says
    what was found, concluded or shown, or that a study or researchers said: the study's lead claim."""
    obj = f.content[0].root
    if f.kind != "Reported" or obj.lower_ not in data.words.get("finding_noun", frozenset()) \
            or any(c.dep_ in {"prep", "acl", "relcl"} for c in obj.children):
        return None
    verbs, studies = data.words.get("finding_verb", frozenset()), data.words.get("study_noun", frozenset())
    said = [g for g in found if g.content_start < f.content_start and g.via is None and not _same_speaker(f, g)
            and (g.lemma in verbs or g.speaker is not None and g.speaker.root.lower_ in studies)]
    return said[0] if said else None


def _in_headline(f: Found) -> bool:
    """The statement stands in the article's first line (its headline), before any line break."""
    doc = f.content[0].doc

    def breaks(t: Token) -> bool:
        return "\n" in t.text or "\n" in t.whitespace_

    return not any(breaks(t) for t in doc[: f.content[0].start]) and any(breaks(t) for t in doc[f.content[0].start :])


def _demonstrative_object(content: Span, reports: frozenset[str]) -> bool:
    """ "that suggestion", "this claim", or a bare "that"/"this"/"it" as the object of a denial."""
    words = [t.lower_ for t in content if not t.is_punct and t.text not in QUOTE_MARK_TEXTS]
    # ("dismissed those reports as “rubbish”": what the denial calls them is no part of what it answers)
    words = words[: words.index("as")] if "as" in words[1:3] else words
    return words in (["that"], ["this"], ["it"]) or len(words) == 2 and words[0] in {"that", "this", "those", "these"} \
        and words[1] in reports


def _names_an_account(content: Span, data: LanguageData) -> bool:
    """ "that account", "that version", "this criticism": a demonstrative before a noun of an account given."""
    words = [t for t in content if not t.is_punct]
    return len(words) == 2 and words[1].lower_ in data.words.get("account_noun", frozenset())


def _account_answered(f: Found, said: list[Found], found: list[Found], data: LanguageData) -> Found:
    """ "The Royal Thai Army said Cambodian troops had opened fire …. “…,” army spokesman Colonel X told reporters.
    “We did not shoot first.” Cambodia's defence ministry rejected that account": the account is a statement of the
    turn just before, read back over its continuations and what its speaker said next as "he" or "she", by the same
    name ("Varma" after "Council leader Sunil Varma") or for the same body ("army spokesman" after "The Royal Thai
    Army"): the one sharing most words with what the denier goes on to say ("The judge rejected that account. “The
    leaflets went to streets of bungalows …”" answers "she said he had found his customers by posting leaflets"),
    else the first."""
    turn = [said[-1]]
    for g in reversed(said[:-1]):
        head = turn[-1]
        while head.continues is not None and head.speaker is None:
            head = head.continues
        if g.content_end > head.content_start:
            continue
        # (an act told with its object, "accused X of leaking notes", is no account of what happened)
        if head.speaker is None or g.speaker is None or not _same_turn(g.speaker, head.speaker, data) \
                or g.kind == "Reported":
            break
        turn.append(g)
    after = [g for g in found if g.content_start > f.content_end]
    goes_on = []
    for g in after:  # the denier's own next words: its continuations, then "she said …"
        if g.continues is f or goes_on and g.continues is goes_on[-1] \
                or g.speaker is not None and f.speaker is not None and _same_turn(f.speaker, g.speaker, data):
            goes_on.append(g)
        else:
            break
    words = set().union(*(_content_words(g) for g in goes_on)) if goes_on else set()
    return max(reversed(turn), key=lambda g: len(words & _content_words(g)))


def _same_turn(before: Span, after: Span, data: LanguageData) -> bool:
    """Whether `after` speaks on for `before`: a pronoun, or a name or word of a body they share."""
    if len(after) == 1 and after[0].tag_ == "PRP":
        return True
    stop = data.words.get("speaker_stopword", frozenset()) | {"the", "a", "an", "'s", "’s", "of", "for"}
    words = {t.lower_ for t in before if t.is_alpha and t.lower_ not in stop}
    return bool(words & {t.lower_ for t in after if t.is_alpha and t.lower_ not in stop and len(t) > 2})


def _no_such_denials(found: list[Found]) -> None:
    """ "There is no such plan", "There has been no such decision": "no such" takes up a claim just told and denies
    it: the last report or claim of another speaker before it, else what the denial before it answers."""
    for n, f in enumerate(found):
        if f.stance == "deny" or f.refers_to is not None or not f.content or f.via is not None:
            continue
        words = [t.lower_ for s in f.content for t in s]
        if not any(a in {"no", "not"} and b == "such" for a, b in zip(words, words[1:])):
            continue
        claims = [g for g in found[:n] if g.via is None and g.stance != "deny" and not _same_speaker(f, g)
                  and (g.lemma == "report" or g.stance == "claim")]
        denials = [g for g in found[:n] if g.stance == "deny" and g.refers_to is not None]
        answered = claims[-1] if claims else denials[-1].refers_to if denials else None
        if answered is not None:
            f.stance, f.refers_to = "deny", answered


def _negations_after_denials(found: list[Found], data: LanguageData) -> None:
    """ "Chief executive Martin Sloane rejected the report. “There are no plans to move production,” Sloane said":
    a negated statement the denier makes in the next sentence answers the same report."""
    told = [f for f in found if not (f.cue and _said_as(f))]  # "…, as Y had alleged" stands inside the denial
    answered = {id(g.refers_to) for g in told if g.stance == "deny" and g.refers_to is not None}
    for n in range(1, len(told)):
        f, k = told[n], n - 1
        # "Congo's army rejected accusations … and blamed the M23": the denier's other statements in between
        report_between, moved = False, True
        while moved:
            moved = False
            while k > 0 and told[k].stance != "deny" and _same_speaker(told[k], told[k - 1]):
                k, moved = k - 1, True
            # "Coralair denied a report … The newspaper had reported, citing two people …, that …": the report the
            # denial answers, told after it, and its sources stand between the denial and what the denier says next
            # ("The military denied that …, saying …. The ministry said earlier that …": the denier's own words
            # before the report as well)
            while k > 0 and (id(told[k]) in answered or told[k].via is not None and id(told[k].via) in answered):
                k, report_between, moved = k - 1, True, True
        before = told[k]
        if before.stance != "deny" or before.refers_to is None or f.stance != "assert" or f.refers_to is not None \
                or not f.content or not before.content or not (
                    _same_person_again(before, f, data) or report_between and _leader_of(before, f, data)):
            continue
        sents = list(f.content[0].doc.sents)
        here = sentence_index(sents, f.content[0].start)
        there = sentence_index(sents, before.content[0].start)
        # the next sentence; or the one after where the parser split the denial's sentence in two, or where the report
        # stands between
        if 0 <= here - there <= 1 + (here - there == 2 and (before.cue[0].sent.start != before.content[0].sent.start
                                                            or report_between)
                                     or any(_said_as(g) for g in found if g.cue and there <= _sentence_of(g, sents) < here)) \
                and (_negated(f.content[0]) or _bare_denial(before)) and not _declines_comment(f.content[0]) \
                and not _negated_promise(f.content[0], data):
            f.stance, f.refers_to = "deny", before.refers_to


def _negated_promise(content: Span, data: LanguageData) -> bool:
    """ 'that the government would “not allow a single patient to go without medicine”': a negated verb of permission
    with a modal promises what will be done, it denies nothing that was reported."""
    verbs = data.words.get("permission_verb", frozenset())
    return any(t.lemma_.lower() in verbs and t.pos_ == "VERB" and any(c.dep_ == "neg" for c in t.children)
               and any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children) for t in content)


def _declines_comment(content: Span) -> bool:
    """ "We do not comment on speculation", "We won't comment further": a refusal to comment denies nothing."""
    return content.root.lemma_.lower() == "comment"


def _leader_of(denial: Found, then: Found, data: LanguageData) -> bool:
    """ "Coralair denied a report … “There is no plan to exit any of our routes,” chief executive Megan Thorsby said":
    an organisation's denial of a press report, spelled out by someone named with a leader's role and no other
    organisation."""
    if denial.speaker is None or then.speaker is None or denial.refers_to is None \
            or denial.refers_to.lemma not in data.words.get("report_verb", frozenset()) | {"report"}:
        return False
    words = " ".join(t.lower_ for t in then.speaker)
    leaders = data.words.get("leader_role", frozenset())
    return any(f" {role} " in f" {words} " for role in leaders) and not any(
        t.pos_ == "PROPN" and t.ent_type_ == "ORG" for t in then.speaker) and any(
        t.ent_type_ in {"ORG", ""} and t.pos_ == "PROPN" for t in denial.speaker)


def _bare_denial(f: Found) -> bool:
    """ "The trust rejected the allegation.", "Cmdr. X rejected that suggestion.": a denial that says nothing of its
    own; what the denier says next gives its reasons and denies the same claim."""
    # (not "…, a claim the organisers denied": a denial told in passing is no sentence of its own to go on with)
    return f.kind == "Reported" and len([t for s in f.content for t in s if not t.is_punct]) <= 4 \
        and not f.extra.get("appended")


def _sentence_of(f: Found, sents: list[Span]) -> int:
    return sentence_index(sents, f.cue[0].i)


def _same_person_again(first: Found, then: Found, data: LanguageData) -> bool:
    """The second speaker is the first's surname, a pronoun, none (a continuation), or a spokesperson of the first
    ("a Nordhavn spokeswoman" after "Nordhavn Shipping", "a company spokesperson")."""
    if then.speaker is None:
        return then.continues is first
    if first.speaker is None:
        return False
    words = [t for t in then.speaker if not t.is_space]
    if then.speaker.text == first.speaker.text:
        return True  # "denied that …, saying on X that …"
    if words[0].lower_ == "the" and len(words) <= 5 and (words[-1].lower_ in data.role_nouns
                                                          or words[-1].ent_type_ == "NORP"):
        return True  # "the Tucson Democrat told reporters", "the minister said"
    if any(t.lower_ in data.words.get("spokesperson_noun", ()) for t in words):
        # "a Nordhavn spokeswoman" for "Nordhavn Shipping", "army spokesman X" for "Congo's army"
        names = {t.text for t in first.speaker if t.pos_ == "PROPN"} | {first.speaker.root.text.lower()}
        return any(t.text in names or t.lower_ in names or t.lower_ in data.words.get("org_anaphor", ())
                   for t in words)
    return len(words) == 1 and (words[0].pos_ == "PRON" or words[0].text == first.speaker[-1].text)


def _negated(content: Span) -> bool:
    """ "There are no plans", "We have not received", "nothing to announce": the clause itself is negated."""
    root = content.root
    # ('"I have not threatened to resign. I've got a job to do."': of a quote of several sentences, the first's verb
    # as well)
    first = content[0].sent
    roots = [root, content.doc[content.start : first.end].root] if first.end < content.end else [root]
    # "…, and I have never asked it for anything": a coordinated clause's negation counts too
    heads = [h for r in roots for h in (r, *(c for c in r.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}))]
    return any(c.dep_ == "neg" and not emphatic_comparative(c) for h in heads for c in h.children) or any(
        t.lower_ in {"no", "never", "nothing", "none"} and any(r.i in {t.head.i, t.head.head.i} for r in roots)
        and not emphatic_comparative(t) for t in content)


def _claim_about_the_denier(f: Found, found: list[Found], data: LanguageData) -> Found | None:
    """The last claim before a denial that names the denier (by a proper name) in what it claims; a statement that
    the denier has been charged ("X has been charged with doping, the agency said": `charge_verb` in the passive)
    is such a claim whatever its cue."""
    # "Pryce denied …", "An M23 spokesman, Olivier Rukundo, denied …": the names in the denier's phrase
    names = {t.text for t in f.speaker if t.pos_ == "PROPN" or t.text[:1].isupper() and t.i > f.speaker.start} \
        if f.speaker is not None else set()
    if not names:
        return None
    charges = data.words.get("charge_verb", frozenset())

    def charged(g: Found) -> bool:
        return g.stance in {"assert", "announce"} and any(
            t.lemma_.lower() in charges and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)
            and any(c.dep_ == "nsubjpass" and any(w.text in names for w in c.subtree) for c in t.children)
            for span in g.content for t in span)

    claims = [g for g in found if g.content_start < f.content_start and (g.stance == "claim" or charged(g))
              and not _same_speaker(f, g) and any(t.text in names for span in g.content for t in span)]
    return claims[-1] if claims else None


def _accusation_just_before(f: Found, found: list[Found]) -> Found | None:
    """The statement right before a denial, in its sentence or the one before, when it is another speaker's claim
    (an accusation: "had accused the regulator of letting the case drag on") told by no one in between."""
    before = [g for g in found if g is not f and g.content_end <= f.content_start and g.via is None]
    if not before or f.kind != "Indirect" or not f.cue:
        return None
    last = before[-1]
    if last.stance != "claim" or _same_speaker(f, last) or last.speaker is None or not last.cue:
        return None
    sents = list(f.cue[0].doc.sents)
    return last if 0 <= _sentence_of(f, sents) - _sentence_of(last, sents) <= 1 else None


REPORT_AFTER_SENTENCES = 4  # sentences after a denial in which the report it answers is told in the past perfect


def _same_speaker(f: Found, g: Found) -> bool:
    return g.speaker is not None and f.speaker is not None and g.speaker.text == f.speaker.text


def _report_told_after(f: Found, found: list[Found], words: set[str], data: LanguageData) -> Found | None:
    """The report a denial answers, told after it as earlier ("had reported", "had said") by another speaker, sharing
    a content word with it (or any such report when the denial names a report)."""
    if not f.cue:
        return None
    sents = list(f.cue[0].doc.sents)
    here = sentence_index(sents, f.cue[0].i)
    reports = data.words.get("press_report_noun", frozenset()) | data.words.get("report_noun", frozenset())
    names_report = any(t.lower_ in reports for span in f.content for t in span)
    for g in found:
        if g is f or not g.cue or g.content_start <= f.content_end or g.stance not in {"claim", "assert"}:
            continue
        if _same_speaker(f, g):
            continue
        there = sentence_index(sents, g.cue[0].i)
        if there - here > REPORT_AFTER_SENTENCES:
            break
        # ("Lebanon's health ministry said earlier that …", "had previously said": told as before the denial)
        past_perfect = any(c.lower_ == "had" and c.dep_ == "aux" or c.dep_ == "advmod" and c.lower_ in {
            "earlier", "previously"} for c in g.cue[0].children)
        # ("In a report published on Monday, the Chief Inspector said …": what was said in a report)
        reporting = g.lemma in data.words.get("report_verb", frozenset()) | {"report"} or g.medium == "Report" or (
            # "A BBC investigation published on Monday found that …": what a study or an investigation found ("The
            # report by the Department of Water found that …")
            # ("The report by the U.N. human rights office said …")
            (g.lemma in data.words.get("finding_verb", frozenset()) or g.lemma == "say") and g.speaker is not None
            and g.speaker.root.lower_ in data.words.get("study_noun", frozenset()) | {"report"})
        if past_perfect and (names_report or words & _content_words(g)) or names_report and reporting:
            return g
        if names_report and _by_the_speaker(f, g, reports):
            return g  # "rejected accusations by a group of pension funds that … The funds said in a letter …"
        if (reporting or past_perfect and g.stance == "claim") and _only_the_denial_between(f, g, found):
            return g  # "Downing Street has denied that … The Guardian reported on Monday that officials had asked …",
            # "A man has denied that he was radicalised online. Police had alleged that …": the press report or the
            # claim told as earlier right after the denial, with only the denier's own words between
        if reporting and len(words & _content_words(g)) >= 2:
            return g  # "A state senator denied that she pressured the lottery agency … The Chronicle reported on
            # Sunday that Sen. X had called the head of the lottery commission …": the report the lead answers
        if names_report and g.kind == "Indirect" and len(words & _content_words(g)) >= 2:
            return g  # "rejected accusations by the United Nations that its troops had fired on a convoy" … "OCHA
            # said on Wednesday that the convoy … came under fire"
        if names_report and g.kind == "Indirect" and g.medium in data.words.get("accusing_medium", frozenset()):
            return g  # "Air India denied allegations that its pilots had been pressured to skip checks … The pilots'
            # association said in a letter to the regulator that crew had been told to "cut corners"": the first
            # accusation told in a letter, complaint or submission after a denial of allegations
    return None


def _said_in_after_clause(f: Found, found: list[Found]) -> Found | None:
    """The claim or report of another speaker whose cue heads a clause opened by "after" under the denial's cue: what
    prompted the denial ("X denied …, after a hacker group claimed on Telegram that …")."""
    if not f.cue:
        return None
    cue = f.cue[0]
    for g in found:
        if g is f or not g.cue or g.stance not in {"claim", "assert"} or _same_speaker(f, g):
            continue
        verb = g.cue[0]
        if verb.dep_ == "advcl" and verb.head.i == cue.i and any(
                c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
            return g
    return None


def _by_the_speaker(f: Found, g: Found, reports: frozenset[str]) -> bool:
    """The denial names the report or claim as made "by" the later statement's speaker: its head noun ("accusations
    by a group of pension funds" … "The funds said") or a name in it ("claims by the Australian Medical
    Association" … "The Australian Medical Association said")."""
    if g.speaker is None:
        return False
    authors = [o for span in f.content for t in span if t.lower_ in reports
               for p in t.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.subtree if o.i > p.i]
    # ("rejected Pakistan's claim that …" … "Pakistan's military said": the name that owns the claim)
    authors += [o for span in f.content for t in span if t.lower_ in reports for p in t.children
                if p.dep_ == "poss" and p.pos_ == "PROPN" for o in p.subtree if o.pos_ == "PROPN"]
    if not authors:
        return False
    root = g.speaker.root
    names = {t.text for t in g.speaker if t.pos_ == "PROPN"}
    # ("claims by a pilots' union" … "The Australian Federal Pilots Association said": a noun of the author phrase
    # that the speaker's name holds)
    return root.pos_ == "NOUN" and g.speaker[0].lower_ == "the" and root.lemma_.lower() in {
        o.lemma_.lower() for o in authors if o.pos_ == "NOUN"} or bool(names) and names <= {o.text for o in authors} \
        or any(o.pos_ == "NOUN" and o.lower_ in {t.lower_ for t in g.speaker if t.pos_ == "PROPN"} for o in authors)


def _only_the_denial_between(f: Found, g: Found, found: list[Found]) -> bool:
    """Between a denial and a statement told after it stand only words that go on with the denial: denials,
    continuations, negated statements ("The governor had no knowledge of this contract," spokesman X said)."""
    return all(h.stance == "deny" or h.continues is not None or h.content and _negated(h.content[0])
               for h in found if f.content_start < h.content_start < g.content_start and h is not f and h is not g)


def _names_untold_outlet(content: Span, data: LanguageData) -> bool:
    """ "rejected a Toronto Star report that …" (no report of the Star told, see `_report_of_named_outlet`): a report
    whose outlet the denial names is none other outlet's report, told before ("The Globe and Mail reported …")."""
    nouns = data.words.get("press_report_noun", frozenset())
    at = next((t.i for t in content if t.lower_ in nouns), None)
    if at is None:
        return False
    that = next((t.i for t in content if t.i > at and t.lower_ == "that"), content.end)
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in {"DATE", "TIME"}
               for t in content.doc[content.start : that])


def _report_of_named_outlet(f: Found, found: list[Found], data: LanguageData) -> Found | None:
    """The statement, before or after a denial, of the outlet whose report the denial names ("a Wall Street Journal
    report"): the nearest one whose speaker shares a name word with the words before the report noun."""
    nouns = data.words.get("press_report_noun", frozenset())
    content = f.content[0] if f.content else None
    at = next((t.i for t in content if t.lower_ in nouns), None) if content is not None else None
    if at is None:
        return None
    # "a Wall Street Journal report", "a report by Bloomberg News that …": the names before the reported clause
    # ("a report that head coach Ange Postecoglou will be sacked": the parser may not read "that" as the
    # conjunction; the names after it are what was reported, not who reported it)
    that = next((t.i for t in content if t.i > at and t.lower_ == "that"), content.end)
    names = {t.text for t in content.doc[content.start : that] if t.pos_ == "PROPN"}
    reporting = data.words.get("report_verb", frozenset()) | {"report"}
    # "The newspaper had reported …" after the denial that names the report
    reports = [g for g in found if g is not f and g.speaker is not None and g.stance in {"claim", "assert"}
               and (any(t.text in names for t in g.speaker if t.pos_ == "PROPN")
                    or names and g.lemma in reporting and _outlet_taken_up_after(g, f, data))]
    return min(reports, key=lambda g: abs(g.content_start - f.content_start), default=None)


def _speaker_heads(speaker: Span) -> list[Token]:
    """The speaker phrase's head and the body it speaks for: "A spokeswoman for the trust" -> spokeswoman, trust."""
    root = speaker.root
    # ("Andrew Kemp, defending": and the apposition that says whose side counsel is on)
    return [root, *(o for p in root.children if p.dep_ == "prep" and p.lower_ in {"for", "of", "at"}
                    for o in p.children if o.dep_ == "pobj"),
            *(a for a in root.children if a.dep_ == "appos" and speaker.start <= a.i < speaker.end)]


def _report_of_named_owner(f: Found, found: list[Found], data: LanguageData) -> Found | None:
    """ "The council's version of events is simply wrong", "disputed the airline's explanation": a report noun the
    denial gives an owner by a possessive answers the last statement before of a speaker named by that word."""
    if not f.content:
        return None
    reports = data.words.get("report_noun", frozenset())
    owners = [c for t in f.content[0] if t.lower_ in reports for c in t.children
              if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]
    # ("the study's conclusions": the study's lead claim, not a statement of one who led it)
    if not owners or owners[0].lower_ in data.words.get("study_noun", frozenset()):
        return None
    names = {t.lower_ for t in owners[0].subtree if t.pos_ in {"NOUN", "PROPN"}}
    names |= {side for n in names for side in data.rights("court_side", n)}  # "the defence's account": "defending"
    # (a denial too: "the trust's figures" … "A spokeswoman for the trust said the figures were inaccurate")
    said = [g for g in found if g.content_start < f.content_start and g.via is None and not _in_headline(g)
            and g.speaker is not None and not _same_speaker(f, g)
            and any(t.lower_ in names for t in _speaker_heads(g.speaker))]
    if not said:
        return None
    # (of a frame with two that-clauses, the first)
    return next(g for g in said if g.cue and said[-1].cue and g.cue[0].i == said[-1].cue[0].i or g is said[-1])


def _content_words(f: Found) -> set[str]:
    return {t.lemma_.lower() for s in f.content for t in s if t.pos_ in {"NOUN", "PROPN", "VERB"} and not t.is_stop}
