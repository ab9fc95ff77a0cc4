from tests.factories.deviations import (
    CaseFactory,
    CategoryFactory,
    CauseFactory,
    FindingFactory,
    PublicationFactory,
)
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
from tests.factories.reports import EconomyItemFactory, ReportFactory, SectionFactory

__all__ = [
    "CaseFactory",
    "CategoryFactory",
    "CauseFactory",
    "EconomyItemFactory",
    "FindingFactory",
    "PublicationFactory",
    "ReportFactory",
    "SectionFactory",
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
