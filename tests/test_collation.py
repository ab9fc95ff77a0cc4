import pytest

from nosam.models import Organisation
from samla.collation import swedish, swedish_sort_key
from tests.factories import OrganisationFactory

SWEDISH_ORDER = ["Alingsås", "Borås", "Ekerö", "Zinkgruvan", "Åre", "Älmhult", "Örebro"]


def test_python_sort_key_puts_a_ring_a_umlaut_o_umlaut_after_z():
    shuffled = ["Örebro", "Åre", "Älmhult", "Zinkgruvan", "Alingsås", "Ekerö", "Borås"]
    assert sorted(shuffled, key=swedish_sort_key) == SWEDISH_ORDER


def test_python_sort_key_ignores_case_and_accents_on_other_letters():
    assert sorted(["éa", "Eb", "ec"], key=swedish_sort_key) == ["éa", "Eb", "ec"]


@pytest.mark.django_db
def test_database_orders_names_in_swedish_alphabetical_order():
    for name in reversed(SWEDISH_ORDER):
        OrganisationFactory(name=name)
    # Lower case too: the collation must not put "åre" before "Zinkgruvan".
    OrganisationFactory(name="öxabäck")
    names = list(Organisation.objects.values_list("name", flat=True))
    assert names == SWEDISH_ORDER + ["öxabäck"]


@pytest.mark.django_db
def test_swedish_ordering_can_be_reversed():
    for name in SWEDISH_ORDER:
        OrganisationFactory(name=name)
    names = Organisation.objects.order_by(swedish("name", descending=True))
    assert list(names.values_list("name", flat=True)) == list(reversed(SWEDISH_ORDER))


@pytest.mark.django_db
def test_a_dash_files_before_letters_in_python_and_in_the_database():
    names = ["NOSAM Alingsås – Barn och unga", "NOSAM Alingsås och Lerum", "NOSAM Alingsås"]
    for name in names:
        OrganisationFactory(name=name)
    expected = ["NOSAM Alingsås", "NOSAM Alingsås – Barn och unga", "NOSAM Alingsås och Lerum"]
    assert sorted(names, key=swedish_sort_key) == expected
    assert list(Organisation.objects.values_list("name", flat=True)) == expected
