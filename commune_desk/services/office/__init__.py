"""The receiving office: package intake, the trusted signers and authorities, aggregation across communes and its
report."""
