"""Issue 22 item 5: once an office certificate is registered, an unsigned or foreign-signed plan never replaces a
plan signed by the registered office without an explicit confirmation naming what is lost."""

from __future__ import annotations

from dataclasses import replace

import pytest

from commune_desk.domain.loop import PLAN_OTHER, PLAN_REGISTERED, PLAN_UNSIGNED
from commune_desk.services.plans.plan_signing import PlanSwapRefused, import_signed_plan, sign_plan, trust_office
from commune_desk.storage.loop_repo import PlanSignatureRepository
from commune_desk.storage.plan_repo import PlanRepository

from .helpers import pem
from commune_desk.app_wiring import Stores


def _plans(tmp_path, year=2026):
    """Version 1 (100 % of tip-offs handled) and a version 2 that weakens the target to 10 %."""
    from commune_desk.domain.plans import Deadline, DueRule, Plan, Target
    from commune_desk.services.plans.plan_template import write_plan_workbook

    v1 = Plan(plan_id="KH-TINH-2026", version=1, title="Kế hoạch phòng, chống mại dâm năm 2026",
              issuing_office="Ủy ban nhân dân tỉnh Mẫu", year=year, receiving_office="Sở Y tế tỉnh Mẫu",
              targets=(Target("CT1", "100% tố giác được xử lý kịp thời", "TIP_HANDLED", ">=", 100.0, "%", "year"),),
              deadlines=(Deadline("quarter", DueRule.parse("day 10 of last month of quarter", year)),))
    v2 = replace(v1, version=2, targets=(replace(v1.targets[0], value=10.0, text="10% tố giác được xử lý"),))
    (tmp_path / "v1").mkdir(parents=True, exist_ok=True)
    (tmp_path / "v2").mkdir(parents=True, exist_ok=True)
    return (write_plan_workbook(tmp_path / "v1" / "Ke-hoach.xlsx", v1),
            write_plan_workbook(tmp_path / "v2" / "Ke-hoach.xlsx", v2))


@pytest.fixture
def signed_v1(commune_db, keys, tmp_path):
    v1, v2 = _plans(tmp_path)
    trust_office(commune_db, pem(keys.office, tmp_path / "office.pem"), "t")
    sign_plan(v1, keys.office)
    stored, check = import_signed_plan(commune_db, v1, "t", accept_mismatch=True)
    assert check.status == PLAN_REGISTERED and stored.info.version == 1
    return v1, v2


def _in_force(db):
    return PlanRepository(db, "t").get("KH-TINH-2026").version


@pytest.mark.parametrize("signer", [None, "stranger"])
def test_unsigned_or_foreign_signed_plan_never_silently_replaces_the_signed_one(signed_v1, commune_db, keys,
                                                                              signer):
    _v1, v2 = signed_v1
    if signer:
        sign_plan(v2, getattr(keys, signer))
    with pytest.raises(PlanSwapRefused) as refused:
        import_signed_plan(commune_db, v2, "t", accept_mismatch=True)
    text = str(refused.value)
    assert "version 1, signed by the registered office" in text and "version 2" in text
    assert "CT1" in text and "100" in text and "10" in text                     # what is lost, named
    assert _in_force(commune_db) == 1
    stored, check = import_signed_plan(commune_db, v2, "t", accept_unsigned=True, accept_mismatch=True)
    assert stored.info.version == 2 and check.status == (PLAN_OTHER if signer else PLAN_UNSIGNED)
    record = PlanSignatureRepository(commune_db, "t").get("KH-TINH-2026", 2)
    assert "accepted by t although it replaces a signed plan" in record.reason


def test_a_plan_signed_by_the_registered_office_replaces_without_question(signed_v1, commune_db, keys):
    _v1, v2 = signed_v1
    sign_plan(v2, keys.office)
    stored, check = import_signed_plan(commune_db, v2, "t", accept_mismatch=True)
    assert check.status == PLAN_REGISTERED and _in_force(commune_db) == 2


def test_without_a_registered_office_nothing_changes(commune_db, tmp_path):
    v1, v2 = _plans(tmp_path)
    import_signed_plan(commune_db, v1, "t", accept_mismatch=True)
    stored, check = import_signed_plan(commune_db, v2, "t", accept_mismatch=True)
    assert check.status == PLAN_UNSIGNED and stored.info.version == 2


def test_cli_refuses_with_exit_2_and_accepts_with_the_flag(cli, signed_v1, commune_db, tmp_path):
    _v1, v2 = signed_v1
    db = commune_db.path
    commune_db.dispose()
    dry = cli("plan", "import", v2, "--dry-run", "--db", db)
    assert dry.returncode == 0 and "WARNING" in dry.stdout and "--accept-unsigned" in dry.stdout
    refused = cli("plan", "import", v2, "--db", db, "--accept-mismatch")
    assert refused.returncode == 2 and "signed by the registered office" in refused.stderr
    accepted = cli("plan", "import", v2, "--accept-unsigned", "--db", db, "--accept-mismatch")
    assert accepted.returncode == 0, accepted.stderr
    shown = cli("plan", "show", "--plan-id", "KH-TINH-2026", "--version", "1", "--db", db)
    assert "signature: registered" in shown.stdout


def test_window_asks_naming_what_is_lost_and_shows_the_signature_in_force(qtbot, signed_v1, commune_db):
    from commune_desk.ui.dialogs.plan_import_dialog import PlanImportDialog
    from commune_desk.ui.views.plan_view import PlanView

    _v1, v2 = signed_v1
    view = PlanView(Stores(commune_db, "t").services.plans, plans=Stores(commune_db, "t").plans, office_certs=Stores(commune_db, "t").office_certs,
                    profiles=Stores(commune_db, "t").profiles, volumes=lambda: [])
    qtbot.addWidget(view)
    assert view.signature_state == PLAN_REGISTERED and "registered superior office" in view.in_force.text()
    asked = []
    for answer in (False, True):
        dialog = PlanImportDialog(Stores(commune_db, "t").services.plans, profiles=Stores(commune_db, "t").profiles, volumes=lambda: [], confirm=lambda lost: asked.append(lost)
                                  or answer)  # noqa: B023 - used within this iteration
        qtbot.addWidget(dialog)
        dialog.choose(v2)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)  # noqa: B023 - waited for here
        assert not dialog.import_button.isEnabled() and dialog.warning_list     # it replaces the plan in force
        dialog.warned.setChecked(True)
        assert dialog.import_button.isEnabled()
        assert "Warning" in dialog.summary.text()
        dialog.run_import()
        dialog.wait()
        qtbot.wait(50)
        assert _in_force(commune_db) == (2 if answer else 1)
    assert len(asked) == 2 and "version 1, signed by the registered office" in asked[0]
    view.refresh()
    assert view.signature_state == PLAN_UNSIGNED and "unsigned" in view.in_force.text()
