from decimal import Decimal

import pytest

from app.pricing import apply_discount, bulk_price, describe, with_tax


def test_discount_rounds_half_up():
    assert apply_discount(Decimal("9.99"), 10) == Decimal("8.99")


def test_discount_rejects_out_of_range():
    with pytest.raises(ValueError):
        apply_discount(Decimal("1"), 120)


def test_tax_for_germany():
    assert with_tax(Decimal("100"), "DE") == Decimal("119.00")


def test_unknown_country():
    with pytest.raises(KeyError):
        with_tax(Decimal("1"), "XX")


def test_bulk_discount_tiers():
    assert bulk_price(Decimal("1.00"), 10) == Decimal("9.50")
    assert bulk_price(Decimal("1.00"), 100) == Decimal("85.00")


def test_describe_euro():
    assert describe(Decimal("3.50")) == "3.50 €"
