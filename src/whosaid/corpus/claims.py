"""Claim groups: statements about the same proposition across articles, and the contradictions between them.

A statement's proposition is the set of its content words (stop words dropped, crude suffix stemming) plus the ids
of the cross-document entities its content mentions (weight 2; their names' words are not counted again). Two
statements are linked when they share at least MIN_SHARED weight and MIN_SHARED_WORDS content words, their score
(mean of overlap coefficient and weighted Jaccard) reaches LINK_SCORE, and they were
said within MAX_DAYS of each other; a denial answering a statement of its own article (`refers_to`) is linked too.
A claim group is a connected set of linked statements (at least two). A cross-article contradiction is a linked pair
from different articles of opposite polarity (`polarity`: a denial, calling reports false or negated content says
that something is not so), the positive side asserting, claiming, announcing, confirming or demanding.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

MIN_SHARED = 3
MIN_SHARED_WORDS = 2
LINK_SCORE = 0.45
MAX_DAYS = 90
ENTITY_WEIGHT = 2
# features in more statements than this share of the corpus are not used to find candidate pairs
COMMON_SHARE = 0.02
WORD = re.compile(r"[\wÄÖÜäöüß]+")
NEGATION = re.compile(r"\b(nicht|nichts|kein\w*|nie|niemals|keinesfalls|not|never|no)\b", re.IGNORECASE)
# "übertrieben", "zu hoch gegriffen", "aus der Luft gegriffen": what a report says is not so (as it says)
CALLS_FALSE = re.compile(r"\b(falsch\w*|unwahr\w*|Falschmeldung\w*|Lüge\w*|erfunden\w*|haltlos\w*|unzutreffend\w*|"
                         r"Fake|entbehr\w*|Propaganda|übertrieb\w*|(?:zu hoch|zu niedrig|aus der Luft) gegriffen|"
                         r"false|untrue|fabricat\w*|baseless|exaggerat\w*)\b", re.IGNORECASE)
ASSERTING = frozenset({"assert", "claim", "announce", "confirm", "demand"})
REPORT_NOUNS = re.compile(r"(bericht\w*|meldung\w*|darstellung\w*|artikel\w*|behauptung\w*|angabe\w*|"
                          r"spekulation\w*|enthüllung\w*|report\w*|claim\w*|story|stories|allegation\w*)",
                          re.IGNORECASE)
SUFFIXES = ("ungen", "ung", "en", "er", "es", "e", "n", "s")  # "Abschaffung" and "abschaffen" share "abschaff"
# a separable verb's zu-infinitive is the verb: "abzuschaffen" is "abschaffen"
ZU_INFINITIVE = re.compile(r"^(ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen|weiter)zu(\w{3,}en)$")


@dataclass
class Stmt:
    article_id: str
    id: str
    said: date | None
    stance: str
    content: str
    refers_to: str | None
    entities: frozenset[str]
    name_words: frozenset[str] = frozenset()  # words of the mentioned entities' names: counted as the entity only
    words: frozenset[str] = field(default_factory=frozenset)
    speaker: str | None = None  # cross-document entity id of the speaker
    speaker_words: frozenset[str] = frozenset()  # content words of the speaker's name ("spiegel")
    cue: str = ""  # the cue's lemma
    continues: str | None = None  # id of the statement of its article this cue-less one continues

    @property
    def key(self) -> tuple[str, str]:
        return (self.article_id, self.id)

    @property
    def features(self) -> dict[str, int]:
        out = {w: 1 for w in self.words}
        out.update({e: ENTITY_WEIGHT for e in self.entities})
        return out


@dataclass
class Link:
    a: Stmt
    b: Stmt
    score: float
    shared: list[str]


@dataclass
class Claim:
    id: str
    label: str
    members: list[Stmt]
    words: list[str]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    text = resources.files("whosaid.corpus").joinpath("data", "stop_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def content_words(text: str) -> frozenset[str]:
    stops = stop_words()
    out = set()
    for w in WORD.findall(text.lower()):
        if len(w) < 3 or w in stops:
            continue
        w = ZU_INFINITIVE.sub(r"\1\2", w)
        for suffix in SUFFIXES:
            if len(w) > 5 and w.endswith(suffix):
                w = w[: -len(suffix)]
                break
        out.add(w)
    return frozenset(out)


def link(statements: list[Stmt]) -> list[Link]:
    """Pairs of statements about the same proposition (see the module docstring)."""
    for s in statements:
        s.words = content_words(s.content) - s.name_words
    index: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(statements):
        for f in s.features:
            index[f].append(n)
    limit = max(30, int(COMMON_SHARE * len(statements)))
    by_key = {s.key: s for s in statements}
    links: list[Link] = []
    for n, s in enumerate(statements):
        candidates: set[int] = set()
        for f in s.features:
            if len(index[f]) <= limit:
                candidates.update(m for m in index[f] if m > n)
        for m in sorted(candidates):
            found = _score(s, statements[m])
            if found:
                links.append(found)
        if s.refers_to and (s.article_id, s.refers_to) in by_key:
            other = by_key[(s.article_id, s.refers_to)]
            links.append(Link(other, s, 1.0, ["refers_to"]))
    return links


def _score(a: Stmt, b: Stmt) -> Link | None:
    if a.said and b.said and abs((a.said - b.said).days) > MAX_DAYS:
        return None
    fa, fb = a.features, b.features
    shared = sorted(set(fa) & set(fb))
    weight = sum(fa[f] for f in shared)
    if weight < MIN_SHARED or sum(1 for f in shared if fa[f] == 1) < MIN_SHARED_WORDS:
        return None
    total_a, total_b = sum(fa.values()), sum(fb.values())
    score = (weight / min(total_a, total_b) + weight / (total_a + total_b - weight)) / 2
    return Link(a, b, round(score, 3), shared) if score >= LINK_SCORE else None


def group(statements: list[Stmt], links: list[Link]) -> list[Claim]:
    """Connected components of the links, as claims with a stable id and a label."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for ln in links:
        ra, rb = find(ln.a.key), find(ln.b.key)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict = defaultdict(list)
    by_key = {s.key: s for s in statements}
    for key in parent:
        members[find(key)].append(by_key[key])
    claims = []
    for group_members in members.values():
        group_members.sort(key=lambda s: (s.said or date.max, s.article_id, s.id))
        digest = hashlib.sha1("|".join(sorted(f"{s.article_id}/{s.id}" for s in group_members)).encode()).hexdigest()
        first = next((s for s in group_members if not deny_like(s)), group_members[0])
        counts = Counter(w for s in group_members for w in s.words)
        words = sorted((w for w, c in counts.items() if c > 1), key=lambda w: (-counts[w], w))[:8]
        claims.append(Claim(id=f"C{digest[:10]}", label=first.content[:160], members=group_members, words=words))
    return sorted(claims, key=lambda c: c.id)


