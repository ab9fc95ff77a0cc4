import factory

from reports.models import EconomyItem, Report, Section
from tests.factories.nosam import AreaFactory


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    area = factory.SubFactory(AreaFactory)
    group = None
    year = 2025
    title = factory.LazyAttribute(lambda report: f"Årsrapport {report.year}")


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    report = factory.SubFactory(ReportFactory)
    position = factory.Sequence(int)
    title = factory.Sequence(lambda n: f"Avsnitt {n}")
    body = "Text som processledaren skriver."


class EconomyItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EconomyItem

    report = factory.SubFactory(ReportFactory)
    kind = EconomyItem.Kind.INCOME
    label = factory.Sequence(lambda n: f"Post {n}")
    amount = 1
