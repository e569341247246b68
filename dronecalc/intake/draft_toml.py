"""A drafted case (:class:`dronecalc.intake.extract.Draft`) written as a case file (TOML),
with the comments that say how each entry was guessed. Used by ``Draft.to_toml``."""
from __future__ import annotations

import json
import re
import textwrap

#: A case's url: reports link only http(s) addresses (as intake.case reads it).
_WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)

#: Characters TOML bars from comments (a file name or a cue word could carry one).
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _q(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, except that TOML also bars DEL)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def to_toml(draft) -> str:
    """The draft as a case file (TOML) with its comments."""
    lines = [
        f"# DRAFT case file written by `dronecalc extract` from {draft.name}.",
        "# It is a draft to be checked by a person, not a finished case: every field, role and",
        "# link below was guessed from the words near each figure. Check each entry against the",
        "# article, fix or delete it, add [assumptions] with reasons for what the article leaves",
        "# out, then run `dronecalc check` on it.",
    ]
    if draft.kinds:
        lines.append(f"# Vehicle kind words: {', '.join(draft.kinds)}.")
    if draft.drones:
        lines.append(f"# Drone types named: {', '.join(draft.drones)}.")
    if draft.drone_counts:
        lines.append("# Numbers of drones stated: " + "; ".join(repr(c) for c in
                                                               draft.drone_counts) + ".")
    for warning in draft.warnings:
        end = "" if warning.endswith((".", "?", "!")) else "."
        lines += textwrap.wrap(f"WARNING: {warning}{end}", 96, initial_indent="# ",
                               subsequent_indent="#   ", break_on_hyphens=False)
    lines += ["", "[case]", f"title = {_q(draft.title)}", f"source = {_q(draft.source)}"]
    if draft.url and _WEB_ADDRESS.match(draft.url):
        lines.append(f"url = {_q(draft.url)}")
    for item in draft.items:
        lines += [""] + _item_comment(item) + [f"[figures.{item.id}]",
                                               f"field = {_q(item.field)}",
                                               f"text = {_q(item.text)}",
                                               f"quote = {_q(item.quote)}",
                                               f"role = {_q(item.role)}"]
        if item.with_payload is not None and item.role == "claim":
            lines.append(f"with_payload = {'true' if item.with_payload else 'false'}")
        if item.mode is not None and item.role == "claim":
            lines.append(f"mode = {_q(item.mode)}")
        if item.at_speed is not None and item.role == "claim":
            lines.append(f"at_speed = {_q(item.at_speed)}")
        if item.payload is not None and item.role == "claim":
            lines.append(f"payload = {_q(item.payload)}")
        if item.reserve is not None and item.role == "claim":
            lines.append(f"reserve = {_q(item.reserve)}")
        if item.kind == "statement":
            lines.append(f"asserts = {_q(item.asserts)}")
            lines.append("refers = [" + ", ".join(_q(r) for r in item.refers) + "]")
        elif item.refers:                    # a time and the distance it was flown over
            lines.append("refers = [" + ", ".join(_q(r) for r in item.refers) + "]")
        if item.notes:
            lines.append(f"note = {_q('; '.join(item.notes))}")
    lines = [_CONTROL.sub("?", line) if line.startswith("#") else line for line in lines]
    return "\n".join(lines) + "\n"


def _item_comment(item: Item) -> list[str]:
    if item.kind == "statement":
        head = (f"# {item.id}: statement claim, asserts {item.asserts} (cue {item.cues[0]!r}); "
                f"refers to {', '.join(item.refers) or 'no figure found'}")
    else:
        cues = ", ".join(repr(c) for c in item.cues) or "none"
        head = (f"# {item.id}: field {item.guess} (confidence {item.confidence:.2f}; cues: "
                f"{cues}); role {item.role}: {item.why_role}")
    out = [head]
    if item.runner_up:
        out.append(f"#   next best field: {item.runner_up[0]} (cue {item.runner_up[1]!r})")
    if item.flag:
        out.append(f"#   flagged by the field rules: {item.flag}")
    if item.drone:
        out.append(f"#   drone: {item.drone}")
    return out
