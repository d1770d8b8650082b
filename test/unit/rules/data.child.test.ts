import { describe, expect, it } from 'vitest';
import { consent, field, page, run, statement } from './builders';

const ID = 'data.child';

describe(ID, () => {
  it('fires low when birth date is asked with no parental path', () => {
    const dob = field('birth_date', { label: 'Tanggal Lahir' });
    const [f] = run(ID, page({ pageKind: 'signup', fields: [dob] }));
    expect(f?.severity).toBe('low');
    expect(f?.evidence[0]?.selector).toBe(dob.selector);
  });

  it('fires on an age field by concept', () => {
    expect(
      run(ID, page({ fields: [field('other', { label: 'Usia', concept: 'age' })] })),
    ).toHaveLength(1);
  });

  it.each([
    'Jika saya berusia di bawah 17 tahun, orang tua atau wali saya menyetujui pendaftaran ini.',
    'If I am under 18, my parent or guardian has given consent.',
  ])('does not fire when a consent text gives a parent path: %s', (text) => {
    const p = page({
      fields: [field('birth_date')],
      consents: [consent({ text, purposes: ['other'] })],
    });
    expect(run(ID, p)).toEqual([]);
  });

  it('does not fire with an age confirmation or a parent field', () => {
    const confirm = statement('I confirm I am 18 or older.', { purposes: ['age_confirmation'] });
    expect(run(ID, page({ fields: [field('birth_date')], consents: [confirm] }))).toEqual([]);
    const parent = field('name', { label: 'Nama orang tua/wali' });
    expect(run(ID, page({ fields: [field('birth_date'), parent] }))).toEqual([]);
  });

  it('is not reported under the RUU draft (no children article) nor Permenkominfo 20/2016 ([unverified])', () => {
    const p = page({ fields: [field('birth_date')] });
    expect(run(ID, p, { rulebook: 'ruu-pdp' })).toEqual([]);
    expect(run(ID, p, { rulebook: 'pm-20-2016' })).toEqual([]);
    expect(run(ID, p, { rulebook: 'gdpr' })[0]?.citations).toEqual([
      { rulebook: 'gdpr', article: 'Art. 8' },
    ]);
  });

  it('does not fire without age data', () => {
    expect(run(ID, page({ fields: [field('name')] }))).toEqual([]);
  });
});
