// The welcome page, opened once when the extension is installed (entrypoints/background/welcome.ts) and from the
// popup's "How Tone Coach works". Its demo reply box is coached by the real overlay: the built content script is
// loaded into this page (an extension page gets no content script from the manifest).
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from './App';
import './style.css';

createRoot(document.getElementById('root')!).render(<App />);

const script = document.createElement('script');
script.src = browser.runtime.getURL('/content-scripts/content.js');
document.body.append(script);
