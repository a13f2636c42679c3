"""Cue finding: reporting verbs (with separated particles), the tag repairs that make them findable, and the
tokens a cue is written with besides its verb."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution.clauses import (
    _attributive_participle,
    _clause_start,
    _finite_of,
    _has_finite_in_clause,
)
from whosaid.components.attribution.found import Found
from whosaid.components.lemmas import separated_particle
from whosaid.components.phrases import QUOTE_MARKS, is_finite, is_punct, is_subjunctive, sentence_of
from whosaid.lang import LanguageData, load_language

# "ihr" beside the dative pronouns of words.tsv: before a qualified noun after a finite verb, not the plural "you"
DATIVE_PRONOUNS = load_language("de").words.get("dative_pronoun", frozenset()) | {"ihr"}
SCORE_COMPOUND = re.compile(r"^\d+:\d+-[A-ZÄÖÜ]")


def correct_cue_tags(doc: Doc, data: LanguageData) -> None:
    """A reporting verb's past form read as an adjective ("vor einem Monat behaupteten X, ...") is a finite verb:
    an attributive adjective cannot follow a noun without opening a phrase of its own."""
    for tok in doc:
        tag = tok.tag_  # read once: every test below asks for it
        if tag[:1] == "V" and SCORE_COMPOUND.match(tok.text):
            tok.tag_, tok.pos_ = "NN", "NOUN"  # "nach der 1:4-Niederlage": a result compounded with a noun, no verb
        elif tag == "ADJA" and _past_cue_lemma(tok, data) in data.verb_cues and tok.i > 0 \
                and tok.lower_.endswith(("te", "ten")):
            if doc[tok.i - 1].tag_ in {"NN", "NE", "PPER"}:
                tok.tag_ = "VVFIN"
                tok.pos_ = "VERB"
        elif tag == "ADJA" and tok.lower_.endswith(("te", "ten")) and 0 < tok.i < len(doc) - 1 \
                and doc[tok.i - 1].tag_ in {"NN", "NE", "PPER"} and doc[tok.i + 1].tag_ in {"ART", "PPOSAT", "PDAT"}:
            # "…, die Anlagen gefährdeten eine geschützte Population": a past form between a noun and a determiner
            # qualifies no noun, it is the finite verb of the clause
            tok.tag_, tok.pos_ = "VVFIN", "VERB"
        elif tag == "VVINF" and (_plural_present_cue(tok, data) or _verb_second_cue(tok, data)):
            tok.tag_ = "VVFIN"
        elif tag == "VVINF" and tok.lower_ != tok.lemma_.lower() and _participle_read_as_finite(tok, data):
            # "hatte die Vorwürfe bestritten": a strong participle read as an infinitive (its lemma is written
            # otherwise) after a finite "haben" or "sein"
            tok.tag_ = "VVPP"
        elif tag in {"ADV", "ADJD"} and _particle_cue_read_as_adverb(tok, data):
            # "Er weise die Vorwürfe zurück": the finite verb of a particle cue read as an adverb ("weise")
            tok.tag_, tok.pos_ = "VVFIN", "VERB"
            mood = "Sub" if tok.lower_.endswith("e") else "Ind"
            tok.set_morph(f"Mood={mood}|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
            particle = separated_particle(tok, sentence_of(doc, tok.i), data.words.get("verb_particle", frozenset()))
            tok.lemma_ = particle.lower_ + tok.lemma_.lower()  # as the particle step joins it for verbs it knew
        elif tag == "VVFIN" and _participle_read_as_finite(tok, data):
            tok.tag_ = "VVPP"
        elif tag == "VVFIN" and _attributive_read_as_finite(tok):
            tok.tag_, tok.pos_ = "ADJA", "ADJ"  # "wirft dem Mann versuchten Mord vor": a participle before its noun
        elif tag == "VVPP" and _past_plural_read_as_participle(tok):
            # "Darüber entschieden aber die Pfarreien selbst, betonte er": a strong past plural that is written like
            # its participle, second in a clause without a finite verb, is that clause's finite verb
            tok.tag_, tok.pos_ = "VVFIN", "VERB"
            tok.set_morph("Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin")
        elif (tag == "ADJA" or tag == "ADJD" and (tok.lower_ not in data.words.get("adverb_in_e", ())
                                                  or tok.lemma_.lower() == tok.lower_ + "n")) \
                and _subjunctive_read_as_adjective(tok):
            # "Es sichere das Rentenniveau", "das Geld reiche nicht", "Seit Montag fließe kein Gas mehr": a
            # Konjunktiv I after its subject or a fronted phrase, with no noun for an adjective to qualify (read as
            # attributive or predicative), is the finite verb of a reported clause; "Streit schade der Regierung" too,
            # a word that may be an adverb ("schade") the lemmatizer read as a verb's form
            tok.tag_, tok.pos_ = "VVFIN", "VERB"
            tok.set_morph("Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
            tok.lemma_ = tok.lower_[:-1] + "n" if tok.lower_.endswith(("ere", "ele")) else tok.lower_ + "n"
        elif tag == "KOUS" and _preposition_read_as_conjunction(tok, data):
            tok.tag_, tok.pos_ = "APPR", "ADP"  # "eingeräumt, während des Eingriffs telefoniert zu haben"
        elif tag == "APPR" and _capitalised_preposition_in_a_name(tok):
            tok.tag_, tok.pos_ = "NE", "PROPN"  # "teilte Pro Natura mit", "erklärte Pro Asyl": a name's first word
        elif tag == "ADJA" and _quoted_name_of_adjectives(tok):
            tok.tag_, tok.pos_ = "NE", "PROPN"  # "Die „Thüringer Allgemeine“ hatte berichtet": a title with no noun
        elif tag in {"NN", "PDS"} and _comparative_opening_a_frame(tok, data):
            tok.tag_, tok.pos_ = "ADJD", "ADJ"  # "Skeptischer äußerte sich Analystin X: …": no subject, an adverb
        elif tag == "NN" and _fronted_infinitive_cue(tok, data):
            # "Einräumen musste der Firmenchef, dass …": a cue's infinitive fronted before a modal, capitalised as the
            # sentence's first word, is no noun
            tok.tag_, tok.pos_, tok.lemma_ = "VVINF", "VERB", tok.lower_
        elif tag == "NN" and _compound_adjective(tok):
            tok.tag_, tok.pos_ = "ADJA", "ADJ"  # "die Hisbollah-nahe libanesische Zeitung": no noun of its own
        elif tag == "PRELS" and _article_of_reported_subject(tok):
            tok.tag_, tok.pos_ = "ART", "DET"  # "sagte aber, die Schweiz brauche mehr Windkraft": no relative clause
        elif tag != "NN" and _age_noun(tok, data):
            # "berichtete, der 23-Jährige habe …": a nominalised age the tagger does not know (read as an adverb,
            # its article as a relative pronoun) is a noun, so the reported clause keeps its subject
            tok.tag_, tok.pos_ = "NN", "NOUN"
            before = doc[tok.i - 1] if tok.i > 0 else None
            if before is not None and before.tag_ in {"PRELS", "PDS"} and before.lower_ in {"der", "die", "den", "dem", "des"}:
                before.tag_, before.pos_ = "ART", "DET"


def _article_of_reported_subject(tok: Token) -> bool:
    """ "…, die Schweiz brauche mehr Windkraft": "der", "die", "das" after a comma read as a relative pronoun, before
    a noun and a finite verb in the Konjunktiv that more words follow, opens a reported main clause (the verb comes
    second); a relative clause puts its verb last ("…, die Deutschland braucht.")."""
    doc = tok.doc
    k = tok.i
    if k == 0 or doc[k - 1].text != "," or tok.lower_ not in {"der", "die", "das"} or k + 3 >= len(doc):
        return False
    noun, verb, after = doc[k + 1], doc[k + 2], doc[k + 3]
    return noun.tag_ in {"NN", "NE"} and verb.tag_.endswith("FIN") and is_subjunctive(verb) \
        and not after.is_punct and not after.is_space


def _past_cue_lemma(tok: Token, data: LanguageData) -> str:
    """The cue lemma of a past form read as an adjective: as written, or repaired where the lemmatizer left the form
    unchanged ("verlangten" -> "verlangen")."""
    written = _cue_lemma_as_written(tok, data)
    if written in data.verb_cues or tok.lemma_.lower() != tok.lower_:
        return written
    return data.verb_lemma(tok.text, tok.lemma_)


def _cue_lemma_as_written(tok: Token, data: LanguageData) -> str:
    """The lemma, or the cue a regional spelling writes ("äusserte", Swiss for "äußerte"); not the verb of a
    participle the lemmatizer left unknown ("die vom Minister angekündigte Reform")."""
    written = {variant.split("=")[0] for variant in data.words.get("spelling_variant", ())}
    if any(w in tok.lower_ for w in written):
        return data.verb_lemma(tok.text, tok.lemma_)
    return tok.lemma_.lower()


AGE_NOUN = re.compile(r"^\d{1,3}-(\w+)$")


def _past_plural_read_as_participle(tok: Token) -> bool:
    """An "-en" participle without "ge-" right after a sentence's first word, when that word is a pronominal adverb
    or adverb ("Darüber", "Dabei", "Dann") and no finite verb stands in the clause up to its next comma."""
    doc = tok.doc
    if not tok.lower_.endswith("en") or "ge" in tok.lower_[:6] or tok.i == 0:
        return False  # "gewonnen", "angekommen": a participle with "ge-" is never a finite verb
    first = doc[tok.i - 1]
    if first.tag_ not in {"PROAV", "ADV"} or not (first.is_sent_start or first.i > 0 and doc[first.i - 1].is_space):
        return False
    subject = False
    for t in doc[tok.i + 1 :]:
        if t.text in {",", ".", ";", ":", "!", "?"} or t.is_sent_start:
            break
        if is_finite(t) or t.tag_ in {"VAINF", "VMINF", "VAPP", "VVINF"}:
            return False
        subject = subject or t.tag_ in {"NN", "NE", "PPER", "PIS"}
    return subject  # "Dort angekommen, wurde er …" has none


def _subjunctive_read_as_adjective(tok: Token) -> bool:
    """A lower-case "-e" word tagged as an attributive adjective right after a noun or personal pronoun, followed
    by neither a noun nor another adjective, in a clause with no finite verb before it."""
    doc = tok.doc
    if not tok.text.endswith("e") or not tok.text[:1].islower() or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    if before.text in QUOTE_MARKS and tok.i >= 2 and not tok._.in_quote:
        before = doc[tok.i - 2]  # "Eine Angabe wie „für ein Familienmitglied“ reiche nicht aus": a quoted noun
    # "jede zerstörte Granate rette Leben": the lemma is a verb's infinitive, the word its stem + "e"; an adjective
    # ("offene", lemma "offen") never drops the infinitive's "n"
    verb_form = tok.lemma_.endswith("en") and tok.lower_ == tok.lemma_.lower()[:-1]
    if before.tag_ not in {"NN", "NE", "PPER", "PIS"} or after.tag_ in {"NN", "NE", "ADJA", "CARD", "TRUNC"} \
            and not verb_form:
        return False
    k = tok.i - 1
    while k >= 0 and doc[k].text not in {",", ".", ";", ":", "!", "?"} and not doc[k].is_sent_start:
        if is_finite(doc[k]):
            return False
        k -= 1
    return True


COMPARATIVE_ENDINGS = ("ischer", "licher", "iger", "ender")
MIN_COMPARATIVE = 9  # "Skeptischer", "Vorsichtiger"; not the noun "Fischer"


def _comparative_opening_a_frame(tok: Token, data: LanguageData) -> bool:
    """ "Skeptischer äußerte sich …", "Vorsichtiger zeigte sich …": an adjective's comparative read as a noun, first in
    its sentence before a finite cue verb."""
    doc = tok.doc
    sent = sentence_of(doc, tok.i)
    if tok.i != _first_word(doc, sent.start, sent.end) or tok.i + 1 >= sent.end or len(tok.text) < MIN_COMPARATIVE \
            or not tok.lower_.endswith(COMPARATIVE_ENDINGS):
        return False
    verb = doc[tok.i + 1]
    lemma = data.verb_lemma(verb.text, verb.lemma_)
    return verb.tag_ == "VVFIN" and (lemma in data.verb_cues or lemma in data.words.get("reflexive_cue", ()))


def _capitalised_preposition_in_a_name(tok: Token) -> bool:
    """A preposition is written small inside a sentence: capitalised right after a word, before a capitalised noun or
    name, it is the first word of a name ("teilte Pro Natura mit")."""
    doc = tok.doc
    if not tok.text[:1].isupper() or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return before.is_alpha and after.tag_ in {"NE", "NN"} and after.text[:1].isupper()


def _quoted_name_of_adjectives(tok: Token) -> bool:
    """ "die „Thüringer Allgemeine“", "der „Frankfurter Allgemeinen“": the last of capitalised adjectives that fill a
    quote after an article is the name's head: no noun follows inside the quote for them to qualify."""
    doc = tok.doc
    if not tok.text[:1].isupper() or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in QUOTE_MARKS:
        return False
    k = tok.i - 1
    while k >= 0 and doc[k].tag_ == "ADJA" and doc[k].text[:1].isupper():
        k -= 1
    return k >= 1 and doc[k].text in QUOTE_MARKS and doc[k - 1].tag_ in {"ART", "APPRART"}


