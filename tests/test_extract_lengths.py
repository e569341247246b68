"""A machine's overall length drafted as the length field (issue 10, extract3): spec lines and
sentences about the aircraft; a length of something else stays context."""
import pytest

import dronecalc

from dronecalc.intake.case import load_case
from dronecalc.intake.extract import extract


def _figure(text: str, written: str):
    return next(f for f in extract(text).figures if f.written == written)


@pytest.mark.parametrize("text, written", [
    ("The DJI Agras T40 quadcopter is 1.3m long and weighs 38 kg.", "1.3m"),
    ("DJI Agras T40 specifications\nLength/Width: 2050 mm\nWeight: 38 kg", "2050 mm"),
    ("Specifications\nLength: 1.3 m\nTakeoff weight: 5 kg", "1.3 m"),
    ("| Length | 90 cm |\n| Weight | 9 kg |", "90 cm"),
    ("The Bayraktar TB2 has a length of 6.5m and a wingspan of 12m.", "6.5m"),
])
def test_the_machines_length_is_drafted_as_length(text, written):
    fig = _figure(text, written)
    assert (fig.guess, fig.role) == ("length", "input")


@pytest.mark.parametrize("text, written", [
    ("The quadcopter took off from a road 2 km long.", "2 km"),
    ("The quadcopter carries a warhead that is 1 m long.", "1 m"),
    ("It flew a long-range mission of 300 km.", "300 km"),
])
def test_a_length_of_something_else_is_no_length(text, written):
    assert _figure(text, written).guess != "length"


def test_the_draft_with_a_length_loads(tmp_path):
    draft = extract("The DJI Agras T40 quadcopter is 1.3 m long and weighs 38 kg.")
    path = tmp_path / "draft.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    case = load_case(path)
    assert case.figures["F2"].field == "length"


@pytest.mark.parametrize("text, written, si", [
    ("The sprayer hovered for 12 min in 35 C heat.", "35 C", 308.15),
    ("The quadcopter flew for 20 minutes in 95 F temperatures.", "95 F", 308.15),
])
def test_a_lone_c_or_f_before_a_weather_word_is_the_air_temperature(text, written, si):
    fig = _figure(text, written)
    assert (fig.guess, fig.role) == ("air_temperature", "input")
    assert dronecalc.parse(fig.text).low.m_as("K") == pytest.approx(si)


def test_a_lone_c_elsewhere_is_no_temperature():
    assert not [f for f in extract("The pack is rated 35 C discharge.").figures
                if f.guess == "air_temperature"]


def test_a_leg_flown_with_a_load_has_that_payload(tmp_path):
    # the "16 km with 30 kg": the distance claim is judged with its own payload
    draft = extract("The quadcopter flew 16 km with a 30 kg load.")
    leg = _figure("The quadcopter flew 16 km with a 30 kg load.", "16 km")
    assert (leg.guess, leg.payload, leg.with_payload) == ("distance", "30 kg", None)
    path = tmp_path / "draft.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    assert load_case(path).figures["F2"].payload is not None


def test_a_load_before_an_unjoined_leg_is_not_its_payload():
    leg = _figure("It carried 30 kg, and later flew 16 km back to base.", "16 km")
    assert leg.payload is None


def test_vtol_and_a_wingspan_draft_an_inferred_quadplane(tmp_path):
    draft = extract("The VTOL drone has a wingspan of 3 m and flies for 2 hours.")
    (kind,) = [i for i in draft.items if i.kind == "airframe"]
    assert (kind.text, kind.role) == ("VTOL quadplane", "input")
    assert any("inferred" in n for n in kind.notes)
    path = tmp_path / "draft.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    assert load_case(path).figures["F1"].field == "airframe"


def test_vtol_without_a_wingspan_stays_context():
    (kind,) = [i for i in extract("The VTOL drone flies for 2 hours.").items
               if i.kind == "airframe"]
    assert kind.role == "context"


@pytest.mark.parametrize("text", ["The drone has four coaxial pairs of rotors and weighs 20 kg.",
                                  "The drone has four pairs of coaxial rotors and weighs 20 kg."])
def test_four_coaxial_pairs_are_eight_rotors(text):
    counts = [i for i in extract(text).items if i.field == "rotors"]
    assert [(i.text, i.role) for i in counts] == [("8", "input")]
