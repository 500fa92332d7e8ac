// The masker removes a secret in every encoding a tool or a report might print it in.
import { describe, expect, it } from 'vitest';
import { createMasker, encodedForms, MASK } from '../../src/secrets/mask.js';

const SECRET = 'ghs_S3cr3t/Value+With&<Odd>"Chars\'~!';

/** The secret as an encoder writes it inside a longer text, so every byte alignment occurs. */
function encodings(secret: string): Record<string, string> {
  const out: Record<string, string> = {
    plain: `token=${secret};`,
    json: JSON.stringify({ token: secret }),
    percentUpper: `q=${encodeURIComponent(secret)}&x=1`,
    percentLower: `q=${encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}`,
    hexLower: Buffer.from(`x${secret}y`).toString('hex'),
    hexUpper: Buffer.from(`x${secret}y`).toString('hex').toUpperCase(),
    html: `<p>${secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</p>`,
  };
  for (const prefix of ['', 'a', 'ab']) {
    const bytes = Buffer.from(`${prefix}${secret}tail`);
    out[`base64+${prefix.length}`] = bytes.toString('base64');
    out[`base64url+${prefix.length}`] = bytes.toString('base64url');
  }
  return out;
}

describe('createMasker', () => {
  it.each(Object.entries(encodings(SECRET)))('removes the secret written as %s', (_name, text) => {
    const masker = createMasker([SECRET]);
    const masked = masker.mask(text);
    expect(masked).toContain(MASK);
    // None of the secret's forms is left anywhere in what remains.
    for (const form of encodedForms(SECRET).filter((f) => f.length >= 4))
      expect(masked.includes(form), form).toBe(false);
  });

  it('registers every form with the runner, and leaves ordinary text alone', () => {
    const masker = createMasker([SECRET]);
    const values = masker.values();
    expect(values).toContain(SECRET);
    expect(values).toContain(Buffer.from(SECRET).toString('hex'));
    expect(values.length).toBeGreaterThanOrEqual(12);
    expect(masker.mask('nothing secret here, 42 tests passed')).toBe(
      'nothing secret here, 42 tests passed',
    );
  });
});
