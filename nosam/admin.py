from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from nosam.admin_scope import (
    ACTIONS,
    ScopedAdmin,
    ScopedTabularInline,
    check_saved,
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
    """A person's seats. A processledare adds a person together with a seat
    in one of her groups: a person who sits nowhere belongs to no area, and
    only administrators see them."""

    model = Membership
    extra = 0
    autocomplete_fields = ["group", "organisation"]
    verbose_name = "plats i en grupp"
    verbose_name_plural = "platser i grupper"

    def get_min_num(self, request, obj=None, **kwargs):
        return 0 if request.user.is_superuser else 1

    def get_extra(self, request, obj=None, **kwargs):
        return 0 if obj is not None else 1

    def get_formset(self, request, obj=None, **kwargs):
        return super().get_formset(request, obj, validate_min=True, **kwargs)


@admin.register(Person)
class PersonAdmin(ScopedAdmin):
    area_path = "memberships__group__area"
    process_leader_may = ACTIONS
    list_display = ["name", "email", "user"]
    search_fields = ["name", "email"]
    list_select_related = ["user"]
    inlines = [SeatInline]

    def scope(self, request, queryset):
        """People seated in the user's areas (administrators see everyone,
        also those who sit nowhere)."""
        if request.user.is_superuser:
            return queryset
        seated = Person.objects.filter(
            memberships__group__area__in=process_leader_areas(request.user)
        )
        return queryset.filter(pk__in=seated.values("pk"))

    def save_model(self, request, obj, form, change):
        # A new person enters her scope with the seat saved next (save_related).
        admin.ModelAdmin.save_model(self, request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        check_saved(self.admin_site, request, form.instance)

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


@admin.register(Meeting)
class MeetingAdmin(ScopedAdmin, SimpleHistoryAdmin):
    process_leader_may = ACTIONS
    list_display = ["__str__", "starts_at", "place", "is_digital", "minutes_published"]
    list_filter = ["area", "groups", "minutes_published", "is_digital"]
    search_fields = ["title", "place", "minutes"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["groups"]
    inlines = [AgendaInline, AttendanceInline]

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
