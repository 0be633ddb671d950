// Reading grade: the Flesch-Kincaid grade level, 0.39 x words per sentence + 11.8 x syllables per word - 15.59,
// with a vowel-group syllable count (no dictionary: fast, and within a syllable for most English words).

const VOWEL_GROUP = /[aeiouy]+/g;

function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // Silent endings: "-e" (make), "-es"/"-ed" after most consonants (makes, liked); "-le" after a consonant is voiced.
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]!).replace(/^y/, '');
  const groups = trimmed.match(VOWEL_GROUP)?.length ?? 0;
  return Math.max(1, groups);
}

export interface Readability {
  words: number;
  sentences: number;
  grade: number;
}

export function fleschKincaid(words: readonly string[], sentences: number): Readability {
  const n = words.length;
  const s = Math.max(1, sentences);
  if (n === 0) return { words: 0, sentences: s, grade: 0 };
  const syl = words.reduce((sum, w) => sum + syllables(w), 0);
  const grade = 0.39 * (n / s) + 11.8 * (syl / n) - 15.59;
  return { words: n, sentences: s, grade: Math.round(grade * 10) / 10 };
}
