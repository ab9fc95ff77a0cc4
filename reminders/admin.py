from django.contrib import admin

from nosam.admin_scope import ScopedAdmin
from reminders.models import OptOut, SentReminder


@admin.register(SentReminder)
class SentReminderAdmin(ScopedAdmin):
    """What was sent, to whom and why: for finding out, not for changing."""

    area_path = "person__area"
    process_leader_may = frozenset({"view"})
    list_display = ["created_at", "person", "kind", "reason", "sent_at"]
    list_filter = ["kind"]
    search_fields = ["person__name", "reason"]
    list_select_related = ["person"]
    readonly_fields = ["person", "kind", "key", "reason", "created_at", "sent_at"]


@admin.register(OptOut)
class OptOutAdmin(ScopedAdmin):
    area_path = "person__area"
    process_leader_may = frozenset({"view"})
    list_display = ["person", "kind", "created_at"]
    list_filter = ["kind"]
    list_select_related = ["person"]
    readonly_fields = ["person", "kind", "created_at"]
