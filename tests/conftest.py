"""Shared test settings: hypothesis kept lean and deterministic so the suite stays fast on CI."""
from hypothesis import HealthCheck, settings

settings.register_profile("dronecalc", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("dronecalc")
