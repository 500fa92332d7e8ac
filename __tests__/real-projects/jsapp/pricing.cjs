// A small module for Jest to test and cover (real reports for the readers' tests).
function discount(price, percent) {
  if (percent < 0 || percent > 100) throw new RangeError('percent must be 0-100');
  return Math.round(price * (100 - percent)) / 100;
}

function tier(quantity) {
  if (quantity >= 100) return 'bulk';
  if (quantity >= 10) return 'volume';
  return 'single';
}

function currency(amount, code) {
  switch (code) {
    case 'EUR':
      return `${amount.toFixed(2)} €`;
    case 'USD':
      return `$${amount.toFixed(2)}`;
    default:
      return `${amount.toFixed(2)} ${code}`;
  }
}

function unused(value) {
  return value * 2;
}

module.exports = { discount, tier, currency, unused };
