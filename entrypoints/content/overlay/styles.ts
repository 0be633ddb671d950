// Styles of the overlay (inside its shadow root) and of the underlines (in the page, scoped to highlight names).

import { COMPONENTS_CSS, SEVERITY_COLOR } from '../../../components/styles';

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
.underline { position: fixed; pointer-events: none; height: 2px; border-radius: 1px; }
.underline.error { background: ${SEVERITY_COLOR.error}; }
.underline.warning { background: ${SEVERITY_COLOR.warning}; }
.underline.suggestion { background: repeating-linear-gradient(90deg, ${SEVERITY_COLOR.suggestion} 0 3px, transparent 3px 5px); }
.tcx .badge { position: fixed; display: flex; align-items: center; gap: 4px; height: 22px; min-width: 22px; padding: 0 7px;
  border-radius: 11px; border: 1px solid rgba(0,0,0,.15); background: #fff; color: #202124; cursor: pointer;
  font: 600 12px/20px system-ui, sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,.2); pointer-events: auto; }
.tcx .dark .badge { background: #303134; color: #e8eaed; border-color: rgba(255,255,255,.2); }
.badge .dot { width: 8px; height: 8px; border-radius: 50%; }
.badge.clean .dot { background: #188038; }
.badge.error .dot { background: ${SEVERITY_COLOR.error}; }
.badge.warning .dot { background: ${SEVERITY_COLOR.warning}; }
.badge.suggestion .dot { background: ${SEVERITY_COLOR.suggestion}; }
.badge.clean { opacity: .75; }
.card, .panel { position: fixed; width: 340px; max-width: calc(100vw - 16px); background: var(--tc-bg); color: var(--tc-fg);
  border: 1px solid rgba(0,0,0,.12); border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 12px;
  pointer-events: auto; }
.panel { max-height: min(480px, calc(100vh - 16px)); overflow: auto; }
.card { max-height: calc(100vh - 16px); overflow: auto; }
.dark .card, .dark .panel { border-color: rgba(255,255,255,.18); }
.panel h2 { font-size: 13px; margin: 0 0 8px; display: flex; align-items: center; gap: 8px; }
.panel h2 .close { margin-left: auto; }
.panel .score { margin-bottom: 8px; }
.notice { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: #fce8e6; color: #a50e0e; font-size: 12px; }
.dark .notice { background: #5c2b29; color: #f6aea9; }
.notice.toast { position: fixed; width: 300px; margin: 0; box-shadow: 0 2px 8px rgba(0,0,0,.2); pointer-events: auto; }
.context { margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--tc-line); font-size: 12px; }
.context dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 4px 0 0; }
.context dt { opacity: .7; } .context dd { margin: 0; word-break: break-word; }
.context blockquote { margin: 4px 0; padding-left: 8px; border-left: 2px solid rgba(127,127,127,.4); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
