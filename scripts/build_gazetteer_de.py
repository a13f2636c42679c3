"""Build the German name gazetteer that ships with whosaid, from ../shared/data/gazetteers-de.

    python scripts/build_gazetteer_de.py [--shared ../shared] [--out src/whosaid/models/gazetteer_de]

Keeps first names and place names that the HanTa lexicon (pip extra `build`) reads as proper nouns, so that
"Sonne", "Winter" or "Mark" are not taken for names. Sources and licences: see MODELS.md.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

MIN_FIRST_NAME_COUNT = 2
GENDER_SHARE = 0.9


def proper_noun_filter():
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")

    def is_proper(word: str) -> bool:
        tags = tagger.tag_word(word)
        return bool(tags) and tags[0][0] in {"NE", "FM"}

    return is_proper


def first_names(shared: Path, is_proper) -> list[str]:
    path = shared / "data" / "gazetteers-de" / "vornamen.tsv"
    names: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = row["name"].strip()
            if int(row["count"] or 0) >= MIN_FIRST_NAME_COUNT and len(name) >= 3 and name[:1].isupper():
                names.add(name)
    return sorted(n for n in names if " " not in n and is_proper(n))


def first_name_genders(shared: Path) -> list[str]:
    """ "Katharina\tf": names given to one sex in at least GENDER_SHARE of their counted births, so that a
    described speaker ("die 58-Jährige", "Er") is never matched to a person of the other gender."""
    path = shared / "data" / "gazetteers-de" / "vornamen.tsv"
    counts: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = row["name"].strip()
            if " " in name or not name[:1].isupper():
                continue
            by_sex = counts.setdefault(name, {"m": 0, "w": 0})
            by_sex[row["gender"]] = by_sex.get(row["gender"], 0) + int(row["count"] or 0)
    rows = []
    for name, by_sex in sorted(counts.items()):
        total = by_sex["m"] + by_sex["w"]
        if total >= MIN_FIRST_NAME_COUNT:
            sex, count = max(by_sex.items(), key=lambda kv: kv[1])
            if count >= GENDER_SHARE * total:
                rows.append(f"{name}\t{'f' if sex == 'w' else 'm'}")
    return rows


def places(shared: Path, is_proper) -> list[str]:
    root = shared / "data" / "gazetteers-de"
    countries = [line.strip() for line in (root / "laendernamen.list").read_text(encoding="utf-8").splitlines()]
    towns = [line.strip() for line in (root / "stadtnamen.list").read_text(encoding="utf-8").splitlines()]
    kept = {c for c in countries if c}
    kept |= {t for t in towns if t and len(t) >= 3 and (" " in t or "-" in t or is_proper(t))}
    return sorted(kept)


def main(argv: list[str] | None = None) -> None:
    repo = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=repo.parent / "shared")
    ap.add_argument("--out", type=Path, default=repo / "src" / "whosaid" / "models" / "gazetteer_de")
    args = ap.parse_args(argv)
    is_proper = proper_noun_filter()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, items in (("first_names.txt", first_names(args.shared, is_proper)),
                        ("places.txt", places(args.shared, is_proper)),
                        ("first_name_genders.tsv", first_name_genders(args.shared))):
        (args.out / name).write_text("\n".join(items) + "\n", encoding="utf-8")
        print(f"{name}: {len(items)} entries")


if __name__ == "__main__":
    main()