def _compound_adjective(tok: Token) -> bool:
    """ "Hisbollah-nahe", "regierungs-kritische": a hyphenated word whose last part is a lower-case adjective
    ending, between an article or adjective and an adjective or noun."""
    head, _, last = tok.text.rpartition("-")
    if not head or not last[:1].islower() or not last.endswith(("e", "en", "er", "es", "em")):
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return before is not None and after is not None and before.tag_ in {"ART", "ADJA", "PPOSAT", "PDAT"} \
        and after.tag_ in {"ADJA", "NN"}


def _age_noun(tok: Token, data: LanguageData) -> bool:
    """ "23-Jährige", "58-Jähriger": a number and a capitalised age noun."""
    m = AGE_NOUN.match(tok.text)
    return bool(m) and m.group(1)[:1].isupper() and m.group(1).lower() in data.words.get("age_noun", ())


def _particle_cue_read_as_adverb(tok: Token, data: LanguageData) -> bool:
    """A lower-case word in second place of a main clause with no finite verb, whose lemma joined with the particle
    that closes the clause is a cue verb ("Er weise … zurück", "Die Vorwürfe weise er zurück"); the clause may be
    the reported one after a comma or colon ("sagte, man weise den Bericht zurück")."""
    doc = tok.doc
    sent = sentence_of(doc, tok.i)
    if not tok.text[:1].islower() or tok.i == sent.start or not tok.lemma_.endswith("n"):
        return False
    clause_start = next((k + 1 for k in range(tok.i - 1, sent.start - 1, -1) if doc[k].text in {",", ":"}), sent.start)
    before = doc[_first_word(doc, clause_start, tok.i) : tok.i]
    if not before or len(before) > MAX_PREFIELD or before[-1].tag_ not in {"PPER", "PIS", "NN", "NE"} \
            or any(is_finite(t) or t.text in {",", ";", ":"} or t.text in QUOTE_MARKS for t in before):
        return False
    particle = separated_particle(tok, sent, data.words.get("verb_particle", frozenset()))
    return particle is not None and particle.lower_ + tok.lemma_.lower() in data.verb_cues


