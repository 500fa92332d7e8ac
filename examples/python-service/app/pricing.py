"""Prices, discounts and taxes."""
from decimal import Decimal, ROUND_HALF_UP

TAX_RATES = {"DE": Decimal("0.19"), "FR": Decimal("0.20"), "US": Decimal("0.00")}


def round_money(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def apply_discount(price: Decimal, percent: int) -> Decimal:
    if not 0 <= percent <= 100:
        raise ValueError("percent must be between 0 and 100")
    return round_money(price * (Decimal(100 - percent) / 100))


def with_tax(price: Decimal, country: str) -> Decimal:
    rate = TAX_RATES.get(country)
    if rate is None:
        raise KeyError(f"no tax rate for {country}")
    return round_money(price * (1 + rate))


def bulk_price(unit: Decimal, quantity: int) -> Decimal:
    if quantity >= 100:
        return apply_discount(unit * quantity, 15)
    if quantity >= 10:
        return apply_discount(unit * quantity, 5)
    return round_money(unit * quantity)


def describe(price: Decimal, currency: str = "EUR") -> str:
    if currency == "EUR":
        return f"{price} €"
    if currency == "USD":
        return f"${price}"
    return f"{price} {currency}"
