// The message protocol (utils/protocol.ts) is parsed where messages arrive: its shapes must be the engine's own
// (a type-level check that fails to compile on drift), real results must pass, and malformed messages must not.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { check } from '../../rules/engine';
import { BUILTIN_PACKS } from '../../rules/packs';
import type { CheckResult as EngineResult, ContextInput } from '../../rules/schema';
import { CheckResult, LastReading, WORKER_REPLIES, WorkerRequest, type SiteReading } from '../../utils/protocol';

describe('message protocol', () => {
  it('has the same shapes as the engine', () => {
    expectTypeOf<z.infer<typeof CheckResult>>().toEqualTypeOf<EngineResult>();
    expectTypeOf<SiteReading['context']>().toEqualTypeOf<ContextInput>();
  });

  it('accepts what the engine really answers, on every channel', () => {
    for (const channel of ['x', 'email', 'ticket'] as const) {
      const result = check('Please call our 800 number!!! Sorry for any inconvenience.', BUILTIN_PACKS, {
        channel,
        customerName: 'Jane Doe',
      });
      expect(result.findings.length).toBeGreaterThan(0);
      expect(WORKER_REPLIES['tc:check'].safeParse(result).success).toBe(true);
    }
  });

  it('parses each request the content script sends', () => {
    expect(
      WorkerRequest.safeParse({
        type: 'tc:check',
        text: 'Hi',
        context: { channel: 'email', audience: 'private' },
        site: 'acme.zendesk.com',
      }).success,
    ).toBe(true);
    expect(
      WorkerRequest.safeParse({
        type: 'tc:disable-rule',
        rule: 'social-care/call-our-number',
        scope: 'site',
        site: 'x.com',
      }).success,
    ).toBe(true);
    expect(WorkerRequest.safeParse({ type: 'tc:sent', text: 'Thanks, Jane!' }).success).toBe(true);
  });

  it('refuses malformed and foreign messages', () => {
    const bad = [
      { type: 'tc:check', text: 'Hi', context: { channel: 'fax' }, site: 'x.com' }, // no such channel
      { type: 'tc:check', text: 'Hi', context: { secret: 1 }, site: 'x.com' }, // unknown context key
      { type: 'tc:check', text: 42, context: {}, site: 'x.com' },
      { type: 'tc:disable-rule', rule: 'a/b', scope: 'galaxy', site: 'x.com' },
      { type: 'tc:unknown' },
      null,
      'tc:check',
    ];
    for (const msg of bad) expect(WorkerRequest.safeParse(msg).success, JSON.stringify(msg)).toBe(false);
    const finding = check('Please call our 800 number.', BUILTIN_PACKS).findings[0]!;
    expect(
      CheckResult.safeParse({ findings: [{ ...finding, start: -1 }], score: { total: 100, byCategory: {} } }).success,
    ).toBe(false);
    expect(
      CheckResult.safeParse({ findings: [{ ...finding, severity: 'fatal' }], score: { total: 1, byCategory: {} } })
        .success,
    ).toBe(false);
  });

  it("a frame's report to the popup carries its reading, its last check and its failure counts", () => {
    const report = {
      site: 'x',
      siteName: 'X',
      url: 'https://x.com/a/status/1',
      at: 1,
      reading: { context: { channel: 'x', audience: 'public' }, debug: { kind: 'reply' } },
      check: { text: 'Please call our 800 number.', result: check('Please call our 800 number.', BUILTIN_PACKS) },
      failures: { rules: 0, siteReads: 1, applies: 0, checks: 0, last: 'x adapter failed' },
    };
    expect(LastReading.safeParse(report).success).toBe(true);
    expect(LastReading.safeParse({ ...report, failures: undefined }).success).toBe(false);
  });
});
