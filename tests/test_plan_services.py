from datetime import date

import pytest
from django.core.exceptions import ValidationError

from plans import services
from plans.documents import PlanDocument
from plans.models import Activity, FollowUp, PlanVersion, PublishedVersionIsImmutable, Status
from plans.versioning import VersionNumber, VersionNumberError
from tests.factories import ActivityFactory, ActivityPlanFactory, UserFactory, publish


def test_version_numbers_step_minor_and_major():
    v = VersionNumber.parse("Version.2.9")
    assert str(v.next_minor()) == "2.10"
    assert str(v.next_major()) == "3.0"
    assert VersionNumber.parse("2.10") > VersionNumber.parse("2.9")
    with pytest.raises(VersionNumberError):
        VersionNumber.parse("två")


@pytest.mark.django_db
def test_publish_numbers_versions_and_freezes_the_draft():
    plan = ActivityPlanFactory()
    activity = ActivityFactory(plan=plan, what="Första")
    first = publish(plan)
    assert first.label == "1.0"
    assert publish(plan, step="minor").label == "1.1"
    assert publish(plan, step="major").label == "2.0"

    activity.what = "Ändrat efteråt"
    activity.save()
    first.refresh_from_db()
    assert PlanDocument.from_version(first).rows[0].what == "Första"
    assert PlanDocument.from_draft(plan).rows[0].what == "Ändrat efteråt"


@pytest.mark.django_db
def test_a_published_version_can_never_be_changed():
    plan = ActivityPlanFactory()
    version = publish(plan)
    version.note = "Omskrivet"
    with pytest.raises(PublishedVersionIsImmutable):
        version.save()
    assert PlanVersion.objects.get(pk=version.pk).note == "Publicerad i test"


@pytest.mark.django_db
def test_copy_to_next_year_carries_unfinished_activities_linked_back():
    plan = ActivityPlanFactory(year=2026)
    going = ActivityFactory(plan=plan, what="Pågår", status=Status.IN_PROGRESS)
    ActivityFactory(plan=plan, what="Klar", status=Status.DONE)
    ActivityFactory(plan=plan, what="Avbruten", status=Status.CANCELLED)
    not_set = ActivityFactory(plan=plan, what="Ej angiven", status=Status.NOT_SET)
    FollowUp.objects.create(activity=going, text="Halvvägs", date=date(2026, 6, 1))

    copy = services.plan_copy_to_year(plan=plan, year=2027)

    assert copy.year == 2027
    assert copy.slug.endswith("2027")
    copied = list(copy.activities.order_by("position"))
    assert [a.what for a in copied] == ["Pågår", "Ej angiven"]
    assert [a.copied_from_id for a in copied] == [going.pk, not_set.pk]
    assert copied[0].lineage_ids() == [copied[0].pk, going.pk]
    assert copied[0].start.text == going.start.text
    assert not copy.versions.exists()


@pytest.mark.django_db
def test_follow_up_with_status_changes_the_activity_and_its_lock_version():
    activity = ActivityFactory(status=Status.NOT_STARTED)
    user = UserFactory()
    result = services.follow_up_add(
        activity=activity, day=date(2026, 6, 1), text="Startat", new_status="pagar", author=user
    )
    activity.refresh_from_db()
    assert result.status_changed
    assert activity.status == Status.IN_PROGRESS
    assert activity.lock_version == 1
    assert result.follow_up.author == user


@pytest.mark.django_db
def test_follow_up_without_status_leaves_the_activity_alone():
    activity = ActivityFactory(status=Status.IN_PROGRESS)
    result = services.follow_up_add(
        activity=activity, day=date(2026, 6, 1), text="Inget nytt", new_status=None, author=None
    )
    activity.refresh_from_db()
    assert not result.status_changed
    assert activity.lock_version == 0


@pytest.mark.django_db
def test_follow_up_with_a_personnummer_is_refused_and_nothing_is_saved():
    activity = ActivityFactory()
    with pytest.raises(ValidationError):
        services.follow_up_add(
            activity=activity,
            day=date(2026, 6, 1),
            text="Gäller 19811218-9876",
            new_status="genomford",
            author=None,
        )
    activity.refresh_from_db()
    assert not FollowUp.objects.exists()
    assert activity.status == Status.NOT_SET


@pytest.mark.django_db
def test_update_refuses_a_stale_version():
    activity = ActivityFactory(what="Original")
    data = {name: getattr(activity, name) for name in services.EDITABLE_ACTIVITY_FIELDS}
    services.activity_update(activity=activity, data={**data, "what": "Först"}, expected_version=0)
    with pytest.raises(services.EditConflict) as conflict:
        services.activity_update(
            activity=activity, data={**data, "what": "Sen"}, expected_version=0
        )
    assert conflict.value.current.what == "Först"
    assert Activity.objects.get(pk=activity.pk).what == "Först"


@pytest.mark.django_db
def test_move_swaps_neighbours_and_stops_at_the_ends():
    plan = ActivityPlanFactory()
    a, b, c = (ActivityFactory(plan=plan, what=w, position=0) for w in "abc")
    services.activity_move(activity=c, step=-1)
    assert [x.what for x in plan.activities.all()] == ["a", "c", "b"]
    services.activity_move(activity=a, step=-1)
    assert [x.what for x in plan.activities.all()] == ["a", "c", "b"]
    services.activity_move(activity=a, step=1)
    assert [x.what for x in plan.activities.all()] == ["c", "a", "b"]
