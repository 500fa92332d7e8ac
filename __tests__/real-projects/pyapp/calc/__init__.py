"""A tiny calculator package that the real tools measure."""
