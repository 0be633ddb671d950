// Accessible bar charts drawn by uPlot (bars.ts, loaded on first use; docs/trainer.md says why uPlot). Each chart
// is a figure with a caption; the canvas sits in an element with role="img" whose label sums the chart up, and the
// same numbers are a table under "Show the numbers". The chart is redrawn when the page turns light or dark.
import { useEffect, useRef, useState } from 'react';
import type { DrawnChart } from './bars';

export interface Bar {
  label: string;
  value: number;
  /** A shorter label under the bar ("11-26" for a day); the label by default. */
  tick?: string;
}

const loadBars = () => import('./bars');

export function BarChart(props: { id: string; title: string; bars: readonly Bar[]; unit: string }) {
  const { id, title, bars, unit } = props;
  const host = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const [failed, setFailed] = useState(false);
  const total = bars.reduce((n, b) => n + b.value, 0);
  const top = bars.reduce<Bar | null>((best, b) => (!best || b.value > best.value ? b : best), null);
  const summary = `${title}: ${total} ${unit} in all${top && top.value > 0 ? `; most in ${top.label} (${top.value})` : ''}.`;
  const key = JSON.stringify(bars);

  useEffect(() => {
    const el = host.current;
    if (!el || bars.length === 0) return;
    let chart: DrawnChart | null = null;
    let gone = false;
    const dark = matchMedia('(prefers-color-scheme: dark)');
    const draw = (m: typeof import('./bars')): void => {
      chart?.destroy();
      el.replaceChildren();
      chart = m.drawBars(
        el,
        {
          ticks: bars.map((b) => b.tick ?? b.label),
          labels: bars.map((b) => b.label),
          values: bars.map((b) => b.value),
          unit,
        },
        readout.current,
      );
    };
    const resize = new ResizeObserver(() => chart?.resize(el.clientWidth));
    let redraw: (() => void) | null = null;
    loadBars().then(
      (m) => {
        if (gone) return;
        draw(m);
        resize.observe(el);
        redraw = () => draw(m);
        dark.addEventListener('change', redraw);
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      resize.disconnect();
      if (redraw) dark.removeEventListener('change', redraw);
      chart?.destroy();
    };
    // The bars are compared by value (key), not by the array's identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, unit]);

  return (
    <figure className="chart" data-tc="chart" data-chart={id}>
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">Nothing counted yet.</p>
      ) : (
        <>
          <div className="plot" role="img" aria-label={summary} ref={host} />
          <p className="readout muted" aria-hidden="true" ref={readout} />
          {failed && <p className="muted">The chart could not be drawn; the numbers are below.</p>}
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
