"""Report packages: build (BagIt + CMS signature), verify, signatures and the certificates and keys behind them, and
the period lifecycle that signs a period into one."""
