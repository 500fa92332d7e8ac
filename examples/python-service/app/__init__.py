"""A small pricing service used by the readiness-gate demo."""
