import { z } from 'zod';

// Opt-in identification hints. A hint helps the user recognise which account
// they used ("j***@gmail.com", "0812****7890") without storing the value. The
// schema pins the masked shape, so a full value cannot pass for a hint; the
// brand means only maskHint() or a parse can produce one.

const EMAIL_HINT = /^[a-z0-9]?\*\*\*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const PHONE_HINT = /^\d{4}\*{4}\d{2,4}$/;

export const MaskedHintSchema = z
  .string()
  .max(80)
  .refine((value) => EMAIL_HINT.test(value) || PHONE_HINT.test(value), 'not a masked hint')
  .brand<'MaskedHint'>();
export type MaskedHint = z.infer<typeof MaskedHintSchema>;

/**
 * `jane.doe@gmail.com` → `j***@gmail.com`; `+62 812-3456-7890` → `0812****7890`.
 * Anything else (NIK, card numbers, names) → null: those get no hint at all.
 */
export function maskHint(value: string): MaskedHint | null {
  const trimmed = value.trim();
  const hint = trimmed.includes('@') ? maskEmail(trimmed) : maskPhone(trimmed);
  if (hint === null) return null;
  const parsed = MaskedHintSchema.safeParse(hint);
  return parsed.success ? parsed.data : null;
}

function maskEmail(value: string): string | null {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local === '' || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(domain)) return null;
  const first = local[0]?.toLowerCase() ?? '';
  // A two-letter local part would be half revealed by its first letter.
  const shown = local.length >= 3 && /^[a-z0-9]$/.test(first) ? first : '';
  return `${shown}***@${domain}`;
}

function maskPhone(value: string): string | null {
  if (!/^[+\d][\d\s().-]*$/.test(value)) return null;
  let digits = value.replace(/\D/g, '');
  if (value.startsWith('+62')) digits = '0' + digits.slice(2);
  else if (digits.startsWith('62') && digits.length >= 11) digits = '0' + digits.slice(2);
  if (!digits.startsWith('0') || digits.length < 10 || digits.length > 15) return null;
  // The operator prefix and at most the last four digits; at least four stay hidden.
  const tail = Math.min(4, digits.length - 8);
  return `${digits.slice(0, 4)}****${digits.slice(digits.length - tail)}`;
}
