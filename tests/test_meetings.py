"""Meetings: agenda, attendance, minutes, calendar, counts, representation, chair."""

import re
from datetime import date, datetime, timedelta

import icalendar
import pytest
from django.test import Client
from django.utils import timezone

from nosam.chairs import chair_succession
from nosam.minutes import minutes_render
from nosam.models import Attendance, Meeting, Membership
from nosam.representation import RepresentationOverview
from nosam.selectors import meeting_counts, suggested_next_meeting
from tests.factories import GroupFactory, MembershipFactory, OrganisationFactory
from tests.helpers import assert_queries_do_not_grow, squash


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
    from nosam.models import AgendaItem, PersonAttendance

    def grow():
        for i in range(20):
            AgendaItem.objects.create(meeting=meeting, title=f"Punkt {i}", activity=world.activity)
            Attendance.objects.get_or_create(meeting=meeting, organisation=OrganisationFactory())
            seat = MembershipFactory(group=world.group, organisation=OrganisationFactory())
            PersonAttendance.objects.get_or_create(meeting=meeting, person=seat.person)
            MembershipFactory(group=world.other_group)  # one more to add from the area
        for i in range(20):
            _meeting([world.group], _aware(2026, 1 + i % 12, 1 + i, 9))

    urls = [
        f"/{world.area.slug}/moten/{meeting.pk}/",
        f"/{world.area.slug}/grupper/{world.group.slug}/moten/",
        f"/{world.area.slug}/moten/{meeting.pk}/narvaro/",
        f"/{world.area.slug}/moten/{meeting.pk}/minnesanteckningar/",
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


# --- minutes: a draft from the agenda, a preview, no publication ahead ------------------------


def _minutes_url(meeting):
    return f"/{meeting.area.slug}/moten/{meeting.pk}/minnesanteckningar/"


def _textarea(response) -> str:
    from lxml import html as lxml_html

    text = lxml_html.fromstring(response.content).get_element_by_id("id_minutes").text_content()
    return text.removeprefix("\n")  # as a browser reads a textarea


def _checkboxes(response) -> dict[str, bool]:
    from lxml import html as lxml_html

    boxes = lxml_html.fromstring(response.content).xpath("//input[@type='checkbox']")
    return {box.name: box.checked for box in boxes}


def _agenda(meeting, activity):
    from nosam.models import AgendaItem

    AgendaItem.objects.create(meeting=meeting, position=1, title="Välkommen")
    AgendaItem.objects.create(
        meeting=meeting, position=2, title="Psykiatrins dag – utvärdering", activity=activity
    )


@pytest.mark.django_db
def test_draft_from_the_agenda_numbers_its_points_with_each_activitys_current_status(
    world, as_user
):
    from plans.models import Status

    world.activity.status = Status.IN_PROGRESS
    world.activity.save()
    meeting = _meeting([world.group], _aware(2026, 11, 3, 13))
    _agenda(meeting, world.activity)
    client = as_user(world.users["member"])
    page = client.get(_minutes_url(meeting)).content.decode()
    assert "Skapa utkast från dagordningen" in page
    response = client.post(_minutes_url(meeting), {"atgard": "utkast", "minutes": ""})
    assert response.status_code == 200
    assert _textarea(response).strip() == (
        "1. Välkommen\n"
        "2. Psykiatrins dag – utvärdering\n"
        "    - Aktivitet: Psykiatrins dag, status: Pågår"
    )
    meeting.refresh_from_db()
    assert meeting.minutes == ""  # offered, not saved


@pytest.mark.django_db
def test_draft_names_who_was_there_and_reads_the_same_queries_for_a_long_agenda(world, as_user):
    from nosam.minutes import minutes_draft
    from nosam.models import AgendaItem, PersonAttendance

    meeting = _meeting([world.group], _aware(2026, 11, 3, 13))
    Attendance.objects.create(meeting=meeting, organisation=OrganisationFactory(name="Öby kommun"))
    Attendance.objects.create(meeting=meeting, organisation=OrganisationFactory(name="Aby region"))
    person = Membership.objects.filter(group=world.group).first().person
    PersonAttendance.objects.create(meeting=meeting, person=person)
    draft = minutes_draft(meeting=meeting)
    assert draft.startswith("Närvarande organisationer: Aby region, Öby kommun.\n")
    assert f"Närvarande: {person.name}." in draft
    client = as_user(world.users["member"])

    def grow():
        for i in range(15):
            AgendaItem.objects.create(meeting=meeting, title=f"Punkt {i}", activity=world.activity)

    assert_queries_do_not_grow(
        lambda: client.post(_minutes_url(meeting), {"atgard": "utkast"}), grow
    )
    assert "15. Punkt 14\n" in minutes_draft(meeting=meeting)


@pytest.mark.django_db
def test_draft_never_replaces_minutes_already_written_unless_the_user_chooses_it(world, as_user):
    _agenda(world.meeting, world.activity)
    client = as_user(world.users["member"])
    url = _minutes_url(world.meeting)
    kept = client.post(url, {"atgard": "utkast", "minutes": "Mitt eget utkast"})
    assert _textarea(kept) == "Mitt eget utkast"
    page = squash(kept.content)
    assert "Utkast från dagordningen" in page and "Psykiatrins dag – utvärdering" in page
    assert "Ersätt min text med utkastet" in page

    replaced = client.post(url, {"atgard": "ersatt", "minutes": "Mitt eget utkast"})
    assert _textarea(replaced).startswith("1. Välkommen")
    world.meeting.refresh_from_db()
    assert world.meeting.minutes == "Internt"  # nothing is saved until "Spara"


@pytest.mark.django_db
def test_minutes_preview_is_an_htmx_fragment_of_safe_markdown_and_saves_nothing(world, as_user):
    client = as_user(world.users["member"])
    text = "# Beslut\n\n1. Ny rutin <script>alert(1)</script>\n2. [Länk](javascript:alert(1))"
    response = client.post(
        _minutes_url(world.meeting),
        {"atgard": "forhandsgranska", "minutes": text},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and "Förhandsgranskning" in html
    assert "<h3>Beslut</h3>" in html and "<ol>" in html
    assert "<script" not in html and "javascript:" not in html
    refused = client.post(
        _minutes_url(world.meeting),
        {"atgard": "forhandsgranska", "minutes": "Ärendet 811218-9876"},
        headers={"HX-Request": "true"},
    ).content.decode()
    assert "<html" not in refused and "får inte sparas här" in refused  # said beside it
    world.meeting.refresh_from_db()
    assert world.meeting.minutes == "Internt"


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["utkast", "ersatt", "forhandsgranska", "okänd"])
@pytest.mark.parametrize("value", ["\x00", "x" * 20_000, "<script>alert(1)</script>", "\u202e"])
def test_minutes_actions_answer_hostile_values_without_a_500_or_a_save(
    world, as_user, action, value
):
    _agenda(world.meeting, world.activity)
    client = as_user(world.users["member"])
    for headers in ({}, {"HX-Request": "true"}):
        response = client.post(
            _minutes_url(world.meeting),
            {"atgard": action, "minutes": value, "minutes_published": value},
            headers=headers,
        )
        assert response.status_code in (200, 302)
    world.meeting.refresh_from_db()
    assert world.meeting.minutes in ("Internt", value)
    assert "<script>" not in str(minutes_render(world.meeting.minutes))


@pytest.mark.django_db
def test_minutes_preview_without_javascript_shows_the_form_again_with_the_preview(world, as_user):
    client = as_user(world.users["member"])
    response = client.post(
        _minutes_url(world.meeting),
        {"atgard": "forhandsgranska", "minutes": "## Uppföljning\n\nKlart 811218-9876"},
    )
    html = response.content.decode()
    assert response.status_code == 200 and "<html" in html
    assert "Förhandsgranskning" in html and "<h4>Uppföljning</h4>" in html
    assert _textarea(response).startswith("## Uppföljning")
    assert "får inte sparas här" in html  # a personnummer is said at once, not only on saving
    world.meeting.refresh_from_db()
    assert world.meeting.minutes == "Internt"


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["utkast", "ersatt", "forhandsgranska"])
def test_only_members_of_the_meeting_and_the_processledare_draft_and_preview(world, action):
    from tests.test_access_matrix import _request

    url = _minutes_url(world.meeting)
    data = {"atgard": action, "minutes": "Förhandsvisat"}
    expected = {
        "anonymous": 302,
        "other_area": 404,
        "outsider": 404,
        "child_member": 404,
        "member": 200,
        "processledare": 200,
        "admin": 200,
    }
    for role, status in expected.items():
        response = _request(world, role, "post", url, data)
        assert response.status_code == status, role
        if role == "anonymous":
            assert response["Location"].startswith("/konto/logga-in/")


