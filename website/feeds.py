"""Atom feed of an area's publications.

Entry ids are tag URIs (RFC 4151): ``tag:<domain>,<date>:<specific>``. The
domain is ``FEED_TAG_DOMAIN`` or the host the feed was asked for; the date is
``FEED_TAG_DATE``, a day the domain was already the site's, fixed so that an
id never changes; the specific part names the publication by its key. Feed
readers then recognise an entry however often they ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http.request import split_domain_port
from django.utils.feedgenerator import Atom1Feed

from nosam.lookups import get_area
from nosam.models import Area
from samla.access import PUBLIC
from website.publications import Publication, latest_publications

# The portal's first day; a site can name another day its domain was its own.
DEFAULT_TAG_DATE = "2026-11-22"
_DNS_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def tag_authority(request) -> str:
    """``<domain>,<date>`` of this site's tag URIs."""
    domain = getattr(settings, "FEED_TAG_DOMAIN", "") or split_domain_port(request.get_host())[0]
    domain = domain.lower().rstrip(".")
    if not _DNS_NAME.fullmatch(domain):  # an IP v6 address is no DNS name
        domain = "localhost"
    day = getattr(settings, "FEED_TAG_DATE", "") or DEFAULT_TAG_DATE
    if not _DATE.fullmatch(day):
        raise ValueError(f"FEED_TAG_DATE ska vara ÅÅÅÅ-MM-DD, inte {day!r}")
    return f"{domain},{day}"


@dataclass(frozen=True)
class _Source:
    area: Area
    authority: str


@dataclass(frozen=True)
class _Item:
    publication: Publication
    tag: str


class AreaFeed(Feed):
    feed_type = Atom1Feed
    language = "sv"

    def get_object(self, request, area):
        return _Source(get_area(area), tag_authority(request))

    def title(self, source):
        return f"Publicerat i {source.area.name}"

    def subtitle(self, source):
        return "Nya versioner av planer, minnesanteckningar och rapporter."

    def link(self, source):
        return source.area.get_absolute_url()

    def feed_guid(self, source):
        return f"tag:{source.authority}:/area/{source.area.pk}/feed"  # a slug may change

    def items(self, source):
        return [
            _Item(item, f"tag:{source.authority}:/{item.key}")
            for item in latest_publications(source.area, limit=30)
        ]

    def item_title(self, item):
        return item.publication.title

    def item_description(self, item):
        return item.publication.description

    def item_link(self, item):
        return item.publication.url

    def item_guid(self, item):
        return item.tag

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.publication.published_at

    def item_updateddate(self, item):
        return item.publication.published_at

    def item_categories(self, item):
        return [item.publication.kind]


area_feed = AreaFeed()
area_feed.access_rule = PUBLIC
