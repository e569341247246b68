"""Reviews 19 and 20's extractor items (issue 10): heights in feet drafted as ranges, fleet
totals and differences drafted as flight times, a package's weight as the take-off mass, a
spec sheet's battery rows as the aircraft's, four aircraft merged into one, a distance to a
place as a range, a first sentence as the title and a multirotor warning on a piston wing.
The sentences are the articles' own (the URLs in the comments); each test drafts them and
asserts what the draft must hold."""
import pytest

from dronecalc.intake.extract import extract


def _by_written(draft):
    return {i.written: i for i in draft.items}


@pytest.mark.parametrize("sentence, written, field, role", [
    # USA Today, 24 March 2008 (http://usatoday30.usatoday.com/news/military/2008-03-24-
    # ScanEagle_N.htm): main drafted the first two as range claims, the third as context
    ("The Predator weighs more than 1,100 pounds and can fly at altitudes up to 25,000 feet.",
     "up to 25,000 feet", "service_ceiling", "claim"),
    ("It has a wingspan of about 116 feet, and can fly at altitudes of up to 65,000 feet.",
     "up to 65,000 feet", "service_ceiling", "claim"),
    ("The Shadow has a wingspan of 12.3 feet, and it generally flies at altitudes between "
     "6,000 and 10,000 feet.", "between 6,000 and 10,000 feet", "altitude", "input"),
])
def test_altitudes_in_feet_are_heights_not_ranges(sentence, written, field, role):
    f = _by_written(extract(sentence))[written]
    assert (f.field, f.role) == (field, role), (f.field, f.role, f.cues)


def test_a_fleet_total_and_a_difference_are_context_and_one_flight_is_drafted_once():
    # strategypage, 11 April 2008 (https://m.strategypage.com/htmw/htairfo/articles/
    # 20080411.aspx): main drafted the fleet's 50,000 hours as a flight-time claim
    fleet = _by_written(extract("Over the last five years, these Scan Eagle UAVs have spent "
                                "over 50,000 hours in the air, and flown nearly 5,000 sorties."))
    assert fleet["over 50,000 hours"].role == "context", fleet["over 50,000 hours"].why_role
    own = _by_written(extract("The drone spent 26 hours in the air on its record flight."))
    assert own["26 hours"].role == "claim"                 # no period, no fleet: one flight
    # uasmagazine, 9 March 2020 (https://uasmagazine.com/articles/2137/spain-drone-developer-
    # breaks-flight-endurance-record): main drafted "nearly one hour" as a 1 h claim and the
    # 490 minutes twice
    d = extract("A hybrid multirotor developed by Spain-based Quaternium has set a flight time "
                "record of eight hours and ten minutes. At 490 minutes of flight time, "
                "Quaternium's world record endurance flight was nearly one hour longer than the "
                "previous record, according to the company.")
    got = _by_written(d)
    assert got["nearly one hour"].role == "context", got["nearly one hour"].why_role
    claims = [i for i in d.items if i.field == "flight_time" and i.role == "claim"]
    assert len(claims) == 1, [(i.written, i.role) for i in d.items]


def test_a_package_that_weighs_up_to_a_bound_is_the_load():
    # Yahoo, 15 March 2023 (https://ca.style.yahoo.com/next-generation-zipline-p2-zip-drone-
    # comes-with-an-adorable-droid-sidekick-183238257.html): main drafted a 3.6 kg aircraft
    (f,) = extract("Zipline's latest drone consists of two autonomous vehicles that will work "
                   "in unison with one another to deliver packages that weigh up to 8 "
                   "pounds.").figures
    assert f.field in ("payload_mass", "max_payload"), (f.field, f.cues)


#: PX4 docs, Amovlab F410 (https://github.com/PX4/PX4-Autopilot/blob/main/docs/en/
#: frames_multicopter/amovlab_f410_drone.md), the rows of review 20's f410.txt
F410 = ("Specifications\n| Specification | F410_V6C Flight Platform |\n| Empty Weight | 1056g |\n"
        "| Max Takeoff Weight | 2200g |\n| Max Hovering Time | 21min |\n| Battery | |\n"
        "| Model | FB45 |\n| Weight | 470g |\n| Charge Limit Voltage | 16.8V |\n"
        "| Nominal Voltage | 14.8V |\n| Rated Capacity | 5000mAh |\n| Configuration | 4s 1P |\n")


