// A reply shown as text with its findings marked, as in a reply box: for pages that show a reply without an editor
// (the manager's test box, the trainer). Each occurrence of a finding is marked; advice about the whole reply (and a
// finding that flags no words) is a small marker at its insertion point. Presentational: clicking a mark calls onSelect with the finding's key.
import type { FindingView } from './finding-view';
import { byImportance } from './labels';

export interface HighlightedReplyProps {
  text: string;
  findings: readonly FindingView[];
  /** The finding whose words are emphasised (e.g. the open card). */
  active?: string | null;
  onSelect?(key: string): void;
}

interface Piece {
  text: string;
  finding?: FindingView;
}

/** Splits the text at the findings' spans; where spans overlap, the more important finding keeps the words. */
export function pieces(text: string, findings: readonly FindingView[]): Piece[] {
  const owner: (FindingView | undefined)[] = new Array(text.length);
  for (const f of byImportance(findings).reverse())
    for (const s of f.at === undefined ? (f.spans ?? [f]) : [])
      for (let i = s.start; i < Math.min(s.end, text.length); i++) owner[i] = f;
  const out: Piece[] = [];
  for (let i = 0; i < text.length;) {
    let j = i + 1;
    while (j < text.length && owner[j] === owner[i]) j++;
    out.push({ text: text.slice(i, j), finding: owner[i] });
    i = j;
  }
  return out;
}

export function HighlightedReply(props: HighlightedReplyProps) {
  const { text, findings, active, onSelect } = props;
  const markers = findings
    .filter((f) => f.at !== undefined || f.start === f.end)
    .map((f) => ({ f, at: f.at ?? f.start }));
  const parts = pieces(text, findings);
  let at = 0;
  return (
    <p className="reply" data-tc="highlighted-reply">
      {parts.map((p, i) => {
        const start = at;
        at += p.text.length;
        const before = markers.filter((m) => m.at === start);
        return (
          <span key={i}>
            {before.map((m) => (
              <Marker key={m.f.key} finding={m.f} onSelect={onSelect} />
            ))}
            {p.finding ? (
              <mark
                className={`${p.finding.severity}${p.finding.key === active ? ' active' : ''}`}
                data-tc="mark"
                data-rule={p.finding.rule}
                data-severity={p.finding.severity}
                title={p.finding.message}
                tabIndex={onSelect ? 0 : undefined}
                onClick={onSelect ? () => onSelect(p.finding!.key) : undefined}
                onKeyDown={
                  onSelect ? (e) => (e.key === 'Enter' || e.key === ' ') && onSelect(p.finding!.key) : undefined
                }
              >
                {p.text}
              </mark>
            ) : (
              p.text
            )}
          </span>
        );
      })}
      {markers
        .filter((m) => m.at >= text.length)
        .map((m) => (
          <Marker key={m.f.key} finding={m.f} onSelect={onSelect} />
        ))}
    </p>
  );
}

function Marker(props: { finding: FindingView; onSelect?: (key: string) => void }) {
  const f = props.finding;
  const select = props.onSelect;
  const common = {
    className: `marker ${f.severity}`,
    'data-tc': 'mark',
    'data-rule': f.rule,
    'data-severity': f.severity,
    title: f.message,
  };
  // The "+" is drawn by CSS: the reply's text content stays the reply.
  if (!select) return <span {...common} role="img" aria-label={f.message} />;
  return <button type="button" {...common} aria-label={f.message} onClick={() => select(f.key)} />;
}
