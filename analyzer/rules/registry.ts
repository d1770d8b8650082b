import { consentBundled } from './consent.bundled';
import { consentForced } from './consent.forced';
import { consentHidden } from './consent.hidden';
import { consentImplied } from './consent.implied';
import { consentLanguage } from './consent.language';
import { consentNoPolicyLink } from './consent.no_policy_link';
import { consentPrechecked } from './consent.prechecked';
import { consentReadability } from './consent.readability';
import { dataChild } from './data.child';
import { dataExcessive } from './data.excessive';
import { dataInsecure } from './data.insecure';
import { dataSpecific } from './data.specific';
import { dataThirdPartyPost } from './data.third_party_post';
import { permissionNoGesture } from './permission.no_gesture';
import { permissionUnrelated } from './permission.unrelated';
import { trackingSessionReplay } from './tracking.session_replay';
import type { Rule } from './types';

// Every rule file, once. test/meta/rules.test.ts checks this list against the folder.
// Order is the report order within one severity.
export const RULES: readonly Rule[] = [
  consentPrechecked,
  consentForced,
  consentBundled,
  consentImplied,
  consentHidden,
  consentNoPolicyLink,
  consentLanguage,
  consentReadability,
  dataInsecure,
  dataExcessive,
  dataThirdPartyPost,
  dataChild,
  dataSpecific,
  permissionNoGesture,
  permissionUnrelated,
  trackingSessionReplay,
];
