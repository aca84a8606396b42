"""Documents in the official layout (NĐ 30/2020 Word, statistical-table Excel), and text that stays text in a
workbook."""
