"""The indicator pages: adding and editing an indicator, its page with chart
and table, entering values on it and from the board, and values of many
indicators from a file."""

import io
import re
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from indicators.charts import indicator_chart
from indicators.models import Indicator, IndicatorValue, PeriodType, Source, TargetKind
from indicators.periods import parse_period
from indicators.progress import Point
from tests.factories import ActivityFactory, AreaFactory, GroupFactory, publish
from tests.helpers import assert_queries_do_not_grow, squash

NBSP = "\u00a0"


def _indicator(activity, **fields):
    fields.setdefault("name", "Upprättade SIP")
    fields.setdefault("unit", "st")
    fields.setdefault("period_type", "halvar")
    return Indicator.objects.create(activity=activity, **fields)


def _create_url(world):
    return reverse("indicators:activity_indicator_create", kwargs={"activity": world.activity.pk})


def _form(**fields):
    data = {
        "name": "Avvikelser i samverkan",
        "description": "",
        "unit": "st",
        "direction": "hogre",
        "source": "inmatad",
        "group": "",
        "period_type": "halvar",
        "baseline_value": "12",
        "baseline_period": "2024 H1",
        "target_kind": "relativ",
        "target_value": "100",
        "target_period": "2026 H2",
    }
    data.update(fields)
    return data


# --- Adding an indicator ----------------------------------------------------------------


@pytest.mark.django_db
def test_processledare_adds_an_indicator_with_a_relative_target(world, as_user):
    client = as_user(world.users["processledare"])
    response = client.post(_create_url(world), _form())
    indicator = Indicator.objects.get()
    assert response.status_code == 302
    assert response["Location"] == indicator.get_absolute_url()
    assert indicator.activity == world.activity
    assert indicator.area == world.area
    assert indicator.target_kind == TargetKind.RELATIVE
    assert indicator.baseline_period == "2024-H1"
    assert indicator.target == Decimal(24)  # +100 % of 12
    assert indicator.created_by == world.users["processledare"]


@pytest.mark.django_db
def test_the_form_reads_swedish_numbers_and_says_what_is_wrong_in_swedish(world, as_user):
    client = as_user(world.users["processledare"])
    response = client.post(_create_url(world), _form(baseline_value="5,1", target_value="1 234,5"))
    assert response.status_code == 302
    indicator = Indicator.objects.get()
    assert indicator.baseline_value == Decimal("5.1")
    assert indicator.target_value == Decimal("1234.5")

    response = client.post(
        _create_url(world), _form(baseline_value="1.234,5", baseline_period="2024 K1")
    )
    assert response.status_code == 400
    html = squash(response.content)
    assert "har flera skiljetecken" in html
    assert "inte en period av mätetalets slag" in html
    assert "is-invalid" in html
    assert Indicator.objects.count() == 1


@pytest.mark.django_db
def test_a_relative_target_needs_a_baseline(world, as_user):
    client = as_user(world.users["processledare"])
    response = client.post(_create_url(world), _form(baseline_value=""))
    assert response.status_code == 400
    assert "räknas från utgångsläget" in response.content.decode()


@pytest.mark.django_db
def test_meetings_are_counted_for_a_group_of_the_area_only(world, as_user):
    client = as_user(world.users["processledare"])
    elsewhere = GroupFactory(area=AreaFactory())
    response = client.post(_create_url(world), _form(source="moten", group=elsewhere.pk))
    assert response.status_code == 400
    response = client.post(_create_url(world), _form(source="moten", group=world.group.pk))
    assert "inte en period av mätetalets slag (år)" in response.content.decode()  # 2024 H1
    form = _form(source="moten", group=world.group.pk, baseline_period="2024", target_period="2026")
    response = client.post(_create_url(world), form)
    assert response.status_code == 302
    indicator = Indicator.objects.get()
    assert indicator.group == world.group
    assert indicator.period_type == "ar"  # fixed by the source


