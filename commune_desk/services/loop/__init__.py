"""The loop back to the commune: receipts the office sends, and the commune's desk that reads them."""
