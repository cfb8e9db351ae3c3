"""Progress of a long stage on stderr: tqdm's bar on a terminal; elsewhere (a log file, a CI job,
nohup) one plain line every few seconds, so that a long run is never silent."""
from __future__ import annotations

import sys
import time

from tqdm import tqdm

PROGRESS_SECONDS = 5.0


class Progress:
    """Count of `unit`s done out of `total`; use as a context manager and call `update(n)`."""

    def __init__(self, total: int, unit: str, desc: str, *, every: float = PROGRESS_SECONDS) -> None:
        self.total, self.unit, self.desc, self.every = total, unit, desc, every
        self.done = 0
        self.began = self.printed = time.monotonic()
        self._bar = tqdm(total=total, unit=unit, unit_scale=True, desc=desc, leave=False) \
            if sys.stderr.isatty() else None

    def update(self, n: int) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.monotonic()
        if now - self.printed >= self.every and self.done < self.total:
            self.printed = now
            rate = self.done / max(now - self.began, 1e-9)
            left = (self.total - self.done) / rate if rate else 0
            print(f"{self.desc}: {self.done:,}/{self.total:,} {self.unit}s ({self.done / self.total:.0%}), "
                  f"{rate:,.0f} {self.unit}s/s, about {left:,.0f} s left", file=sys.stderr, flush=True)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