def _preposition_read_as_conjunction(tok: Token, data: LanguageData) -> bool:
    """ "während des Eingriffs telefoniert zu haben": a word read as a subordinating conjunction whose segment, up
    to the next comma, holds no finite verb governs a noun phrase, not a clause (`conjunction_or_preposition`)."""
    if tok.lower_ not in data.words.get("conjunction_or_preposition", ()):
        return False
    doc = tok.doc
    sent = sentence_of(doc, tok.i)
    segment = []
    for t in doc[tok.i + 1 : sent.end]:
        if t.text in {",", ";", ":"} or t.text in QUOTE_MARKS:
            break
        segment.append(t)
    return bool(segment) and segment[0].tag_ in {"ART", "PPOSAT", "PDAT", "CARD", "ADJA", "NN", "NE", "APPR", "APPRART"} \
        and not any(is_finite(t) for t in segment)


def _first_word(doc: Doc, start: int, end: int) -> int:
    """The first token from `start` on that is neither white space nor a quote mark."""
    while start < end and (doc[start].is_space or doc[start].text in QUOTE_MARKS):
        start += 1
    return start


def _participle_read_as_finite(tok: Token, data: LanguageData) -> bool:
    """ "… hatte Stoiber betont, er werde bleiben": a participle that is also a present form ("betont"), read as
    finite. At the end of its clause, after a finite "haben" or "sein" of the same clause, it is the participle."""
    doc = tok.doc
    if data.verb_lemma(tok.text, tok.lemma_) not in data.verb_cues:
        return False
    if tok.i + 1 < len(doc) and not (is_punct(doc[tok.i + 1]) or doc[tok.i + 1].text in QUOTE_MARKS):
        return False
    start = _clause_start(doc, sentence_of(doc, tok.i), tok.i)
    # "hatte unter Berufung auf vertraute Personen berichtet": a participle before its noun read as finite is no verb
    finite = [t for t in doc[start : tok.i] if is_finite(t) and not _attributive_participle(doc, start, t)]
    return bool(finite) and finite[-1].tag_ == "VAFIN" and finite[-1].lemma_ in {"haben", "sein"}