def deny_like(s: Stmt) -> bool:
    return s.stance == "deny" or bool(CALLS_FALSE.search(s.content))


# speech verbs that deny by themselves: what they deny in negated words is so ("bestritt, nichts gewusst zu haben")
DENYING_CUES = frozenset({"bestreiten", "abstreiten", "dementieren", "zurückweisen", "leugnen", "verneinen",
                          "deny", "reject", "dispute", "refute"})


def polarity(s: Stmt) -> int:
    """+1 for a statement that something is so, -1 for one that it is not: a denial, a statement calling reports
    false, or negated content; a denying verb's negated content is +1 again, while a denial by its content alone
    ("Es gibt keinen solchen Plan", sagte …), or one with no verb of its own (a continuation: "Eine Schließung stehe
    aber nicht zur Debatte") stays -1."""
    if deny_like(s) and s.cue not in DENYING_CUES:
        return -1
    sign = -1 if deny_like(s) else 1
    return -sign if NEGATION.search(s.content) else sign


def contradiction(ln: Link) -> tuple[Stmt, Stmt, str] | None:
    """(claim, counter, reason) when a link joins two articles' statements of opposite polarity."""
    a, b = ln.a, ln.b
    if a.article_id == b.article_id or polarity(a) == polarity(b):
        return None
    claim, counter = (a, b) if polarity(a) > 0 else (b, a)
    if claim.stance not in ASSERTING:
        return None
    if counter.stance == "deny":
        reason = "denies"
    elif CALLS_FALSE.search(counter.content):
        reason = "calls it false"
    else:
        reason = "negates"
    return claim, counter, reason


