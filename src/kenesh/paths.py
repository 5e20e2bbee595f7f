"""Where Kenesh's knowledge files live.

Ontology, shapes, queries and lexicons are data a domain expert reviews, so they sit in top-level folders of the
repository (ontology/, shapes/, queries/, data/) rather than inside the Python package. This module is the one place
that knows where those folders are; set KENESH_HOME to point at another checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME: Path = Path(os.environ.get("KENESH_HOME", Path(__file__).resolve().parents[2]))
ONTOLOGY: Path = HOME / "ontology"
SHAPES: Path = HOME / "shapes"
QUERIES: Path = HOME / "queries"
DATA: Path = HOME / "data"
EXAMPLES: Path = DATA / "examples"
LEXICONS: Path = DATA / "lexicons"
RECORD_SCHEMA: Path = DATA / "record.schema.json"

__all__ = ["HOME", "ONTOLOGY", "SHAPES", "QUERIES", "DATA", "EXAMPLES", "LEXICONS", "RECORD_SCHEMA"]
