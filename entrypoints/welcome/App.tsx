// What Tone Coach does, a reply box to try it on, the sites it covers and how to add one, and that nothing leaves
// the browser. Short: an agent reads it once.
import { browser } from 'wxt/browser';
import { SITE_CATALOGUE } from '../../utils/site-catalogue';

const DEMO = 'Please call our 800 number!!! We apologize for any inconvenience.';

export function App() {
  const sites = Object.values(SITE_CATALOGUE).filter((s) => s.id !== 'generic');
  return (
    <main>
      <header>
        <h1>Welcome to Tone Coach</h1>
        <p className="lead">
          Tone Coach coaches your replies to customers while you type them: it underlines what your brand’s rules flag,
          gives the reply a score, and explains each finding with a fix you can apply in one click.
        </p>
      </header>

      <section aria-labelledby="try">
        <h2 id="try">Try it</h2>
        <p>
          Click in the reply below and type. Hover or click an underline for its card; the badge at the box’s corner
          opens the list of every suggestion. <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd> does the same from the
          keyboard, <kbd>Escape</kbd> closes.
        </p>
        <label htmlFor="demo-reply">Your reply to a customer on X</label>
        <textarea id="demo-reply" data-tc-welcome="demo" rows={5} defaultValue={DEMO} />
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Where it works</h2>
        <p>Reply boxes on these sites are coached as soon as you open them:</p>
        <ul className="sites" data-tc-welcome="sites">
          {sites.map((s) => (
            <li key={s.id}>{s.name}</li>
          ))}
        </ul>
        <p>
          <strong>Another site?</strong> Open it, click Tone Coach in the browser’s toolbar and choose{' '}
          <strong>Add this site</strong>. The same button switches Tone Coach off on any site.
        </p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">Nothing leaves your browser</h2>
        <p>
          Every reply is checked on your computer, by the extension itself. Your drafts, your customers’ messages and
          your settings are never sent anywhere.
        </p>
      </section>

      <p className="links">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Manage rule sets
        </button>
      </p>
    </main>
  );
}
