"""Every number field of every form reads and shows numbers the Swedish way."""

import importlib
import re
from decimal import Decimal

import pytest
from django import forms
from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client

from nosam.models import Area
from reports.models import EconomyItem
from reports.services import report_create
from samla import forms as samla_forms
from tests.helpers import squash

NBSP = "\u00a0"
PROJECT_APPS = (
    "samla",
    "nosam",
    "plans",
    "reminders",
    "deviations",
    "indicators",
    "reports",
    "website",
)


def _economy_data(*amounts, existing=()):
    data = {
        "ekonomi-TOTAL_FORMS": str(len(existing) + len(amounts)),
        "ekonomi-INITIAL_FORMS": str(len(existing)),
        "ekonomi-MIN_NUM_FORMS": "0",
        "ekonomi-MAX_NUM_FORMS": "1000",
    }
    rows = [(item.pk, item.kind, item.label, amount) for item, amount in existing]
    rows += [(None, "intakt", f"Post {i}", amount) for i, amount in enumerate(amounts)]
    for index, (pk, kind, label, amount) in enumerate(rows):
        data[f"ekonomi-{index}-id"] = pk or ""
        data[f"ekonomi-{index}-kind"] = kind
        data[f"ekonomi-{index}-label"] = label
        data[f"ekonomi-{index}-amount"] = amount
        data[f"ekonomi-{index}-note"] = ""
    return data


@pytest.fixture
def draft_report(demo):
    report = report_create(area=Area.objects.get(slug="samla"), group=None, year=2025)
    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    return report, client, report.get_absolute_url() + "ekonomi/"


@pytest.mark.django_db
def test_economy_amounts_are_saved_as_typed_and_shown_back_in_swedish(draft_report):
    report, client, url = draft_report
    typed = ["5,1", "5.1", "\u22120,5", "1 234,5", f"1{NBSP}234,5", "1\u202f234,5", "-0,5"]
    response = client.post(url, _economy_data(*typed))
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = [item.amount for item in EconomyItem.objects.filter(report=report).order_by("pk")]
    assert saved == [
        Decimal(v) for v in ["5.1", "5.1", "-0.5", "1234.5", "1234.5", "1234.5", "-0.5"]
    ]

    html = client.get(url).content.decode()
    values = re.findall(r'name="ekonomi-\d+-amount" value="([^"]*)"', html)
    assert values[:4] == ["5,1", "5,1", "-0,5", f"1{NBSP}234,5"]
    assert "5.10" not in html and "51.00" not in html
    assert 'type="number"' not in html  # browsers rewrite "5,1" in number inputs


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "message"),
    [("1.234", "kan läsas på två sätt"), ("1,234,5", "flera skiljetecken"), ("5,123", "2 dec")],
)
def test_ambiguous_amounts_are_refused_with_a_message_and_nothing_saved(
    draft_report, typed, message
):
    report, client, url = draft_report
    response = client.post(url, _economy_data(typed))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EconomyItem.objects.filter(report=report).exists()


@pytest.mark.django_db
def test_the_report_shows_amounts_with_every_decimal(draft_report):
    report, client, url = draft_report
    client.post(url, _economy_data("5,15", "1 234,5", "8"))
    html = squash(client.get(report.get_absolute_url()).content)
    assert ">5,15<" in html and f">1{NBSP}234,5<" in html and ">8,0<" in html


def _project_form_classes():
    for app in PROJECT_APPS:
        for module in ("forms", "filters"):
            try:
                importlib.import_module(f"{app}.{module}")
            except ModuleNotFoundError:
                continue
    seen, todo = set(), [forms.BaseForm]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return [c for c in seen if c.__module__.split(".")[0] in PROJECT_APPS]


def test_every_number_field_of_every_form_reads_swedish_numbers():
    assert apps.ready
    number_fields = (forms.IntegerField, forms.FloatField, forms.DecimalField)
    swedish = (samla_forms.IntegerField, samla_forms.DecimalField)
    checked, wrong = 0, []
    for form_class in _project_form_classes():
        for name, field in form_class.base_fields.items():
            if isinstance(field, number_fields):
                checked += 1
                if not isinstance(field, swedish):
                    wrong.append(f"{form_class.__module__}.{form_class.__name__}.{name}")
    assert checked >= 6
    assert not wrong, "Talfält som inte läser svenska tal: " + ", ".join(sorted(wrong))
