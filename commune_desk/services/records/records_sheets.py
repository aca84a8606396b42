"""The records workbook's layout: sheets, stable column names, Vietnamese labels, and cell <-> value conversion."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, TranslatableError
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.domain.records import community as cm
from commune_desk.domain.records import types as t
from commune_desk.domain.records.legacy import legacy_encoding
from commune_desk.domain.text import nfc
from commune_desk.services.safe_input.text import hidden_character

PROFILE_FIELDS = ("unit_code", "name", "official_name", "kind", "province", "place_name", "issuing_body",
                  "receiving_office", "signer_name", "signer_title", "signer_authority", "is_demo", "plan_id",
                  "plan_version", "catalogue_version")

LABELS = {
    "unit_code": "Mã đơn vị / thôn", "name": "Tên", "official_name": "Tên chính thức", "kind": "Loại",
    "province": "Tỉnh, thành phố", "place_name": "Địa danh", "issuing_body": "Cơ quan ban hành",
    "receiving_office": "Cơ quan nhận báo cáo", "signer_name": "Người ký", "signer_title": "Chức vụ người ký",
    "signer_authority": "Thẩm quyền ký", "is_demo": "Dữ liệu mẫu", "plan_id": "Mã kế hoạch",
    "plan_version": "Phiên bản kế hoạch", "catalogue_version": "Phiên bản danh mục", "code": "Mã",
    "active": "Đang dùng", "effective_date": "Ngày hiệu lực", "old_name": "Tên cũ", "new_name": "Tên mới",
    "merged_into_code": "Sáp nhập vào (mã)", "note": "Ghi chú", "activity_date": "Ngày thực hiện",
    "form_code": "Hình thức", "title": "Nội dung", "participants": "Số người tham dự",
    "materials": "Số tài liệu phát ra", "target_groups": "Đối tượng", "organiser": "Đơn vị tổ chức",
    "training_date": "Ngày tập huấn", "topic_code": "Chủ đề", "days": "Số ngày", "kind_code": "Loại",
    "registered_date": "Ngày đưa vào danh sách", "address": "Địa chỉ", "owner_name": "Chủ cơ sở",
    "owner_commitment_date": "Ngày chủ cơ sở ký cam kết", "workers": "Số người lao động",
    "workers_committed": "Số người lao động đã ký cam kết", "closed_date": "Ngày ngừng hoạt động",
    "business_code": "Mã cơ sở", "inspection_date": "Ngày kiểm tra", "team": "Đoàn, tổ kiểm tra",
    "findings": "Kết quả kiểm tra", "outcome_code": "Kết luận", "handling_code": "Hình thức xử lý",
    "location": "Địa điểm", "description": "Mô tả", "hotspot_code": "Mã điểm phức tạp",
    "event_date": "Ngày", "received_date": "Ngày tiếp nhận", "content": "Nội dung tin báo",
    "channel": "Nguồn tin", "verified_date": "Ngày xác minh", "handled_date": "Ngày xử lý xong",
    "number": "Số quyết định", "decision_date": "Ngày quyết định", "violation_code": "Hành vi vi phạm",
    "fine": "Tiền phạt (đồng)", "decree": "Nghị định", "article": "Điều, khoản",
    "supplementary": "Hình thức xử phạt bổ sung (mã; mã)", "remedial": "Biện pháp khắc phục hậu quả (mã; mã)",
    "act_date": "Ngày kết thúc hành vi vi phạm", "violator_kind": "Đối tượng (individual/household/organisation)",
    "outcome": "Kết quả xử lý (fine/warning/transferred/referred)", "transfer_to": "Chuyển đến",
    "more_acts": "Hành vi khác cùng quyết định (mã=tiền phạt; …)", "review": "Cần rà soát",
    "legacy": "Dữ liệu trước khi chuyển sang NĐ 282/2025", "sex": "Giới tính", "age_group_code": "Nhóm tuổi",
    "issuer": "Người ra quyết định", "support_date": "Ngày hỗ trợ", "count": "Số người",
    "partner": "Đơn vị phối hợp", "year": "Năm", "assessed_date": "Ngày đánh giá", "result": "Kết quả",
    "decision_number": "Số quyết định công nhận", "decision_issuer": "Cơ quan công nhận",
    "identity.full_name": "Họ và tên", "identity.id_number": "Số định danh", "identity.address": "Nơi cư trú",
    "team_code": "Đội, nhóm thực hiện (mã)", "formed_date": "Ngày thành lập", "dissolved_date": "Ngày giải thể",
    "set_up_date": "Ngày xây dựng mô hình", "unit_codes": "Thôn, tổ dân phố triển khai (mã)",
    "model_code": "Mã mô hình", "status_date": "Từ ngày", "status": "Tình trạng",
    "quarter": "Quý (vd 2026-Q1)", "sessions": "Số buổi sinh hoạt, hỗ trợ", "referrals": "Số lượt chuyển gửi",
    "counted_to": "Số liệu tính đến ngày (trống: hết quý)",
}


@dataclass(frozen=True)
class Sheet:
    """One record sheet: its name, the record class, the child field spread over dynamic columns."""

    name: str
    record: type
    entity: str
    child: str = ""             # participants | scores | identity | members | served
    prefix: str = ""            # column prefix of the child's dynamic columns
    catalogue: str = ""         # catalogue naming the dynamic columns

    @property
    def prefixes(self) -> tuple[str, ...]:
        """Every prefix of the child's columns: a training line has attendances and persons per role and level."""
        if self.child == "participants":
            return (PARTICIPANTS, PERSONS)
        return (self.prefix,) if self.prefix else ()

    def base_columns(self) -> list[tuple[str, str]]:
        """(field, type) of the fixed columns; type is text | date | odate | int | codes."""
        out = []
        for f in fields(self.record):
            if f.name in ("id", self.child):
                continue
            kind = {"date": "date", "date | None": "odate", "int": "int", "tuple[str, ...]": "codes",
                    "tuple[tuple[str, int], ...]": "pairs"}.get(f.type, "text")
            out.append((f.name, kind))
        return out


