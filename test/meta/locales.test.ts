import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// The UI strings check themselves: both locales have the same keys and
// placeholders, every message has a translator's description, none is empty,
// and every key is used somewhere in the code.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES = ['id', 'en'] as const;
const PLACEHOLDER_IN_TEXT = /\$([A-Za-z0-9_@]+)\$/g;

const MessageSchema = z
  .object({
    message: z.string().trim().min(1),
    description: z.string().trim().min(10),
    placeholders: z
      .record(
        z.string().regex(/^[a-z0-9_]+$/),
        z.object({ content: z.string().regex(/^\$[1-9]$/), example: z.string().min(1) }).strict(),
      )
      .optional(),
  })
  .strict();
const CatalogSchema = z.record(z.string().regex(/^(?!@@)[A-Za-z0-9_@]+$/), MessageSchema);
type Catalog = z.infer<typeof CatalogSchema>;

function load(lang: string): Catalog {
  const file = join(ROOT, 'public', '_locales', lang, 'messages.json');
  return CatalogSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
const catalogs = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<
  (typeof LOCALES)[number],
  Catalog
>;

const namesInText = (text: string) =>
  [...text.matchAll(PLACEHOLDER_IN_TEXT)].map((m) => (m[1] ?? '').toLowerCase()).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('are exactly id and en, each a valid messages.json with descriptions', () => {
    expect(readdirSync(join(ROOT, 'public', '_locales')).sort()).toEqual(['en', 'id']);
    for (const lang of LOCALES) expect(Object.keys(catalogs[lang]).length).toBeGreaterThan(0);
  });

  it('have the same keys', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.id).sort());
  });

  it('keep the manifest messages', () => {
    for (const lang of LOCALES) {
      expect(catalogs[lang]).toHaveProperty('extName');
      expect(catalogs[lang]).toHaveProperty('extDescription');
    }
  });

  it('declare exactly the placeholders each message uses, the same in both languages', () => {
    for (const key of Object.keys(catalogs.en)) {
      const shapes = LOCALES.map((lang) => {
        const m = catalogs[lang][key];
        if (m === undefined) throw new Error(`${lang} lacks ${key}`);
        const declared = Object.entries(m.placeholders ?? {})
          .map(([name, p]) => `${name}=${p.content}`)
          .sort();
        expect(namesInText(m.message), `${lang}.${key}`).toEqual(
          Object.keys(m.placeholders ?? {}).sort(),
        );
        expect(m.message.replace(PLACEHOLDER_IN_TEXT, ''), `${lang}.${key}: stray $`).not.toContain(
          '$',
        );
        return declared;
      });
      expect(shapes[0], key).toEqual(shapes[1]);
    }
  });

  it('are translated: the two languages differ except for names', () => {
    const same = Object.keys(catalogs.en).filter(
      (k) => catalogs.en[k]?.message === catalogs.id[k]?.message,
    );
    expect(same).toEqual([]);
  });

  it('has every key used by the code, and no unused key', () => {
    const code = [
      ...['components', 'entrypoints', 'utils'].flatMap((d) => sourceFiles(join(ROOT, d))),
      join(ROOT, 'wxt.config.ts'),
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(catalogs.en).filter(
      (k) => !code.includes(`'${k}'`) && !code.includes(`__MSG_${k}__`),
    );
    expect(unused).toEqual([]);
  });
});
