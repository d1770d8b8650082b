import { z } from 'zod';
import { CleanUrlSchema, HashSchema, OriginSchema } from './record';

// Policies the user disclosed data under, as Tegas last saw them, and every
// version seen. Outside the hash chain: these are Tegas's observations of a
// public text, not the user's disclosures. Shapes are append-only.

const IsoTimeSchema = z.iso.datetime();

/** The latest known state of one policy URL. */
export const PolicyDocSchema = z.strictObject({
  url: CleanUrlSchema,
  origin: OriginSchema,
  /** SHA-256 of the current version's normalized text. */
  hash: HashSchema,
  checkedAt: IsoTimeSchema,
  /** When a change from the previous version was first seen; null while there is one version. */
  changedAt: IsoTimeSchema.nullable(),
});
export type PolicyDoc = z.infer<typeof PolicyDocSchema>;

/** One version of a policy: its compact text and what changed from the version before. */
export const PolicyVersionSchema = z.strictObject({
  id: z.uuid(),
  url: CleanUrlSchema,
  hash: HashSchema,
  firstSeen: IsoTimeSchema,
  lastSeen: IsoTimeSchema,
});
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;
