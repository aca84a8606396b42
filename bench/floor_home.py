"""The floor for the start-up goal: a page like CommuneDesk's home (navigation, menus, labels, buttons, a
nine-row target table) built from PySide6 alone, no CommuneDesk module, no database, no translations; prints
"first-paint" when the page has painted (bench_startup.py times it beside the bare window and our start)."""
import sys
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QPushButton, QScrollArea, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 760)
m = w.menuBar().addMenu("&Tệp")
for t in ("Sao lưu", "Nhập", "Sao lưu ngay", "Khôi phục", "Cài đặt", "Đổi mật khẩu", "Khóa ngay", "Thoát"):
    a = QAction(t, w); a.setShortcut(QKeySequence("Ctrl+L")); m.addAction(a)
h = w.menuBar().addMenu("Trợ giúp"); h.addAction(QAction("Hướng dẫn", w))
nav = QListWidget(); nav.setFixedWidth(230)
for t in ["Trang chủ", "Tuyên truyền", "Tập huấn", "Cơ sở kinh doanh", "Điểm phức tạp", "Tin báo", "Xử phạt",
          "Hỗ trợ hòa nhập", "Xã lành mạnh", "Thôn, tổ dân phố", "Kế hoạch", "Báo cáo", "Gói báo cáo", "Hồ sơ đơn vị"]:
    it = QListWidgetItem(t); it.setData(Qt.ItemDataRole.UserRole, t); nav.addItem(it)
stack = QStackedWidget()
body = QWidget(); lay = QVBoxLayout(body)
title = QLabel("Ủy ban nhân dân phường Phú Thịnh"); f = QFont(title.font()); f.setPointSize(16); f.setBold(True); title.setFont(f)
lay.addWidget(title); lay.addWidget(QLabel("Mã đơn vị: 900038 · Tỉnh: Ninh Bình · 8 thôn, tổ dân phố"))
row = QHBoxLayout()
for t in ("186", "hoạt động", "14.240", "lượt người", "11.700", "tài liệu"):
    row.addWidget(QLabel(t))
lay.addLayout(row)
row = QHBoxLayout()
for t in ("Ghi nhận hoạt động…", "Mở danh sách", "Mở kế hoạch", "Hồ sơ đơn vị"):
    b = QPushButton(t); b.setMinimumHeight(32); row.addWidget(b)
lay.addLayout(row)
lay.addWidget(QLabel("Kế hoạch đang áp dụng: Kế hoạch năm 2026"))
lay.addWidget(QLabel("• Quý IV năm 2026 — hạn 10/12/2026 (còn 17 ngày)"))
table = QTableWidget(9, 5); table.setHorizontalHeaderLabels(["Chỉ tiêu", "Kỳ", "Kỳ này", "Lũy kế", "Tình trạng"])
table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
for r in range(9):
    for c in range(5):
        item = QTableWidgetItem(f"CT{r}. Ít nhất 25% số phường, xã tổ chức tuyên truyền\nChỉ tiêu: ≥ 25%" if c == 0 else "70,7% (70/99)")
        if c == 4:
            item.setBackground(QBrush(QColor("#2e7d32"))); item.setForeground(QBrush(QColor("white")))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        table.setItem(r, c, item)
table.resizeRowsToContents()
lay.addWidget(table)
scroll = QScrollArea(); scroll.setWidgetResizable(True); scroll.setWidget(body)
stack.addWidget(scroll)
central = QWidget(); hl = QHBoxLayout(central); hl.addWidget(nav); hl.addWidget(stack, 1)
w.setCentralWidget(central)
class F(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and (obj is body or body.isAncestorOf(obj)):
            print("first-paint", flush=True); app.quit()
        return False
flt = F(); app.installEventFilter(flt); w.show(); app.exec()
