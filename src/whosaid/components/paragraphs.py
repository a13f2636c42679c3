"""Starts a new sentence after every line break, so headings and paragraphs never run into the next sentence, and
after a dateline ("KIEW (dpa-AFX) -", "Berlin (dpa) –"), which names the agency that wrote the article and is never
part of the first sentence's subject."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.extensions import register_extensions
from whosaid.lang import load_language

DATELINE_DASHES = frozenset({"-", "–", "—", ":"})
MAX_PLACE_TOKENS = 4  # "FRANKFURT/MAIN", "San Francisco", "Bad Homburg v. d. Höhe" is rare
MAX_AGENCY_TOKENS = 4  # "dpa-AFX", "Keystone-SDA", "AP / dpa"
PLACE_NAME_WORDS = frozenset({"am", "an", "der", "im", "in", "ob", "vorm", "vor", "bei", "auf"})  # "Frankfurt am Main"
PLAIN_DATELINE_DASHES = frozenset({"–", "—"})  # "Wien – …": a dateline without its agency takes a dash, not ":"
MAX_DATELINE_SENTENCE = 80  # tokens in which the first sentence after "Wien –" ends on its line


@Language.component("whosaid_line_breaks", assigns=["token.is_sent_start", "doc._.datelines"])
def line_breaks(doc: Doc) -> Doc:
    register_extensions()
    _split_platform_x(doc)
    _split_numbers_ending_sentences(doc)
    _split_quoted_compounds(doc)
    _join_name_apostrophes(doc)
    datelines = []
    for tok in doc:
        if tok.i == 0 or "\n" in doc[tok.i - 1].text and doc[tok.i - 1].is_space:
            if tok.i > 0 and not tok.is_space:
                tok.is_sent_start = True
            dateline = dateline_at(doc, tok)
            if dateline is not None:
                datelines.append(dateline)
                if dateline.end < len(doc):
                    doc[dateline.end].is_sent_start = True
    doc._.datelines = datelines
    _split_headline_dashes(doc)
    _quotes_open_their_sentence(doc)
    _quoted_question_runs_on(doc)
    return doc


def _split_headline_dashes(doc: Doc) -> None:
    """ "Bayern-Trainer lobt Neuzugang - Kapitän mahnt zur Vorsicht": a dash between spaces in a headline (the first
    line, with no dateline, a body after it) joins two headlines; the capitalised word after it opens the second."""
    end = next((t.i for t in doc if t.is_space and "\n" in t.text), None)
    if end is None or any(d.start < end for d in doc._.datelines or []):
        return
    for tok in doc[1 : max(1, end - 1)]:
        if tok.text in PLAIN_DATELINE_DASHES | {"-"} and doc[tok.i - 1].whitespace_ and tok.whitespace_ \
                and doc[tok.i + 1].text[:1].isupper() and not doc[tok.i + 1].is_punct:
            doc[tok.i + 1].is_sent_start = True


def _quoted_question_runs_on(doc: Doc) -> None:
    """ "„Was soll das?“, fragte der Minister.": a question or exclamation mark that closes a quote ends no sentence
    when a comma follows the closing quote mark: the frame after the comma belongs to the quote's sentence."""
    for tok in doc[3:]:
        comma, close, mark = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i - 3]
        if tok.is_sent_start and comma.text == "," and close.text in OPENING_QUOTES and mark.text in {"?", "!"} \
                and not close.whitespace_ and "\n" not in comma.whitespace_:
            tok.is_sent_start = False
        elif comma.is_sent_start and comma.text == "," and close.text in OPENING_QUOTES and mark.text in {"?", "!"}:
            comma.is_sent_start = False


OPENING_QUOTES = frozenset("„“”»«‚‘›‹\"")
SENTENCE_END = frozenset(".!?")


def _quotes_open_their_sentence(doc: Doc) -> None:
    """ "… kündigte Berufung an. «Wir halten das Urteil für falsch», sagte …": the sentencizer keeps a quote mark
    after a full stop with the sentence before it; a quote mark right before a word, after a sentence's end and a
    space, opens the next sentence instead."""
    for tok in doc[2:-1]:
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if tok.text in OPENING_QUOTES and after.is_sent_start and not tok.is_sent_start and before.whitespace_ \
                and before.text in SENTENCE_END and not tok.whitespace_ and not after.is_punct:
            tok.is_sent_start = True
            after.is_sent_start = False


