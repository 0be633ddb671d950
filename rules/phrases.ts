// Plain phrases, the way a brand manager writes them, compiled to one safe regular expression.
//
// Syntax: words as typed, matched case-insensitively at word boundaries; any run of spaces matches any run of
// whitespace; straight and curly apostrophes and quotes are the same; `(a|b c|)` is a choice between words or
// phrases, an empty choice makes it optional; `*` is any one word. Nothing else is special, so "1-800" or "e.g."
// mean exactly that. The expressions built here have no nested quantifiers, so they cannot backtrack badly.
import { WORD, normaliseWord } from './text.ts';

interface Token {
  /** Alternatives of this token (one for a plain word). */
  alts: string[];
  optional: boolean;
}

// Only syntax characters: with the u flag, escaping anything else (such as "-") is an error.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
const WORD_CHAR = '[\\p{L}\\p{N}_]';
const ANY_WORD = "[\\p{L}\\p{N}]+(?:['’‘ʼ-][\\p{L}\\p{N}]+)*";

/** Regex source for literal phrase text (no choices): whitespace runs, apostrophes, quotes, `*`. */
function literal(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) =>
      word === '*'
        ? ANY_WORD
        : escape(word)
            .replace(/['’‘ʼ]/g, "['’‘ʼ]")
            .replace(/["“”]/g, '["“”]'),
    )
    .join('\\s+');
}

/** Splits a phrase into tokens at top-level spaces; a parenthesised choice is one token. */
export function tokenise(phrase: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  const s = phrase.trim();
  while (i < s.length) {
    if (/\s/.test(s[i]!)) {
      i++;
      continue;
    }
    if (s[i] === '(') {
      const close = s.indexOf(')', i);
      if (close < 0) return `unclosed "(" in "${phrase}"`;
      const inner = s.slice(i + 1, close);
      if (inner.includes('(')) return `choices cannot be nested in "${phrase}"`;
      const alts = inner.split('|').map((a) => a.trim());
      const optional = alts.includes('');
      const real = alts.filter((a) => a !== '');
      if (real.length === 0) return `empty choice "()" in "${phrase}"`;
      tokens.push({ alts: real, optional });
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j]!) && s[j] !== '(') j++;
    const word = s.slice(i, j);
    if (word.includes(')') || word.includes('|')) return `"|" and ")" only belong inside a choice "(a|b)" in "${phrase}"`;
    tokens.push({ alts: [word], optional: false });
    i = j;
  }
  if (tokens.length === 0) return 'empty phrase';
  if (tokens.every((t) => t.optional)) return `every part of "${phrase}" is optional, so it would match everywhere`;
  return tokens;
}

function tokenSource(t: Token): string {
  const alts = t.alts.map(literal);
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/** Regex source for one phrase, with word boundaries on both sides. */
export function phraseSource(phrase: string): string | { problem: string } {
  const tokens = tokenise(phrase);
  if (typeof tokens === 'string') return { problem: tokens };
  let src = '';
  let needSpace = false; // a required token was written, so the next one is separated by whitespace
  for (const t of tokens) {
    const part = tokenSource(t);
    if (!t.optional) {
      src += (needSpace ? '\\s+' : '') + part;
      needSpace = true;
    } else {
      // An optional token carries its own separating space, so leaving it out leaves one space, not two.
      src += needSpace ? `(?:\\s+${part})?` : `(?:${part}\\s+)?`;
    }
  }
  return `(?<!${WORD_CHAR})${src}(?!${WORD_CHAR})`;
}

/**
 * Words of which at least one must be in a text for the phrase to match: the alternatives of its first required
 * token that starts with a word. null means no cheap pre-filter exists (for example a phrase starting with `*`).
 */
export function phraseTriggers(phrase: string): string[] | null {
  const tokens = tokenise(phrase);
  if (typeof tokens === 'string') return null;
  for (const t of tokens) {
    if (t.optional || t.alts.includes('*')) continue;
    const firsts = t.alts.map((a) => {
      WORD.lastIndex = 0;
      const m = WORD.exec(a);
      return m && m.index === 0 ? normaliseWord(m[0]) : null;
    });
    if (firsts.every((f): f is string => f !== null)) return [...new Set(firsts)];
  }
  return null;
}

export interface CompiledPhrases {
  regex: RegExp;
  triggers: string[] | null;
}

/** Compiles a list of phrases into one global regex (longest alternatives first) and their pre-filter words. */
export function compilePhrases(phrases: readonly string[]): CompiledPhrases {
  const sources: string[] = [];
  let triggers: Set<string> | null = new Set();
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    const src = phraseSource(p);
    if (typeof src !== 'string') throw new Error(src.problem);
    sources.push(src);
    const t = phraseTriggers(p);
    if (t === null) triggers = null;
    else t.forEach((w) => triggers?.add(w));
  }
  return { regex: new RegExp(sources.join('|'), 'giu'), triggers: triggers ? [...triggers] : null };
}

/** Problems with a list of phrases, in plain words (empty when all are fine). */
export function phraseProblems(phrases: readonly string[]): string[] {
  const out: string[] = [];
  phrases.forEach((p) => {
    const src = phraseSource(p);
    if (typeof src !== 'string') out.push(src.problem);
  });
  return out;
}

/** All non-overlapping matches of a compiled phrase list in `text` (use the masked text). */
export function findAll(regex: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  regex.lastIndex = 0;
  for (const m of text.matchAll(regex)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
