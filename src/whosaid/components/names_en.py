"""Tidies the English model's entity spans before whosaid_entities groups them: a leading "the" and a trailing
possessive "'s" leave the name; a surname the model typed as a place or organisation ("Hines" after "Paul Hines")
is the person; a lone title or role word ("Press" of "Press secretary") is no name."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from whosaid.lang import load_language

PERSON_LABELS = frozenset({"PERSON", "PER"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
INITIAL = re.compile(r"^[A-Z]\.$")


@Language.factory("whosaid_names_en", assigns=["doc.ents"], requires=["doc.ents"], default_config={"lang": "en"})
def make_names_en(nlp: Language, name: str, lang: str) -> EnglishNames:
    data = load_language(lang)
    return EnglishNames(data.role_nouns, data.words.get("person_title", frozenset()),
                        data.words.get("org_name_ending", frozenset()), data.words.get("post_nominal", frozenset()),
                        data.words.get("outlet_noun", frozenset()))


class EnglishNames:
    def __init__(self, role_nouns: frozenset[str], titles: frozenset[str] = frozenset(),
                 org_endings: frozenset[str] = frozenset(), post_nominals: frozenset[str] = frozenset(),
                 outlet_nouns: frozenset[str] = frozenset()) -> None:
        self.outlet_nouns = outlet_nouns
        self.post_nominals = post_nominals
        self.role_nouns = role_nouns
        self.titles = titles
        self.org_endings = org_endings

    def __call__(self, doc: Doc) -> Doc:
        tidy = [s for s in (self._tidy(doc, ent) for ent in doc.ents) if s is not None]
        # "Ana" (a person) + "Beltrán" (typed an organisation) right after it: one person's name
        joined: list[Span] = []
        for s in tidy:
            last = joined[-1] if joined else None
            if last is not None and last.label_ in PERSON_LABELS and len(last) == 1 and s.start == last.end \
                    and len(s) <= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in s) \
                    and s[-1].lower_ not in self.org_endings:
                joined[-1] = Span(doc, last.start, s.end, label="PERSON")
                continue
            joined.append(s)
        # "UK" (a place) + "Anti-Doping" (an organisation) right after it: a country written as capitals opens the
        # organisation's name ("UK Anti-Doping", "US Soccer")
        opened: list[Span] = []
        for s in joined:
            last = opened[-1] if opened else None
            if last is not None and last.label_ in PLACE_LABELS and len(last) == 1 and last.text.isupper() \
                    and 2 <= len(last.text) <= 3 and s.start == last.end and s.label_ == "ORG" and last[0].whitespace_:
                opened[-1] = Span(doc, last.start, s.end, label="ORG")
                continue
            opened.append(s)
        tidy = self._initialled_names(doc, self._names_after_initials(doc, [self._person_from_initial(doc, s)
                                                                            for s in opened]))
        # "Yuko" (a person) + "Tanabe" (no entity) that the first name modifies: one person's name
        taken = {t.i for s in tidy for t in s}
        tidy = [Span(doc, s.start, s.end + 1, label=s.label_) if s.label_ in PERSON_LABELS and len(s) == 1
                and s.end < len(doc) and s.end not in taken and s[0].dep_ == "compound" and s[0].head.i == s.end
                and doc[s.end].pos_ == "PROPN" and doc[s.end].text[:1].isupper() and not doc[s.end].text.isupper()
                and doc[s.end].lower_ not in self.org_endings and doc[s.end].lower_ not in self.role_nouns else s
                for s in tidy]
        tidy = sorted([*tidy, *self._unmarked_full_names(doc, tidy)], key=lambda s: s.start)
        surnames = {s[-1].text for s in tidy if s.label_ in PERSON_LABELS and len(s) > 1}
        # "lorry journeys"; "“Noise is not just a nuisance”" beside "night-time noise": no capital, or a capital only
        # at the start of a sentence of a word the text also writes in small letters, makes no person's name
        # "the Slovak ambassador": an adjective before a noun is no person's name
        tidy = [Span(doc, s.start, s.end, label="NORP") if s.label_ in PERSON_LABELS and len(s) == 1
                and s[0].tag_ == "JJ" and s[0].dep_ == "amod" else s for s in tidy]
        # "Connor Whitley, 29, of Selby,": a name after a person's age and "of" is the town the person is from
        tidy = [Span(doc, s.start, s.end, label="GPE") if s.label_ in PERSON_LABELS and s.start >= 4
                and doc[s.start - 1].lower_ == "of" and doc[s.start - 2].text == "," and doc[s.start - 3].like_num
                and doc[s.start - 4].text == "," else s for s in tidy]
        lower = {t.text for t in doc if t.text.islower()}
        tidy = [s for s in tidy if s.label_ not in PERSON_LABELS or any(t.text[:1].isupper() for t in s) and not (
            len(s) == 1 and (s[0].is_sent_start or s.start > 0 and doc[s.start - 1].is_quote and (
                s.start == 1 or doc[s.start - 1].is_sent_start)) and s.text.lower() in lower and s.text not in surnames)]
        # "Quinn Marsh" (typed a place) … "Marsh said": a two-word name whose last word stands alone as a person's
        # name is that person's full name
        alone = {s.text for s in tidy if s.label_ in PERSON_LABELS and len(s) == 1}
        tidy = [Span(doc, s.start, s.end, label="PERSON") if len(s) == 2 and s.label_ not in PERSON_LABELS
                and s[-1].text in alone and s[-1].lower_ not in self.org_endings
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in s) else s
                for s in tidy]
        surnames |= {s[-1].text for s in tidy if s.label_ in PERSON_LABELS and len(s) > 1}
        ents = [Span(doc, s.start, s.end, label="PERSON")
                if len(s) == 1 and s.text in surnames and s.label_ not in PERSON_LABELS else s for s in tidy]
        # "The Tulsa Courier reported …", "Harwick Resources has rejected …": a name of two capitalised words or more
        # the model typed a person or a place is an organisation where its last word closes organisations' names
        # (`org_name_ending`); a person of that name would take up the speaker a description like "the Findlay
        # Republican" means
        ents = [Span(doc, s.start, s.end, label="ORG") if s.label_ in PERSON_LABELS | PLACE_LABELS and len(s) >= 2
                and s[-1].lower_ in self.org_endings
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in s) else s
                for s in ents]
        # "The Hindu newspaper reported", "according to The Australian newspaper": a word of a people or faith after a
        # capitalised "The" inside a sentence, before a word for a medium, is the newspaper's title ("the Catholic
        # newspaper" is a description)
        ents = [Span(doc, s.start, s.end, label="ORG") if s.label_ in {"NORP", "MISC"} and len(s) == 1
                and s.start > 0 and doc[s.start - 1].text == "The" and not doc[s.start - 1].is_sent_start
                and s.end < len(doc) and doc[s.end].lower_ in self.outlet_nouns else s for s in ents]
        # "… The Columbus Dispatch … The Dispatch reported": that last word alone is the organisation's short name
        closing = {s[-1].text for s in ents if s.label_ == "ORG" and len(s) >= 2 and s[-1].lower_ in self.org_endings}
        ents = [Span(doc, s.start, s.end, label="ORG") if len(s) == 1 and s.text in closing else s for s in ents]
        titled = self._titled_names(doc, ents)
        # "Sgt. Ana Beltrán" where the model typed "Beltrán" an organisation: the titled name takes its place
        ents = [e for e in ents if not any(e.start < t.end and t.start < e.end for t in titled)]
        doc.ents = sorted([*ents, *titled], key=lambda s: s.start)
        return doc

    def _names_after_initials(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "Y S Jagan Mohan Reddy", "M K Stalin": initials the model took for a name of their own (or left out)
        begin the person's name that follows them, up to its last capitalised word."""
        out: list[Span] = []
        skip_to = -1
        for s in ents:
            if s.start < skip_to:
                continue
            initials = s.label_ in PERSON_LABELS and all(len(t.text.rstrip(".")) == 1 and t.text[:1].isupper()
                                                          for t in s)
            end = s.end
            while initials and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and not doc[end].text.isupper() and doc[end].lower_ not in self.role_nouns:
                end += 1
            if end > s.end:
                s = Span(doc, s.start, end, label="PERSON")
                skip_to = end
            out.append(s)
        return out

    def _person_from_initial(self, doc: Doc, s: Span) -> Span:
        """ "Leader of the Opposition K. Venkatesh Murthy" read as one organisation "Opposition K. Venkatesh Murthy":
        an initial inside a name the model typed no person's, after a word that is no initial and before two
        capitalised words that end the name, opens a person's name."""
        if s.label_ in PERSON_LABELS or len(s) < 4:
            return s
        k = next((t.i for t in s[1:-2] if INITIAL.match(t.text) and not INITIAL.match(doc[t.i - 1].text)), None)
        if k is None or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper()
                                and t.lower_ not in self.org_endings and t.lower_ not in self.role_nouns
                                for t in doc[k + 1 : s.end]):
            return s
        return Span(doc, k, s.end, label="PERSON")

    def _initialled_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "K. Venkatesh Murthy, the leader of the opposition, …": initials the model left out (or left with the
        whole name) before two or three capitalised words open a person's name; not after a capitalised word
        ("World War I. Germany …")."""
        taken = {t.i: s for s in ents for t in s}
        out = list(ents)
        k = 0
        while k < len(doc):
            t = doc[k]
            if not INITIAL.match(t.text) or k in taken or k > 0 and (
                    doc[k - 1].text[:1].isupper() and not doc[k - 1].is_sent_start or INITIAL.match(doc[k - 1].text)):
                k += 1
                continue
            start = k
            while k < len(doc) and INITIAL.match(doc[k].text) and k not in taken:
                k += 1
            end = k
            while end < len(doc) and end - k < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and doc[end].text[1:2].islower() and doc[end].lower_ not in self.org_endings \
                    and doc[end].lower_ not in self.role_nouns:
                end += 1
            if end - k < 2 or end < len(doc) and doc[end].pos_ == "PROPN":
                continue
            inside = {id(taken[i]): taken[i] for i in range(k, end) if i in taken}
            if any(s.label_ not in PERSON_LABELS or s.start < k or s.end > end for s in inside.values()):
                continue
            out = [s for s in out if id(s) not in inside]
            out.append(Span(doc, start, end, label="PERSON"))
            k = end
        return sorted(out, key=lambda s: s.start)

    def _unmarked_full_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "Priya Chandran has denied …" the model marked as nothing, with "Chandran told …" and "Chandran denies"
        elsewhere: two capitalised words outside every entity, the subject of a verb, are a person's name where the
        text also writes the second word alone as the subject of a verb (a surname); not a role, title or an
        organisation's closing word ("Manchester United … United won")."""
        taken = {t.i for s in ents for t in s}
        alone: set[str] = set()
        for t in doc:
            if t.pos_ == "PROPN" and t.dep_ in {"nsubj", "nsubjpass"} and t.text[:1].isupper() \
                    and not t.text.isupper() and (t.i == 0 or doc[t.i - 1].pos_ != "PROPN") \
                    and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN"):
                alone.add(t.text)
        out = []
        for t in doc[:-1]:
            first, last = t, doc[t.i + 1]
            # (the parser may leave the first name hanging on nothing after a headline: "Priya" as a root)
            if first.i in taken or last.i in taken or last.text not in alone or last.dep_ not in {"nsubj", "nsubjpass"} \
                    or not (first.dep_ == "compound" and first.head.i == last.i or first.dep_ == "ROOT") \
                    or first.whitespace_ != " ":
                continue
            if first.i > 0 and (doc[first.i - 1].pos_ == "PROPN" or doc[first.i - 1].text[:1].isupper()
                                and not doc[first.i - 1].is_sent_start and not doc[first.i - 1].is_punct):
                continue  # "Health Secretary Priya Chandran": a longer run is no plain first name and surname
            if last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN":
                continue
            if not all(w.pos_ == "PROPN" and w.text[:1].isupper() and w.text[1:2].islower() and w.is_alpha
                       for w in (first, last)) or any(w.lower_ in self.role_nouns or self._title(w)
                                                       or w.lower_ in self.org_endings for w in (first, last)):
                continue
            out.append(Span(doc, first.i, last.i + 1, label="PERSON"))
        return out

    def _titled_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "that Mr Pryce-Morgan had failed": a capitalised name after a personal title that the model missed."""
        taken = {t.i for s in ents for t in s if s.label_ in PERSON_LABELS or len(s) > 1}
        out = []
        for t in doc:
            if not self._title(t) or t.i in taken or t.i + 1 >= len(doc):
                continue
            start = t.i + 2 if doc[t.i + 1].text == "." else t.i + 1
            end = start
            while end < len(doc) and end - start < 4 and end not in taken and (
                    doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not self._title(doc[end])
                    or doc[end].text == "-" and end > start and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
                    and not doc[end].whitespace_):
                end += 1
            if end > start and doc[end - 1].text != "-":
                out.append(Span(doc, start, end, label="PERSON"))
                taken.update(range(start, end))
        return out

    def _title(self, token) -> bool:
        return token.text[:1].isupper() and token.lower_.rstrip(".") in self.titles

    def _tidy(self, doc: Doc, ent: Span) -> Span | None:
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        # "the state Department of Natural Resources": a small-letter word before an organisation's name is no part
        # of it
        while ent.label_ == "ORG" and end - start > 1 and doc[start].text.islower() \
                and doc[start].pos_ in {"NOUN", "ADJ"} and doc[start + 1].text[:1].isupper():
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        # "Philippine Institute of Volcanology and Seismology (Phivolcs": the name ends before its bracket
        end = next((t.i for t in doc[start:end] if t.text == "(" and t.i > start), end)
        while end > start and doc[end - 1].is_punct:
            end -= 1
        label = ent.label_
        # "Dr Núria Castelló", "Mr Pryce-Morgan", "Sgt. Ana Beltrán": a personal title before a name makes it a
        # person's, whatever type the small model gave it; the title is no part of the name
        titled = start > 0 and self._title(doc[start - 1])
        while start < end and (self._title(doc[start]) or doc[start].text == "." and titled):
            titled = True
            start += 1
        if titled and end > start and doc[start].text[:1].isupper():
            label = "PERSON"
        # "Helen Okafor KC", "Philip Moran SC", "Jane Doe OBE": an honour in capitals after two or more capitalised
        # words is no part of the name, and marks it as a person's
        if end - start >= 3 and doc[end - 1].text.isupper() and doc[end - 1].lower_ in self.post_nominals \
                and all(t.text[:1].isupper() and not t.text.isupper() for t in doc[start : end - 1]):
            end, label = end - 1, "PERSON"
        # "Assistant Chief Constable Wasim Chaudhry", "Councilmember Derek Shaw": a role word the model took into a
        # name of two more capitalised words is no part of it, and the name is a person's
        # ("Judge Rotenberg Center": an organisation's word closing it keeps the role word in the name)
        if end - start >= 3 and doc[start].lower_ in self.role_nouns and all(
                t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in doc[start + 1 : end]) \
                and doc[end - 1].lower_ not in self.org_endings:
            start, label = start + 1, "PERSON"
        if end - start == 1 and doc[start].lower_ in self.role_nouns:
            return None
        return Span(doc, start, end, label=label) if end > start else None
