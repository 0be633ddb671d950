// substitution: the swaps as a two-column table (avoid → prefer), and the except/trailing phrases. The table keeps
// its rows itself, so a row whose "avoid" repeats another (which JSON cannot hold twice) is not lost while typed.
import { useEffect, useRef, useState } from 'react';
import { setRequired, swapFromRows, swapRows } from '../draft';
import { Errors, Field, PhraseSyntax } from '../fields';
import { ExceptionLists } from './PhraseForm';
import { bind, type KindFormProps } from './types';

type Row = [string, string];

export function SubstitutionForm(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <>
      <SwapTable
        {...bind(props, 'swap')}
        swap={rule.swap}
        onChange={(swap) => onChange(setRequired(rule, 'swap', swap))}
      />
      <ExceptionLists {...props} withUnless={false} />
    </>
  );
}

function SwapTable(props: {
  id: string;
  field: string;
  swap: unknown;
  problems: ReturnType<KindFormProps['problems']>;
  onChange(swap: Record<string, string>): void;
}) {
  const json = JSON.stringify(props.swap ?? {});
  const [rows, setRows] = useState<Row[]>(() => swapRows(props.swap));
  const committed = useRef(json);
  // Changed elsewhere (the JSON view, a discarded draft): show what is there now.
  useEffect(() => {
    if (json !== committed.current) {
      committed.current = json;
      setRows(swapRows(JSON.parse(json)));
    }
  }, [json]);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const firsts = useRef<(HTMLInputElement | null)[]>([]);
  useEffect(() => {
    if (focusRow === null) return;
    firsts.current[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);
  const commit = (next: Row[]): void => {
    setRows(next);
    const swap = swapFromRows(next);
    committed.current = JSON.stringify(swap);
    props.onChange(swap);
  };
  const edit = (i: number, col: 0 | 1, v: string): void =>
    commit(rows.map((r, j) => (j === i ? ((col === 0 ? [v, r[1]] : [r[0], v]) as Row) : r)));
  const add = (): void => {
    commit([...rows, ['', '']]);
    setFocusRow(rows.length);
  };
  const problems = props.problems;
  const own = problems.filter((p) => p.item === undefined || !rows.some((r) => r[0] === p.item));
  return (
    <Field id={props.id} field={props.field} label="Words to swap" group problems={own} className="rse-list">
      <PhraseSyntax />
      <table className="rse-swap">
        <thead>
          <tr>
            <th scope="col">Avoid (phrase)</th>
            <th scope="col" aria-hidden="true"></th>
            <th scope="col">Prefer</th>
            <th scope="col">
              <span className="rse-sr">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const duplicate = r[0] !== '' && rows.findIndex((x) => x[0] === r[0]) < i;
            const mine = [
              ...problems.filter((p) => p.item !== undefined && p.item === r[0] && !duplicate),
              ...(duplicate
                ? [
                    {
                      path: '',
                      original: '',
                      message: `"${r[0]}" is already in the table above: only the first row of a word counts`,
                    },
                  ]
                : []),
            ];
            const errId = `${props.id}-${i}-errors`;
            return [
              <tr key={`${i}`} data-item={i} className={mine.length ? 'invalid' : undefined}>
                <td>
                  <input
                    ref={(el) => void (firsts.current[i] = el)}
                    type="text"
                    value={r[0]}
                    aria-label={`Avoid ${i + 1}`}
                    aria-invalid={mine.length > 0 || undefined}
                    aria-describedby={mine.length ? errId : undefined}
                    placeholder="e.g. utilise"
                    onChange={(e) => edit(i, 0, e.currentTarget.value)}
                  />
                </td>
                <td className="rse-arrow" aria-hidden="true">
                  →
                </td>
                <td>
                  <input
                    type="text"
                    value={r[1]}
                    aria-label={`Prefer ${i + 1}`}
                    placeholder="e.g. use (empty: delete it)"
                    onChange={(e) => edit(i, 1, e.currentTarget.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        add();
                      }
                    }}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="rse-icon"
                    aria-label={`Remove swap ${i + 1}`}
                    title={`Remove swap ${i + 1}`}
                    onClick={() => commit(rows.filter((_, j) => j !== i))}
                  >
                    ✕
                  </button>
                </td>
              </tr>,
              mine.length > 0 && (
                <tr key={`${i}-errors`} className="rse-row-errors">
                  <td colSpan={4}>
                    <Errors problems={mine} id={errId} />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
      <button type="button" className="rse-add" onClick={add}>
        + Add a swap
      </button>
    </Field>
  );
}
