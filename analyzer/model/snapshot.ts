import { z } from 'zod';

// PageSnapshot: what analyzer/extract reads off a page, as closed, bounded,
// serialisable evidence. It crosses the content-script → background boundary,
// so it is parsed with zod there. It never holds what the user typed.

// Constants live in snapshot-limits.ts, without zod, so that the content
// script's extractor can use them without bundling the schema library.
import { LIMITS, SNAPSHOT_SCHEMA_VERSION } from './snapshot-limits';

export { LIMITS, SNAPSHOT_SCHEMA_VERSION };

const short = z.string().max(LIMITS.shortText);
const long = z.string().max(LIMITS.longText);

export const LinkEvidenceSchema = z.object({
  href: z.string().max(LIMITS.longText),
  text: short,
  /** Index of the form group the link sits in or right next to; absent for footer/header links. */
  group: z.number().int().optional(),
});
export type LinkEvidence = z.infer<typeof LinkEvidenceSchema>;

export const GroupEvidenceSchema = z.object({
  index: z.number().int().nonnegative(),
  selector: short,
  /** `form` for a <form>; `formless` for a container that groups fields of an SPA. */
  kind: z.enum(['form', 'formless']),
  /** Resolved absolute URL the form posts to, when it has an action. */
  action: z.string().max(LIMITS.longText).optional(),
  method: z.string().max(10),
  /** Text of the group's submit buttons ("Buat Pesanan", "Place order"). */
  submitTexts: z.array(short).max(LIMITS.submitTexts),
  /** Heading or legend text that titles the group. */
  heading: short,
});
export type GroupEvidence = z.infer<typeof GroupEvidenceSchema>;

export const FieldEvidenceSchema = z.object({
  selector: short,
  group: z.number().int(),
  tag: z.enum(['input', 'select', 'textarea']),
  /** input type, or `select` / `textarea`. */
  inputType: short,
  name: short.optional(),
  id: short.optional(),
  /** autocomplete tokens, lower-cased ("shipping", "tel-national"). */
  autocomplete: z.array(short).max(10),
  /** Label from for=, a wrapping <label>, aria-labelledby, in that order. */
  label: short,
  ariaLabel: short.optional(),
  placeholder: short.optional(),
  title: short.optional(),
  legend: short.optional(),
  /** Text right before the control when no label is tied to it. */
  nearbyText: short.optional(),
  /** Texts of <option>s (select) or of the radio group's choices. */
  options: z.array(short).max(LIMITS.options),
  inputMode: short.optional(),
  maxLength: z.number().int().optional(),
  /** Required by markup: `required`, aria-required, a platform's required-row class. Label markers are judged in classification. */
  required: z.boolean(),
  visible: z.boolean(),
});
export type FieldEvidence = z.infer<typeof FieldEvidenceSchema>;

/**
 * A choice control — checkbox, radio group or switch — not yet judged: the
 * background decides whether it asks for consent (it becomes a Consent) or is
 * an ordinary option (it becomes a Field).
 */
export const ControlEvidenceSchema = z.object({
  selector: short,
  group: z.number().int(),
  control: z.enum(['checkbox', 'radio', 'toggle']),
  name: short.optional(),
  id: short.optional(),
  /** The full label text, including the text of links inside it; for a radio group, question and choices. */
  text: long,
  /** Radio group: the question it answers (legend, radiogroup label or the text before it). */
  question: short.optional(),
  /** Radio group: the choices' labels. */
  choices: z.array(short).max(LIMITS.options),
  legend: short.optional(),
  links: z.array(LinkEvidenceSchema).max(10),
  /** Default state as the page set it (the `checked` attribute / aria-checked), not the user's click; for a radio group, an affirmative choice is selected. */
  prechecked: z.boolean(),
  required: z.boolean(),
  visible: z.boolean(),
});
export type ControlEvidence = z.infer<typeof ControlEvidenceSchema>;

/** A text block in or next to a form that may infer consent from an action; the background decides. */
export const StatementEvidenceSchema = z.object({
  selector: short.optional(),
  group: z.number().int(),
  text: long,
  links: z.array(LinkEvidenceSchema).max(10),
  /** The text sits next to a submit button (same container or the one before/after). */
  nearSubmit: z.boolean(),
});
export type StatementEvidence = z.infer<typeof StatementEvidenceSchema>;

export const PageSnapshotSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  url: z.string().max(LIMITS.longText),
  title: short,
  htmlLang: short.optional(),
  headings: z.array(short).max(LIMITS.headings),
  /** Visible text, bounded, for language detection and page-kind signals. */
  textSample: z.string().max(LIMITS.textSample),
  groups: z.array(GroupEvidenceSchema).max(LIMITS.groups),
  fields: z.array(FieldEvidenceSchema).max(LIMITS.fields),
  controls: z.array(ControlEvidenceSchema).max(LIMITS.controls),
  statements: z.array(StatementEvidenceSchema).max(LIMITS.statements),
  /** Links that may be privacy-policy links, anywhere on the page; classification decides. */
  policyLinks: z.array(LinkEvidenceSchema).max(LIMITS.links),
  /** src of external scripts (for session-replay and third-party rules). */
  scripts: z.array(z.string().max(LIMITS.longText)).max(LIMITS.scripts),
  /** True when a bound was hit and some evidence was dropped. */
  truncated: z.boolean(),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
