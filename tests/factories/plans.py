import factory
from django.utils import timezone

from plans.models import (
    ActionPlan,
    Activity,
    ActivityPlan,
    CollaborationPlan,
    PrioritisedGoal,
    Shift,
    TimetableRow,
)
from tests.factories.nosam import AreaFactory, GroupFactory


class CollaborationPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CollaborationPlan

    area = factory.SubFactory(AreaFactory)
    title = "Samverkansplan 2023–2026"
    start_year = 2023
    end_year = 2026


class PrioritisedGoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PrioritisedGoal

    plan = factory.SubFactory(CollaborationPlanFactory)
    text = factory.Sequence(lambda n: f"Prioriterat mål {n}")
    position = factory.Sequence(int)


class ShiftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Shift

    plan = factory.SubFactory(CollaborationPlanFactory)
    text = factory.Sequence(lambda n: f"Förflyttning {n}")
    position = factory.Sequence(int)


class ActivityPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityPlan

    group = factory.SubFactory(GroupFactory)
    collaboration_plan = factory.SubFactory(
        CollaborationPlanFactory, area=factory.SelfAttribute("..group.area")
    )
    year = 2026
    slug = factory.Sequence(lambda n: f"plan-{n}")
    title = factory.Sequence(lambda n: f"Aktivitetsplan {n}")


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity

    plan = factory.SubFactory(ActivityPlanFactory)
    position = factory.Sequence(int)
    local_goal = "Ett eget mål"
    what = factory.Sequence(lambda n: f"Aktivitet {n}")
    how = "Så här"
    responsible = "NOSAM"
    start = "Våren 2026"
    deadline = "Dec 2026"


class ActionPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionPlan

    area = factory.SubFactory(AreaFactory)
    slug = factory.Sequence(lambda n: f"handlingsplan-{n}")
    title = factory.Sequence(lambda n: f"Handlingsplan {n}")
    start_year = 2021
    end_year = 2022
    published_at = factory.LazyFunction(timezone.now)  # published_at=None for a draft


class TimetableRowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TimetableRow

    plan = factory.SubFactory(ActionPlanFactory)
    position = factory.Sequence(int)
    activity = "Styrgruppsmöte"
    when = "maj 2021"
    delivery = "Nuläge"


def publish(plan, *, step: str = "major", note: str = "Publicerad i test", user=None):
    """Publish the plan's draft as its next version, as the portal does."""
    from datetime import date

    from plans.services import plan_publish

    return plan_publish(plan=plan, step=step, note=note, user=user, version_date=date(2026, 1, 1))
