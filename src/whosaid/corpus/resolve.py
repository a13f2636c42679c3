"""Entity resolution across articles: spelling and transliteration variants, short and full names, same type only.

1. Every article entity's canonical name and its name-like aliases give keys (`names.name_key`); equal keys of the
   same type are one entity.
2. Keys with the same number of tokens whose tokens are spelling variants (`names.keys_match`) are one entity;
   candidates are blocked by type, token count and the consonant skeleton of the last token.
3. A one-word person name ("Kadhimi") joins the person whose last name it matches, when that person is the only
   candidate or has at least two thirds of the candidates' mentions.
The canonical name is the name with most words, then most mentions; the id is a hash of type and canonical name.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from whosaid.corpus.names import keys_match, looks_like_name, name_tokens, skeleton

SHORT_NAME_SHARE = 2 / 3


@dataclass
class LocalEntity:
    article_id: str
    entity: str
    name: str
    type: str
    aliases: list[str]
    mentions: int


@dataclass
class Resolved:
    id: str
    name: str
    type: str
    aliases: list[str]
    members: list[LocalEntity] = field(default_factory=list)
    keys: set[tuple[str, ...]] = field(default_factory=set)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve(entities: list[LocalEntity]) -> list[Resolved]:
    """Group article entities into cross-document entities."""
    uf = _UnionFind()
    node_keys: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
    mention_count: Counter = Counter()
    for n, e in enumerate(entities):
        keys = [(e.type, name_tokens(e.name))]
        keys += [(e.type, name_tokens(a)) for a in e.aliases if looks_like_name(a) and len(name_tokens(a)) > 1]
        keys = [k for k in dict.fromkeys(keys) if k[1]]
        node_keys[n] = keys
        uf.find(("node", n))
        for k in keys:
            uf.union(("node", n), ("key",) + k)
            mention_count[k] += e.mentions
    _union_variants(uf, {k for keys in node_keys.values() for k in keys})
    _attach_short_names(uf, node_keys, mention_count)
    groups: dict = defaultdict(list)
    for n in node_keys:
        groups[uf.find(("node", n))].append(n)
    out = [_resolved([entities[n] for n in members], {k for n in members for k in node_keys[n]})
           for members in groups.values()]
    return sorted(out, key=lambda r: r.id)


def _union_variants(uf: _UnionFind, keys: set[tuple[str, tuple[str, ...]]]) -> None:
    blocks: dict = defaultdict(list)
    for k in keys:
        etype, tokens = k
        blocks[(etype, len(tokens), skeleton(tokens[-1]))].append(k)
    for block in blocks.values():
        block.sort()
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if keys_match(a[1], b[1]):
                    uf.union(("key",) + a, ("key",) + b)


def _attach_short_names(uf: _UnionFind, node_keys: dict, mention_count: Counter) -> None:
    by_last: dict = defaultdict(set)
    for keys in node_keys.values():
        for etype, tokens in keys:
            if etype == "PER" and len(tokens) > 1:
                by_last[skeleton(tokens[-1])].add((etype, tokens))
    shorts = sorted({k for keys in node_keys.values() for k in keys if k[0] == "PER" and len(k[1]) == 1})
    for etype, (token,) in shorts:
        candidates = [k for k in by_last.get(skeleton(token), ()) if keys_match((token,), k[1][-1:])]
        roots: Counter = Counter()
        for k in candidates:
            roots[uf.find(("key",) + k)] += mention_count[k]
        if not roots:
            continue
        root, count = max(roots.items(), key=lambda item: (item[1], str(item[0])))
        if len(roots) == 1 or count >= SHORT_NAME_SHARE * sum(roots.values()):
            uf.union(("key", etype, (token,)), root)


def _resolved(members: list[LocalEntity], keys: set) -> Resolved:
    counts: Counter = Counter()
    for m in members:
        counts[m.name] += max(m.mentions, 1)
    name = max(counts, key=lambda n: (len(n.split()), counts[n], -len(n), n))
    etype = members[0].type
    aliases = sorted({m.name for m in members} | {a for m in members for a in m.aliases if looks_like_name(a)})
    aliases = [a for a in aliases if a != name]
    digest = hashlib.sha1(f"{etype}:{name}".encode()).hexdigest()[:12]
    return Resolved(id=f"E{digest}", name=name, type=etype, aliases=aliases,
                    members=sorted(members, key=lambda m: (m.article_id, m.entity)), keys={k[1] for k in keys})
