from django.contrib import admin

from deviations.models import (
    Case,
    Category,
    Cause,
    Finding,
    Publication,
    StatisticRow,
    StatisticsImport,
)
from nosam.admin_scope import ScopedAdmin

# Statistics come in through the checked import and are read on the site; the
# admin is for superusers, scoped to areas like every other admin.


@admin.register(Category, Cause)
class AreaListAdmin(ScopedAdmin):
    list_display = ["name", "area", "position", "active"]
    list_filter = ["area", "active"]
    list_editable = ["position", "active"]
    search_fields = ["name"]


@admin.register(Publication)
class PublicationAdmin(ScopedAdmin):
    list_display = ["area", "publish_statistics"]


@admin.register(StatisticsImport)
class StatisticsImportAdmin(ScopedAdmin):
    list_display = [
        "file_name",
        "area",
        "periods",
        "row_count",
        "total",
        "imported_by",
        "imported_at",
        "is_example",
    ]
    list_filter = ["area", "is_example"]
    search_fields = ["file_name", "periods"]
    list_select_related = ["area", "imported_by"]


@admin.register(StatisticRow)
class StatisticRowAdmin(ScopedAdmin):
    list_display = ["year", "half", "reporting", "receiving", "target_group", "category", "count"]
    list_filter = ["area", "year", "half", "category"]
    list_select_related = ["reporting", "receiving", "target_group", "category"]
    show_full_result_count = False


@admin.register(Finding)
class FindingAdmin(ScopedAdmin):
    list_display = ["__str__", "area", "year", "half", "target_group", "activity"]
    list_filter = ["area", "year", "half", "target_group"]
    search_fields = ["finding", "measure"]
    raw_id_fields = ["activity", "meeting"]
    list_select_related = ["area", "target_group", "activity"]


@admin.register(Case)
class CaseAdmin(ScopedAdmin):
    list_display = ["reference", "month", "reporting", "receiving", "category", "published"]
    list_filter = ["area", "category", "published"]
    search_fields = ["reference", "summary"]
    list_select_related = ["reporting", "receiving", "category"]
    raw_id_fields = ["meeting"]
