"""Project-wide rules."""

import rules

rules.add_perm("samla.authenticated", rules.is_authenticated)
