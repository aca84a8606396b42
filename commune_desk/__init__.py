"""CommuneDesk: offline desktop tool for commune-level prostitution-prevention work."""

__version__ = "0.1.0"
