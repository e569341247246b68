"""One module per claim kind; each registers its :class:`~dronecalc.claims.registry.ClaimKind`.

==================  ==========================================================================
kind                what is compared
==================  ==========================================================================
``kinematics``      range, flight time and speed claims with each other (no physics)
``endurance``       a flight-time claim against the estimated maximum endurance
``range``           a range claim against the estimated maximum range
``leg``             a stated leg (distance at a speed, with or without payload): reserve left
``statement``       a claim such as "could not fly that leg unless modified", via its leg
``ceiling``         a multirotor's ceiling claim against its hover ceiling (full-throttle thrust
                    = weight, ISA density altitude)
``lift``            the payload against the full-throttle thrust of the stated motors
``motor``           motor Kv x pack voltage: RPM, tip speed and tip Mach of the propellers
``radio``           a radio's advertised range against a claimed flight range
==================  ==========================================================================

A capability claim (endurance, range, a leg flown) holds when the machine can do at least
what is claimed: the lower end of a range figure, the bound of an open figure. A claim
stated without saying whether it was with payload is evaluated in the more favourable
condition (without), and the finding says so.
"""
