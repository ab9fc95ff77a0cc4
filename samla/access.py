"""Who may use a view. Every view states it, and a view that does not is
refused at runtime (``AccessRuleMiddleware``).

``@public`` marks a page anyone may read (it shows only what is published).
``@rule(perm, getter)`` looks the object up from the URL and lets the view run
only for users who have ``perm`` on it (see the apps' ``rules.py``):

- anonymous visitors are sent to the login page, whether or not the object
  exists, so they cannot tell which ids do;
- users who may not even see the object get 404, so nothing leaks;
- users who may see it but not do this get 403.

What "see" means is the object's own ``view_permission`` (a class attribute
of models that are not public by nature: plans, meetings, reports, findings),
or ``visible=`` where a view says otherwise. Areas and groups are public: on
them a refusal is a 403.
"""

import inspect
import logging
from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404

PUBLIC = "public"

# Views that guard themselves: the admin site (is_staff and its ModelAdmins'
# permissions, also for views third parties add to it) and static files. Other
# views of Django's, such as the auth views, state a rule like ours.
EXEMPT_MODULES = ("django.contrib.admin.", "django.contrib.staticfiles.", "django.views.static")
EXEMPT_NAMESPACES = frozenset({"admin"})

logger = logging.getLogger(__name__)


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
            user = request.user
            try:
                obj = (
                    getter(**{k: v for k, v in kwargs.items() if k in getter_args})
                    if getter
                    else None
                )
            except Http404:
                if not user.is_authenticated:
                    return redirect_to_login(request.get_full_path())
                raise
            kwargs = {k: v for k, v in kwargs.items() if k not in getter_args}
            if not user.has_perm(perm, obj):
                if not user.is_authenticated:
                    return redirect_to_login(request.get_full_path())
                seeing = visible or getattr(obj, "view_permission", None)
                if seeing and not user.has_perm(seeing, obj):
                    raise Http404
                raise PermissionDenied
            if getter:
                return view(request, obj, *args, **kwargs)
            return view(request, *args, **kwargs)

        wrapper.access_rule = perm
        return wrapper

    return decorator


def declares_access(view) -> bool:
    return bool(getattr(view, "access_rule", None))


class AccessRuleMiddleware:
    """Deny by default: a project view that states no rule is refused with 403
    (and logged), so a forgotten decorator cannot open a page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if declares_access(view_func) or _exempt(request, view_func):
            return None
        logger.error("View without an access rule refused: %s", _name(view_func))
        raise PermissionDenied


def _exempt(request, view_func) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is not None and EXEMPT_NAMESPACES.intersection(match.namespaces):
        return True
    return getattr(view_func, "__module__", "").startswith(EXEMPT_MODULES)


def _name(view_func) -> str:
    return f"{getattr(view_func, '__module__', '?')}.{getattr(view_func, '__name__', view_func)}"
