import { describe, expect, it } from 'vitest';
import { field, page, run } from './builders';

const ID = 'data.specific';

describe(ID, () => {
  it('notes card data as info, citing the UU PDP articles', () => {
    const card = field('payment_card', { label: 'Nomor Kartu' });
    const [f] = run(ID, page({ fields: [card, field('card_cvc')] }));
    expect(f?.severity).toBe('info');
    expect(f?.evidence).toHaveLength(2);
    expect(f?.citations.map((c) => c.article)).toEqual(['Pasal 4(2)', 'Pasal 34']);
  });

  it('reports health or biometric data as low, separately from financial data', () => {
    const fs = run(
      ID,
      page({
        fields: [field('biometric', { label: 'Swafoto dengan KTP' }), field('bank_account')],
      }),
    );
    expect(fs.map((f) => f.severity).sort()).toEqual(['info', 'low']);
  });

  it('cites GDPR Art. 32 for card data and Art. 9 for special categories', () => {
    const card = run(ID, page({ fields: [field('payment_card')] }), { rulebook: 'gdpr' });
    expect(card[0]?.citations).toEqual([{ rulebook: 'gdpr', article: 'Art. 32' }]);
    const health = run(ID, page({ fields: [field('health')] }), { rulebook: 'gdpr' });
    expect(health[0]?.citations).toEqual([{ rulebook: 'gdpr', article: 'Art. 9' }]);
  });

  it('does not fire on general data', () => {
    expect(
      run(ID, page({ fields: [field('name'), field('national_id'), field('religion')] })),
    ).toEqual([]);
  });
});
