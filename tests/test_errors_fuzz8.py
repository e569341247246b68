"""fuzz8's findings: each probe that crashed, hung or misread, minimised, with its fix's test.

Every test here fails on the code before its fix (checked on a ``git archive`` of main).
"""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from dronecalc import DroneCalcError, load_case
from dronecalc.errors import CaseError
from dronecalc.intake.extract import extract, extract_file

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "examples" / "cases" / "green-zone-2021.toml"
ARTICLE = ROOT / "examples" / "articles" / "green-zone-2021.txt"


# --------------------------------------------------------------------------- hangs

@pytest.mark.parametrize("run", [" ", "\t", "\x00"])
def test_a_long_run_of_blanks_is_drafted_in_linear_time(run):
    """restated._HEADING backtracked over every split of a line's leading blanks: 1,500
    spaces took ~6 s, 2,000 took 14 s (cubic); now milliseconds."""
    start = time.process_time()
    extract(run * 1500 + "\nThe drone flew 7 km.", "x.txt")
    assert time.process_time() - start < 0.5


def test_an_endless_article_file_is_refused_not_read_to_the_end():
    """``extract /dev/zero`` read until memory ran out; now at most MAX_ARTICLE_BYTES."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    start = time.process_time()
    with pytest.raises(DroneCalcError, match="larger than"):
        extract_file("/dev/zero")
    assert time.process_time() - start < 5


# --------------------------------------------------------------------------- not text

def _wide(codec: str) -> bytes:
    return ARTICLE.read_text(encoding="utf-8").encode("ascii", "replace").decode().encode(codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_a_wide_article_without_its_byte_order_mark_says_so(codec, tmp_path):
    """UTF-16 without a BOM was read as UTF-8 with NULs (L2): no figure and no word why."""
    path = tmp_path / "a.txt"
    path.write_bytes(_wide(codec))
    with pytest.raises(DroneCalcError, match="UTF-(16|32).*without its byte-order mark.*UTF-8"):
        extract_file(str(path))


@pytest.mark.parametrize("head, word", [(b"%PDF-1.4\n", "PDF"), (b"\x89PNG\r\n\x1a\n", "PNG"),
                                        (b"PK\x03\x04", "ZIP"), (b"", "binary")])
def test_a_binary_file_is_no_article(head, word, tmp_path):
    """A PDF, an image or random bytes were drafted (as Windows-1252) into figures."""
    path = tmp_path / "a.txt"
    path.write_bytes(head + bytes(range(256)) * 8)
    with pytest.raises(DroneCalcError, match=word):
        extract_file(str(path))


def test_an_article_with_a_stray_nul_is_still_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.read_bytes().replace(b"three", b"three\x00", 1))
    assert extract_file(str(path)).figures


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16", "utf-32"])
def test_a_wide_case_file_names_its_encoding(codec, tmp_path):
    """'not valid TOML: Found invalid character '\\x00'' / 'byte 0xff at offset 0'."""
    path = tmp_path / "c.toml"
    path.write_bytes(REFERENCE.read_text(encoding="utf-8").encode(codec))
    with pytest.raises(CaseError, match="UTF-(16|32).*save the case as UTF-8"):
        load_case(path)


@pytest.mark.parametrize("bad, shown", [
    ('title = "x"\nsource\u00a0= "y"\n', "U+00A0 NO-BREAK SPACE: write a plain space"),
    ('title = \u201cx\u201d\nsource = "y"\n', "U+201C LEFT DOUBLE QUOTATION MARK"),
    ('title = "x"\n\u200bsource = "y"\n', "U+200B ZERO WIDTH SPACE: write nothing"),
    ('title = "x"\rsource = "y"\r', "old Mac line breaks"),
])
def test_an_invisible_or_typographic_character_is_named(bad, shown, tmp_path):
    """tomllib says only 'Invalid statement' / 'Expected '=' after a key'."""
    path = tmp_path / "c.toml"
    path.write_bytes(("[case]\n" + bad).encode("utf-8"))
    with pytest.raises(CaseError, match=re.escape(shown)):
        load_case(path)


# --------------------------------------------------------------------------- misreadings

def _case_with(tmp_path, extra: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(REFERENCE.read_text(encoding="utf-8").replace(
        '[figures.F11]', extra + '\n[figures.F11]', 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("reserve", ["10-20 %", "20 %%", "20 deg", "over 20 %", "20 ppm"])
def test_a_reserve_is_one_share_in_percent(reserve, tmp_path):
    """'10-20 %' was read as 10 %, '20 %%' as 0.2 %, '20 deg' as 35 %, with no word."""
    path = _case_with(tmp_path, f'[figures.R1]\nfield = "flight_time"\ntext = "20 min"\n'
                                f'role = "claim"\nreserve = "{reserve}"\n')
    with pytest.raises(CaseError, match="R1.reserve: not a share"):
        load_case(path)


@pytest.mark.parametrize("reserve, share", [("20 %", 0.2), ("0.25", 0.25), ("about 5 %", 0.05)])
def test_a_reserve_in_percent_is_read(reserve, share, tmp_path):
    path = _case_with(tmp_path, f'[figures.R1]\nfield = "flight_time"\ntext = "20 min"\n'
                                f'role = "claim"\nreserve = "{reserve}"\n')
    assert load_case(path).figures["R1"].reserve == pytest.approx(share)


@pytest.mark.parametrize("text", ["35 %", "35", "30 deg deg", "0.6 m/m"])
def test_a_tilt_angle_needs_an_angle_unit(text):
    """'35 %' was read as 0.35 rad (20 deg, unflagged), '35' as 35 rad."""
    from dronecalc.intake.fields import read_figure
    with pytest.raises(DroneCalcError, match="an angle needs an angle unit"):
        read_figure(text, "max_tilt")


@pytest.mark.parametrize("text, degrees", [("35 deg", 35), ("35°", 35), ("0.6 rad", 34.38)])
def test_a_tilt_angle_in_degrees_or_radians_is_read(text, degrees):
    from dronecalc.intake.fields import read_figure
    assert read_figure(text, "max_tilt").value.low.m_as("deg") == pytest.approx(degrees, 1e-3)


# --------------------------------------------------------------------------- command line

def test_extract_dash_o_dash_writes_to_standard_output(tmp_path, monkeypatch, capsys):
    """'-o -' wrote a file named '-' in the working directory."""
    from dronecalc import cli
    monkeypatch.chdir(tmp_path)
    assert cli.main(["extract", str(ARTICLE), "-o", "-"]) == 0
    assert not (tmp_path / "-").exists()
    assert capsys.readouterr().out.startswith("# DRAFT case file")


@pytest.mark.parametrize("output", ["", " "])
def test_extract_to_an_empty_path_says_so(output, capsys):
    """'-o ""' said 'expected a writable path (Is a directory)'."""
    from dronecalc import cli
    assert cli.main(["extract", str(ARTICLE), "-o", output]) == 2
    assert "an empty output path" in capsys.readouterr().err


def test_a_control_character_in_a_path_is_shown_escaped(capsys):
    """An ESC in a case path reached the terminal as it was (the error echoes the path)."""
    from dronecalc import cli
    assert cli.main(["case", "\x1b[31mred\x07.toml"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\\x1b[31mred\\x07.toml" in err


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2015", "\ufe63", "\uff0d"])
@pytest.mark.parametrize("spaced", [False, True])
def test_a_range_with_any_dash_is_a_range(dash, spaced):
    """'5\u20126 kg' was 'cannot read figure' and '5 \u2010 6 kg' hinted text = '6 kg'."""
    from dronecalc.intake.figures import parse
    sep = f" {dash} " if spaced else dash
    figure = parse(f"5{sep}6 kg")
    assert (figure.kind, figure.low.m_as("kg"), figure.high.m_as("kg")) == ("range", 5, 6)


# --------------------------------------------------------------------------- the families, small

def _families():
    import importlib
    import sys
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return importlib.import_module("fuzz_families")


def test_figure_forms_read_as_they_say_or_raise():
    """300 figures of known reading in every dash, space and digit form (benchmarks/fuzz.py
    runs the family at any size): the reading is the known one or a library error."""
    import random
    families = _families()
    rng = random.Random(8)
    for _ in range(300):
        text, expected = families.figure_form(rng)
        try:
            families.check_form(text, expected)
        except DroneCalcError:
            pass


def test_case_forms_load_or_raise_a_case_error_naming_the_cause(tmp_path):
    import random
    families = _families()
    rng = random.Random(8)
    base = REFERENCE.read_text(encoding="utf-8")
    for _ in range(60):
        path = tmp_path / "c.toml"
        raw, expected = families.case_form(rng, base)
        path.write_bytes(raw)
        try:            # a UTF-16, NUL or binary file must be refused naming what it is
            families.load_form(str(path), expected)
        except CaseError as exc:
            assert "unforeseen" not in str(exc) and len(str(exc)) < 5000


@pytest.mark.parametrize("case, field, text", [
    ("shahed-136", "wing_area", "0 m^2"), ("shahed-136", "fuel_volume", "0 L"),
    ("shahed-136", "length", "0 m"), ("bqm-74e-target-drone", "engine_thrust", "0 N"),
    ("green-zone-2021", "takeoff_mass", "0 kg")])
def test_a_zero_size_mass_or_power_input_describes_no_machine(case, field, text, tmp_path):
    """A piston wing's wing_area of '0 m^2' gave ranges of 1,510-10,300 km (p5-p95), 0 N of
    jet thrust and 0 L of fuel gave verdicts, flagged only out of range."""
    path = tmp_path / "c.toml"
    path.write_text((ROOT / "examples" / "cases" / f"{case}.toml").read_text(encoding="utf-8")
                    + f'\n[figures.FZ]\nfield = "{field}"\ntext = "{text}"\nrole = "input"\n',
                    encoding="utf-8")
    with pytest.raises(CaseError, match=f"FZ.text: a machine's {field} of 0 describes no"):
        load_case(path)


def test_a_zero_claim_is_still_a_claim(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(REFERENCE.read_text(encoding="utf-8") + '\n[figures.FZ]\nfield = '
                    '"takeoff_mass"\ntext = "0 kg"\nrole = "claim"\n', encoding="utf-8")
    assert load_case(path).figures["FZ"].role == "claim"


def test_a_case_file_given_to_extract_gets_a_warning():
    """'dronecalc extract case.toml' drafted the case's quotes into 53 entries, with no word."""
    draft = extract_file(str(REFERENCE))
    assert any("looks like a dronecalc case file" in w for w in draft.warnings)
    assert not any("case file" in w for w in extract_file(str(ARTICLE)).warnings)


