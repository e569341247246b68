"""Claims: result types, verdict rules and one check per claim kind."""
