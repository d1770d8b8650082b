import type { PermissionRequest } from '../analyzer/model/scan-report';
import { t, type MessageKey, type UiLang } from '../utils/i18n';
import { formatDateTime } from './format';

const PERMISSION_NAMES: Readonly<Record<string, MessageKey>> = {
  geolocation: 'permGeolocation',
  notifications: 'permNotifications',
  camera: 'permCamera',
  microphone: 'permMicrophone',
  'clipboard-read': 'permClipboardRead',
  'persistent-storage': 'permPersistentStorage',
};

export function permissionName(permission: string, lang: UiLang): string {
  const key = PERMISSION_NAMES[permission];
  return key === undefined ? permission : t(key, lang);
}

interface Props {
  readonly requests: readonly PermissionRequest[];
  readonly lang: UiLang;
  readonly showTimes?: boolean;
}

/** Browser-permission requests the page made. The page itself reported them, so they are labelled so. */
export function PermissionList({ requests, lang, showTimes = false }: Props) {
  if (requests.length === 0) return <p class="muted">{t('noPermissionRequests', lang)}</p>;
  return (
    <>
      <p class="muted small">{t('permissionsReportedByPage', lang)}</p>
      <ul class="permissions">
        {requests.map((r, i) => (
          <li
            key={`${r.permission}-${i}`}
            class="permission"
            data-testid="permission-request"
            data-permission={r.permission}
            data-user-gesture={r.userGesture ? 'true' : 'false'}
          >
            <span class="permission-name">{permissionName(r.permission, lang)}</span>{' '}
            <span class={r.userGesture ? 'tag tag-quiet' : 'tag tag-warn'}>
              {t(r.userGesture ? 'permAfterAction' : 'permWithoutAction', lang)}
            </span>
            {showTimes && <span class="muted small"> {formatDateTime(r.at, lang)}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