@pytest.mark.parametrize("text", ["5 ± kg", "5 kg ±", "5 kg =", "5 kg ~", "5 kg 😀", "5 kg ?"])
def test_a_symbol_in_the_unit_is_refused_not_dropped(text):
    """pint's tokenizer dropped '±', '=', '~' and emoji: '5 ± kg' read as 5 kg."""
    from dronecalc.intake.figures import parse
    with pytest.raises(DroneCalcError, match="in the unit"):
        parse(text)


@pytest.mark.parametrize("text", ["5 m²", "30 km·h⁻¹", "5 µg", "5 °C", "5 kg.", "5 kg,", '5"'])
def test_unit_characters_still_read(text):
    from dronecalc.intake.figures import parse
    assert parse(text).low.magnitude == pytest.approx(30 if "km" in text else 5)


@pytest.mark.parametrize("command", ["extract", "case"])
def test_a_closed_standard_input_is_said_so(command, monkeypatch, capsys):
    """'dronecalc extract - <&-' ended in the internal error (AttributeError on None)."""
    import sys
    from dronecalc import cli
    monkeypatch.setattr(sys, "stdin", None)
    assert cli.main([command, "-"]) == 2
    err = capsys.readouterr().err
    assert "standard input is closed" in err and "internal error" not in err


@pytest.mark.parametrize("text", ["5 or 6 kg", "5 - 6 - 7 kg", "5 to -3 kg"])
def test_a_figure_of_several_numbers_is_not_hinted_down_to_its_last(text):
    """'5 or 6 kg' was told to write text = '6 kg' (a number dropped by following the hint)."""
    from dronecalc.intake.figures import parse
    with pytest.raises(DroneCalcError) as info:
        parse(text)
    assert "two numbers or more" in str(info.value) and "text = '" not in str(info.value)