def _split_platform_x(doc: Doc) -> None:
    """ "schrieb er auf der Plattform X. Die Regierung …": the tokenizer keeps "X." as an initial, so the sentence
    runs on into the next; X is far more often the platform than an initial, so before a capitalised word the full
    stop ends the sentence."""
    ends = [t for t in doc if t.text == "X." and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()]
    if not ends:
        return
    with doc.retokenize() as retokenizer:
        for tok in ends:
            retokenizer.split(tok, ["X", "."], heads=[tok, tok])
    for tok in doc:
        if tok.text == "." and tok.i > 0 and doc[tok.i - 1].text == "X" and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].text[:1].isupper():
            doc[tok.i + 1].is_sent_start = True


NUMBER_WITH_STOP = re.compile(r"^\d[\d.,]*\d\.$|^\d\.$|^\d+:\d+\.$")
SCORE_WITH_STOP = re.compile(r"^\d+:\d+\.$")  # "mit 1:2. YB-Trainer …": a score is no ordinal, any capital opens
# words that open a sentence and never follow an ordinal ("am 20. Mai", "der 3. Platz"): "Geplant waren 20.000. Ein …"
SENTENCE_OPENERS = frozenset({"Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Einen", "Einem", "Er", "Sie", "Es",
                              "Man", "Wir", "Ich", "Auch", "Doch", "Dies", "Diese", "Dieser", "Damit", "Dabei",
                              "Zudem", "Bislang", "Bisher", "Insgesamt", "Laut", "Nach", "Wie"})


def _split_numbers_ending_sentences(doc: Doc) -> None:
    """ "Geplant waren 20.000. Ein Sprecher sagte, …": the tokenizer keeps a full stop after a number as an
    ordinal's, so the sentence runs on into the next; before an article or a pronoun that opens a sentence (no
    ordinal stands before one) the full stop ends the sentence."""
    ends = [t for t in doc[:-1] if NUMBER_WITH_STOP.match(t.text) and _opens_sentence(t.text, doc[t.i + 1])
            and t.whitespace_ and "\n" not in t.whitespace_]
    if not ends:
        return
    with doc.retokenize() as retokenizer:
        for tok in ends:
            retokenizer.split(tok, [tok.text[:-1], "."], heads=[tok, tok],
                              attrs={"TAG": ["CARD", "$."], "POS": ["NUM", "PUNCT"]})
    for tok in doc[1:-1]:
        if tok.text == "." and NUMBER_WITH_STOP.match(doc[tok.i - 1].text + ".") and not doc[tok.i - 1].whitespace_ \
                and _opens_sentence(doc[tok.i - 1].text + ".", doc[tok.i + 1]):
            doc[tok.i + 1].is_sent_start = True


def _opens_sentence(number: str, after: Token) -> bool:
    """The word after a number with a full stop opens a sentence: a sentence opener, or any capitalised word after
    a score ("1:2.")."""
    return after.text in SENTENCE_OPENERS or bool(SCORE_WITH_STOP.match(number)) and after.text[:1].isupper()


QUOTED_COMPOUND = re.compile(r"^(\w[\w.&' ]*)([“”«»\"])(-\w+)$")
# "ORF-„Pressestunde“", "ZDF-»Morgenmagazin«": a compound's first part before an opening quote mark
COMPOUND_BEFORE_QUOTE = re.compile(r"^(\w[\w.&]*-)([„»«‚“\"])(\w[\w.&'-]*)$")


def _split_quoted_compounds(doc: Doc) -> None:
    """ "der „Bild“-Zeitung", "ein „Spiegel“-Bericht": the tokenizer keeps the closing quote and the compound's
    second part on the name; split them off, so the quoted name is a name like any other."""
    parts = [(t, m) for t in doc if (m := QUOTED_COMPOUND.match(t.text) or COMPOUND_BEFORE_QUOTE.match(t.text))
             and len(m[1]) > 1]
    if not parts:
        return
    with doc.retokenize() as retokenizer:
        for tok, m in parts:
            retokenizer.split(tok, [m[1], m[2], m[3]], heads=[tok, tok, tok])


NAME_APOSTROPHES = frozenset("’'`´")


def _join_name_apostrophes(doc: Doc) -> None:
    """ "Mark O’Keefe", "Massimo D’Alema": the tokenizer splits a typographic apostrophe between a one- or two-letter
    capital prefix and a capitalised name; the name is one word."""
    spans = [(t.i, t.i + 3) for t in doc[:-2] if t.text[:1].isupper() and len(t.text) <= 2 and not t.whitespace_
             and doc[t.i + 1].text in NAME_APOSTROPHES and not doc[t.i + 1].whitespace_
             and doc[t.i + 2].text[:1].isupper()]
    spans = [sp for k, sp in enumerate(spans) if k == 0 or sp[0] >= spans[k - 1][1]]
    if not spans:
        return
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            retokenizer.merge(doc[start:end])


