"""Who reads and writes annual reports: the public reads published ones; the
area's members read drafts; the processledare writes, adopts and publishes."""

import rules

from nosam.rules import is_admin, is_area_member, is_process_leader


def _report(obj):
    return getattr(obj, "report", obj)  # a section belongs to its report


@rules.predicate
def is_published(user, obj):
    return _report(obj).is_published


@rules.predicate
def is_draft(user, obj):
    return _report(obj).is_draft


rules.add_perm("reports.view_report", is_published | is_admin | is_process_leader | is_area_member)
rules.add_perm("reports.add_report", is_admin | is_process_leader)
rules.add_perm("reports.change_report", (is_admin | is_process_leader) & is_draft)
rules.add_perm("reports.adopt_report", (is_admin | is_process_leader) & is_draft)
rules.add_perm("reports.publish_report", is_admin | is_process_leader)
