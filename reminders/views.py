"""The unsubscribe link of every reminder: no login, one kind turned off; and
the choice of reminders on Mina sidor."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from nosam.models import Person
from nosam.roles import roles_of
from reminders.forms import ReminderPreferencesForm
from reminders.models import OptOut
from reminders.tokens import read_token
from samla.access import public, rule
from samla.notices import announce


@public
@csrf_exempt  # mail clients post RFC 8058's one-click form without a token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """The link of every reminder. Opening it (GET) changes nothing: link
    scanners of mail servers open every link. The page asks, and its button
    turns the kind off; so does a mail client's one-click POST (RFC 8058).
    "Slå på igen" undoes it."""
    found = read_token(token)
    person = Person.objects.filter(pk=found[0]).first() if found else None
    if person is None:
        return render(request, "reminders/unsubscribe.html", {"invalid": True}, status=404)
    kind = found[1]
    changed = request.method == "POST"
    if changed and request.POST.get("action") == "on":
        OptOut.objects.filter(person=person, kind=kind).delete()
    elif changed:
        OptOut.objects.get_or_create(person=person, kind=kind)
    is_off = OptOut.objects.filter(person=person, kind=kind).exists()
    return render(
        request,
        "reminders/unsubscribe.html",
        {"kind": kind, "is_off": is_off, "changed": changed, "token": token},
    )


@require_POST
@rule("samla.authenticated")
def preferences(request):
    """Save the checkboxes of Mina sidor. With htmx the page stays as it is and
    "Sparat" is announced; without, back to Mina sidor with the same message."""
    back = reverse("account") + "#paminnelser"
    person = Person.objects.filter(user=request.user).first()
    if person is None:
        messages.error(request, "Ditt konto är inte kopplat till någon person; inga påminnelser.")
        return redirect(back)
    is_process_leader = bool(roles_of(request.user).process_leader_area_ids)
    form = ReminderPreferencesForm(request.POST, person=person, is_process_leader=is_process_leader)
    if form.is_valid():  # checkboxes only: nothing a browser sends is refused
        form.save()
    if request.htmx:
        return announce(HttpResponse(status=204), "Sparat")
    messages.success(request, "Sparat")
    return redirect(back)
