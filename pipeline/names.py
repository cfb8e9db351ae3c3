"""Person names within a document: short forms mapped to full names, and the chair's labels.
Shared by segmentation (speaker labels) and extraction (holders)."""
from __future__ import annotations

import re

# Labels of whoever runs the session (委員長, 議長, 司会…): their turns are procedure.
CHAIR_LABEL = re.compile(r"委員長|議長|座長|司会|進行")


def is_chair_label(label: str) -> bool:
    """True for a speaker label of the chair (`○委員長（棚橋泰文君）`, `司会:`)."""
    return bool(CHAIR_LABEL.search(label))


def canonical_names(names: list[str]) -> dict[str, str]:
    """Map each name to one canonical form: a short name (`ザッカーバーグ`) to the full name
    (`マーク・ザッカーバーグ`) it is a part of, when exactly one full name has that part."""
    distinct = sorted(set(names), key=len, reverse=True)
    mapping = {name: name for name in distinct}
    for short in distinct:
        containing = [full for full in distinct if full != short and is_part_of_name(short, full)]
        if len(containing) == 1:
            mapping[short] = mapping[containing[0]]
    return mapping


def is_part_of_name(short: str, full: str) -> bool:
    """`ザッカーバーグ` is part of `マーク・ザッカーバーグ`; `山本` of `山本一郎` (surname first)."""
    if short == full or not short:
        return False
    if short in re.split(r"[・･ 　=＝]", full):
        return True
    return len(short) >= 2 and full.startswith(short) and bool(re.fullmatch(r"[\u4e00-\u9fff々]+", full))
