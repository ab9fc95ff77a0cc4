"""No patient data at the model layer: every free-text field refuses a
personnummer in ``full_clean``, so forms, the admin and imports all pass the
same check."""

from datetime import date

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.test import Client
from simple_history.models import HistoricalChanges

from deviations.models import Case, Finding
from nosam.models import Area, Meeting
from plans.models import Activity, ActivityPlan
from reports.models import Report
from reports.services import report_create
from samla.patient_data import NoPersonalNumbers
from tests.factories import ActivityFactory, ActivityPlanFactory, AreaFactory

NUMBER = "811218-9876"  # Skatteverket's example personnummer
REFUSED = "får inte sparas här"
PROJECT_APPS = {
    "samla",
    "nosam",
    "plans",
    "reminders",
    "deviations",
    "indicators",
    "reports",
    "website",
    "demo",
}

# CharFields and TextFields that need no guard, each with its reason. A new
# free-text field is guarded (samla.fields); it goes here only if nobody types
# free text into it. Fields with choices are exempt by rule: a choice is one of
# our own values.
EXEMPT_FIELDS = {
    "nosam.Person.email": "a member's e-mail address, validated as an address",
    "reports.Report.content_owner_email": "a member of staff's e-mail address, validated",
    "nosam.Area.website": "the area's public website, validated as a URL, set by superusers",
    "deviations.StatisticsImport.periods": "written by the import from parsed half-years",
    "website.SearchDocument.source": "a key the indexer builds (plan:12)",
    "website.SearchDocument.title": "copied by the indexer from guarded, published fields",
    "website.SearchDocument.where": "copied by the indexer from guarded names",
    "website.SearchDocument.body": "copied by the indexer from guarded, published fields",
    "website.SearchDocument.url": "an address the indexer builds with reverse()",
    "website.SearchDocument.search_title": "the title above, folded by the indexer",
    "website.SearchDocument.search_body": "the body above, folded by the indexer",
    "samla.PendingUpload.kind": "a key the importing app names (plans.word)",
    "samla.PendingUpload.scope": "a key the importing app builds (an area's pk)",
    "samla.PendingUpload.saved_url": "an address the importing app builds with reverse()",
    "indicators.Indicator.baseline_period": "a period, parsed to its key (2024-H1) by clean()",
    "indicators.Indicator.target_period": "a period, parsed to its key by clean()",
    "indicators.IndicatorValue.period": "a period, parsed to its key by clean()",
    "reminders.SentReminder.key": "a key the sender builds (activity:12:deadline-before:…)",
}


def _project_models():
    """The models of our apps, without simple-history's historical copies.

    A historical model subclasses ``HistoricalChanges``; its rows are written
    from an instance that was validated, and its fields are copies of the
    tracked model's (see the test below), so they need no entry of their own.
    """
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS and not issubclass(model, HistoricalChanges)
    ]


def _text_fields(model):
    return [
        field
        for field in model._meta.get_fields()
        if isinstance(field, models.CharField | models.TextField)
    ]


def _guarded(field) -> bool:
    return any(isinstance(validator, NoPersonalNumbers) for validator in field.validators)


def test_every_free_text_field_of_every_model_is_guarded_or_exempt_for_a_reason():
    unguarded, seen = [], set()
    for model in _project_models():
        for field in _text_fields(model):
            key = f"{model._meta.label}.{field.name}"
            seen.add(key)
            if field.choices or _guarded(field) or key in EXEMPT_FIELDS:
                continue
            unguarded.append(key)
    assert unguarded == [], (
        "Fritextfält utan skydd mot personnummer: lägg till det (samla.fields) "
        f"eller, med skäl, i EXEMPT_FIELDS: {unguarded}"
    )
    assert set(EXEMPT_FIELDS) <= seen, "EXEMPT_FIELDS nämner fält som inte finns"
    assert {"plans.Activity.local_goal", "nosam.Meeting.place"} <= seen  # the walk found them


