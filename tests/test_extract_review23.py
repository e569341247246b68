"""Review 23's extractor items (issue 10, findings 4-9): an unmanned "plane" and its
"electrical engine", the typo "weights", a new model compared with its predecessor, a typical
delivery distance, "Octa" and a motors row's "8 x", a delivery schedule, a conditional
endurance and a spelt-out unit's slip, and a lede the body restates. Each test drafts the
sentence of the reviewed passage (/work/reviews/review23/p/) and asserts what the draft must
hold."""
import pytest

from dronecalc.intake.airframes import resolve
from dronecalc.intake.draft_kind_hints import NO_MULTIROTOR
from dronecalc.intake.extract import extract


def _by_written(draft):
    return {i.written: i for i in draft.items}


# -- 4: an unmanned plane is a fixed wing, its electrical engine the electric plant
BELARUS = ("Scientists of the physical-technical institute of the academy of sciences of Belarus "
           "developed the first unmanned flying vehicle, based on a ultra-light unmanned plane, "
           "which was designed for video surveillance of buildings and areas. Due to the fact, "
           "that the plane is made from fibre composite plastics the plane weights 2200 grams "
           "only. The plane is equipped with a video camera and can be operated manually in a "
           "range of 20 km around its base. The maximum speed is 60 km/h. The plane is equipped "
           "with an electrical engine and does not emit any noise.")


def test_an_unmanned_plane_is_a_fixed_wing_with_its_electric_engine():
    d = extract(BELARUS)
    frames = [i for i in d.items if i.kind == "airframe" and i.role == "input"]
    assert frames and resolve(frames[0].text).layout == "fixed-wing", [
        (i.written, i.role) for i in d.items]
    assert NO_MULTIROTOR not in d.warnings
    plants = [i for i in d.items if i.field == "engine_type"]
    assert plants and resolve(plants[0].text).power == "electric", [
        (i.written, i.text) for i in plants]


