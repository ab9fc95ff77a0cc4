"""The page for a failed CSRF check (Mina sidor is ``reminders.account``)."""

from django.shortcuts import render

from samla.access import public


@public
def csrf_failure(request, reason=""):
    """Django's CSRF refusal, in Swedish and in the site's layout (settings
    ``CSRF_FAILURE_VIEW``). The reason stays in the log, not on the page."""
    return render(request, "403_csrf.html", status=403)
