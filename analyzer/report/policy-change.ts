import { POLICY_CHANGED_RULE_ID, policyChangedFinding } from '../policy/changes';
import type { RulebookId } from '../rulebooks';
import type { Zone } from './deadlines';
import { formatDateTime } from './dates';
import { cleanText } from './escape';
import { toDate, type PolicyChange } from './input';
import type { UiLang } from './labels';

// The policy.changed notice of a report: when the user last gave data on the
// site, how many sentences of the policy changed since, and the article of the
// report's rulebook as analyzer/policy/changes.ts's finding cites it (none
// where the rulebook has no article: Permenkominfo 20/2016).

export interface PolicyChangeView {
  readonly ruleId: string;
  /** The last disclosure's time, formatted for the report's language and zone. */
  readonly since: string;
  readonly added: number;
  readonly removed: number;
  readonly notice: string;
  /** Each as "rulebook article"; empty when the rulebook has no article for it. */
  readonly citations: readonly string[];
}

export function policyChangeView(
  change: PolicyChange,
  rulebook: RulebookId,
  lang: UiLang,
  zone: Zone,
  cite: (rulebook: string, article: string) => string,
): PolicyChangeView {
  const at = toDate(change.since);
  const since = at === undefined ? cleanText(change.since, 64) : formatDateTime(at, zone, lang);
  const finding = policyChangedFinding(
    {
      added: [],
      removed: [],
      addedCount: change.added,
      removedCount: change.removed,
      disclosures: [change.since],
    },
    { locale: lang, rulebook },
  );
  const notice =
    lang === 'id'
      ? `Kebijakan privasi situs ini berubah setelah terakhir kali Anda memberikan data di sini (${since}): ${change.added} kalimat ditambahkan, ${change.removed} kalimat dihapus. Baca kembali kebijakannya sebelum memberikan data lagi.`
      : `This site's privacy policy changed after you last gave data here (${since}): ${change.added} sentences added, ${change.removed} removed. Read it again before you give data again.`;
  return {
    ruleId: POLICY_CHANGED_RULE_ID,
    since,
    added: change.added,
    removed: change.removed,
    notice,
    citations: (finding?.citations ?? []).map((c) => cite(c.rulebook, c.article)),
  };
}
