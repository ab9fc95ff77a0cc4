import pytest
from django.urls import reverse

from tests.factories import (
    ActionPlanFactory,
    ActivityFactory,
    ActivityPlanFactory,
    GroupFactory,
    MembershipFactory,
    TimetableRowFactory,
    publish,
)
from tests.helpers import assert_queries_do_not_grow, squash

PLAN_URL = (
    "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"
)


@pytest.mark.django_db
def test_plan_of_000_is_reachable_by_links_from_the_start_page(client, demo):
    start = client.get("/").content.decode()
    assert 'href="/samla/"' in start
    area = client.get("/samla/").content.decode()
    assert f'href="{PLAN_URL}"' in area


@pytest.mark.django_db
def test_plan_page_shows_header_texts_and_every_activity_as_written(client, demo):
    response = client.get(PLAN_URL)
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "Aktivitetsplan för Närområdessamverkan NOSAM i Alingsås och Lerum",
        "Psykisk ohälsa, skadligt bruk och beroende",
        "2.9",
        "2026-05-21",
        "till mer lättillgänglig vård, t.ex. genom digitalisering",
        "Prioriterade mål enligt Samverkansplan SAMLA 2023–2026",
        "Trygg och säker hemgång från slutenvård",
        "Fortsättningsarbete",
        "Psykiatrins dag i Alingsås",
        "Implementera Läns gemensam riktlinje och rutin SIP.",
        "Mäta kvaliteten och inte antalet SIP?",
        "Ökar antalet avvikelser i samverkan. Mål 100% ökning",
        "Kännedom om utbudet i Alingsås",
        "Fysisk aktivitet på recept-FAR",
        "Dec 2024\n2024",
        "Oktober 2025",
        "Över tid",
        "Våren 2026",
        "Dec 2026",
    ]:
        assert text in html, text
    # The first goal spans the two rows that share it, like the merged Word cell.
    assert 'rowspan="2"' in html
    assert html.count('<tr id="aktivitet-') == 5
    assert html.count("Ej angiven") == 5


@pytest.mark.django_db
def test_status_is_shown_with_text_and_icon(client):
    ActivityFactory(status="pagar")
    plan = ActivityFactory(status="forsenad").plan
    publish(plan)
    html = squash(client.get(plan.get_absolute_url()).content)
    assert "Försenad" in html
    # The icon is an SVG of the site's sprite, beside the text; no emoji.
    assert 'class="status status-forsenad"><svg class="icon" aria-hidden="true"' in html
    assert "#status-forsenad" in html and "⚠" not in html


@pytest.mark.django_db
def test_plan_page_queries_do_not_grow_with_activities(client):
    plan = ActivityPlanFactory()
    ActivityFactory.create_batch(5, plan=plan)
    publish(plan)

    def grow():
        ActivityFactory.create_batch(195, plan=plan)
        publish(plan)

    assert_queries_do_not_grow(lambda: client.get(plan.get_absolute_url()), grow)
    assert plan.activities.count() == 200


@pytest.mark.django_db
def test_area_page_shows_the_structure_as_nested_list(client, demo):
    html = client.get("/samla/").content.decode()
    assert 'class="structure"' in html
    order = [
        "Politiska samrådsgruppen",
        "Samordningsgruppen",
        "Arbetsutskott (AU) för Samordningsgruppen",
        "NOSAM Alingsås och Lerum",
        "NOSAM Alingsås – Barn och unga",
        "NOSAM Alingsås – Psykisk hälsa och missbruk",
        "NOSAM Alingsås – Äldre",
        "NOSAM Lerum – Äldre",
    ]
    positions = [html.index(f">{name}</a>") for name in order]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_area_page_queries_do_not_grow_with_groups(client):
    parent = GroupFactory()
    area = parent.area
    assert_queries_do_not_grow(
        lambda: client.get(area.get_absolute_url()),
        lambda: GroupFactory.create_batch(30, area=area, parent=parent),
    )


@pytest.mark.django_db
def test_group_page_shows_mandate_members_and_plans(client, demo):
    html = client.get("/samla/grupper/nosam-alingsas-och-lerum/").content.decode()
    assert "Ordförandeskapet är roterande mellan kommun och region" in html
    assert "Rekommendation att NOSAM har möte 2–3 tim. var 4–5 vecka." in html
    assert "Lena Arvidsson" in html
    assert "lena.arvidsson@vgregion.se" not in html
    assert f'href="{PLAN_URL}"' in html


@pytest.mark.django_db
def test_group_page_queries_do_not_grow_with_members(client):
    group = GroupFactory()
    MembershipFactory(group=group)
    assert_queries_do_not_grow(
        lambda: client.get(group.get_absolute_url()),
        lambda: (
            MembershipFactory.create_batch(40, group=group),
            GroupFactory.create_batch(5, area=group.area, parent=group),
            ActivityPlanFactory.create_batch(5, group=group),
        ),
    )


@pytest.mark.django_db
def test_action_plan_page_shows_timetable_and_steering_group(client, demo):
    html = client.get("/samla/handlingsplaner/socialmedicinska-mottagningar-2021-2022/")
    html = squash(html.content)
    for text in [
        "Handlingsplan 2021 – 2022 för socialmedicinska mottagningar i Alingsås och Lerum",
        "Januari &amp; Februari 2021",
        "Presentation av nuläge och beslut om två piloter och ekonomi för sjuksköterskeresurs",
        "Christian Sandgren",
        "Styrgruppen träffas ca en gång/månad",
        "Projektavslut december 2022",
        "Projektet startar 2021-01-01 och pågår till 2022-12-31",
    ]:
        assert text in html, text
    assert html.count("<tr><td>") == 13


@pytest.mark.django_db
def test_action_plan_page_queries_do_not_grow_with_rows(client):
    plan = ActionPlanFactory(steering_group=GroupFactory())
    TimetableRowFactory(plan=plan)
    assert_queries_do_not_grow(
        lambda: client.get(plan.get_absolute_url()),
        lambda: (
            TimetableRowFactory.create_batch(50, plan=plan),
            MembershipFactory.create_batch(10, group=plan.steering_group),
        ),
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/finns-inte/",
        "/samla/grupper/finns-inte/",
        "/samla/grupper/nosam-alingsas/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/",
        "/nosam-molndal/handlingsplaner/socialmedicinska-mottagningar-2021-2022/",
    ],
)
def test_unknown_or_mismatched_addresses_give_404(client, demo, url):
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_home_lists_both_areas(client, demo):
    html = client.get(reverse("nosam:home")).content.decode()
    assert "SAMLA – Vårdsamverkan Lerum Alingsås" in html
    assert "NOSAM Mölndal" in html
