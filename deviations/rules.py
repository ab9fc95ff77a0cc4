"""Who sees and handles deviation statistics: the area's members, its
processledare (who imports), administrators. The public sees only what an
area chooses to publish, with small counts hidden."""

import rules

from nosam.rules import area_of, is_admin, is_area_member, is_process_leader


@rules.predicate
def publishes_statistics(user, obj):
    publication = getattr(area_of(obj), "deviation_publication", None)
    return bool(publication and publication.publish_statistics)


can_read = is_admin | is_process_leader | is_area_member
rules.add_perm("deviations.view_statistics", can_read)
rules.add_perm("deviations.analyse", can_read)
rules.add_perm("deviations.import_statistics", is_admin | is_process_leader)
rules.add_perm("deviations.view_public_statistics", publishes_statistics | can_read)
