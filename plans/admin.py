from django.contrib import admin

from plans.models import (
    ActionPlan,
    Activity,
    ActivityPlan,
    CollaborationPlan,
    FocusArea,
    PrioritisedGoal,
    Shift,
    TimetableRow,
)


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
class ActivityPlanAdmin(admin.ModelAdmin):
    list_display = ["title", "group", "target_group", "year", "version_label", "version_date"]
    list_filter = ["group__area", "year", "target_group"]
    search_fields = ["title", "purpose", "activities__what"]
    list_select_related = ["group", "target_group"]
    filter_horizontal = ["shifts", "goals"]
    inlines = [ActivityInline]


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["__str__", "plan", "status", "start", "deadline", "responsible"]
    list_filter = ["status", "plan__group__area", "plan__year"]
    search_fields = ["what", "how", "responsible", "measure", "local_goal"]
    list_select_related = ["plan"]


class TimetableInline(admin.TabularInline):
    model = TimetableRow
    extra = 0


@admin.register(ActionPlan)
class ActionPlanAdmin(admin.ModelAdmin):
    list_display = ["title", "area", "start_year", "end_year", "steering_group"]
    list_filter = ["area"]
    search_fields = ["title", "background", "purpose"]
    list_select_related = ["area", "steering_group"]
    inlines = [TimetableInline]


@admin.register(TimetableRow)
class TimetableRowAdmin(admin.ModelAdmin):
    list_display = ["activity", "when", "delivery", "plan"]
    list_filter = ["plan"]
    search_fields = ["activity", "delivery"]
    list_select_related = ["plan"]
