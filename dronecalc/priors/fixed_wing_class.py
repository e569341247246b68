r"""Airframe classes of fixed-wing drones from what a row or case states, and the nested
leave-one-out test that decides whether a class covariate earns its place in a relation.

A class is read from words a source states (the role, the airframe or type words) and from a
stated warhead, through :data:`CLASS_WORDS`, never from an aircraft's name: a case that says
"loitering munition" or states a warhead gets the munition class whatever its name.

:func:`nested_choice` is the test (docs/theory.md section 10, *Energy on board by class*): a
candidate relation, e.g. the energy on board per kilogram of take-off mass pooled over every
aircraft or split by class, is chosen inside each outer fold by an inner leave-one-out over the
fold's own rows (lowest root-mean-square log error), then the chosen relation predicts the held
-out aircraft. The outer errors are the held-out error of the whole procedure, choice included,
as the multirotor covariates are tested (benchmarks/covariate_nested.py).
"""
from __future__ import annotations

import math
import statistics
from typing import Any, Callable, Sequence

#: Class -> the words of a row's ``role`` (or a case's airframe text) that put it there, first
#: match wins, in this order. A stated ``warhead`` also makes a munition. Sources: the roles
#: as the data's sources word them ("tube-launched loitering munition", "one-way attack",
#: "VTOL quadplane"); the list is a judgement on those words.
CLASS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("munition", ("loitering munition", "one-way attack", "kamikaze", "suicide", "munition")),
    ("vtol", ("vtol", "quadplane", "tailsitter", "tail-sitter")),
)
#: Vehicle kinds that are VTOL whatever the role says.
VTOL_KINDS = ("vtol-quadplane", "tailsitter", "vtol-quadplane-piston")
#: The class of a row no word places.
DEFAULT_CLASS = "conventional"
CLASSES = (*(c for c, _ in CLASS_WORDS), DEFAULT_CLASS)


def airframe_class(role: str = "", kind: str = "", warhead: bool = False) -> str:
    """The class of an aircraft from its stated role text, vehicle kind and whether it states a
    warhead (:data:`CLASS_WORDS`)."""
    text = role.lower()
    if warhead:
        return "munition"
    for cls, words in CLASS_WORDS:
        if cls == "vtol" and kind in VTOL_KINDS:
            return cls
        if any(w in text for w in words):
            return cls
    return DEFAULT_CLASS


def row_class(row: dict[str, Any]) -> str:
    """:func:`airframe_class` of a data row (its ``role``, ``kind`` and ``warhead``)."""
    return airframe_class(row.get("role", ""), row.get("kind", ""), "warhead" in row)


def _pooled(train, _cls):
    return statistics.median(y for _, y in train)


def _by_class(train, cls):
    own = [y for c, y in train if c == cls]
    return statistics.median(own) if len(own) >= 2 else _pooled(train, cls)


#: Candidate relations of a log quantity: name -> f(train [(class, ln y)], class) -> ln y.
CANDIDATES: dict[str, Callable] = {"pooled": _pooled, "by class": _by_class}


def _loo_rms(rows: Sequence[tuple[str, float]], model: Callable) -> float:
    errs = [rows[i][1] - model(rows[:i] + rows[i + 1:], rows[i][0]) for i in range(len(rows))]
    return math.sqrt(statistics.mean(e * e for e in errs))


def nested_choice(rows: Sequence[tuple[str, str, float]]) -> dict[str, Any]:
    """Nested leave-one-out over ``rows`` = [(name, class, ln y)].

    Returns ``inner``: each candidate's plain leave-one-out rms over all rows (for the
    record); ``outer``: per held-out row (name, class, candidate chosen on the other rows by
    their own inner leave-one-out, error ln y - prediction); ``rms``: root-mean-square of the
    outer errors (the held-out error of choosing and fitting); ``chosen``: the candidate
    the full data choose."""
    data = [(c, y) for _, c, y in rows]
    inner = {k: _loo_rms(data, m) for k, m in CANDIDATES.items()} if len(data) >= 3 else {}
    outer = []
    for i, (name, cls, y) in enumerate(rows):
        train = data[:i] + data[i + 1:]
        scores = {k: _loo_rms(train, m) for k, m in CANDIDATES.items()}
        pick = min(scores, key=lambda k: (scores[k], k != "pooled"))   # ties: the simpler
        outer.append((name, cls, pick, y - CANDIDATES[pick](train, cls)))
    rms = math.sqrt(statistics.mean(e * e for *_, e in outer)) if outer else math.nan
    chosen = min(inner, key=lambda k: (inner[k], k != "pooled")) if inner else "pooled"
    return {"inner": inner, "outer": outer, "rms": rms, "chosen": chosen}
