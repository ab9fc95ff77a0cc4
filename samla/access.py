"""Who may use a view. Every view states it; a test walks the URLs to prove it.

``@public`` marks a page anyone may read (it shows only what is published).
``@rule(perm, getter)`` looks the object up from the URL and lets the view run
only for users who have ``perm`` on it (see the apps' ``rules.py``):

- anonymous visitors are sent to the login page;
- users who may not even see the object get 404, so nothing leaks;
- users who may see it but not do this get 403.
"""

import inspect
from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404

PUBLIC = "public"


def public(view):
    """The view shows only what anyone may see."""
    view.access_rule = PUBLIC
    return view


def rule(
    perm: str,
    getter: Callable[..., object] | None = None,
    *,
    visible: str | None = None,
):
    """Run the view only for users with ``perm`` on ``getter(**url_kwargs)``.

    The getter takes the URL arguments it names (and raises 404 if nothing is
    found); the object and the remaining URL arguments are passed to the view.
    ``visible`` names the permission that decides between 403 and 404 for
    those without ``perm``.
    """
    getter_args = set(inspect.signature(getter).parameters) if getter else set()

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            obj = (
                getter(**{k: v for k, v in kwargs.items() if k in getter_args}) if getter else None
            )
            kwargs = {k: v for k, v in kwargs.items() if k not in getter_args}
            user = request.user
            if not user.has_perm(perm, obj):
                if not user.is_authenticated:
                    return redirect_to_login(request.get_full_path())
                if visible and not user.has_perm(visible, obj):
                    raise Http404
                raise PermissionDenied
            if getter:
                return view(request, obj, *args, **kwargs)
            return view(request, *args, **kwargs)

        wrapper.access_rule = perm
        return wrapper

    return decorator
