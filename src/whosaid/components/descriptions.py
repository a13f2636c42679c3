"""Who a description is: what an article says about each named person (role, party, age, gender), what a
described speaker says of itself ("der 58-Jährige", "die Grünen-Politikerin", "der ukrainische Präsident", "Er",
"ein Bahn-Sprecher"), and which person or organisation fits it.

A wrong person is worse than none: a description resolves only to a person it fits and that is mentioned close
before it, and a spokesperson only to an organisation named in or clearly implied by the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from whosaid.components.entities import Cluster, org_noun_endings
from whosaid.components.phrases import QUOTE_MARKS, text_sentences
from whosaid.lang import LanguageData

AGE = re.compile(r"^(\d{1,3})-(\w+)$")  # "58-Jährige", "58-jährige"
NUMBER_IN_PARENS = re.compile(r"^\d{1,3}$")
DESCRIPTION_WINDOW = 3  # sentences back in which a described person must have been mentioned


@dataclass
class Profile:
    """What the article writes next to the mentions of one person."""

    roles: set[str] = field(default_factory=set)  # lower-cased, feminine suffix removed: "verkehrsminister"
    additive_roles: set[str] = field(default_factory=set)  # of those, nationalities and team positions
    adjectives: set[str] = field(default_factory=set)  # of those roles: "ukrainisch"
    parties: set[str] = field(default_factory=set)
    ages: set[int] = field(default_factory=set)
    # ages only a description resolved to the person gave ("…, sagte der 52-Jährige"), not written with the name
    learned_ages: set[int] = field(default_factory=set)
    gender: str | None = None  # "m" or "f"
    # common nouns no role list knows, written right before a name: "unternehmer" of "Unternehmer Matthias Kallert"
    introducing_nouns: set[str] = field(default_factory=set)


@dataclass
class Description:
    """What a speaker phrase without a name says about who speaks."""

    role: str | None = None
    synonyms: set[str] = field(default_factory=set)  # other words for the role ("stürmer" of "angreifer")
    additive: bool = False  # a nationality or team position, which a person has beside an office
    team_position: bool = False  # a position on a team ("der Stürmer"), which no one with an office holds
    adjectives: set[str] = field(default_factory=set)
    party: str | None = None
    parties: set[str] = field(default_factory=set)  # those of a political family ("die Freisinnige": {"fdp"})
    age: int | None = None
    gender: str | None = None
    spokesperson: bool = False
    other_time: bool = False  # "der heutige EU-Kommissar", "die frühere Ministerin": an office of another time
    org_word: str | None = None  # "bahn" of "Bahn-Sprecher", "polizei" of "Polizeisprecherin"
    apart: set[str] = field(default_factory=set)  # compounds of the role that name another office ("staatsanwalt")
    # "der CDU-Chef": a party office, which a written role matches only as itself, after a party or at a level of
    # the party (`party_office_level`: "landeschef"), never as another office ending in it ("regierungschef")
    party_levels: tuple[str, ...] | None = None
    # roles whose holders an otherwise additive role rules out: "der Angeklagte" may be the former Vorstand, not
    # the defence lawyer
    excludes: set[str] = field(default_factory=set)
    # "der Politiker der Regierungspartei": the camp a genitive after the role names rules out roles written of the
    # other camp (`opposed_camp`: an "Oppositionspolitiker")
    opposed: set[str] = field(default_factory=set)

    @property
    def roles(self) -> set[str]:
        return {self.role, *self.synonyms} if self.role else set()

    @property
    def says_something(self) -> bool:
        return bool(self.role or self.party or self.age is not None or self.spokesperson)


# ----------------------------------------------------------------------------- words


def role_of(token: Token, data: LanguageData) -> tuple[str, str | None] | None:
    """(role, gender) when the word names a person by role, compounds included: "Bahnchef" -> ("bahnchef", None),
    "Finanzministerin" -> ("finanzminister", "f"). Gender None means the word does not show it."""
    if not token.text[:1].isupper() or token.tag_ not in {"NN", "NE", "ADJA"}:
        return None
    heads = _role_heads(data)
    # the written form, else the lemma of an inflected one ("des Trainers", "dem Diplomaten")
    for word in dict.fromkeys((token.text.lower(), token.lemma_.lower() if token.tag_ == "NN" else "")):
        for suffix in data.words.get("feminine_suffix", frozenset()):
            if word.endswith(suffix) and word[: -len(suffix)].endswith(heads):
                return word[: -len(suffix)], "f"
        if word and word.endswith(heads):
            return word, None
        for suffix in data.words.get("feminine_suffix", frozenset()):
            # "Betriebsrätin", "Ärztin": the feminine of a role with its vowel umlauted
            plain = _without_umlaut(word[: -len(suffix)]) if word.endswith(suffix) else ""
            if plain and plain.endswith(heads + tuple(data.words.get("umlaut_feminine_head", ()))):
                return plain, "f"
    word = token.text.lower()
    if word.endswith("em") and word[:-1].endswith(tuple(h for h in heads if h.endswith("e"))):
        return word[:-1], None  # "von Abgeordnetem Wendisch": the strong dative of a noun made from an adjective
    placed = _resident_or_rank(token, data)
    if placed is not None:
        return placed
    # "der Isländer", "die Italienerin": a nationality as a whole noun ("Die Deutsche Bahn" holds an adjective)
    nationalities = {n.lower() for n in data.words.get("nationality_noun", ())}
    if token.tag_ in {"NN", "NE"}:
        if word in nationalities:
            return word, None
        for suffix in data.words.get("feminine_suffix", frozenset()):
            stem = _masculine_of(word[: -len(suffix)], nationalities) if word.endswith(suffix) else None
            if stem is not None:  # "die Italienerin"; "die Französin", "die Polin" of a noun in -e
                return stem, "f"
    return None


def _masculine_of(stem: str, nouns: set[str] | frozenset[str]) -> str | None:
    """The masculine noun a feminine stem (the word without "-in") belongs to: "italiener" itself, "pole" of "pol",
    "franzose" of "französ" (a noun in -e loses it and may take an umlaut in the feminine)."""
    plain = _without_umlaut(stem)
    return next((w for w in (stem, f"{stem}e", f"{plain}e" if plain else "") if w and w in nouns), None)


UMLAUTS = {"ä": "a", "ö": "o", "ü": "u"}


def _without_umlaut(stem: str) -> str:
    """ "betriebsrät" -> "betriebsrat": the stem with its last umlaut undone, or "" when it has none."""
    last = max((stem.rfind(u) for u in UMLAUTS), default=-1)
    return stem[:last] + UMLAUTS[stem[last]] + stem[last + 1 :] if last >= 0 else ""


RESIDENT = "einwohner:"  # the role of "die Leverkusenerin": "einwohner:leverkusen"
RANK = "rang:"  # the role of "die Weltranglisten-35.": "rang:weltranglisten"
RANKED = re.compile(r"^(\w+)-\d{1,4}\.$")  # "Weltranglisten-35."


def _resident_or_rank(token: Token, data: LanguageData) -> tuple[str, str | None] | None:
    """ "die Leverkusenerin" (a place of the article with -er, -erin: who comes from there) and "die
    Weltranglisten-35." (a place in a ranking, `ranking_word`): roles a person has beside any office."""
    if token.tag_ not in {"NN", "NE"}:
        return None
    ranked = RANKED.match(token.text)
    if ranked is not None and ranked.group(1).lower() in data.words.get("ranking_word", ()):
        return RANK + ranked.group(1).lower(), None
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].tag_ in {"NN", "NE"}:
        return None  # "der Berliner Senat": the word only qualifies the noun after it
    for suffix, gender in (("erin", "f"), ("er", None)):
        stem = token.text[: -len(suffix)] if token.text.endswith(suffix) else ""
        # … also where the article names the place only in the genitive ("Wolfsburgs Trainerin")
        if len(stem) >= 4 and any(t.text in {stem, stem + "s"} and (t.ent_type_ == "LOC" or t.tag_ == "NE")
                                  for t in doc):
            return RESIDENT + stem.lower(), gender
    # "der Zürcher", "die Waadtländerin" (`demonym`): from a place the article need not name
    word = token.lower_
    demonyms = data.words.get("demonym", ())
    # "Der Bayer forderte": after an article a demonym the tagger took for a name ("Bayer") is still one
    article = token.i > 0 and doc[token.i - 1].tag_ == "ART"
    if (token.tag_ == "NN" or article) and word in demonyms:
        return RESIDENT + word, None
    # "Die Hessin sagte": the feminine the tagger took for a name likewise
    stem = _masculine_of(word[:-2], demonyms) if (token.tag_ == "NN" or article) and word.endswith("in") else None
    if stem is not None:  # "die Waadtländerin", "die Schwäbin"
        return RESIDENT + stem, "f"
    return None


