"""The lägesbild (internal) and the public pages of the goals: figures on a
small hand-built area, grouping, the activities behind each number, filters,
the XLSX file, who may read it, what the public sees, and query counts."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from urllib.parse import parse_qs, urlparse

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook

from indicators.models import Indicator, IndicatorValue
from indicators.overview import Overview
from nosam.models import Group, Membership
from plans.models import Activity, FollowUp, Status
from samla.pagecache import clear_local
from tests.conftest import member_user
from tests.factories import (
    ActivityFactory,
    ActivityPlanFactory,
    AreaFactory,
    CollaborationPlanFactory,
    GroupFactory,
    OrganisationFactory,
    PrioritisedGoalFactory,
    ShiftFactory,
    TargetGroupFactory,
    UserFactory,
    publish,
)
from tests.helpers import count_queries

TODAY = date(2026, 5, 15)


def _now():
    return time_machine.travel(timezone.make_aware(datetime(2026, 5, 15, 12)), tick=False)


@dataclass
class Area:
    area: object
    g1: object
    g2: object
    s1: object
    s2: object
    nosam_a: object
    nosam_b: object
    target: object
    plan_a: object
    plan_b: object
    a1: object
    a2: object
    a3: object
    b1: object
    coordination: object
    committee: object


def _indicator(area, *, value, target=10, counts_events=False, **owner):
    indicator = Indicator.objects.create(
        area=area,
        name=f"Mätetal {owner}",
        unit="st",
        period_type="ar",
        target_value=Decimal(target),
        counts_events=counts_events,
        **owner,
    )
    IndicatorValue.objects.create(indicator=indicator, period="2026", value=Decimal(value))
    return indicator


@pytest.fixture
def small(db):
    with _now():
        area = AreaFactory(slug="lilla", name="Lilla området", short_name="Lilla")
        collaboration = CollaborationPlanFactory(area=area)
        g1 = PrioritisedGoalFactory(plan=collaboration, text="Öka tilliten")
        g2 = PrioritisedGoalFactory(plan=collaboration, text="Färre avvikelser")
        s1 = ShiftFactory(plan=collaboration, text="Från sjukhus till hem")
        s2 = ShiftFactory(plan=collaboration, text="Från reaktiv till proaktiv")
        nosam_a = GroupFactory(area=area, name="NOSAM Ale")
        nosam_b = GroupFactory(area=area, name="NOSAM Bollebygd")
        coordination = GroupFactory(
            area=area, name="Samordningsgruppen", kind=Group.Kind.COORDINATION
        )
        committee = GroupFactory(area=area, name="AU", kind=Group.Kind.WORKING_COMMITTEE)
        target = TargetGroupFactory(area=area, name="Barn och unga")
        plan_a = ActivityPlanFactory(
            group=nosam_a, target_group=target, collaboration_plan=collaboration, year=2026
        )
        plan_a.shifts.set([s1, s2])
        plan_b = ActivityPlanFactory(group=nosam_b, collaboration_plan=collaboration, year=2026)
        a1 = ActivityFactory(
            plan=plan_a,
            goal=g1,
            local_goal="",
            what="Aktivitet A1",
            status=Status.IN_PROGRESS,
            deadline="2026-03-31",
        )
        a2 = ActivityFactory(
            plan=plan_a,
            goal=g1,
            local_goal="",
            what="Aktivitet A2",
            status=Status.DONE,
            deadline="2026-03-31",
        )
        a3 = ActivityFactory(
            plan=plan_a,
            local_goal="Ett eget mål",
            what="Aktivitet A3",
            status=Status.IN_PROGRESS,
            deadline="2026-12-31",
        )
        FollowUp.objects.create(activity=a3, date=date(2026, 5, 1), text="HEMLIG-UPPFOLJNING")
        b1 = ActivityFactory(
            plan=plan_b,
            goal=g2,
            local_goal="",
            what="Aktivitet B1",
            status=Status.DELAYED,
            deadline="2026-12-31",
        )
        old = ActivityPlanFactory(
            group=nosam_a, target_group=target, collaboration_plan=collaboration, year=2025
        )
        ActivityFactory(plan=old, what="Förra årets aktivitet", status=Status.DONE)
        _indicator(area, activity=a1, value=12)  # on track (the target is reached)
        _indicator(area, activity=b1, value=2)  # off track
        _indicator(area, goal=g1, value=1, counts_events=True)  # off track; public: "<3"
        publish(plan_a)
    return Area(
        area,
        g1,
        g2,
        s1,
        s2,
        nosam_a,
        nosam_b,
        target,
        plan_a,
        plan_b,
        a1,
        a2,
        a3,
        b1,
        coordination,
        committee,
    )


def _build(small, **query):
    with _now():
        return Overview.build(small.area, today=TODAY, query=query)


def _line(grouping_lines, label):
    return next(line for line in grouping_lines if line.label == label)


def _grouping(overview, key):
    return next(g for g in overview.groupings if g.key == key).lines


def _figures(line):
    f = line.figures
    return (
        f.total,
        dict(+f.statuses),
        f.overdue,
        f.stale,
        f.states["i_fas"],
        f.states["ej_i_fas"],
    )


# --- figures and grouping --------------------------------------------------------------


def test_the_totals_count_statuses_passed_deadlines_stale_activities_and_indicators(small):
    overview = _build(small)
    assert _figures(overview.totals) == (
        4,
        {"pagar": 2, "genomford": 1, "forsenad": 1},
        1,  # A1: its deadline has passed (A2 is done)
        2,  # A1 and B1 were never followed up; A3 was two weeks ago
        1,
        2,  # B1's indicator and the goal's own
    )


def test_last_years_plan_is_not_current_when_this_years_exists(small):
    titles = {item.activity.what for item in _build(small).items}
    assert "Förra årets aktivitet" not in titles
    assert {item.activity.what for item in _build(small, ar=2025).items} == {
        "Förra årets aktivitet"
    }


def test_grouped_by_prioritised_goal_with_own_goals_under_eget_mal(small):
    lines = _grouping(_build(small), "mal")
    assert [line.label for line in lines] == ["Öka tilliten", "Färre avvikelser", "Eget mål"]
    assert _figures(_line(lines, "Öka tilliten")) == (2, {"pagar": 1, "genomford": 1}, 1, 1, 1, 1)
    assert _figures(_line(lines, "Färre avvikelser")) == (1, {"forsenad": 1}, 0, 1, 0, 1)
    assert _figures(_line(lines, "Eget mål")) == (1, {"pagar": 1}, 0, 0, 0, 0)


def test_an_activity_counts_under_each_shift_of_its_plan(small):
    lines = _grouping(_build(small), "forflyttning")
    assert {line.label: line.figures.total for line in lines} == {
        "Från sjukhus till hem": 3,
        "Från reaktiv till proaktiv": 3,
        "Ingen förflyttning angiven": 1,
    }


def test_grouped_by_group_and_by_target_group(small):
    overview = _build(small)
    assert {line.label: line.figures.total for line in _grouping(overview, "grupp")} == {
        "NOSAM Ale": 3,
        "NOSAM Bollebygd": 1,
    }
    assert {line.label: line.figures.total for line in _grouping(overview, "malgrupp")} == {
        "Barn och unga": 3,
        "Ingen målgrupp": 1,
    }


def test_filters_narrow_every_figure(small):
    overview = _build(small, grupp=small.nosam_b.pk)
    assert _figures(overview.totals) == (1, {"forsenad": 1}, 0, 1, 0, 1)  # no goal indicator
    overview = _build(small, mal=str(small.g1.pk))
    assert _figures(overview.totals) == (2, {"pagar": 1, "genomford": 1}, 1, 1, 1, 1)
    assert [line.label for line in _grouping(overview, "mal")] == ["Öka tilliten"]
    overview = _build(small, malgrupp="ingen")
    assert {i.activity.what for i in overview.items} == {"Aktivitet B1"}
    overview = _build(small, forflyttning=str(small.s1.pk))
    assert overview.totals.figures.total == 3


# --- pages ---------------------------------------------------------------------------------


@pytest.fixture
def processledare(small):
    return member_user(small.nosam_a, role=Membership.Role.PROCESS_LEADER)


def _client(user):
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def _get(user, url, data=None):
    with _now():
        return _client(user).get(url, data or {})


def test_every_number_links_to_the_activities_behind_it(small, processledare):
    overview = _build(small)
    lines = [overview.totals, *(line for g in overview.groupings for line in g.lines)]
    checked = 0
    for line in lines:
        for cell in line.cells:
            if not cell.value:
                assert cell.url == ""
                continue
            query = {k: v[0] for k, v in parse_qs(urlparse(cell.url).query).items()}
            response = _get(processledare, cell.url)
            assert response.status_code == 200, cell.url
            items = response.context["items"]
            if query.get("visa") in ("i_fas", "ej_i_fas"):
                indicators = sum(len(i.indicators_in(query["visa"])) for i in items)
                indicators += len(response.context["goal_indicators"])
                assert indicators == cell.value, cell.url
            else:
                assert len(items) == cell.value, cell.url
            checked += 1
    assert checked > 30


def test_the_list_shows_each_activity_with_status_deadline_group_and_link(small, processledare):
    url = f"/lilla/lagesbild/aktiviteter/?status=pagar&mal={small.g1.pk}"
    response = _get(processledare, url)
    html = response.content.decode()
    assert [i.activity.what for i in response.context["items"]] == ["Aktivitet A1"]
    assert f'href="/aktiviteter/{small.a1.pk}/"' in html
    assert "status-pagar" in html and "Pågår" in html
    assert "NOSAM Ale" in html and "2026-03-31" in html
    assert "Deadline har passerat" in html


def test_the_overview_page_shows_the_figures_and_the_status_movement(small, processledare):
    response = _get(processledare, "/lilla/lagesbild/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Per prioriterat mål" in html and "Öka tilliten" in html
    assert "Hur statusen rörde sig" in html
    movement = response.context["movement"]
    assert movement.bars  # the publication of plan A
    assert 'role="img"' in html and "Teckenförklaring" in html
    assert "sneda streck" in html  # the legend names the patterns in words
    assert 'href="/lilla/matetal/importera/"' in html  # a processledare reads values in from here
    # The goal's own indicator is counted in the totals and under its goal, and the
    # tables per group, shift and target group say why theirs add up to less.
    assert html.count("räknas i totalen och per prioriterat mål, inte här") == 3


@pytest.mark.parametrize(
    "query",
    [
        {"grupp": "abc"},
        {"grupp": "999999"},
        {"mal": "-1"},
        {"ar": "1800"},
        {"ar": "x" * 5000},
        {"status": "\x00"},
        {"visa": "allt"},
        {"malgrupp": "²"},
    ],
)
def test_bad_filters_give_the_swedish_400(small, processledare, query):
    for url in (
        "/lilla/lagesbild/",
        "/lilla/lagesbild/aktiviteter/",
        "/lilla/lagesbild/lagesbild.xlsx",
    ):
        response = _get(processledare, url, query)
        assert response.status_code == 400, (url, query)
        if not url.endswith(".xlsx"):
            assert (
                "Adressen innehåller ett värde som inte kan användas" in response.content.decode()
            )


def test_the_xlsx_holds_the_same_numbers(small, processledare):
    response = _get(processledare, "/lilla/lagesbild/lagesbild.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(BytesIO(response.content))
    assert workbook.sheetnames[:5] == [
        "Totalt",
        "Per prioriterat mål",
        "Per förflyttning",
        "Per grupp",
        "Per målgrupp",
    ]
    totals = list(workbook["Totalt"].iter_rows(min_row=3, values_only=True))
    header, row = totals[0], totals[1]
    assert dict(zip(header, row, strict=True)) | {} == {
        "Urval": "Alla aktiviteter",
        "Aktiviteter": 4,
        "Ej angiven": 0,
        "Ej påbörjad": 0,
        "Pågår": 2,
        "Genomförd": 1,
        "Försenad": 1,
        "Pausad": 0,
        "Avbruten": 0,
        "Passerad deadline": 1,
        "Ej uppföljd inom gränsen": 2,
        "Mätetal i fas": 1,
        "Mätetal inte i fas": 2,
    }
    goals = {
        r[0]: r[1] for r in workbook["Per prioriterat mål"].iter_rows(min_row=4, values_only=True)
    }
    assert goals == {"Öka tilliten": 2, "Färre avvikelser": 1, "Eget mål": 1}
    assert workbook["Status över året"].max_row >= 2


# --- who may read it ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/lilla/lagesbild/", "/lilla/lagesbild/aktiviteter/", "/lilla/lagesbild/lagesbild.xlsx"]
)
def test_who_may_read_the_lagesbild(small, processledare, url):
    assert _get(processledare, url).status_code == 200
    assert _get(member_user(small.coordination), url).status_code == 200
    assert _get(member_user(small.committee), url).status_code == 200
    assert _get(UserFactory(is_superuser=True), url).status_code == 200
    member = member_user(small.nosam_a)
    assert _get(member, url).status_code == 403  # an ordinary NOSAM member
    # The menu links it for those who may read it, and only for them.
    assert 'href="/lilla/lagesbild/"' in _get(processledare, "/konto/").content.decode()
    assert 'href="/lilla/lagesbild/"' not in _get(member, "/konto/").content.decode()
    anonymous = _get(None, url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/konto/logga-in/")
    elsewhere = member_user(GroupFactory(), role=Membership.Role.PROCESS_LEADER)
    assert _get(elsewhere, url).status_code in (403, 404)
    other_coordination = member_user(GroupFactory(kind=Group.Kind.COORDINATION))
    assert _get(other_coordination, url).status_code in (403, 404)


# --- the public pages ---------------------------------------------------------------------


def test_the_public_page_shows_published_activities_with_status_and_progress(small):
    response = _get(None, "/lilla/malen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Öka tilliten" in html and "Färre avvikelser" in html
    assert "Aktivitet A1" in html and "Aktivitet A3" in html
    assert "Pågår" in html
    assert "I fas" in html  # A1's indicator, in words


def test_the_public_page_shows_no_draft_no_follow_up_and_no_unpublished_plan(small):
    with _now():
        small.a1.what = "HEMLIG-UTKASTTEXT"
        small.a1.status = Status.CANCELLED
        small.a1.save()
        ActivityFactory(plan=small.plan_a, what="HEMLIG-NY-AKTIVITET")
    for url in ("/lilla/malen/", f"/lilla/malen/{small.g1.pk}/", f"/lilla/malen/{small.g2.pk}/"):
        html = _get(None, url).content.decode()
        for secret in ("HEMLIG-UTKASTTEXT", "HEMLIG-NY-AKTIVITET", "HEMLIG-UPPFOLJNING"):
            assert secret not in html, (url, secret)
        assert "Aktivitet B1" not in html  # plan B was never published
        assert "Avbruten" not in html  # the draft's status
    assert "Aktivitet A1" in _get(None, "/lilla/malen/").content.decode()  # as published


def test_the_public_goal_page_suppresses_counts_of_one_and_two(small):
    response = _get(None, f"/lilla/malen/{small.g1.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Värden: Mätetal" in html  # the data table
    assert "&lt;3" in html
    goal_indicator = response.context["goal"].indicators[0]
    assert [row.shown for row in goal_indicator.rows] == ["<3"]
    assert "Senast 2026: 1 " not in html and "1 st" not in goal_indicator.assessment.explanation


def _public_goal_page(small):
    cache.clear()
    clear_local()
    return _get(None, f"/lilla/malen/{small.g1.pk}/").content.decode()


def test_the_public_sees_indicators_as_they_stood_at_the_publication(small):
    later = timezone.make_aware(datetime(2026, 6, 1, 12))
    with time_machine.travel(later, tick=False):
        IndicatorValue.objects.create(
            indicator=Indicator.objects.get(activity=small.a1), period="2025", value=Decimal("63.7")
        )
        added = _indicator(small.area, activity=small.a2, value=5)
        added.name = "HEMLIGT-NYTT-MÄTETAL"
        added.save()
    html = _public_goal_page(small)
    assert "63,7" not in html and "HEMLIGT-NYTT-MÄTETAL" not in html  # not yet published
    with time_machine.travel(later, tick=False):
        publish(small.plan_a)
    with time_machine.travel(timezone.make_aware(datetime(2026, 6, 2, 12)), tick=False):
        cache.clear()
        clear_local()
        html = Client().get(f"/lilla/malen/{small.g1.pk}/").content.decode()
    assert "63,7" in html and "HEMLIGT-NYTT-MÄTETAL" in html


def test_what_is_edited_after_the_publication_waits_for_the_next(small):
    from django.utils.html import escape

    indicator = Indicator.objects.get(activity=small.a1)
    published_name = escape(indicator.name)
    assert published_name in _public_goal_page(small)
    with time_machine.travel(timezone.make_aware(datetime(2026, 6, 1, 12)), tick=False):
        indicator.name = "OMDÖPT-EFTERÅT"
        indicator.save()
        IndicatorValue.objects.filter(indicator=indicator).update(value=Decimal("55.5"))
    html = _public_goal_page(small)
    assert published_name in html and "OMDÖPT-EFTERÅT" not in html and "55,5" not in html
    indicator.delete()
    assert published_name in _public_goal_page(small)  # as published, until the next one


def test_an_upgrade_records_the_indicators_of_each_plans_latest_publication(small):
    import importlib

    from django.apps import apps

    from indicators.models import StatusSnapshot

    migration = importlib.import_module("indicators.migrations.0003_record_published_indicators")
    StatusSnapshot.objects.update(indicators=None)  # published before they were recorded
    name = Indicator.objects.get(activity=small.a1).name
    assert "Senast 2026" not in _public_goal_page(small)
    migration.record_latest(apps, None)
    html = _public_goal_page(small)
    assert "Senast 2026" in html
    [recorded] = StatusSnapshot.objects.exclude(indicators=None).values_list(
        "indicators", flat=True
    )
    assert name in [row["name"] for row in recorded]


def test_derived_deviations_stay_internal_while_the_area_does_not_publish_them(small):
    from deviations.models import Category, Publication, StatisticSummary

    with _now():
        indicator = Indicator.objects.create(
            area=small.area, goal=small.g1, name="Avvikelser i samverkan", source="avvikelser"
        )
        StatisticSummary.objects.create(
            area=small.area,
            year=2025,
            half=1,
            count=9876,
            reporting=OrganisationFactory(),
            receiving=OrganisationFactory(),
            target_group=small.target,
            category=Category.objects.create(area=small.area, name="Fallkategori"),
        )
        publish(small.plan_a)  # the indicator is published with the plan
    assert "9876" not in _public_goal_page(small)
    Publication.objects.create(area=small.area, publish_statistics=True)
    assert "9876" in _public_goal_page(small)
    assert Indicator.objects.filter(pk=indicator.pk).exists()


def test_a_goal_of_another_area_is_not_found(small):
    other = PrioritisedGoalFactory()
    assert _get(None, f"/lilla/malen/{other.pk}/").status_code == 404
    assert _get(None, "/finns-inte/malen/").status_code == 404


def test_the_area_page_links_to_the_goals(small):
    assert 'href="/lilla/malen/"' in _get(None, "/lilla/").content.decode()


# --- queries ----------------------------------------------------------------------------------


def _grow(small, activities: int, indicators: int):
    rows = [
        Activity(
            plan=small.plan_a if n % 2 else small.plan_b,
            position=100 + n,
            goal=small.g1 if n % 3 else None,
            local_goal="" if n % 3 else "Eget",
            what=f"Fler {n}",
            status=Status.IN_PROGRESS,
            deadline="2026-03-31",
        )
        for n in range(activities)
    ]
    created = Activity.objects.bulk_create(rows)
    made = Indicator.objects.bulk_create(
        Indicator(
            area=small.area,
            activity=created[n % len(created)],
            name=f"Mätetal {n}",
            target_value=Decimal(10),
            period_type="ar",
        )
        for n in range(indicators)
    )
    IndicatorValue.objects.bulk_create(
        IndicatorValue(indicator=i, period="2026", value=Decimal(n)) for n, i in enumerate(made)
    )
    FollowUp.objects.bulk_create(
        FollowUp(activity=a, date=date(2026, 4, 1), text="x") for a in created[::2]
    )


@pytest.mark.parametrize(
    "url",
    [
        "/lilla/lagesbild/",
        "/lilla/lagesbild/aktiviteter/?visa=ej_i_fas",
        "/lilla/lagesbild/lagesbild.xlsx",
        "/lilla/malen/",
        "/lilla/malen/{goal}/",
    ],
)
def test_queries_do_not_grow_with_activities_and_indicators(small, processledare, url):
    url = url.format(goal=small.g1.pk)
    user = None if "malen" in url else processledare
    client = _client(user)

    def fetch():
        cache.clear()  # the public pages are cached for anonymous readers
        clear_local()
        with _now():
            return client.get(url)

    _grow(small, 5, 5)
    with _now():
        publish(small.plan_b)
    fetch()  # the caches of a first request
    few, response = count_queries(fetch)
    assert response.status_code == 200
    _grow(small, 495, 95)
    with _now():
        publish(small.plan_a)
        publish(small.plan_b)
    many, response = count_queries(fetch)
    assert response.status_code == 200
    assert few == many, f"{few} frågor med 5 aktiviteter men {many} med 500"
    assert len(response.content) > 0
