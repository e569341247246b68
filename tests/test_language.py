"""A passage in another language is flagged in the draft, never silently drafted as empty.

``dronecalc extract`` reads English unit words and cues only: a Russian report ("до 50 кг")
drafted no entry and a Spanish one ("480 kilos") a stray context figure, with no word of
why (a lead's trial on two stored news pages, azvision.az and molva33.ru).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dronecalc.intake.extract import extract
from dronecalc.intake.language import language_warning

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
#: The fixture passages that are not in English (French spec pages without a translation;
#: ux8's Spanish Quantum TRON story). ux8's Hungarian EHang spec list is a known miss, not
#: flagged: Hungarian's article "a" and "is" are English function words.
FRENCH = {"bebop1-radiocanada.txt", "poweregg-locationvente.txt", "tron-digitaltrends.txt"}

RUSSIAN = ("Дрон имеет размах крыльев около 2,5 метра, а обломки упали рядом с поликлиникой. "
           "Этот БПЛА способен нести груз с боевой частью весом до 50 кг и имеет дальность "
           "полета до 1000 км.")
SPANISH = ("El Wing-Loong II tiene un peso máximo de despegue de 4,2 toneladas, es capaz de "
           "transportar carga externa de hasta 480 kilos, elevarse a una altitud de 9.000 metros "
           "y permanecer en el aire durante 20 horas. Su velocidad alcanza 340 kilómetros por "
           "hora.")


def test_every_english_fixture_passage_reads_as_english():
    flagged = {p.name for p in FIXTURES.rglob("*.txt")
               if language_warning(p.read_text(encoding="utf-8", errors="replace"))}
    assert flagged == FRENCH


@pytest.mark.parametrize("text, sign", [(RUSSIAN, "script"), (SPANISH, "function words")])
def test_a_passage_in_another_language_is_flagged_in_the_draft(text, sign):
    draft = extract(text)
    assert sign in draft.warnings[0] and "English only" in draft.warnings[0]
    assert "translate" in draft.to_toml().split("[case]")[0]


def test_an_original_quoted_with_its_translation_is_read():
    text = RUSSIAN + (' (translation: "The drone has a wingspan of about 2.5 metres ... it can '
                      'carry a load with a warhead of up to 50 kg and has a flight range of up '
                      'to 1000 km, the paper said; it was shot down in the morning as it flew '
                      'to the city.")')
    assert language_warning(text) is None
    assert {f.text for f in extract(text).figures} >= {"up to 50 kg", "up to 1000 km"}


def test_an_english_spec_table_has_few_function_words_and_is_not_flagged():
    table = "\n".join(f"| {k} | {v} |" for k, v in [
        ("Weight", "3.2 kg"), ("Max flight time", "42 min"), ("Max speed", "72 km/h"),
        ("Battery", "5000 mAh LiPo 6S"), ("Wheelbase", "650 mm"), ("Max payload", "1.5 kg"),
        ("Operating temperature", "-10 to 40 C"), ("Hover accuracy", "0.5 m"),
        ("Transmission range", "10 km"), ("Camera", "4K 60 fps gimbal stabilised")])
    assert language_warning(table) is None


def test_too_little_text_to_tell_is_not_flagged():
    assert language_warning("de la el los las que y del una") is None


def test_a_short_line_in_another_script_is_flagged():
    """The script needs no length: "Масса 3 кг" is as unreadable to the drafting as a page
    (the report review of 2026-12-04); a unit letter is no script ("5 µm")."""
    assert "another script" in language_warning("Масса 3 кг")
    assert language_warning("5 µm") is None


def test_extract_to_a_file_prints_the_warnings(tmp_path):
    article = tmp_path / "ru.txt"
    article.write_text(RUSSIAN, encoding="utf-8")
    out = tmp_path / "ru.toml"
    run = subprocess.run([sys.executable, "-m", "dronecalc", "extract", str(article), "-o",
                          str(out)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0
    assert "0 entries" in run.stderr and "another script" in run.stderr
    header = out.read_text(encoding="utf-8").split("[case]")[0]
    assert "?." not in header          # a warning ending in '?' gets no second stop