@pytest.mark.parametrize("sentence, written", [
    ("Due to the fact, that the plane is made from fibre composite plastics the plane weights "
     "2200 grams only.", "2200 grams"),
    ("The unmanned plane weighs 2200 grams only.", "2200 grams"),
])
def test_weights_as_a_verb_is_the_mass(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert (f.field, f.role) == ("takeoff_mass", "input"), (f.field, f.role, f.cues)


@pytest.mark.parametrize("sentence", [
    "Switch the phone to airplane mode before the quadcopter takes off.",
    "The blades turn in the plane of the rotor disc.",
    "The drone flew near a plane at 120 m.",
])
def test_other_planes_name_no_fixed_wing(sentence):
    d = extract(sentence)
    assert not any(i.kind == "airframe" and resolve(i.text).layout == "fixed-wing"
                   for i in d.items), [(i.written, i.text) for i in d.items]


def test_weights_as_a_noun_is_no_verb():
    f = _by_written(extract("The test used weights of 2 kg hung under the drone."))["2 kg"]
    assert f.field != "takeoff_mass", (f.field, f.cues)


# -- 5: a new model compared with the previous one; a typical delivery distance
WING = ("Later, Wing, a drone company under Google's parent company Alphabet, announced the "
        "launch of a new cargo model, which is advertised as having a cargo weight capacity "
        "twice that of the previous model and can transport packages of up to 2 kilograms.")
WING_RANGE = ("This drone will be able to deliver at a speed of 105 kilometers per hour within a "
              "total range of 20 kilometers. If the round-trip distance is taken into account, "
              "it means that the most common delivery distance must be within 10 kilometers, "
              "but it can also meet most small package delivery needs.")


def test_a_figure_after_a_comparison_with_the_previous_model_is_the_new_ones():
    f = _by_written(extract(WING))["up to 2 kilograms"]
    assert (f.field, f.role) == ("max_payload", "claim"), (f.field, f.role, f.notes)


def test_the_previous_models_own_figure_stays_context():
    f = _by_written(extract("Wing's previous model could carry up to 1 kilogram."))[
        "up to 1 kilogram"]
    assert f.role == "context", (f.field, f.role)


def test_a_typical_delivery_distance_is_context():
    got = _by_written(extract(WING_RANGE))
    assert (got["20 kilometers"].field, got["20 kilometers"].role) == ("range", "claim")
    f = got["10 kilometers"]
    assert f.role == "context", (f.field, f.role, f.cues)
    assert any("typical" in n for n in f.notes), f.notes


# -- 6: "Octa" and a motors row's "8 x" are eight rotors
def test_octa_and_a_motors_row_give_eight_rotors():
    d = extract("ThunderFly Octa Multicopter. Design include hinges which make multicopter "
                "easier to transport.\n- Maximum Take-off Weight: 12 kg\n"
                "- Motors: 8 x Tarot 330kv 4008\n- ESCs: 8 x X-Rotor 40A\n"
                "- Fly Time: ~ 20 minutes\n")
    frames = [i for i in d.items if i.kind == "airframe" and i.role == "input"]
    assert frames and resolve(frames[0].text).rotors == 8, [(i.written, i.text) for i in frames]
    counts = [i for i in d.items if i.field == "rotors"]    # context: the airframe says 8
    assert counts and all(i.text == "8" for i in counts), [(i.written, i.text) for i in counts]
    assert "ESCs" not in " ".join(i.quote for i in counts)


def test_a_motors_row_alone_gives_the_rotor_count():
    d = extract("The multicopter carries a camera.\n- Motors: 6 x T-Motor MN501\n"
                "- Fly Time: 25 minutes\n")
    counts = [i for i in d.items if i.field == "rotors" and i.role == "input"]
    assert [i.text for i in counts] == ["6"], [(i.written, i.field, i.role) for i in d.items]


def test_an_escs_row_is_no_rotor_count():
    d = extract("The quadcopter weighs 2 kg.\n- ESCs: 4 x 30A\n")
    assert not any(i.field == "rotors" for i in d.items)


# -- 7: a delivery schedule is no statement claim
def test_a_delivery_schedule_is_no_feasibility_claim():
    d = extract("Later, Ukroboronprom said that they would be able to present a Ukrainian attack "
                "drone to the military by the end of the year.")
    assert not any(i.kind == "statement" and i.role == "claim" for i in d.items), [
        i.written for i in d.items if i.kind == "statement"]


def test_a_feat_with_would_be_able_to_stays_a_statement():
    d = extract("The engineers said the drone would be able to fly across the Channel.")
    assert any(i.kind == "statement" and i.asserts == "feasible" for i in d.items)


# -- 8: a conditional endurance is context; a spelt-out unit offers no unit slip
@pytest.mark.parametrize("sentence, written", [
    ("Under the right environmental circumstances the drone can stay airborne for around 340 "
     "hours, fully autonomously, Hamdani said.", "around 340 hours"),
    ("Theoretically, the drone could stay aloft for 100 hours.", "100 hours"),
    ("The glider could potentially fly for 60 hours.", "60 hours"),
])
def test_a_conditional_possibility_is_context(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert f.role == "context", (f.field, f.role)
    assert any("conditional" in n for n in f.notes), f.notes


@pytest.mark.parametrize("sentence, written", [
    ("The drone can stay airborne for 34 hours.", "34 hours"),
    ("The fixed-wing drone has a theoretical range of 50 km.", "50 km"),
    ("In ideal conditions the quadcopter flies for 46 minutes.", "46 minutes"),
])
def test_a_plain_or_rated_figure_stays_a_claim(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert f.role == "claim", (f.field, f.role, f.notes)


def test_a_spelt_out_unit_offers_no_unit_slip():
    f = _by_written(extract("The electric fixed-wing drone can stay airborne for around 340 "
                            "hours."))["around 340 hours"]
    assert f.role == "claim"
    assert f.flag and "alternative reading" not in f.flag, f.flag
    f = _by_written(extract("The electric fixed-wing drone can stay airborne for three hundred "
                            "and forty hours."))["three hundred and forty hours"]
    assert f.flag and "alternative reading" not in f.flag, f.flag
    f = _by_written(extract("The electric fixed-wing drone can stay airborne for 340 hrs."))[
        "340 hrs"]
    assert f.flag and "alternative reading 340 min" in f.flag, f.flag     # an abbreviation


# -- 9: a lede's one claim the body restates is drafted once
ALTIUS = ("The Russian military has unveiled footage of a reconnaissance drone, which it claims "
          "can fly for over 24 hours, performing its first flight.\n\nRussia's Altius-U boasts "
          "an \"entire spectrum of reconnaissance tasks using optical, radio and radar means\" in "
          "addition to its flight time of more than 24 hours, the Defense Ministry said on "
          "Tuesday.\n\nThe Altius-U's first test flight lasted 32 minutes at an altitude of up to "
          "800 meters, the Defense Ministry said.\n")


def test_a_lede_claim_the_body_restates_is_drafted_once():
    d = extract(ALTIUS)
    got = _by_written(d)
    claims = [i for i in d.items if i.field == "flight_time" and i.role == "claim"]
    assert [i.written for i in claims] == ["more than 24 hours", "32 minutes"], [
        (i.written, i.role) for i in d.items]
    lede = got["over 24 hours"]
    assert lede.role == "context" and lede.refers == (got["more than 24 hours"].id,), (
        lede.role, lede.refers)