@pytest.mark.django_db
def test_deviations_are_the_areas_and_take_no_group(world, as_user):
    client = as_user(world.users["processledare"])
    response = client.post(
        _create_url(world),
        _form(source="avvikelser", group=world.group.pk, baseline_period="2024 H1"),
    )
    assert response.status_code == 302
    assert Indicator.objects.get().group is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "expected"), [("member", 403), ("outsider", 403), ("other_area", 403)]
)
def test_only_those_who_edit_the_plan_add_indicators(world, as_user, role, expected):
    response = as_user(world.users[role]).post(_create_url(world), _form())
    assert response.status_code == expected
    assert not Indicator.objects.exists()


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_log_in(world, client):
    indicator = _indicator(world.activity)
    for url in (_create_url(world), indicator.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/logga-in/")


@pytest.mark.django_db
def test_processledare_adds_an_indicator_to_a_prioritised_goal(world, as_user):
    goal = world.activity.goal
    url = reverse(
        "indicators:goal_indicator_create", kwargs={"area": world.area.slug, "goal": goal.pk}
    )
    assert as_user(world.users["member"]).get(url).status_code == 403
    response = as_user(world.users["processledare"]).post(url, _form())
    assert response.status_code == 302
    indicator = Indicator.objects.get()
    assert indicator.goal == goal and indicator.activity is None
    # Goal indicators are read by the area's members, and kept by its processledare.
    assert as_user(world.users["outsider"]).get(indicator.get_absolute_url()).status_code == 200
    assert as_user(world.users["other_area"]).get(indicator.get_absolute_url()).status_code == 403
    assert (
        as_user(world.users["member"]).get(indicator.get_absolute_url() + "redigera/").status_code
        == 403
    )


@pytest.mark.django_db
def test_editing_and_deleting_an_indicator(world, as_user):
    indicator = _indicator(world.activity)
    IndicatorValue.objects.create(indicator=indicator, period="2026-H1", value=3)
    client = as_user(world.users["processledare"])
    edit = reverse("indicators:indicator_edit", kwargs={"indicator": indicator.pk})
    assert client.get(edit).status_code == 200
    response = client.post(
        edit, _form(name="SIP i samverkan", target_kind="absolut", target_value="20")
    )
    assert response.status_code == 302
    indicator.refresh_from_db()
    assert indicator.name == "SIP i samverkan" and indicator.target == 20
    delete = reverse("indicators:indicator_delete", kwargs={"indicator": indicator.pk})
    assert "med sina 1 inskrivna värden" in squash(client.get(delete).content)
    member = Client()
    member.force_login(world.users["member"])
    assert member.post(delete).status_code == 403
    response = client.post(delete)
    assert response["Location"] == world.activity.get_absolute_url()
    assert not Indicator.objects.exists() and not IndicatorValue.objects.exists()


# --- The indicator's page ---------------------------------------------------------------


@pytest.mark.django_db
def test_the_page_shows_the_badge_chart_and_data_table(world, as_user):
    indicator = _indicator(
        world.activity,
        baseline_value=10,
        baseline_period="2025-H1",
        target_kind=TargetKind.RELATIVE,
        target_value=100,
        target_period="2026-H2",
    )
    IndicatorValue.objects.create(
        indicator=indicator, period="2025-H2", value=12, source="Journalen", comment="Bra"
    )
    IndicatorValue.objects.create(
        indicator=indicator,
        period="2026-H1",
        value=Decimal("18.5"),
        entered_by=world.users["member"],
    )
    response = as_user(world.users["member"]).get(indicator.get_absolute_url())
    assert response.status_code == 200
    html = squash(response.content)
    assert "I fas" in html and "progress-badge" in html
    assert 'role="img" aria-labelledby="matetal-' in html
    assert '<caption id="matetal-' in html
    assert '<th scope="row" class="fw-normal">2026 H1</th><td class="text-end">18,5</td>' in html
    assert "Journalen" in html and "Bra" in html
    assert "Mål 2026 H2: 20 st" in html  # +100 % of the baseline
    assert "Utgångsläge 2025 H1: 10 st" in html
    assert "Nytt värde" in html  # a member follows the activity up


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "expected"), [("outsider", 403), ("child_member", 403)])
def test_members_of_other_groups_do_not_read_an_activitys_indicator(world, as_user, role, expected):
    indicator = _indicator(world.activity)
    assert as_user(world.users[role]).get(indicator.get_absolute_url()).status_code == expected


