import { fieldEvidence } from './lib/evidence';
import { hasTerm, normalize } from './lib/text';
import type { Rule } from './types';

const AGE_CONCEPTS: readonly string[] = [
  'age',
  'birth_date',
  'birth_year',
  'birth_day',
  'birth_month',
];
const PARENT_TERMS: readonly string[] = [
  'orang tua',
  'orangtua',
  'wali',
  'parent',
  'parents',
  'parental',
  'guardian',
  'legal guardian',
];

function mentionsParent(text: string): boolean {
  const norm = normalize(text);
  return PARENT_TERMS.some((t) => hasTerm(norm, t));
}

export const dataChild: Rule = {
  id: 'data.child',
  version: 1,
  severity: 'low',
  severityWhy:
    'Asking age does not mean the shop serves children; low, as a prompt to check the parental-consent path.',
  needsLive: false,
  evaluate({ page }) {
    const ageFields = page.fields.filter(
      (f) => f.category === 'birth_date' || AGE_CONCEPTS.includes(f.concept),
    );
    if (ageFields.length === 0) return [];
    // A parent/guardian consent text or field is a path; an "I am 18 or older" confirmation keeps children out.
    if (
      page.consents.some((c) => mentionsParent(c.text) || c.purposes.includes('age_confirmation'))
    ) {
      return [];
    }
    if (page.fields.some((f) => mentionsParent(f.label))) return [];
    return [{ evidence: ageFields.map(fieldEvidence) }];
  },
};
