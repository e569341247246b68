"""A pack count written with the pack's model code ("two TB60 batteries") is the pack count.

A spec passage "a take-off weight of 6.3 kg including two TB60 batteries. Each TB60 battery ...
stores 274 Wh" had drafted no pack count, so the energy of one pack was flown as the whole
and DJI's own 55 min came out implausible (lead's trial on an unseen passage, stop 25).
"""
import pytest

from dronecalc.intake.extract import extract


def _fields(text):
    return {(f.field, f.text) for f in extract(text).figures}


@pytest.mark.parametrize("sentence, count", [
    ("The quadcopter weighs 6.3 kg including two TB60 batteries and flies 55 minutes.", "two"),
    ("The quadcopter weighs 6.3 kg with 2 TB60 batteries and flies 55 minutes.", "2"),
    ("The hexacopter flies 35 minutes on six TB48S batteries.", "six"),
])
def test_model_code_between_count_and_batteries(sentence, count):
    assert ("pack_count", count) in _fields(sentence)


def test_a_model_code_before_another_noun_is_no_pack_count():
    assert not any(f == "pack_count" for f, _ in
                   _fields("It carries two AGM114 missiles and flies 30 minutes."))


M300 = ("The DJI Matrice 300 RTK is a quadcopter with a take-off weight of 6.3 kg including two "
        "TB60 batteries. Each TB60 battery has a capacity of 5935 mAh at 52.8 V (12S LiPo) and "
        "stores 274 Wh. DJI says the drone flies for up to 55 minutes without payload.")


def test_each_packs_energy_is_written_as_all_packs():
    energy = [f for f in extract(M300).figures if f.field == "battery_energy"]
    assert [f.text for f in energy] == ["548 Wh"]          # battery_energy: all packs
    assert "one pack's" in " ".join(energy[0].notes)


def test_an_energy_of_all_packs_is_left_as_written():
    text = M300.replace("Each TB60 battery has a capacity of 5935 mAh at 52.8 V (12S LiPo) and "
                        "stores 274 Wh.", "Together the batteries store 548 Wh.")
    assert [f.text for f in extract(text).figures if f.field == "battery_energy"] == ["548 Wh"]
