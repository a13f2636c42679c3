"""The medium of a statement beyond its frame's own words: a medium named beside the cue ("schrieb sie in einem
Kommentar"), one that closes a reported object ("bestätigte die Gespräche in einer Erklärung"), the medium a
continuation shares with what it continues, and media words that name the speaker rather than the channel."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from whosaid.components.attribution.found import Found
from whosaid.components.attribution.frames import _compound_medium, _occasion_not_medium
from whosaid.components.phrases import QUOTE_MARKS, is_finite, is_punct, sentence_of
from whosaid.lang import LanguageData

REPORT_TO_OUTLET = 6  # tokens from a report noun to the outlet it names ("Bericht der « Neuen Zürcher Zeitung")
MEDIUM_WINDOW = 8  # tokens either side of a frame where a medium may stand ("erklärte X am Montag auf seiner …")


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
        if any(_is_medium(t, data) for t in f.speaker) and not any(_is_medium(t, data) for t in outside):
            f.medium = None  # "Die „Börsen-Zeitung“ hatte berichtet", "Die spanische Sportzeitung „Marca“"


def _is_medium(tok: Token, data: LanguageData) -> bool:
    return tok.text in data.media or tok.tag_ in {"NN", "NE"} and _compound_medium(tok.text, data) is not None


def _media_of_answered_reports(found: list[Found], data: LanguageData) -> None:
    """ "wies einen Bericht der „Süddeutschen Zeitung“ zurück", "hat einen Bericht der NZZ dementiert, wonach …": the
    outlet after a report noun in what a denial or confirmation answers is the report's source, not the channel of
    the answer."""
    reports = tuple(r.lower() for r in data.words.get("report_noun", ()))
    for f in found:
        if f.medium is None or f.stance not in {"deny", "confirm"} or f.frame is None:
            continue
        doc = f.frame.doc
        sent = sentence_of(doc, f.frame.start)
        for tok in doc[sent.start : sent.end]:
            if not _is_medium(tok, data) or tok.i == sent.start:
                continue
            before = [t for t in doc[max(sent.start, tok.i - REPORT_TO_OUTLET) : tok.i] if not is_punct(t)]
            report = next((k for k in range(len(before) - 1, -1, -1) if before[k].tag_ == "NN"
                           and before[k].lower_.endswith(reports)), None)
            if report is not None and all(t.tag_ in {"ART", "ADJA", "NN", "NE"} for t in before[report + 1 :]):
                f.medium = None
                break


def _media_beside_cues(found: list[Found], data: LanguageData) -> None:
    """ "schrieb sie in einem Kommentar", "bestätigte die Gespräche in einer Erklärung", "sagte er im Interview": a
    medium in a prepositional phrase near the cue, outside what any statement says and outside the speaker."""
    prepositions = data.words.get("medium_preposition", frozenset())
    for f in found:
        if f.kind == "Reported" and len(f.content) == 1:
            _medium_opening_the_object(f, prepositions, data)
            _medium_closing_the_object(f, prepositions, data)
    broadcasters = data.words.get("broadcaster", frozenset())
    for f in found:
        if f.medium is not None or not f.cue or f.frame is None:
            continue
        doc = f.cue[0].doc
        # what others say, but not a report this frame stands inside ("Wie IRNA berichtet, erklärte Kamrani auf seiner
        # Pressekonferenz, …")
        said = {t.i for g in found if not g.content_start <= f.cue[0].idx < g.content_end
                for span in g.content for t in span}
        sent = sentence_of(doc, f.cue[0].i)
        speaker = range(f.speaker.start, f.speaker.end) if f.speaker is not None else range(0)
        # past the speaker's apposition: "sagte der Sprecher, Dmytro Lyssenko, am Dienstag im Fernsehen"
        last = max(f.frame.end, f.speaker.end if f.speaker is not None else 0)
        if f.speaker is not None and last == f.speaker.end and last < sent.end and doc[last]._.name_quote:
            # "schrieb die Initiative „Freie Impfentscheidung“ in einem offenen Brief": past the speaker's quoted name
            last = next((k + 1 for k in range(last + 1, min(sent.end, last + 10)) if doc[k]._.name_quote), last)
        start, end = max(sent.start, f.frame.start - MEDIUM_WINDOW), min(sent.end, last + MEDIUM_WINDOW)
        cue_ids = {t.i for t in f.cue}
        # "wies den Bericht zurück und sprach auf Telegram von …": the medium of the next verb is not this one's
        end = next((t.i for t in doc[last:end] if t.i not in cue_ids and is_finite(t) and not t._.in_quote), end)
        for tok in doc[start:end]:
            if tok.lower_ not in prepositions or tok.i in said or tok._.in_quote:
                continue
            for t in doc[tok.i + 1 : min(end, tok.i + 5)]:
                if t.i in said or t.i in speaker or is_punct(t):
                    break
                word = t.text.rstrip(".")  # "auf X." read as one token at the end of a sentence
                if _occasion_not_medium(t, data):
                    break
                if t.tag_ in {"NN", "NE"} and (medium := data.media.get(word) or _compound_medium(word, data)
                                               or (word if word in broadcasters else None)):
                    f.medium = medium
                    break
            if f.medium is not None:
                break
        if f.medium is None:
            f.medium = _medium_referred_back(f, found, doc[start:end], said, data)


def _medium_referred_back(f: Found, found: list[Found], window, said: set[int], data: LanguageData) -> str | None:
    """ "schrieb er in einem Brief an die Belegschaft. Er räumte darin ein, …": a pronominal adverb
    (`medium_back_reference`) beside the cue names the medium of the statement in the sentence before."""
    words = data.words.get("medium_back_reference", frozenset())
    if not any(t.lower_ in words and t.i not in said and not t._.in_quote for t in window):
        return None
    doc = window.doc
    sent = sentence_of(doc, f.cue[0].i)
    if sent.start == 0:
        return None
    before = sentence_of(doc, sent.start - 1)
    earlier = [g for g in found if g is not f and g.medium is not None and g.cue
               and before.start <= g.cue[0].i < before.end]
    return earlier[-1].medium if earlier else None


def _medium_opening_the_object(f: Found, prepositions: frozenset[str], data: LanguageData) -> None:
    """ "bestätigte auf Telegram einen Drohnenangriff", "dankte in einer Videobotschaft der Türkei", "rief im
    Radio zur Impfung auf": a medium phrase that opens a reported object is how it was said; the object follows it."""
    content = f.content[0]
    doc = content.doc
    first = content[0]
    if first.lower_ not in prepositions or first._.in_quote:
        return
    k = first.i + 1
    while k < content.end and doc[k].tag_ in {"ART", "ADJA", "PPOSAT"}:
        k += 1
    if k >= content.end or doc[k].tag_ not in {"NN", "NE"} or _occasion_not_medium(doc[k], data):
        return
    word = doc[k].text
    medium = data.media.get(word) or _compound_medium(word, data)
    if medium is None:
        return
    k += 1
    while k < content.end and doc[k].tag_ in {"NE", "XY"} and not doc[k]._.in_quote:
        k += 1  # "auf der Plattform X"
    if k + 2 < content.end and doc[k].lower_ == "an" and doc[k + 1].tag_ in {"ART", "PPOSAT"}:
        k += 2  # "in einer E-Mail an die Belegschaft": whom the medium was sent to
        while k < content.end and doc[k].tag_ in {"ADJA", "NN"} and not doc[k]._.in_quote:
            k += 1
    elif k + 1 < content.end and doc[k].lower_ == "für":
        k = _outlet_written_for(doc, k + 1, content.end)  # "in einer Kolumne für «Sky»": the outlet it appeared in
    elif k + 1 < content.end and doc[k].lower_ == "mit":
        k = _partner_end(doc, k + 1, content.end)  # "in einem Interview mit dem „Handelsblatt“": who asked
    while k < content.end and doc[k].tag_ in {"ADV", "PROAV"} and not doc[k]._.in_quote:
        k += 1  # "forderte in einer Kolumne dagegen einen Neuanfang": the adverb belongs to the frame
    rest = doc[k : content.end]
    if not any(t.tag_ in {"NN", "NE", "PDS", "PPER", "PIS"} for t in rest):
        return
    f.medium = f.medium or medium
    f.content = [rest]


