// A trial: replies written for the purpose by someone who had not seen the rules (tests/accuracy/trials/<name>/
// pairs.jsonl: { id, channel, inbound_text, text, mine: "good" | "bad", why }, judged by the writer before any tool ran),
// checked with every built-in set as the product would (public on X, Facebook and Instagram). Prints the AUC of the
// score against the writer's judgement and how many replies carry a finding. With --write it also writes the
// findings to judge (findings.jsonl: one line per finding, the flagged words in [[ ]] and the whole reply after Apply);
// a judge who has not seen the rules labels them in judged.jsonl ({ id, n, rule, verdict, fix, why }), and the script
// then prints right/wrong and fixes reading well per rule, as long as the findings are still the ones judged.
//   node tests/accuracy/trial.ts tests/accuracy/trials/trial5 [--write]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContextInput } from '../../rules/base.ts';
import { check } from '../../rules/engine.ts';
import { applySuggestion } from '../../rules/examples.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import { auc } from './score-auc.ts';

interface Pair {
  id: string;
  channel: string;
  inbound_text?: string;
  text: string;
  mine: 'good' | 'bad';
}
interface Judged {
  id: string;
  n: number;
  rule: string;
  verdict: 'right' | 'wrong';
  fix: 'reads well' | 'broken' | null;
}

const lines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

export function runTrial(dir: string) {
  const pairs = lines<Pair>(join(dir, 'pairs.jsonl'));
  const findings: Record<string, unknown>[] = [];
  const scored = pairs.map((p) => {
    const context = {
      channel: p.channel,
      audience: ['x', 'facebook', 'instagram'].includes(p.channel) ? 'public' : 'private',
      ...(p.inbound_text ? { customerMessage: p.inbound_text } : {}),
    } as ContextInput;
    const r = check(p.text, BUILTIN_PACKS, context);
    r.findings.forEach((f, n) => {
      const s = f.suggestions[0];
      findings.push({
        id: p.id,
        n,
        rule: `${f.ruleSet}/${f.rule}`,
        severity: f.severity,
        context: `${context.channel} ${context.audience}`,
        customerMessage: p.inbound_text ?? '',
        marked: `${p.text.slice(0, f.start)}[[${p.text.slice(f.start, f.end)}]]${p.text.slice(f.end)}`,
        message: f.message,
        fixed: s ? applySuggestion(p.text, s) : null,
      });
    });
    return { pair: p, score: r.score.total, found: r.findings.length };
  });
  return { pairs, findings, scored };
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node tests/accuracy/trial.ts <trial dir> [--write]');
  const { findings, scored } = runTrial(dir);
  const good = scored.filter((s) => s.pair.mine === 'good');
  const bad = scored.filter((s) => s.pair.mine === 'bad');
  console.log(
    `${dir}: AUC ${auc(
      good.map((s) => s.score),
      bad.map((s) => s.score),
    ).toFixed(
      3,
    )}; bad replies with a finding ${bad.filter((s) => s.found).length}/${bad.length}, good ${good.filter((s) => s.found).length}/${good.length}`,
  );
  if (process.argv.includes('--write')) {
    writeFileSync(join(dir, 'findings.jsonl'), findings.map((f) => JSON.stringify(f)).join('\n') + '\n');
    console.log(`${findings.length} findings written to ${join(dir, 'findings.jsonl')}`);
  }
  const judgedFile = join(dir, 'judged.jsonl');
  if (existsSync(judgedFile)) {
    const judged = lines<Judged>(judgedFile);
    const judgedFindings = lines<Record<string, unknown>>(join(dir, 'findings.jsonl'));
    const same =
      judgedFindings.length === findings.length &&
      judgedFindings.every((f, i) => JSON.stringify(f) === JSON.stringify(findings[i]));
    console.log(
      same ? 'the findings are the ones judged:' : 'the findings have changed since they were judged; as judged then:',
    );
    const by = new Map<string, { right: number; wrong: number; well: number; broken: number }>();
    for (const j of judged) {
      const c = by.get(j.rule) ?? { right: 0, wrong: 0, well: 0, broken: 0 };
      c[j.verdict]++;
      if (j.fix === 'reads well') c.well++;
      if (j.fix === 'broken') c.broken++;
      by.set(j.rule, c);
    }
    const total = [...by.values()].reduce(
      (t, c) => ({
        right: t.right + c.right,
        wrong: t.wrong + c.wrong,
        well: t.well + c.well,
        broken: t.broken + c.broken,
      }),
      { right: 0, wrong: 0, well: 0, broken: 0 },
    );
    for (const [rule, c] of [...by].sort())
      console.log(`  ${rule}: ${c.right}/${c.right + c.wrong} right; fixes ${c.well}/${c.well + c.broken} read well`);
    console.log(
      `  all: ${total.right}/${total.right + total.wrong} right; fixes ${total.well}/${total.well + total.broken} read well`,
    );
  }
}