_ROLE_HEADS: dict[int, tuple[str, ...]] = {}


def _role_heads(data: LanguageData) -> tuple[str, ...]:
    """Role nouns and extra role heads, lower-cased, as endings a compound role ends in ("Bahn|chef")."""
    key = id(data)
    if key not in _ROLE_HEADS:
        _ROLE_HEADS[key] = tuple(sorted({r.lower() for r in data.role_nouns} | data.words.get("role_head", frozenset())))
    return _ROLE_HEADS[key]


def additive_role(role: str, data: LanguageData) -> bool:
    """ "isländer", "innenverteidiger", "kapitän": a role a person holds beside an office (additive_role, nationality_noun)."""
    words = data.words.get("additive_role", frozenset()) | {n.lower() for n in data.words.get("nationality_noun", ())}
    return role.endswith(tuple(words)) or role.startswith((RESIDENT, RANK))


def origin_role(role: str, data: LanguageData) -> bool:
    """ "isländer", "einwohner:bayer": a role that says only where a person comes from (a nationality, a demonym)."""
    return role.startswith(RESIDENT) or role in {n.lower() for n in data.words.get("nationality_noun", ())}


def role_synonyms(role: str, data: LanguageData) -> set[str]:
    """Other words for the same role (role_synonym): "der Angreifer" is the one written as "Stürmer"; a role
    compounded with a word for the article's organisation ("die Verbandsdirektorin", "der Vereinspräsident") is
    the role alone ("Direktorin Monique Favre" of the Verband the article is about)."""
    synonyms = set(data.rights("role_synonym", role))
    stems = data.words.get("generic_org_word", frozenset()) | data.words.get("org_compound_stem", frozenset())
    rests = {rest for stem in stems if role.startswith(stem) and len(rest := role[len(stem):].removeprefix("s")) >= 4}
    if rests:  # the lowered role nouns only where a compound of an organisation word is described (rare)
        synonyms |= rests & {n.lower() for n in data.role_nouns}
    return synonyms


