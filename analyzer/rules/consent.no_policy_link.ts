import { fieldEvidence } from './lib/evidence';
import type { Rule } from './types';

const MAX_FIELDS_SHOWN = 5;

export const consentNoPolicyLink: Rule = {
  id: 'consent.no_policy_link',
  version: 1,
  severity: 'medium',
  severityWhy:
    'The shopper cannot learn how data is used before giving it; medium because the policy may exist elsewhere on the site.',
  needsLive: false,
  evaluate({ page }) {
    // Signing in hands over no new personal data: the notice was owed at signup.
    if (page.pageKind === 'login') return [];
    const personal = page.fields.filter((f) => f.sensitivity !== 'none');
    if (personal.length === 0) return [];
    // A link in the footer is not "on the form or next to the consent" (REFERENCE.md).
    if (page.policyLinks.some((l) => l.group !== undefined)) return [];
    const policyHrefs = new Set(page.policyLinks.map((l) => l.href));
    const linksPolicy = (c: (typeof page.consents)[number]) =>
      c.links.length > 0 &&
      (c.purposes.includes('privacy') || c.links.some((href) => policyHrefs.has(href)));
    if (page.consents.some(linksPolicy)) return [];
    return [{ evidence: personal.slice(0, MAX_FIELDS_SHOWN).map(fieldEvidence) }];
  },
};
