import type { ClassifiedConsent, ClassifiedField } from '../../model/classified';
import type { Evidence } from '../../model/scan-report';
import { truncate } from './text';

/** Evidence quotes stay short: a report quotes them, the extension highlights the selector. */
export const EVIDENCE_TEXT_MAX = 240;

export function evidence(selector: string | undefined, text: string | undefined): Evidence {
  const out: { selector?: string; text?: string } = {};
  if (selector !== undefined && selector !== '') out.selector = selector;
  if (text !== undefined && text.trim() !== '') out.text = truncate(text, EVIDENCE_TEXT_MAX);
  return out;
}

export function consentEvidence(consent: ClassifiedConsent): Evidence {
  return evidence(consent.selector, consent.text);
}

export function fieldEvidence(field: ClassifiedField): Evidence {
  return evidence(field.selector, field.label !== '' ? field.label : (field.name ?? field.id));
}