def _outlet_written_for(doc: Doc, k: int, end: int) -> int:
    """Where "(die) «Bild»", "den Spiegel", "die FAZ" after "für" (at k - 1) ends: an article, then a name or a quoted
    title; "für" itself where no such title follows ("für die Beschäftigten" is part of what was demanded)."""
    j = k + 1 if doc[k].tag_ == "ART" else k
    if j < end and doc[j].text in QUOTE_MARKS:
        close = next((m for m in range(j + 1, min(end, j + 8)) if doc[m].text in QUOTE_MARKS), None)
        return close + 1 if close is not None else k - 1
    if j < end and doc[j].tag_ == "NE":
        while j < end and doc[j].tag_ == "NE":
            j += 1
        return j
    return k - 1


def _partner_end(doc: Doc, k: int, end: int) -> int:
    """Where the partner of an interview or talk after "mit" (at k - 1) ends: an article, adjectives and a noun with
    a name after it ("dem Sender CNBC", "der Zeitung"), a quoted title or a name ("dem „Handelsblatt“", "Reuters");
    "mit" itself where none follows ("mit Nachdruck" is how, not with whom)."""
    if doc[k].text in QUOTE_MARKS or doc[k].tag_ == "NE" or doc[k].tag_ == "ART" and k + 1 < end \
            and doc[k + 1].text in QUOTE_MARKS:
        return _outlet_written_for(doc, k, end)
    if doc[k].tag_ != "ART":
        return k - 1
    j = k + 1
    while j < end and doc[j].tag_ == "ADJA":
        j += 1
    if j >= end or doc[j].tag_ not in {"NN", "NE"} or doc[j]._.in_quote:
        return k - 1
    j += 1
    while j < end and doc[j].tag_ in {"NE", "XY"} and not doc[j]._.in_quote:
        j += 1
    return j


