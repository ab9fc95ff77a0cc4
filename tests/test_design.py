"""The design tokens: every text colour readable (WCAG 2.1 AA, 4.5:1) on the
backgrounds it is used on."""

import re

import pytest

from samla.design import colours, contrast

# Colours used as text (or as the fill behind white text), and the surfaces under them.
TEXT = [
    "samla-ink",
    "samla-muted",
    "samla-blue",
    "samla-blue-dark",
    "samla-green",
    "samla-amber",
    "samla-red",
]
SURFACES = ["#ffffff", "samla-surface", "samla-blue-tint"]


def _hex(name_or_hex: str) -> str:
    if name_or_hex.startswith("#"):
        return name_or_hex
    return {c.name: c.hex for c in colours()}[name_or_hex]


def test_the_tokens_file_is_read():
    names = {c.name for c in colours()}
    assert set(TEXT) <= names and "samla-surface" in names


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("text", TEXT)
def test_text_colours_reach_4_5_to_1(text, surface):
    ratio = contrast(_hex(text), _hex(surface))
    assert ratio >= 4.5, f"{text} på {surface}: {ratio:.2f}:1"


def test_contrast_is_computed_as_wcag_says():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)


def test_the_focus_ring_is_visible_against_white_and_the_link_colour():
    # WCAG 1.4.11: non-text contrast 3:1.
    assert contrast(_hex("samla-focus"), "#ffffff") >= 3


@pytest.mark.django_db
def test_the_style_guide_renders_every_component(client):
    from plans.models import Status

    page = client.get("/stil/").content.decode()
    for label in Status.labels:
        assert label in page
    for component in (
        "page-header",
        "action-bar",
        "menu-panel",
        "plan-card",
        "data-table",
        "empty-state",
    ):
        assert re.search(rf'class="([^"]* )?{component}[ "]', page), component
    for kind in ("info", "success", "warning", "danger"):
        assert f"notice-{kind}" in page
    assert "Detta fält måste fyllas i." in page  # a field with its error
    assert "Vad ska göras? Högst 300 tecken." in page  # and its hint
    assert page.count('class="style-swatch"') == len(colours())


@pytest.mark.django_db
def test_the_signed_in_header_links_the_users_groups_by_the_rules(demo, client):
    from django.contrib.auth import get_user_model

    from nosam.models import Group

    client.force_login(get_user_model().objects.get(username="ledamot"))
    page = client.get("/samla/").content.decode()
    assert "Mötesvy NOSAM Alingsås" in page
    assert 'href="/samla/grupper/nosam-alingsas/motesvy/"' in page
    assert 'href="/samla/avvikelser/"' in page and "Årsrapporter SAMLA" in page
    assert "Mötesvy NOSAM Lerum" not in page  # not her group
    # The joint group above hers: she counts as its member, and may open its board.
    joint = Group.objects.get(slug="nosam-alingsas-och-lerum")
    assert joint.is_joint
    assert f"Mötesvy {joint.short_name or joint.name}" in page
    board = "/samla/grupper/nosam-alingsas-och-lerum/motesvy/"
    assert f'href="{board}"' in page
    for url in re.findall(r'href="([^"]*/motesvy/)"', page):
        assert client.get(url).status_code == 200, url
    client.logout()
    assert "Mötesvy" not in client.get("/samla/").content.decode()


@pytest.mark.django_db
def test_the_header_asks_the_same_queries_whatever_the_number_of_groups(demo, client):
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from nosam.models import Group, Membership

    user = get_user_model().objects.get(username="ledamot")
    client.force_login(user)
    client.get("/konto/")  # the first view of a session keeps "since I last looked" in it
    with CaptureQueriesContext(connection) as few:
        client.get("/konto/")
    person = Membership.objects.filter(person__user=user).first().person
    for group in Group.objects.filter(area__slug="samla")[:6]:
        Membership.objects.get_or_create(group=group, person=person, defaults={"role": "ledamot"})
    with CaptureQueriesContext(connection) as many:
        page = client.get("/konto/").content.decode()
    assert page.count("Mötesvy ") > 3
    assert len(many) == len(few)


@pytest.mark.django_db
def test_the_style_guide_names_each_colour_in_swedish_with_one_figure_with_a_decimal_comma(
    client,
):
    from samla.design import ROLES

    page = client.get("/stil/").content.decode()
    swatches = re.findall(r'text-body-secondary">(.*?)</small>', page, flags=re.S)
    assert len(swatches) == len(colours())
    for colour, shown in zip(colours(), swatches, strict=True):
        assert colour.role == ROLES[colour.name] != ""
        figure = f"{colour.on_white:.1f}".replace(".", ",") + ":1"
        assert " ".join(shown.split()) == f"{figure} mot vitt · {colour.role}"
    assert not re.search(r"\d\.\d:1", page)  # no figure with a decimal point
    for english in ("on white", "body text", "primary, links", "done, on track"):
        assert english not in page
    ink = next(c for c in colours() if c.name == "samla-ink")
    assert page.count(":1") == len(colours()) + 1  # each colour once, and the 4,5:1 of the text
    assert ink.on_white_text == "15,7:1"


def test_whole_dates_keeps_each_iso_date_on_one_line_and_escapes_the_rest():
    from django.utils.safestring import mark_safe

    from samla.templatetags.samla import whole_dates_filter as whole_dates

    nowrap = '<span class="text-nowrap">{}</span>'.format
    assert (
        whole_dates("Stor NOSAM 2026-10-20 <b>") == f"Stor NOSAM {nowrap('2026-10-20')} &lt;b&gt;"
    )
    assert whole_dates("2026-10-20–2026-12-07") == nowrap("2026-10-20") + "–" + nowrap("2026-12-07")
    assert whole_dates("Version 2.9, 12026-10-200") == "Version 2.9, 12026-10-200"
    safe = mark_safe('<a href="/2026-10-20/">möte 2026-10-20</a>')
    assert whole_dates(safe) == f'<a href="/2026-10-20/">möte {nowrap("2026-10-20")}</a>'


@pytest.mark.django_db
def test_the_boards_print_view_scrolls_its_table_in_a_labelled_region_with_dates_whole(
    demo, client
):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="ledamot"))
    page = client.get("/samla/grupper/nosam-alingsas-och-lerum/motesvy/?visning=utskrift")
    html = page.content.decode()
    assert page.status_code == 200
    assert re.search(
        r'<div class="table-region" role="region" aria-label="Aktiviteter med status" '
        r'tabindex="0">\s*<table',
        html,
    )
    h1 = re.search(r"<h1>(.*?)</h1>", html, flags=re.S)[1]
    assert re.search(r': status <span class="text-nowrap">\d{4}-\d\d-\d\d</span>$', h1)
    rows = html[html.index("<tbody") :]
    texts = list(re.finditer(r">([^<]*\d{4}-\d\d-\d\d[^<]*)<", rows))  # text, not attributes
    assert texts
    for text in texts:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", text[1]), text[1]
        assert rows[: text.start() + 1].endswith('<span class="text-nowrap">'), text[1]
