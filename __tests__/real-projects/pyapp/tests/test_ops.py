"""Tests: most pass, one fails, one is skipped, one errors in its fixture."""
import pytest

from calc import ops


@pytest.fixture
def broken():
    raise RuntimeError("fixture could not start")


def test_add():
    assert ops.add(2, 3) == 5


def test_divide():
    assert ops.divide(6, 3) == 2


def test_divide_by_zero():
    with pytest.raises(ZeroDivisionError):
        ops.divide(1, 0)


def test_classify():
    assert ops.classify(-1) == "negative"
    assert ops.classify(5) == "positive"


def test_clamp_fails():
    assert ops.clamp(5, 0, 3) == 5


@pytest.mark.skip(reason="not yet")
def test_skipped():
    assert False


def test_uses_broken_fixture(broken):
    assert broken
