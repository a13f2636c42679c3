"""Rewrite the development set's gold files in one layout: one statement, time, entity or contradiction per line.

    python scripts/format_devset_gold.py [FOLDER]   (default: src/whosaid/evaluate/data/devset_de)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "src" / "whosaid" / "evaluate" / "data" / "devset_de"
LISTS = ("statements", "times", "entities", "contradictions")


def dumps(gold: dict) -> str:
    def one(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["{"]
    keys = list(gold)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = gold[key]
        if key in LISTS or key == "notes":
            items = [f"  {one(v)}" for v in value]
            body = ",\n".join(items)
            lines.append(f"{one(key)}: [\n{body}\n]{comma}" if items else f"{one(key)}: []{comma}")
        else:
            lines.append(f"{one(key)}: {one(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    for path in sorted(folder.glob("*.gold.json")):
        path.write_text(dumps(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")


if __name__ == "__main__":
    main()
