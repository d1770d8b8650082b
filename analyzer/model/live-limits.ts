// Bounds of LiveEvidence, shared by the content script (no zod) and the schema.

export const LIVE_EVIDENCE_SCHEMA_VERSION = 1;

export const LIVE_LIMITS = {
  selector: 300,
  text: 300,
  url: 2000,
  name: 64,
  hiddenConsents: 60,
  permissionRequests: 50,
  scripts: 150,
} as const;
