import { z } from 'zod';
import { OriginSchema } from './record';

// Requests and complaints the user marked as sent, for tracking their due
// dates. Outside the hash chain: the user's own log. Shapes are append-only.

const IsoTimeSchema = z.iso.datetime();

export const TrackedRequestSchema = z.strictObject({
  id: z.uuid(),
  origin: OriginSchema,
  status: z.enum(['sent', 'answered', 'closed']),
  sentAt: IsoTimeSchema,
  /** Null when no deadline could be computed (e.g. a year without a holiday table). */
  dueAt: IsoTimeSchema.nullable(),
});
export type TrackedRequest = z.infer<typeof TrackedRequestSchema>;
