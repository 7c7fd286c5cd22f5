"""Doc."""
from __future__ import annotations, spam
