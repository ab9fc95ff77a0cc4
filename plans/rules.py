"""Object permissions of plans (the ``rules`` library).

- The public reads what is published.
- Members of a plan's group (for a joint group, also the members of the groups
  directly under it) read the draft, its history and follow-ups, and update
  status and add follow-ups. Membership of a group under a group that is not
  joint gives nothing there.
- The processledare of the area also edits the plan and publishes versions.
- A handlingsplan is public once published; its draft is read by the members
  of its area, and the area's processledare publishes it.
"""

import rules

from nosam.rules import is_admin, is_area_member, is_group_member, is_process_leader


@rules.predicate
def is_published(user, obj):
    """The plan (or the activity's plan) has at least one published version."""
    plan = getattr(obj, "plan", obj)
    return plan is not None and plan.versions.exists()


can_read_draft = is_admin | is_process_leader | is_group_member

rules.add_perm("plans.view_plan", is_published | can_read_draft)
rules.add_perm("plans.view_plan_draft", can_read_draft)
rules.add_perm("plans.view_plan_history", can_read_draft)
rules.add_perm("plans.follow_up_activity", can_read_draft)
rules.add_perm("plans.change_plan", is_admin | is_process_leader)
rules.add_perm("plans.publish_plan", is_admin | is_process_leader)
# On an area: start a new activity plan there.
rules.add_perm("plans.add_plan", is_admin | is_process_leader)


@rules.predicate
def is_published_action_plan(user, plan):
    return plan.is_published


can_read_action_plan_draft = is_admin | is_process_leader | is_area_member

rules.add_perm("plans.view_action_plan", is_published_action_plan | can_read_action_plan_draft)
# On a handlingsplan, or on an area (its draft handlingsplaner in lists).
rules.add_perm("plans.view_action_plan_draft", can_read_action_plan_draft)
rules.add_perm("plans.publish_action_plan", is_admin | is_process_leader)
