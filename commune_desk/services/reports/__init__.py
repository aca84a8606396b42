"""The periodic report: its figures, tallies and narrative, report-data.json and its check, the Word report, the
Excel annex and the chart."""
