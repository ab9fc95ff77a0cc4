from django.contrib import admin

from indicators.models import Indicator, IndicatorValue, StatusSnapshot
from nosam.admin_scope import ScopedAdmin, ScopedTabularInline


class ValueInline(ScopedTabularInline):
    model = IndicatorValue
    extra = 0
    fields = ["period", "value", "source", "comment"]


@admin.register(Indicator)
class IndicatorAdmin(ScopedAdmin):
    process_leader_may = frozenset({"view", "add", "change", "delete"})
    list_display = ["name", "area", "activity", "goal", "source", "period_type"]
    list_filter = ["area", "source"]
    search_fields = ["name", "description"]
    raw_id_fields = ["activity"]
    inlines = [ValueInline]


@admin.register(IndicatorValue)
class IndicatorValueAdmin(ScopedAdmin):
    area_path = "indicator__area"
    process_leader_may = frozenset({"view", "change", "delete"})
    list_display = ["indicator", "period", "value", "entered_by"]
    search_fields = ["indicator__name", "comment"]


@admin.register(StatusSnapshot)
class StatusSnapshotAdmin(ScopedAdmin):
    area_path = "plan__group__area"
    process_leader_may = frozenset({"view"})
    list_display = ["plan", "taken_at", "occasion"]
    list_filter = ["occasion"]
    readonly_fields = ["plan", "taken_at", "occasion", "version", "meeting", "statuses"]