@pytest.mark.django_db
def test_an_indicator_of_an_unpublished_plan_is_hidden_from_others(world, as_user):
    activity = world.unpublished_plan.activities.first()
    indicator = _indicator(activity)
    edit = reverse("indicators:indicator_edit", kwargs={"indicator": indicator.pk})
    assert as_user(world.users["outsider"]).get(edit).status_code == 404


@pytest.mark.django_db
def test_the_detail_page_asks_as_many_queries_with_five_values_as_with_fifty(world, as_user):
    indicator = _indicator(world.activity, period_type="manad")
    client = as_user(world.users["member"])

    def values(start, stop):
        for n in range(start, stop):
            year, month = divmod(n, 12)
            IndicatorValue.objects.create(
                indicator=indicator,
                period=f"{2020 + year}-{month + 1:02d}",
                value=n,
                entered_by=world.users["member"],
            )

    values(0, 5)
    assert_queries_do_not_grow(
        lambda: client.get(indicator.get_absolute_url()), lambda: values(5, 50)
    )


# --- Entering values --------------------------------------------------------------------


def _value_url(indicator):
    return reverse("indicators:value_create", kwargs={"indicator": indicator.pk})


@pytest.mark.django_db
def test_a_member_enters_a_value_and_a_second_for_the_same_period_replaces_it(world, as_user):
    indicator = _indicator(world.activity)
    client = as_user(world.users["member"])
    response = client.post(
        _value_url(indicator), {"period": "2026 h1", "value": "5,1"}, follow=True
    )
    assert "Sparat: 2026 H1 = 5,1 st." in squash(response.content)
    response = client.post(
        _value_url(indicator), {"period": "2026-H1", "value": "12", "source": "Cosmic"}, follow=True
    )
    assert "Sparat: 2026 H1 = 12 st (värdet för perioden är ändrat)." in squash(response.content)
    value = IndicatorValue.objects.get()
    assert (value.period, value.value, value.source) == ("2026-H1", 12, "Cosmic")
    assert value.entered_by == world.users["member"]


@pytest.mark.django_db
def test_a_new_indicator_counts_events_unless_told_otherwise(world, as_user):
    client = as_user(world.users["processledare"])
    html = client.get(_create_url(world)).content.decode()
    box = re.search(r'<input[^>]*name="counts_events"[^>]*>', html).group(0)
    assert "checked" in box


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["1,5", "-3"])
def test_a_count_of_events_is_a_whole_number_of_0_or_more(world, as_user, value):
    indicator = _indicator(world.activity, counts_events=True)
    client = as_user(world.users["member"])
    response = client.post(_value_url(indicator), {"period": "2026 H1", "value": value})
    assert response.status_code == 400
    assert "ange ett helt tal, 0 eller mer" in squash(response.content)
    assert not IndicatorValue.objects.exists()


@pytest.mark.django_db
def test_a_value_with_a_wrong_period_or_number_is_refused_in_swedish(world, as_user):
    indicator = _indicator(world.activity)
    client = as_user(world.users["member"])
    response = client.post(_value_url(indicator), {"period": "2026", "value": "1.234"})
    assert response.status_code == 400
    html = squash(response.content)
    # The example is of the indicator's own kind, not the "2026" just refused.
    assert "inte en period av mätetalets slag (halvår). Skriv t.ex. 2026 H1." in html
    assert "kan läsas på två sätt" in html
    assert not IndicatorValue.objects.exists()