@pytest.mark.django_db
def test_minutes_of_a_meeting_that_has_not_begun_cannot_be_published(world, as_user):
    meeting = _meeting([world.group], timezone.now() + timedelta(days=1))
    client = as_user(world.users["member"])
    response = client.post(
        _minutes_url(meeting), {"minutes": "# Beslut", "minutes_published": "on"}
    )
    assert response.status_code == 200
    assert "kan inte publiceras förrän mötet har börjat" in response.content.decode()
    meeting.refresh_from_db()
    assert not meeting.minutes_published and meeting.minutes == ""
    assert client.post(_minutes_url(meeting), {"minutes": "# Beslut"}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes == "# Beslut" and not meeting.minutes_published


@pytest.mark.django_db
def test_the_service_and_the_model_refuse_to_publish_the_minutes_of_a_meeting_ahead(world):
    from django.core.exceptions import ValidationError

    from nosam.services import minutes_save

    meeting = _meeting([world.group], timezone.now() + timedelta(hours=2))
    with pytest.raises(ValidationError) as refused:
        minutes_save(meeting=meeting, text="Beslut", publish=True)
    assert "minutes_published" in refused.value.message_dict
    meeting.refresh_from_db()
    assert not meeting.minutes_published
    meeting.starts_at = timezone.now() - timedelta(minutes=5)
    meeting.save()
    minutes_save(meeting=meeting, text="Beslut", publish=True)
    assert Meeting.objects.get(pk=meeting.pk).minutes_published


@pytest.mark.django_db
def test_a_meeting_with_published_minutes_cannot_be_moved_ahead(world, as_user):
    world.meeting.minutes_published = True
    world.meeting.save()
    ahead = timezone.localtime(timezone.now() + timedelta(days=7))
    response = as_user(world.users["member"]).post(
        f"/{world.area.slug}/moten/{world.meeting.pk}/redigera/",
        {
            "groups": [world.group.pk],
            "starts_at": ahead.strftime("%Y-%m-%dT%H:%M"),
            "dagordning-TOTAL_FORMS": 0,
            "dagordning-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert "Avpublicera minnesanteckningarna först" in response.content.decode()
    world.meeting.refresh_from_db()
    assert world.meeting.starts_at == _aware(2026, 11, 3, 13)


# --- attendance: people as well as organisations, and the unexpected ------------------------


@pytest.mark.django_db
def test_attendance_is_recorded_by_named_person_of_the_meetings_groups(world, as_user):
    from nosam.models import PersonAttendance
    from tests.factories import PersonFactory

    anna = MembershipFactory(group=world.group, person=PersonFactory(name="Anna Ek")).person
    bo = MembershipFactory(group=world.group, person=PersonFactory(name="Bo Al")).person
    gone = MembershipFactory(
        group=world.group, person=PersonFactory(name="Cia Slutat"), ends_on=date(2026, 1, 31)
    ).person
    meeting = _meeting([world.group], _aware(2026, 11, 3, 13))
    client = as_user(world.users["member"])
    url = f"/{world.area.slug}/moten/{meeting.pk}/narvaro/"
    page = client.get(url).content.decode()
    assert f'name="person_{anna.pk}"' in page and f'name="person_{bo.pk}"' in page
    assert f'name="person_{gone.pk}"' not in page  # her seat had ended by the meeting
    assert page.index("Anna Ek") < page.index("Bo Al")
    assert client.post(url, {f"person_{anna.pk}": "on"}).status_code == 302
    recorded = dict(PersonAttendance.objects.values_list("person__name", "present"))
    assert recorded["Anna Ek"] is True and recorded["Bo Al"] is False
    detail = client.get(meeting.get_absolute_url()).content.decode()
    assert "Anna Ek" in detail and "Personer" in detail
    assert "Anna Ek" not in Client().get(meeting.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_a_person_of_the_area_outside_the_groups_may_be_added_but_none_from_elsewhere(
    world, as_user
):
    from django.core.exceptions import ValidationError

    from nosam.models import PersonAttendance
    from nosam.services import attendance_record
    from tests.factories import PersonFactory

    guest = MembershipFactory(group=world.other_group, person=PersonFactory(name="Gäst")).person
    stranger = MembershipFactory(person=PersonFactory(name="Främling")).person  # another area
    meeting = _meeting([world.group], _aware(2026, 11, 3, 13))
    client = as_user(world.users["member"])
    url = f"/{world.area.slug}/moten/{meeting.pk}/narvaro/"
    page = client.get(url).content.decode()
    assert f'<option value="{guest.pk}">Gäst</option>' in page and "Främling" not in page
    refused = client.post(url, {"add_person": stranger.pk})
    assert refused.status_code == 200 and "Välj ett giltigt alternativ" in refused.content.decode()
    assert not PersonAttendance.objects.exists()
    response = client.post(url, {"add_person": guest.pk})
    assert response.status_code == 302 and response["Location"] == url
    assert PersonAttendance.objects.get(person=guest).present
    assert _checkboxes(client.get(url))[f"person_{guest.pk}"] is True  # listed now, ticked
    with pytest.raises(ValidationError):
        attendance_record(
            meeting=meeting,
            organisations=[],
            present=set(),
            people=[stranger],
            present_people=set(),
        )
    assert not PersonAttendance.objects.filter(person=stranger).exists()


@pytest.mark.django_db
def test_an_organisation_that_was_not_expected_is_added_to_the_attendance(world, as_user):
    expected = OrganisationFactory(name="Testby kommun")
    guest = OrganisationFactory(name="Brukarföreningen")
    elsewhere = OrganisationFactory(name="Långtbortistan")
    world.group.expected_organisations.set([expected])
    world.area.organisations.add(expected, guest)
    meeting = _meeting([world.group], _aware(2026, 11, 3, 13))
    client = as_user(world.users["member"])
    url = f"/{world.area.slug}/moten/{meeting.pk}/narvaro/"
    page = client.get(url).content.decode()
    assert f'<option value="{guest.pk}">Brukarföreningen</option>' in page
    assert elsewhere.name not in page
    response = client.post(url, {f"org_{expected.pk}": "on", "add_organisation": guest.pk})
    assert response.status_code == 302 and response["Location"] == url
    assert dict(Attendance.objects.values_list("organisation__name", "present")) == {
        "Testby kommun": True,
        "Brukarföreningen": True,
    }
    again = client.get(url)
    assert _checkboxes(again)[f"org_{guest.pk}"] is True  # listed now, to untick if need be
    assert f'<option value="{guest.pk}">' not in again.content.decode()
    assert client.post(url, {"add_organisation": elsewhere.pk}).status_code == 200
    assert not Attendance.objects.filter(organisation=elsewhere).exists()


# --- minutes as pages show them: one heading, ordered lists -------------------------------


@pytest.mark.django_db
def test_the_minutes_heading_shows_once_and_the_texts_headings_follow_it(world, as_user):
    world.meeting.minutes = (
        "# Minnesanteckningar\n\n1. Rutinen antogs\n\n## Nästa möte\n\nI december"
    )
    world.meeting.minutes_published = True
    world.meeting.save()
    html = Client().get(world.meeting.get_absolute_url()).content.decode()
    headings = re.findall(r"<h[1-6][^>]*>\s*([^<]*?)\s*<", html)
    assert headings.count("Minnesanteckningar") == 1, headings
    assert "<h3>Nästa möte</h3>" in html and "<ol>\n<li>Rutinen antogs</li>" in html
    world.meeting.minutes = "# Beslut\n\nInget"
    world.meeting.save()
    assert "<h3>Beslut</h3>" in Client().get(world.meeting.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_the_public_list_of_minutes_is_an_ordered_list_newest_first(world):
    older = _meeting([world.group], _aware(2026, 9, 1, 13), minutes="A", minutes_published=True)
    newer = _meeting([world.group], _aware(2026, 10, 6, 13), minutes="B", minutes_published=True)
    _meeting([world.group], _aware(2026, 10, 20, 13), minutes="Utkast")  # not published
    html = Client().get(f"/{world.area.slug}/minnesanteckningar/").content.decode()
    assert "<ol reversed>" in html and "<ul><li><a" not in html
    assert html.index(newer.get_absolute_url()) < html.index(older.get_absolute_url())
    assert "2026-10-20" not in html


@pytest.mark.django_db
def test_a_meeting_page_links_only_the_boards_the_user_may_open(demo, client):
    from django.contrib.auth import get_user_model

    meeting = Meeting.objects.filter(title="Stor NOSAM").order_by("starts_at").last()
    assert {g.slug for g in meeting.groups.all()} == {"nosam-alingsas", "nosam-lerum"}
    client.force_login(get_user_model().objects.get(username="ledamot"))  # NOSAM Alingsås
    page = client.get(meeting.get_absolute_url()).content.decode()
    page = page[page.index("<main") :]  # not the header's menu
    boards = re.findall(r'href="([^"]*/motesvy/)"', page)
    assert boards == ["/samla/grupper/nosam-alingsas/motesvy/"]
    assert "Mötesvy NOSAM Lerum" not in page
    for board in boards:
        assert client.get(board).status_code == 200
    assert client.get("/samla/grupper/nosam-lerum/motesvy/").status_code == 403
