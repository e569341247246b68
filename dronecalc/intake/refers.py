"""A figure's ``refers`` list (docs/case-format.md, *Figures*): the ids of the other figures
it is about, each once.

Kept apart from :mod:`.case` for its line count. A repeated id (review 16: ``refers = ["D1",
"D1", "D2"]``) had been read silently, and a mission statement then flew the leg D1 twice
("the 3 legs (D1, then D1, then D2)"): a refers list names figures, not how often a leg was
flown, so the repeat is refused with the list as it would read without it. A leg flown twice
is two distance figures (each with its own quote), as the source states it.
"""
from __future__ import annotations

from typing import Any, Callable

#: (path, message, value, expected) -> None: the case reader's way to record a problem.
Add = Callable[[str, str, Any, str], None]


def read_refers(add: Add, path: str, refers: Any, ids: set[str]) -> list[str]:
    """The ids of ``refers`` (a figure's raw ``refers`` entry, at ``path`` = "figures.ID"),
    each a known figure other than itself and named once; every problem recorded with
    ``add``, and [] when the entry is not a list of strings."""
    if not isinstance(refers, list) or not all(isinstance(r, str) for r in refers):
        add(f"{path}.refers", "not a list of figure ids", refers, '["F2", "F3"]')
        return []
    own = path.split(".", 1)[-1]
    for ref in refers:
        if ref == own:          # it had been "an unknown figure", of a figure that exists
            rest = [r for r in refers if r != own]
            add(f"{path}.refers", "a figure refers to itself", ref,
                "the ids of the other figures it is about: "
                + (f"refers = [{', '.join(repr(r) for r in rest)}]".replace("'", '"')
                   if rest else "remove the refers key"))
        elif ref not in ids:
            alike = [i for i in sorted(ids) if i.casefold() == ref.casefold() and i != own]
            add(f"{path}.refers", "refers to an unknown figure" + (
                f" (ids are matched with their letter case: did you mean {alike[0]!r}?)"
                if alike else ""), ref, "the id of another figure in this file")
    repeated = list(dict.fromkeys(r for i, r in enumerate(refers) if r in refers[:i]))
    if repeated:
        once = list(dict.fromkeys(refers))
        add(f"{path}.refers", f"names {_ids(repeated)} more than once (a refers list names "
            "each figure it is about once; it does not count how often a leg was flown)",
            refers, f"each id once: refers = [{', '.join(repr(r) for r in once)}]; a leg "
            "flown twice is two distance figures, each with its own quote".replace("'", '"'))
    return refers


def _ids(ids: list[str]) -> str:
    return " and ".join(repr(i) for i in ids).replace("'", '"')
