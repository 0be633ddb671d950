// The dry run's engine, off the page's thread: the page sends the chosen rule sets (as JSON) and the context, then the
// replies in batches; each batch is checked and answered with the count so far, and the end with the per-rule tally.
// The page terminates the worker to cancel.
import type { ContextInput } from '../../rules/base';
import type { RuleSet } from '../../rules/schema';
import { checkRecords, DryRunTally, type FromWorker, type ToWorker } from './dry-run-core';

let ruleSets: RuleSet[] = [];
let context: ContextInput = {};
let tally = new DryRunTally();
let checked = 0;

const post = (message: FromWorker): void => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'start') {
      ruleSets = message.ruleSets;
      context = message.context;
      tally = new DryRunTally();
      checked = 0;
    } else if (message.type === 'records') {
      checkRecords(message.records, ruleSets, context, tally);
      checked += message.records.length;
      post({ type: 'progress', batch: message.batch, checked });
    } else post({ type: 'done', summary: tally.summary() });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
