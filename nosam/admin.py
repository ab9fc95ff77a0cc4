from django.contrib import admin
from django.db import models
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

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
from nosam.roles import roles_of
from website.indexing import index_group


class AreaScopedAdmin(admin.ModelAdmin):
    """Processledare manage the structure of their own areas (rule
    ``nosam.manage_structure``); administrators manage everything."""

    area_path = "area"  # lookup from the model to its area

    def _area_ids(self, request) -> set[int]:
        return roles_of(request.user).processledare_area_ids

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(**{f"{self.area_path}__in": self._area_ids(request)})

    def has_module_permission(self, request):
        return request.user.is_superuser or bool(self._area_ids(request))

    def has_view_permission(self, request, obj=None):
        return self._may_manage(request, obj)

    def has_add_permission(self, request):
        return self._may_manage(request, None)

    def has_change_permission(self, request, obj=None):
        return self._may_manage(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may_manage(request, obj)

    def _may_manage(self, request, obj) -> bool:
        if request.user.is_superuser:
            return True
        if obj is None:
            return bool(self._area_ids(request))
        return request.user.has_perm("nosam.manage_structure", obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if not request.user.is_superuser:
            areas = self._area_ids(request)
            if db_field.name == "area":
                kwargs["queryset"] = Area.objects.filter(pk__in=areas)
            elif db_field.name in {"group", "parent"} and db_field.related_model is Group:
                kwargs["queryset"] = Group.objects.filter(area__in=areas)
            elif db_field.name == "target_group":
                kwargs["queryset"] = TargetGroup.objects.filter(area__in=areas)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "slug"]
    search_fields = ["name", "short_name"]
    prepopulated_fields = {"slug": ["short_name"]}
    filter_horizontal = ["organisations"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "parent"]
    list_filter = ["kind", "areas"]
    search_fields = ["name", "short_name"]
    list_select_related = ["parent"]


@admin.register(TargetGroup)
class TargetGroupAdmin(AreaScopedAdmin):
    list_display = ["name", "area"]
    list_filter = ["area"]
    search_fields = ["name", "other_names"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["area"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person", "organisation"]


@admin.register(Group)
class GroupAdmin(AreaScopedAdmin):
    list_display = ["name", "kind", "area", "parent", "target_group"]
    list_filter = ["area", "kind", "target_group"]
    search_fields = ["name", "short_name", "mandate"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["area", "parent", "target_group"]
    inlines = [MembershipInline]
    filter_horizontal = ["expected_organisations"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        index_group(form.instance, timezone.now())


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "user"]
    search_fields = ["name", "email"]
    list_select_related = ["user"]

    # Processledare add people to their groups: they may find and add persons.
    def has_module_permission(self, request):
        return request.user.is_superuser or bool(roles_of(request.user).processledare_area_ids)

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return self.has_module_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.has_module_permission(request)


@admin.register(Membership)
class MembershipAdmin(AreaScopedAdmin):
    area_path = "group__area"

    list_display = ["__str__", "role", "organisation", "starts_on", "ends_on"]
    list_filter = ["role", "group__area", "group"]
    search_fields = ["person__name", "title", "group__name"]
    autocomplete_fields = ["person", "organisation", "group"]
    list_select_related = ["person", "group", "organisation"]


class AgendaInline(admin.TabularInline):
    model = AgendaItem
    extra = 0
    raw_id_fields = ["activity"]


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "starts_at", "place", "is_digital", "minutes_published"]
    list_filter = ["area", "groups", "minutes_published", "is_digital"]
    search_fields = ["title", "place", "minutes"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["groups"]
    inlines = [AgendaInline, AttendanceInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")


@admin.register(AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin):
    list_display = ["title", "meeting", "activity"]
    search_fields = ["title"]
    raw_id_fields = ["activity", "meeting"]
    list_select_related = ["meeting", "activity"]


@admin.register(Attendance)
class AttendanceAdmin(admin.ModelAdmin):
    list_display = ["meeting", "organisation", "present"]
    list_filter = ["present", "organisation"]
    list_select_related = ["meeting", "organisation"]
