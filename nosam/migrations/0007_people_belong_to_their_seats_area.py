"""Each person belongs to the area of their first seat."""

from django.db import migrations


def place(apps, schema_editor):
    Person = apps.get_model("nosam", "Person")
    Membership = apps.get_model("nosam", "Membership")
    for person in Person.objects.filter(area__isnull=True):
        seat = Membership.objects.filter(person=person).select_related("group").order_by("pk")
        first = seat.first()
        if first is not None:
            person.area_id = first.group.area_id
            person.save(update_fields=["area"])


class Migration(migrations.Migration):
    dependencies = [("nosam", "0006_person_area")]

    operations = [migrations.RunPython(place, migrations.RunPython.noop)]
