// Small accessible bar charts in plain SVG: no charting library fitted the page's needs at its size (docs/trainer.md
// says why). Each chart is a figure with a caption, an SVG marked role="img" with a summary for screen readers, a
// <title> on every bar (its value on hover), and the same numbers as a table under "Show the numbers".
export interface Bar {
  label: string;
  value: number;
  /** A shorter label under the bar ("11-26" for a day); the label by default. */
  tick?: string;
}

export function BarChart(props: { id: string; title: string; bars: readonly Bar[]; unit: string; height?: number }) {
  const { id, title, bars, unit } = props;
  const height = props.height ?? 160;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = Math.max(320, bars.length * 28);
  const bw = width / Math.max(1, bars.length);
  const total = bars.reduce((n, b) => n + b.value, 0);
  const top = bars.reduce<Bar | null>((best, b) => (!best || b.value > best.value ? b : best), null);
  const summary = bars.length
    ? `${title}: ${total} ${unit} in all${top && top.value > 0 ? `; most in ${top.label} (${top.value})` : ''}.`
    : `${title}: nothing counted yet.`;
  return (
    <figure className="chart" data-tc="chart" data-chart={id}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">Nothing counted yet.</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${width} ${height + 34}`}
            role="img"
            aria-labelledby={`${id}-caption`}
            aria-describedby={`${id}-summary`}
          >
            <line x1="0" y1={height} x2={width} y2={height} className="axis" />
            {bars.map((b, i) => {
              const h = (b.value / max) * (height - 16);
              return (
                <g key={b.label}>
                  <rect x={i * bw + bw * 0.15} y={height - h} width={bw * 0.7} height={h} className="bar">
                    <title>
                      {b.label}: {b.value} {unit}
                    </title>
                  </rect>
                  {b.value > 0 && (
                    <text x={i * bw + bw / 2} y={height - h - 3} textAnchor="middle" className="value">
                      {b.value}
                    </text>
                  )}
                  {(bars.length <= 14 || i % Math.ceil(bars.length / 14) === 0) && (
                    <text x={i * bw + bw / 2} y={height + 14} textAnchor="middle" className="tick">
                      {b.tick ?? b.label}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <p id={`${id}-summary`} className="sr-only">
            {summary}
          </p>
          <details>
            <summary>Show the numbers</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{id === 'scores' ? 'Score' : 'Day'}</th>
                  <th scope="col">{unit}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((b) => (
                  <tr key={b.label}>
                    <th scope="row">{b.label}</th>
                    <td>{b.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
