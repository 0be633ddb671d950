// casing: brand and product names written the brand's way (iPhone, WhatsApp, PlayStation 5). The fix is the term
// exactly as the brand writes it, even at the start of a sentence, and a name already written right is left alone
// whatever apostrophe the keyboard typed.
import { describe, expect, it } from 'vitest';
import { applied, at, findingsOf, problemsOf, rule, spans, texts } from '../rule-helpers.ts';

const brand = rule('casing', {
  terms: ['iPhone', 'WhatsApp', 'PlayStation 5', "McDonald's", 'Nestlé', 'Wi-Fi'],
  message: 'Write "{term}".',
});

describe('casing: what it flags', () => {
  it('flags a term written another way, with the brand spelling as the fix and in the message', () => {
    const text = 'Please restart your iphone and open Whatsapp.';
    const found = findingsOf(text, brand);
    expect(spans(found)).toEqual([at(text, 'iphone'), at(text, 'Whatsapp')]);
    expect(found.map((f) => f.message)).toEqual(['Write "iPhone".', 'Write "WhatsApp".']);
    expect(found[0]!.suggestions).toEqual([{ ...found[0]!.suggestions[0], start: 20, end: 26, replacement: 'iPhone' }]);
    expect(found[0]!.suggestions[0]!.label).toBe('Write "iPhone"');
    expect(applied(text, found[0])).toBe('Please restart your iPhone and open Whatsapp.');
  });

  it('keeps the brand spelling at the start of a sentence (no capital added)', () => {
    const text = 'Iphone updates are out.';
    expect(applied(text, findingsOf(text, brand)[0])).toBe('iPhone updates are out.');
  });

  it('leaves a term written the brand way alone, including with a curly apostrophe', () => {
    expect(findingsOf('Your iPhone, WhatsApp and PlayStation 5 are covered.', brand)).toEqual([]);
    expect(findingsOf('We love McDonald’s fries.', brand)).toEqual([]);
    expect(findingsOf("We love McDonald's fries.", brand)).toEqual([]);
  });

  it('flags a wrong case whatever apostrophe was typed', () => {
    const text = 'We love Mcdonald’s fries.';
    expect(texts(findingsOf(text, brand))).toEqual(['Mcdonald’s']);
  });

  it('finds a multi-word term across extra spaces and gives it back with one', () => {
    const text = 'The Playstation  5 is back.';
    const found = findingsOf(text, brand);
    expect(texts(found)).toEqual(['Playstation  5']);
    expect(applied(text, found[0])).toBe('The PlayStation 5 is back.');
  });

  it('handles accented terms and UTF-16 offsets after emoji', () => {
    const text = '🙂🙂 nestlé has replied.';
    expect(spans(findingsOf(text, brand))).toEqual([[5, 11]]);
    expect(applied(text, findingsOf(text, brand)[0])).toBe('🙂🙂 Nestlé has replied.');
  });

  it('ignores other words that contain the term, handles, hashtags and links', () => {
    expect(findingsOf('Both iphones and the iphonecase shop.', brand)).toEqual([]);
    expect(findingsOf('Thanks @iphone, see https://apple.com/iphone and #iphone', brand)).toEqual([]);
  });

  it('finds nothing in an empty text or only emoji, and every case in a 5,000-character reply', () => {
    expect(findingsOf('', brand)).toEqual([]);
    expect(findingsOf('📱📱', brand)).toEqual([]);
    const long = 'Update your iphone today. '.repeat(200); // 26 characters each, 5,200 in all
    const found = findingsOf(long, brand);
    expect(found).toHaveLength(200);
    expect(spans(found)[199]).toEqual([199 * 26 + 12, 199 * 26 + 18]);
  });
});

describe('casing: problems, in plain words', () => {
  it('refuses a rule without terms', () => {
    expect(problemsOf(rule('casing', { terms: [] }))).toEqual([
      'rules[0].terms: list at least one term, written the way the brand writes it',
    ]);
  });

  it('refuses phrase syntax in a term, naming the term', () => {
    expect(problemsOf(rule('casing', { terms: ['iPhone', '(iPhone|iPad)', 'Play*'] }))).toEqual([
      'rules[0].terms[1]: a term is written exactly, without "(", "|" or "*": "(iPhone|iPad)"',
      'rules[0].terms[2]: a term is written exactly, without "(", "|" or "*": "Play*"',
    ]);
  });
});
