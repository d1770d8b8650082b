// Session-replay and form-analytics vendors, matched on the script host (the
// domain or any subdomain). Sources: each vendor's install snippet.
export const SESSION_REPLAY_VENDORS: readonly {
  readonly name: string;
  readonly domains: readonly string[];
}[] = [
  { name: 'Hotjar', domains: ['hotjar.com', 'hotjar.io'] },
  { name: 'Microsoft Clarity', domains: ['clarity.ms'] },
  { name: 'FullStory', domains: ['fullstory.com'] },
  {
    name: 'LogRocket',
    domains: ['logrocket.io', 'logrocket.com', 'lr-ingest.io', 'lr-in.com', 'lr-in-prod.com'],
  },
  { name: 'Smartlook', domains: ['smartlook.com', 'smartlook.cloud'] },
  { name: 'Mouseflow', domains: ['mouseflow.com'] },
  { name: 'Inspectlet', domains: ['inspectlet.com'] },
  { name: 'Lucky Orange', domains: ['luckyorange.com', 'luckyorange.net'] },
  { name: 'Crazy Egg', domains: ['crazyegg.com'] },
  { name: 'Contentsquare', domains: ['contentsquare.net', 'contentsquare.com'] },
  { name: 'Quantum Metric', domains: ['quantummetric.com'] },
  { name: 'Glassbox', domains: ['glassboxdigital.io', 'glassboxcdn.com'] },
  { name: 'Decibel', domains: ['decibelinsight.net'] },
];

// Payment providers a checkout may legitimately post to: still a recipient the
// shopper should be told about, but a milder finding. Matched on the action host.
export const PAYMENT_PROVIDER_DOMAINS: readonly string[] = [
  'midtrans.com',
  'veritrans.co.id',
  'xendit.co',
  'doku.com',
  'ipay88.co.id',
  'faspay.co.id',
  'espay.id',
  'nicepay.co.id',
  'duitku.com',
  'stripe.com',
  'paypal.com',
  'adyen.com',
  'braintreegateway.com',
  'checkout.com',
  '2c2p.com',
];
