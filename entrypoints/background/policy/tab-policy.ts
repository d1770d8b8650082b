import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { POLICY_FETCH_FAILURES } from '../../../analyzer/policy/source-check';

// Per tab: which policy the analysed page links to and how fetching it went.
// Small on purpose (storage.session has a quota): the report stays in the
// policy cache (storage.local), referenced by URL; never the text. Tied to the
// page it belongs to (`pageUrl`): a state of an earlier page in the tab is ignored.

const KEY_PREFIX = 'tegas:policy-tab:';

export const TabPolicySchema = z.object({
  version: z.literal(1),
  /** The analysed page (TabRecord.url) the link was taken from. */
  pageUrl: z.string().max(2000),
  /** The policy link, resolved to an absolute URL. */
  url: z.string().max(2000),
  state: z.enum(['loading', 'ok', 'error']),
  reason: z.enum(POLICY_FETCH_FAILURES).optional(),
  status: z.number().int().optional(),
  fetchedAt: z.string().max(64).nullable(),
});
export type TabPolicy = z.infer<typeof TabPolicySchema>;

const memory = new Map<number, TabPolicy>();

function sessionArea(): Browser.storage.StorageArea | undefined {
  return browser.storage?.session;
}

export async function getTabPolicy(tabId: number): Promise<TabPolicy | null> {
  const cached = memory.get(tabId);
  if (cached !== undefined) return cached;
  const key = KEY_PREFIX + String(tabId);
  try {
    const stored: Record<string, unknown> = (await sessionArea()?.get(key)) ?? {};
    const parsed = TabPolicySchema.safeParse(stored[key]);
    if (!parsed.success) return null;
    memory.set(tabId, parsed.data);
    return parsed.data;
  } catch {
    return null;
  }
}

export async function setTabPolicy(tabId: number, value: TabPolicy): Promise<void> {
  memory.set(tabId, value);
  await sessionArea()
    ?.set({ [KEY_PREFIX + String(tabId)]: value })
    .catch(() => undefined);
}

export async function clearTabPolicy(tabId: number): Promise<void> {
  memory.delete(tabId);
  await sessionArea()
    ?.remove(KEY_PREFIX + String(tabId))
    .catch(() => undefined);
}
