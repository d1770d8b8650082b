import type { DataCategory, Sensitivity } from '../model/scan-report';

// UU 27/2022 Pasal 4: specific data = health, biometric, genetic, criminal
// records, children's data, personal financial data. Card and bank data are
// personal financial data. Passwords get their own class: not "data about"
// the person but the key to everything else. Username is general.

const SENSITIVITY: Readonly<Record<DataCategory, Sensitivity>> = {
  name: 'general',
  email: 'general',
  phone: 'general',
  address: 'general',
  postal_code: 'general',
  city: 'general',
  country: 'general',
  birth_date: 'general',
  gender: 'general',
  national_id: 'general',
  tax_id: 'general',
  passport: 'general',
  payment_card: 'specific',
  card_expiry: 'specific',
  card_cvc: 'specific',
  bank_account: 'specific',
  password: 'credential',
  username: 'general',
  company: 'general',
  religion: 'general',
  marital_status: 'general',
  nationality: 'general',
  health: 'specific',
  biometric: 'specific',
  other: 'none',
};

/** Sensitivity of a data category under UU PDP Pasal 4. */
export function sensitivityOf(category: DataCategory): Sensitivity {
  return SENSITIVITY[category];
}
