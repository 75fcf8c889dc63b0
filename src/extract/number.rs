//! Numbers as written: digits with separators, spelled numbers, magnitudes (see issue 3).
