import factory
from django.utils import timezone

from deviations.models import Case, Category, Cause, Finding, Publication
from tests.factories.nosam import AreaFactory, OrganisationFactory


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    area = factory.SubFactory(AreaFactory)
    name = factory.Sequence(lambda n: f"Kategori {n}")
    position = factory.Sequence(int)


class CauseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cause

    area = factory.SubFactory(AreaFactory)
    name = factory.Sequence(lambda n: f"Orsak {n}")
    position = factory.Sequence(int)


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publication
        django_get_or_create = ("area",)

    area = factory.SubFactory(AreaFactory)
    publish_statistics = True


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Finding

    area = factory.SubFactory(AreaFactory)
    year = 2025
    half = 1
    finding = factory.Sequence(lambda n: f"Iakttagelse {n}")


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    area = factory.SubFactory(AreaFactory)
    reference = factory.Sequence(lambda n: f"MC-{n:05d}")
    month = factory.LazyFunction(lambda: timezone.localdate().replace(day=1))
    reporting = factory.SubFactory(OrganisationFactory)
    receiving = factory.SubFactory(OrganisationFactory)
    category = factory.SubFactory(CategoryFactory, area=factory.SelfAttribute("..area"))
    summary = "Informationen om läkemedel kom inte fram vid utskrivningen."
