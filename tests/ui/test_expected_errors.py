"""Expected errors are recognised by their type: a subclass gets its parent's words, a look-alike name does not,
and the one Cancelled is the same class wherever a job or a service raises it."""

from __future__ import annotations

import pytest

from commune_desk.domain.errors import Cancelled, ExpectedError, Locked, NotFound
from commune_desk.storage import errors as se
from commune_desk.ui.errors import explain

GENERIC = explain(RuntimeError("x"))


@pytest.mark.parametrize("exc,title", [
    (se.PasswordRequired(), "Password needed"), (se.WrongPassword(), "Wrong password"),
    (se.NotEncrypted(), "Database is not encrypted"), (se.SchemaTooNew(), "Newer database"),
    (se.NotADatabase(), "Not a CommuneDesk database"), (se.DatabaseUnavailable("disk full"), "Database unavailable"),
    (Locked("signed"), "Period is signed"), (NotFound("gone"), "Record not found"), (Cancelled(), "Cancelled"),
])
def test_each_expected_error_has_its_own_words(qapp, exc, title):
    got_title, text = explain(exc)
    assert got_title == title and text and (got_title, text) != GENERIC


def test_recognised_by_type_not_by_class_name(qapp):
    class WrongPasswordAgain(se.WrongPassword):
        """A more specific wrong password still says 'Wrong password'."""

    class Locked(Exception):  # noqa: N818 - a look-alike name from elsewhere must not pass for the domain's Locked
        pass

    assert explain(WrongPasswordAgain())[0] == "Wrong password"
    assert explain(Locked("x")) == GENERIC
    assert explain(ExpectedError("x")) == GENERIC


def test_one_cancelled_class_for_jobs_services_and_the_window():
    from commune_desk.services.reports import report_service
    from commune_desk.ui import operations

    assert operations.Cancelled is Cancelled is report_service.Cancelled
    assert issubclass(Cancelled, ExpectedError)


def test_every_cancellation_is_the_one_cancelled():
    # A job's runner, the window and the error messages know cancellation by the type domain.errors.Cancelled: a
    # class of its own for one use case (the records import's, with its message) must derive from it.
    import ast
    import importlib
    from pathlib import Path

    import commune_desk
    from commune_desk.services.records import records_import

    assert issubclass(records_import.ImportCancelled, Cancelled)
    root = Path(commune_desk.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and "cancel" in node.name.lower():
                module = ".".join(path.relative_to(root.parent).with_suffix("").parts)
                found.append(getattr(importlib.import_module(module), node.name))
    assert Cancelled in found and all(issubclass(kind, Cancelled) for kind in found), found
