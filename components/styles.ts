// Styles of the shared components. Everything is scoped under `.tcx` (the components' container), so the same
// sheet works inside the overlay's shadow root and on an extension page without touching the page's own elements.
// Colours are custom properties; an ancestor with class `dark` switches them.

export const SEVERITY_COLOR = { error: '#d93025', warning: '#e8710a', suggestion: '#1a73e8' } as const;

export const COMPONENTS_CSS = `
.tcx { --tc-fg: #202124; --tc-bg: #fff; --tc-muted: rgba(127,127,127,.1); --tc-line: rgba(127,127,127,.25);
  --tc-ins: #137333; --tc-del: #c5221f; --tc-accent: #1967d2; --tc-err: #c5221f; --tc-warn: #b06000;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; color: var(--tc-fg); }
.dark .tcx, .tcx.dark, .tcx .dark { --tc-fg: #e8eaed; --tc-bg: #202124; --tc-ins: #81c995; --tc-del: #f28b82; --tc-accent: #8ab4f8;
  --tc-err: #f28b82; --tc-warn: #fdd663; }
.tcx *, .tcx *::before, .tcx *::after { box-sizing: border-box; }
.tcx button { font: inherit; font-size: 12px; padding: 4px 10px; border-radius: 14px; border: 1px solid rgba(127,127,127,.45);
  background: transparent; color: inherit; cursor: pointer; }
.tcx button:hover { background: rgba(127,127,127,.12); }
.tcx button:focus-visible, .tcx mark:focus-visible { outline: 2px solid var(--tc-accent); outline-offset: 2px; }
.tcx button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
.tcx button.primary:hover { background: #1765cc; }
.tcx button.link { border: none; padding: 4px 6px; text-decoration: underline; }
.tcx .head { display: flex; align-items: center; gap: 6px; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; margin-bottom: 4px; }
.tcx .head .cat { opacity: .8; }
.tcx .head .close { margin-left: auto; }
.tcx .head .pts { margin-left: auto; font-weight: 600; color: var(--tc-ins); text-transform: none; }
.tcx .head .pts + .close { margin-left: 4px; }
.tcx .sevtag { display: inline-flex; align-items: center; gap: 5px; font-weight: 700; }
.tcx .sevtag.error { color: var(--tc-err); } .tcx .sevtag.warning { color: var(--tc-warn); } .tcx .sevtag.suggestion { color: var(--tc-accent); }
.tcx .sev { display: inline-flex; align-items: center; justify-content: center; width: 14px; height: 14px; flex: none;
  font: 700 10px/1 system-ui, sans-serif; color: #fff; text-transform: none; }
.tcx .sev.error { background: ${SEVERITY_COLOR.error}; border-radius: 50%; }
.tcx .sev.warning { background: ${SEVERITY_COLOR.warning}; clip-path: polygon(50% 0, 100% 100%, 0 100%); padding-top: 3px; }
.tcx .sev.suggestion { background: ${SEVERITY_COLOR.suggestion}; border-radius: 3px; font-style: italic; font-family: Georgia, serif; }
.tcx .message { margin: 0 0 8px; font-size: 14px; }
.tcx .diff { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: var(--tc-muted); font-size: 13px; word-break: break-word; }
.tcx .diff div + div { margin-top: 2px; }
.tcx .diff .lbl { display: inline-block; width: 44px; font-size: 11px; opacity: .7; }
.tcx .diff del { color: var(--tc-del); text-decoration: line-through; }
.tcx .diff ins { color: var(--tc-ins); text-decoration: none; font-weight: 600; }
.tcx .actions { display: flex; flex-wrap: wrap; gap: 6px; }
.tcx .why { margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--tc-line); font-size: 12px; }
.tcx .why p { margin: 0 0 6px; }
.tcx .why a { color: inherit; }
.tcx ul.findings { list-style: none; margin: 0; padding: 0; }
.tcx ul.findings > li { padding: 8px 0; border-top: 1px solid var(--tc-line); }
.tcx ul.findings > li.current { box-shadow: inset 3px 0 0 var(--tc-accent); padding-left: 8px; }
.tcx .group h3 { margin: 10px 0 0; font-size: 12px; font-weight: 700; }
.tcx .group h3 .n { font-weight: 400; opacity: .8; }
.tcx .empty, .tcx .more { opacity: .85; margin: 4px 0; }
.tcx .score .band { font-weight: 600; }
.tcx .score .raise { margin: 2px 0 0; font-size: 12px; }
.tcx .score .not-english { margin: 2px 0 0; font-size: 12px; }
.tcx .score { display: flex; flex-direction: column; gap: 4px; }
.tcx .score .total strong { font-size: 15px; }
.tcx .score .total.good strong { color: var(--tc-ins); } .tcx .score .total.fair strong { color: var(--tc-warn); }
.tcx .score .total.poor strong { color: var(--tc-del); }
.tcx .breakdown { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: max-content 1fr 2.5em; gap: 2px 8px;
  align-items: center; font-size: 12px; }
.tcx .breakdown li { display: contents; }
.tcx .breakdown .bar { height: 6px; border-radius: 3px; background: var(--tc-muted); overflow: hidden; }
.tcx .breakdown .bar span { display: block; height: 100%; background: var(--tc-accent); }
.tcx .breakdown .value { text-align: right; font-variant-numeric: tabular-nums; }
.tcx .reply { white-space: pre-wrap; line-height: 1.7; margin: 0; }
.tcx .reply mark { background: transparent; color: inherit; text-decoration: underline wavy 1.5px; text-underline-offset: 3px;
  text-decoration-skip-ink: none; cursor: pointer; }
.tcx .reply mark.error { text-decoration-color: ${SEVERITY_COLOR.error}; }
.tcx .reply mark.warning { text-decoration-color: ${SEVERITY_COLOR.warning}; }
.tcx .reply mark.suggestion { text-decoration: underline dotted 2px ${SEVERITY_COLOR.suggestion}; }
.tcx .reply mark.active { background: rgba(26,115,232,.18); }
.tcx .reply .marker { display: inline-block; padding: 0 4px; margin: 0 2px; border-radius: 8px; font-size: 11px; line-height: 14px;
  border: 1px solid currentColor; vertical-align: middle; background: transparent; }
.tcx .reply .marker::before { content: '+'; }
.tcx .reply .marker.error { color: ${SEVERITY_COLOR.error}; } .tcx .reply .marker.warning { color: ${SEVERITY_COLOR.warning}; }
.tcx .reply .marker.suggestion { color: ${SEVERITY_COLOR.suggestion}; }
`;
