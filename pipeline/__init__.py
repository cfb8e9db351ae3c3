"""Claim and argument extraction for Japanese text; `pipeline.load(DIR)` reads a run's tables."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def load(run_dir: Path | str = "outputs") -> dict[str, pd.DataFrame]:
    """A run's tables as pandas DataFrames with proper dtypes (see pipeline.tables.load)."""
    from pipeline.tables import load as load_tables
    return load_tables(run_dir)
