import type { RuleTexts } from './types';

// Written for a shopper: plain, short, honest about what the law says.
// Findings that rest on GDPR-style reasoning say "likely not explicit consent".

export const TEXTS_EN: RuleTexts = {
  'consent.prechecked': {
    title: 'An optional use of your data is switched on for you',
    explanation:
      'This page turns on an optional use of your data (promotions, sharing with partners or profiling) before you do anything: the box is already ticked, or you must tick a box to refuse. A choice made for you is likely not explicit consent; consent should come from your own action. Untick it if you do not want this.',
  },
  'consent.bundled': {
    title: 'Several purposes share one consent',
    explanation:
      'One checkbox or sentence asks you to agree to different things at once (for example the terms of sale and promotions). A consent request should be clearly separate from other matters, so that you can say yes to one and no to another. A combined request is likely not valid consent for each purpose.',
  },
  'consent.implied': {
    title: 'Consent is assumed from clicking or signing up',
    explanation:
      'The page says that by clicking, registering or paying you agree to how your data is used, but gives you no separate box to agree. Consent assumed from another action is likely not explicit consent.',
  },
  'consent.forced': {
    title: 'You cannot continue without agreeing to an optional use',
    explanation:
      'A required box includes something the purchase or account does not need: promotions, sharing with partners or profiling. Consent you must give in order to buy is likely not freely given, and so likely not valid consent.',
  },
  'consent.no_policy_link': {
    title: 'No privacy policy link where your data is asked for',
    explanation:
      'This form asks for personal data, but Tegas found no link to a privacy policy on the form or next to the consent. Before asking for consent, a shop must tell you who it is, why it wants your data and how it will use it.',
  },
  'consent.language': {
    title: 'Consent text is not in Bahasa Indonesia',
    explanation:
      'This site appears to be aimed at shoppers in Indonesia, but its consent text is in another language. Consent must be asked in clear, simple language; on a site aimed at Indonesia that should be Bahasa Indonesia.',
  },
  'consent.readability': {
    title: 'Consent text is hard to read',
    explanation:
      'The consent text is long, dense or full of legal jargon. A consent request should be easy to understand, so that you know what you are agreeing to.',
  },
  'consent.hidden': {
    title: 'Consent text is hard to see',
    explanation:
      'Part of the consent text is collapsed, out of view, tiny or low-contrast. A consent request should be easy to find and read, not hidden.',
  },
  'data.specific': {
    title: 'Asks for sensitive data',
    explanation:
      'This page asks for data that needs extra protection, such as card or bank details, health data or biometrics (a face photo or selfie). Data-protection law asks for extra care with such data. Give it only if the purchase really needs it.',
  },
  'data.excessive': {
    title: 'Asks for more data than this page needs',
    explanation:
      'Some fields ask for data that a purchase or a shop account does not need (for example an ID-card number, religion, marital status or mother’s maiden name). A shop should collect only what its purpose needs. Leave optional fields empty, or ask why it is needed.',
  },
  'data.child': {
    title: 'Asks for age with no way for a parent to consent',
    explanation:
      'This page asks for a birth date or age but offers no way for a parent or guardian to give consent. If a child uses this page, the law asks for consent from the child’s parent or guardian.',
  },
  'data.insecure': {
    title: 'Your data is sent without encryption',
    explanation:
      'This form is loaded or sent over plain http:, so what you type can be read or changed on the way. A shop must keep your data secure. Do not enter card details or passwords here.',
  },
  'data.third_party_post': {
    title: 'The form sends your data to another site',
    explanation:
      'When you submit, this form sends what you typed to another website. You should be told who receives your data; check the privacy policy for who this recipient is.',
  },
  'permission.no_gesture': {
    title: 'Asked for a browser permission before you did anything',
    explanation:
      'The page asked for your location, notifications, camera or microphone without you clicking anything, or before explaining why. A request like this is likely not explicit consent. You can refuse it.',
  },
  'permission.unrelated': {
    title: 'Asks for a permission shopping does not need',
    explanation:
      'The page asked for your camera, microphone or location, which buying or signing up does not normally need. A shop should collect only what its purpose needs. You can refuse it.',
  },
  'tracking.session_replay': {
    title: 'A session-recording script runs on this form',
    explanation:
      'This page loads a tool (such as Hotjar, Microsoft Clarity or FullStory) that can record your clicks and typing and send them to another company. Check whether the shop told you about it and asked for your consent.',
  },
};
