"""What a Word import is checked against before it is saved: a plan that
already exists for the group, target group and year, and a document whose
title names another group than the one chosen."""

from __future__ import annotations

import re

from plans.models import ActivityPlan

# Words of group names that tell no group from another.
COMMON_WORDS = {"nosam", "och", "i", "för", "grupp", "gruppen", "samverkan", "närområdessamverkan"}


def existing_plan(*, group, target_group, year) -> ActivityPlan | None:
    """The group's plan for this target group and year, if there is one."""
    return ActivityPlan.objects.filter(group=group, target_group=target_group, year=year).first()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in COMMON_WORDS and len(w) > 2}


def other_group_named(*, area, group, title: str):
    """A group of the area that the document's title names better than the
    chosen one, or None. "Aktivitetsplan för NOSAM i Alingsås och Lerum" names
    NOSAM Alingsås och Lerum; chosen NOSAM Lerum, it names another group."""
    in_title = _words(title)
    chosen = _words(group.name)
    # The chosen group is named if all its own words are; another group must
    # be named by more words to count as the better match.
    best, best_score = None, len(chosen) if chosen and chosen <= in_title else 0
    for other in area.groups.exclude(pk=group.pk):
        words = _words(other.name)
        if words and words <= in_title and len(words) > best_score:
            best, best_score = other, len(words)
    return best
