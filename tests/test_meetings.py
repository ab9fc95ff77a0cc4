"""Meetings: agenda, attendance, minutes, calendar, counts, representation, chair."""

from datetime import date, datetime, timedelta

import icalendar
import pytest
from django.test import Client
from django.utils import timezone

from nosam.chairs import chair_succession
from nosam.models import Attendance, Meeting, Membership
from nosam.representation import RepresentationOverview
from nosam.selectors import meeting_counts, suggested_next_meeting
from tests.factories import GroupFactory, MembershipFactory, OrganisationFactory
from tests.helpers import assert_queries_do_not_grow


def _meeting(groups, when, **fields):
    meeting = Meeting.objects.create(area=groups[0].area, starts_at=when, **fields)
    meeting.groups.set(groups)
    return meeting


def _aware(*args):
    return timezone.make_aware(datetime(*args))


@pytest.mark.django_db
def test_demo_2024_meetings_match_the_annual_report(demo):
    from nosam.models import Area

    counts = {
        c.group.slug: (c.total, c.joint)
        for c in meeting_counts(Area.objects.get(slug="samla"), 2024)
    }
    assert counts["nosam-alingsas"] == (7, 1)
    assert counts["nosam-lerum"] == (7, 1)
    assert counts["politiska-samradsgruppen"] == (3, 0)
    assert counts["samordningsgruppen"] == (5, 0)
    assert counts["temagrupp-in-och-utskrivningsprocessen"] == (7, 0)
    assert counts["temagrupp-egenvard"] == (2, 0)
    molndal = {
        c.group.slug: c.total for c in meeting_counts(Area.objects.get(slug="nosam-molndal"), 2024)
    }
    assert molndal["nosam-molndal"] == 6


@pytest.mark.django_db
def test_next_meeting_is_suggested_from_the_rhythm():
    group = GroupFactory(meeting_interval_weeks=5)
    _meeting([group], _aware(2026, 10, 13, 13))
    assert suggested_next_meeting(group, today=date(2026, 11, 1)) == date(2026, 11, 17)
    assert suggested_next_meeting(group, today=date(2026, 11, 18)) == date(2026, 12, 22)
    assert suggested_next_meeting(GroupFactory(), today=date(2026, 11, 1)) is None


@pytest.mark.django_db
def test_member_creates_a_meeting_with_agenda_linked_to_an_activity(world, as_user):
    client = as_user(world.users["member"])
    url = f"/{world.area.slug}/grupper/{world.group.slug}/moten/nytt/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "groups": [world.group.pk, world.subgroup.pk],
            "title": "Stor NOSAM",
            "starts_at": "2026-11-24T13:00",
            "ends_at": "2026-11-24T16:00",
            "place": "Alingsås",
            "dagordning-TOTAL_FORMS": 2,
            "dagordning-INITIAL_FORMS": 0,
            "dagordning-0-title": "Psykiatrins dag – utvärdering",
            "dagordning-0-activity": world.activity.pk,
            "dagordning-1-title": "",
        },
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get(title="Stor NOSAM")
    assert set(meeting.groups.all()) == {world.group, world.subgroup}
    (item,) = meeting.agenda_items.all()
    assert item.activity == world.activity


@pytest.mark.django_db
def test_meeting_that_ends_before_it_starts_is_refused(world, as_user):
    client = as_user(world.users["member"])
    before = Meeting.objects.count()
    response = client.post(
        f"/{world.area.slug}/grupper/{world.group.slug}/moten/nytt/",
        {
            "groups": [world.group.pk],
            "starts_at": "2026-11-24T13:00",
            "ends_at": "2026-11-24T12:00",
            "dagordning-TOTAL_FORMS": 0,
            "dagordning-INITIAL_FORMS": 0,
        },
    )
    assert "kan inte sluta innan det börjar" in response.content.decode()
    assert Meeting.objects.count() == before


@pytest.mark.django_db
def test_attendance_is_recorded_by_organisation(world, as_user):
    kommun, region = OrganisationFactory(name="Testby kommun"), OrganisationFactory(name="Regionen")
    world.group.expected_organisations.set([kommun, region])
    meeting = _meeting([world.group], _aware(2026, 11, 3, 13))
    client = as_user(world.users["member"])
    url = f"/{world.area.slug}/moten/{meeting.pk}/narvaro/"
    response = client.post(url, {f"org_{kommun.pk}": "on"})
    assert response.status_code == 302
    assert dict(Attendance.objects.values_list("organisation__name", "present")) == {
        "Testby kommun": True,
        "Regionen": False,
    }


@pytest.mark.django_db
def test_minutes_are_rendered_safely_and_published_only_when_marked(world, as_user):
    meeting = _meeting([world.group], _aware(2026, 11, 3, 13))
    url = f"/{world.area.slug}/moten/{meeting.pk}/"
    member = as_user(world.users["member"])
    member.post(
        url + "minnesanteckningar/",
        {"minutes": "# Beslut\n\n- Ny rutin <script>alert(1)</script>", "minutes_published": ""},
    )
    meeting.refresh_from_db()
    assert meeting.minutes.startswith("# Beslut")
    assert Client().get(url).status_code == 302  # anonymous: log in first
    page = member.get(url).content.decode()
    assert "<h3>Beslut</h3>" in page and "<script>alert" not in page

    member.post(
        url + "minnesanteckningar/", {"minutes": meeting.minutes, "minutes_published": "on"}
    )
    public = Client().get(url)
    assert public.status_code == 200
    assert "Ny rutin" in public.content.decode()
    assert "Närvaro" not in public.content.decode()  # internal parts stay internal


