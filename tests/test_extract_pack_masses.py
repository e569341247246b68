"""A pack's own weight is drafted as all packs' (issue 10): ``battery_mass`` is the mass of all
the packs (docs/case-format.md), so "two battery packs of 650 g each" is 1300 g with two packs,
not 650 g for both (main drafted 650 g, half what the text says)."""
import pytest

from dronecalc.intake.extract import extract
from dronecalc.intake.figures import parse
from dronecalc.intake.numbers import normalise


def _fields(sentence):
    draft = extract(sentence)
    mass = [i for i in draft.items if i.field == "battery_mass"]
    packs = [i for i in draft.items if i.field == "pack_count" and i.role == "input"]
    return mass, packs


@pytest.mark.parametrize("sentence", [
    "The quadcopter flies on two battery packs of 650 g each and flies 25 minutes.",
    "The quadcopter carries 2 x 650 g batteries and flies 25 minutes.",
    "The hexacopter weighs 6 kg with each of its two 650 g packs and flies 25 minutes.",
    "It flies on two batteries, each weighing 650 g, for 25 minutes.",
])
def test_a_mass_per_pack_is_all_packs_mass_with_their_count(sentence):
    mass, packs = _fields(sentence)
    assert len(mass) == 1 and mass[0].role == "input"
    assert parse(mass[0].text).nominal.to("g").magnitude == pytest.approx(1300.0)
    assert any("650" in n and "1300" in n or "2 x 650" in n for n in mass[0].notes)
    assert [normalise(p.text).strip() for p in packs] == ["2"]


def test_one_pack_per_pack_mass_with_no_count_is_kept_and_said():
    mass, packs = _fields("Each battery weighs 650 g and the drone flies 25 minutes.")
    assert parse(mass[0].text).nominal.to("g").magnitude == pytest.approx(650.0)
    assert not packs
    assert any("one pack's mass" in n for n in mass[0].notes)


@pytest.mark.parametrize("sentence", [
    "The 6S battery weighs 650 g.",
    "The quadcopter flies on two battery packs weighing 1.3 kg in all.",
])
def test_a_mass_not_stated_per_pack_is_kept(sentence):
    mass, _ = _fields(sentence)
    assert [m.text for m in mass] in (["650 g"], ["1.3 kg"])
    assert not any("one pack's mass" in n for m in mass for n in m.notes)
