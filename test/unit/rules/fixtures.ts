import type { ClassifiedPage } from '../../../analyzer/model/classified';
import type { LiveEvidence } from '../../../analyzer/model/live';
import type { RuleId } from '../../../analyzer/rulebooks';
import {
  POLICY_LINK,
  cleanCheckout,
  consent,
  field,
  group,
  live,
  page,
  statement,
} from './builders';

// One page that fires and one that must not, per rule. The meta-test runs
// them all; Record<RuleId, …> makes a missing rule a compile error.

export interface RuleCase {
  readonly page: ClassifiedPage;
  readonly live?: LiveEvidence;
}

export const RULE_FIXTURES: Readonly<Record<RuleId, { fires: RuleCase; silent: RuleCase }>> = {
  'consent.prechecked': {
    fires: { page: page({ consents: [consent({ prechecked: true })] }) },
    silent: { page: page({ consents: [consent({ prechecked: false })] }) },
  },
  'consent.bundled': {
    fires: {
      page: page({
        consents: [
          consent({
            text: 'Saya menyetujui Syarat & Ketentuan dan bersedia menerima promo.',
            purposes: ['terms', 'marketing'],
            bundled: true,
            required: true,
          }),
        ],
      }),
    },
    silent: { page: cleanCheckout() },
  },
  'consent.implied': {
    fires: {
      page: page({
        consents: [
          statement(
            'Dengan mendaftar, Anda menyetujui Syarat & Ketentuan serta Kebijakan Privasi kami.',
          ),
        ],
      }),
    },
    silent: { page: cleanCheckout() },
  },
  'consent.forced': {
    fires: {
      page: page({ consents: [consent({ required: true, purposes: ['marketing'] })] }),
    },
    silent: { page: cleanCheckout() },
  },
  'consent.no_policy_link': {
    fires: { page: page({ fields: [field('email'), field('phone')] }) },
    silent: { page: page({ fields: [field('email')], policyLinks: [POLICY_LINK] }) },
  },
  'consent.language': {
    fires: {
      page: page({
        consents: [consent({ text: 'I agree to receive offers from our partners.' })],
        snapshot: { htmlLang: 'id' },
      }),
    },
    silent: { page: cleanCheckout() },
  },
  'consent.readability': {
    fires: {
      page: page({
        consents: [
          consent({
            text: 'Dengan ini saya menyatakan dan menjamin bahwa saya membebaskan penjual dari segala bentuk tuntutan sebagaimana dimaksud dalam ketentuan yang berlaku.',
          }),
        ],
      }),
    },
    silent: { page: cleanCheckout() },
  },
  'consent.hidden': {
    fires: hiddenConsentFixture(),
    silent: { page: cleanCheckout(), live: live() },
  },
  'data.specific': {
    fires: { page: page({ fields: [field('payment_card')] }) },
    silent: { page: page({ fields: [field('name'), field('email')] }) },
  },
  'data.excessive': {
    fires: { page: page({ fields: [field('national_id', { label: 'NIK' })] }) },
    silent: { page: cleanCheckout() },
  },
  'data.child': {
    fires: { page: page({ pageKind: 'signup', fields: [field('birth_date')] }) },
    silent: {
      page: page({
        pageKind: 'signup',
        fields: [field('birth_date')],
        consents: [
          consent({
            text: 'Jika saya di bawah umur, orang tua/wali saya telah menyetujui.',
            purposes: ['other'],
          }),
        ],
      }),
    },
  },
  'data.insecure': {
    fires: { page: page({ url: 'http://toko.example.co.id/checkout', fields: [field('email')] }) },
    silent: { page: page({ url: 'http://localhost:5173/checkout', fields: [field('email')] }) },
  },
  'data.third_party_post': {
    fires: {
      page: page({
        fields: [field('email')],
        snapshot: { groups: [group({ action: 'https://collect.other-site.com/submit' })] },
      }),
    },
    silent: {
      page: page({
        fields: [field('email')],
        snapshot: { groups: [group({ action: 'https://api.example.co.id/checkout' })] },
      }),
    },
  },
  'permission.no_gesture': {
    fires: {
      page: cleanCheckout(),
      live: live({
        permissionRequests: [
          {
            permission: 'geolocation',
            at: '2026-01-05T10:00:00Z',
            userGesture: false,
            source: 'page',
          },
        ],
      }),
    },
    silent: {
      page: cleanCheckout(),
      live: live({
        permissionRequests: [
          {
            permission: 'geolocation',
            at: '2026-01-05T10:00:00Z',
            userGesture: true,
            explained: true,
            source: 'page',
          },
        ],
      }),
    },
  },
  'permission.unrelated': {
    fires: {
      page: cleanCheckout(),
      live: live({
        permissionRequests: [
          { permission: 'camera', at: '2026-01-05T10:00:00Z', userGesture: true, source: 'page' },
        ],
      }),
    },
    silent: {
      page: cleanCheckout(),
      live: live({
        permissionRequests: [
          {
            permission: 'notifications',
            at: '2026-01-05T10:00:00Z',
            userGesture: true,
            source: 'page',
          },
        ],
      }),
    },
  },
  'tracking.session_replay': {
    fires: {
      page: page({ snapshot: { scripts: ['https://static.hotjar.com/c/hotjar-123.js?sv=6'] } }),
    },
    silent: {
      page: page({ snapshot: { scripts: ['https://www.googletagmanager.com/gtm.js?id=GTM-X'] } }),
    },
  },
};

/** A clean checkout whose first consent is measured as tiny text by the browser. */
function hiddenConsentFixture(): RuleCase {
  const page = cleanCheckout();
  const selector = page.consents[0]?.selector ?? '';
  return {
    page,
    live: live({
      hiddenConsents: [{ selector, reason: 'tiny_text', fontSizePx: 6, source: 'extension' }],
    }),
  };
}