@pytest.mark.django_db
@pytest.mark.parametrize(
    "minutes",
    [
        "Ärendet 19811218-9876 diskuterades",
        "Ärendet 811218&#45;9876 diskuterades",  # shown as 811218-9876 once rendered
        "Ärendet 811218**-**9876 diskuterades",
        "Ärendet 811218\t9876 diskuterades",
    ],
)
def test_minutes_with_a_personnummer_are_refused(world, as_user, minutes):
    meeting = _meeting([world.group], _aware(2026, 11, 3, 13))
    client = as_user(world.users["member"])
    response = client.post(
        f"/{world.area.slug}/moten/{meeting.pk}/minnesanteckningar/",
        {"minutes": minutes, "minutes_published": "on"},
    )
    assert "får inte sparas här" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.minutes == "" and not meeting.minutes_published


@pytest.mark.django_db
def test_calendar_feed_parses_and_lists_the_next_meeting(world):
    now = timezone.now()
    _meeting([world.group], now - timedelta(days=20), place="Alingsås")
    upcoming = _meeting([world.group], now + timedelta(days=3), title="Stor NOSAM", place="Lerum")
    response = Client().get(f"/{world.area.slug}/grupper/{world.group.slug}/moten.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = [c for c in calendar.walk("VEVENT")]
    future = [e for e in events if e.decoded("dtstart") > now]
    assert [str(e["summary"]) for e in future] == ["Stor NOSAM"]
    assert str(future[0]["location"]) == "Lerum"
    assert future[0].decoded("dtstart") == upcoming.starts_at.replace(microsecond=0)
    assert "minnes" not in response.content.decode().lower()


@pytest.mark.django_db
def test_representation_overview_shows_gaps():
    group = GroupFactory()
    kommun, brukare = OrganisationFactory(name="Testby kommun"), OrganisationFactory(name="NSPH")
    group.expected_organisations.set([kommun, brukare])
    first = _meeting([group], _aware(2026, 3, 3, 13))
    second = _meeting([group], _aware(2026, 5, 5, 13))
    for meeting in (first, second):
        Attendance.objects.create(meeting=meeting, organisation=kommun, present=True)
    Attendance.objects.create(meeting=first, organisation=brukare, present=True)
    overview = RepresentationOverview.for_year(group, 2026)
    rows = {row.organisation.name: row for row in overview.rows}
    assert rows["Testby kommun"].cells == [True, True] and not rows["Testby kommun"].has_gap
    assert rows["NSPH"].cells == [True, None] and rows["NSPH"].has_gap
    assert [row.organisation.name for row in overview.gaps] == ["NSPH"]


@pytest.mark.django_db
def test_representation_page_queries_do_not_grow(world, as_user):
    client = as_user(world.users["member"])
    orgs = [OrganisationFactory() for _ in range(3)]
    world.group.expected_organisations.set(orgs)
    url = f"/{world.area.slug}/grupper/{world.group.slug}/representation/?ar=2026"

    def grow():
        for month in range(1, 12):
            meeting = _meeting([world.group], _aware(2026, month, 10, 13))
            for org in orgs:
                Attendance.objects.create(meeting=meeting, organisation=org)

    _meeting([world.group], _aware(2026, 12, 1, 13))
    assert_queries_do_not_grow(lambda: client.get(url), grow)


@pytest.mark.django_db
def test_meeting_pages_queries_do_not_grow(world, as_user):
    client = as_user(world.users["member"])
    meeting = _meeting([world.group], _aware(2026, 11, 3, 13))
    org = OrganisationFactory()
    world.group.expected_organisations.add(org)
    from nosam.models import AgendaItem

    def grow():
        for i in range(20):
            AgendaItem.objects.create(meeting=meeting, title=f"Punkt {i}", activity=world.activity)
            Attendance.objects.get_or_create(meeting=meeting, organisation=OrganisationFactory())
        for i in range(20):
            _meeting([world.group], _aware(2026, 1 + i % 12, 1 + i, 9))

    urls = [
        f"/{world.area.slug}/moten/{meeting.pk}/",
        f"/{world.area.slug}/grupper/{world.group.slug}/moten/",
        f"/{world.area.slug}/moten/{meeting.pk}/narvaro/",
    ]
    before = [client.get(url) for url in urls]
    assert all(r.status_code == 200 for r in before)
    for url in urls:
        assert_queries_do_not_grow(lambda url=url: client.get(url), grow)


@pytest.mark.django_db
def test_chair_rotates_and_the_vice_chair_takes_over():
    group = GroupFactory()
    kommun = OrganisationFactory(name="Testby kommun", kind="kommun")
    region = OrganisationFactory(name="Vårdcentralen", kind="region")
    MembershipFactory(
        group=group,
        person=None,
        title="Ordförande",
        organisation=kommun,
        role=Membership.Role.CHAIR,
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
    )
    vice = MembershipFactory(
        group=group,
        person=None,
        title="Vice",
        organisation=region,
        role=Membership.Role.VICE_CHAIR,
        starts_on=date(2026, 1, 1),
    )
    succession = chair_succession(group, date(2026, 11, 22))
    assert succession.chair.organisation == kommun
    assert succession.vice_chair == vice
    assert succession.handover_on == date(2027, 1, 1)
    assert succession.next_vice_from == "kommun"
    assert chair_succession(group, date(2027, 2, 1)).chair is None
