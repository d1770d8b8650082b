import type { DataCategory, PageKind } from '../../model/scan-report';

// What each kind of page needs, for data.excessive. Categories not listed as
// `excessive` or `questionable` are treated as needed (or neutral): the rule
// only speaks when a page asks for something on the lists.
//
// - checkout: delivery and payment need name, address, phone, email and the
//   card; an ID number, religion, marital status or a mother's maiden name do
//   not. Birth date, gender, NPWP (tax_id, for company invoices), bank account
//   (refunds) and passport are questionable: sometimes justified, often not.
// - signup: a shop account needs email/phone, a password and a name at most.

export interface PageNeeds {
  /** Not needed for this page's job: reported at the rule's severity. */
  readonly excessive: readonly DataCategory[];
  /** Often not needed: reported milder. */
  readonly questionable: readonly DataCategory[];
}

export const PAGE_NEEDS: Readonly<Partial<Record<PageKind, PageNeeds>>> = {
  checkout: {
    excessive: ['national_id', 'religion', 'marital_status', 'health', 'biometric'],
    questionable: ['birth_date', 'gender', 'passport', 'tax_id', 'bank_account', 'nationality'],
  },
  signup: {
    excessive: [
      'birth_date',
      'gender',
      'national_id',
      'religion',
      'marital_status',
      'health',
      'biometric',
      'passport',
      'payment_card',
      'card_expiry',
      'card_cvc',
      'bank_account',
      'tax_id',
    ],
    questionable: ['address', 'postal_code', 'nationality'],
  },
};

/** Field concepts that are excessive on any checkout or signup, whatever their category. */
export const EXCESSIVE_CONCEPTS: readonly string[] = ['mothers_maiden_name'];
