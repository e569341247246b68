"""fuzz8's probe families for ``benchmarks/fuzz.py``: each input ends in an outcome as there.

``figure-forms``
    a figure with a known reading (a number or a range, a qualifier, a unit) written the ways
    text comes: any dash, unicode minus, thin / no-break / narrow spaces, fullwidth digits,
    a trailing emoji or RTL mark, surrounded by junk forms ("1,5", "1.000.000", "½", "1e400",
    "0x10", "3-4-5", "m²", 10,000 characters). :func:`dronecalc.intake.figures.parse` must
    give the known reading or a library error: any other reading is ``BAD MISREAD`` (a silent
    wrong answer).
``case-forms``
    the example cases re-encoded (UTF-16/32 with and without byte-order mark, CRLF, CR only,
    Latin-1), restructured (inline tables, dotted keys, arrays of tables, duplicate keys and
    tables), with invisible or typographic characters put in (no-break and zero-width spaces,
    curly quotes, a byte-order mark inside), NUL bytes, binary signatures, 5 MB and deep
    nesting, for :func:`dronecalc.load_case`.
``field-role-kind``
    every field x role x vehicle kind: an example case of each kind with one more figure
    (typical, zero, negative, huge, open bounds, a reversed range, two figures for one field)
    checked at 200 samples: every claim must get a finding or a ``not judged``
    (``BAD NO VERDICT``), and the text no NaN (``BAD OUTPUT nan``).
``cli-forms``
    command lines the first CLI family does not make: every subcommand with missing, extra
    or repeated arguments, ``extract -o`` to odd paths, ``-`` on standard input with binary,
    UTF-16 or empty bytes, a directory or a path with spaces and unicode as the case.
``extract-files``
    :func:`dronecalc.intake.extract.extract_file` on files: binary, empty, huge, UTF-16/32,
    HTML with scripts and styles, long runs of blanks; each draft then loaded and checked
    (200 samples) as ``dronecalc extract ... | dronecalc check -`` would.
"""
from __future__ import annotations

import io
import json
import math
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = {"multirotor": "green-zone-2021", "piston": "shahed-136", "jet": "bqm-74e-target-drone",
         "vtol": "deltaquad", "tailsitter": "cas-dual-wing-vtol",
         "small-quad": "news-story-small-quad"}

# --------------------------------------------------------------------------- figure forms

DASHES = ["-", "\u2013", "\u2014", "\u2010", "\u2011", "\u2012", "\u2015", "\ufe63", "\uff0d"]
SPACES = [" ", " ", "", "\u00a0", "\u2009", "\u202f", "\u2007", "  ", "\t"]
FORM_UNITS = [("kg", "kg", 1.0), ("g", "kg", 1e-3), ("km/h", "km/h", 1.0), ("mph", "km/h", 1.609344),
              ("min", "min", 1.0), ("h", "min", 60.0), ("mAh", "mAh", 1.0), ("Wh", "Wh", 1.0),
              ("km", "km", 1.0), ("m", "km", 1e-3), ("in", "in", 1.0), ("V", "V", 1.0)]
QUALIFIED = [("", "point"), ("about ", "point"), ("~", "point"), ("over ", "at-least"),
             ("more than ", "at-least"), ("at least ", "at-least"), ("> ", "at-least"),
             ("up to ", "at-most"), ("under ", "at-most"), ("< ", "at-most")]
JUNK_FORMS = ["1,5 kg", "1.000.000 g", "½ kg", "1½ kg", "1e400 kg", "nan kg", "inf kg", "-0 kg",
              "0x10 kg", "3-4-5 kg", "5 m²", "5 kg²", "5 %%", "kg", "km/h", "5 kg 😀", "😀 5 kg",
              "\u202e5 kg", "\u05d0 5 kg", "5 ㎏", "5 ｋｇ", "1٫5 kg", "5 (±1) kg", "5 kg ± 1",
              "70-60 km/h", "1'000 g", "5 to -3 kg", "--5 kg", "2⁵ kg", "1/2 kg"]


def _digits(rng: random.Random, number: str) -> str:
    """The number, sometimes in fullwidth digits (read as digits by int and float)."""
    if rng.random() < 0.1:
        return number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return number


#: Forms that must be refused: each reads as something it does not say (pint drops "±", "="
#: and emoji; NaN, a reversed range, a decimal comma, thousands points, a fraction character).
#: ("5 kg²" is not one: parse reads it literally, and the fields refuse its dimension.)
MUST_RAISE = ["5 ± kg", "5 kg =", "5 kg ~", "5 kg 😀", "5 kg ±", "70-60 km/h", "nan kg",
              "1e400 kg", "½ kg", "1,5 kg", "1.000.000 g"]