def _party(word: str, data: LanguageData) -> str | None:
    """ "Grünen-Politikerin" -> "grüne", "CDU-Chef" -> "cdu"."""
    if "-" not in word:
        return None
    prefix = word.split("-", 1)[0]
    return _party_key(prefix) if prefix in data.words.get("party", ()) else None


def _party_key(word: str) -> str:
    key = word.lower()
    return key[:-1] if key.endswith("en") else key  # "Grünen" and "Grüne", "Linken" and "Linke"


def _age(token: Token, data: LanguageData) -> int | None:
    m = AGE.match(token.text)
    if m and m.group(2).lower() in data.words.get("age_noun", frozenset()):
        return int(m.group(1))
    return None


def _age_in_years(doc: Doc, i: int, data: LanguageData) -> int | None:
    """52 of "52 Jahre alte" when token i is the adjective of age (`age_adjective`) after a number and "Jahre"."""
    if i < 2 or doc[i].lower_ not in data.words.get("age_adjective", ()) or doc[i - 1].lower_ != "jahre":
        return None
    return int(doc[i - 2].text) if NUMBER_IN_PARENS.match(doc[i - 2].text) else None


def _of_another_time(token: Token, data: LanguageData) -> bool:
    """ "frühere", "heutige", "ehemalige": an adjective that puts an office in another time (office_time_adjective)."""
    return token.lower_.startswith(tuple(data.words.get("office_time_adjective", ())))


