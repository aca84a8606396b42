"""Small helpers for filter combo boxes shared by the list views."""

from __future__ import annotations


def fill_unit_combo(combo, units, all_label: str) -> None:
    """Offer "all units" plus each residential unit (data = its code), keeping the current choice if it stays."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, "")
    for unit in units:
        combo.addItem(unit.name, unit.code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