def _share_stems(a: frozenset[str], b: frozenset[str]) -> bool:
    """A content word in common, compounds included: "mehrwertsteuer" is in "mehrwertsteuererhöhung"."""
    return bool(a & b) or any(len(x) >= 6 and len(y) >= 6 and (x in y or y in x) for x in a for y in b)


def _topic_words(s: Stmt) -> frozenset[str]:
    """A statement's content words less its speaker's and the words naming a report or calling it false."""
    return frozenset(w for w in s.words - s.speaker_words if not REPORT_NOUNS.fullmatch(w) and not CALLS_FALSE.match(w))


def answered_reports(statements: list[Stmt], links: list[Link]) -> list[tuple[Stmt, Stmt, str, float]]:
    """(claim, counter, reason, similarity) for reports denied in another article (see the module docstring)."""
    by_key = {s.key: s for s in statements}
    denials_of: dict[tuple[str, str], list[Stmt]] = defaultdict(list)
    for s in statements:
        if s.refers_to and deny_like(s) and (s.article_id, s.refers_to) in by_key:
            denials_of[(s.article_id, s.refers_to)].append(s)
    found: list[tuple[Stmt, Stmt, str, float]] = []
    for ln in links:
        for near, far in ((ln.a, ln.b), (ln.b, ln.a)):
            if far.article_id == near.article_id or far.stance not in ASSERTING or deny_like(far):
                continue
            for denial in denials_of.get(near.key, ()):
                if denial.article_id != far.article_id:
                    found.append((far, denial, "denies the report it answers", ln.score))
    reports = [s for s in statements if s.stance in ASSERTING and s.speaker_words and not deny_like(s)]
    by_speaker_word: dict[str, list[Stmt]] = defaultdict(list)
    for s in reports:
        for w in s.speaker_words:
            by_speaker_word[w].append(s)
    # the report a denial answers in its own article, told by the same speaker in another article about the same
    # thing ("Das russische Verteidigungsministerium hatte mitgeteilt, Malyniwka sei befreit" and, a day before,
    # "Russische Truppen haben nach Angaben des Verteidigungsministeriums Malyniwka eingenommen")
    for (article_id, report_id), denials in denials_of.items():
        near = by_key[(article_id, report_id)]
        for w in near.speaker_words:
            for far in by_speaker_word.get(w, ()):
                if far.article_id == article_id:
                    continue
                shared_entities = far.entities & near.entities - ({far.speaker} if far.speaker else set())
                topic = bool(shared_entities) or _share_stems(far.words - far.speaker_words,
                                                              near.words - near.speaker_words)
                for denial in denials:
                    # "wies einen Bericht über eine Verzögerung bei den Puma-Panzern zurück": the denial names the
                    # topic itself where the report's statement in its own article does not
                    if not topic and not _share_stems(far.words - far.speaker_words, _topic_words(denial)):
                        continue
                    if far.said and denial.said and not 0 <= (denial.said - far.said).days <= MAX_DAYS:
                        continue
                    found.append((far, denial, "denies what its speaker reported elsewhere", 0.5))
    for denial in statements:
        if not deny_like(denial) or not REPORT_NOUNS.search(denial.content):
            continue
        words = content_words(denial.content)
        for w in words & set(by_speaker_word):
            for claim in by_speaker_word[w]:
                if claim.article_id == denial.article_id or not claim.speaker_words <= words:
                    continue
                if claim.said and denial.said and not 0 <= (denial.said - claim.said).days <= MAX_DAYS:
                    continue
                topic = (claim.words - claim.speaker_words) & (words - claim.speaker_words) | (
                    claim.entities & denial.entities - ({claim.speaker} if claim.speaker else set()))
                if topic:
                    found.append((claim, denial, "denies the report of its speaker", 0.5))
    unique: dict[tuple[tuple[str, str], tuple[str, str]], tuple[Stmt, Stmt, str, float]] = {}
    for claim, counter, reason, score in found:
        unique.setdefault((claim.key, counter.key), (claim, counter, reason, score))
    return list(unique.values())


