"""The office commands in a subprocess: trust add/list, intake, aggregate, exit codes 0/1/2; the office report."""

from datetime import date

from .helpers import build, export_pem


def test_trust_add_list_and_bad_input(cli, units, tmp_path):
    db = tmp_path / "office.db"
    __import__("commune_desk.storage.database", fromlist=["x"]).open_database(db).dispose()  # the desk is set up
    pem = export_pem(units[0], tmp_path / "certs")
    r = cli("office", "trust", "add", pem, "--unit-code", units[0].code, "--name", units[0].name, "--db", db)
    assert r.returncode == 0, r.stderr
    assert "SHA-256:" in r.stdout and f"registered unit {units[0].code}" in r.stdout
    r = cli("office", "trust", "list", "--db", db)
    assert r.returncode == 0 and units[0].code in r.stdout and units[0].name in r.stdout
    assert "1 units with an active certificate" in r.stdout
    wrong = cli("office", "trust", "add", pem, "--unit-code", "99999", "--name", "Xã Khác", "--db", db)
    assert wrong.returncode == 2 and "99999" in wrong.stderr
    again = cli("office", "trust", "add", pem, "--unit-code", units[0].code, "--name", "x", "--db", db)
    assert again.returncode == 2 and "already" in again.stderr
    not_cert = tmp_path / "x.pem"
    not_cert.write_text("hello")
    assert cli("office", "trust", "add", not_cert, "--unit-code", "1", "--name", "x", "--db", db).returncode == 2


def test_intake_and_aggregate_exit_codes(cli, units, tmp_path):
    db, out = tmp_path / "office.db", tmp_path / "out"
    __import__("commune_desk.storage.database", fromlist=["x"]).open_database(db).dispose()  # the desk is set up
    certs = tmp_path / "certs"
    for u in units[:3]:
        export_pem(u, certs)
        build(u, tmp_path / "good")
    assert cli("office", "intake", tmp_path / "nowhere", "--db", db).returncode == 2
    r = cli("office", "intake", tmp_path / "good", "--trust", certs, "--db", db)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "accepted 3" in r.stdout
    build(units[3], tmp_path / "good")                              # its certificate is not in certs/
    r = cli("office", "aggregate", "--in", tmp_path / "good", "--period", "2026-Q3", "--out", out,
            "--trust", certs, "--db", db)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "REJECTED 1" in r.stdout and "UNTRUSTED" in r.stdout and units[3].code in r.stdout
    assert "3/3 units reported" in r.stdout
    assert (out / "Tong-hop_2026-Q3.docx").exists() and (out / "Tong-hop_2026-Q3.xlsx").exists()
    bad = cli("office", "aggregate", "--in", tmp_path / "good", "--period", "2026-Q9", "--out", out, "--db", db)
    assert bad.returncode == 2 and "2026-Q9" in bad.stderr


def test_office_word_report_names_the_office_as_issuing_body(office, units, tmp_path):
    import docx
    from openpyxl import load_workbook

    from commune_desk.domain.profile import Profile
    from commune_desk.services.office.office_aggregate import aggregate, write_outputs
    from commune_desk.services.office.office_intake import intake_folder
    from commune_desk.storage.profile_repo import ProfileRepository

    ProfileRepository(office, "t").save(Profile.from_json({
        "role": "office", "kind": "sở", "name": "Y tế tỉnh Mẫu", "unit_code": "SYT01",
        "official_name": "Sở Y tế tỉnh Mẫu", "place_name": "Tỉnh Mẫu",
        "issuing_body": "ỦY BAN NHÂN DÂN TỈNH MẪU\nSỞ Y TẾ",
        "signer": {"name": "Trần Thị Bình", "title": "PHÓ GIÁM ĐỐC", "authority": "KT. GIÁM ĐỐC"}}))
    for u in units[:3]:
        build(u, tmp_path / "in")
    intake_folder(office, tmp_path / "in")
    agg = aggregate(office, "2026-Q3", due=date(2026, 9, 10))
    docx_path, xlsx_path = write_outputs(office, agg, tmp_path / "out", today=date(2026, 10, 2))
    document = docx.Document(str(docx_path))
    heading = document.tables[0].cell(0, 0).text
    assert "ỦY BAN NHÂN DÂN TỈNH MẪU" in heading and "SỞ Y TẾ" in heading
    assert "Tỉnh Mẫu, ngày 02 tháng 10 năm 2026" in document.tables[0].cell(1, 1).text
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Tổng hợp kết quả công tác phòng, chống mại dâm quý III năm 2026" in body
    assert "Đơn vị chưa nộp: Ủy ban nhân dân xã Mẫu Số 4 (70004)" in body
    signature = document.tables[-1].cell(0, 1).text
    assert "KT. GIÁM ĐỐC" in signature and "Trần Thị Bình" in signature
    wb = load_workbook(xlsx_path, read_only=True)
    rows = [r for r in wb["Theo don vi"].iter_rows(values_only=True) if r and isinstance(r[0], int)]
    assert [r[1] for r in rows] == [u.code for u in units[:4]]         # one row per expected unit, missing too
    assert rows[3][3] == "Chưa nộp"
    wb.close()
