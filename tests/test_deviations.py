"""Deviation statistics, goal tracking, public figures, analysis and cases."""

import pytest
from django.test import Client

from deviations import statistics as stats
from deviations.charts import BarChart
from deviations.importing import Preview, Row
from deviations.models import Case, Category, Finding, Publication
from deviations.services import statistics_import
from nosam.models import Area, Membership
from plans.models import Activity
from tests.conftest import member_user
from tests.factories import CategoryFactory, GroupFactory, OrganisationFactory, TargetGroupFactory
from tests.helpers import assert_queries_do_not_grow


@pytest.fixture
def small(db):
    """An area with two kommuner, a region unit, and a few counts."""
    area = Area.objects.create(name="Testområdet", short_name="TEST", slug="test")
    alingsas = OrganisationFactory(name="Alingsås kommun", kind="kommun")
    unit = OrganisationFactory(name="Äldreomsorgen", kind="kommun", parent=alingsas)
    lerum = OrganisationFactory(name="Lerums kommun", kind="kommun")
    region = OrganisationFactory(name="Lasarettet", kind="region")
    area.organisations.set([alingsas, lerum, region])
    elderly = TargetGroupFactory(area=area, name="Äldre")
    transfer = CategoryFactory(area=area, name="Vårdens övergångar")
    medicine = CategoryFactory(area=area, name="Läkemedel")
    rows = [
        Row(2, 2024, 2, unit.pk, region.pk, elderly.pk, transfer.pk, None, 5),
        Row(3, 2024, 2, region.pk, lerum.pk, None, transfer.pk, None, 2),
        Row(4, 2025, 1, alingsas.pk, region.pk, elderly.pk, medicine.pk, None, 10),
        Row(5, 2025, 2, region.pk, lerum.pk, elderly.pk, transfer.pk, None, 4),
        Row(6, 2025, 2, unit.pk, region.pk, elderly.pk, medicine.pk, None, 1),
    ]
    statistics_import(area=area, preview=Preview("test.csv", rows), user=None)
    return area


@pytest.mark.django_db
def test_aggregations(small):
    h2 = stats.Period(2024, 2)
    assert stats.total(small, h2) == 7
    assert stats.by_category(small, h2) == [("Vårdens övergångar", 7)]
    assert stats.by_target_group(small, h2) == [("Äldre", 5), ("Ingen målgrupp", 2)]
    assert stats.by_pair(small, h2) == [
        ("Äldreomsorgen", "Lasarettet", 5),
        ("Lasarettet", "Lerums kommun", 2),
    ]
    side = stats.municipalities_side_by_side(small, h2)
    assert side.municipalities == ["Alingsås kommun", "Lerums kommun"]
    assert side.rows == [("Vårdens övergångar", [5, 2])]
    assert stats.trend(small) == [("2024 H2", 7), ("2025 H1", 10), ("2025 H2", 5)]
    assert [p.label for p in stats.periods(small)] == ["2024 H2", "2025 H1", "2025 H2"]


@pytest.mark.django_db
def test_goal_progress_towards_a_hundred_percent_increase(small):
    progress = stats.goal_progress(small, stats.Period(2025), stats.Period(2024))
    assert (progress.count, progress.baseline_count) == (15, 7)
    assert round(progress.increase_percent) == 114
    assert round(progress.goal_percent) == 114
    empty = stats.goal_progress(small, stats.Period(2025), stats.Period(2023))
    assert empty.goal_percent is None


def test_small_public_counts_are_suppressed_and_get_no_bar():
    assert [stats.suppressed(n) for n in (0, 1, 2, 3, 40)] == ["0", "<3", "<3", "3", "40"]
    chart = BarChart.horizontal("Test", [("A", 40), ("B", 2)], shown=stats.suppressed)
    assert [(bar.shown, bar.percent) for bar in chart.bars] == [("40", 100), ("<3", 0)]


