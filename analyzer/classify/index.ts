// Public API of the classification layer. detect.ts is also imported directly
// by the content-script extractor (it has no compromise dependency).
export { hasRequiredMarker, looksLikePolicyLink, looksLikeSubmit } from './detect';
export { looksLikeConsent, looksLikeImpliedConsent } from './consent-detect';
export { classifyField, classifyFieldDetail, conceptOfField, isMothersMaidenName } from './field';
export type { FieldClassification, FieldClassificationDetail } from './field';
export { sensitivityOf } from './sensitivity';
export { classifyConsentText } from './consent';
export type { ConsentClassification } from './consent';
export { detectLanguage } from './language';
export { classifyPageKind } from './page-kind';
export type { PageKindInput } from './page-kind';
export { normalize, normalizeIdentifier, tokenize } from './tokenize';
