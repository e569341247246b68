"""Case files: what a source claims about one machine (docs/case-format.md). No physics here.

:func:`load_case` reads a TOML case file, validates every entry and raises one
:class:`~dronecalc.errors.CaseError` listing *all* problems, each with its key path, the value
found and what was expected. The resulting :class:`Case` keeps every stated figure with its
provenance, the flags raised on garbled or underspecified figures, and, through
:meth:`Case.described`, the one figure that states each machine parameter after the
precedence rules (class priors < ``[assumptions]`` < ``[vehicle]``/``[battery]`` < input
figures; the same parameter stated at two levels is an error).
"""
from __future__ import annotations

import os
import re
import stat
import tomllib
from dataclasses import dataclass, field as dc_field, replace
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import CaseError, DroneCalcError, shorten
from . import airframes, airspeed, averages, file_text, payload_refers, raw_values, suggest
from .conditions import (CONDITION_FIELDS, MODES, claim_as_written, flag_reason,  # noqa: F401
                         read_conditions)
from .fields import (FIELDS, Flag, ReadFigure, example, quoted_example, read_figure,
                     zero_input)
from .figures import Figure
from .registry import Q_
from .refers import read_refers
from .toml_depth import nesting_depth

#: Machine parameters a case can state: name -> (field it is read as, its home section).
#: A home section of None means: only input figures or [assumptions] state it.
PARAMETERS: dict[str, tuple[str, str | None]] = {
    "rotors": ("rotors", "vehicle"),
    "arms": ("arms", "vehicle"), "rotor_layout": ("rotor_layout", "vehicle"),
    "rotor_diameter": ("rotor_diameter", "vehicle"),
    "frame_size": ("frame_size", "vehicle"), "width": ("width", "vehicle"),   # intake.frame_fields
    "mass": ("takeoff_mass", "vehicle"),          # take-off mass without payload
    "takeoff_mass": ("takeoff_mass", None),       # with payload, as reports state it
    "empty_mass": ("empty_mass", "vehicle"),
    "payload": ("payload_mass", "vehicle"),
    "motor_kv": ("motor_kv", "vehicle"),
    "energy": ("battery_energy", "battery"),
    "capacity": ("battery_charge", "battery"),
    "voltage": ("battery_voltage", "battery"),
    "cells": ("cell_count", "battery"),
    "packs": ("pack_count", "battery"),
    "battery_mass": ("battery_mass", "battery"),
    "chemistry": ("chemistry", "battery"),
    "specific_energy": ("battery_specific_energy", "battery"),
    "air_temperature": ("air_temperature", None),
    "altitude": ("altitude", None),
    "radio_range": ("radio_range", None),
    **{name: (name, "vehicle") for name in airframes.WING_PARAMETERS},     # fixed wings
}
#: Keys of [vehicle] and [battery] -> parameter ([battery] ``mass`` is the packs' mass).
SECTION_KEYS: dict[str, dict[str, str]] = {
    "vehicle": {k: k for k, (_, home) in PARAMETERS.items() if home == "vehicle"},
    "battery": {**{k: k for k, (_, home) in PARAMETERS.items()
                   if home == "battery" and k != "battery_mass"}, "mass": "battery_mass"},
}
CASE_KEYS = dict(title=True, source=True, url=False, vehicle_class=False, vehicle_kind=False)
FIGURE_KEYS = {"field", "text", "quote", "role", "with_payload", "refers", "asserts", "note",
               "at_speed", "payload", "mode", "reserve", "altitude", "headwind"}
ASSERTS = ("feasible", "infeasible")
CHEMISTRIES = {"lipo": "LiPo", "li-po": "LiPo", "lithium polymer": "LiPo", "li-ion": "Li-ion",
               "liion": "Li-ion", "li ion": "Li-ion", "lithium ion": "Li-ion", "lihv": "LiHV",
               "li-hv": "LiHV", "lipo hv": "LiHV"}


def chemistry_name(text: Any) -> str | None:
    """The name ("LiPo", "Li-ion", "LiHV") of a chemistry word in any case, or None.

    The one normalisation of chemistry words: the case reader and the priors both use it.
    """
    return CHEMISTRIES.get(text.strip().lower()) if isinstance(text, str) else None