def figure_form(rng: random.Random) -> tuple[str, tuple | str | None]:
    """(text, expected) where expected is (kind, low, high, unit) in ``unit``, "refuse" for a
    form of :data:`MUST_RAISE`, or None for a junk form whose only requirement is a library
    error or some reading."""
    if rng.random() < 0.04:
        return rng.choice(MUST_RAISE), "refuse"
    if rng.random() < 0.12:
        text = rng.choice(JUNK_FORMS)
        if rng.random() < 0.1:
            text = text * rng.choice([200, 2_000])          # up to ~20,000 characters
        return text, None
    written, unit, scale = rng.choice(FORM_UNITS)
    a = rng.choice([1, 3, 5, 7, 12, 25, 60, 120, 320, 18500]) * rng.choice([1, 1, 0.5])
    space = rng.choice(SPACES)
    tail = rng.choice(["", "", "", ".", ","])
    if rng.random() < 0.35:                                   # a range "a-b unit"
        b = a * rng.choice([1.5, 2, 3])
        dash = rng.choice(DASHES)
        pad = rng.choice(["", " "]) if dash not in "-" else ""
        text = f"{_digits(rng, f'{a:g}')}{pad}{dash}{pad}{_digits(rng, f'{b:g}')}{space}{written}"
        return text + tail, ("range", a * scale, b * scale, unit)
    qualifier, kind = rng.choice(QUALIFIED)
    text = f"{qualifier}{_digits(rng, f'{a:g}')}{space}{written}{tail}"
    low = a * scale if kind != "at-most" else None
    high = a * scale if kind != "at-least" else None
    return text, (kind, low, high, unit)


def check_form(text: str, expected: tuple | None) -> None:
    from dronecalc.intake.figures import parse
    figure = parse(text)
    if expected == "refuse":
        raise Accepted(f"read as {figure.low}..{figure.high} ({figure.kind})")
    if expected is None:
        return
    kind, low, high, unit = expected
    got = (figure.kind,
           None if figure.low is None else figure.low.m_as(unit),
           None if figure.high is None else figure.high.m_as(unit))
    want = (kind, low, high)
    same = got[0] == want[0] and all(
        (g is None and w is None) or (g is not None and w is not None
                                      and math.isclose(g, w, rel_tol=1e-9))
        for g, w in zip(got[1:], want[1:]))
    if not same:
        raise Misread(f"read as {got}, expected {want}")


def load_form(path: str, expected: str | None) -> None:
    """:func:`dronecalc.load_case`; a file of ``expected`` kind must be refused naming it."""
    from dronecalc import DroneCalcError, load_case
    try:
        load_case(path)
    except DroneCalcError as exc:
        if expected and not re.search(expected, str(exc)):
            raise Unhelpful(f"refused without naming /{expected}/: {str(exc)[-160:]}") from exc
        raise
    if expected:
        raise Accepted(f"loaded a file that should be refused as /{expected}/")


class Unhelpful(Exception):
    """A refusal that does not say what the file is (a UTF-16 file as 'invalid character')."""


class Accepted(Exception):
    """Bad input that gave a result: the silent wrong answer."""


class Misread(Exception):
    """A figure read as something else than it says, without an error: a silent wrong answer."""


# --------------------------------------------------------------------------- case forms

INVISIBLE = ["\u00a0", "\u200b", "\ufeff", "\u2009", "\u3000", "\u00ad", "\u2060"]
CURLY = [("\"", "\u201c"), ("\"", "\u201d"), ("'", "\u2019")]


def case_form(rng: random.Random, text: str) -> tuple[bytes, str | None]:
    """(bytes, expected): one example case's text, re-encoded, restructured or salted (see the
    module's doc); ``expected`` is a regular expression the refusal must match (a file that is
    UTF-16, NUL bytes or binary must be refused naming it), or None."""
    return _case_form(rng, text)


