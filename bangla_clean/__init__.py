"""bangla-clean: raw Bangla news page dumps -> clean body text and metadata."""

from .document import Document
from .pipeline import clean_bytes, clean_text

__all__ = ["Document", "clean_bytes", "clean_text", "__version__"]
__version__ = "0.2.0"
