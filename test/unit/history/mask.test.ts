import { describe, expect, it } from 'vitest';
import { maskHint, MaskedHintSchema } from '../../../history';

describe('maskHint', () => {
  it.each([
    ['jane.doe@gmail.com', 'j***@gmail.com'],
    ['  Jane.Doe@Gmail.COM ', 'j***@gmail.com'],
    ['ab@yahoo.co.id', '***@yahoo.co.id'],
    ['081234567890', '0812****7890'],
    ['+62 812-3456-7890', '0812****7890'],
    ['6281234567890', '0812****7890'],
    ['0812 3456 78', '0812****78'],
    ['08123456789', '0812****789'],
  ])('%s → %s', (value, hint) => {
    expect(maskHint(value)).toBe(hint);
  });

  it.each([
    ['a NIK', '3174012345678901'],
    ['a card number', '4111 1111 1111 1111'],
    ['a name', 'Jane Doe'],
    ['a short number', '08123'],
    ['an address', 'Jl. Merdeka No. 10'],
    ['an email with a bad domain', 'jane@localhost'],
  ])('gives no hint for %s', (_what, value) => {
    expect(maskHint(value)).toBeNull();
  });

  it('hides at least four digits of any phone number', () => {
    for (let length = 10; length <= 15; length++) {
      const hint = maskHint('0' + '8'.repeat(length - 1)) ?? '';
      expect(hint.match(/\*/g)).toHaveLength(4);
      expect(hint.replace(/\*/g, '').length).toBeLessThanOrEqual(length - 4);
    }
  });

  it.each([
    'jane.doe@gmail.com',
    '081234567890',
    'ja***@gmail.com',
    '0812*****7890',
    '0812****78901',
    'j***@gmail.com ',
  ])('the schema refuses %s as a hint', (value) => {
    expect(MaskedHintSchema.safeParse(value).success).toBe(false);
  });
});
