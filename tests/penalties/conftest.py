"""Fixtures shared with the UI tests: repositories over a real database with a profile."""

from tests.ui.conftest import demo_repos, repos, vietnamese  # noqa: F401 - fixtures used by the tests here