def _ages_before(doc: Doc, j: int, data: LanguageData) -> set[int]:
    """The ages among the adjectives that end at token j ("28-jährige", "52 Jahre alte")."""
    ages: set[int] = set()
    while j >= 0 and doc[j].tag_ == "ADJA":
        age = _age(doc[j], data)
        if age is None and (age := _age_in_years(doc, j, data)) is not None:
            j -= 2
        if age is not None:
            ages.add(age)
        j -= 1
    return ages


def _article_gender(token: Token, data: LanguageData) -> str | None:
    if token.lower_ in data.words.get("masculine_article", ()):
        return "m"
    if token.lower_ in data.words.get("feminine_article", ()):
        return "f"
    return None


# ----------------------------------------------------------------------------- descriptions


def describe(span: Span, data: LanguageData) -> Description:
    """What the speaker phrase says of its speaker: "der ukrainische Präsident", "die 58-Jährige",
    "eine Sprecherin", "Polizeisprecher", "die CDU-Politikerin"."""
    words = [t for t in span if not t.is_space]
    desc = Description()
    if not words:
        return desc
    desc.gender = _article_gender(words[0], data)
    spokes = data.words.get("spokesperson_head", frozenset())
    for i, tok in enumerate(words):
        if i > 0 and tok.tag_ == "ART" and i + 1 < len(words) and desc.role is not None:
            desc.opposed = {o for camp, o in data.pairs("opposed_camp") if words[i + 1].lower_.startswith(camp)}
        if tok.tag_ in {"APPR", "APPRART"} or (i > 0 and tok.tag_ == "ART"):
            break  # "der Sprecher des Ministeriums": the head came before the attachment
        if tok.text in QUOTE_MARKS:
            break  # 'Das "Manager Magazin"': a quoted title, whatever role its words name, is no person
        word = tok.text.lower()
        age = _age(tok, data)
        if age is not None:
            desc.age = age
            continue
        party = _party(tok.text, data)
        head = word.rsplit("-", 1)[-1]
        if party is not None and head.endswith(org_noun_endings(data.org_nouns, 6)):
            return Description()  # "Die CDU-Fraktion", "die SPD-Landtagsfraktion": a party's body, no person
        if party is not None:
            desc.party = party
        spoken = next((s for s in sorted(spokes, key=len, reverse=True) if head.endswith(s)), None) \
            or (word if word in data.words.get("spokesperson_word", ()) else None)  # "die Vertreterin des …"
        genitive = next((s for s in sorted(spokes, key=len, reverse=True) if head.endswith(s + "s")), None) \
            if spoken is None and i > 0 and words[0].lower_ in data.words.get("genitive_article", ()) else None
        if genitive is not None:  # "eines Gerichtssprechers": the genitive s closes the word
            spoken, word = genitive, word[:-1]
        if spoken is not None:
            desc.spokesperson = True
            stem = word[: -len(spoken)].rstrip("-")
            desc.org_word = _org_stem(stem, data) if stem else None
            if spoken.endswith(tuple(data.words.get("feminine_suffix", ()))) and spoken[:-2] in spokes:
                desc.gender = "f"
            continue
        role = role_of(tok, data)
        if role is not None:
            desc.role = role[0].rsplit("-", 1)[-1] if party else role[0]
            desc.synonyms = role_synonyms(desc.role, data) | _masculine_of_umlauted(desc.role, data)
            desc.apart = set(data.rights("role_apart", desc.role))
            party_office = bool(party) and desc.role in data.words.get("party_office", ())
            # "der CDU-Vorsitzende", "der CSU-Chef": a party office, held beside a government one (a Kanzler)
            desc.additive = additive_role(desc.role, data) or party_office
            if party_office:
                desc.party_levels = ("", *data.words.get("party_office_level", ()))
            desc.parties = set(data.rights("party_member", desc.role))
            if desc.role in data.words.get("trial_role", ()):  # a defendant holds any office but a court's
                desc.additive, desc.excludes = True, set(data.words.get("court_side_role", ()))
            desc.team_position = desc.role.endswith(tuple(data.words.get("team_position", ())))
            desc.gender = role[1] or desc.gender
        elif tok.tag_ == "ADJA" and _of_another_time(tok, data):
            desc.other_time = True
        elif tok.tag_ == "ADJA" and tok.lower_.startswith(tuple(data.words.get("origin_adjective", ()))):
            continue  # "der gebürtige Duisburger" is the "bisherige Kriminaldirektor": the adjective tells no one apart
        elif tok.tag_ == "ADJA" and desc.role is None:
            desc.adjectives.add(tok.lemma_.lower())
    return desc


