"""Penalty cases under NĐ 282/2025: new columns, and stored penalties mapped to the new catalogue without loss.

Columns added to penalty_decision: act_date, violator_kind, outcome, transfer_to, supplementary, remedial,
more_acts, review, legacy. Every stored row keeps its old values as JSON in `legacy`. A row is mapped to its NĐ
282/2025 entry only when that is unambiguous (docs/penalties.md "Migration"): its old code names one act, the
decision is dated on or after 15/12/2025, its fine lies in the new bracket and within the commune's competence,
and its measures are the act's own. Every other row keeps its old code, fine, decree and article, and `review`
says in Vietnamese why it needs checking ("cần rà soát"). The mapping table is frozen here on purpose: a later
catalogue must not change what this migration did.
"""

import json
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

NEW_FROM = date(2025, 12, 15)
COMMUNE_LIMIT = 37_500_000          # NĐ 282/2025 Điều 54 khoản 1 (individual)
CATALOGUE_VERSION = "2026.3"
OLD_LABELS = {
    "mua_dam": "Mua dâm", "mua_dam_tang_nang": "Mua dâm (nhiều người, nhiều lần)", "ban_dam": "Bán dâm",
    "chua_mai_dam": "Chứa mại dâm (chưa đến mức truy cứu hình sự)", "moi_gioi": "Môi giới mại dâm",
    "bao_ke": "Bảo kê mại dâm", "loi_dung_kinh_doanh": "Lợi dụng kinh doanh dịch vụ để hoạt động mại dâm",
    "khong_ky_cam_ket": "Cơ sở không thực hiện quy định phòng, chống mại dâm",
}
# old code -> (NĐ 282 entry code, article text, fine_min, fine_max, supplementary allowed, remedial allowed)
TARGETS = {
    "mua_dam": ("nd282_d32_k1", "Điều 32 khoản 1", 1_000_000, 2_000_000, {"tich_thu"}, set()),
    "ban_dam": ("nd282_d33_k1", "Điều 33 khoản 1", 300_000, 500_000, {"tich_thu", "truc_xuat"},
                {"nop_lai_loi_bat_hop_phap"}),
    "moi_gioi": ("nd282_d34_k4_c", "Điều 34 khoản 4 điểm c", 30_000_000, 50_000_000, set(),
                 {"nop_lai_loi_bat_hop_phap"}),
    "bao_ke": ("nd282_d34_k2", "Điều 34 khoản 2", 5_000_000, 10_000_000, set(), {"nop_lai_loi_bat_hop_phap"}),
}
NOT_ONE_ACT = {
    "mua_dam_tang_nang": "mã cũ gộp hai trường hợp (mua dâm nhiều người cùng lúc: Điều 32 khoản 2; mua dâm nhiều "
                         "lần: tình tiết tăng nặng của Điều 32 khoản 1)",
    "loi_dung_kinh_doanh": "mã cũ ứng với Điều 35 khoản 1 hoặc khoản 2 NĐ 282/2025",
    "chua_mai_dam": "“chứa mại dâm” không phải vi phạm hành chính theo NĐ 282/2025 mà là tội phạm (Bộ luật Hình sự "
                    "Điều 327): nếu đúng, ghi là chuyển cơ quan điều tra",
    "khong_ky_cam_ket": "không ký cam kết không phải vi phạm hành chính theo NĐ 282/2025 (là biện pháp của kế hoạch)",
}
SUPPLEMENTARY = {"tich_thu", "truc_xuat"}
REMEDIAL = {"nop_lai_loi_bat_hop_phap"}

def new_columns() -> list[sa.Column]:
    return [
        sa.Column("act_date", sa.Date(), nullable=True),
        sa.Column("violator_kind", sa.String(20), nullable=False, server_default="individual"),
        sa.Column("outcome", sa.String(20), nullable=False, server_default="fine"),
        sa.Column("transfer_to", sa.String(300), nullable=False, server_default=""),
        sa.Column("supplementary", sa.String(500), nullable=False, server_default=""),
        sa.Column("remedial", sa.String(500), nullable=False, server_default=""),
        sa.Column("more_acts", sa.String(500), nullable=False, server_default=""),
        sa.Column("review", sa.Text(), nullable=False, server_default=""),
        sa.Column("legacy", sa.Text(), nullable=False, server_default=""),
    ]


