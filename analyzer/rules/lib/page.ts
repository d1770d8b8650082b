import type { ClassifiedConsent, ClassifiedPage } from '../../model/classified';
import type { Purpose } from '../../model/scan-report';

/** Purposes a purchase or account does not need: consent for them must be a free choice. */
export const OPTIONAL_PURPOSES: readonly Purpose[] = ['marketing', 'third_party', 'profiling'];

/** Purposes that are about using personal data (as opposed to contract terms). */
export const DATA_USE_PURPOSES: readonly Purpose[] = ['privacy', ...OPTIONAL_PURPOSES];

export function optionalPurposesOf(consent: ClassifiedConsent): Purpose[] {
  return consent.purposes.filter((p) => OPTIONAL_PURPOSES.includes(p));
}

export function isControl(consent: ClassifiedConsent): boolean {
  return consent.control !== 'implied_text';
}

/** A control the shopper must actively tick to agree: not implied, not pre-ticked, not an opt-out. */
export function isAffirmativeControl(consent: ClassifiedConsent): boolean {
  return isControl(consent) && !consent.prechecked && !consent.optOut;
}

/** Any field whose sensitivity is not "none" (credentials count: they identify a person's account). */
export function hasPersonalData(page: ClassifiedPage): boolean {
  return page.fields.some((f) => f.sensitivity !== 'none');
}
