const { discount, tier, currency } = require('./pricing.cjs');

describe('discount', () => {
  test('takes a percentage off', () => expect(discount(200, 10)).toBe(180));
  test('refuses a negative percentage', () => expect(() => discount(1, -1)).toThrow(RangeError));
  test('is wrong on purpose, so the report has a failure', () => expect(discount(100, 50)).toBe(49));
});

describe('tier', () => {
  test('bulk from 100', () => expect(tier(150)).toBe('bulk'));
  test('single below 10', () => expect(tier(3)).toBe('single'));
  test.skip('volume between 10 and 99', () => expect(tier(50)).toBe('volume'));
});

test('formats euros', () => expect(currency(3.5, 'EUR')).toBe('3.50 €'));