def _case_form(rng: random.Random, text: str) -> tuple[bytes, str | None]:
    roll = rng.random()
    if roll < 0.15:
        codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                            "utf-32-be"])
        return text.encode(codec), "UTF-" + codec[4:6]
    if roll < 0.22:
        breaks = rng.choice(["\r\n", "\r", "\n\r"])
        return text.replace("\n", breaks).encode("utf-8"), (None if breaks == "\r\n" else
                                                            "CR|invalid character")
    if roll < 0.27:
        return text.encode("latin-1", errors="replace"), None
    if roll < 0.40:                                   # invisible characters put in
        chars = list(text)
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(INVISIBLE))
        return "".join(chars).encode("utf-8"), None
    if roll < 0.48:                                   # curly quotes from a word processor
        plain, curly = rng.choice(CURLY)
        at = [m.start() for m in re.finditer(re.escape(plain), text)]
        if at:
            k = rng.choice(at)
            text = text[:k] + curly + text[k + 1:]
        return text.encode("utf-8"), None
    if roll < 0.53:
        raw = text.encode("utf-8")
        k = rng.randrange(len(raw) + 1)
        return raw[:k] + b"\x00" * rng.choice([1, 3, 100]) + raw[k:], "NUL|binary|UTF-"
    if roll < 0.58:
        return rng.choice(_SIGNATURES) + os.urandom(rng.choice([10, 2000])), \
            "PDF|PNG|JPEG|GIF|ZIP|gzip|ELF|Office|binary"
    if roll < 0.61:
        return text.encode("utf-8") + b"# " + b"x" * 5_000_000 + b"\n", "larger than"
    if roll < 0.65:
        depth = rng.choice([3, 19, 21, 200])
        return (text + "\n[assumptions]\nx = " + "[" * depth + "1" + "]" * depth
                + "\n").encode(), None
    return restructure(rng, text).encode("utf-8"), None


_SIGNATURES = [b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a",
               b"PK\x03\x04", b"\x1f\x8b\x08", b"\x7fELF", b"\xd0\xcf\x11\xe0"]


def restructure(rng: random.Random, text: str) -> str:
    """TOML forms for the same tables: a figure as an inline table or with dotted keys, an
    array of tables, a duplicated key or table, an empty or unicode key."""
    heads = [m for m in re.finditer(r"^\[figures\.(\w+)\]\n((?:[^\[\n][^\n]*\n?)*)", text, re.M)]
    if not heads:
        return text
    m = rng.choice(heads)
    ident, body = m.group(1), m.group(2)
    pairs = [ln for ln in body.splitlines() if "=" in ln and not ln.lstrip().startswith("#")]
    op = rng.random()
    if op < 0.25:                                      # inline table
        new = f"[figures]\n{ident} = {{{', '.join(pairs)}}}\n"
        if "[figures]\n" in text:
            return text[:m.start()] + text[m.end():]   # a second [figures] header: an error
        return text[:m.start()] + new + text[m.end():]
    if op < 0.45:                                      # dotted keys under [figures]
        new = "".join(f"{ident}.{p.strip()}\n" for p in pairs)
        return text[:m.start()] + "[figures]\n" + new + text[m.end():]
    if op < 0.6:                                       # an array of tables
        return text[:m.start()] + f"[[figures.{ident}]]\n" + body + text[m.end():]
    if op < 0.75 and pairs:                            # a duplicated key
        return text[:m.end()] + rng.choice(pairs) + "\n" + text[m.end():]
    if op < 0.85:                                      # a duplicated table
        return text + "\n" + m.group(0)
    key = rng.choice(['""', '"F2é"', '"a b"', '"F\u200b2"', "F-2", "2F"])
    return text[:m.start()] + f"[figures.{key}]\n" + body + text[m.end():]


# --------------------------------------------------------------------------- field x role x kind