def test_historical_copies_carry_the_same_guard_as_the_model_they_track():
    historical = [
        model
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS and issubclass(model, HistoricalChanges)
    ]
    assert len(historical) >= 6
    for model in historical:
        tracked = model.instance_type
        for field in _text_fields(tracked):
            copy = model._meta.get_field(field.name)
            assert _guarded(copy) == _guarded(field), f"{model._meta.label}.{field.name}"


def _refused(instance, field: str, exclude=()) -> str:
    with pytest.raises(ValidationError) as error:
        instance.full_clean(exclude=list(exclude))
    assert field in error.value.message_dict, error.value.message_dict
    message = " ".join(error.value.message_dict[field])
    assert "personnummer" in message
    return message


# Hole 3: the six fields an outside test found unguarded.
@pytest.mark.django_db
@pytest.mark.parametrize(
    "field", ["introduction", "purpose", "target_group_text", "title", "target_group_title"]
)
def test_a_plan_text_with_a_personnummer_fails_model_validation(field):
    plan = ActivityPlanFactory()
    setattr(plan, field, f"Gäller {NUMBER}")
    _refused(plan, field)


@pytest.mark.django_db
def test_an_activitys_own_goal_with_a_personnummer_fails_model_validation():
    activity = ActivityFactory(local_goal="Eget mål")
    activity.local_goal = f"Stöd till 81121{NUMBER[5:]}"
    _refused(activity, "local_goal")


@pytest.mark.django_db
def test_a_case_reference_a_report_subtitle_and_a_meeting_place_fail_model_validation(demo):
    area = Area.objects.get(slug="samla")
    case = Case.objects.filter(area=area).first() or Case(area=area, month=date(2025, 1, 1))
    case.reference = f"MC-{NUMBER}"
    _refused(case, "reference")
    report = Report(area=area, year=2025, title="Årsrapport", subtitle=f"Om 19{NUMBER}")
    _refused(report, "subtitle")
    meeting = Meeting(area=area, starts_at="2026-01-01T13:00Z", place="Hemma hos 811218 9876")
    _refused(meeting, "place")


@pytest.mark.django_db
def test_the_activity_page_refuses_a_personnummer_in_the_own_goal(world):
    activity = world.activity
    client = Client()
    client.force_login(world.users["processledare"])
    response = client.post(
        f"/aktiviteter/{activity.pk}/redigera/",
        {
            "lock_version": activity.lock_version,
            "goal": "",
            "local_goal": f"Stöd till {NUMBER}",
            "what": activity.what,
            "start": "Våren 2026",
            "deadline": "Dec 2026",
            "status": "",
        },
    )
    assert REFUSED in response.content.decode()
    activity.refresh_from_db()
    assert activity.local_goal == "" and activity.goal_id is not None


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["introduction", "purpose", "target_group_text"])
def test_the_plan_text_page_refuses_a_personnummer(world, field):
    client = Client()
    client.force_login(world.users["processledare"])
    response = client.post(
        world.plan.url("plans:plan_edit"),
        {"title": world.plan.title, field: "Brukaren 811218\u20139876 berättade"},
    )
    assert REFUSED in response.content.decode()
    world.plan.refresh_from_db()
    assert getattr(world.plan, field) == ""