def _masculine_of_umlauted(role: str, data: LanguageData) -> set[str]:
    """ "landrat" of "landrätin", a feminine the role list holds as a word of its own: the masculine it was written
    as of a woman ("Landrat Bettina Dickes … Die Landrätin")."""
    for suffix in data.words.get("feminine_suffix", frozenset()):
        plain = _without_umlaut(role[: -len(suffix)]) if role.endswith(suffix) else ""
        if plain and plain.endswith(tuple(data.words.get("umlaut_feminine_head", ()))):
            return {plain}
    return set()


def _org_stem(stem: str, data: LanguageData) -> str:
    """ "ministeriums" -> "ministerium", "kommissions" -> "kommission": the linking s of a compound goes."""
    if stem.endswith("s") and (stem[:-1] in data.words.get("org_compound_stem", ())
                               or stem[:-1] in data.words.get("generic_org_word", ())
                               or stem[:-1].endswith(tuple(data.words.get("linking_s_after", ())))):
        return stem[:-1]
    return stem


def pronoun_gender(token: Token, data: LanguageData) -> str | None:
    return data.pronoun_genders.get(token.text) or data.pronoun_genders.get(token.lower_)


# ----------------------------------------------------------------------------- profiles


def profile_people(clusters: list[Cluster], data: LanguageData, genders: dict[str, str]) -> dict[int, Profile]:
    """A Profile per person cluster (keyed by id(cluster)), from the words around each of its mentions."""
    profiles: dict[int, Profile] = {}
    for cluster in clusters:
        if cluster.type != "PER":
            continue
        profile = Profile()
        for m in cluster.mentions:
            _read_before(m, profile, data)
            _read_after(m, profile, data)
            first = m[0].text
            if len(m) > 1 and first in genders and profile.gender is None:
                profile.gender = genders[first]
        profiles[id(cluster)] = profile
    return profiles


