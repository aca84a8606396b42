"""Writes resources/plans/*.xlsx: sample plan workbooks made from two seed plans (run: python scripts/make_sample_plans.py).

Targets keep the seeds' own wording (seed 003's text lost some diacritics when it was extracted; they are restored
here, nothing else is changed). Each target is bound to an indicator of the catalogue (docs/plan-template.md).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from commune_desk.domain.plans import DataCutoff  # noqa: E402
from commune_desk.domain.plans import Deadline, DueRule, Plan, Target  # noqa: E402
from commune_desk.services.plans.plan_template import write_plan_workbook  # noqa: E402

SECTIONS = (
    "I. Tình hình tệ nạn mại dâm trên địa bàn",
    "II. Kết quả thực hiện",
    "III. Đánh giá chung",
    "IV. Phương hướng, nhiệm vụ kỳ tới",
    "V. Đề xuất, kiến nghị",
)
_REACHED = ("được tuyên truyền, phổ biến chính sách, pháp luật, cung cấp thông tin, kiến thức về phòng, chống "
            "tệ nạn mại dâm")

# Seed 001: Kế hoạch 217/KH-UBND ngày 06/5/2024 của UBND thành phố Lạng Sơn.
SEED_001 = Plan(
    plan_id="LS-TPLS-217-2024", version=1,
    title="Kế hoạch Thực hiện công tác phòng, chống mại dâm năm 2024",
    issuing_office="Ủy ban nhân dân thành phố Lạng Sơn", year=2024,
    receiving_office="Ủy ban nhân dân thành phố Lạng Sơn (qua phòng Lao động - Thương binh và Xã hội)",
    cutoff_rule="15", document_number="217/KH-UBND", issued_on=date(2024, 5, 6),
    targets=(
        Target("CT1", "Ít nhất 25% số phường, xã tổ chức được ít nhất một hình thức tuyên truyền về phòng ngừa "
               "mại dâm và được duy trì thường xuyên.", "PROP_UNITS", ">=", 25.0, "%", "year", "II.1.a",
               level="office"),   # a share of the city's communes: judged when the city rolls them up
        Target("CT2", "Thông tin về công tác phòng, chống mại dâm được đăng tải trên Trang thông tin điện tử và "
               "Trang Fanpage Thành phố Lạng Sơn - Thành phố Hoa đào.", "PROP_ONLINE", ">=", 1.0, "count",
               "quarter", "II.1.a"),
        Target("CT3", "Ít nhất 20% người lao động tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm "
               + _REACHED + ".", "WORKERS_REACHED", ">=", 20.0, "%", "year", "II.1.a"),
        Target("CT4", "100% giáo viên các trường học " + _REACHED + ".", "TEACHERS_REACHED", ">=", 100.0, "%",
               "year", "II.1.a"),
        Target("CT5", "20% học sinh các trường học trên địa bàn " + _REACHED + ".", "PUPILS_REACHED", ">=", 20.0,
               "%", "year", "II.1.a"),
        Target("CT6", "8/8 phường, xã xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm.",
               "PLAN_BUILT", ">=", 100.0, "%", "year", "II.2.a"),
        Target("CT7", "100% các phòng, ban, cơ quan, đơn vị thành phố và UBND phường, xã lồng ghép nhiệm vụ phòng, "
               "chống tệ nạn mại dâm với nhiệm vụ phát triển kinh tế - xã hội, các chương trình an sinh, trợ giúp "
               "xã hội, chương trình phòng, chống ma túy, phòng chống HIV/AIDS, phòng chống mua bán người.",
               "INTEGRATED", ">=", 100.0, "%", "year", "II.2.a"),
        Target("CT8", "100% các tố giác, tin báo, khiếu nại hành vi vi phạm pháp luật về phòng, chống mại dâm được "
               "tiếp nhận, xác minh, phân loại, xử lý kịp thời.", "TIP_HANDLED", ">=", 100.0, "%", "quarter",
               "II.3.a"),
        Target("CT9", "Đảm bảo 100% các vụ việc, hành vi vi phạm pháp luật liên quan đến mại dâm được xử lý theo "
               "quy định của pháp luật.", "VIOLATIONS_HANDLED", ">=", 100.0, "%", "year", "II.3.a"),
        Target("CT10", "Tổ chức kiểm tra ít nhất 30% số cơ sở kinh doanh dịch vụ để phát sinh tệ nạn mại dâm trên "
               "địa bàn.", "BIZ_INSPECTED", ">=", 30.0, "%", "year", "II.3.a"),
        Target("CT11", "100% các phường, xã có các hoạt động về phòng, ngừa mại dâm, hỗ trợ can thiệp giảm hại, "
               "phòng, chống bạo lực trên cơ sở giới, đảm bảo quyền của người lao động trong các cơ sở kinh doanh "
               "dịch vụ có điều kiện dễ phát sinh tệ nạn mại dâm, cung cấp dịch vụ hỗ trợ hòa nhập cộng đồng đối "
               "với người bán dâm.", "HARM_REDUCTION", ">=", 100.0, "%", "year", "II.4.a"),
        Target("CT12", "Ít nhất 30% đội ngũ công tác viên, cán bộ, công chức, viên chức, chiến sĩ thành phố và "
               "phường, xã các cơ quan, tổ chức có liên quan đến lĩnh vực phòng, chống mại dâm được bồi dưỡng, "
               "tập huấn, nâng cao năng lực chuyên môn, nghiệp vụ về công tác phòng, chống mại dâm.",
               "STAFF_TRAINED", ">=", 30.0, "%", "year", "II.5.a"),
    ),
    deadlines=(
        Deadline("quarter", DueRule.parse("day 10 of last month of quarter", 2024), None,
                 "Báo cáo quý (trước ngày 10 của tháng cuối quý)"),
        Deadline("half", DueRule.parse("05/06", 2024), None, "6 tháng (trước ngày 05/6)"),
        Deadline("year", DueRule.parse("15/11", 2024), None, "Báo cáo năm (trước ngày 15/11)"),
    ),
    report_sections=SECTIONS,
    recipients=("Ủy ban nhân dân thành phố Lạng Sơn (qua phòng Lao động - Thương binh và Xã hội)",),
)

# Seed 003: Kế hoạch 26/KH-UBND ngày 12/02/2020 của UBND tỉnh Thừa Thiên Huế.
SEED_003 = Plan(
    plan_id="TTH-26-2020", version=1,
    title="Kế hoạch phòng, chống tệ nạn mại dâm trên địa bàn tỉnh năm 2020",
    issuing_office="Ủy ban nhân dân tỉnh Thừa Thiên Huế", year=2020,
    receiving_office="Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội)",
    cutoff_rule="calendar", document_number="26/KH-UBND", issued_on=date(2020, 2, 12),
    targets=(
        Target("1", "Phấn đấu 100% người dân được tuyên truyền, giáo dục về tệ nạn mại dâm để nâng cao nhận thức, "
               "nhận biết được tác hại và ảnh hưởng của tệ nạn mại dâm đến đời sống xã hội, tạo sự đồng thuận trong "
               "phòng, chống mại dâm và có thái độ, hành vi tình dục lành mạnh, an toàn, phòng ngừa lây nhiễm "
               "HIV/AIDS.", "PEOPLE_REACHED", ">=", 100.0, "%", "year", "I"),
        Target("2", "Phấn đấu trên 100% các huyện, thị xã và thành phố Huế xây dựng kế hoạch lồng ghép và tổ chức, "
               "thực hiện nhiệm vụ phòng, chống mại dâm với các chương trình kinh tế - xã hội tại địa phương như "
               "chương trình giảm nghèo, dạy nghề cho lao động nông thôn, chương trình việc làm, phòng, chống "
               "HIV/AIDS, phòng, chống tội phạm mua bán người.", "INTEGRATED", ">=", 100.0, "%", "year", "I"),
        Target("3", "Phấn đấu 50 % các huyện, thị xã, thành phố Huế triển khai thực hiện được các hoạt động can "
               "thiệp giảm tác hại về HIV/AIDS, phòng ngừa, giảm tình trạng bạo lực trên cơ sở giới trong phòng, "
               "chống mại dâm.", "HARM_REDUCTION", ">=", 50.0, "%", "year", "I", level="office"),
        Target("4", "Đội kiểm tra liên ngành 178 tỉnh tổ chức kiểm tra việc chấp hành các quy định của pháp luật "
               "về phòng, chống tệ nạn mại dâm tại 60 cơ sở kinh doanh dịch vụ có điều kiện trên địa bàn tỉnh.",
               "BIZ_INSPECTED", ">=", 60.0, "count", "year", "I", level="office"),   # the province team's total
        Target("5", "Xử lý 100% số vụ việc, đường dây hoạt động mại dâm được phát hiện.", "VIOLATIONS_HANDLED",
               ">=", 100.0, "%", "year", "I"),
        Target("6", "100% cán bộ trực tiếp làm công tác phòng chống tệ nạn mại dâm được tập huấn về nội dung tổ "
               "chức điều hành, phối hợp liên ngành và giám sát, đánh giá kết quả công tác phòng, chống tệ nạn mại "
               "dâm.", "STAFF_TRAINED", ">=", 100.0, "%", "year", "I"),
        Target("7", "Phấn đấu đạt trên 90% xã, phường, thị trấn lành mạnh không có tệ nạn mại dâm.",
               "HEALTHY_COMMUNE", ">=", 90.0, "%", "year", "I", level="office"),
        # II.3.d: a task of the plan with a figure ("duy trì 03 mô hình"); operating at the year's end counts.
        Target("8", "Duy trì 03 mô hình hỗ trợ nhằm đảm bảo quyền của người lao động trong các cơ sở kinh doanh dịch "
               "vụ dễ phát sinh tệ nạn mại dâm; mô hình hỗ trợ tăng cường năng lực của các nhóm đồng đẳng trong việc "
               "tiếp cận, truyền thông và hỗ trợ giảm hại, phòng chống bạo lực giới; mô hình cung cấp dịch vụ hỗ trợ "
               "cho người bán dâm tại cộng đồng, cơ sở trợ giúp xã hội.", "MODELS_OPERATING", ">=", 3.0, "count",
               "year", "II.3.d"),
    ),
    deadlines=(
        Deadline("half", DueRule.parse("10/06/2020", 2020), None, "báo cáo 06 tháng trước ngày 10/6/2020"),
        Deadline("year", DueRule.parse("30/11/2020", 2020), DataCutoff.parse("calendar", 2020),
                 "báo cáo tổng kết năm trước ngày 30/11/2020"),
    ),
    report_sections=SECTIONS,
    recipients=("Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội)",),
    # The models the plan names (II.3.d and đ), in its own words: they replace the shipped `model_kinds`.
    catalogues={"model_kinds": [
        {"code": "quyen_nguoi_lao_dong", "label": "Mô hình hỗ trợ nhằm đảm bảo quyền của người lao động trong các "
                                                  "cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm"},
        {"code": "nang_luc_dong_dang", "label": "Mô hình hỗ trợ tăng cường năng lực của các nhóm đồng đẳng trong "
                                                "việc tiếp cận, truyền thông và hỗ trợ giảm hại, phòng chống bạo lực "
                                                "giới"},
        {"code": "ho_tro_nguoi_ban_dam", "label": "Mô hình cung cấp dịch vụ hỗ trợ cho người bán dâm tại cộng đồng, "
                                                  "cơ sở trợ giúp xã hội"},
        {"code": "phong_ngua_giam_hai", "label": "Mô hình thí điểm phòng ngừa mại dâm tại cộng đồng kết hợp thực hiện "
                                                 "các biện pháp phòng ngừa, giảm tác hại về phòng chống HIV"},
        {"code": "khac", "label": "Mô hình khác"},
    ]},
)

SAMPLES = {"plan_001_lang_son_2024.xlsx": SEED_001, "plan_003_thua_thien_hue_2020.xlsx": SEED_003}


def main(out_dir: Path = ROOT / "resources" / "plans") -> list[Path]:
    return [write_plan_workbook(out_dir / name, plan) for name, plan in SAMPLES.items()]


if __name__ == "__main__":
    for written in main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "plans"):
        print(written)
