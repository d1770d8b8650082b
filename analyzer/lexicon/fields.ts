import { PAYMENT_CONCEPTS } from './fields-payment';
import { CONTACT_CONCEPTS } from './fields-contact';
import { GENERIC_NAME_CONCEPTS, NON_PERSONAL_CONCEPTS } from './fields-other';
import { SPECIAL_CONCEPTS } from './fields-special';
import type { FieldConcept } from './types';

/**
 * Every field concept in precedence order: when one text matches several
 * concepts, the earliest in this list wins. Specific before generic:
 * mother's maiden name before name, card holder before name, email before
 * phone, postal code/city/country before street, street before bare "nama".
 */
export const FIELD_CONCEPTS: readonly FieldConcept[] = [
  ...SPECIAL_CONCEPTS,
  ...PAYMENT_CONCEPTS,
  ...CONTACT_CONCEPTS,
  ...NON_PERSONAL_CONCEPTS,
  ...GENERIC_NAME_CONCEPTS,
];