AIRFRAMES = airframes.ROTOR_COUNTS     # compatibility: multirotor word -> rotor count
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")
#: C0 and C1 control characters other than tab and line breaks (an ESC would drive the
#: terminal that shows the text).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: A case's url: reports link only http(s) addresses.
_WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)


@dataclass(frozen=True)
class CaseFigure:
    """One stated figure with its provenance.

    Attributes
    ----------
    id, field, text, quote, role : str (quote may be None)
    with_payload : bool or None
        Claims only: stated with payload (True), without (False), or not said (None).
    at_speed, payload : Figure or None
        Claims only: the airspeed a flight time or range is stated at, and the claim's own
        payload (instead of the case's), each as read for ``speed`` / ``payload_mass``.
    mode : {"hover", "max"} or None
        Flight-time claims only: measured hovering, or the maximum (best-endurance speed; the
        default).
    reserve : float or None
        Claims only: share of the usable energy left at landing [-] (``"20 %"``).
    altitude, headwind : Figure or None
        Claims only: the altitude flown (flight time, range) and a headwind (range).
    refers : tuple of str
        Ids of the figures a compound claim is about.
    asserts : {"feasible", "infeasible"} or None
        What a ``statement`` claim asserts.
    note : str or None
    figure : Figure or None
        The figure as written; None for text fields.
    flag : Flag or None
    value : Figure, str or None
        What to compute with: the best reinterpretation of a garbled figure, else ``figure``;
        for an ``airframe`` its rotor count, for ``chemistry`` its normalised name, for
        ``rotor_layout`` ``"flat"`` or ``"coaxial"``, else None.
    """

    id: str
    field: str
    text: str
    role: str
    quote: str | None = None
    with_payload: bool | None = None
    refers: tuple[str, ...] = ()
    asserts: str | None = None
    note: str | None = None
    figure: Figure | None = None
    flag: Flag | None = None
    value: Figure | str | None = None
    at_speed: Figure | None = None
    payload: Figure | None = None
    mode: str | None = None
    reserve: float | None = None
    altitude: Figure | None = None
    headwind: Figure | None = None


class Assumption(NamedTuple):
    """An analyst's value for what the source leaves out, with the reason."""

    value: Figure | str
    reason: str


class Described(NamedTuple):
    """The figure that states one machine parameter, and where it comes from.

    ``source`` is ``"vehicle"``, ``"battery"``, ``"figure F2"`` or ``"assumption"``; ``flag`` is
    the stating figure's flag, if any (``garbled``/``ambiguous``: ``value`` is its best
    reinterpretation; ``underspecified``/``out-of-range``: ``value`` is as written); ``reason``
    is an assumption's reason.
    """

    value: Figure | str
    source: str
    flag: Flag | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Case:
    """A validated case file. Build it with :func:`load_case`.

    Attributes
    ----------
    title, source : str
    url, vehicle_class : str or None
    figures : dict of str to CaseFigure, in file order
    vehicle : dict of str to Figure
        ``[vehicle]`` entries, each the value to compute with.
    battery : dict of str to Figure or str
        ``[battery]`` entries (``chemistry`` a normalised str).
    assumptions : dict of str to Assumption
        ``(value, reason)`` pairs.
    flags : list of Flag
        Every flagged figure, with ``id`` the figure id or key path (``"battery.capacity"``).
    path : str
    section_flags : dict of str to Flag
        The flags of ``[vehicle]``/``[battery]`` entries by key path (used by ``described``).
    vehicle_kind, kind, kind_note : str or None
        As stated; as resolved by ``airframes.case_kind`` (None: unknown, refused); how.
    """

    title: str
    source: str
    url: str | None
    vehicle_class: str | None
    figures: dict[str, CaseFigure]
    vehicle: dict[str, Figure]
    battery: dict[str, Figure | str]
    assumptions: dict[str, Assumption]
    flags: list[Flag] = dc_field(default_factory=list)
    path: str = ""
    section_flags: dict[str, Flag] = dc_field(default_factory=dict, repr=False)
    vehicle_kind: str | None = None
    kind: str | None = None
    kind_note: str = ""

    @property
    def claims(self) -> dict[str, CaseFigure]:
        """Figures with role ``claim``, by id."""
        return {k: f for k, f in self.figures.items() if f.role == "claim"}

    @property
    def inputs(self) -> dict[str, CaseFigure]:
        """Figures with role ``input``, by id."""
        return {k: f for k, f in self.figures.items() if f.role == "input"}

    def described(self) -> dict[str, Described]:
        """Each machine parameter the case states, with the figure that states it.

        Input figures, then ``[vehicle]``/``[battery]``, then ``[assumptions]`` (validation
        guarantees at most one of them states a parameter). Flagged figures give their best
        reinterpretation. Parameters the case does not state are absent: the engine takes them
        from the class priors. Keys are those of :data:`PARAMETERS`.
        """
        out: dict[str, Described] = {}
        for name, assumption in self.assumptions.items():
            out[name] = Described(assumption.value, "assumption", reason=assumption.reason)
        for section in ("vehicle", "battery"):
            for key, value in getattr(self, section).items():
                name = SECTION_KEYS[section][key]
                out[name] = Described(value, section, self.section_flags.get(f"{section}.{key}"))
        for fig in self.inputs.values():
            name = _parameter_of(fig.field)
            if name is not None and fig.value is not None:
                out[name] = Described(fig.value, f"figure {fig.id}", fig.flag)
        words = [(f.id, airframes.resolve(f.text).rotor_layout) for f in self.inputs.values()
                 if f.field == "airframe" and self.kind == "multirotor"]
        for ident, named in [w for w in words if w[1]][:1]:   # the airframe's "Y6", "X8"
            out.setdefault("rotor_layout", Described(named, f"figure {ident}"))
        return out