STORY_SHARED_STEMS = 2  # stems a further denial shares with a report of an article pair already joined
REPORT_SHARED_STEMS = 3  # stems the report a denial answers in its own article shares with the other article's claim


def _shared_stems(a: frozenset[str], b: frozenset[str]) -> int:
    """Stems of `a` found in `b`, compounds included ("milliard" in "milliardenhöh"; a short noun as a compound's
    head: "dorf" in "grenzdorf", "panz" in "schützenpanz")."""
    return sum(1 for x in a if x in b or any(_in_compound(x, y) or _in_compound(y, x) for y in b))


def _in_compound(x: str, y: str) -> bool:
    return len(x) >= 5 and len(y) >= 5 and x in y or len(x) >= 4 and len(y) >= len(x) + 3 and y.endswith(x)


def answers_within_stories(statements: list[Stmt], joined: set[tuple[str, str]],
                           paired: set[tuple[tuple[str, str], tuple[str, str]]]) -> list[tuple[Stmt, Stmt, str, float]]:
    """(claim, counter, reason, similarity) for the further denials of a story: once an article's report and another
    article's denial are paired (`joined`: (claim article, counter article)), each other statement of the denying
    article that says something is not so ("Gespräche mit den Eigentümern über frisches Kapital gebe es nicht")
    answers the report's statement it shares most stems with ("Die Bank verhandle bereits mit ihren Eigentümern über
    eine Kapitalspritze"), when they share at least STORY_SHARED_STEMS."""
    by_article: dict[str, list[Stmt]] = defaultdict(list)
    for st in statements:
        by_article[st.article_id].append(st)
    by_key = {st.key: st for st in statements}
    answered: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for claim, counter in paired:
        answered[counter].append(claim)
    found = []
    for claim_article, counter_article in sorted(joined):
        claims = [c for c in by_article[claim_article] if c.stance in ASSERTING and polarity(c) > 0]
        for counter in by_article[counter_article]:
            if polarity(counter) > 0:
                continue
            words = counter.words - counter.speaker_words
            scored = [(_shared_stems(c.words - c.speaker_words, words), c) for c in claims]
            best = max(scored, key=lambda sc: sc[0], default=(0, None))
            # a statement already paired (through the report its own article answers) answers this claim too when
            # it shares as much with it as with the claim it was paired with
            already = max((n for n, c in scored if c.key in answered.get(counter.key, ())), default=-1)
            if best[0] >= STORY_SHARED_STEMS and (best[1].key, counter.key) not in paired \
                    and not (answered.get(counter.key) and best[0] < already):
                found.append((best[1], counter, "answers a report of the same story", 0.5))
            # the report it answers in its own article ("weist einen Bericht über einen angeblichen Unfall zurück")
            # tells the claim of the other article it shares most with ("habe nahe Rukla einen Zwölfjährigen
            # angefahren"); a continuation answers its frame's report where its own words name no claim
            report = _report_answered(counter, by_key)
            if report is None:
                continue
            if counter.refers_to is None and (best[0] >= STORY_SHARED_STEMS or not NEGATION.search(counter.content)
                                              and not CALLS_FALSE.search(counter.content)):
                continue  # a continuation that does not itself say "not so" ("Hellweg solle in Familienhand bleiben")
            told = max(((_shared_stems(c.words - c.speaker_words, report.words - report.speaker_words), c)
                        for c in claims), key=lambda sc: sc[0], default=(0, None))
            if told[0] < REPORT_SHARED_STEMS or (told[1].key, counter.key) in paired:
                continue
            # a denial linked to its report names something of it or of the claim ("Spekulationen, wonach sie nach
            # Zürich wechsle" linked to a report of a closure names neither: a wrong link, not an answer)
            topic = _topic_words(counter)
            if counter.refers_to is not None and len(topic) >= 2 and not (
                    _shared_stems(topic, (told[1].words | report.words) - report.speaker_words - told[1].speaker_words)
                    or counter.entities & (told[1].entities | report.entities)):
                continue
            found.append((told[1], counter, "denies the report it answers", 0.5))
    return found


