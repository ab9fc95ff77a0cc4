"""A Swedish page for a refused method (405), in the site's layout.

Django's ``require_http_methods`` answers 405 with an empty body; this
middleware gives that answer the site's page, keeping its ``Allow`` header.
"""

from django.http import HttpResponseNotAllowed
from django.template.loader import render_to_string


class MethodNotAllowedPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if isinstance(response, HttpResponseNotAllowed) and not response.content:
            allowed = response["Allow"]
            context = {"method": request.method, "allowed": allowed}
            page = render_to_string("405.html", context, request=request)
            response = HttpResponseNotAllowed(allowed.split(", "), page)
            response["Content-Type"] = "text/html; charset=utf-8"
        return response
