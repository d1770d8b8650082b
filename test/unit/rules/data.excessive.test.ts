import { describe, expect, it } from 'vitest';
import { cleanCheckout, field, page, run } from './builders';

const ID = 'data.excessive';

describe(ID, () => {
  it.each([
    ['national_id', 'NIK'],
    ['religion', 'Agama'],
    ['marital_status', 'Status Perkawinan'],
  ] as const)('fires medium at a checkout asking %s', (category, label) => {
    const f = field(category, { label });
    const [hit] = run(ID, page({ fields: [field('name'), f] }));
    expect(hit?.severity).toBe('medium');
    expect(hit?.evidence).toEqual([{ selector: f.selector, text: label }]);
  });

  it("fires on a mother's maiden name by concept, whatever its category", () => {
    const f = field('other', { label: 'Nama Ibu Kandung', concept: 'mothers_maiden_name' });
    expect(run(ID, page({ fields: [f] }))[0]?.severity).toBe('medium');
  });

  it('reports birth date at a checkout as questionable (low)', () => {
    const [f] = run(ID, page({ fields: [field('birth_date', { label: 'Tanggal Lahir' })] }), {
      lang: 'en',
    });
    expect(f?.severity).toBe('low');
    expect(f?.explanation).toMatch(/sometimes needed/);
  });

  it.each(['birth_date', 'gender', 'national_id', 'religion'] as const)(
    'fires medium at a shop signup asking %s',
    (category) => {
      const p = page({
        pageKind: 'signup',
        fields: [field('email'), field('password'), field(category)],
      });
      expect(run(ID, p)[0]?.severity).toBe('medium');
    },
  );

  it('does not fire on what a signup needs', () => {
    const p = page({
      pageKind: 'signup',
      fields: [field('email'), field('phone'), field('password'), field('name')],
    });
    expect(run(ID, p)).toEqual([]);
  });

  it('does not judge pages without a needs table (login, account, other)', () => {
    for (const pageKind of ['login', 'account', 'other'] as const) {
      expect(run(ID, page({ pageKind, fields: [field('national_id')] }))).toEqual([]);
    }
  });

  it('is silent on a clean checkout', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });
});
