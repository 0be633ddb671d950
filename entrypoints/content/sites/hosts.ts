// The hosts Tone Coach runs on by default (manifest host_permissions and content-script matches): exactly the
// union of the site adapters' hosts (a repository test checks it). Anything else is added by the user at
// runtime (optional host permission + a registered content script), never by default.
export const SUPPORTED_HOST_PATTERNS: string[] = [
  // x.ts
  'https://x.com/*',
  'https://twitter.com/*',
  'https://pro.x.com/*',
  // facebook.ts
  'https://*.facebook.com/*',
  // messenger.ts
  'https://*.messenger.com/*',
  // instagram.ts
  'https://*.instagram.com/*',
  // zendesk.ts
  'https://*.zendesk.com/*',
  // freshdesk.ts
  'https://*.freshdesk.com/*',
  // intercom.ts
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
  // helpscout.ts
  'https://secure.helpscout.net/*',
  // gorgias.ts
  'https://*.gorgias.com/*',
  // front.ts
  'https://app.frontapp.com/*',
  // hubspot.ts
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  // gmail.ts
  'https://mail.google.com/*',
  // outlook.ts
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];