SHEETS = (
    Sheet("unit_events", t.UnitEvent, "residential_unit_event"),
    Sheet("teams", cm.Team, "team", "members", "members.", "team_roles"),
    Sheet("propaganda", PropagandaActivity, "propaganda"),
    Sheet("trainings", t.Training, "training", "participants", "participants.", "training_roles"),
    Sheet("businesses", t.Business, "business"),
    Sheet("inspections", t.Inspection, "inspection"),
    Sheet("hotspots", t.Hotspot, "hotspot"),
    Sheet("hotspot_events", t.HotspotEvent, "hotspot_event"),
    Sheet("tipoffs", t.TipOff, "tipoff"),
    Sheet("penalties", t.Penalty, "penalty_decision", "identity", "identity."),
    Sheet("support", t.Support, "reintegration_support"),
    Sheet("assessments", t.Assessment, "healthy_commune_assessment", "scores", "score.", "healthy_commune_criteria"),
    Sheet("models", cm.CommunityModel, "community_model"),
    Sheet("model_status", cm.ModelStatus, "model_status"),
    Sheet("model_figures", cm.ModelFigures, "model_figures", "served", "served.", "age_groups"),
)
SHEET_BY_NAME = {s.name: s for s in SHEETS}
# A training's columns per role and level: attendances (lượt) and, of them, persons trained for the first time.
PARTICIPANTS, PERSONS = "participants.", "persons."
UNIT_COLUMNS = (("code", "text"), ("name", "text"), ("kind", "text"), ("active", "bool"))
IDENTITY_COLUMNS = ("identity.full_name", "identity.id_number", "identity.address")
DATE_TEXT = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")
DIGITS = re.compile(r"\s*\d{1,3}(\.\d{3})*\s*|\s*\d+\s*")


def line_columns(role: str, level: str) -> tuple[str, str]:
    """The attendances and persons columns of one role and level ("participants.can_bo.xa", "persons.can_bo.xa");
    a line without a level (trainings recorded before levels existed) has "participants.can_bo"."""
    tail = f"{role}.{level}" if level else role
    return PARTICIPANTS + tail, PERSONS + tail


def split_line_column(name: str) -> tuple[str, str, str] | None:
    """("participants" | "persons", role, level) of a training line column, else None."""
    for prefix in (PARTICIPANTS, PERSONS):
        if name.startswith(prefix):
            role, _, level = name[len(prefix):].partition(".")
            return prefix[:-1], role, level
    return None