def _read_before(mention: Span, profile: Profile, data: LanguageData) -> None:
    """ "der ukrainische Präsident Wolodymyr Selenskyj", "Grünen-Politikerin Katharina Dröge", "die 58-jährige X",
    "Frau X"."""
    doc = mention.doc
    i = mention.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return
    tok = doc[i]
    if tok.text == ",":
        _read_apposed_role(doc, i, profile, data)
        return
    honorific = data.words.get("honorific_f", ()), data.words.get("honorific_m", ())
    if tok.text in honorific[0]:
        profile.gender = "f"
        return
    if tok.text in honorific[1]:
        profile.gender = "m"
        return
    age, length = _age(tok, data), 1
    if age is None:
        age, length = _age_in_years(doc, i, data), 3
    if age is not None:
        profile.ages.add(age)
        i -= length
        tok = doc[i] if i >= 0 else tok
    party = _party(tok.text, data)
    role = role_of(tok, data)
    if party is not None:
        profile.parties.add(party)
    if role is None:
        if tok.tag_ == "NN":  # "die 28-jährige Studentin Lena Vogt": a noun no role list knows still has an age
            profile.ages.update(_ages_before(doc, i - 1, data))
            if tok.text[:1].isupper() and tok.text.isalpha():
                profile.introducing_nouns.add(tok.text.lower())
        # "der georgischen Regisseurin Nino Kapanadze", "der Expressionistin Gabriele Münter" (which the tagger may take
        # for a name): a woman, whatever her first name
        if tok.tag_ in {"NN", "NE"} and tok.text[:1].isupper() \
                and tok.lower_.endswith(tuple(data.words.get("feminine_agent_ending", ()))):
            profile.gender = "f"
        return
    written = role[0].rsplit("-", 1)[-1] if party else role[0]
    profile.roles.add(written)
    if additive_role(role[0], data):
        profile.additive_roles.add(written)
    if role[1]:
        profile.gender = role[1]
    elif _masculine_agent_form(tok, role[0], data):
        profile.gender = "m"  # "Oppositionsführer Nika Melia": a woman would be "Oppositionsführerin"
    j = i - 1
    coordinated = role_of(doc[j - 1], data) if j >= 1 and doc[j].lower_ == "und" else None
    if coordinated is not None:  # "Kommunikationsminister und Regierungssprecher X": both roles are X's
        profile.roles.add(coordinated[0])
        if additive_role(coordinated[0], data):
            profile.additive_roles.add(coordinated[0])
        j -= 2
    while j >= 0 and doc[j].tag_ == "ADJA":
        age = _age(doc[j], data)
        if age is not None:
            profile.ages.add(age)
        elif _age_in_years(doc, j, data) is not None:  # "die 52 Jahre alte Kassiererin Petra Lange"
            profile.ages.add(_age_in_years(doc, j, data))
            j -= 2
        elif _of_another_time(doc[j], data):  # "der frühere Regierungschef": no office that rules another out
            profile.additive_roles.add(written)
        else:
            profile.adjectives.add(doc[j].lemma_.lower())
        j -= 1
    place = doc[j].text[:-1] if j >= 0 and doc[j].ent_type_ == "LOC" and doc[j].text.endswith("s") else ""
    if len(place) >= 4 and place.isalpha():  # "Wolfsburgs Trainerin Sabrina Eckhoff" is "die Wolfsburgerin"
        profile.roles.add(RESIDENT + place.lower())
        profile.additive_roles.add(RESIDENT + place.lower())
    if j >= 0 and profile.gender is None:
        profile.gender = _article_gender(doc[j], data)


def _masculine_agent_form(token: Token, role: str, data: LanguageData) -> bool:
    """A masculine agent noun whose feminine ends in -in ("Sprecher", "Präsident", "Minister"), not a rank."""
    word = token.text.lower()
    return word == role and word.endswith(tuple(data.words.get("masculine_agent_ending", ()))) \
        and not word.endswith(tuple(data.words.get("unisex_rank", ())))


