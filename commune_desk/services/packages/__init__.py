"""Report packages: build (BagIt + CMS signature), verify, signatures and the certificates behind them."""
