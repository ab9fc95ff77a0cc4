"""The search index of the public site: one row per searchable piece of what
is published (a plan's section or activity, minutes, a group's texts)."""

from django.db import models

from nosam.models import Area
from samla import search


class SearchDocument(models.Model):
    Kind = search.Kind  # the apps describe their content in these kinds

    area = models.ForeignKey(
        Area, verbose_name="samverkansområde", on_delete=models.CASCADE, related_name="+"
    )
    source = models.CharField(
        "källa", max_length=60, db_index=True, help_text="T.ex. ”plan:12”; ersätts vid ny version."
    )
    kind = models.CharField("slag", max_length=20, choices=Kind.choices)
    title = models.CharField("rubrik", max_length=400)
    where = models.CharField("var", max_length=400, help_text="Var träffen finns, för läsaren.")
    body = models.TextField("text", help_text="Som läsaren ser den: utan Markdown.")
    # The title and text folded in Python (website.text.fold), which both
    # databases match against: their own lowercasing misses "Ö" and "Ä".
    search_title = models.CharField("rubrik för sökning", max_length=400, editable=False)
    search_body = models.TextField("text för sökning", editable=False)
    url = models.CharField("adress", max_length=400)
    published_at = models.DateTimeField("publicerad")

    class Meta:
        verbose_name = "sökbar text"
        verbose_name_plural = "sökindex"
        ordering = ["-published_at", "pk"]

    def __str__(self) -> str:
        return f"{self.title} ({self.where})"