def _as_date(value):
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def plan_row(row) -> dict:
    """The new column values for one stored penalty (a mapping of the old columns): pure, tested directly."""
    code, fine = row["violation_code"], row["fine"]
    measures = [c for c in (row["additional_measures"] or "").split(";") if c]
    legacy = {"violation_code": code, "label": OLD_LABELS.get(code, code), "decree": row["decree"],
              "article": row["article"], "fine": fine, "additional_measures": measures,
              "catalogue_version": row["catalogue_version"]}
    out = {"legacy": json.dumps(legacy, ensure_ascii=False, sort_keys=True), "violator_kind": "individual",
           "outcome": "fine", "review": ""}
    decided = _as_date(row["decision_date"])
    why = _why_not(code, fine, measures, decided)
    if why:
        out["review"] = "Cần rà soát: " + why
        return out
    target, article, _low, _high, _supp, _rem = TARGETS[code]
    out.update(violation_code=target, decree="282/2025/NĐ-CP", article=article, catalogue_version=CATALOGUE_VERSION,
               supplementary=";".join(c for c in measures if c in SUPPLEMENTARY),
               remedial=";".join(c for c in measures if c in REMEDIAL))
    return out


def _why_not(code, fine, measures, decided) -> str:
    if code in NOT_ONE_ACT:
        return NOT_ONE_ACT[code]
    if code not in TARGETS:
        return f"mã {code} không có trong bảng chuyển đổi sang NĐ 282/2025"
    if decided is None:
        return "thiếu ngày quyết định"
    if decided < NEW_FROM:
        return ("quyết định trước 15/12/2025 nên hành vi thuộc NĐ 144/2021 (Điều 70 NĐ 282/2025): chọn mục NĐ "
                "144/2021 và ghi điều, khoản theo quyết định")
    target, article, low, high, supp, rem = TARGETS[code]
    if not isinstance(fine, int) or fine <= 0:
        return f"tiền phạt 0 đồng: không rõ là cảnh cáo hay chưa ghi tiền phạt ({article} NĐ 282/2025)"
    if not low <= fine <= high:
        return (f"tiền phạt {fine:,} đồng ngoài khung {low:,}–{high:,} đồng của {article} NĐ 282/2025"
                .replace(",", "."))
    if high > COMMUNE_LIMIT:
        return (f"{article} NĐ 282/2025 (tối đa {high:,} đồng) vượt thẩm quyền cấp xã: nếu đã chuyển cấp có thẩm "
                "quyền, ghi là chuyển").replace(",", ".")
    odd = [c for c in measures if c not in (supp | rem) or c == "truc_xuat"]
    if odd:
        return f"biện pháp {', '.join(odd)} không thuộc {article} NĐ 282/2025 hoặc không thuộc thẩm quyền cấp xã"
    return ""


def upgrade() -> None:
    with op.batch_alter_table("penalty_decision") as batch:
        for column in new_columns():
            batch.add_column(column)
    conn = op.get_bind()
    table = sa.table("penalty_decision", *(sa.column(n) for n in (
        "id", "violation_code", "fine", "decree", "article", "additional_measures", "catalogue_version",
        "decision_date", "act_date", "violator_kind", "outcome", "supplementary", "remedial", "review", "legacy")))
    rows = conn.execute(sa.select(table)).mappings().all()
    for row in rows:
        conn.execute(table.update().where(table.c.id == row["id"]).values(**plan_row(row)))


def downgrade() -> None:
    """Back to the old columns: a mapped row gets its old code, decree, article and fine back from `legacy`."""
    conn = op.get_bind()
    table = sa.table("penalty_decision", *(sa.column(n) for n in (
        "id", "violation_code", "fine", "decree", "article", "catalogue_version", "legacy")))
    for row in conn.execute(sa.select(table.c.id, table.c.legacy)).mappings().all():
        if not row["legacy"]:
            continue
        old = json.loads(row["legacy"])
        conn.execute(table.update().where(table.c.id == row["id"]).values(
            violation_code=old["violation_code"], fine=old["fine"], decree=old["decree"], article=old["article"],
            catalogue_version=old["catalogue_version"]))
    with op.batch_alter_table("penalty_decision") as batch:
        for column in reversed(new_columns()):
            batch.drop_column(column.name)