def _read_apposed_role(doc: Doc, comma: int, profile: Profile, data: LanguageData) -> None:
    """ "der Sprecher des iranischen Ölministeriums, Mohsen Dschalali", "Der Vorsitzende der Mitarbeitervertretung,
    Jürgen Pröll": a name in apposition after an article, a role and its genitive attachment has that role."""
    j = comma - 1
    while j > comma - 6 and j > 0 and doc[j].tag_ in {"NN", "NE", "ADJA"}:
        j -= 1
    # "der CDU-Fraktionschef im Landtag, X", "die Bürgermeisterin von Kassel, X": a place or body attached to the role
    places = data.words.get("role_place_preposition", frozenset())
    if j >= 2 and doc[j].lower_ in {"der", "dem"} and doc[j - 1].lower_ in places:
        j -= 1  # "der Fraktionschef in der Bürgerschaft, X"
    if not (j <= comma - 2 and j >= 1 and (doc[j].lower_ in {"des", "der"} or doc[j].lower_ in places)
            and doc[j - 1].tag_ == "NN"):
        # "Die Vorsitzende der oppositionellen Koalition für den Wandel, Nino Tsereteli": an attachment longer than
        # one noun phrase; the role opens it, right after its article and adjectives
        j = next((k for k in range(comma - 2, max(comma - 10, 1), -1)
                  if doc[k].lower_ in {"des", "der"} and doc[k - 1].tag_ == "NN" and role_of(doc[k - 1], data)
                  and all(t.tag_ in {"NN", "NE", "ADJA", "ART", "APPR", "APPRART", "CARD"} for t in doc[k:comma])),
                 j)
    if j <= comma - 2 and j >= 1 and (doc[j].lower_ in {"des", "der"} or doc[j].lower_ in places) \
            and doc[j - 1].tag_ == "NN":
        role = role_of(doc[j - 1], data)
        k = j - 2
        while k > 0 and doc[k].tag_ == "ADJA":  # "Der ukrainische Gouverneur der Region Odessa, Oleh Kiper"
            k -= 1
        if role is None or k < 0 or doc[k].tag_ != "ART":
            return
        party = _party(doc[j - 1].text, data)
        written = role[0].rsplit("-", 1)[-1] if party else role[0]  # "der CDU-Fraktionschef im Landtag, X"
        if party is not None:
            profile.parties.add(party)
        profile.roles.add(written)
        if additive_role(role[0], data):
            profile.additive_roles.add(written)
        gender = role[1] or _article_gender(doc[k], data)
        if gender is not None and profile.gender is None:
            profile.gender = gender


def _read_after(mention: Span, profile: Profile, data: LanguageData) -> None:
    """ "Katharina Dröge (41)", "Patrick Schnieder (CDU)", "Richard Lutz, der Bahnchef,", "X zur
    Insolvenzverwalterin" (bestellt, gewählt, ernannt to an office: `appointment_preposition`)."""
    doc = mention.doc
    i = mention.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        inner = doc[i + 1].text
        if NUMBER_IN_PARENS.match(inner):
            profile.ages.add(int(inner))
        elif inner in data.words.get("party", ()):
            profile.parties.add(_party_key(inner))
        return
    if i + 1 < len(doc) and doc[i].lower_ in data.words.get("appointment_preposition", ()):
        j = i + 1
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        role = role_of(doc[j], data) if j < len(doc) else None
        if role is not None and not (j + 1 < len(doc) and doc[j + 1].tag_ in {"NE", "NN"}):
            # "bestellte die Anwältin Katrin Olbrich zur vorläufigen Insolvenzverwalterin"; not "Merz zum
            # Präsidenten Macron", someone else's office
            profile.roles.add(role[0])
            if additive_role(role[0], data):
                profile.additive_roles.add(role[0])
        return
    if i + 2 < len(doc) and doc[i].text == ",":
        article = doc[i + 1]
        j = i + 2 if article.tag_ == "ART" else i + 1
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        role = role_of(doc[j], data) if j < len(doc) else None
        if role is not None and j + 1 < len(doc) and doc[j + 1].text in {",", "(", "von", "der", "des"}:
            profile.roles.add(role[0])
            if additive_role(role[0], data):
                profile.additive_roles.add(role[0])
            if role[1]:
                profile.gender = role[1]


# ----------------------------------------------------------------------------- fitting