FIELD_VALUES = {
    "airframe": ["quadcopter", "hexacopter", "flying wing", "banana"], "rotors": ["4", "0", "1000"],
    "arms": ["4", "0"], "rotor_layout": ["coaxial", "x"], "rotor_diameter": ["21 in", "0 in", "> 5 in"],
    "takeoff_mass": ["12 kg", "0 kg", "-1 kg", "1e6 kg", "> 5 kg", "under 3 kg"],
    "empty_mass": ["8 kg", "0 kg"], "payload_mass": ["3 kg", "0 kg", "5000 kg", "up to 2 kg"],
    "max_takeoff_mass": ["20 kg", "0 kg"], "max_payload": ["5 kg", "> 2 kg"],
    "battery_charge": ["18500 mAh", "0 mAh", "1e9 mAh"], "battery_energy": ["400 Wh", "0 Wh", "1 MWh"],
    "battery_voltage": ["22.2 V", "0 V"], "cell_count": ["6S", "0", "200"], "pack_count": ["2", "0"],
    "battery_mass": ["2 kg", "0 kg"], "chemistry": ["LiPo", "NiMH"], "motor_kv": ["320 Kv", "0 Kv"],
    "speed": ["60 km/h", "0 km/h", "3000 km/h", "> 50 km/h", "70-60 km/h", "under 30 km/h"],
    "top_speed": ["100 km/h", "0 km/h", "5000 km/h"], "dive_speed": ["200 km/h", "0 km/h"],
    "max_tilt": ["35 deg", "0 deg", "35 %"], "distance": ["7 km", "0 km", "1e5 km", "at least 5 km"],
    "range": ["40 km", "0 km", "1e6 km", "no more than 10 km"],
    "flight_time": ["30 min", "0 min", "1000 h", "more than 120 min", "under 5 min"],
    "air_temperature": ["20 degC", "-100 degC", "0 K"], "altitude": ["1000 m", "0 m", "30000 m"],
    "radio": ["RFD868x"], "radio_range": ["40 km", "0 km"], "flight_controller": ["Pixhawk"],
    "context": ["blah"], "statement": ["it flew"], "wingspan": ["2.5 m", "0 m", "100 m"],
    "wing_area": ["1 m^2", "0 m^2"], "length": ["3.5 m", "0 m"], "engine_power": ["50 hp", "0 W"],
    "engine_thrust": ["200 N", "0 N"], "engine_type": ["piston", "turbojet", "steam"],
    "fuel_volume": ["50 L", "0 L"], "fuel_mass": ["30 kg", "0 kg"], "fuel_type": ["gasoline", "milk"],
    "warhead_mass": ["40 kg", "0 kg"], "cruise_speed": ["150 km/h", "0 km/h"],
    "stall_speed": ["60 km/h", "0 km/h"], "service_ceiling": ["4000 m", "0 m", "50000 m"]}


#: Inputs that describe no machine (their physics divides by them): an input of 0 is refused.
NO_ZERO = {"takeoff_mass", "empty_mass", "max_takeoff_mass", "rotor_diameter", "battery_charge",
           "battery_energy", "battery_voltage", "battery_mass", "motor_kv", "wingspan",
           "wing_area", "length", "engine_power", "engine_thrust", "fuel_volume", "fuel_mass"}
#: Values no field may take as they are (a reversed range, a negative mass, a % as an angle).
REFUSED = {"70-60 km/h", "-1 kg", "35 %"}
#: Claim conditions that are wrong as written ("10-20 %" is no one share, "20 %%" no percent).
BAD_CONDITIONS = ['reserve = "10-20 %"\n', 'reserve = "20 %%"\n', 'reserve = "20 deg"\n']


def must_refuse(field: str, role: str, value: str, extra: str) -> bool:
    return value in REFUSED or any(c in extra for c in BAD_CONDITIONS) or (
        role == "input" and field in NO_ZERO and re.match(r"0(\.0+)? ", value) is not None)


def field_role_kind(rng: random.Random, texts: dict[str, str]) -> tuple[str, str, bool]:
    """(case text, shown, refused) of one kind's example case with one or two more figures;
    refused: the case must be refused (:func:`must_refuse`)."""
    from dronecalc.intake.fields import FIELDS
    kind = rng.choice(sorted(texts))
    field = rng.choice(sorted(FIELD_VALUES))
    role = rng.choice(FIELDS[field].roles)
    extra, refused = "", False
    for k in range(1 if rng.random() < 0.8 else 2):   # two figures for one field, sometimes
        value = rng.choice(FIELD_VALUES[field])
        more = f'\n[figures.FZ{k}]\nfield = "{field}"\ntext = "{value}"\nrole = "{role}"\n'
        if field == "statement":
            more += 'asserts = "feasible"\n'
        if role == "claim" and field in ("flight_time", "range") and rng.random() < 0.3:
            more += rng.choice(['with_payload = true\n', 'with_payload = false\n',
                                'reserve = "20 %"\n', 'at_speed = "50 km/h"\n',
                                'mode = "hover"\n', 'payload = "2 kg"\n', *BAD_CONDITIONS])
        refused = refused or must_refuse(field, role, value, more)
        extra += more
    return texts[kind] + extra, f"{kind}: {field} {role} {extra.strip()!r}"[:200], refused


