import pytest

from demo.services import demo_load


@pytest.fixture
def demo(db):
    """The demo data of the source documents, loaded as `make run` does."""
    return demo_load(create_users=True)
