"""The trust list screen's certificate authorities: trust a CA for units after confirming it, import a CRL."""

from __future__ import annotations

from . import pki
from commune_desk.app_wiring import Stores


def _pem(path, cert):
    from cryptography.hazmat.primitives.serialization import Encoding

    path.write_bytes(cert.public_bytes(Encoding.PEM))
    return path


def test_trust_a_ca_and_import_a_crl_in_the_window(qtbot, db, ca, tmp_path):
    from commune_desk.storage.office_ca_repo import CaTrustRepository
    from commune_desk.ui.views.office_trust_view import OfficeTrustView

    view = OfficeTrustView(
        Stores(db, "officer").services.office, trust=Stores(db, "officer").trust, cas=Stores(db, "officer").cas
    )
    qtbot.addWidget(view)
    view.resize(1100, 700)
    panel = view.ca_panel
    assert panel.trust_ca(_pem(tmp_path / "unit.pem", ca["unit"].cert)) is None
    assert "not a certificate authority" in panel.message.text()
    dialog = panel.trust_ca(_pem(tmp_path / "root.pem", ca["root"].cert))
    dialog.units.setText("79999, 79998")
    dialog.accept()
    assert "Compare the fingerprint" in dialog.error.text() and CaTrustRepository(db, "t").all() == []
    dialog.confirm.setChecked(True)
    dialog.units.setText("79999, sai mã!")
    dialog.accept()
    assert dialog.error.text() and CaTrustRepository(db, "t").all() == []
    dialog.units.setText("79999, 79998")
    dialog.grab().save(str(tmp_path / "ca-dialog.png"))
    with qtbot.waitSignal(view.changed, timeout=5000):
        dialog.accept()
    (saved,) = CaTrustRepository(db, "t").active()
    assert saved.units == frozenset({"79999", "79998"})
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "79998, 79999"
    crl = tmp_path / "inter.crl"
    crl.write_bytes(pki.crl_pem(pki.make_crl(ca["inter"], [ca["unit"].cert])))
    assert panel.import_crl(crl)
    assert "1 certificates revoked" in panel.message.text() and "1 (1 certificates revoked)" in panel.crls.text()
    assert not panel.import_crl(crl) and "imported before" in panel.message.text()
    view.grab().save(str(tmp_path / "trust-view.png"))
