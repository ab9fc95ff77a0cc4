import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import UserFactory


@pytest.mark.django_db
def test_every_model_has_an_admin_with_swedish_names_that_loads(client, demo):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in {"nosam", "plans"}:
            continue
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        response = client.get(url)
        assert response.status_code == 200, url
        assert model_admin.list_display != ("__str__",), model
        obj = model.objects.first()
        if obj is not None:
            change = reverse(
                f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk]
            )
            assert client.get(change).status_code == 200, change


def test_every_domain_model_is_registered_in_admin():
    from django.apps import apps

    for app in ("nosam", "plans"):
        for model in apps.get_app_config(app).get_models():
            if model.__name__.startswith("Historical"):
                continue  # shown through SimpleHistoryAdmin on the model itself
            assert admin.site.is_registered(model), model


@pytest.mark.django_db
def test_admin_is_closed_to_anonymous_visitors(client):
    response = client.get("/admin/nosam/group/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