def _toml_hint(path: str, message: str) -> str:
    """What a new user most likely did (ux7): checked the article itself, or left a string
    open ("Illegal character '\\n'")."""
    if path.lower().endswith((".txt", ".html", ".htm", ".md")):
        return ("; this looks like an article, not a case file: draft one with `dronecalc "
                f"extract {path} -o case.toml`, check the draft, then `dronecalc check case.toml`")
    if "Illegal character '\\n'" in message or "Unterminated string" in message:
        return "; a string not closed with its quote mark on the same line?"
    return ""


def load_case(path: str | Path) -> Case:
    """Read and validate a case file.

    Parameters
    ----------
    path : str or Path
        A TOML file in the format of ``docs/case-format.md``.

    Returns
    -------
    Case

    Raises
    ------
    CaseError
        Unreadable file, TOML syntax, or any invalid entry; all problems at once.
    """
    path = str(path)
    return case_from_data(load_toml(path), path)


#: Largest case file read (bytes). The reference case is ~6 KB; a case of a hundred figures
#: with long quotes stays under 100 KB. Anything larger is not a case file (and parsing
#: half a megabyte of TOML already takes a good part of a second).
MAX_CASE_BYTES = 500_000
#: Most figures one case holds: a report's figures fit in a few dozen; reading one takes
#: ~0.5 ms, so the limit also keeps loading well under a second.
MAX_FIGURES = 300
#: Deepest nesting of arrays and tables accepted (a case needs 3: [figures.F1] refers = [...]).
MAX_CASE_DEPTH = 20


