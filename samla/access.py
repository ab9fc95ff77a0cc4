"""Who may use a view. Every view states it; a test walks the URLs to prove it.

``@public`` marks a page anyone may read. Later views name a rule from the
apps' ``rules.py`` instead.
"""

PUBLIC = "public"


def public(view):
    """The view shows only what anyone may see."""
    view.access_rule = PUBLIC
    return view
