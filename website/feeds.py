"""Atom feed of an area's publications."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from nosam.lookups import get_area
from samla.access import PUBLIC
from website.publications import latest_publications


class AreaFeed(Feed):
    feed_type = Atom1Feed
    language = "sv"

    def get_object(self, request, area):
        return get_area(area)

    def title(self, area):
        return f"Publicerat i {area.name}"

    def subtitle(self, area):
        return "Nya versioner av planer, minnesanteckningar och rapporter."

    def link(self, area):
        return area.get_absolute_url()

    def items(self, area):
        return latest_publications(area, limit=30)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.description

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return item.key

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at

    def item_categories(self, item):
        return [item.kind]


area_feed = AreaFeed()
area_feed.access_rule = PUBLIC
