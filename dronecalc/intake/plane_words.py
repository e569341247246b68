"""Kind and plant words the spotter reads besides ``intake.unit_words``' (review 23, issue 10).

* an **unmanned plane** is a fixed wing ("based on a ultra-light unmanned plane", increast.eu
  on a Belarusian reconnaissance drone, had named no kind): "plane" only with a word that
  makes it the drone ("unmanned", "pilotless", "drone plane"), since a bare "plane" is as often
  a manned one, "airplane mode" a phone's and "the plane of the rotor" geometry;
* **Octa** is eight rotors ("ThunderFly Octa Multicopter", the TF-M8X's page: the
  multirotor had been drawn with the priors' four), as "Hexa multirotor" is six;
* an **electrical engine** is an electric plant ("The plane is equipped with an electrical
  engine", the same Belarusian drone: ``intake.airframes.POWER_WORDS`` reads "electrical").

Kept apart from ``intake.unit_words`` (the units' own module) and put before its rows, so
that "Octa Multicopter" is read as one word, not as a bare "Multicopter".
"""
from __future__ import annotations

__all__ = ["KIND_WORDS_BEFORE", "PLANT_PARTS"]

#: A word that cannot stand between "unmanned" and "plane" in one noun phrase.
_NOT_IN_PHRASE = r"(?!(?:and|or|with|than|to|of|by|near|into|hit|struck)\b)"
#: (regex, kind label) rows read before ``unit_words.KIND_WORDS``.
KIND_WORDS_BEFORE = (
    (r"octa[- ]?multi-?(?:rotors?|copters?)|octa-?copters?|octa-?rotors?", "octocopter"),
    (rf"(?:unmanned|uncrewed|pilotless|robotic|remotely[- ]piloted)(?:[- ]{_NOT_IN_PHRASE}"
     r"[a-z]+){0,2}? (?:air|aero)?planes?|drone (?:air|aero)?planes?|(?:air|aero)?plane[- ]"
     r"drones?", "fixed-wing"),
)
#: (regex, field, role) rows read with ``unit_words.PARTS``: an electric plant in other words.
PLANT_PARTS = (
    (r"(?i:electrical (?:engines?|motors?)|electric engines?)", "engine_type", "input"),
)
