"""No public page shows an empty heading, and a group without plans of its
own points to the joint plan of the group above it."""

import pytest
from lxml import html as lxml_html

from tests.factories import ActionPlanFactory, ActivityPlanFactory, publish
from tests.helpers import assert_queries_do_not_grow, squash

HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"
JOINT = "/samla/grupper/nosam-alingsas-och-lerum/"


def empty_headings(html: str) -> list[str]:
    """Headings in the page's main part with nothing under them: the last
    thing in their container, followed by an empty list, or followed by a
    heading of the same or a higher level."""
    main = lxml_html.fromstring(html).find(".//main")
    found = []
    for heading in main.iter(*HEADINGS):
        following = heading.getnext()
        empty = (
            following is None
            or (following.tag in {"ul", "ol"} and not following.findall("li"))
            or (following.tag in HEADINGS and int(following.tag[1]) <= int(heading.tag[1]))
        )
        if empty:
            found.append(" ".join(heading.text_content().split()))
    return found


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.django_db
def test_the_area_page_shows_only_the_parts_of_the_samverkansplan_it_has(world, client):
    html = squash(_page(client, world.area.get_absolute_url()))
    assert '<h3 class="h5">Prioriterade mål</h3><ol><li>Öka tilliten</li></ol>' in html
    assert "Prioriterade målområden" not in html
    assert "Förflyttning God och nära vård" not in html
    assert "Medverkande organisationer" not in html  # the area has none


@pytest.mark.django_db
def test_an_action_plan_without_organisation_has_no_such_heading(world, client):
    plan = ActionPlanFactory(area=world.area, steering_group=None, organisation_note="")
    html = _page(client, plan.get_absolute_url())
    assert "Projektorganisation" not in html
    assert empty_headings(html) == []


@pytest.mark.django_db
def test_public_pages_of_a_small_area_have_no_empty_headings(world, client):
    action_plan = ActionPlanFactory(area=world.area, steering_group=world.other_group)
    urls = [
        world.area.get_absolute_url(),
        world.group.get_absolute_url(),
        world.subgroup.get_absolute_url(),
        world.other_group.get_absolute_url(),
        world.plan.get_absolute_url(),
        action_plan.get_absolute_url(),
        f"/{world.area.slug}/planer/",
        f"/{world.area.slug}/minnesanteckningar/",
        f"/{world.area.slug}/sok/?q=Psykiatrins",
    ]
    for url in urls:
        assert empty_headings(_page(client, url)) == [], url


@pytest.mark.django_db
def test_a_group_without_plans_links_the_plan_of_the_group_above(world, client):
    html = squash(_page(client, world.subgroup.get_absolute_url()))
    assert "NOSAM Testby – Äldre har inga egna planer" in html
    assert f'<a href="{world.group.get_absolute_url()}">NOSAM Testby</a>, som den ingår i' in html
    assert f'href="{world.plan.get_absolute_url()}"' in html
    assert world.unpublished_plan.get_absolute_url() not in html  # a draft stays hidden


@pytest.mark.django_db
def test_a_group_with_plans_of_its_own_lists_only_them(world, client):
    html = squash(_page(client, world.group.get_absolute_url()))
    assert f'href="{world.plan.get_absolute_url()}"' in html
    assert "har inga egna planer" not in html


@pytest.mark.django_db
def test_a_group_with_no_plan_above_says_so_plainly(world, client):
    html = squash(_page(client, world.other_group.get_absolute_url()))
    assert '<h2 class="h4">Planer</h2><p>Gruppen har inga egna planer.</p>' in html


@pytest.mark.django_db
def test_the_group_page_reads_the_plans_above_in_queries_that_do_not_grow(world, client):
    deeper = type(world.subgroup).objects.create(
        area=world.area, parent=world.subgroup, name="Djupt ner", slug="djupt-ner", kind="annan"
    )

    def grow():
        for year in range(2030, 2035):
            plan = ActivityPlanFactory(
                group=world.group, collaboration_plan=world.plan.collaboration_plan, year=year
            )
            publish(plan)

    assert_queries_do_not_grow(lambda: client.get(deeper.get_absolute_url()), grow)
    assert (
        squash(client.get(deeper.get_absolute_url()).content.decode()).count("/aktivitetsplaner/")
        == 6
    )


@pytest.mark.django_db
def test_nosam_alingsas_points_to_the_joint_plan_of_nosam_alingsas_och_lerum(demo, client):
    html = squash(_page(client, "/samla/grupper/nosam-alingsas/"))
    assert "NOSAM Alingsås har inga egna planer" in html
    assert "den gemensamma planen" in html
    assert f'<a href="{JOINT}">NOSAM Alingsås och Lerum</a>' in html
    assert f'href="{PLAN}"' in html


@pytest.mark.django_db
def test_a_target_group_below_gets_the_joint_plan_of_its_own_target_group(demo, client):
    same = squash(_page(client, "/samla/grupper/nosam-lerum-psykisk-halsa-och-missbruk/"))
    assert f'href="{PLAN}"' in same and "den gemensamma planen" in same
    other = squash(_page(client, "/samla/grupper/nosam-lerum-aldre/"))
    assert PLAN not in other  # the joint plan is for another target group
    assert "<p>Gruppen har inga egna planer.</p>" in other


@pytest.mark.django_db
def test_public_pages_of_the_demo_have_no_empty_headings(demo, client):
    urls = [
        "/samla/",
        "/samla/grupper/samordningsgruppen/",
        "/samla/grupper/nosam-alingsas/",
        "/samla/grupper/nosam-alingsas-och-lerum/",
        PLAN,
        "/samla/handlingsplaner/socialmedicinska-mottagningar-2021-2022/",
        "/samla/planer/",
        "/samla/minnesanteckningar/",
        "/samla/sok/?q=SIP",
        "/nosam-molndal/",
    ]
    for url in urls:
        assert empty_headings(_page(client, url)) == [], url