def _attributive_read_as_finite(tok: Token) -> bool:
    """ "Die Staatsanwaltschaft wirft dem Mann versuchten Mord vor": a past or participle form right before a noun,
    after a noun or preposition (no comma or conjunction that would open a clause or join a verb) in a clause whose
    finite verb came before, is an adjective the tagger read as a second finite verb."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].tag_ != "NN" \
            or not tok.lower_.endswith(("ten", "tem", "ter", "tes", "enen", "enem", "ener", "enes")):
        return False
    before = doc[tok.i - 1]
    if before.tag_ not in {"NN", "NE", "APPR", "APPRART", "ART"} and not (
            before.tag_ == "PPER" and before.lower_ in DATIVE_PRONOUNS):  # "wirft ihm versuchten Totschlag vor"
        return False
    start = _clause_start(doc, sentence_of(doc, tok.i), tok.i)
    return any(is_finite(t) for t in doc[start : tok.i])


def _fronted_infinitive_cue(tok: Token, data: LanguageData) -> bool:
    """ "Zugeben musste der Trainer, dass …": the first word of a sentence, written like a cue's infinitive, right
    before a finite modal verb."""
    doc = tok.doc
    return tok.is_sent_start and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "VMFIN" \
        and tok.lower_.endswith("en") and tok.lower_ in data.verb_cues


def _verb_second_cue(tok: Token, data: LanguageData) -> bool:
    """ "Nun vermelden chinesische Medien, dass …": a plural present read as an infinitive, right after an adverb that
    opens its sentence, is the finite verb in second place."""
    doc = tok.doc
    if tok.lemma_.lower() not in data.verb_cues or tok.i == 0:
        return False
    before = doc[tok.i - 1]
    return before.tag_ == "ADV" and before.is_sent_start


def _plural_present_cue(tok: Token, data: LanguageData) -> bool:
    """ "… und die Hongkonger befürchten, dass …": a plural present read as an infinitive. With a dass/ob clause
    after its comma and no finite verb or "zu" before it (back to a comma or a coordinating conjunction), it is
    the finite verb; "wollen das befürchten" and "zu befürchten" stay infinitives."""
    doc = tok.doc
    entry = data.verb_cues.get(tok.lemma_.lower())
    if entry is None or entry.takes.startswith("object") or tok.i + 2 >= len(doc):
        return False
    if doc[tok.i + 1].text != "," or not (doc[tok.i + 2].lower_ in data.words.get("complementizer", ())
                                         or _reported_main_clause_from(doc, tok.i + 2)):
        return False
    j = tok.i - 1
    while j >= 0 and not (doc[j].text in {",", ";", ":"} or is_punct(doc[j]) and doc[j].is_sent_end
                          or doc[j].tag_ == "KON"):
        if is_finite(doc[j]) or doc[j].tag_ == "PTKZU":
            return False
        j -= 1
    # a subject of its own stands before it: "und anschließend mitteilen, ob …" shares a modal before "und"
    return any(t.tag_ in {"NN", "NE", "PPER", "PIS", "PDS"} for t in doc[j + 1 : tok.i])


MAX_PREFIELD = 8


def _reported_main_clause_from(doc: Doc, start: int) -> bool:
    """ "…, der Pilot trage die Verantwortung": a clause whose first finite verb, a few words on and before any
    comma, is in Konjunktiv (reported speech without "dass")."""
    for t in doc[start : min(len(doc), start + MAX_PREFIELD)]:
        if t.text in {",", ";", ":", "."} or t.tag_ in {"KOUS", "PRELS", "PWS", "PWAV"}:
            return False
        if is_finite(t):
            return t.i > start and is_subjunctive(t)
    return False


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
        base = lemma.removeprefix(later.lower_)
        if (later.lower_ in data.words.get("adverbial_particle", ()) or later.tag_ != "PTKVZ") \
                and base in data.verb_cues:
            return base, [tok]  # "sagte Henderson weiter": "weiter" is an adverb, not the particle of a cue
        if later.tag_ == "PTKVZ":
            return None  # "gab auf" is not "geben"
    if lemma in data.verb_cues:
        return lemma, [tok]
    return _phrase_cue(doc, tok, sent, lemma, data)


def _phrase_cue(doc: Doc, tok: Token, sent: Span, lemma: str, data: LanguageData) -> tuple[str, list[Token]] | None:
    """ "wies die Vorwürfe von sich", "hat den Bericht in Abrede gestellt": a verb that reports only in a fixed
    phrase (`phrase_cue` rows "von sich weisen=zurückweisen") is the cue the phrase means, with the phrase's words
    right before its participle or infinitive, or closing the clause of its finite form."""
    for row in data.words.get("phrase_cue", ()):
        phrase, cue = row.split("=")
        *words, verb = phrase.lower().split()
        if lemma != verb or cue not in data.verb_cues:
            continue
        n = len(words)
        if tok.tag_.endswith("FIN"):
            starts = [k for k in range(tok.i + 1, sent.end - n + 1)
                      if k + n == sent.end or is_punct(doc[k + n]) or doc[k + n].tag_ == "KON"]
        else:  # "von sich gewiesen", "von sich zu weisen"
            starts = [tok.i - n - (1 if tok.i > 0 and doc[tok.i - 1].tag_ == "PTKZU" else 0)]
        for k in starts:
            if k >= sent.start and [t.lower_ for t in doc[k : k + n]] == words \
                    and not any(t._.in_quote for t in doc[k : k + n]):
                return cue, sorted([tok, *doc[k : k + n]], key=lambda t: t.i)
    return None


def _reports_an_utterance(doc: Doc, sent: Span, verb: Token) -> bool:
    """A finite cue, or a participle with its auxiliary; not an infinitive ("zu bestätigen", "könne sagen")."""
    if is_finite(verb):
        return True
    if verb.tag_ in {"VVIZU"} or (verb.i > sent.start and doc[verb.i - 1].tag_ == "PTKZU"):
        return False
    if verb.tag_ == "VVINF":
        return _said_through_someone(doc, sent, verb)
    return True


def conceded_under_must(doc: Doc, sent: Span, verb: Token, stance: str, data: LanguageData) -> bool:
    """ "musste einräumen, dass …", "Zugeben musste der Trainer, dass …": an infinitive of conceding under a past
    indicative "müssen" tells what the subject did concede (the obligation was met), unless negated."""
    if verb.tag_ != "VVINF" or stance != "concede":
        return False
    start = _clause_start(doc, sent, verb.i)
    modal = next((t for t in doc[start : verb.i] if t.tag_ == "VMFIN"), None)
    if modal is None and verb.i + 1 < sent.end and doc[verb.i + 1].tag_ == "VMFIN":
        modal = doc[verb.i + 1]  # fronted: "Einräumen musste …"
    if modal is None or modal.lower_ not in data.words.get("past_must", ()):
        return False
    return not any(t.tag_ == "PTKNEG" for t in doc[min(modal.i, verb.i) : max(modal.i, verb.i) + 1])


def _said_through_someone(doc: Doc, sent: Span, verb: Token) -> bool:
    """ "ließ über seinen Berater mitteilen", "hatte einräumen lassen": an infinitive under "lassen" is said through
    a spokesperson or lawyer, by the subject of "lassen"."""
    return _lassen_of(doc, sent, verb) is not None


def _lassen_of(doc: Doc, sent: Span, verb: Token) -> Token | None:
    """The "lassen" an infinitive stands under: right after it ("einräumen lassen") or its clause's finite verb."""
    after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if after is not None and after.lemma_ == "lassen":
        return after
    finite = _finite_of(doc, sent, verb)
    return finite if finite.lemma_ == "lassen" and finite is not verb else None


