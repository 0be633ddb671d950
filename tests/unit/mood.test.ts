// The customer's mood, estimated from their message, decides rules such as "no forced cheer at an upset customer"
// and "acknowledge a complaint". These are clear cases a support agent would agree on; the thresholds are tuned on
// real messages elsewhere.
import { describe, expect, it } from 'vitest';
import { estimateMood } from '../../rules/mood.ts';

describe('estimateMood', () => {
  it('hears anger: insults, shouting and "!!!" with a complaint', () => {
    for (const m of [
      'This is the WORST airline ever. You lost my bag and NOBODY answers!!! 😡',
      'You are useless and a total scam. I am furious, give me my money back!!',
      '@AmazonHelp WHY IS MY ORDER STILL NOT HERE?! This is ridiculous, worst service ever',
    ]) {
      expect(estimateMood(m), m).toBe('angry');
    }
  });

  it('hears an upset customer in a calm complaint', () => {
    for (const m of [
      'Still waiting for my refund, it has been two weeks.',
      'My internet is down again and no one is responding.',
      'I was charged twice for the same order and I am disappointed.',
    ]) {
      expect(estimateMood(m), m).toMatch(/^(upset|angry)$/);
    }
  });

  it('hears praise', () => {
    for (const m of [
      'Thank you so much, the crew was amazing! ❤️',
      'Love the new app, great job team!',
      'Shout out to Sam at the Leeds store, brilliant service 👏',
    ]) {
      expect(estimateMood(m), m).toBe('happy');
    }
  });

  it('keeps questions, solved problems and requests for help out of praise and anger', () => {
    for (const m of [
      'What time does the store open on Sunday?',
      'Got it, works now. Thanks for the quick reply',
      'Can you help me change my seat please?',
      'Hi, how do I update my address?',
    ]) {
      expect(estimateMood(m), m).toMatch(/^(neutral|happy)$/);
    }
    expect(estimateMood('Can you help me change my seat please?')).toBe('neutral');
  });

  it('does not guess at empty messages, handles only, or other languages', () => {
    expect(estimateMood('')).toBe('neutral');
    expect(estimateMood('   ')).toBe('neutral');
    expect(estimateMood('@delta @united')).toBe('neutral');
    expect(estimateMood('Es una vergüenza, llevo tres semanas esperando mi reembolso y nadie responde.')).toBe(
      'neutral',
    );
    expect(estimateMood('最悪のサービスです。返金してください。')).toBe('neutral');
  });

  it('reads a message of only angry emoji as at least upset', () => {
    expect(estimateMood('😡😡😡')).toMatch(/^(upset|angry)$/);
  });

  it('ignores the handles a reply on X starts with', () => {
    expect(estimateMood('@SouthwestAir @AmericanAir Thank you so much, the crew was amazing! ❤️')).toBe('happy');
  });
});
