from django.contrib import admin
from django.db import models
from django.db.models import Q
from simple_history.admin import SimpleHistoryAdmin

from nosam.admin_scope import (
    ACTIONS,
    ScopedAdmin,
    ScopedTabularInline,
    process_leader_areas,
)
from nosam.models import (
    AgendaItem,
    Area,
    Attendance,
    Group,
    Meeting,
    Membership,
    Organisation,
    Person,
    PersonAttendance,
    TargetGroup,
)
from samla.search import content_changed

# Processledare manage their areas' structure and meetings here (rule
# ``nosam.manage_structure``); areas and organisations are the superusers'.


@admin.register(Area)
class AreaAdmin(ScopedAdmin):
    area_path = "pk"
    list_display = ["name", "short_name", "slug"]
    search_fields = ["name", "short_name"]
    prepopulated_fields = {"slug": ["short_name"]}
    filter_horizontal = ["organisations"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Organisation)
class OrganisationAdmin(ScopedAdmin):
    # Shared by the areas (a region sits in several); processledare find them
    # to seat a member, and only superusers change them.
    area_path = None
    process_leader_may = frozenset({"view"})
    list_display = ["name", "short_name", "kind", "parent"]
    list_filter = ["kind", "areas"]
    search_fields = ["name", "short_name"]
    list_select_related = ["parent"]


@admin.register(TargetGroup)
class TargetGroupAdmin(ScopedAdmin):
    process_leader_may = ACTIONS
    list_display = ["name", "area"]
    list_filter = ["area"]
    search_fields = ["name", "other_names"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["area"]


class MembershipInline(ScopedTabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person", "organisation"]


@admin.register(Group)
class GroupAdmin(ScopedAdmin):
    process_leader_may = ACTIONS
    list_display = ["name", "kind", "area", "parent", "is_joint", "target_group"]
    list_filter = ["area", "kind", "is_joint", "target_group"]
    search_fields = ["name", "short_name", "mandate"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["area", "parent", "target_group"]
    inlines = [MembershipInline]
    filter_horizontal = ["expected_organisations"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        content_changed(form.instance)


class SeatInline(ScopedTabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["group", "organisation"]
    verbose_name = "plats i en grupp"
    verbose_name_plural = "platser i grupper"

    def get_extra(self, request, obj=None, **kwargs):
        return 0 if obj is not None else 1


@admin.register(Person)
class PersonAdmin(ScopedAdmin):
    """A person belongs to the area she was added for and to those she sits
    in; a processledare manages them there. People of no area who sit nowhere
    are the administrators'."""

    area_path = "memberships__group__area"
    process_leader_may = ACTIONS
    list_display = ["name", "email", "area", "user"]
    list_filter = ["area"]
    search_fields = ["name", "email"]
    list_select_related = ["user", "area"]
    inlines = [SeatInline]

    def scope(self, request, queryset):
        if request.user.is_superuser:
            return queryset
        areas = process_leader_areas(request.user)
        seated = Person.objects.filter(memberships__group__area__in=areas)
        return queryset.filter(Q(pk__in=seated.values("pk")) | Q(area__in=areas))

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if not request.user.is_superuser and "area" in form.base_fields:
            form.base_fields["area"].required = True
            form.base_fields["area"].empty_label = None
        return form

    def may(self, request, action, obj=None):
        """Someone who also sits in another area is changed by an administrator:
        deleting them would empty that area's seats too."""
        if not super().may(request, action, obj):
            return False
        if obj is None or action == "view" or request.user.is_superuser:
            return True
        elsewhere = obj.memberships.exclude(group__area__in=process_leader_areas(request.user))
        return not elsewhere.exists()


@admin.register(Membership)
class MembershipAdmin(ScopedAdmin):
    area_path = "group__area"
    process_leader_may = ACTIONS

    list_display = ["__str__", "role", "organisation", "starts_on", "ends_on"]
    list_filter = ["role", "group__area", "group"]
    search_fields = ["person__name", "title", "group__name"]
    autocomplete_fields = ["person", "organisation", "group"]
    list_select_related = ["person", "group", "organisation"]


class AgendaInline(ScopedTabularInline):
    model = AgendaItem
    extra = 0
    raw_id_fields = ["activity"]


class AttendanceInline(ScopedTabularInline):
    model = Attendance
    extra = 0


class PersonAttendanceInline(ScopedTabularInline):
    model = PersonAttendance
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Meeting)
class MeetingAdmin(ScopedAdmin, SimpleHistoryAdmin):
    process_leader_may = ACTIONS
    list_display = ["__str__", "starts_at", "place", "is_digital", "minutes_published"]
    list_filter = ["area", "groups", "minutes_published", "is_digital"]
    search_fields = ["title", "place", "minutes"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["groups"]
    inlines = [AgendaInline, AttendanceInline, PersonAttendanceInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")


@admin.register(AgendaItem)
class AgendaItemAdmin(ScopedAdmin):
    area_path = "meeting__area"
    process_leader_may = ACTIONS
    list_display = ["title", "meeting", "activity"]
    search_fields = ["title"]
    raw_id_fields = ["activity", "meeting"]
    list_select_related = ["meeting", "activity"]


@admin.register(Attendance)
class AttendanceAdmin(ScopedAdmin):
    area_path = "meeting__area"
    process_leader_may = ACTIONS
    list_display = ["meeting", "organisation", "present"]
    list_filter = ["present", "organisation"]
    list_select_related = ["meeting", "organisation"]


@admin.register(PersonAttendance)
class PersonAttendanceAdmin(ScopedAdmin):
    area_path = "meeting__area"
    process_leader_may = ACTIONS
    list_display = ["meeting", "person", "present"]
    list_filter = ["present"]
    autocomplete_fields = ["person"]
    raw_id_fields = ["meeting"]
    list_select_related = ["meeting", "person"]