def label(name: str, catalogues) -> str:
    if (parts := split_line_column(name)) is not None:
        what, role, level = parts
        who = catalogues["training_roles"].label(role) + (
            f" – {catalogues['staff_levels'].label(level)}" if level else "")
        return ("Lượt tham dự: " if what == "participants" else "Số người lần đầu trong năm: ") + who
    if name.startswith("score."):
        return "Điểm: " + catalogues["healthy_commune_criteria"].label(name.split(".", 1)[1])
    if name.startswith("members."):
        return "Số thành viên: " + catalogues["team_roles"].label(name.split(".", 1)[1])
    if name.startswith("served."):
        sex, _sep, age = name.split(".", 1)[1].partition(cm.SERVED_SEP)
        return f"Số người: {catalogues['sexes'].label(sex)}, {catalogues['age_groups'].label(age).lower()}"
    return LABELS.get(name, name)


def served_codes(catalogues) -> list[str]:
    """Every "<sex>.<age group>" of the catalogues: the persons-served columns of a model's quarterly figures."""
    return [f"{s.code}{cm.SERVED_SEP}{a.code}" for s in catalogues["sexes"].entries
            for a in catalogues["age_groups"].entries]


def to_cell(value, kind: str):
    """The cell value written for a field value."""
    if kind == "codes":
        return ";".join(value) or None
    if kind == "pairs":
        return ";".join(f"{code}={number}" for code, number in value) or None
    if kind == "bool":
        return "có" if value else "không"
    if value == "" or value is None:
        return None
    return value


class CellError(TranslatableError, ValueError):
    """A cell that cannot become the field's value; the message says why."""


def from_cell(value, kind: str):
    """The field value read from a cell; raises CellError naming what is wrong."""
    if kind in ("date", "odate"):
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str) and (m := DATE_TEXT.fullmatch(value)):
            try:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                raise CellError.of(QT_TRANSLATE_NOOP("Problems", "{value} is not a real date"), value=repr(value)) from None
        raise CellError.of(QT_TRANSLATE_NOOP("Problems", "must be a date (dd/mm/yyyy), not {value}"), value=repr(value))
    if kind == "oint":  # a number that may be left empty (None), e.g. a denominator not asked for
        return None if value is None or (isinstance(value, str) and not value.strip()) else from_cell(value, "int")
    if kind == "int":
        if value is None or value == "":
            return 0
        if isinstance(value, bool):
            raise CellError.of(QT_TRANSLATE_NOOP("Problems", "must be a number"))
        if isinstance(value, int):
            return value
        if isinstance(value, float):
            if value.is_integer():
                return int(value)
            raise CellError.of(QT_TRANSLATE_NOOP("Problems", "must be a whole number, not {value}"), value=str(value))
        if isinstance(value, str) and DIGITS.fullmatch(value):
            return int(value.replace(".", "").strip())
        raise CellError.of(QT_TRANSLATE_NOOP("Problems", "must be a number, not text {value}"), value=repr(value))
    if kind == "bool":
        if value in (None, "", True, 1) or (isinstance(value, str) and value.strip().lower() in ("có", "x", "true")):
            return True
        if value in (False, 0) or (isinstance(value, str) and value.strip().lower() in ("không", "false")):
            return False
        raise CellError.of(QT_TRANSLATE_NOOP("Problems", "must be 'có' or 'không', not {value}"), value=repr(value))
    if value is None:
        return () if kind == "codes" else ""
    if isinstance(value, (datetime, date)):
        raise CellError.of(QT_TRANSLATE_NOOP("Problems", "must be text, not a date"))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = nfc(str(value).strip())
    if (hidden := hidden_character(text)):
        raise CellError.of(QT_TRANSLATE_NOOP(
            "Problems", "holds a character that cannot be seen ({char}) at position {position}; delete it and type "
            "the text again"), char=hidden[1], position=hidden[0])
    if (legacy := legacy_encoding(text)):
        raise CellError.of(QT_TRANSLATE_NOOP(
            "Problems", "looks like text in the legacy {kind} encoding; retype it in Unicode"), kind=legacy)
    if kind == "codes":
        return tuple(c.strip() for c in text.split(";") if c.strip())
    if kind == "pairs":
        return _pairs(text)
    return text


def _pairs(text: str) -> tuple[tuple[str, int], ...]:
    """"nd282_d32_k2=2500000; nd282_d33_k1=300.000" -> ((code, amount), …); anything else names the problem."""
    out = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        code, sep, number = part.partition("=")
        number = number.strip()
        if not sep or not code.strip() or not DIGITS.fullmatch(number):
            raise CellError.of(QT_TRANSLATE_NOOP(
                "Problems", "must be act=amount pairs separated by ';' (e.g. nd282_d32_k2=2500000), not {value}"),
                value=repr(part))
        out.append((code.strip(), int(number.replace(".", ""))))
    return tuple(out)
