"""`make torture` (issue 10's proof): a hostile folder, faults injected into builds, the
index, the cache and a running app, and adversarial queries; one line per scenario and a
summary. See `__main__.py`."""