def load_toml(path: str | Path) -> dict:
    """The TOML tables of a case file, read from memory: no copy of it is ever written.

    Only a regular file is read (a FIFO, a device such as ``/dev/null`` or a directory is
    refused without opening it for long: a FIFO would block), at most
    :data:`MAX_CASE_BYTES`, as UTF-8 (a byte-order mark is allowed), nested at most
    :data:`MAX_CASE_DEPTH` deep, and not empty. ``"-"`` reads standard input (the same
    limits; errors name "standard input").

    Raises
    ------
    CaseError
        Naming the path and what is wrong with the file.
    """
    path = str(path)
    if not path:
        raise CaseError("''", ["no case file given (an empty path)"])
    raw = _read_stdin() if path == STDIN else _read_regular(path)
    path = _shown_path(path)
    if (what := file_text.not_text(raw)) is not None or (what := _nul(raw)) is not None:
        raise CaseError(path, [f"not a TOML case file: the file is {what}; save the case as "
                               "UTF-8 text (a text editor's 'Save as', encoding UTF-8)"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaseError(path, [f"not UTF-8 text: byte {raw[exc.start]:#04x} at offset "
                               f"{exc.start} cannot be decoded (save the file as UTF-8)"]) from None
    depth = nesting_depth(text)
    if depth > MAX_CASE_DEPTH:
        raise CaseError(path, [f"arrays or inline tables nested {depth} deep; a case file "
                               f"needs at most 3 (limit {MAX_CASE_DEPTH})"])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CaseError(path, [f"not valid TOML: {shorten(str(exc), 200)}"
                               + (file_text.toml_hint(text, str(exc))
                                  or _toml_hint(path, str(exc)))]) from None
    except (ValueError, RecursionError, MemoryError) as exc:
        # tomllib's int() refuses integers of more than 4,300 digits with a plain ValueError
        raise CaseError(path, [f"not a usable TOML file: {shorten(str(exc), 200)}"]) from None
    if not data:
        raise CaseError(path, ["the file is empty: no [case], [vehicle] or [figures] table"])
    return data


#: The path that means standard input (``dronecalc extract article | dronecalc check -``).
STDIN = "-"


def _nul(raw: bytes) -> str | None:
    at = raw.find(0)
    return None if at < 0 else f"not text: a NUL byte at offset {at:,}"


def _shown_path(path: str) -> str:
    return "standard input" if path == STDIN else path


def _read_stdin() -> bytes:
    """Standard input as bytes, at most MAX_CASE_BYTES (+1 to tell that it is longer)."""
    import sys
    if sys.stdin is None:                   # "case - <&-"
        raise CaseError("standard input", ["standard input is closed: nothing to read"])
    stream = getattr(sys.stdin, "buffer", None)
    try:
        raw = stream.read(MAX_CASE_BYTES + 1) if stream is not None else \
            sys.stdin.read(MAX_CASE_BYTES + 1).encode("utf-8", "surrogateescape")
    except (OSError, ValueError, AttributeError) as exc:
        raise CaseError("standard input", [f"cannot read standard input: {exc}"]) from None
    if len(raw) > MAX_CASE_BYTES:
        raise CaseError("standard input", [f"larger than {MAX_CASE_BYTES:,} bytes: not a case "
                                           "file (see the limits in docs/case-format.md)"])
    return raw


def _read_regular(path: str) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise CaseError(path, [f"cannot read the file: {exc.strerror or exc}"]) from None
    except ValueError as exc:           # a NUL byte in the path
        raise CaseError(repr(path), [f"not a usable path: {exc}"]) from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        os.close(fd)
        raise CaseError(path, [f"cannot read the file: {exc.strerror or exc}"]) from None
    if not stat.S_ISREG(mode):
        os.close(fd)
        what = ("a directory" if stat.S_ISDIR(mode) else "a FIFO, a named pipe"
                if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode)
                or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else
                "not a regular file")
        raise CaseError(path, [f"not a regular file ({what}): give the path of a "
                               ".toml case file"])
    with os.fdopen(fd, "rb") as handle:
        try:
            raw = handle.read(MAX_CASE_BYTES + 1)
        except OSError as exc:
            raise CaseError(path, [f"cannot read the file: {exc.strerror or exc}"]) from None
    if len(raw) > MAX_CASE_BYTES:
        raise CaseError(path, [f"larger than {MAX_CASE_BYTES:,} bytes: not a case file "
                               "(see the limits in docs/case-format.md)"])
    return raw


def case_from_data(data: dict, path: str = "") -> Case:
    """Validate parsed TOML tables (as from :func:`load_toml`) into a :class:`Case`.

    Raises
    ------
    CaseError
        Every invalid entry at once, each with its key path.
    """
    return _Reader(_shown_path(str(path))).case(data)


def _parameter_of(field: str) -> str | None:
    return FIELDS[field].maps_to if field in FIELDS else None


def _problem(path: str, message: str, value: Any = None, expected: str | None = None) -> str:
    return str(DroneCalcError(message, field=path, value=value, expected=expected))


class _Reader:
    """Collects every problem of one case file while building its parts."""

    def __init__(self, path: str) -> None:
        self.path, self.problems, self.flags, self.ids = path, [], [], set()
        self.section_flags: dict[str, Flag] = {}

    def add(self, path: str, message: str, value: Any = None, expected: str | None = None):
        self.problems.append(_problem(path, message, value, expected))

    def unknown(self, path: str, what: str, word: Any, choices) -> None:   # did-you-mean
        if isinstance(word, str):
            return self.problems.append(f"{path}: {suggest.unknown(what, word, choices)}")
        self.add(path, f"unknown {what}" if word is None else f"a {what} name is a string, not "
                 f"a {type(word).__name__}", word, "one of " + ", ".join(choices))

    def case(self, data: dict) -> Case:
        for key in data:
            if key not in ("case", "vehicle", "battery", "figures", "assumptions"):
                self.add(key, "unknown section", key,
                         "case, vehicle, battery, figures or assumptions")
        head = self.head(self.table(data, "case", required=True))
        self.kind, self.kind_note, problems, flags = airframes.case_kind(head, data, SECTION_KEYS)
        self.problems, self.flags = self.problems + problems, self.flags + flags
        vehicle = self.section(self.table(data, "vehicle"), "vehicle")
        battery = self.section(self.table(data, "battery"), "battery")
        assumptions = self.assumptions(self.table(data, "assumptions"))
        figures = self.figures(self.table(data, "figures"))
        self.precedence(vehicle, battery, assumptions, figures)
        figures = payload_refers.referred_payloads(airspeed.true_airspeeds(   # refers: review 23
            self.drop_settled_underspecified(battery, figures), assumptions), self.add)
        if self.problems:
            raise CaseError(self.path, self.problems)
        return Case(**head, figures=figures, vehicle=vehicle, battery=battery,
                    assumptions=assumptions, flags=self.flags, path=self.path,
                    section_flags=self.section_flags, kind=self.kind, kind_note=self.kind_note)

    def table(self, data: dict, key: str, required: bool = False) -> dict:
        value = data.get(key)
        if value is None:
            if required:
                self.add(key, "missing section", None, f"a [{key}] table")
            return {}
        if not isinstance(value, dict):
            self.add(key, "not a table", value, f"a [{key}] table")
            return {}
        return value

    def string(self, path: str, value: Any, required=True, field="flight_time") -> str | None:
        if value is None and not required:
            return None
        if (odd := raw_values.no_figure(path, value, field)) is not None:   # true, nan
            return self.add(path, odd[0], value, odd[1])
        if not isinstance(value, str) or not value.strip():
            figure = isinstance(value, (int, float)) and path.endswith(".text")   # text = 46
            self.add(path, "missing or not a string" if value is None else "not a non-empty string",
                     value, f'a figure in quotes with its unit ({quoted_example(field, value)}; a '
                     f'count as "{value}")' if figure else "a non-empty string")
            return None
        control = _CONTROL.search(value)
        if control:
            self.add(path, f"a control character (U+{ord(control.group()):04X}) in the text",
                     value, "printable text (tabs and line breaks are fine; escapes are not)")
            return None
        return value

    def head(self, table: dict) -> dict[str, str | None]:
        for key in table:
            if key not in CASE_KEYS:
                self.add(f"case.{key}", "unknown key", key, "one of " + ", ".join(CASE_KEYS))
        head = {key: self.string(f"case.{key}", table.get(key), required)
                for key, required in CASE_KEYS.items()}
        if (url := head.get("url")) is not None and not _WEB_ADDRESS.match(url):
            self.add("case.url", "not a web address", url,
                     "an http:// or https:// address without spaces (other references "
                     "belong in source)")
            head["url"] = None
        return head

    def section(self, table: dict, section: str) -> dict[str, Figure | str]:
        keys, out = SECTION_KEYS[section], {}
        for key, raw in table.items():
            path = f"{section}.{key}"
            if key not in keys:
                self.add(path, suggest.key_problem(key, keys), raw, "one of " + ", ".join(keys))
                continue
            read = self.read(path, raw, PARAMETERS[keys[key]][0])
            if read is not None:
                out[key] = read.value if isinstance(read, ReadFigure) else read
                self.keep_flag(path, read)
        return out

    def keep_flag(self, ident: str, read: Any) -> None:
        if isinstance(read, ReadFigure) and read.flag is not None:
            flag = replace(read.flag, id=ident)
            self.flags.append(flag)
            if "." in ident:
                self.section_flags[ident] = flag

    def read(self, path: str, raw: Any, field: str, role: str | None = "input"
             ) -> ReadFigure | str | None:
        """Read one value for ``field``: a ReadFigure, a str for text fields, or None."""
        if field == "chemistry":
            return self.chemistry(path, raw)
        if field == "rotor_layout":
            return self.rotor_layout(path, raw)
        if FIELDS[field].kind == "text":
            return self.string(path, raw)
        if (odd := raw_values.no_figure(path, raw, field)) is not None:     # true, nan
            return self.add(path, odd[0], raw, odd[1])
        if isinstance(raw, (int, float)) and FIELDS[field].kind == "count":
            raw = f"{raw:g}" if isinstance(raw, float) else str(raw)
        if not isinstance(raw, str):
            return self.add(path, "not a figure string", raw,
                            f"a string with its unit, {example(field, raw)}")
        try:
            read = read_figure(raw, field, self.kind or getattr(self.kind_note, "ranges", None))
            zero = zero_input(field, read) if role == "input" else None
            return self.add(path, *zero) if zero else read
        except DroneCalcError as exc:
            return self.add(path, suggest.under_path(str(exc), exc.field, field, path))

    def chemistry(self, path: str, raw: Any) -> str | None:
        name = chemistry_name(raw)
        if name is None:
            self.add(path, "unknown battery chemistry", raw, "LiPo, Li-ion or LiHV")
        return name

    def rotor_layout(self, path: str, raw: Any) -> str | None:
        if (name := airframes.layout_name(raw)) is None:
            self.add(path, "unknown rotor layout", raw, airframes.layout_words_text())
        return name

    def assumptions(self, table: dict) -> dict[str, Assumption]:
        out = {}
        for name, entry in table.items():
            path = f"assumptions.{name}"
            if name not in PARAMETERS:
                self.unknown(path, "parameter", name, PARAMETERS)
                continue
            if not isinstance(entry, dict):
                self.add(path, "not a table", entry, "a table with value and reason")
                continue
            for key in entry:
                if key not in ("value", "reason"):
                    self.add(f"{path}.{key}", "unknown key", key, "value or reason")
            reason = self.string(f"{path}.reason", entry.get("reason"))
            value = self.assumed(f"{path}.value", entry.get("value"), PARAMETERS[name][0])
            if value is not None and reason is not None:
                out[name] = Assumption(value, reason)
        return out

    def assumed(self, path: str, raw: Any, field: str) -> Figure | str | None:
        if raw is None:
            return self.add(path, "missing", None, f"a figure string for {field}")
        read = self.read(path, raw, field)
        if isinstance(read, ReadFigure):
            if read.flag is not None and read.flag.problem != "underspecified":
                self.add(path, "an assumption must be plausible as written: "
                         f"{flag_reason(read.flag)}", raw,
                         "a value inside the plausible range; a figure the source itself "
                         "states goes in [figures] with its quote (role input), where an "
                         "out-of-range one is kept and flagged")
                return None
            return read.figure
        return read

    def figures(self, table: dict) -> dict[str, CaseFigure]:
        if len(table) > MAX_FIGURES:
            self.add("figures", f"{len(table):,} figures", None,
                     f"at most {MAX_FIGURES} in one case (split the source into several cases)")
            return {}
        out, self.ids = {}, set(table)
        for problem in raw_values.case_twins(table):        # "F1" and "f1"
            self.add(*problem)
        for ident, entry in table.items():
            path = f"figures.{ident}"
            if not _ID.match(ident):
                self.add(path, "bad figure id", ident, "a letter then letters/digits, e.g. F2")
            if not isinstance(entry, dict):
                self.add(path, "not a table", entry, "a table with field, text, role...")
                continue
            fig = self.figure(path, ident, entry)
            if fig is not None:
                out[ident] = fig
        return out

    def figure(self, path: str, ident: str, entry: dict) -> CaseFigure | None:
        for key in entry:
            if key not in FIGURE_KEYS:
                self.unknown(f"{path}.{key}", "key", key, sorted(FIGURE_KEYS))
        field = entry.get("field")
        if not isinstance(field, str) or field not in FIELDS:   # 'feild': missing, not unknown
            return (self.add(f"{path}.field", "missing", expected="one of " + ", ".join(FIELDS))
                    if field is None else self.unknown(f"{path}.field", "field", field, FIELDS))
        text = self.string(f"{path}.text", entry.get("text"), field=field)
        role = self.role(f"{path}.role", entry.get("role"), field)
        extras = self.extras(path, entry, field, role)
        read = False if text is None else self.figure_value(   # "on average 3 min": 3 min
            f"{path}.text", averages.figure_text(text, field), field, role)
        if role is None or extras is None or read is False:
            return None
        base = CaseFigure(ident, field, text, role, **averages.noted(extras, text, field))
        read = averages.claim_read(read, text, field, role)   # "about an hour", "on average"
        if isinstance(read, ReadFigure):
            self.keep_flag(ident, read)
            return replace(base, figure=read.figure, flag=read.flag and
                           replace(read.flag, id=ident), value=read.value)
        return replace(base, value=read)

    def figure_value(self, path: str, text: str, field: str, role: str | None):
        """ReadFigure, a str/Figure for text fields, None, or False on a problem."""
        if field == "airframe":
            return self.airframe(path, text, role)
        if field == "chemistry":
            return self.chemistry(path, text) or False
        if field == "rotor_layout":
            return airframes.layout_name(text) if role == "context" else \
                self.rotor_layout(path, text) or False
        if FIELDS[field].kind == "text":
            return text if field in airframes.TEXT_VALUES else None
        return self.read(path, text, field, role) or False

    def airframe(self, path: str, text: str, role: str | None) -> Figure | None | bool:
        """A multirotor airframe's rotor count (:func:`airframes.airframe_rotors`)."""
        rotors, problem = airframes.airframe_rotors(text, role, self.kind)
        if problem:
            self.add(path, *problem)
            return False
        return None if rotors is None else Figure(text, Q_(rotors, ""), Q_(rotors, ""), "point")

    def role(self, path: str, role: Any, field: str) -> str | None:
        allowed = FIELDS[field].roles
        if role not in allowed:
            message, expected = suggest.role_problem(role, field, allowed)
            self.add(path, message, role, expected)
            return None
        return role

    def extras(self, path: str, entry: dict, field: str, role: str | None) -> dict | None:
        before = len(self.problems)
        quote = self.string(f"{path}.quote", entry.get("quote"), required=False)
        note = self.string(f"{path}.note", entry.get("note"), required=False)
        with_payload = entry.get("with_payload")
        if with_payload is not None and (not isinstance(with_payload, bool) or role != "claim"):
            self.add(f"{path}.with_payload", "only a claim takes with_payload, as true or false",
                     with_payload, "true or false on a claim")
        refers = read_refers(self.add, path, entry.get("refers", []), self.ids)
        asserts = entry.get("asserts")
        if field == "statement" and asserts not in ASSERTS:
            self.add(f"{path}.asserts", "a statement claim must say what it asserts", asserts,
                     " or ".join(ASSERTS))
        elif field != "statement" and asserts is not None:
            self.add(f"{path}.asserts", "only a statement claim takes asserts", asserts,
                     "no asserts on a figure (its text is the claim)")
        conditions = read_conditions(self, path, entry, field, role)
        if len(self.problems) > before:
            return None
        return dict(quote=quote, note=note, with_payload=with_payload, refers=tuple(refers),
                    asserts=asserts, **conditions)

    def precedence(self, vehicle: dict, battery: dict, assumptions: dict, figures: dict) -> None:
        where: dict[str, list[str]] = {}
        for name in assumptions:
            where.setdefault(name, []).append(f"assumptions.{name}")
        for section, table in (("vehicle", vehicle), ("battery", battery)):
            for key in table:
                where.setdefault(SECTION_KEYS[section][key], []).append(f"{section}.{key}")
        for fig in figures.values():
            name = _parameter_of(fig.field)
            if fig.role == "input" and name is not None and fig.value is not None:
                where.setdefault(name, []).append(f"figures.{fig.id}")
        for name, places in where.items():
            if len(places) > 1:
                self.add(" and ".join(places), f"{name} is stated {len(places)} times",
                         None, "one statement of it, where it belongs (input figure > [vehicle]/"
                         "[battery] > [assumptions])")

    def drop_settled_underspecified(self, battery: dict, figures: dict) -> dict:
        """A charge is no longer underspecified once the source states voltage, cells or energy.

        Only the source counts ([battery] and input figures): an assumed cell count leaves the
        flag standing, because the energy then rests on the analyst, not the report.
        """
        stated = set(battery) | {_parameter_of(f.field) for f in figures.values()
                                 if f.role == "input"}
        if not stated & {"voltage", "cells", "energy"}:
            return figures
        self.flags = [f for f in self.flags if f.problem != "underspecified"]
        self.section_flags = {k: f for k, f in self.section_flags.items()
                              if f.problem != "underspecified"}
        return {k: replace(f, flag=None) if f.flag and f.flag.problem == "underspecified" else f
                for k, f in figures.items()}
