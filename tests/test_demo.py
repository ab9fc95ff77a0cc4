import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.serializers import serialize

from nosam.models import Area, Group
from plans.models import Activity, ActivityPlan, Status

DEMO_APPS = ["nosam", "plans"]


def _snapshot() -> dict[str, str]:
    return {
        model._meta.label: serialize("json", model.objects.order_by("pk"))
        for app in DEMO_APPS
        for model in apps.get_app_config(app).get_models()
    }


@pytest.mark.django_db
def test_load_demo_twice_leaves_the_same_data():
    call_command("load_demo", "--users")
    first = _snapshot()
    assert any(len(rows) > 2 for rows in first.values())
    call_command("load_demo", "--users")
    assert _snapshot() == first


@pytest.mark.django_db
def test_load_demo_does_not_overwrite_edits(demo):
    activity = Activity.objects.get(what="Psykiatrins dag i Alingsås")
    activity.how = "Ändrat i portalen"
    activity.save()
    call_command("load_demo")
    activity.refresh_from_db()
    assert activity.how == "Ändrat i portalen"


@pytest.mark.django_db
def test_the_2026_plan_holds_the_five_rows_of_the_word_original(demo):
    plan = ActivityPlan.objects.get(year=2026, group__slug="nosam-alingsas-och-lerum")
    (version,) = plan.versions.all()
    assert version.label == "2.9"
    assert version.version_date.isoformat() == "2026-05-21"
    assert len(version.snapshot["activities"]) == 5
    assert plan.target_group_title == "Psykisk ohälsa, skadligt bruk och beroende"
    assert plan.target_group.name == "Psykisk hälsa och missbruk"
    assert plan.shifts.count() == 5
    assert plan.goals.count() == 4

    rows = list(plan.activities.select_related("goal"))
    assert [(r.start.text, r.deadline.text) for r in rows] == [
        ("Dec 2024\n2024", "2026"),
        ("2026-10-06", "2026-10-06"),
        ("Oktober 2025", "2026"),
        ("2025", "Över tid"),
        ("Våren 2026", "Dec 2026"),
    ]
    # The second row continues the goal of the first.
    assert rows[0].goal == rows[1].goal
    assert rows[0].goal.text.endswith("personcentrerad vård- och omsorg")
    # A goal of this plan only, not one of the four.
    assert rows[2].goal is None
    assert rows[2].local_goal == "Implementera Läns gemensam riktlinje och rutin SIP."
    assert rows[4].what.splitlines() == [
        "Kännedom om utbudet i Alingsås",
        "Fysisk aktivitet på recept-FAR",
    ]
    assert rows[3].measure == "Ökar antalet avvikelser i samverkan. Mål 100% ökning"
    assert all(r.status == Status.NOT_SET for r in rows)


@pytest.mark.django_db
def test_two_areas_live_side_by_side(demo):
    assert set(Area.objects.values_list("slug", flat=True)) == {"samla", "nosam-molndal"}
    samla_nosam = Group.objects.get(area__slug="samla", slug="nosam-alingsas")
    assert samla_nosam.children.count() == 3
    assert Group.objects.filter(area__slug="nosam-molndal", kind=Group.Kind.NOSAM).count() == 1


@pytest.mark.django_db
def test_demo_processledare_is_linked_to_her_person(demo):
    assert ("processledare", "samla-demo-2026") in demo.logins
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="processledare")
    assert user.person.name == "Lena Arvidsson"
    assert user.check_password("samla-demo-2026")


@pytest.mark.django_db
def test_the_demo_has_its_indicators_derived_and_typed(demo):
    from indicators.models import Indicator, Source
    from indicators.progress import assessments

    indicators = {i.source: i for i in Indicator.objects.filter(area__slug="samla")}
    found = assessments(list(indicators.values()))
    deviations = indicators[Source.DEVIATIONS]
    assert deviations.target_kind == "relativ" and deviations.target_value == 100
    assert deviations.activity.what == "Avvikelse i samverkan"
    assert len(found[deviations.pk][0]) >= 4  # one value per half-year of the statistics
    meetings = found[indicators[Source.MEETINGS].pk][0]
    assert (meetings[0].period.label, meetings[0].value) == ("2024", 7)  # as in 001
    typed = indicators[Source.TYPED]
    assert typed.is_example and "(exempel)" in typed.name
    assert len(found[typed.pk][0]) == 2
