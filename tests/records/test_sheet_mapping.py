"""The officer's own spreadsheet: columns matched to fields, problems at THEIR cells, mapping remembered."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from commune_desk.domain.errors import ValidationFailed
from commune_desk.domain.records.types import TrainingLine
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.records.sheet_mapping import mapping_for, read_sheet, remember, suggest
from commune_desk.services.records.sheet_mapping_import import import_mapped
from commune_desk.storage.models import PropagandaRow
from commune_desk.storage.models_records import TrainingRow

TODAY = date(2026, 11, 20)
# The officer's order: a row number, then unit, date, content, form, a column we do not have, numbers, a note.
HEADERS = ["STT", "Thôn/Tổ", "Ngày tuyên truyền", "Nội dung tuyên truyền", "Hình thức", "Người báo cáo",
           "Số người nghe", "Số tờ rơi", "Ghi chú"]
ROWS = [
    [1, "Thôn Đông", datetime(2026, 3, 5), "Nói chuyện về Luật phòng, chống mại dâm", "Hội nghị, buổi nói chuyện",
     "Lan", 45, 20, ""],
    [2, "thon tay", "12/04/2026", "Phát loa về tệ nạn mại dâm", "Loa truyền thanh", "Lan", "1.200", None, "3 buổi"],
    [3, "T03", datetime(2026, 5, 9), "Sinh hoạt chi hội phụ nữ", "sinh_hoat", "Hùng", 30, 5, None],
    [None, "Tổng cộng", None, None, None, None, 1275, 25, None],
]


def officer_workbook(path, rows=ROWS, headers=HEADERS, title_rows=2):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền 2026"
    for i in range(title_rows):                       # a title above the table, as officers do
        ws.append(["SỔ THEO DÕI CÔNG TÁC TUYÊN TRUYỀN" if i == 0 else None])
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def count(db, row) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(row))


def test_vietnamese_headers_in_another_order_map_to_the_right_fields(tmp_path):
    source = read_sheet(officer_workbook(tmp_path / "so.xlsx"), header_row=3)
    mapping = suggest(source.headers, "propaganda", default_catalogues())
    assert mapping == {1: "unit_code", 2: "activity_date", 3: "title", 4: "form_code", 6: "participants",
                       7: "materials", 8: "note"}
    assert source.sheet == "Tuyên truyền 2026" and [n for n, _ in source.rows] == [4, 5, 6, 7]


def test_training_headers_map_roles_to_participant_columns():
    headers = ["Ngày tập huấn", "Tên lớp tập huấn", "Chủ đề", "Số ngày", "Cán bộ", "Cộng tác viên", "Địa điểm"]
    mapping = suggest(headers, "training", default_catalogues())
    # A role alone is its attendances at the first level (cấp xã); the officer may pick another level.
    assert mapping == {0: "training_date", 1: "title", 2: "topic_code", 3: "days", 4: "participants.can_bo.xa",
                       5: "participants.cong_tac_vien.xa"}


def test_mapped_rows_import_all_with_names_resolved_and_total_row_skipped(commune, tmp_path):
    source = read_sheet(officer_workbook(tmp_path / "so.xlsx"), header_row=3)
    mapping, known = mapping_for(commune, "propaganda", source.headers)
    assert not known
    result = import_mapped(commune, source, "propaganda", mapping, "lan", today=TODAY)
    assert result.counts == {"propaganda": 3} and result.skipped == [7]
    assert not [p for p in result.problems if p.severity == "error"]
    with commune.read() as s:
        rows = s.execute(select(PropagandaRow.activity_date, PropagandaRow.form_code, PropagandaRow.participants,
                                PropagandaRow.unit_id).order_by(PropagandaRow.activity_date)).all()
    assert [(r[0], r[1], r[2]) for r in rows] == [(date(2026, 3, 5), "hoi_nghi", 45), (date(2026, 4, 12), "loa", 1200),
                                                  (date(2026, 5, 9), "sinh_hoat", 30)]
    assert all(r[3] is not None for r in rows)


def test_a_bad_cell_is_reported_with_their_column_letter_and_nothing_is_written(commune, tmp_path):
    rows = [list(r) for r in ROWS[:3]]
    rows[1][6] = "nhiều"                      # participants, their column G, their row 5
    rows[2][4] = "Phát thanh viên"            # an unknown form, their column E, row 6
    source = read_sheet(officer_workbook(tmp_path / "bad.xlsx", rows), header_row=3)
    mapping, _ = mapping_for(commune, "propaganda", source.headers)
    dry = import_mapped(commune, source, "propaganda", mapping, "lan", dry_run=True, today=TODAY)
    wheres = {p.where for p in dry.problems if p.severity == "error"}
    assert wheres == {"Tuyên truyền 2026 row 5 column G (participants)",
                      "Tuyên truyền 2026 row 6 column E (form_code)"}
    with pytest.raises(ValidationFailed) as err:
        import_mapped(commune, source, "propaganda", mapping, "lan", today=TODAY)
    assert "row 5 column G" in str(err.value) and "'nhiều'" in str(err.value)
    assert count(commune, PropagandaRow) == 0           # all or nothing: the two good rows are not written


def test_an_unmatched_required_field_is_named_and_blocks(commune, tmp_path):
    source = read_sheet(officer_workbook(tmp_path / "so.xlsx"), header_row=3)
    mapping, _ = mapping_for(commune, "propaganda", source.headers)
    del mapping[2]                                       # no date column
    dry = import_mapped(commune, source, "propaganda", mapping, "lan", dry_run=True, today=TODAY)
    assert [p.where for p in dry.problems if p.severity == "error"] == ["Tuyên truyền 2026 row 3"]
    assert "Ngày thực hiện" in dry.problems[0].text()
    with pytest.raises(ValidationFailed):
        import_mapped(commune, source, "propaganda", mapping, "lan", today=TODAY)
    assert count(commune, PropagandaRow) == 0


def test_the_mapping_is_remembered_and_a_file_with_the_same_headers_maps_itself(commune, tmp_path):
    headers = ["Ngày", "Việc đã làm", "Hình thức", "Số người", "Ghi chép riêng"]
    first = read_sheet(officer_workbook(tmp_path / "a.xlsx", [[datetime(2026, 2, 1), "Họp thôn", "Loa truyền thanh",
                                                                 10, "x"]], headers, 0))
    suggested, known = mapping_for(commune, "propaganda", first.headers)
    assert not known and 1 not in suggested              # "Việc đã làm" means nothing to us
    chosen = {**suggested, 1: "title", 4: "note"}
    remember(commune, "lan", "propaganda", first.headers, chosen)
    # Next month's file: same headers (other case and spacing), other rows: the mapping comes back by itself.
    upper = [h.upper() + "  " for h in headers]
    second = read_sheet(officer_workbook(tmp_path / "b.xlsx", [[datetime(2026, 3, 1), "Họp dân", "Loa truyền thanh",
                                                                 12, ""]], upper, 0))
    again, known = mapping_for(commune, "propaganda", second.headers)
    assert known and again == chosen
    assert mapping_for(commune, "training", second.headers)[1] is False       # per record kind
    result = import_mapped(commune, second, "propaganda", again, "lan", today=TODAY)
    assert result.counts == {"propaganda": 1}
    with commune.read() as s:
        assert s.scalar(select(PropagandaRow.title)) == "Họp dân"


def test_training_sheet_imports_participants_by_role(commune, tmp_path):
    headers = ["Ngày tập huấn", "Tên lớp tập huấn", "Chủ đề", "Cán bộ", "Cán bộ lần đầu", "Cộng tác viên",
               "Cộng tác viên lần đầu"]
    rows = [[datetime(2026, 6, 2), "Lớp nghiệp vụ", "Nghiệp vụ phòng, chống mại dâm", 12, 10, 30, 25]]
    source = read_sheet(officer_workbook(tmp_path / "th.xlsx", rows, headers, 0))
    mapping, _ = mapping_for(commune, "training", source.headers)
    assert [mapping[i] for i in (3, 4, 5, 6)] == ["participants.can_bo.xa", "persons.can_bo.xa",
                                                  "participants.cong_tac_vien.xa", "persons.cong_tac_vien.xa"]
    mapping[5], mapping[6] = "participants.cong_tac_vien.thon", "persons.cong_tac_vien.thon"  # the officer's pick
    result = import_mapped(commune, source, "training", mapping, "lan", today=TODAY)
    assert result.counts == {"training": 1} and count(commune, TrainingRow) == 1
    from commune_desk.storage.repos.bulk import read_all

    training = read_all(commune)[2]["training"][0]
    assert training.topic_code == "nghiep_vu" and training.participant_total == 42
    assert training.persons_total == 35
    assert sorted(training.participants) == [TrainingLine("can_bo", "xa", 12, 10),
                                             TrainingLine("cong_tac_vien", "thon", 30, 25)]


def test_training_sheet_without_persons_is_refused_naming_the_cell(commune, tmp_path):
    """Attendances alone cannot say how many people were trained: the import asks for the persons column."""
    headers = ["Ngày tập huấn", "Tên lớp tập huấn", "Chủ đề", "Cán bộ"]
    rows = [[datetime(2026, 6, 2), "Lớp nghiệp vụ", "Nghiệp vụ phòng, chống mại dâm", 12]]
    source = read_sheet(officer_workbook(tmp_path / "th.xlsx", rows, headers, 0))
    mapping, _ = mapping_for(commune, "training", source.headers)
    with pytest.raises(ValidationFailed) as caught:
        import_mapped(commune, source, "training", mapping, "lan", today=TODAY)
    text = "\n".join(str(p) for p in caught.value.problems)
    assert "persons.can_bo.xa" in text and "first time this year" in text, text
    assert count(commune, TrainingRow) == 0


def test_not_a_workbook_is_refused_before_any_parser(tmp_path):
    from commune_desk.domain.errors import ExpectedError

    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(ExpectedError):
        read_sheet(fake)
