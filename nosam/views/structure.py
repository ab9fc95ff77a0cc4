"""The list of areas. An area's and a group's pages show what every app
publishes about them, so they are the site's (``website.views``)."""

from django.shortcuts import render

from nosam.models import Area
from samla.access import public


@public
def home(request):
    areas = Area.objects.all()
    return render(request, "nosam/home.html", {"areas": areas})
