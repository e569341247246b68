"""Drafting slips found by running ``dronecalc extract`` on a second round of public passages
it had never seen (tests/fixtures/unseen2/, docs/validation.md, *Unseen passages, second
round*, 2026-12-06). Each test drafts a short sentence written for it (not the source's text)
and asserts what the draft must hold."""
import pytest

from dronecalc.intake.extract import extract


def _figures(draft):
    return [i for i in draft.items if i.kind == "figure"]


def _by_written(draft):
    return {i.written: i for i in _figures(draft)}


# -- "a 5kg lifting capacity" (FOX 5 on Drone Delivery Canada's Sparrow) was context with no
#    cue: the capacity noun after the figure names the load it can lift
@pytest.mark.parametrize("sentence, written", [
    ("The Sparrow has a 5kg lifting capacity.", "5kg"),
    ("The hexacopter has a 12 kg lift capacity.", "12 kg"),
    ("The octocopter offers a 20 lb carrying capacity.", "20 lb"),
])
def test_a_lifting_capacity_after_the_figure_is_the_maximum_payload(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert (f.field, f.role) == ("max_payload", "claim"), (f.field, f.role, f.cues)


# -- "60 Wh (watt-hour) for every pound of battery weight", "100W for every 1 pound of overall
#    weight" (a delivery blog): a quantity per another, written with "for every", had been a
#    pack's energy of 60 Wh, an engine's 100 W and a take-off mass of 1 pound
@pytest.mark.parametrize("sentence, rate, stray", [
    ("These batteries hold 60 Wh (watt-hour) for every pound of battery weight.", "60 Wh", None),
    ("Hovering takes 100W for every 1 pound of overall weight.", "100W", "1 pound"),
    ("A pack stores about 150 Wh for each kilogram it weighs.", "150 Wh", None),
])
def test_a_quantity_for_every_unit_is_a_rate(sentence, rate, stray):
    figs = _figures(extract(sentence))
    mine = [f for f in figs if rate in f.written]
    assert len(mine) == 1, [f.written for f in figs]
    assert mine[0].field in ("context", "battery_specific_energy"), (mine[0].field, mine[0].written)
    assert mine[0].field not in ("battery_energy", "engine_power")
    if stray:
        assert not any(f.written == stray for f in figs), [(f.written, f.field) for f in figs]


# -- "280 m / 918 ft AGL", "1 km / 0.60 mi" (AgEagle's case-study table): a conversion after a
#    slash had been a second figure (the metres context, the feet the altitude)
@pytest.mark.parametrize("sentence, written, also", [
    ("The drone mapped the quarry at 280 m / 918 ft AGL.", "280 m", "918 ft"),
    ("The two sites are 1 km / 0.60 mi apart.", "1 km", "0.60 mi"),
    ("The quadcopter weighs 5 kg/11 lb.", "5 kg", "11 lb"),
])
def test_a_conversion_after_a_slash_is_one_figure(sentence, written, also):
    figs = _by_written(extract(sentence))
    assert also not in figs, list(figs)
    assert any(f"also written as ({also}), read as the same figure" in n
               for n in figs[written].notes), figs[written].notes


def test_two_values_after_a_slash_stay_two_figures():
    figs = _by_written(extract("The quadcopter weighs 5 kg/10 kg empty and loaded."))
    assert "5 kg" in figs and "10 kg" in figs, list(figs)


# -- "a 2.5 to 3 hour-drive from the offices" (AgEagle): a journey on the ground had been a
#    flight-time claim
@pytest.mark.parametrize("sentence, written", [
    ("The quarries are a 2.5 to 3 hour-drive from the offices.", "2.5 to 3 hour"),
    ("The site is a two-hour drive from the base.", "two-hour"),
    ("The farm is 3 hours by car from the city.", "3 hours"),
])
def test_a_drive_is_no_flight_time(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert f.field == "context", (f.field, f.cues)


def test_a_flight_is_still_a_flight_time():
    f = _by_written(extract("The drone can fly for 40 minutes."))["40 minutes"]
    assert f.field == "flight_time", (f.field, f.cues)


# -- "allows it to take flight for about 45 minutes before needing to be recharge[d]" (a DHL
#    parcelcopter page): the "before" had made the endurance context
@pytest.mark.parametrize("sentence, written", [
    ("The battery allows it to take flight for about 45 minutes before needing a recharge.",
     "about 45 minutes"),
    ("The hexacopter took flight for 20 minutes before landing.", "20 minutes"),
])
def test_taking_flight_for_a_time_is_a_flight_time(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert (f.field, f.role) == ("flight_time", "claim"), (f.field, f.cues)


# -- a bracketed conversion of a range with its unit twice, "200kt to 300kt (370 km/h to
#    556 km/h)" (DroneDJ on a Marine Corps specification), and one with a spaced slash, "40
#    miles per hr (64 km / h)" (a DHL parcelcopter page): each had been a second speed claim
@pytest.mark.parametrize("sentence, written, also, stray", [
    ("It would cruise at 200kt to 300kt (370 km/h to 556 km/h) with its load.",
     "200kt to 300kt", "370 to 556 km/h", "370 km/h to 556 km/h"),
    ("It can reach up to 40 miles per hr (64 km / h) in calm air.",
     "up to 40 miles per hr", "64 km/h", "64 km / h"),
])
def test_a_bracketed_range_or_spaced_unit_is_a_conversion(sentence, written, also, stray):
    figs = _by_written(extract(sentence))
    assert stray not in figs, list(figs)
    assert any(f"also written as ({also}), read as the same figure" in n
               for n in figs[written].notes), figs[written].notes


# -- "a maximal payload of one ton" (a news blog on the Heron TP): "maximal" is "maximum"; the
#    load had been the payload input of every claim
@pytest.mark.parametrize("sentence, written, field", [
    ("The drone has a maximal payload of one ton.", "one ton", "max_payload"),
    ("Its maximal take-off weight is 5 kg.", "5 kg", "max_takeoff_mass"),
])
def test_maximal_is_maximum(sentence, written, field):
    f = _by_written(extract(sentence))[written]
    assert f.field == field, (f.field, f.role, f.cues)


# -- "can reach fastness of up to 40 miles per hr (64 km / h) if wind condition are friendly"
#    (a machine-reworded DHL page): a wind named in an "if" clause is the figure's condition,
#    not the wind's speed; once the bracket was read as the same figure, the top speed had
#    become context
@pytest.mark.parametrize("sentence, written", [
    ("The quadcopter goes up to 40 mph (64 km/h) if wind conditions are friendly.", "up to 40 mph"),
    ("The quadcopter goes up to 40 mph if the wind allows.", "up to 40 mph"),
])
def test_a_wind_in_an_if_clause_is_a_condition(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert f.field != "context", (f.field, f.cues)


def test_a_wind_speed_is_still_the_winds():
    f = _by_written(extract("It was flown in winds of 40 km/h."))["40 km/h"]
    assert f.field == "context", (f.field, f.cues)