def conflicts(desc: Description, profile: Profile) -> bool:
    """The description cannot be this person: another gender, another age, only other roles or parties."""
    if desc.gender and profile.gender and desc.gender != profile.gender:
        return True
    if desc.age is not None and profile.ages and desc.age not in profile.ages:
        return True
    if desc.party and profile.parties and desc.party not in profile.parties:
        return True
    if desc.parties and profile.parties and not desc.parties & profile.parties:
        return True  # "die Sozialdemokratin" is no one of the FDP
    # another role of the same kind ("der Finanzminister" of an Außenminister) rules a person out; a role of another
    # kind does not: a Kapitän is also an Innenverteidiger, a Bundestrainer also "der Isländer"
    # another office rules a person out ("der Finanzminister" of a Bundeskanzler); a nationality or a position on a
    # team does not: a Bundestrainer is also "der Isländer", a Kapitän also "der Innenverteidiger"
    if desc.excludes and any(r.endswith(tuple(desc.excludes)) for r in profile.roles):
        return True
    if desc.opposed and any(r.startswith(tuple(desc.opposed)) for r in profile.roles):
        return True  # "der Politiker der Regierungspartei" is not the "Oppositionspolitiker" named before
    if desc.role and profile.roles and not any(same_role(desc, r) for r in profile.roles) \
            and not desc.additive and not desc.other_time and not profile.roles <= profile.additive_roles:
        return True
    # "der Stürmer" is no Trainer, though a Kapitän may be a Stürmer and a Bundestrainerin "die frühere Spielerin"
    if desc.team_position and not desc.other_time and not any(same_role(desc, r) for r in profile.roles) \
            and any(r not in profile.additive_roles for r in profile.roles):
        return True
    return bool(desc.adjectives and profile.adjectives and not desc.adjectives & profile.adjectives)


def fits(desc: Description, profile: Profile) -> bool:
    """The article says of this person what the description says: its role, party or age."""
    if conflicts(desc, profile):
        return False
    return (
        (desc.role is not None and any(same_role(desc, r) for r in profile.roles))
        or (desc.party is not None and desc.party in profile.parties)
        or bool(desc.parties & profile.parties)
        or (desc.age is not None and desc.age in profile.ages)
    )


def same_role(desc: Description, written: str) -> bool:
    """The role written of a person is the described one or one of its synonyms, and no other office whose word
    ends in it (`role_apart`: "der Anwalt" is no "Oberstaatsanwalt")."""
    if desc.party_levels is not None and not any(
            written.rsplit("-", 1)[-1] == level + d for d in desc.roles for level in desc.party_levels):
        return False  # "der CDU-Chef" is no "regierungschef", but a "csu-chef", "landeschef" or "parteichef"
    return any(_same_role(d, written) for d in desc.roles) and not written.endswith(tuple(desc.apart))


def _same_role(described: str, written: str) -> bool:
    """ "finanzminister" is "bundesfinanzminister"; "minister" is "verkehrsminister" (a described role may be
    shorter than the written one, not longer: "der Finanzminister" is no "Minister" of unknown office)."""
    return written.endswith(described)


def mention_positions(cluster: Cluster, before: int, skip=None) -> list[int]:
    """Where the cluster is named before `before`, outside quotations (and outside what `skip` marks): a name a
    speaker says ("„Ich plane mit Elias“, sagte der 51-Jährige") is not who the narrator goes on to describe."""
    return [m.start for m in cluster.mentions
            if m.start < before and not m[0]._.in_quote and not (skip is not None and skip(m[0]))]


def recent_people(doc: Doc, clusters: list[Cluster], before: int, skip=None) -> list[Cluster]:
    """Persons mentioned in the DESCRIPTION_WINDOW sentences up to token `before`, the latest first (mentions for
    which `skip` is true not counted)."""
    sents = [s for s in text_sentences(doc) if s.start < before]
    window_start = sents[-DESCRIPTION_WINDOW].start if len(sents) >= DESCRIPTION_WINDOW else 0
    people = [(max(pos), c) for c in clusters if c.type == "PER" for pos in [mention_positions(c, before, skip)]
              if pos and max(pos) >= window_start]
    return [c for _, c in sorted(people, key=lambda pc: pc[0], reverse=True)]