def test_a_spec_sheets_battery_rows_are_the_packs():
    # main: 470 g the take-off mass, 16.8 V the pack voltage (14.8 V context), "4s" a 4 s
    # flight, and the pack's model "FB45" the drone's type name
    d = extract(F410)
    got = _by_written(d)
    assert (got["470g"].field, got["470g"].role) == ("battery_mass", "input")
    assert got["16.8V"].role == "context" and got["14.8V"].role == "input"
    assert (got["4s"].field, got["4s"].role) == ("cell_count", "input")
    assert "FB45" not in d.drones, d.drones
    assert not [i for i in d.items if i.field == "takeoff_mass" and i.role == "input"]


def test_the_us_militarys_drones_are_four_types_each_with_its_figures():
    # USA Today, 24 March 2008 (the URL above): main named only the Predator, so the Global
    # Hawk's span and the Raven's weight were drafted as one machine's, with no warning
    d = extract("Global Hawk: It has a wingspan of about 116 feet.\n\nPredator: It weighs more "
                "than 1,100 pounds.\n\nShadow: The Shadow has a wingspan of 12.3 feet.\n\n"
                "Raven: Weighing a little more than four pounds, the Raven is a reconnaissance "
                "tool.")
    assert d.drones == ["Global Hawk", "Predator", "Shadow", "Raven"], d.drones
    assert any("4 drone types" in w for w in d.warnings), d.warnings
    got = _by_written(d)
    assert got["about 116 feet"].drone == "Global Hawk" and got["12.3 feet"].drone == "Shadow"
    from dronecalc.intake.airframes import resolve
    for name, power in (("Global Hawk", "jet"), ("Predator", "piston"), ("Shadow", "piston")):
        assert resolve(name).power == power, name


@pytest.mark.parametrize("text, check", [
    # sputnikglobe, 17 October 2023 (https://sputnikglobe.com/amp/20231017/new-russian-drone-
    # to-clear-remotely-controlled-mines-successfully-tested--1114255946.html): main drafted
    # a range claim of 20 km
    ("According to him, the drone can be used in areas located as far as 20 kilometers (12 "
     "miles) from the frontline in the special operation zone.",
     lambda d: [(i.field, i.role) for i in d.figures] == [("context", "context")]),
    # strategypage (the URL above): main's title was the first body sentence
    ("Warplanes: ScanEagle Soars\n\nApril 11,2008: For the past four years, the U.S. Navy has "
     "used a lightweight UAV. The ScanEagle UAV weighs 40 pounds.",
     lambda d: d.title == "Warplanes: ScanEagle Soars"),
    # irannews24, 22 August 2023 (https://irannews24.com/1140/iran-defense-minister-calls-
    # newly-unveiled-drone-exceptional/): main warned of "no mass, rotor size or battery"
    ("The Mohajer 10 drone is capable of travelling 2000 km. The drone has a maximum fuel "
     "capacity of 450 liters.",
     lambda d: not any("rotor size" in w for w in d.warnings)
     and any("fuel-burning" in w for w in d.warnings)),
    # the same article's payload sentence: check flies such a wing at a mass inferred from its
    # maximum payload, which the warning names (main: "would rest on the priors' default size")
    ("The Mohajer 10 drone is capable of travelling 2000 km. The drone has a maximum fuel "
     "capacity of 450 liters and a maximum payload weight of 300 kilograms.",
     lambda d: any("fuel-burning" in w and "from the payload (F" in w and "wingspan" in w
                   for w in d.warnings)),
    # a fixed wing with no fuel stated (written for this test): main told it "states no mass,
    # rotor size or battery"; check judges none of its claims without a mass or a wingspan
    ("A new fixed-wing drone flew 500 km at 120 km/h, the maker said.",
     lambda d: not any("rotor size" in w for w in d.warnings)
     and any("no mass or wingspan of this fixed wing" in w and "not judged" in w
             for w in d.warnings)),
])
def test_a_place_a_headline_and_a_fuel_machines_warning(text, check):
    d = extract(text)
    assert check(d), (d.title, d.warnings, [(i.written, i.field, i.role) for i in d.items])
