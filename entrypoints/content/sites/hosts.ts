// The hosts Tone Coach runs on by default (manifest host_permissions and content-script matches).
// Owned by the sites work: each site file declares its hosts; this list must equal their union
// (a repository test checks it). Anything else is added by the user at runtime.
export const SUPPORTED_HOST_PATTERNS: string[] = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://pro.x.com/*',
  'https://*.facebook.com/*',
  'https://*.messenger.com/*',
  'https://*.instagram.com/*',
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://app.intercom.com/*',
  'https://secure.helpscout.net/*',
  'https://*.gorgias.com/*',
  'https://app.frontapp.com/*',
  'https://app.hubspot.com/*',
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.live.com/*',
];
