from django.contrib import admin
from django.db import models

from nosam.models import Area, Group, Membership, Organisation, Person, TargetGroup


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
class TargetGroupAdmin(admin.ModelAdmin):
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
class GroupAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "area", "parent", "target_group"]
    list_filter = ["area", "kind", "target_group"]
    search_fields = ["name", "short_name", "mandate"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["area", "parent", "target_group"]
    inlines = [MembershipInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "user"]
    search_fields = ["name", "email"]
    list_select_related = ["user"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["__str__", "role", "organisation", "starts_on", "ends_on"]
    list_filter = ["role", "group__area", "group"]
    search_fields = ["person__name", "title", "group__name"]
    autocomplete_fields = ["person", "organisation", "group"]
    list_select_related = ["person", "group", "organisation"]