def test_periods_parse():
    assert stats.Period.parse("2025-2") == stats.Period(2025, 2)
    assert stats.Period.parse("2025H1") == stats.Period(2025, 1)
    assert stats.Period.parse("2025") == stats.Period(2025)
    assert stats.Period.parse("2025-3") is None
    assert stats.Period.parse("hej") is None


@pytest.mark.django_db
def test_public_statistics_only_when_published_and_with_small_counts_hidden(small):
    anonymous = Client()
    assert anonymous.get("/test/avvikelser/statistik/").status_code == 302
    Publication.objects.create(area=small, publish_statistics=True)
    html = anonymous.get("/test/avvikelser/statistik/?period=2025-2").content.decode()
    assert "&lt;3" in html
    assert ">1<" not in html  # the 1 is never printed
    assert "Äldreomsorgen" not in html  # organisation pairs are not public
    assert anonymous.get("/test/avvikelser/").status_code == 302


@pytest.mark.django_db
def test_members_see_their_own_area_only(small, demo):
    samla_member = Client()
    from django.contrib.auth import get_user_model

    samla_member.force_login(get_user_model().objects.get(username="ledamot"))
    assert samla_member.get("/samla/avvikelser/").status_code == 200
    assert samla_member.get("/test/avvikelser/").status_code == 403
    assert samla_member.get("/test/avvikelser/analys/").status_code == 403


@pytest.mark.django_db
def test_statistics_page_shows_chart_with_table_and_example_label(demo):
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username="ledamot"))
    html = client.get("/samla/avvikelser/?period=2025-2").content.decode()
    assert '<table class="table table-sm bar-chart">' in html
    assert '<caption id="kategori-diagram-titel">Avvikelser per kategori</caption>' in html
    assert "Exempeldata" in html
    csv = client.get("/samla/avvikelser/export.csv?period=2025-2").content.decode("utf-8-sig")
    assert csv.splitlines()[0] == "Halvår;Rapporterande organisation;Mottagande organisation;Antal"


@pytest.mark.django_db
def test_statistics_queries_do_not_grow_with_rows(small):
    user = member_user(GroupFactory(area=small))
    client = Client()
    client.force_login(user)
    organisations = list(small.organisations.all())
    category = Category.objects.filter(area=small).first()

    def grow():
        rows = [
            Row(
                i,
                2025,
                2,
                organisations[i % 3].pk,
                organisations[(i + 1) % 3].pk,
                None,
                category.pk,
                None,
                i,
            )
            for i in range(300)
        ]
        statistics_import(area=small, preview=Preview("mer.csv", rows), user=None)

    for url in [
        "/test/avvikelser/?period=2025-2",
        "/test/avvikelser/mal/",
        "/test/avvikelser/rapport/2025-2/",
    ]:
        assert_queries_do_not_grow(lambda url=url: client.get(url), grow)


@pytest.mark.django_db
def test_finding_becomes_an_activity_in_the_plan_and_both_link(demo):
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    finding = Finding.objects.filter(area__slug="samla").first()
    plan = Activity.objects.get(what="Psykiatrins dag i Alingsås").plan
    response = client.post(
        finding.get_absolute_url(),
        {"plan": plan.pk, "goal": "", "what": "Checklista för utskrivning inför helg"},
    )
    assert response.status_code == 302
    finding.refresh_from_db()
    activity = finding.activity
    assert activity.plan == plan and activity.what == "Checklista för utskrivning inför helg"
    assert activity.local_goal == "Förbättringsåtgärd från avvikelser i samverkan"
    assert finding.get_absolute_url() in client.get(activity.get_absolute_url()).content.decode()
    assert activity.get_absolute_url() in client.get(finding.get_absolute_url()).content.decode()
    draft = client.get(plan.url("plans:plan_draft")).content.decode()
    assert "Checklista för utskrivning inför helg" in draft


@pytest.mark.django_db
def test_members_may_link_but_not_create_activities_in_plans(demo):
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username="ledamot"))
    finding = Finding.objects.filter(area__slug="samla").first()
    plan = Activity.objects.first().plan
    denied = client.post(finding.get_absolute_url(), {"plan": plan.pk, "what": "Ny"})
    assert denied.status_code == 403
    existing = Activity.objects.first()
    linked = client.post(finding.get_absolute_url(), {"existing": existing.pk})
    assert linked.status_code == 302
    finding.refresh_from_db()
    assert finding.activity == existing


