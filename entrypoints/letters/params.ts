import { z } from 'zod';
import { isLetterKind, type LetterKind } from '../../analyzer/report';

// letters.html's URL contract (entrypoints/README.md):
//   ?tab=<tabId>&kind=<kind>            from the report page: the tab's analysis
//   ?site=<origin>&kind=<kind>          from the dashboard: a site's history
//   ?request=<id>&followup=reminder|complaint   from a tracked request
// Anything malformed is ignored, never trusted: the page then starts blank.

export interface LettersParams {
  readonly tab: number | null;
  readonly site: string | null;
  readonly kind: LetterKind | null;
  readonly request: string | null;
  readonly followup: 'reminder' | 'complaint' | null;
}

const TabSchema = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().min(0));
const SiteSchema = z
  .string()
  .max(256)
  .refine(
    (v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol) && new URL(v).origin === v,
  );
const FollowupSchema = z.enum(['reminder', 'complaint']);

function pick<T>(schema: z.ZodType<T>, value: string | null): T | null {
  if (value === null) return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseLettersParams(search: string): LettersParams {
  const q = new URLSearchParams(search);
  const kind = q.get('kind');
  return {
    tab: pick(TabSchema, q.get('tab')),
    site: pick(SiteSchema, q.get('site')),
    kind: isLetterKind(kind) ? kind : null,
    request: pick(z.uuid(), q.get('request')),
    followup: pick(FollowupSchema, q.get('followup')),
  };
}
