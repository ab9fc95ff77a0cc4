import factory
from django.contrib.auth import get_user_model

from nosam.models import Area, Group, Membership, Organisation, Person, TargetGroup

TEST_PASSWORD = "losenord-for-test"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"anvandare{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.se")
    password = factory.django.Password(TEST_PASSWORD)


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area

    name = factory.Sequence(lambda n: f"Samverkansområde {n}")
    short_name = factory.Sequence(lambda n: f"OMR{n}")
    slug = factory.Sequence(lambda n: f"omrade-{n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        # Organisations are shared reference data with unique names: a test that
        # names one the demo also has gets the demo's.
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Organisation.Kind.MUNICIPALITY


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup

    area = factory.SubFactory(AreaFactory)
    name = factory.Sequence(lambda n: f"Målgrupp {n}")
    slug = factory.Sequence(lambda n: f"malgrupp-{n}")


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group

    area = factory.SubFactory(AreaFactory)
    name = factory.Sequence(lambda n: f"Grupp {n}")
    slug = factory.Sequence(lambda n: f"grupp-{n}")
    kind = Group.Kind.NOSAM


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.se")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    group = factory.SubFactory(GroupFactory)
    person = factory.SubFactory(PersonFactory)
    title = "Ledamot"
    role = Membership.Role.MEMBER
