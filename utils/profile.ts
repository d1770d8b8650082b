import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

// The user's own details for letters (name, address, e-mail, phone, place),
// entered once and only if they want. Kept in storage.local under its own key
// — never synced, never in the ledger or its exports — and used only to fill
// letter drafts. Every read is parsed; a damaged value reads as empty.

export const PROFILE_VERSION = 1;
export const PROFILE_FIELDS = ['name', 'address', 'email', 'phone', 'place'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const PROFILE_LIMITS: Readonly<Record<ProfileField, number>> = {
  name: 200,
  address: 500,
  email: 254,
  phone: 40,
  place: 80,
};

const text = (field: ProfileField) => z.string().trim().min(1).max(PROFILE_LIMITS[field]);

export const ProfileSchema = z.strictObject({
  name: text('name').optional(),
  address: text('address').optional(),
  email: text('email')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/)
    .optional(),
  phone: text('phone')
    .regex(/^\+?[0-9(][0-9 ().-]{3,}$/)
    .optional(),
  place: text('place').optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** What the form holds: every field as typed, '' for empty. */
export type ProfileDraft = Readonly<Record<ProfileField, string>>;

export const EMPTY_DRAFT: ProfileDraft = { name: '', address: '', email: '', phone: '', place: '' };

export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  /** The fields that are invalid (too long, not an e-mail, not a phone number). */
  | { readonly ok: false; readonly invalid: readonly ProfileField[] };

/** Checks a form draft; empty fields are left out. */
export function validateProfile(draft: ProfileDraft): ProfileResult {
  const input: Partial<Record<ProfileField, string>> = {};
  for (const field of PROFILE_FIELDS) {
    const value = draft[field].trim();
    if (value !== '') input[field] = value;
  }
  const parsed = ProfileSchema.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const invalid = new Set<ProfileField>();
  for (const issue of parsed.error.issues) {
    const field = PROFILE_FIELDS.find((f) => f === issue.path[0]);
    if (field !== undefined) invalid.add(field);
  }
  return { ok: false, invalid: PROFILE_FIELDS.filter((f) => invalid.has(f)) };
}

/** A stored value as a profile; anything malformed (hand-edited, damaged) reads as empty. */
export function parseProfile(value: unknown): Profile {
  const parsed = ProfileSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

export function draftOf(profile: Profile): ProfileDraft {
  return {
    name: profile.name ?? '',
    address: profile.address ?? '',
    email: profile.email ?? '',
    phone: profile.phone ?? '',
    place: profile.place ?? '',
  };
}

export function isEmptyProfile(profile: Profile): boolean {
  return PROFILE_FIELDS.every((f) => profile[f] === undefined);
}

export const profileItem = storage.defineItem<Profile | null>('local:letterProfile', {
  fallback: null,
  version: PROFILE_VERSION,
});

export async function getProfile(): Promise<Profile> {
  return parseProfile(await profileItem.getValue());
}

/** Saves a validated profile; an empty one removes the item. */
export async function saveProfile(profile: Profile): Promise<Profile> {
  const parsed = ProfileSchema.parse(profile);
  if (isEmptyProfile(parsed)) await profileItem.removeValue();
  else await profileItem.setValue(parsed);
  return parsed;
}

/** "Forget my details": removes the item and its version marker. */
export async function forgetProfile(): Promise<void> {
  await profileItem.removeValue({ removeMeta: true });
}

export function watchProfile(cb: (profile: Profile) => void): () => void {
  return profileItem.watch((value) => cb(parseProfile(value)));
}
