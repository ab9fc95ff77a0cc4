"""The admin, scoped: a processledare sees, chooses and saves only what belongs
to her own areas; administrators (superusers) reach everything.

Every ModelAdmin of the project derives from ``ScopedAdmin`` and every inline
from ``ScopedInline`` (a test fails otherwise). Each admin states

- ``area_path``: the lookup from its model to the area (``"pk"`` for an area
  itself, ``None`` for reference data that all areas share);
- ``process_leader_may``: what a processledare may do with her areas' objects
  (``"view"``, ``"add"``, ``"change"``, ``"delete"``); nothing by default.

The same scoping limits every foreign-key and many-to-many choice, in forms
and inlines alike: a choice is scoped by the admin of the model it points to,
and a model without a scoped admin offers nothing (deny by default). User
accounts are linked by superusers only: fields pointing at a user are
read-only for everyone else. Model permissions of Django's own are not
consulted: the rules of this module are the only way in.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.utils import get_fields_from_path
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied

from nosam.roles import roles_of

ACTIONS = frozenset({"view", "add", "change", "delete"})


def process_leader_areas(user) -> set[int]:
    return roles_of(user).process_leader_area_ids


def scope_choices(admin_site, request, queryset):
    """What a user may choose from ``queryset``, by its model's admin."""
    if request.user.is_superuser:
        return queryset
    model_admin = admin_site._registry.get(queryset.model)
    if isinstance(model_admin, ScopedAdmin):
        return model_admin.scope(request, queryset)
    return queryset.none()


def _user_fields(model) -> list[str]:
    user_model = get_user_model()
    return [
        field.name
        for field in model._meta.get_fields()
        if field.is_relation
        and field.concrete
        and field.related_model is user_model
        and not field.auto_created
    ]


class _ScopedChoices:
    """Foreign-key and many-to-many choices of the user's own areas only."""

    def get_field_queryset(self, db, db_field, request):
        queryset = super().get_field_queryset(db, db_field, request)
        if request.user.is_superuser:
            return queryset
        if queryset is None:
            queryset = db_field.remote_field.model._default_manager.using(db).all()
        return scope_choices(self.admin_site, request, queryset)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += [name for name in _user_fields(self.model) if name not in fields]
        return fields


class ScopedAdmin(_ScopedChoices, admin.ModelAdmin):
    area_path: str | None = "area"
    process_leader_may: frozenset[str] = frozenset()

    def scope(self, request, queryset):
        """The part of ``queryset`` in the user's areas (all of it for shared
        models and superusers)."""
        if request.user.is_superuser or self.area_path is None:
            return queryset
        areas = process_leader_areas(request.user)
        mine = self.model._default_manager.filter(**{f"{self.area_path}__in": areas})
        return queryset.filter(pk__in=mine.values("pk"))

    def get_queryset(self, request):
        return self.scope(request, super().get_queryset(request))

    def may(self, request, action: str, obj=None) -> bool:
        user = request.user
        if user.is_superuser:
            return True
        if action not in self.process_leader_may or not process_leader_areas(user):
            return False
        return (
            obj is None
            or self.scope(request, self.model._default_manager.filter(pk=obj.pk)).exists()
        )

    def has_module_permission(self, request):
        return request.user.is_superuser or (
            bool(self.process_leader_may) and bool(process_leader_areas(request.user))
        )

    def has_view_permission(self, request, obj=None):
        return self.may(request, "view", obj) or self.may(request, "change", obj)

    def has_add_permission(self, request):
        return self.may(request, "add")

    def has_change_permission(self, request, obj=None):
        return self.may(request, "change", obj)

    def has_delete_permission(self, request, obj=None):
        return self.may(request, "delete", obj)

    def get_list_filter(self, request):
        """Filters on related objects list only those in the user's scope."""
        return [self._used_only(entry) for entry in super().get_list_filter(request)]

    def _used_only(self, entry):
        if isinstance(entry, str) and get_fields_from_path(self.model, entry)[-1].is_relation:
            return (entry, admin.RelatedOnlyFieldListFilter)
        return entry

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        check_saved(self.admin_site, request, obj)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        for obj in formset.new_objects + [obj for obj, _ in formset.changed_objects]:
            check_saved(self.admin_site, request, obj)


def check_saved(admin_site, request, obj) -> None:
    """Belt and braces: what was saved must lie in the user's scope. The admin
    saves in a transaction, so refusing here undoes the save."""
    if request.user.is_superuser:
        return
    saved = type(obj)._default_manager.filter(pk=obj.pk)
    if not scope_choices(admin_site, request, saved).exists():
        raise PermissionDenied


class _ScopedInlineMixin(_ScopedChoices):
    """An inline may do what its parent's admin may do with the parent."""

    def _parent_admin(self) -> ScopedAdmin:
        return self.admin_site._registry[self.parent_model]

    def has_view_permission(self, request, obj=None):
        return self._parent_admin().has_view_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return self._may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may_edit(request, obj)

    def _may_edit(self, request, obj) -> bool:
        parent = self._parent_admin()
        if obj is None:
            return parent.has_add_permission(request) or parent.has_change_permission(request)
        return parent.has_change_permission(request, obj)


class ScopedTabularInline(_ScopedInlineMixin, admin.TabularInline):
    pass


class ScopedStackedInline(_ScopedInlineMixin, admin.StackedInline):
    pass
