// Bounds of a PageSnapshot, shared by the extractor (content script, no zod)
// and the schema that validates snapshots (background).

export const SNAPSHOT_SCHEMA_VERSION = 1;

// Bounds: a hostile or huge page cannot make the snapshot grow without limit.
export const LIMITS = {
  shortText: 300,
  longText: 2000,
  textSample: 6000,
  fields: 400,
  controls: 150,
  statements: 40,
  links: 40,
  scripts: 150,
  groups: 60,
  options: 40,
  headings: 20,
  submitTexts: 10,
} as const;
