"""Every view states who may use it."""

from django.urls import URLPattern, URLResolver, get_resolver

from samla.access import PUBLIC

# Django's own apps state their rules themselves (admin: staff only).
THIRD_PARTY_PREFIXES = ("django.contrib.admin", "django.contrib.staticfiles")


def _walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":  # the admin site checks is_staff itself
                continue
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback


def test_every_project_view_states_its_access_rule():
    missing = []
    checked = 0
    for route, view in _walk(get_resolver().url_patterns):
        if view.__module__.startswith(THIRD_PARTY_PREFIXES):
            continue
        checked += 1
        if not getattr(view, "access_rule", None):
            missing.append(f"{route} ({view.__module__}.{view.__name__})")
    assert checked > 0
    assert not missing, "Vyer utan regel: " + ", ".join(missing)


def test_every_rule_a_view_names_exists():
    import rules

    named = {
        view.access_rule
        for _, view in _walk(get_resolver().url_patterns)
        if getattr(view, "access_rule", None)
    }
    assert PUBLIC in named
    unknown = [name for name in named - {PUBLIC} if not rules.perm_exists(name)]
    assert not unknown, unknown


def test_an_area_cannot_take_an_address_the_site_uses():
    import pytest
    from django.core.exceptions import ValidationError
    from django.urls import resolve

    from nosam.models import RESERVED_SLUGS, validate_area_slug

    for slug in RESERVED_SLUGS:
        with pytest.raises(ValidationError):
            validate_area_slug(slug)
    validate_area_slug("samla")
    # Every top-level path of the site other than an area is reserved.
    for path in ("/admin/", "/konto/", "/helsa/", "/tillganglighet/", "/oppna-data/"):
        assert path.strip("/") in RESERVED_SLUGS, path
        assert resolve(path).url_name != "area"
