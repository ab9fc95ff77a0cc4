"""Browser tests: Playwright driving Debian's Chromium against live_server.

Playwright cannot download its own browser here, so we launch
/usr/bin/chromium. Without it the tests are skipped loudly on a developer
machine; in CI (CI is set) a missing browser is an error, never a skip.
"""

import os
import shutil
import warnings

import pytest
from axe_playwright_python.sync_playwright import Axe

# live_server runs Django in a thread while Playwright's sync API holds an
# event loop in the test thread; Django's async-safety check would refuse.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _have_chromium() -> bool:
    return os.path.exists(CHROMIUM) or shutil.which(CHROMIUM) is not None


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "tests/browser/" in str(item.fspath)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if not browser_items or _have_chromium():
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            f"CI: Chromium saknas ({CHROMIUM}); webbläsartesterna får inte hoppas över."
        )
    message = (
        f"CHROMIUM SAKNAS ({CHROMIUM}): {len(browser_items)} webbläsartester hoppas över. "
        "Installera med 'sudo apt-get install -y chromium'."
    )
    warnings.warn(message, stacklevel=1)
    config.issue_config_time_warning(pytest.PytestWarning(message), stacklevel=2)
    skip = pytest.mark.skip(reason=message)
    for item in browser_items:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Reduced motion: axe must not catch a button halfway through a colour transition.
    return {
        **browser_context_args,
        "locale": "sv-SE",
        "timezone_id": "Europe/Stockholm",
        "reduced_motion": "reduce",
    }


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """Fail on any WCAG 2.1 A/AA violation that axe-core finds on the page."""

    def check(page):
        results = axe.run(
            page,
            options={
                "runOnly": {"type": "tag", "values": WCAG_TAGS},
                "resultTypes": ["violations"],
            },
        )
        assert results.violations_count == 0, results.generate_report()
        return results

    return check


@pytest.fixture
def sign_in(live_server):
    """Give the browser page a logged-in session for ``user`` (skips the form)."""
    from django.conf import settings
    from django.test import Client

    def login(page, user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
        )
        return page

    return login


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """The live server, set up after the test database and so stopped (with its
    database connection) before the database is dropped."""
    return live_server


@pytest.fixture
def demo(demo_fresh):
    """The live server reads through its own connections: the demo is committed."""
    return demo_fresh