def dateline_at(doc: Doc, first: Token) -> Span | None:
    """ "KIEW (dpa-AFX) -" at the start of a paragraph: a capitalised place of a few words, an agency in parentheses,
    a dash or colon. The returned span ends after the dash; its agency is `dateline_agency(span)`."""
    i = first.i
    place = 0
    dated = _dated_place(doc, first)  # "LONDON, Dec 2 (Reuters) -": the English place with its date or state
    if dated:
        i, place = first.i + dated, dated
    while i < len(doc) and place < MAX_PLACE_TOKENS and doc[i].text != "(":
        if place and doc[i].text in PLAIN_DATELINE_DASHES and _paragraph_goes_on(doc, i + 1):
            return doc[first.i : _skip_space(doc, i + 1)]  # "Wien – Der frühere …": no agency named
        # "Neunburg vorm Wald", "Halle an der Saale": a lowercase word inside a place's name, between capitalised ones
        inner = place and doc[i].lower_ in PLACE_NAME_WORDS and i + 1 < len(doc) and (
            doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ in PLACE_NAME_WORDS)
        if not (doc[i].text[:1].isupper() or doc[i].text == "/" or inner) or doc[i].is_space:
            return None
        i += 1
        place += 1
    if place == 0 or i >= len(doc) or doc[i].text != "(":
        return None
    close = next((j for j in range(i + 1, min(len(doc), i + 2 + MAX_AGENCY_TOKENS)) if doc[j].text == ")"), None)
    if close is None or close == i + 1 or close + 1 >= len(doc):
        return None
    if doc[close + 1].text not in DATELINE_DASHES:
        # "Neunburg vorm Wald (KNA) Die katholische Stiftung …": some agencies set no dash; then the agency is a news
        # agency's name (`news_agency`) and the paragraph's first sentence opens right after it on its line
        if close != i + 2 or doc[i + 1].text.lower() not in _news_agencies() or not doc[close].whitespace_ \
                or not doc[close + 1].text[:1].isupper() or not _paragraph_goes_on(doc, close + 1):
            return None
        return doc[first.i : _skip_space(doc, close + 1)]
    return doc[first.i : _skip_space(doc, close + 2)]


ENGLISH_PLACE_AFTER_COMMA = re.compile(r"^(?:[A-Z][a-z]{2,4}\.?|[A-Z][A-Za-z]*(?:\.[A-Z]\.?)*\.?|\d{1,2})$")
MAX_ENGLISH_DATED_PLACE = 8  # "NEW YORK, Sept. 13" and "SALT LAKE CITY, Utah"


def _dated_place(doc: Doc, first: Token) -> int:
    """ "LONDON, Dec 2 (Reuters) -", "BUFFALO, N.Y. (AP) —", "LYON, France (AFP) -": in English the upper-case place
    takes a comma and a date or a state or country before the agency's bracket. The number of tokens before the
    bracket, 0 where the line does not open so (German datelines are left as they are)."""
    if doc.lang_ != "en":
        return 0
    i = first.i
    while i < len(doc) and doc[i].text.isupper() and doc[i].text[:1].isalpha() and i - first.i < 4:
        i += 1
    if i == first.i or i >= len(doc) or doc[i].text != ",":
        return 0
    j = i + 1
    while j < len(doc) and j - first.i < MAX_ENGLISH_DATED_PLACE and doc[j].text != "(":
        if not ENGLISH_PLACE_AFTER_COMMA.match(doc[j].text) or doc[j].is_space:
            return 0
        j += 1
    return j - first.i if j > i + 1 and j < len(doc) and doc[j].text == "(" else 0


def _news_agencies() -> frozenset[str]:
    return frozenset(a.lower() for a in load_language("de").words.get("news_agency", ()))


def _skip_space(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _paragraph_goes_on(doc: Doc, i: int) -> bool:
    """A sentence that ends with its full stop follows on the same line: a dateline's paragraph, not a headline
    ("Trump – eine Bilanz")."""
    for t in doc[i : i + MAX_DATELINE_SENTENCE]:
        if "\n" in t.text:
            return False
        if t.text in {".", "!", "?"}:
            return t.i - i >= 3
    return True


def dateline_agency(dateline: Span) -> str | None:
    """ "dpa-AFX" of "KIEW (dpa-AFX) -"; None for "Wien –"."""
    text = dateline.text
    if "(" not in text:
        return None
    return text[text.index("(") + 1 : text.index(")")].strip()