def with_lassen(doc: Doc, sent: Span, verb: Token, tokens: list[Token]) -> list[Token]:
    """A cue's tokens with the "lassen" its infinitive stands under ("ließ … mitteilen", "einräumen lassen")."""
    lassen = _lassen_of(doc, sent, verb) if verb.tag_ == "VVINF" else None
    return sorted([*tokens, lassen], key=lambda t: t.i) if lassen is not None else tokens


@dataclass(frozen=True)
class _VerbCue:
    """A reporting verb in a sentence: the verb, its tokens (with a separated particle), lemma and lexicon entry."""

    verb: Token
    tokens: list[Token]
    lemma: str
    stance: str
    takes: str  # clause | clause:W | object | object:P | both | both:P


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
    if found.frame is not None:
        speaker = range(found.speaker.start, found.speaker.end) if found.speaker is not None else range(0)
        cue_ids = {t.i for t in found.cue} | {t.i for t in helpers}
        first = found.frame[0]
        if first.i < verb.i and first.lower_ in data.words.get("as_frame", ()):
            helpers.append(first)  # "wie X berichtet": the connective belongs to the cue
        # a pronominal adverb taking up the content: "verwies darauf, dass …", "ging davon aus, dass …"
        last = max(t.i for t in found.cue)
        between = doc[last + 1 : found.content[0].start] if found.content[0].start > last else doc[last:last]
        # ("bekräftigte dagegen ihre Eigenständigkeit", "sprach dagegen von …": an adverb of contrast, no correlate)
        helpers += [t for t in [*found.frame, *between] if t.tag_ == "PROAV" and t.i not in speaker
                    and t.i not in cue_ids and t.lower_.startswith(("da", "dr")) and _correlate(t)]
        helpers = list({t.i: t for t in helpers}.values())
    return helpers


def _correlate(t: Token) -> bool:
    """A pronominal adverb that takes up the clause after it ("verwies darauf, dass …", "ging davon aus, dass …"):
    followed by a comma or colon, or by the verb's particle or participle before one."""
    doc = t.doc
    k = t.i + 1
    while k < len(doc) and (doc[k].tag_ in {"PTKVZ", "VVPP", "VVINF", "VAFIN", "VAINF"}):
        k += 1
    return k < len(doc) and doc[k].text in {",", ":"}

