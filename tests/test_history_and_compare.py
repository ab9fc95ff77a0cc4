import pytest
from django.test import Client

from plans import services
from plans.compare import PlanComparison
from plans.documents import plan_snapshot
from plans.history import plan_history
from tests.factories import ActivityFactory, ActivityPlanFactory


@pytest.mark.django_db
def test_history_records_who_changed_which_field(world):
    client = Client()
    client.force_login(world.users["processledare"])
    activity = world.activity
    data = {name: getattr(activity, name) for name in services.EDITABLE_ACTIVITY_FIELDS}
    data.update(goal=activity.goal_id, start=activity.start.text, deadline=activity.deadline.text)
    client.post(
        f"/aktiviteter/{activity.pk}/redigera/",
        {**data, "how": "Nytt sätt", "lock_version": 0},
    )
    client.post(
        f"/aktiviteter/{activity.pk}/uppfoljning/",
        {"date": "2026-06-01", "text": "Gick bra", "new_status": "genomford"},
    )

    entries = plan_history(world.plan)
    changed = [e for e in entries if e.kind == "~" and e.subject.startswith("Aktivitet")]
    assert [{c.label: (c.old, c.new) for c in e.changes} for e in changed] == [
        {"status": ("Ej angiven", "Genomförd")},
        {"hur": ("Så här", "Nytt sätt")},
    ]
    assert [e.who for e in changed] == ["Lena", "Lena"]
    follow_up = next(e for e in entries if e.subject.startswith("Uppföljning"))
    assert follow_up.kind == "+"
    assert any(c.new == "Gick bra" for c in follow_up.changes)

    page = client.get(world.plan.url("plans:plan_history")).content.decode()
    assert "Nytt sätt" in page and "Gick bra" in page and "Lena" in page


@pytest.mark.django_db
def test_history_shows_deleted_activities():
    plan = ActivityPlanFactory()
    activity = ActivityFactory(plan=plan, what="Försvinner")
    activity.delete()
    entries = plan_history(plan)
    assert [e.kind for e in entries if "Försvinner" in e.subject] == ["-", "+"]


@pytest.mark.django_db
def test_comparison_lists_added_removed_and_changed_fields():
    plan = ActivityPlanFactory()
    kept = ActivityFactory(plan=plan, what="Kvar", deadline="2026")
    gone = ActivityFactory(plan=plan, what="Borta")
    before = plan_snapshot(plan)
    kept.deadline = "Över tid"
    kept.status = "pagar"
    kept.save()
    gone.delete()
    ActivityFactory(plan=plan, what="Ny")
    comparison = PlanComparison.between(before, plan_snapshot(plan))

    assert [row["what"] for row in comparison.added] == ["Ny"]
    assert [row["what"] for row in comparison.removed] == ["Borta"]
    (change,) = comparison.changed
    assert change.title == "Kvar"
    assert [(c.label, c.old, c.new) for c in change.changes] == [
        ("Deadline/slutdatum", "2026", "Över tid"),
        ("Status", "Ej angiven", "Pågår"),
    ]


@pytest.mark.django_db
def test_identical_snapshots_compare_empty():
    plan = ActivityPlanFactory()
    ActivityFactory(plan=plan)
    assert PlanComparison.between(plan_snapshot(plan), plan_snapshot(plan)).is_empty


@pytest.mark.django_db
def test_the_versions_page_loads_no_snapshot_and_compare_opens_on_the_latest_two(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import publish

    plan = world.plan
    publish(plan, step="minor")
    client = Client()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(plan.url("plans:plan_versions")).status_code == 200
    assert not [q for q in queries if '"snapshot"' in q["sql"]]
    compare = client.get(plan.url("plans:plan_compare")).content.decode()
    latest, previous = [v.label for v in plan.versions.latest_first()[:2]]
    assert f'<option value="{latest}" selected' in compare
    assert f'<option value="{previous}" selected' in compare


def test_word_diff_marks_only_the_words_that_changed():
    from plans.compare import DiffPart, word_diff

    before, after = word_diff(
        "Psykiatrins dag i Alingsås\nhösten 2026",
        "Psykiatrins vecka i Alingsås och Lerum\nhösten 2026",
    )
    assert before == [
        DiffPart("same", "Psykiatrins "),
        DiffPart("del", "dag"),
        DiffPart("same", " i Alingsås\nhösten 2026"),
    ]
    assert after == [
        DiffPart("same", "Psykiatrins "),
        DiffPart("ins", "vecka"),
        DiffPart("same", " i Alingsås "),
        DiffPart("ins", "och Lerum"),
        DiffPart("same", "\nhösten 2026"),
    ]


def test_word_diff_keeps_every_character_of_both_texts():
    from plans.compare import word_diff

    old, new = "  Ett två\n\ntre  fyra ", "Ett\ntvå tre fem  "
    before, after = word_diff(old, new)
    assert "".join(part.text for part in before) == old
    assert "".join(part.text for part in after) == new
    assert [p.text for p in before if p.kind == "del"] == ["fyra"]
    assert [p.text for p in after if p.kind == "ins"] == ["fem"]


def test_word_diff_of_an_empty_side_marks_the_whole_other_side():
    from plans.compare import DiffPart, word_diff

    assert word_diff("", "Ny text") == ([], [DiffPart("ins", "Ny text")])
    assert word_diff("Gammal text", "") == ([DiffPart("del", "Gammal text")], [])


def test_changed_words_are_escaped_and_said_in_words():
    from plans.compare import FieldChange

    change = FieldChange("Vad", "Möte <b>&</b> fika", "Möte <script>x</script> fika")
    assert str(change.old_html) == (
        'Möte <del><span class="visually-hidden">borttaget: </span>&lt;b&gt;&amp;&lt;/b&gt;'
        '<span class="visually-hidden"> (slut borttaget)</span></del> fika'
    )
    assert str(change.new_html) == (
        'Möte <ins><span class="visually-hidden">tillagt: </span>&lt;script&gt;x&lt;/script&gt;'
        '<span class="visually-hidden"> (slut tillagt)</span></ins> fika'
    )


@pytest.mark.django_db
def test_the_compare_page_marks_changed_words_inside_the_cell(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import publish

    plan = world.plan
    activity = world.activity
    activity.how = "Föreläsning i Alingsås för personal"
    activity.save()
    publish(plan, step="minor")
    activity.how = "Föreläsning och workshop i Alingsås för personal"
    activity.save()
    publish(plan, step="minor")
    client = Client()
    page = client.get(plan.url("plans:plan_compare")).content.decode()

    assert "Från 1.1 till 1.2" in page
    row = page[page.index('<th scope="row">Hur</th>') :]
    row = row[: row.index("</tr>")]
    assert row.count("<ins>") == 1 and "<del>" not in row
    assert '<span class="visually-hidden">tillagt: </span>och workshop<span' in row
    assert "Föreläsning i Alingsås för personal</td>" in row

    # The same few queries however many rows changed.
    def queries(query):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(plan.url("plans:plan_compare") + query).status_code == 200
        return len(captured)

    few = queries("?fran=1.1&till=1.2")
    ActivityFactory.create_batch(5, plan=plan)
    publish(plan, step="minor")
    assert queries("?fran=1.1&till=1.3") == few
