// Styles of the overlay (inside its shadow root) and of the underlines (in the page, scoped to highlight names).

import { COMPONENTS_CSS, SEVERITY_COLOR } from '../../../components/styles';

/** A wavy line, as the rich editors' highlights draw it, for the underlines drawn over form fields. */
const wave = (color: string): string =>
  `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='4'%3E%3Cpath d='M0 2 Q1.5 0 3 2 T6 2' fill='none' stroke='${encodeURIComponent(color)}' stroke-width='1.3'/%3E%3C/svg%3E")`;

/** ::highlight() rules must live in the page's own style scope; they style nothing but our named highlights. */
export const HIGHLIGHT_CSS = `
::highlight(tc-error) { text-decoration: underline wavy ${SEVERITY_COLOR.error} 1.5px; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(tc-warning) { text-decoration: underline wavy ${SEVERITY_COLOR.warning} 1.5px; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(tc-suggestion) { text-decoration: underline dotted ${SEVERITY_COLOR.suggestion} 2px; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(tc-active) { background-color: rgba(26, 115, 232, 0.18); }
`;

export const OVERLAY_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; }
${COMPONENTS_CSS}
.underline { position: fixed; pointer-events: none; height: 4px; background-repeat: repeat-x; background-position: 0 0; }
.underline.error { background-image: ${wave(SEVERITY_COLOR.error)}; }
.underline.warning { background-image: ${wave(SEVERITY_COLOR.warning)}; }
.underline.suggestion { height: 3px; background-image: radial-gradient(circle, ${SEVERITY_COLOR.suggestion} 1px, transparent 1.2px);
  background-size: 4px 3px; }
/* A proofreader's caret (‸) under the line where something missing would go; the button is its hit area. */
.tcx .caret { position: fixed; width: 12px; height: 10px; padding: 0; border: 0; border-radius: 0; pointer-events: auto; }
.tcx .caret::before { content: ''; position: absolute; inset: 0 1px 2px; background: currentColor; clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.caret.error { color: ${SEVERITY_COLOR.error}; } .caret.warning { color: ${SEVERITY_COLOR.warning}; } .caret.suggestion { color: ${SEVERITY_COLOR.suggestion}; }
.tcx .badge { position: fixed; display: flex; align-items: center; gap: 4px; height: 24px; padding: 0 7px 0 2px;
  border-radius: 12px; border: 1px solid rgba(0,0,0,.2); background: #fff; color: #202124; cursor: pointer;
  font: 600 12px/20px system-ui, sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,.2); pointer-events: auto;
  --ring: #137333; --ring-rest: rgba(127,127,127,.25); }
.tcx .dark .badge { background: #303134; color: #e8eaed; border-color: rgba(255,255,255,.25); }
.badge .ring { display: inline-flex; width: 20px; height: 20px; border-radius: 50%; align-items: center; justify-content: center; }
.badge .ring > span { display: inline-flex; width: 15px; height: 15px; border-radius: 50%; background: #fff; color: #202124;
  align-items: center; justify-content: center; font: 700 8px/1 system-ui, sans-serif; }
.dark .badge .ring > span { background: #303134; color: #e8eaed; }
.badge .ring.fair { --ring: #b06000; } .badge .ring.poor { --ring: #c5221f; } .badge .ring.none { --ring: #80868b; }
.badge.clean .count { color: #137333; }
.dark .badge.clean .count { color: #81c995; }
.card, .panel { position: fixed; width: 340px; max-width: calc(100vw - 16px); background: var(--tc-bg); color: var(--tc-fg);
  border: 1px solid rgba(0,0,0,.12); border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 12px;
  pointer-events: auto; }
.panel { overflow: auto; overscroll-behavior: contain; }
.panel:focus { outline: none; }
.panel .fixall { margin: 4px 0 8px; }
.card { max-height: calc(100vh - 16px); overflow: auto; }
.dark .card, .dark .panel { border-color: rgba(255,255,255,.18); }
.panel h2 { font-size: 13px; margin: 0 0 8px; display: flex; align-items: center; gap: 8px; }
.panel h2 .close { margin-left: auto; }
.panel .score { margin-bottom: 8px; }
.notice { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: #fce8e6; color: #a50e0e; font-size: 12px; }
.dark .notice { background: #5c2b29; color: #f6aea9; }
.info { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: #e6f4ea; color: #0d652d; font-size: 12px; }
.dark .info { background: #0f3d1d; color: #a8dab5; }
.notice.toast { position: fixed; width: 300px; margin: 0; transform: translateY(-100%); box-shadow: 0 2px 8px rgba(0,0,0,.2); pointer-events: auto; }
.context { margin: 0 0 8px; font-size: 12px; }
.context .line { margin: 0; }
.context summary { cursor: pointer; margin-top: 2px; }
.context dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 4px 0 0; }
.context dt { opacity: .7; } .context dd { margin: 0; word-break: break-word; }
.context blockquote { margin: 4px 0; padding-left: 8px; border-left: 2px solid rgba(127,127,127,.4); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
