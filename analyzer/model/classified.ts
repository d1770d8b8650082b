import { z } from 'zod';
import { ConsentSchema, FieldSchema, PageKindSchema, PermissionRequestSchema } from './scan-report';
import { LinkEvidenceSchema, PageSnapshotSchema } from './snapshot';

// ClassifiedPage: the snapshot after classification, before rules. It is the
// ScanReport's body plus the finer facts rules need (field concept, opt-out
// wording, which form group an item belongs to).

export const ClassifiedFieldSchema = FieldSchema.extend({
  /** Finer concept than the category, e.g. "mothers_maiden_name", "whatsapp", "district". */
  concept: z.string(),
  /** Index into snapshot.groups. */
  group: z.number().int(),
});
export type ClassifiedField = z.infer<typeof ClassifiedFieldSchema>;

export const ClassifiedConsentSchema = ConsentSchema.extend({
  /** The control's text expresses refusal ("I do not want offers"): ticking it refuses. */
  optOut: z.boolean(),
  group: z.number().int(),
});
export type ClassifiedConsent = z.infer<typeof ClassifiedConsentSchema>;

export const ClassifiedPageSchema = z.object({
  url: z.string(),
  pageKind: PageKindSchema,
  language: z.string(),
  fields: z.array(ClassifiedFieldSchema),
  consents: z.array(ClassifiedConsentSchema),
  /** With `group` set when the link sits on or next to a form. */
  policyLinks: z.array(LinkEvidenceSchema),
  permissionRequests: z.array(PermissionRequestSchema),
  snapshot: PageSnapshotSchema,
});
export type ClassifiedPage = z.infer<typeof ClassifiedPageSchema>;