def check_claims(path: str, samples: int = 200, refused: bool = False) -> None:
    """Load, check and render; every claim must have its verdict (or not-judged), no NaN;
    a case that ``refused`` says must be refused raises :class:`Accepted` when it loads."""
    from dronecalc.claims import checks
    from dronecalc.report import text as report
    case = checks.load_machine(path)
    if refused:
        raise Accepted("a case with a value that must be refused loaded")
    if not case.claims:
        return
    result = checks.check(case, samples, 0)
    document = json.loads(report.check_json(result), parse_constant=_no_constant)
    text = report.format_check(result)
    verdicts = {v["claim"]: v.get("verdict") for v in document["verdicts"]}
    missing = [c for c in case.claims if verdicts.get(c) is None]
    if missing:
        raise NoVerdict(f"claims {missing} have no finding and no 'not judged'")
    if re.search(r"\bnan\b", text, re.IGNORECASE) and not re.search(
            r"\bnan\b", Path(path).read_text(encoding="utf-8", errors="replace"), re.I):
        raise NanOutput("'nan' in the text output")


class NoVerdict(Exception):
    """A claim that ends in neither a finding nor a 'not judged'."""


class NanOutput(Exception):
    """A number that was not found, printed as a number."""


def _no_constant(name: str):
    raise NanOutput(f"{name} in the JSON output")


# --------------------------------------------------------------------------- CLI forms

def cli_form(rng: random.Random, scratch: Path) -> tuple[list[str], bytes | None]:
    """(argv, standard input or None) of one command line."""
    ref = str(ROOT / "examples" / "cases" / f"{rng.choice(list(CASES.values()))}.toml")
    art = str(ROOT / "examples" / "articles" / "green-zone-2021.txt")
    odd = scratch / "a case é 中 with spaces.toml"
    if not odd.exists():
        odd.write_bytes(Path(ref).read_bytes())
    (scratch / "adir.toml").mkdir(exist_ok=True)
    small = ["--samples", "200"]
    stdin = None
    choice = rng.randrange(14)
    if choice == 0:
        argv = [rng.choice(["case", "check", "estimate", "extract"])]        # missing argument
    elif choice == 1:
        argv = [rng.choice(["case", "check", "estimate"]), ref, ref]         # extra argument
    elif choice == 2:
        argv = ["check", ref, *small, rng.choice(["--json", "--seed", "--samples", "--report"])]
    elif choice == 3:
        argv = ["extract", art, "-o", rng.choice(["-", "", " ", str(scratch), "/dev/full",
                                                  str(scratch / "nope" / "d.toml"),
                                                  str(scratch / ("d" * 300 + ".toml")),
                                                  str(scratch / "d é.toml")])]
    elif choice == 4:
        argv, stdin = [rng.choice(["case", "extract"]), "-"], os.urandom(rng.choice([0, 50, 3000]))
        stdin = CLOSED if rng.random() < 0.25 else stdin
    elif choice == 5:
        codec = rng.choice(["utf-16", "utf-16-le", "utf-32"])
        source = art if rng.random() < 0.5 else ref
        argv = ["extract" if source == art else "case", "-"]
        stdin = Path(source).read_text(encoding="utf-8").encode(codec)
    elif choice == 6:
        argv = [rng.choice(["case", "check", "estimate", "extract"]),
                rng.choice([str(scratch / "adir.toml"), str(scratch), "/dev/null", str(odd)])]
        argv += small if argv[0] in ("check", "estimate") else []
    elif choice == 7:
        argv = ["check", ref, *small, "--report", rng.choice([
            "/proc/r.html", "/dev/full", str(scratch / "r.HTML"), str(scratch / ".html"),
            str(scratch / "é r.md"), "-", str(scratch / "adir.toml" / "r.html")])]
    elif choice == 8:
        argv = [rng.choice(["case", "check", "estimate"]), "-"] + (
            small if rng.random() < 0.5 else [])
        stdin = Path(ref).read_bytes()
    elif choice == 9:
        argv = ["extract", rng.choice(["/dev/zero", str(ROOT / "README.md"), ref])]
    elif choice == 10:
        argv = [rng.choice(["check", "estimate"]), ref, "--samples",
                rng.choice(["１２", " 300 ", "3e2", "0x10", "-0", "+200", "2_00", "٣٠٠"])]
    elif choice == 11:
        argv = [rng.choice(["CHECK", "check\u200b", "-", "--json", "\x1b[2J", "chéck"]), ref]
    elif choice == 12:
        argv = ["extract", art, "--json"] if rng.random() < 0.5 else ["case", ref, "--report",
                                                                      "x.html"]
    else:
        argv = ["check", "\x1b[31m" + rng.choice(["x.toml", str(odd)])]
    return argv, stdin


