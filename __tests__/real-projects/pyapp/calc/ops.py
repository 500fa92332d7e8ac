"""Arithmetic with a few branches, some never taken by the tests."""


def add(a, b):
    return a + b


def divide(a, b):
    if b == 0:
        raise ZeroDivisionError("b must not be zero")
    return a / b


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n > 1000:
        return "large"
    return "positive"


def clamp(value, low, high):
    if value < low:
        return low
    if value > high:
        return high
    return value


def never_called(items):
    total = 0
    for item in items:
        if item:
            total += 1
    return total
