import type { Browser } from 'wxt/browser';
import {
  ContentToBackgroundSchema,
  UiToBackgroundSchema,
  type ContentToBackground,
  type PolicyRecheckResponse,
  type UiResponse,
} from '../../utils/protocol';
import { counters, drop } from './counters';
import { onPageFormFound } from './handlers/inject';
import { onPageAnalysed, onPageNotForm, onPagePermissions } from './handlers/page';
import { onTabPolicy } from './handlers/policy';
import { onPageSubmitted } from './handlers/submit';
import { onPolicyRecheck } from './policy/tracking';
import { onTabAnalyse, onTabGet, onTabHighlight } from './handlers/tab';
import { classifySender } from './sender';
import { TabBucket, TabThrottle } from './tab-queue';
import { withPolicy } from './view';

// The one message listener: sender check, allow-list, zod parse, then a thin
// handler. Anything else is dropped and counted; nothing here throws.

const CONTENT_TYPES: ReadonlySet<string> = new Set(
  ContentToBackgroundSchema.options.map((o) => o.shape.type.value),
);
const UI_TYPES: ReadonlySet<string> = new Set(
  UiToBackgroundSchema.options.map((o) => o.shape.type.value),
);

function typeOf(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  return typeof message.type === 'string' ? message.type : undefined;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function messageUrl(msg: ContentToBackground): string {
  return msg.type === 'page.analysed' ? msg.snapshot.url : msg.url;
}

async function handleContent(tabId: number, senderUrl: string, raw: unknown): Promise<void> {
  const parsed = ContentToBackgroundSchema.safeParse(raw);
  if (!parsed.success) return drop('invalid');
  const msg = parsed.data;
  // The page's own URL, as the content script reports it, must be on the sender's origin.
  const origin = originOf(messageUrl(msg));
  if (origin === null || origin !== originOf(senderUrl)) return drop('url_mismatch');
  counters.accepted += 1;
  switch (msg.type) {
    case 'page.analysed':
      return onPageAnalysed(tabId, msg);
    case 'page.notForm':
      return onPageNotForm(tabId, msg);
    case 'page.formFound':
      return onPageFormFound(tabId, msg);
    case 'page.permissions':
      return onPagePermissions(tabId, msg);
    case 'page.submitted':
      return onPageSubmitted(tabId, msg);
  }
}

async function handleUi(raw: unknown): Promise<UiResponse | PolicyRecheckResponse | undefined> {
  const parsed = UiToBackgroundSchema.safeParse(raw);
  if (!parsed.success) {
    drop('invalid');
    return undefined;
  }
  counters.accepted += 1;
  const msg = parsed.data;
  switch (msg.type) {
    case 'tab.get':
      return withPolicy(msg.tabId, await onTabGet(msg));
    case 'tab.analyse':
      return withPolicy(msg.tabId, await onTabAnalyse(msg));
    case 'tab.highlight':
      return withPolicy(msg.tabId, await onTabHighlight(msg));
    case 'tab.policy':
      return withPolicy(msg.tabId, await onTabPolicy(msg));
    case 'policy.recheck':
      return onPolicyRecheck(msg);
  }
}

interface ContentJob {
  senderUrl: string;
  raw: unknown;
}

const run = (tabId: number, job: ContentJob): Promise<void> =>
  handleContent(tabId, job.senderUrl, job.raw).catch(() => drop('error'));
const snapshots = new TabThrottle<ContentJob>(run, () => drop('throttled'));
const permissionBatches = new TabBucket();
// Submits bypass the snapshot throttle: it keeps only the newest pending message, and a
// submit must neither replace nor be replaced by the snapshot sent just before it.
const submits = new TabBucket(4, 1);
// Injections of the analysis script: a page asks once, again only when the user clicks.
const injections = new TabBucket(4, 1);

/** Forget a tab's rate-limit state (closed or navigated). */
export function forgetTabLimits(tabId: number): void {
  snapshots.forget(tabId);
  permissionBatches.forget(tabId);
  submits.forget(tabId);
  injections.forget(tabId);
}

/**
 * Route one message. Returns the UI response to send back, or undefined when
 * there is none (content messages, dropped messages). Resolves when the work
 * for the message is done (or queued behind the rate limit).
 */
export async function routeMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<UiResponse | PolicyRecheckResponse | undefined> {
  try {
    const type = typeOf(raw);
    const from = classifySender(sender);
    if (from.kind === 'other') return drop('sender');
    if (type === undefined) return drop('unknown_type');
    if (from.kind === 'content') {
      if (!CONTENT_TYPES.has(type)) return drop(UI_TYPES.has(type) ? 'sender' : 'unknown_type');
      const job = { senderUrl: from.url, raw };
      if (type === 'page.permissions' || type === 'page.submitted' || type === 'page.formFound') {
        const bucket =
          type === 'page.submitted'
            ? submits
            : type === 'page.formFound'
              ? injections
              : permissionBatches;
        if (!bucket.take(from.tabId)) return drop('throttled');
        await run(from.tabId, job);
        return undefined;
      }
      await snapshots.submit(from.tabId, job);
      return undefined;
    }
    if (!UI_TYPES.has(type)) return drop(CONTENT_TYPES.has(type) ? 'sender' : 'unknown_type');
    return await handleUi(raw);
  } catch {
    drop('error');
    return undefined;
  }
}

/** The runtime.onMessage listener: answers UI messages asynchronously, never throws. */
export function onMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (response?: unknown) => void,
): true {
  void routeMessage(message, sender).then(sendResponse, () => sendResponse(undefined));
  return true;
}