@pytest.mark.django_db
def test_free_text_with_personnummer_is_refused_in_findings_and_cases(demo):
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username="ledamot"))
    before = Finding.objects.count(), Case.objects.count()
    finding = client.post(
        "/samla/avvikelser/analys/",
        {"year": 2025, "half": 2, "finding": "Patient 19811218-9876 drabbades"},
    )
    assert "får inte sparas här" in finding.content.decode()
    area = Area.objects.get(slug="samla")
    org = area.organisations.first()
    case = client.post(
        "/samla/avvikelser/arenden/",
        {
            "reference": "MCP-1",
            "month": "2025-10",
            "reporting": org.pk,
            "receiving": org.pk,
            "category": area.deviation_categories.first().pk,
            "summary": "Gäller 811218-9876",
        },
    )
    assert "får inte sparas här" in case.content.decode()
    assert (Finding.objects.count(), Case.objects.count()) == before


@pytest.mark.django_db
def test_case_summary_is_internal_unless_published(demo):
    case = Case.objects.get(reference="MCP-2025-0412")
    public = Client().get("/samla/avvikelser/statistik/").content.decode()
    assert case.summary not in public
    case.published = True
    case.save()
    assert case.summary in Client().get("/samla/avvikelser/statistik/").content.decode()


@pytest.mark.django_db
def test_processledare_of_the_area_counts_as_reader(small):
    user = member_user(GroupFactory(area=small), role=Membership.Role.PROCESS_LEADER)
    assert user.has_perm("deviations.import_statistics", small)
    assert not member_user(GroupFactory(area=small)).has_perm("deviations.import_statistics", small)


@pytest.mark.django_db
def test_an_import_sums_its_half_years_once_and_pages_read_only_the_sums(small, client):
    from django.db import connection
    from django.db.models import Sum
    from django.test.utils import CaptureQueriesContext

    from deviations.models import StatisticRow, StatisticSummary

    def sums(model):
        return sorted(
            model.objects.filter(area=small)
            .values_list("year", "half", "category__name")
            .annotate(n=Sum("count"))
            .order_by()
        )

    assert sums(StatisticSummary) == sums(StatisticRow) and sums(StatisticSummary)
    # Re-importing a half-year replaces its sums.
    categories = dict(small.deviation_categories.values_list("name", "pk"))
    organisations = list(small.organisations.values_list("pk", flat=True))
    rows = [
        Row(2, 2025, 2, organisations[0], organisations[1], None, categories["Läkemedel"], None, 7)
    ]
    statistics_import(area=small, preview=Preview("ny.csv", rows), user=None)
    assert sums(StatisticSummary) == sums(StatisticRow)
    assert StatisticSummary.objects.filter(area=small, year=2025, half=2).count() == 1

    Publication.objects.create(area=small, publish_statistics=True)
    reader = Client()
    reader.force_login(member_user(GroupFactory(area=small)))
    for page, url in [
        (reader, "/test/avvikelser/?period=2025-2"),
        (client, "/test/avvikelser/statistik/?period=2025-2"),
    ]:
        with CaptureQueriesContext(connection) as queries:
            assert page.get(url).status_code == 200
        assert not [q for q in queries if StatisticRow._meta.db_table in q["sql"]]


@pytest.mark.django_db
def test_a_half_year_without_statistics_says_so_and_is_no_public_page(small, client):
    """Found from outside: 2000 H1 was published as "Totalt 0"."""
    Publication.objects.create(area=small, publish_statistics=True)
    assert client.get("/test/avvikelser/statistik/?period=2000-1").status_code == 404
    reader = Client()
    reader.force_login(member_user(GroupFactory(area=small)))
    page = reader.get("/test/avvikelser/?period=2000-1").content.decode()
    assert "Ingen statistik är importerad för 2000 H1" in page