@pytest.mark.django_db
def test_a_value_for_a_period_that_has_not_begun_is_refused(world, as_user):
    indicator = _indicator(world.activity)
    client = as_user(world.users["member"])
    with time_machine.travel(timezone.make_aware(datetime(2026, 6, 30, 12)), tick=False):
        response = client.post(_value_url(indicator), {"period": "2026 H2", "value": "3"})
        assert response.status_code == 400
        assert "Perioden 2026 H2 har inte börjat än" in squash(response.content)
        assert not IndicatorValue.objects.exists()
        client.post(_value_url(indicator), {"period": "2026 H1", "value": "3"})  # the current one
    assert IndicatorValue.objects.get().period == "2026-H1"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        (
            {"baseline_value": "0", "target_value": "50"},
            "target_kind",
            "Ett mål i procent av utgångsläget 0 blir alltid 0",
        ),
        (
            {"baseline_period": "2026 H1", "target_period": "2025 H2"},
            "target_period",
            "Målet ska nås efter utgångsläget (2026 H1)",
        ),
    ],
)
def test_a_target_that_cannot_be_reached_is_refused(world, fields, field, message):
    indicator = Indicator(
        activity=world.activity,
        name="Antal SIP",
        period_type=PeriodType.HALF,
        baseline_value=Decimal(fields.get("baseline_value", "10")),
        baseline_period=fields.get("baseline_period", "2025 H1"),
        target_kind=TargetKind.RELATIVE,
        target_value=Decimal(fields.get("target_value", "100")),
        target_period=fields.get("target_period", "2026 H2"),
    )
    with pytest.raises(ValidationError) as error:
        indicator.full_clean()
    assert message in " ".join(error.value.message_dict[field])


@pytest.mark.django_db
def test_derived_indicators_take_no_typed_values(world, as_user):
    indicator = Indicator.objects.create(
        activity=world.activity, name="Avvikelser", source=Source.DEVIATIONS
    )
    client = as_user(world.users["processledare"])
    html = squash(client.get(indicator.get_absolute_url()).content)
    assert "Nytt värde" not in html and "skrivs inte in" in html
    response = client.post(_value_url(indicator), {"period": "2026 H1", "value": "3"})
    assert response.status_code == 400
    assert not IndicatorValue.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["outsider", "child_member", "other_area"])