PRESS_CUES = frozenset({"berichten", "melden", "schreiben", "report", "write"})
UNNAMED_REPORT_DAYS = 7  # how long before its denial a press report about the same people may be what it denies


def reports_denied_unnamed(statements: list[Stmt], joined: set[tuple[str, str]]) -> list[tuple[Stmt, Stmt, str, float]]:
    """(claim, counter, reason, similarity) for a denial of reports its own article does not tell ("Der FC Augsburg
    hat Spekulationen über eine Entlassung von Trainer Jess Thorup zurückgewiesen"): the press report of the one other
    article told up to UNNAMED_REPORT_DAYS before it that speaks of the people or organisations the denial names
    ("Wie die „Bild“ berichtete, will sich der Verein von dem Dänen trennen" in an article about Thorup), or of the
    denier ("Hollis denied a newspaper report that he planned to retire"). Where several articles could be meant, none
    is taken."""
    by_article: dict[str, list[Stmt]] = defaultdict(list)
    for st in statements:
        by_article[st.article_id].append(st)
    mentioned = {a: frozenset().union(*(st.entities | ({st.speaker} if st.speaker else set()) for st in sts))
                 for a, sts in by_article.items()}
    by_key = {st.key: st for st in statements}
    answering = {counter_article for _, counter_article in joined}
    found = []
    for denial in statements:
        # told with a denying verb ("wies Spekulationen zurück"), not a declined comment on "Spekulationen"
        if not deny_like(denial) or denial.cue not in DENYING_CUES or denial.continues \
                or not REPORT_NOUNS.search(denial.content):
            continue
        # ("denied a newspaper report that he planned to retire": a report its article tells of no one named)
        told = by_key.get((denial.article_id, denial.refers_to)) if denial.refers_to else None
        if denial.refers_to and (told is None or told.speaker is not None):
            continue
        named = denial.entities - ({denial.speaker} if denial.speaker else set())
        if denial.article_id in answering:
            continue  # an article already paired as answering a report answers that one
        topic = _topic_words(denial)
        options = {}
        for article_id, sts in by_article.items():
            if article_id == denial.article_id or (article_id, denial.article_id) in joined:
                continue
            # the people or organisations the denial names, or the denier, are what the other article speaks of
            if not (named and named <= mentioned[article_id]
                    or denial.speaker is not None and denial.speaker in mentioned[article_id]):
                continue
            reports = [st for st in sts if st.cue in PRESS_CUES and st.stance in ASSERTING and not deny_like(st)
                       and st.said and denial.said and 0 <= (denial.said - st.said).days <= UNNAMED_REPORT_DAYS]
            if reports:
                options[article_id] = max(reports, key=lambda st: (_shared_stems(st.words - st.speaker_words, topic),
                                                                   -len(st.words)))
        if len(options) == 1:
            found.append((next(iter(options.values())), denial, "denies reports about the people it names", 0.4))
    return found


def _report_answered(s: Stmt, by_key: dict[tuple[str, str], Stmt]) -> Stmt | None:
    """The statement of its own article a denial answers, or that the denial it continues answers."""
    seen = set()
    while s.refers_to is None and s.continues and s.key not in seen:
        seen.add(s.key)
        s = by_key.get((s.article_id, s.continues), s)
    report = by_key.get((s.article_id, s.refers_to)) if s.refers_to else None
    return report if report is not None and report.stance in ASSERTING and not deny_like(report) else None

