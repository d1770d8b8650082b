import { describe, expect, it } from 'vitest';
import { normalize, normalizeIdentifier, tokenize } from '../../../analyzer/classify';
import { sensitivityOf } from '../../../analyzer/classify';
import { DATA_CATEGORIES } from '../../../analyzer/model/scan-report';

describe('tokenize / normalize', () => {
  it.each([
    ['No. HP', 'nomor hp'],
    ['No. KTP', 'nomor ktp'],
    ['No thanks', 'no thanks'],
    ['Tgl. Lahir', 'tanggal lahir'],
    ['Telp.', 'telepon'],
    ['WA aktif', 'whatsapp aktif'],
    ['Kec./Kab.', 'kecamatan kabupaten'],
    ['Syarat & Ketentuan', 'syarat & ketentuan'],
    ["I don't want", 'i do not want'],
    ['I won’t', 'i will not'],
    ["Mother's maiden name", 'mother maiden name'],
    ['18+', '18 plus'],
    ['Alamatnya', 'alamat'],
    ['hanya', 'hanya'],
    ['Saya ga mau', 'saya tidak mau'],
    ['E-mail', 'e mail'],
    ['  ', ''],
    ['constructor', 'constructor'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ['billing_first_name', 'billing first name'],
    ['firstName', 'first name'],
    ['address_line1', 'address line 1'],
    ['customer[email]', 'customer email'],
    ['no_hp', 'nomor hp'],
  ])('identifier %s → %s', (input, expected) => {
    expect(normalizeIdentifier(input)).toBe(expected);
  });

  it('returns tokens', () => {
    expect(tokenize('Nama Lengkap *')).toEqual(['nama', 'lengkap']);
  });
});

describe('sensitivityOf', () => {
  it.each([
    ['health', 'specific'],
    ['biometric', 'specific'],
    ['payment_card', 'specific'],
    ['card_expiry', 'specific'],
    ['card_cvc', 'specific'],
    ['bank_account', 'specific'],
    ['password', 'credential'],
    ['username', 'general'],
    ['national_id', 'general'],
    ['religion', 'general'],
    ['other', 'none'],
  ] as const)('%s → %s', (category, sensitivity) => {
    expect(sensitivityOf(category)).toBe(sensitivity);
  });

  it('covers every category', () => {
    for (const c of DATA_CATEGORIES)
      expect(['general', 'specific', 'credential', 'none']).toContain(sensitivityOf(c));
  });
});