def test_only_those_who_follow_up_the_activity_enter_values(world, as_user, role):
    indicator = _indicator(world.activity)
    response = as_user(world.users[role]).post(
        _value_url(indicator), {"period": "2026 H1", "value": "3"}
    )
    assert response.status_code in (403, 404)
    board = reverse("indicators:board_value", kwargs={"activity": world.activity.pk})
    response = as_user(world.users[role]).post(
        board,
        {"indicator": indicator.pk, "period": "2026 H1", "value": "3"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code in (403, 404)
    assert not IndicatorValue.objects.exists()


@pytest.mark.django_db
def test_from_the_board_a_value_is_confirmed_in_a_live_region(world, as_user):
    indicator = _indicator(world.activity)
    _indicator(world.activity, name="Derived", source=Source.DEVIATIONS)
    client = as_user(world.users["member"])
    url = reverse("indicators:board_value", kwargs={"activity": world.activity.pk})
    forms = client.get(
        reverse("plans:board_row_forms", kwargs={"activity": world.activity.pk}),
        {"tavla": world.group.pk},
        HTTP_HX_REQUEST="true",
    )
    assert f'hx-get="{url}"' in forms.content.decode()
    opened = squash(client.get(url, HTTP_HX_REQUEST="true").content)
    assert 'role="status" aria-live="polite"' in opened
    assert "Derived" not in opened  # derived indicators are not offered
    response = client.post(
        url, {"indicator": indicator.pk, "period": "2026 H1", "value": "12"}, HTTP_HX_REQUEST="true"
    )
    html = squash(response.content)
    assert response.status_code == 200
    assert "Sparat: 2026 H1 = 12 st." in html and 'hx-swap-oob="innerHTML"' in html
    assert IndicatorValue.objects.get().value == 12
    response = client.post(
        url, {"indicator": indicator.pk, "period": "2026 K1", "value": "x"}, HTTP_HX_REQUEST="true"
    )
    html = squash(response.content)
    assert "inte en period av mätetalets slag" in html and "Skriv ett tal" in html
    # Without JavaScript: the activity's indicators.
    assert client.get(url)["Location"] == world.activity.get_absolute_url() + "#matetal"


@pytest.mark.django_db
def test_without_javascript_the_value_form_saves_or_shows_what_to_correct(world, as_user):
    indicator = _indicator(world.activity)
    client = as_user(world.users["member"])
    url = reverse("indicators:board_value", kwargs={"activity": world.activity.pk})
    response = client.post(url, {"indicator": indicator.pk, "period": "2026 H1", "value": "5,1"})
    assert response["Location"] == world.activity.get_absolute_url() + "#matetal"
    assert IndicatorValue.objects.get().value == Decimal("5.1")
    page = squash(client.get(response["Location"]).content)
    assert "Sparat: 2026 H1 = 5,1 st." in page
    refused = client.post(url, {"indicator": indicator.pk, "period": "2026 K1", "value": "7"})
    assert refused.status_code == 400
    html = squash(refused.content)
    assert "inte en period av mätetalets slag" in html and 'value="7"' in html
    assert IndicatorValue.objects.get().value == Decimal("5.1")
    derived = Indicator.objects.create(activity=world.activity, name="D", source=Source.DEVIATIONS)
    page = client.post(
        url, {"indicator": derived.pk, "period": "2026 H1", "value": "3"}, follow=True
    )
    assert "fylls i av portalens egna uppgifter" in squash(page.content)
    assert client.post(url, {"indicator": "x" * 50, "value": "3"}).status_code == 302


# --- The activity page ------------------------------------------------------------------


@pytest.mark.django_db
def test_the_activity_page_lists_its_indicators_with_badge_and_latest_value(world, as_user):
    indicator = _indicator(world.activity, target_value=10)
    IndicatorValue.objects.create(indicator=indicator, period="2026-H1", value=Decimal("4.5"))
    html = squash(
        as_user(world.users["processledare"]).get(world.activity.get_absolute_url()).content
    )
    assert '<h2 id="matetal" class="h4">Mätetal</h2>' in html
    assert f'<a href="{indicator.get_absolute_url()}">Upprättade SIP</a>' in html
    assert "Inte i fas" in html and "Senast 2026 H1: 4,5 st" in html
    assert "Lägg till mätetal" in html
    member = squash(as_user(world.users["member"]).get(world.activity.get_absolute_url()).content)
    assert "Lägg till mätetal" not in member
    # Those who follow the activity up enter a value right here.
    form = reverse("indicators:board_value", kwargs={"activity": world.activity.pk})
    assert f'action="{form}"' in member and "Spara mätvärdet" in member
    other = squash(as_user(world.users["outsider"]).get(world.activity.get_absolute_url()).content)
    assert "Spara mätvärdet" not in other


@pytest.mark.django_db
def test_the_activity_page_asks_as_many_queries_with_five_indicators_as_with_fifty(world, as_user):
    client = as_user(world.users["member"])

    def indicators(count):
        for n in range(count):
            indicator = _indicator(world.activity, name=f"Mätetal {n}", target_value=5)
            IndicatorValue.objects.create(indicator=indicator, period="2026-H1", value=n)

    indicators(5)
    assert_queries_do_not_grow(
        lambda: client.get(world.activity.get_absolute_url()), lambda: indicators(45)
    )


# --- The chart --------------------------------------------------------------------------


@pytest.mark.django_db
def test_public_charts_draw_no_bar_for_a_suppressed_count(world):
    indicator = _indicator(world.activity, counts_events=True, target_value=20)
    points = [
        Point(parse_period("2025 H2", "halvar"), Decimal(2)),
        Point(parse_period("2026 H1", "halvar"), Decimal(9)),
    ]
    public = indicator_chart(indicator, points, public=True)
    assert [bar.shown for bar in public.bars] == ["<3", "9"]
    assert public.bars[0].height == 0 and public.bars[1].height > 0
    internal = indicator_chart(indicator, points)
    assert [bar.shown for bar in internal.bars] == ["2", "9"]
    assert internal.bars[0].height > 0


# --- Values from a file -----------------------------------------------------------------


def _upload(world, client, content: bytes, name="varden.csv"):
    url = reverse("indicators:import", kwargs={"area": world.area.slug})
    return client.post(url, {"file": SimpleUploadedFile(name, content)})


def _csv(*rows):
    lines = [
        "mätetal-id;mätetal;period;värde;källa;kommentar",
        *[";".join(map(str, r)) for r in rows],
    ]
    return "\n".join(lines).encode()


@pytest.mark.django_db
def test_the_template_lists_the_areas_typed_indicators(world, as_user):
    indicator = _indicator(world.activity)
    Indicator.objects.create(activity=world.activity, name="Härledd", source=Source.DEVIATIONS)
    client = as_user(world.users["processledare"])
    url = reverse("indicators:template", kwargs={"area": world.area.slug, "kind": "csv"})
    text = client.get(url).content.decode("utf-8-sig")
    assert text.splitlines()[0] == "mätetal-id;mätetal;period;värde;källa;kommentar"
    assert f"{indicator.pk};Upprättade SIP" in text and "Härledd" not in text
    xlsx = client.get(url.replace("mall.csv", "mall.xlsx"))
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


@pytest.mark.django_db
def test_a_file_of_one_value_is_spoken_of_in_the_singular(world, as_user):
    indicator = _indicator(world.activity)
    client = as_user(world.users["processledare"])
    response = _upload(world, client, _csv((indicator.pk, "", "2026 H1", "3", "", "")))
    html = squash(client.get(response["Location"]).content)
    assert "har 1 rad utan fel" in html and "Spara värdet" in html and "1 rader" not in html
    saved = client.post(response["Location"], follow=True)
    assert "1 värde är sparat (1 nya, 0 ändrade)." in squash(saved.content)


@pytest.mark.django_db
def test_a_file_of_values_is_previewed_and_saved_whole(world, as_user):
    indicator = _indicator(world.activity)
    IndicatorValue.objects.create(indicator=indicator, period="2026-H1", value=1)
    client = as_user(world.users["processledare"])
    response = _upload(
        world,
        client,
        _csv(
            (indicator.pk, "SIP", "2025 H2", "1 234,5", "Cosmic", ""),
            (indicator.pk, "", "2026 H1", "7", "", "Ny siffra"),
        ),
    )
    assert response.status_code == 302
    preview = client.get(response["Location"])
    html = squash(preview.content)
    assert "1\u00a0234,5 st" in html and "Ersätter 1 st" in html and "Nytt värde" in html
    assert IndicatorValue.objects.count() == 1  # nothing saved before confirming
    saved = client.post(response["Location"], follow=True)
    assert "2 värden är sparade (1 nya, 1 ändrade)." in squash(saved.content)
    assert dict(IndicatorValue.objects.values_list("period", "value")) == {
        "2025-H2": Decimal("1234.5"),
        "2026-H1": Decimal(7),
    }


@pytest.mark.django_db
def test_every_error_of_the_file_is_listed_and_nothing_is_saved(world, as_user):
    indicator = _indicator(world.activity)
    derived = Indicator.objects.create(activity=world.activity, name="D", source=Source.DEVIATIONS)
    other = _indicator(ActivityFactory(), name="Annat område")
    client = as_user(world.users["processledare"])
    response = _upload(
        world,
        client,
        _csv(
            (indicator.pk, "", "2026 H1", "3", "", ""),  # fine
            (999999, "", "2026 H1", "3", "", ""),
            (other.pk, "", "2026 H1", "3", "", ""),
            (derived.pk, "", "2026 H1", "3", "", ""),
            (indicator.pk, "", "2026 H9", "3", "", ""),
            (indicator.pk, "", "2026", "3", "", ""),
            (indicator.pk, "", "2025 H1", "1.234,5", "", ""),
            (indicator.pk, "", "2025 H2", "1e20", "", ""),
            (indicator.pk, "", "2024 H2", "=SUM(A1:A2)", "", ""),
            (indicator.pk, "", "2026 H1", "4", "", ""),  # twice
            (indicator.pk, "", "2049 H1", "4", "", ""),  # not begun
        ),
    )
    assert response.status_code == 400
    html = squash(response.content)
    for message in [
        f"Mätetal 999999 finns inte i {world.area.name}",
        # Another area's indicator is told apart from none by nothing.
        f"Mätetal {other.pk} finns inte i {world.area.name}",
        f"Mätetal {derived.pk} fylls i av portalens egna uppgifter",
        "det finns 2 perioder av det slaget",
        "inte en period av mätetalets slag (halvår)",
        "har flera skiljetecken",
        "Värde ”1e20”",
        "är en formel",
        "Samma mätetal och period som rad 2",
        "Perioden 2049 H1 har inte börjat än",
    ]:
        assert message in html, message
    assert "Filen har 10 fel – ingenting är sparat" in html
    assert not IndicatorValue.objects.exists()


@pytest.mark.django_db
def test_a_save_that_fails_on_one_row_saves_none(world, as_user):
    indicator = _indicator(world.activity)
    second = _indicator(world.activity, name="Andra")
    client = as_user(world.users["processledare"])
    response = _upload(
        world,
        client,
        _csv((indicator.pk, "", "2026 H1", "3", "", ""), (second.pk, "", "2026 H1", "4", "", "")),
    )
    second.delete()  # gone between the preview and the save
    saved = client.post(response["Location"], follow=True)
    assert "Värdena sparades inte" in squash(saved.content)
    assert not IndicatorValue.objects.exists()


def _xlsx(rows) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["mätetal-id", "mätetal", "period", "värde", "källa", "kommentar"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.django_db
def test_hostile_files_get_a_swedish_answer_never_a_500(world, as_user, settings):
    indicator = _indicator(world.activity)
    client = as_user(world.users["processledare"])
    cases = {
        "not a spreadsheet": (
            b"%PDF-1.4 not a workbook",
            "varden.xlsx",
            "kunde inte läsas som Excel-fil",
        ),
        "binary csv": (b"\x00\x01\x02", "varden.csv", "binära data"),
        "wrong type": (b"abc", "varden.pdf", "Filen måste vara en CSV-fil"),
        "no headers": (b"a;b\n1;2", "varden.csv", "Kolumnrubrikerna stämmer inte"),
        "formula": (
            _xlsx([[indicator.pk, "", "2026 H1", "=1+1", "", ""]]),
            "varden.xlsx",
            "är en formel",
        ),
        "huge number": (
            _xlsx([[indicator.pk, "", "2026 H1", 1e20, "", ""]]),
            "varden.xlsx",
            "går inte att spara",
        ),
        "empty": (b"", "varden.csv", "Filen är tom"),
    }
    for case, (content, name, message) in cases.items():
        response = _upload(world, client, content, name)
        assert response.status_code == 400, case
        assert message in response.content.decode(), case
    settings.DEVIATIONS_MAX_UPLOAD_BYTES = 100
    response = _upload(world, client, _csv(*[(indicator.pk, "", "2026 H1", "3", "", "")] * 10))
    assert "Filen är för stor" in response.content.decode()
    assert not IndicatorValue.objects.exists()


@pytest.mark.django_db
def test_an_xlsx_of_values_is_read_with_excels_numbers(world, as_user):
    indicator = _indicator(world.activity)
    client = as_user(world.users["processledare"])
    response = _upload(
        world, client, _xlsx([[indicator.pk, "SIP", "2026 H1", 5.1, "", ""]]), "v.xlsx"
    )
    assert response.status_code == 302
    client.post(response["Location"])
    assert IndicatorValue.objects.get().value == Decimal("5.1")


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["member", "outsider", "other_processledare"])
def test_only_the_areas_processledare_imports_values(world, as_user, role):
    response = _upload(world, as_user(world.users[role]), _csv())
    assert response.status_code == 403


# --- The plan's PDF ---------------------------------------------------------------------


def _pdf_text(client, url):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(client.get(url).content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.django_db
def test_the_plans_pdf_shows_each_activitys_indicators_with_public_figures(world, client):
    from pypdf import PdfReader

    indicator = _indicator(world.activity, counts_events=True, target_value=20)
    IndicatorValue.objects.create(indicator=indicator, period="2025-H2", value=2, comment="Intern")
    pdf_url = world.plan.get_absolute_url() + "plan.pdf"
    # Published before the indicator was added: the PDF is the plan as it was then.
    assert "Upprättade SIP" not in _pdf_text(client, pdf_url)
    publish(world.plan)

    def text():
        response = client.get(pdf_url)
        assert response.status_code == 200
        reader = PdfReader(io.BytesIO(response.content))
        return " ".join(" ".join(page.extract_text() for page in reader.pages).split())

    first = text()
    assert "Mätetal" in first and "Upprättade SIP" in first
    assert "Värden: Upprättade SIP (st)" in first
    assert "<3" in first and "Intern" not in first  # the public figures only
    # A value entered after publication waits for the next publication.
    with time_machine.travel(timezone.now() + timedelta(minutes=1)):
        IndicatorValue.objects.create(indicator=indicator, period="2026-H1", value=9)
        assert "2026 H1" not in text()
        publish(world.plan)
        assert "2026 H1" in text()


@pytest.mark.django_db
def test_the_plans_pdf_reads_its_indicators_in_fixed_queries(world, client):
    from django.core.cache import cache

    pdf_url = world.plan.get_absolute_url() + "plan.pdf"

    def indicators(count):
        for n in range(count):
            indicator = _indicator(world.activity, name=f"Mätetal {n}")
            IndicatorValue.objects.create(indicator=indicator, period="2026-H1", value=n)

    def fetch():
        cache.clear()
        return client.get(pdf_url)

    indicators(2)
    assert_queries_do_not_grow(fetch, lambda: indicators(8))


def test_chart_coordinates_are_written_with_points_not_swedish_commas():
    """SVG reads 12.5; the site's Swedish locale would write 12,5."""
    from django.template.loader import render_to_string

    from indicators.charts import Bar, Chart, Line

    chart = Chart(
        id="t",
        title="T",
        description="",
        unit="st",
        public=False,
        bars=[Bar(60.5, 20.25, 30.5, 100.75, "2026 H1", "12,5", True)],
        lines=[Line(40.5, "Mål", "Mål 20 st", "#000", "6 4")],
        ticks=[(20.5, "20")],
    )
    html = render_to_string("indicators/_chart.html", {"chart": chart})
    coordinates = re.findall(r'\b(?:x|y|width|height)="([^"]+)"', html)
    assert coordinates and all("," not in value for value in coordinates)


def test_with_many_bars_the_values_over_them_give_way_to_the_table():
    indicator = Indicator(pk=1, name="Besök", unit="st", period_type="manad")
    few = [Point(parse_period(f"2026-0{m}"), Decimal(100 + m)) for m in range(1, 5)]
    assert all(bar.value_shown for bar in indicator_chart(indicator, few).bars)
    many = [
        Point(parse_period(f"{2020 + n // 12}-{n % 12 + 1:02d}"), Decimal(100 + n))
        for n in range(60)
    ]
    chart = indicator_chart(indicator, many)
    assert [bar.shown for bar in chart.bars if bar.value_shown] == ["159"]  # the latest only
    assert len(chart.rows) == 60  # every value is in the table
