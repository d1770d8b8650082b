import { AUTOCOMPLETE_CONCEPTS } from '../lexicon/autocomplete';
import { IMPLICIT_CONCEPTS, OPTION_CONCEPTS } from '../lexicon/field-options';
import { FIELD_CONCEPTS } from '../lexicon/fields';
import type { FieldConcept } from '../lexicon/types';
import type { DataCategory, Sensitivity } from '../model/scan-report';
import type { FieldEvidence } from '../model/snapshot';
import { compileGroups, matchedGroups, termsOf } from './compile';
import { sensitivityOf } from './sensitivity';
import { lastBracketSegment, normalize, normalizeIdentifier } from './tokenize';

export interface FieldClassification {
  category: DataCategory;
  sensitivity: Sensitivity;
}

export interface FieldClassificationDetail extends FieldClassification {
  /** Finer meaning than the category: 'first_name', 'whatsapp', 'mothers_maiden_name', 'npwp'… */
  concept: string;
}

const CONCEPT_BY_ID: ReadonlyMap<string, FieldConcept> = new Map(
  [...FIELD_CONCEPTS, ...IMPLICIT_CONCEPTS].map((c) => [c.concept, c]),
);
const FIELD_RE = compileGroups(FIELD_CONCEPTS);
const OPTION_RES = OPTION_CONCEPTS.map((c) => ({
  concept: c.concept,
  minHits: c.minHits,
  re: new RegExp(`^(?:${termsOf(c).join('|')})$`),
}));

// Input types that say what the field is when its texts do not.
const STRONG_TYPE_CONCEPT: ReadonlyMap<string, string> = new Map([
  ['email', 'email'],
  ['password', 'password'],
  ['tel', 'phone'],
  ['search', 'search'],
]);
const WEAK_TYPE_CONCEPT: ReadonlyMap<string, string> = new Map([
  ['date', 'date'],
  ['month', 'date'],
  ['file', 'file_upload'],
]);

/** The concept a normalised text names, by lexicon precedence; undefined when none. */
function conceptOfText(normalised: string): string | undefined {
  if (normalised === '') return undefined;
  let best = -1;
  matchedGroups(FIELD_RE, normalised, (i) => {
    if (best < 0 || i < best) best = i;
  });
  return best < 0 ? undefined : FIELD_CONCEPTS[best]?.concept;
}

function conceptOfIdentifier(identifier: string | undefined): string | undefined {
  if (identifier === undefined || identifier === '') return undefined;
  const segment = lastBracketSegment(identifier);
  return (
    (segment !== undefined ? conceptOfText(normalizeIdentifier(segment)) : undefined) ??
    conceptOfText(normalizeIdentifier(identifier))
  );
}

function conceptOfLabel(text: string | undefined): string | undefined {
  return text === undefined ? undefined : conceptOfText(normalize(text));
}

function conceptOfAutocomplete(e: FieldEvidence): string | undefined {
  for (const token of e.autocomplete) {
    const concept = AUTOCOMPLETE_CONCEPTS.get(token);
    if (concept === undefined) continue;
    // "new-password" is a common trick to stop autofill on any field.
    if (concept === 'password' && e.inputType !== 'password') continue;
    return concept;
  }
  return undefined;
}

function conceptOfOptions(options: readonly string[]): string | undefined {
  if (options.length < 2) return undefined;
  const normalised = options.map(normalize);
  for (const { concept, minHits, re } of OPTION_RES) {
    const hits = new Set(normalised.filter((o) => re.test(o)));
    if (hits.size >= minHits) return concept;
  }
  return undefined;
}

/** Which concept a field asks for: autocomplete, then texts by strength, then input type. */
export function conceptOfField(e: FieldEvidence): string {
  return (
    conceptOfAutocomplete(e) ??
    conceptOfLabel(e.label) ??
    conceptOfLabel(e.ariaLabel) ??
    conceptOfIdentifier(e.name) ??
    conceptOfIdentifier(e.id) ??
    conceptOfLabel(e.placeholder) ??
    conceptOfLabel(e.title) ??
    STRONG_TYPE_CONCEPT.get(e.inputType) ??
    conceptOfOptions(e.options) ??
    conceptOfLabel(e.legend) ??
    conceptOfLabel(e.nearbyText) ??
    WEAK_TYPE_CONCEPT.get(e.inputType) ??
    'unknown'
  );
}

/** Category, sensitivity and fine concept of a field. */
// A checkbox answers yes/no: it can state a health condition or a preference,
// but it cannot hold a name, an address or a number ("Ship to a different
// address?", "Jadikan alamat utama", "Tampilkan kata sandi").
const VALUE_CATEGORIES: ReadonlySet<DataCategory> = new Set<DataCategory>([
  'name',
  'email',
  'phone',
  'address',
  'postal_code',
  'city',
  'country',
  'birth_date',
  'national_id',
  'tax_id',
  'passport',
  'payment_card',
  'card_expiry',
  'card_cvc',
  'bank_account',
  'password',
  'username',
  'company',
]);

export function classifyFieldDetail(e: FieldEvidence): FieldClassificationDetail {
  const concept = conceptOfField(e);
  const entry = CONCEPT_BY_ID.get(concept);
  if (e.inputType === 'checkbox' && entry && VALUE_CATEGORIES.has(entry.category)) {
    return { category: 'other', sensitivity: 'none', concept: 'option_flag' };
  }
  const category: DataCategory = entry?.category ?? 'other';
  return { category, sensitivity: entry?.sensitivity ?? sensitivityOf(category), concept };
}

/** Category and sensitivity of a field (see classifyFieldDetail for the concept). */
export function classifyField(e: FieldEvidence): FieldClassification {
  const { category, sensitivity } = classifyFieldDetail(e);
  return { category, sensitivity };
}

/** True when the field asks for the mother's maiden name ("Nama Ibu Kandung"). */
export function isMothersMaidenName(e: FieldEvidence): boolean {
  return conceptOfField(e) === 'mothers_maiden_name';
}
