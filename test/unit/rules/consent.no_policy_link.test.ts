import { describe, expect, it } from 'vitest';
import {
  FOOTER_POLICY_LINK,
  POLICY_LINK,
  cleanCheckout,
  consent,
  field,
  page,
  run,
} from './builders';

const ID = 'consent.no_policy_link';

describe(ID, () => {
  it('fires when personal data is asked and no policy link exists, pointing at the fields', () => {
    const email = field('email', { label: 'Email' });
    const [f] = run(ID, page({ fields: [email, field('other')] }));
    expect(f?.severity).toBe('medium');
    expect(f?.evidence).toEqual([{ selector: email.selector, text: 'Email' }]);
  });

  it('fires when the only policy link is in the footer, away from the form', () => {
    expect(
      run(ID, page({ fields: [field('email')], policyLinks: [FOOTER_POLICY_LINK] })),
    ).toHaveLength(1);
  });

  it('counts a link inside a consent about privacy as a policy link', () => {
    const c = consent({
      text: 'Saya setuju dengan Kebijakan Privasi',
      purposes: ['privacy'],
      links: [POLICY_LINK.href],
    });
    expect(run(ID, page({ fields: [field('email')], consents: [c] }))).toEqual([]);
  });

  it('does not fire on a login page, which collects no new personal data', () => {
    expect(
      run(ID, page({ pageKind: 'login', fields: [field('email'), field('password')] })),
    ).toEqual([]);
  });

  it('does not fire without personal data', () => {
    expect(run(ID, page({ fields: [field('other')] }))).toEqual([]);
  });

  it('counts a password (credential) as personal data', () => {
    expect(run(ID, page({ fields: [field('password')] }))).toHaveLength(1);
  });

  it('caps the evidence at five fields', () => {
    const fields = ['name', 'email', 'phone', 'address', 'city', 'postal_code'] as const;
    expect(run(ID, page({ fields: fields.map((c) => field(c)) }))[0]?.evidence).toHaveLength(5);
  });

  it('is silent on a clean checkout', () => {
    expect(run(ID, cleanCheckout())).toEqual([]);
  });
});
