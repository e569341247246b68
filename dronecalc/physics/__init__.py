"""Physics: SI floats and numpy arrays in and out, any array shape.

Shared models (atmosphere, battery, rotor, propulsion, airframe) and one module per vehicle kind
(:mod:`.multirotor`) behind the interface in :mod:`.kinds`. Imports only intake's unit layer.
"""