#: Standard input closed ("dronecalc extract - <&-": sys.stdin is None).
CLOSED = b"<closed>"


def run_cli_stdin(run_cli, argv: list[str], stdin: bytes | None):
    """``run_cli`` (fuzz.py's) with ``stdin`` as standard input's bytes (:data:`CLOSED`:
    none at all)."""
    if stdin is None:
        return run_cli(argv)
    saved = sys.stdin
    sys.stdin = None if stdin is CLOSED else io.TextIOWrapper(io.BytesIO(stdin),
                                                              encoding="utf-8")
    try:
        return run_cli(argv)
    finally:
        sys.stdin = saved


# --------------------------------------------------------------------------- extract files

def article_file(rng: random.Random, texts: list[str]) -> tuple[bytes, str, bool]:
    """(bytes, suffix, refused) of an article file of an odd kind; refused: no text (UTF-16
    or UTF-32 without its byte-order mark, a binary format, random bytes), to be refused."""
    raw, suffix = _article_file(rng, texts)
    refused = not raw.startswith((b"\xff\xfe", b"\xfe\xff")) and (
        any(raw.startswith(sig) for sig in _SIGNATURES) or raw.count(0) > 0.2 * len(raw)
        or sum(b < 9 or 13 < b < 32 for b in raw[:4096]) > 0.05 * len(raw[:4096]))
    return raw, suffix, refused


def _article_file(rng: random.Random, texts: list[str]) -> tuple[bytes, str]:
    text = rng.choice(texts)
    roll = rng.random()
    if roll < 0.15:
        return text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32-le"])), ".txt"
    if roll < 0.25:
        return rng.choice(_SIGNATURES) + os.urandom(rng.choice([100, 5000])), ".txt"
    if roll < 0.32:
        return rng.choice([b"", b" ", b"\n\n", b"\xef\xbb\xbf"]), ".txt"
    if roll < 0.40:
        return os.urandom(rng.choice([10, 1000, 20_000])), ".txt"
    if roll < 0.55:
        page = (f"<html><head><title>t</title><script>var s = '{rng.choice(texts)[:2000]}';"
                "</script><style>p { width: 5 kg }</style></head><body><nav>Menu 5 km</nav><p>"
                + text.replace("\n", "</p><p>") + "</p><!-- 900 kg --></body></html>")
        return page.encode("utf-8"), rng.choice([".html", ".txt"])
    if roll < 0.65:
        run = rng.choice([" ", "\t", "\x00", "\u00a0", "|", "*", ":", "-", "."])
        k = rng.randrange(len(text) + 1)
        return (text[:k] + "\n" + run * rng.choice([500, 3000]) + "\n" + text[k:]).encode(), ".txt"
    if roll < 0.70:
        return (text + "\n").encode() * rng.choice([50, 400]), ".txt"
    if roll < 0.75:
        return text.replace("\n", rng.choice(["\r\n", "\r"])).encode("utf-8"), ".txt"
    if roll < 0.80:
        return text.encode("cp1252", errors="replace"), ".txt"
    if roll < 0.85:
        return (ROOT / "examples" / "cases" / "green-zone-2021.toml").read_bytes(), ".txt"
    return text.encode("utf-8"), ".txt"


def extract_then_check(path: str, scratch: Path, refused: bool = False,
                       slow: float = 1.0) -> None:
    """``dronecalc extract PATH | dronecalc check -``, in process: a file that is no text
    must be refused (``Accepted``), the drafting take at most ``slow`` s (CPU) per 25 KB
    (``SlowExtract``), the draft load (else ``DraftRefused``) and its claims be judged as
    :func:`check_claims` asks."""
    import time
    from dronecalc import DroneCalcError, load_case
    from dronecalc.intake.extract import extract_file
    start = time.process_time()
    draft = extract_file(path)
    seconds = time.process_time() - start
    if refused:
        raise Accepted("drafted a case from a file that is not text")
    if seconds > slow * max(1.0, Path(path).stat().st_size / 25_000):
        raise SlowExtract(f"drafting took {seconds:.1f} s")
    out = scratch / "draft_back.toml"
    out.write_text(draft.to_toml(), encoding="utf-8")
    try:
        load_case(str(out))
    except DroneCalcError as exc:
        raise DraftRefused(str(exc)[:300]) from exc
    check_claims(str(out))


class DraftRefused(Exception):
    """A draft that extract wrote and the case reader refused: a bug of extract."""


class SlowExtract(Exception):
    """Drafting slower than linear time allows."""
