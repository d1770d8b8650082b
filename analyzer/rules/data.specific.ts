import type { ClassifiedField } from '../model/classified';
import type { DataCategory } from '../model/scan-report';
import { fieldEvidence } from './lib/evidence';
import type { Hit, Rule } from './types';

const FINANCIAL: readonly DataCategory[] = [
  'payment_card',
  'card_expiry',
  'card_cvc',
  'bank_account',
];

function isSpecific(f: ClassifiedField): boolean {
  return (
    f.sensitivity === 'specific' ||
    FINANCIAL.includes(f.category) ||
    f.category === 'health' ||
    f.category === 'biometric'
  );
}

export const dataSpecific: Rule = {
  id: 'data.specific',
  version: 1,
  severity: 'info',
  severityWhy:
    'Card data at a checkout is expected: a notice, not a fault. Health or biometric data is low; whether it is needed is data.excessive’s call.',
  needsLive: false,
  evaluate({ page }) {
    const specific = page.fields.filter(isSpecific);
    const financial = specific.filter((f) => FINANCIAL.includes(f.category));
    const special = specific.filter((f) => !FINANCIAL.includes(f.category));
    const hits: Hit[] = [];
    if (financial.length > 0) {
      hits.push({ evidence: financial.map(fieldEvidence), tags: ['financial'] });
    }
    if (special.length > 0) {
      hits.push({ evidence: special.map(fieldEvidence), tags: ['special'], severity: 'low' });
    }
    return hits;
  },
};
