from tests.factories.nosam import (
    AreaFactory,
    GroupFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
    TargetGroupFactory,
    UserFactory,
)
from tests.factories.plans import (
    ActionPlanFactory,
    ActivityFactory,
    ActivityPlanFactory,
    CollaborationPlanFactory,
    PrioritisedGoalFactory,
    ShiftFactory,
    TimetableRowFactory,
    publish,
)

__all__ = [
    "ActionPlanFactory",
    "ActivityFactory",
    "ActivityPlanFactory",
    "AreaFactory",
    "CollaborationPlanFactory",
    "GroupFactory",
    "MembershipFactory",
    "OrganisationFactory",
    "PersonFactory",
    "PrioritisedGoalFactory",
    "ShiftFactory",
    "TargetGroupFactory",
    "TimetableRowFactory",
    "UserFactory",
    "publish",
]
