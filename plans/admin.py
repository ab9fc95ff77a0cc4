from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

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
from website.indexing import index_action_plan


class GoalInline(admin.TabularInline):
    model = PrioritisedGoal
    extra = 0


class FocusAreaInline(admin.TabularInline):
    model = FocusArea
    extra = 0


class ShiftInline(admin.TabularInline):
    model = Shift
    extra = 0


@admin.register(CollaborationPlan)
class CollaborationPlanAdmin(admin.ModelAdmin):
    list_display = ["title", "area", "start_year", "end_year"]
    list_filter = ["area"]
    search_fields = ["title"]
    inlines = [GoalInline, FocusAreaInline, ShiftInline]


@admin.register(PrioritisedGoal, FocusArea, Shift)
class PlanListItemAdmin(admin.ModelAdmin):
    list_display = ["text", "plan", "position"]
    list_filter = ["plan"]
    search_fields = ["text"]


class ActivityInline(admin.StackedInline):
    model = Activity
    extra = 0


@admin.register(ActivityPlan)
class ActivityPlanAdmin(SimpleHistoryAdmin):
    list_display = ["title", "group", "target_group", "year"]
    list_filter = ["group__area", "year", "target_group"]
    search_fields = ["title", "purpose", "activities__what"]
    list_select_related = ["group", "target_group"]
    filter_horizontal = ["shifts", "goals"]
    inlines = [ActivityInline]


@admin.register(Activity)
class ActivityAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "plan", "status", "start", "deadline", "responsible"]
    list_filter = ["status", "plan__group__area", "plan__year"]
    search_fields = ["what", "how", "responsible", "measure", "local_goal"]
    list_select_related = ["plan"]


class TimetableInline(admin.TabularInline):
    model = TimetableRow
    extra = 0


@admin.register(ActionPlan)
class ActionPlanAdmin(admin.ModelAdmin):
    list_display = ["title", "area", "start_year", "end_year", "steering_group", "published_at"]
    list_filter = ["area"]
    search_fields = ["title", "background", "purpose"]
    list_select_related = ["area", "steering_group"]
    inlines = [TimetableInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        index_action_plan(form.instance)


@admin.register(TimetableRow)
class TimetableRowAdmin(admin.ModelAdmin):
    list_display = ["activity", "when", "delivery", "plan"]
    list_filter = ["plan"]
    search_fields = ["activity", "delivery"]
    list_select_related = ["plan"]


@admin.register(FollowUp)
class FollowUpAdmin(SimpleHistoryAdmin):
    list_display = ["date", "activity", "new_status", "author"]
    list_filter = ["new_status", "activity__plan__group__area"]
    search_fields = ["text", "activity__what"]
    list_select_related = ["activity", "author"]
    date_hierarchy = "date"


@admin.register(PlanVersion)
class PlanVersionAdmin(admin.ModelAdmin):
    """Published versions are a record: they can be read here, never changed."""

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
