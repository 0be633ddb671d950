// The welcome page opens once, when the extension is installed (not on updates or reloads); afterwards only when
// asked (the popup's "How Tone Coach works").
export const WELCOME_PATH = '/welcome.html';

export function welcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch(() => undefined);
  });
}