def _medium_closing_the_object(f: Found, prepositions: frozenset[str], data: LanguageData) -> None:
    """ "bestätigte die Gespräche in einer Erklärung": the medium phrase after a reported object is how it was said,
    not part of what was said."""
    content = f.content[0]
    doc = content.doc
    for tok in content[1:]:
        if tok.lower_ not in prepositions or tok._.in_quote:
            continue
        rest = doc[tok.i + 1 : content.end]
        nouns = [t for t in rest if t.tag_ in {"NN", "NE"}]
        medium = data.media.get(nouns[0].text) or _compound_medium(nouns[0].text, data) \
            if nouns and not _occasion_not_medium(nouns[0], data) else None
        if medium is None:
            continue
        phrase = next((t.i for t in rest if not (t.tag_ in {"ART", "ADJA", "PPOSAT", "NN", "NE"} or is_punct(t))),
                      content.end)
        if phrase < content.end and doc[phrase].lower_ == "an" and all(
                t.tag_ in {"ART", "ADJA", "PPOSAT", "NN", "NE"} for t in doc[phrase + 1 : content.end]):
            phrase = content.end  # "in einem Brief an die Belegschaft": whom the medium was sent to
        if phrase == content.end:
            f.medium = f.medium or medium
            f.content = [doc[content.start : tok.i]]
            return
        if doc[phrase].lower_ == "als" and phrase - tok.i <= 4:
            # "wies die Vorwürfe auf Telegram als „Propaganda“ zurück": the channel between the object and what it is
            # called is no part of either
            f.medium = f.medium or medium
            f.content = [doc[content.start : tok.i], doc[phrase : content.end]]
            return


def _media_of_shared_subjects(found: list[Found], data: LanguageData) -> None:
    """ "dankte in einer Videobotschaft der Türkei und kündigte an, …": a cue verb after "und" that shares the subject
    of the cue before it in its sentence was said in the same medium."""
    coordination = data.words.get("coordination", frozenset())
    for f in found:
        if f.medium is not None or not f.cue or f.frame is None or f.speaker is None or f.frame.start == 0:
            continue
        doc = f.frame.doc
        if doc[f.frame.start - 1].lower_ not in coordination or f.speaker.start >= f.frame.start:
            continue
        before = [g for g in found if g is not f and g.cue and g.speaker is not None and g.medium is not None
                  and g.speaker.start == f.speaker.start and g.cue[0].i < f.cue[0].i
                  and sentence_of(doc, g.cue[0].i).start == sentence_of(doc, f.cue[0].i).start]
        if before:
            f.medium = before[-1].medium


def _media_of_continuations(found: list[Found]) -> None:
    """A continuation was said in the same interview, letter or press conference as what it continues."""
    for f in found:
        if f.continues is not None and f.medium is None:
            f.medium = f.continues.medium


def _media_of_pronoun_writers(found: list[Found], data: LanguageData) -> None:
    """ "Er äußerte sich auf Instagram. Er schrieb, …", "fragte auf Instagram, … „…“, schrieb sie": one who writes,
    named by a pronoun, right after a sentence that names where the same subject spoke (a medium phrase outside
    what anyone says), wrote it there; after a sentence that only says the subject spoke up there ("äußerte sich in
    einem Video auf Instagram. Er sei fassungslos, sagte er"), any cue."""
    prepositions = data.words.get("medium_preposition", frozenset())
    writing = data.words.get("writing_cue", frozenset())
    speaking_up = data.words.get("speaking_up_verb", frozenset())
    said = {t.i for g in found for span in g.content for t in span}
    cues = {t.i for g in found for t in g.cue}
    for f in found:
        if f.medium is not None or not f.cue or f.speaker is None or len(f.speaker) != 1 \
                or f.speaker[0].tag_ != "PPER":
            continue
        doc = f.speaker.doc
        sent = sentence_of(doc, f.cue[0].i)
        k = sent.start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            continue
        before = sentence_of(doc, k)
        # any cue after "äußerte sich in einem Video auf Instagram." (no statement of its own), a writing cue else
        spoke_up = any(t.lemma_ in speaking_up and t.i not in cues and t.i not in said and not t._.in_quote
                       for t in before)
        if f.lemma not in writing and not spoke_up:
            continue
        media = []
        for tok in before:
            if tok.lower_ not in prepositions or tok.i in said or tok._.in_quote:
                continue
            for t in doc[tok.i + 1 : min(before.end, tok.i + 4)]:
                if t.i in said or is_punct(t) or t._.in_quote:
                    break
                medium = data.media.get(t.text) or (_compound_medium(t.text, data) if t.tag_ in {"NN", "NE"} else None)
                if medium is not None and t.tag_ in {"NN", "NE"} and not _occasion_not_medium(t, data):
                    media.append(medium)
                    break
        if media:
            f.medium = media[0]  # "in einem Video auf Instagram": the first, as beside a cue
