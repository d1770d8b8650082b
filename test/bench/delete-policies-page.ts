// Browser entry of the delete-forgets-policies benchmark (bundled by
// delete-policies.ts): deleteSite at 100,000 records when the site's policy is
// named by no other record (a full pass over the records), when another site
// names it too (the pass stops at the first such record), and with no policy.
import { buildDisclosure, Ledger, recordPolicyVersion } from '../../history';
import { observation } from '../unit/history/fixtures';
import { makeDraft } from './history-suite';

const total = Number(new URLSearchParams(location.search).get('total') ?? 100_000);
const SITE_RECORDS = 108;

function siteDrafts(origin: string, policyUrl: string | null) {
  return Array.from({ length: SITE_RECORDS }, (_, i) => {
    const { policy: _policy, ...base } = observation({
      submittedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      pageUrl: `${origin}/checkout`,
    });
    return buildDisclosure(policyUrl === null ? base : { ...base, policy: { url: policyUrl } });
  });
}

async function run(): Promise<void> {
  const ledger = new Ledger({ name: 'tegas-bench-delete-policies' });
  await ledger.open();
  await ledger.deleteAll();
  for (let i = 0; i < total; i += 5000)
    await ledger.appendMany(
      Array.from({ length: Math.min(5000, total - i) }, (_, k) => makeDraft(i + k)),
    );
  const cases: readonly [string, string, string | null, boolean][] = [
    [
      'stored policy named by no other record (full pass)',
      'https://own.example',
      'https://own.example/privasi',
      true,
    ],
    // Every makeDraft record names the fixture's policy: found at once.
    [
      'stored policy also named by other sites (stops early)',
      'https://shared.example',
      'https://www.toko-nusantara.id/privasi',
      true,
    ],
    [
      'policy never stored (no pass)',
      'https://unstored.example',
      'https://unstored.example/privasi',
      false,
    ],
    ['no policy', 'https://none.example', null, false],
  ];
  for (const [label, origin, policyUrl, stored] of cases) {
    await ledger.appendMany(siteDrafts(origin, policyUrl));
    if (stored && policyUrl !== null)
      await recordPolicyVersion(
        ledger.db,
        {
          url: policyUrl,
          finalUrl: policyUrl,
          text: 'Kami mengumpulkan nama Anda.',
          hash: 'a'.repeat(64),
        },
        new Date().toISOString(),
      );
    const start = performance.now();
    const n = await ledger.deleteSite(origin);
    const ms = (performance.now() - start).toFixed(0);
    const left =
      policyUrl === null
        ? 0
        : await ledger.db.policyVersions.where('url').equals(policyUrl).count();
    console.log(
      `deleteSite (${n} records, ${total} in all), ${label}: ${ms} ms; versions left ${left}`,
    );
  }
  await ledger.deleteAll();
  ledger.close();
}

run().then(
  () => console.log('BENCH-DONE'),
  (error: unknown) => console.log(`BENCH-FAILED ${String(error)}`),
);
