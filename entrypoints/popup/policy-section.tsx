import { useEffect, useRef, useState } from 'preact/hooks';
import { PolicyChecklist } from '../../components/policy-checklist';
import { askBackground } from '../../components/ui-api';
import { t, type UiLang } from '../../utils/i18n';
import type { PolicyView } from '../../utils/policy-view';

// The popup's collapsed "Privacy policy" section under the findings. While the
// background is still reading the policy it asks again every POLICY_POLL_MS;
// "Read again" sends tab.policy (the background fetches the tab's own link).

export const POLICY_POLL_MS = 500;
/** A fetch gives up after 10 s; the popup waits a little longer than that. */
export const POLICY_POLL_TRIES = 30;

interface Props {
  readonly tabId: number;
  readonly policy: PolicyView | undefined;
  readonly lang: UiLang;
}

export function PopupPolicySection({ tabId, policy: fromView, lang }: Props) {
  const [policy, setPolicy] = useState(fromView);
  const [busy, setBusy] = useState(false);
  const alive = useRef(true);
  useEffect(() => {
    setPolicy(fromView);
  }, [fromView]);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const loading = policy?.state === 'loading';
  useEffect(() => {
    if (!loading) return;
    let tries = 0;
    const timer = setInterval(() => {
      tries += 1;
      if (tries > POLICY_POLL_TRIES) clearInterval(timer);
      void askBackground({ type: 'tab.get', tabId }).then((res) => {
        if (alive.current && res.ok && res.view.policy?.state !== 'loading') {
          clearInterval(timer);
          setPolicy(res.view.policy);
        }
      });
    }, POLICY_POLL_MS);
    return () => clearInterval(timer);
  }, [loading, tabId]);

  const retry = async () => {
    setBusy(true);
    const res = await askBackground({ type: 'tab.policy', tabId });
    if (!alive.current) return;
    setBusy(false);
    if (res.ok) setPolicy(res.view.policy);
  };

  return (
    <details class="section policy-section" data-testid="policy-section">
      <summary>
        <h2 class="summary-heading">{t('pclHeading', lang)}</h2>
      </summary>
      <PolicyChecklist policy={policy} lang={lang} busy={busy} onRetry={() => void retry()} />
    </details>
  );
}
