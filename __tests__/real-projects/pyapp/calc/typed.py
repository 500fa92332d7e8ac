"""Type errors mypy finds, and style flake8 and pylint dislike."""
import os, sys
from typing import List


def total(values: List[int]) -> int:
    return sum(values)


def name_length(name: str) -> int:
    return len(name) + "1"


def first(values: List[str]) -> int:
    return values[0]
def crowded(x):
    y = undefined_name + 1
    return x
