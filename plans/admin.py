from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from nosam.admin_scope import ScopedAdmin, ScopedStackedInline, ScopedTabularInline
from plans.models import (
    ActionPlan,
    Activity,
    ActivityPlan,
    CollaborationPlan,
    FocusArea,
    FollowUp,
    PlanVersion,
    PrioritisedGoal,
    Shift,
    TimetableRow,
)
from samla.search import content_changed

# Plans are edited on the site, where drafts, versions and history are kept;
# the admin is for superusers. Processledare may look activities up (for a
# meeting's agenda). Everything is scoped all the same, so granting more later
# cannot open another area.


class GoalInline(ScopedTabularInline):
    model = PrioritisedGoal
    extra = 0


class FocusAreaInline(ScopedTabularInline):
    model = FocusArea
    extra = 0


class ShiftInline(ScopedTabularInline):
    model = Shift
    extra = 0


@admin.register(CollaborationPlan)
class CollaborationPlanAdmin(ScopedAdmin):
    list_display = ["title", "area", "start_year", "end_year"]
    list_filter = ["area"]
    search_fields = ["title"]
    inlines = [GoalInline, FocusAreaInline, ShiftInline]


@admin.register(PrioritisedGoal, FocusArea, Shift)
class PlanListItemAdmin(ScopedAdmin):
    area_path = "plan__area"
    list_display = ["text", "plan", "position"]
    list_filter = ["plan"]
    search_fields = ["text"]


class ActivityInline(ScopedStackedInline):
    model = Activity
    extra = 0


@admin.register(ActivityPlan)
class ActivityPlanAdmin(ScopedAdmin, SimpleHistoryAdmin):
    area_path = "group__area"
    list_display = ["title", "group", "target_group", "year"]
    list_filter = ["group__area", "year", "target_group"]
    search_fields = ["title", "purpose", "activities__what"]
    list_select_related = ["group", "target_group"]
    filter_horizontal = ["shifts", "goals"]
    inlines = [ActivityInline]


@admin.register(Activity)
class ActivityAdmin(ScopedAdmin, SimpleHistoryAdmin):
    area_path = "plan__group__area"
    process_leader_may = frozenset({"view"})
    list_display = ["__str__", "plan", "status", "start", "deadline", "responsible"]
    list_filter = ["status", "plan__group__area", "plan__year"]
    search_fields = ["what", "how", "responsible", "measure", "local_goal"]
    list_select_related = ["plan"]


class TimetableInline(ScopedTabularInline):
    model = TimetableRow
    extra = 0


@admin.register(ActionPlan)
class ActionPlanAdmin(ScopedAdmin):
    list_display = ["title", "area", "start_year", "end_year", "steering_group", "published_at"]
    list_filter = ["area"]
    search_fields = ["title", "background", "purpose"]
    list_select_related = ["area", "steering_group"]
    inlines = [TimetableInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        content_changed(form.instance)


@admin.register(TimetableRow)
class TimetableRowAdmin(ScopedAdmin):
    area_path = "plan__area"
    list_display = ["activity", "when", "delivery", "plan"]
    list_filter = ["plan"]
    search_fields = ["activity", "delivery"]
    list_select_related = ["plan"]


@admin.register(FollowUp)
class FollowUpAdmin(ScopedAdmin, SimpleHistoryAdmin):
    area_path = "activity__plan__group__area"
    list_display = ["date", "activity", "new_status", "author"]
    list_filter = ["new_status", "activity__plan__group__area"]
    search_fields = ["text", "activity__what"]
    list_select_related = ["activity", "author"]
    date_hierarchy = "date"


@admin.register(PlanVersion)
class PlanVersionAdmin(ScopedAdmin):
    """Published versions are a record: they can be read here, never changed."""

    area_path = "plan__group__area"
    list_display = ["plan", "label", "version_date", "published_at", "published_by"]
    list_filter = ["plan__group__area", "plan"]
    search_fields = ["note", "plan__title"]
    list_select_related = ["plan", "published_by"]
    readonly_fields = [
        "plan",
        "major",
        "minor",
        "version_date",
        "published_at",
        "published_by",
        "note",
        "snapshot",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