def _client(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.mark.django_db
def test_the_case_page_refuses_a_personnummer_in_the_reference(demo):
    area = Area.objects.get(slug="samla")
    organisation = area.organisations.first()
    before = Case.objects.count()
    response = _client("ledamot").post(
        "/samla/avvikelser/arenden/",
        {
            "reference": f"ref-{NUMBER}",
            "month": "2025-10",
            "reporting": organisation.pk,
            "receiving": organisation.pk,
            "category": area.deviation_categories.first().pk,
            "summary": "Utskrivning utan information",
        },
    )
    assert REFUSED in response.content.decode()
    assert Case.objects.count() == before


@pytest.mark.django_db
def test_the_report_page_refuses_a_personnummer_in_the_subtitle(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    response = _client("processledare").post(
        f"{report.get_absolute_url()}redigera/",
        {"title": report.title, "subtitle": f"Ärende {NUMBER}", "report_date": "2026-02-01"},
    )
    assert REFUSED in response.content.decode()
    report.refresh_from_db()
    assert NUMBER not in report.subtitle


@pytest.mark.django_db
def test_the_meeting_page_refuses_a_personnummer_in_the_place(world, as_user):
    before = Meeting.objects.count()
    response = as_user(world.users["member"]).post(
        f"/{world.area.slug}/grupper/{world.group.slug}/moten/nytt/",
        {
            "groups": [world.group.pk],
            "starts_at": "2026-11-24T13:00",
            "place": "Hos 811218 9876",
            "dagordning-TOTAL_FORMS": 0,
            "dagordning-INITIAL_FORMS": 0,
        },
    )
    assert REFUSED in response.content.decode()
    assert Meeting.objects.count() == before


# Forms that are not ModelForms hand their text to a service.
@pytest.mark.django_db
def test_a_new_report_section_with_a_personnummer_in_its_heading_is_refused(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    before = report.sections.count()
    response = _client("processledare").post(
        f"{report.get_absolute_url()}avsnitt/nytt/", {"kind": "text", "title": f"Om {NUMBER}"}
    )
    assert REFUSED in response.content.decode()
    assert report.sections.count() == before


@pytest.mark.django_db
def test_adopting_a_report_refuses_a_personnummer_in_adopted_by(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    response = _client("processledare").post(
        f"{report.get_absolute_url()}faststall/",
        {"adopted_by": f"Samordningsgruppen {NUMBER}", "adopted_on": "2026-03-01"},
    )
    assert REFUSED in response.content.decode()
    report.refresh_from_db()
    assert report.is_draft and report.adopted_by == ""


@pytest.mark.django_db
def test_an_activity_made_from_a_finding_refuses_a_personnummer(demo):
    finding = Finding.objects.filter(area__slug="samla").first()
    plan = ActivityPlan.objects.filter(group__area__slug="samla").first()
    before = Activity.objects.count()
    response = _client("processledare").post(
        finding.get_absolute_url(), {"plan": plan.pk, "what": f"Stöd till {NUMBER}"}
    )
    assert REFUSED in response.content.decode()
    assert Activity.objects.count() == before


@pytest.mark.django_db
def test_the_admin_refuses_a_personnummer_in_an_area_description(admin_client):
    area = AreaFactory()
    response = admin_client.post(
        f"/admin/nosam/area/{area.pk}/change/",
        {
            "name": area.name,
            "short_name": area.short_name,
            "slug": area.slug,
            "description": f"Kontakt {NUMBER}",
            "website": "",
        },
    )
    assert REFUSED in response.content.decode()
    area.refresh_from_db()
    assert area.description == ""


@pytest.mark.django_db
def test_everything_the_demo_loads_passes_the_guard(demo):
    checked = 0
    for model in _project_models():
        guarded = [field for field in _text_fields(model) if _guarded(field)]
        for instance in model.objects.all() if guarded else []:
            for field in guarded:
                field.run_validators(getattr(instance, field.attname))
                checked += 1
    assert checked > 500


# Imports: the save services run the same model validation as a form, so a
# personnummer that reaches them is refused and nothing is saved.
def _imported_plan(**changes):
    from plans.word import ImportedActivity, ImportedPlan

    activity = {
        "goal_id": None,
        "local_goal": "Eget mål",
        "what": "Psykiatrins dag",
        "how": "",
        "responsible": "NOSAM",
        "start": "2026",
        "deadline": "någon gång",  # not understood: kept as written
        "measure": "",
        "status": "",
    }
    activity.update(changes.pop("activity", {}))
    fields = {"title": "Aktivitetsplan", "year": 2026, "purpose": "Syftet"}
    fields.update(changes)
    return ImportedPlan(
        "aktivitetsplan", "plan.docx", **fields, activities=[ImportedActivity(**activity)]
    )


def _counts():
    from plans.models import ActionPlan, TimetableRow

    return (
        ActivityPlan.objects.count(),
        Activity.objects.count(),
        ActionPlan.objects.count(),
        TimetableRow.objects.count(),
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes",
    [
        {"purpose": f"Syftet är att hjälpa {NUMBER}"},
        {"introduction": f"Inledning {NUMBER}"},
        {"target_group_description": f"Målgrupp {NUMBER}"},
        {"activity": {"local_goal": f"Mål {NUMBER}"}},
        {"activity": {"deadline": f"när {NUMBER} skrivs ut"}},
    ],
    ids=["purpose", "introduction", "target-group", "own-goal", "unparsed-deadline"],
)
def test_the_word_plan_import_service_refuses_a_personnummer_and_saves_nothing(demo, changes):
    from plans.services import plan_import

    group = Area.objects.get(slug="samla").groups.first()
    before = _counts()
    with pytest.raises(ValidationError) as error:
        plan_import(imported=_imported_plan(**changes), group=group, target_group=None)
    assert "personnummer" in " ".join(error.value.messages)
    assert _counts() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes",
    [
        {"sections": {"background": f"Bakgrund {NUMBER}"}},
        {"timetable": [{"activity": f"Möte om {NUMBER}", "when": "2021", "delivery": ""}]},
        {"timetable": [{"activity": "Möte", "when": f"då {NUMBER} kommer", "delivery": ""}]},
    ],
    ids=["background", "timetable-activity", "timetable-unparsed-when"],
)
def test_the_handlingsplan_import_service_refuses_a_personnummer_and_saves_nothing(demo, changes):
    from plans.services import action_plan_import
    from plans.word import ImportedPlan

    imported = ImportedPlan("handlingsplan", "h.docx", title="Handlingsplan 2021", year=2021)
    imported.sections.update(changes.get("sections", {}))
    imported.timetable.extend(changes.get("timetable", []))
    before = _counts()
    with pytest.raises(ValidationError):
        action_plan_import(imported=imported, area=Area.objects.get(slug="samla"))
    assert _counts() == before


@pytest.mark.django_db
def test_confirming_a_word_import_that_fails_validation_says_why_and_saves_nothing(demo):
    from samla.uploads import pending_upload_create

    client = _client("processledare")
    area = Area.objects.get(slug="samla")
    pending = pending_upload_create(
        kind="plans.word",
        scope=str(area.pk),
        user=get_user_model().objects.get(username="processledare"),
        payload={
            "plan": _imported_plan(purpose=f"Om {NUMBER}").to_json(),
            "group": area.groups.first().pk,
            "target_group": None,
        },
    )
    before = _counts()
    response = client.post(f"/samla/aktivitetsplaner/importera/{pending.token}/")
    assert response.status_code == 400
    assert REFUSED in response.content.decode()
    assert NUMBER not in response.content.decode()
    assert _counts() == before


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["plan.docx", f"plan {NUMBER}.docx"])
def test_a_word_file_with_a_number_written_with_a_space_or_in_its_name_is_refused(demo, name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from plans.word import WordRejected, read_word_plan
    from tests.word_documents import ROWS_000, plan_2026

    rows = [list(row) for row in ROWS_000]
    if name == "plan.docx":
        rows[1][3] = "Kontakt 811218 9876"
    content = plan_2026(rows=rows)
    with pytest.raises(WordRejected, match="personnummer"):
        read_word_plan(SimpleUploadedFile(name, content), area=Area.objects.get(slug="samla"))


def _statistics_csv(cell: str = "") -> bytes:
    from deviations.importing import HEADERS

    row = ["2025", "H2", "Alingsås kommun", "Alingsås lasarett", "Äldre", "Informationsöverföring"]
    return (";".join(HEADERS) + "\r\n" + ";".join([*row, cell, "4"]) + "\r\n").encode("utf-8")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "cell"),
    [("statistik.csv", f"Gäller {NUMBER}"), (f"statistik {NUMBER}.csv", "")],
    ids=["in-a-cell", "in-the-file-name"],
)
def test_a_statistics_file_with_a_personnummer_is_refused_before_anything_is_kept(demo, name, cell):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from deviations.models import StatisticsImport
    from samla.models import PendingUpload

    before = PendingUpload.objects.count(), StatisticsImport.objects.count()
    response = _client("processledare").post(
        "/samla/avvikelser/import/", {"file": SimpleUploadedFile(name, _statistics_csv(cell))}
    )
    assert response.status_code == 400
    assert "personnummer" in response.content.decode()
    assert NUMBER not in response.content.decode()
    assert (PendingUpload.objects.count(), StatisticsImport.objects.count()) == before


@pytest.mark.django_db
def test_the_statistics_import_service_validates_the_record_before_saving(demo):
    from deviations.importing import Preview, Row
    from deviations.models import StatisticRow, StatisticsImport
    from deviations.services import statistics_import

    area = Area.objects.get(slug="samla")
    organisation = area.organisations.first()
    category = area.deviation_categories.first()
    row = Row(2, 2025, 2, organisation.pk, organisation.pk, None, category.pk, None, 4)
    before = StatisticsImport.objects.count(), StatisticRow.objects.count()
    with pytest.raises(ValidationError):
        statistics_import(area=area, preview=Preview(f"{NUMBER}.csv", [row]), user=None)
    assert (StatisticsImport.objects.count(), StatisticRow.objects.count()) == before


@pytest.mark.django_db
def test_services_that_take_text_from_plain_forms_validate_the_model(year_2025):
    from plans.services import activity_create, plan_publish
    from reports.services import report_adopt, section_add

    report = report_create(area=year_2025, group=None, year=2025)
    plan = ActivityPlan.objects.get(year=2025)
    sections, activities, versions = report.sections.count(), Activity.objects.count(), 0
    with pytest.raises(ValidationError):
        section_add(report=report, kind="text", title=f"Om {NUMBER}")
    with pytest.raises(ValidationError):
        report_adopt(report=report, adopted_by=f"Gruppen {NUMBER}", adopted_on=date(2026, 3, 1))
    with pytest.raises(ValidationError):
        activity_create(plan=plan, data={"local_goal": "Mål", "what": f"Stöd till {NUMBER}"})
    with pytest.raises(ValidationError):
        plan_publish(
            plan=plan, step="major", note=f"Om {NUMBER}", user=None, version_date=date(2026, 1, 1)
        )
    report.refresh_from_db()
    assert report.sections.count() == sections and report.is_draft
    assert Activity.objects.count() == activities
    assert plan.versions.count() == versions


@pytest.mark.django_db
def test_confirming_a_statistics_import_that_fails_validation_says_why_and_saves_nothing(demo):
    from deviations.models import StatisticsImport
    from samla.models import PendingUpload
    from samla.uploads import pending_upload_create

    area = Area.objects.get(slug="samla")
    organisation = area.organisations.first()
    category = area.deviation_categories.first()
    user = get_user_model().objects.get(username="processledare")
    pending = pending_upload_create(
        kind="deviations.statistics",
        scope=str(area.pk),
        user=user,
        payload={
            "file_name": f"{NUMBER}.csv",
            "rows": [[2, 2025, 2, organisation.pk, organisation.pk, None, category.pk, None, 4]],
        },
    )
    before = StatisticsImport.objects.count()
    client = Client()
    client.force_login(user)
    response = client.post(f"/samla/avvikelser/import/{pending.token}/", follow=True)
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert NUMBER not in response.content.decode()
    assert StatisticsImport.objects.count() == before
    assert not PendingUpload.objects.filter(pk=pending.pk).exists()
