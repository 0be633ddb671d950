// One pass over a reply that every rule shares: the masked text, its words, its sentences and (lazily) its parse.
// Offsets everywhere are UTF-16 code units into the text exactly as the caller passed it.
import { expansionOf, foldAccents, parse, type NlpDoc } from './nlp.ts';
import type { Span } from './types.ts';

export type { Span } from './types.ts';

export interface AnalysedText {
  readonly text: string;
  /**
   * The text with URLs, e-mail addresses, @handles and #hashtags replaced by "_" of the same length, so phrases never
   * match inside them (@Call_Me_Jacob is not "call me") and offsets stay the same.
   */
  readonly masked: string;
  /** Lower-case words of the masked text (apostrophes normalised to '), for cheap rule pre-filtering. */
  readonly words: ReadonlySet<string>;
  /** Sentences (and lines) of the reply, trimmed, in order. */
  readonly sentences: readonly Span[];
  /**
   * Where the reply's own words start: after leading @handles (X prefixes the handles it replies to; "@ann:" too) and
   * a thread count after them ("@ann 1: ...", "@ann (1/2) ...").
   */
  readonly bodyStart: number;
  /** Where the leading @handles end (X does not count them; it counts a thread count after them). */
  readonly handlesEnd: number;
  /**
   * False when the reply is clearly in another language (`isEnglish`): rules that look for English wording (a
   * greeting, an apology) cannot judge it.
   */
  readonly english: boolean;
  /**
   * A later part of a thread the agent is writing ("2/2", "(3/3)", or starting with "..."): what a reply must contain
   * may be in an earlier part.
   */
  readonly threadPart: boolean;
  /**
   * The first part of such a thread ("... 1/2", "(1/3) ...", or ending with "..." without starting with it): it is
   * read first, so it still needs what a reply opens with (an acknowledgement, a greeting).
   */
  readonly threadFirst: boolean;
  /** The compromise parse, made on first use only (about 1.4 ms a tweet: most replies never need it). */
  nlp(): NlpDoc;
  /** The parse of one sentence (offsets relative to its start), made once: patterns parse only what can match. */
  nlpAt(span: Span): NlpDoc;
}

// URL before e-mail before handle: "https://x.com/@a" is one URL; "a@b.com" is an e-mail, not a handle.
// The lookahead (an "@" within 64 characters, the longest local part an address may have) lets a long word fail at
// once at each position; without it the e-mail branch rescanned the rest of the word from every position (quadratic:
// a 5 MB word took hours). Matches are unchanged for every real address.
// A link ends before the punctuation that ends its sentence ("see https://x.com/help." is a link and a full stop).
const MASKED =
  /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>"'.,;:!?)\]}’”]|(?=[\p{L}\p{N}._%+-]{1,64}@)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|[@#][\p{L}\p{N}_]+/giu;
// A quoted message's header: "On Tue, 4 Mar, Ana wrote:" (perhaps wrapped over two lines), a forwarded or original
// message's rule, Outlook's "____" rule, a "From:" line followed by "Sent:" or "Date:", or one with an address or a
// date followed by "To:" (not an itinerary's "From: London / To: New York").
const QUOTE_HEADERS = [
  /\n[ \t]*On\b[^\n]{1,160}?(?:\n[^\n]{1,120}?)?\bwrote:[ \t]*(?:\n|$)/u,
  /\n[ \t]*-{2,}[ \t]*(?:Original|Forwarded) [Mm]essage/u,
  /\n[ \t]*_{8,}[ \t]*\n[ \t]*From:/u,
  /\n[ \t]*From:[^\n]{1,200}\n[ \t]*(?:Sent|Date):/u,
  /\n[ \t]*From:[^\n]{0,200}(?:@|\d{4})[^\n]{0,200}\n[ \t]*To:/u,
];
/** Where the last run of ">" lines that reaches the end starts ("> Can I ..."), blank lines between allowed. */
function trailingQuote(text: string, from: number, to: number): number | null {
  let start: number | null = null;
  let at = to;
  while (at > from) {
    const nl = text.lastIndexOf('\n', at - 1);
    const line = text.slice(Math.max(nl + 1, from), at).trim();
    if (line.startsWith('>')) start = nl;
    else if (line !== '') break;
    if (nl < from) break;
    at = nl;
  }
  return start !== null && start >= from ? start : null;
}
// Words in double quotation marks on one line are someone else's words (an agent's line the reply disowns: "so “there's
// nothing we can do” was simply wrong"; an attendant's joke or a label the customer quotes), not the writer's own. Up
// to 200 characters, and not across another opening quote: from each “ of a run of them it would scan the rest again.
export const QUOTED = /[“"][^“”"\n]{3,200}[”"]/g;

/**
 * Where an e-mail's quoted earlier message starts, between `from` and `to` (`to` when there is none): a quote header
 * or the run of ">" lines that ends the text. The reply's own words end there; rules do not judge what is quoted.
 */
export function quoteStart(text: string, from = 0, to = text.length): number {
  if (!text.includes('\n', from)) return to;
  const own = text.slice(from, to);
  let end = to;
  for (const re of QUOTE_HEADERS) {
    const header = re.exec(own);
    if (header) end = Math.min(end, from + header.index);
  }
  return Math.min(end, trailingQuote(text, from, end) ?? end);
}

// Global regexes keep state (lastIndex, which matchAll copies): never share one across functions.
/** How many of the ascending `sorted` numbers are at most `value` (a binary search). */
export function countAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const WORD_SOURCE = "[\\p{L}\\p{N}]+(?:['’‘ʼ]\\p{L}+)*";
/** A word: letters and digits, with inner apostrophes ("we're"). Anchored at the start: for the first word of a string. */
export const FIRST_WORD = new RegExp(`^${WORD_SOURCE}`, 'u');
const wordsRe = (): RegExp => new RegExp(WORD_SOURCE, 'gu');
const APOSTROPHES = /['’‘ʼ]/g;

export function normaliseWord(w: string): string {
  return w.toLowerCase().replace(APOSTROPHES, "'");
}

// compromise reads "we'll" as "we will": pre-filters on either form must see the word.
const CONTRACTIONS: Record<string, string[]> = {
  "n't": ['not'],
  "'ll": ['will'],
  "'re": ['are'],
  "'ve": ['have'],
  "'m": ['am'],
  "'s": ['is', 'has'],
  "'d": ['would', 'had', 'did'],
};

function addWord(words: Set<string>, w: string): void {
  words.add(w);
  // Words compromise reads as others: "won't" (will not), "cannot", "gonna", "café" (cafe).
  for (const x of expansionOf(w) ?? (w === "ain't" || w === 'aint' ? ['am', 'is', 'are', 'not'] : [])) words.add(x);
  if (/\P{ASCII}/u.test(w)) words.add(foldAccents(w));
  const cut = w.indexOf("'");
  if (cut < 0) return;
  const tail = w.endsWith("n't") ? "n't" : w.slice(cut);
  words.add(w.slice(0, w.length - tail.length) || w.slice(0, cut));
  for (const x of CONTRACTIONS[tail] ?? []) words.add(x);
}

export function maskText(text: string): string {
  return text.replace(MASKED, (m) => '_'.repeat(m.length));
}

// A sentence ends at . ! ? … (and closing quotes or brackets after them) followed by a space, or at a line break.
// Sticky: each match starts where the last ended, and the lazy scan stops at the first terminator, so a text is
// scanned once (tests/unit/bad-input.test.ts checks 5 MB inputs). A run of terminators is tried once, whole, from its
// first character (the lookbehind, and the lookahead with its back-reference, which cannot give characters back):
// tried from every character of "......x", as before, it took 4.6 s for 40,000 dots.
// An emoji before a capital ends one too ("that doesn't sound right 😂 Give us a call").
const SENTENCE =
  /[^\n]*?(?:(?<![.!?…])(?=([.!?…]+))\1["'”’)\]]*(?=\s|$)|(?<=\p{Extended_Pictographic}\uFE0F?)(?=[ \t]+\p{Lu})|\n|$)/guy;

export function splitSentences(masked: string): Span[] {
  const out: Span[] = [];
  SENTENCE.lastIndex = 0;
  while (SENTENCE.lastIndex < masked.length) {
    const from = SENTENCE.lastIndex;
    const m = SENTENCE.exec(masked);
    if (!m || m[0].length === 0) {
      // Only possible at a bare end of text; step past one character so the loop always advances.
      SENTENCE.lastIndex = from + 1;
      continue;
    }
    let start = from;
    let end = from + m[0].length;
    while (start < end && /\s/.test(masked[start]!)) start++;
    while (end > start && /\s/.test(masked[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

// The commonest English words (function words and care words), which several checks read past.
export const ENGLISH = new Set(
  (
    'the a an and or but to of in on at for with from by is are was were be been am it this that these those i we you ' +
    'he she they me us him her them my our your their not no do does did can could will would should have has had ' +
    'please thanks thank hi hello sorry if so as what when how why where which who help here there just all any more ' +
    "we're you're it's i'm we'll i'll we've let know"
  ).split(' '),
);

const LETTER = /\p{L}/u;
/** The words of a (masked) text as the pre-filters see them: lower case, with contractions also expanded. */
export function wordsOf(masked: string): Set<string> {
  const words = new Set<string>();
  for (const m of masked.matchAll(wordsRe())) addWord(words, normaliseWord(m[0]));
  // compromise reads "e-mail" as "email" and "re-install" as "reinstall": the letters either side of each hyphen,
  // read from the hyphens (a pattern tried at every letter would rescan the rest of each word).
  let taken = 0;
  for (let at = masked.indexOf('-'); at >= 0; at = masked.indexOf('-', at + 1)) {
    let start = at;
    while (start > taken && LETTER.test(masked[start - 1]!)) start--;
    let end = at + 1;
    while (end < masked.length && LETTER.test(masked[end]!)) end++;
    if (start === at || end === at + 1 || start < taken) continue;
    words.add(normaliseWord(masked.slice(start, at) + masked.slice(at + 1, end)));
    taken = end;
  }
  return words;
}

// More common English words, to tell English from other languages only (words also common in German, Dutch or
// Italian, such as "also", "come", "team", "u", are left out): with ENGLISH, at least one in ten words of English.
const ENGLISH_MORE = new Set(
  (
    "about after again always back before best call can't check day didn't doesn't don't done even every find " +
    "first get give go going good got great happy here i've isn't know last like look love made make many much need " +
    'new next night now off one only other out people right said same see send since some still sure take than ' +
    "that's then there's think time today told too two up very want way well what's where's while yeah yes yet " +
    "you'll you've thx pls plz ur order ever never nobody nothing everything anything someone something wait " +
    'waiting hours days weeks week minutes update updates account refund three zero absolutely'
  ).split(' '),
);

// The commonest words of Spanish, German, French, Portuguese, Italian and Dutch that are not also English words
// ("die", "me", "no", "pour", "est", "per", "non", "con", "hay", "hat", "fur", "ma" are left out).
const OTHER_LANGUAGES = new Set(
  (
    'el la los las de del al y en un una mis mi por para que hola gracias tu tus te nuestro nuestra nuestros está ' +
    'estamos puedes lamentamos favor muy pero más también si es lo le se su sus esto este esta qué cómo ' +
    'der das und ist nicht du wir bei mit sie ich dich dein deine mein meine ihr sind uns ein eine zu auf für ' +
    'sollte bitte gruß grüße danke schon noch wenn kannst können haben aber vom auch oder dir wird werden kann nur ' +
    'sehr einen dem sich ' +
    'les des vous nous pas une je votre vos avec sur dans cela être avez bonjour merci il elle ce cette qui du au ' +
    'notre été et ' +
    'você não obrigado obrigada olá uma seu sua muito pelo nosso nossa meu minha eu ' +
    'che della sono di grazie ciao nostra nostro mio ' +
    'het een niet mijn wij bedankt naar voor bij ook geen où buenas buenos necesito ayuda quiero tengo pedido ' +
    'quero preciso vielen ' +
    // Swedish, Danish, Norwegian, Polish, Turkish, Afrikaans, Indonesian and Malay, Tagalog: short words that are
    // not English ones ("mam", "jest", "till", "med", "tack", "ada", "dan", "lang" are left out).
    'och inte är har hej det kommit jag ikke jeg mycket nie się moja mój moje kiedy dziękujemy dzięki gdzie już ' +
    'proszę czy przez jestem bir bu için nerede değil teşekkür lütfen ederim neden çok vir jou ek dankie baie ' +
    'saya kami kamu anda tidak belum sudah yang untuk dengan dari atas tolong mohon maaf terima kasih kak bisa akan ' +
    'ini itu kapan mau po ang ng mga ko namin natin sa salamat ako kayo nasaan isang yung hindi naman wala'
  ).split(' '),
);

// Small words English Title Case keeps in small letters and no listed language shares ("Welcome to Mi Casa Su Casa
// Rentals!"; not "a" or "in": "Bienvenido a Nuestra Tienda", "Wir Melden Uns in Kürze").
const TITLE_CASE_SMALL = new Set(['the', 'and', 'to', 'for', 'with', 'from', 'your', 'our', 'you', 'of', 'at', 'or']);

// The small words inside names ("Maria de la Cruz", "Leonardo da Vinci", "Vincent van Gogh").
const NAME_PARTICLES = new Set('de del la las los el di da della du des le y van von'.split(' '));

// Letters of other languages that English words and names rarely have (not é, ü or ö: "café", "Pokémon", "Zoë"):
// Spanish, Portuguese, German, Turkish, Polish, Hungarian, Nordic, French, Czech, Romanian and Vietnamese ones.
const OTHER_LETTERS = /[ñãõßşğıłąężźśćńőűøåæœěřůțșăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * Whether a (masked) text reads as English. It does not when it is mostly in another script, when it has two or more
 * words of another language and more of them than common English words ("Hola Cesar! Por favor síguenos ..."), when
 * under one in ten of its eight or more words are common English ones, when a text of four to seven words has no
 * common English word and a word or a letter of another language, or when a text of under four words has no common
 * English word and half of its words, or a letter, are of another language ("Hola!", "Dziękuję bardzo"). A word or a
 * letter of another language counts only as it is written in that language: in small letters (or opening a
 * sentence), and not inside a name ("Los Angeles", "LA", "Maria de la Cruz", "Plaza de la Reina", "Calm down,
 * Łukasz!"). In a text all in capitals or in Title Case (with none of English Title Case's small words), capitals say
 * nothing about names.
 */
export function isEnglish(masked: string): boolean {
  const latin = masked.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = masked.match(/\p{L}/gu)?.length ?? 0;
  if (letters > 2 * latin) return false; // mostly another script (Japanese, Arabic, Cyrillic...)
  const tokens = [...masked.replace(/['’‘ʼ]/g, "'").matchAll(/[\p{L}']+/gu)];
  if (tokens.length === 0) return true;
  const capitalised = (i: number): boolean => /^\p{Lu}/u.test(tokens[i]?.[0] ?? '');
  const opensSentence = (i: number): boolean =>
    i === 0 || /[.!?¿¡:]\s*$/u.test(masked.slice(tokens[i - 1]!.index + tokens[i - 1]![0].length, tokens[i]!.index));
  // In a text written all in capitals or in Title Case ("WO IST MEIN PAKET", "Tu Pedido Esta En Camino"), a capital
  // says nothing about names; but English Title Case keeps its small words small ("Welcome to Mi Casa Su Casa").
  const isEnglishWord = (w: string): boolean => ENGLISH.has(w) || ENGLISH_MORE.has(w);
  const shouted =
    tokens.filter((_, i) => capitalised(i)).length * 5 >= tokens.length * 4 &&
    !tokens.some((t) => TITLE_CASE_SMALL.has(t[0]));
  let english = 0;
  let other = 0;
  tokens.forEach((t, i) => {
    const w = t[0].toLowerCase();
    if (isEnglishWord(w)) english++;
    if (!OTHER_LANGUAGES.has(w)) return;
    // "LA", "Los Angeles", "La Mer": a name, unless the word opens a sentence ("Hola", "Wir haben ...").
    if (!shouted && capitalised(i) && !opensSentence(i)) return;
    // "Maria de la Cruz", "Día de los Muertos": a name's particles between capitalised words (not German's articles
    // and pronouns before its capitalised nouns: "Wo ist mein Paket?").
    // At most three words either side ("de la", "de los"): a long run of particles is no name, and scanning
    // all of it from each of its words would take the square of its length.
    if (!shouted && NAME_PARTICLES.has(w)) {
      let before = i - 1;
      while (before >= i - 3 && before >= 0 && NAME_PARTICLES.has(tokens[before]![0])) before--;
      let after = i + 1;
      while (after <= i + 3 && after < tokens.length && NAME_PARTICLES.has(tokens[after]![0])) after++;
      if (before >= 0 && capitalised(before) && after < tokens.length && capitalised(after)) return;
    }
    other++;
  });
  if (other >= 2 && other > english) return false;
  // Eight words or more: at least one in ten is a common English word.
  if (tokens.length >= 8) return english * 10 >= tokens.length;
  // A letter of another language counts in a word written in that language, not in a name ("Calm down, Łukasz!").
  const otherLetter = tokens.some((t, i) => (!capitalised(i) || opensSentence(i)) && OTHER_LETTERS.test(t[0]));
  // Under four words with no common English word: English unless half of them are of another language or a letter
  // is ("Hola!", "Gracias Ana!", "Vielen Dank!", "Dziękuję bardzo"; not "Good evening, Caesar!", "Ha! Well played").
  if (tokens.length < 4) return english > 0 || (other * 2 < tokens.length && !otherLetter);
  // A short text with no common English word is English unless something says otherwise ("wow, awful customer
  // service", "Ha! Well played. -Becky"): a word or a letter of another language ("Je voudrais annuler ma
  // commande", "Siparişim hala gelmedi, çok kötü").
  return english > 0 || (other === 0 && !otherLetter);
}

const PART = String.raw`\(?(?:[1-9]|1\d)\/(?:[2-9]|1\d)\)?`;
// "(2/3) ...", "(2/2)the rest ..." (no space after the bracket), ". . . Seriously though", "... 1/2", "... 2/2 ^JS", "... 2/2^Corry", "... 1/2 https://t.co/x", "...and so on", "so on..." or "so on >>>".
const THREAD_PART = new RegExp(
  String.raw`^${PART}(?:\s|(?<=\))(?=\p{L}))|(?:^|[\s.])${PART}[.,]?(?:\s*[\^*~\-–—]\s?\S{1,14})?(?:\s+_+)?$|^(?:\.{2,}|…|>{2,}|\.(?:[ \t]\.){2,})|(?:\.{3}|…|(?<!>)>{2,}|(?<!\.[ \t])\.(?:[ \t]\.){2,})$`,
  'u',
);

/**
 * A reply that starts mid-sentence, in small letters ("power we will not be able to ...", "our team and have ...",
 * "team: <link> as they'll ...", "reasons. The live chat team ..."):
 * the rest of a part before. A casual opener in small letters ("please DM us", "thanks!", "i'm on it") is not.
 */
const CONTINUED =
  /^(?!(?:i|please|pls|thanks|thank|thx|sorry|hi|hey|hello|hiya|yes|yep|no|ok|okay|oh|hmm|ah|aw+|wow|we're|we've|we'll|we'd|let's|glad|happy|great|good|welcome|congrats|congratulations)(?![\p{L}'’]))\p{Ll}[\p{Ll}'’-]*[\s,.:;]/u;

/** A count opening a part of a thread: "1: ", "2/3 ", "(1/2) ". */
const THREAD_COUNT = /^(?:\(?(?:[1-9]|1\d)\/(?:[1-9]|1\d)\)?|(?:[1-9]|1\d):)[ \t]+(?=\p{Lu})/u;

/** A list-numbered part ("2: Spotify profile. ..."), as some brands number their threads; "1:" opens one. */
const NUMBERED_LATER = /^(?:[2-9]|1\d):\s/u;
const NUMBERED_FIRST = /^1:\s/u;

/** A reply cut off mid-sentence, after a word that needs more ("... DM me the barcode and the"): it goes on. */
const CUT_OFF =
  /\s(?:the|a|an|and|or|but|to|of|for|with|in|on|at|by|from|your|our|my|their|is|are|was|were|be|that|which|if|as)$/iu;
/** ... or after a comma ("Please send a DM with your full name, address,"), unless it closes a sign-off ("Best regards,"). */
const cutOffAtComma = (body: string): boolean =>
  /[\p{L}\p{N}'’],$/u.test(body) &&
  !/(?:regards|rgds|rds|regds|best|thanks|thank you|thx|cheers|sincerely|wishes|yours|warmly|love|care|soon),$/iu.test(
    body,
  );

/** A later (or earlier) part of a thread the agent is writing. */
function isThreadPart(masked: string, bodyStart: number): boolean {
  const body = masked.slice(bodyStart).trim();
  return (
    THREAD_PART.test(body) ||
    CONTINUED.test(body) ||
    CUT_OFF.test(body) ||
    cutOffAtComma(body) ||
    NUMBERED_LATER.test(body) ||
    NUMBERED_FIRST.test(body)
  );
}

const FIRST_NUMBER =
  /(?:^|[\s.(])1\/(?:[2-9]|1\d)\)?(?:[.,]?(?:\s*[\^*~\-–—]\s?\S{1,14})?(?:\s+_+)?$|\s|(?<=\))(?=\p{L}))/u;
const LATER_NUMBER =
  /(?:^|[\s.(])(?:[2-9]|1\d)\/(?:[2-9]|1\d)\)?(?:[.,]?(?:\s*[\^*~\-–—]\s?\S{1,14})?(?:\s+_+)?$|\s|(?<=\))(?=\p{L}))/u;

/** The first part of a thread: numbered 1/N, or continued ("...") at its end but not at its start. */
function isThreadFirst(masked: string, bodyStart: number): boolean {
  const body = masked.slice(bodyStart).trim();
  if (CONTINUED.test(body) || NUMBERED_LATER.test(body)) return false;
  if (CUT_OFF.test(body) || cutOffAtComma(body) || NUMBERED_FIRST.test(body)) return true;
  if (!THREAD_PART.test(body) || /^(?:\.{2,}|…|>{2,}|\.(?:[ \t]\.){2,})/.test(body) || LATER_NUMBER.test(body))
    return false;
  return FIRST_NUMBER.test(body) || /(?:\.{3}|…|(?<!>)>{2,}|(?<!\.[ \t])\.(?:[ \t]\.){2,})$/.test(body);
}

/**
 * The part of a sentence the parser reads: all of it, or the first MAX_PARSED characters (to a word's end) of a run-on
 * paste, in which the parser's tagging grows with the square of the words (200,000 characters took 37 s). Offsets of
 * what it finds stay the sentence's own.
 */
function parsedPart(sentence: string): string {
  if (sentence.length <= MAX_PARSED) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_PARSED);
  return sentence.slice(0, cut > 0 ? cut : MAX_PARSED);
}
export const MAX_PARSED = 2_000;

// What comes before the reply's own words: an e-mail's header lines when the draft holds them ("Subject: RE: Claim
// KH-2231907\n\nDear Mr Hollis, ..."), with more text after them, and X's @handles. A greeting is looked for, and
// an insertion at the start goes, after them.
const LEAD =
  /^(?:(?:[ \t]*(?:subject|to|from|cc|bcc|date|sent)[ \t]*:[^\n]*\n)+(?=\s*\S))?(?:\s*\.?@[\p{L}\p{N}_]+[:,]?)*\s*/iu;

export function analyse(text: string): AnalysedText {
  const masked = maskText(text);
  const words = wordsOf(masked);
  const lead = LEAD.exec(text);
  const handlesEnd = lead ? lead[0].length : 0;
  // A thread count after the handles ("@ann 1: Thanks! ...", "@ann (1/2) Sorry ...") numbers the part as the handles
  // address it: what the reply says starts after it, so a greeting or an acknowledgement goes after the count. Only
  // after handles, before a capital, and not the first of numbered lines ("1: Open the app.\n2: ..."): "1/2 price"
  // or a list's first step is the reply's own text.
  const count = lead?.[0].trim() ? THREAD_COUNT.exec(text.slice(handlesEnd)) : null;
  const counted = handlesEnd + (count && !(count[0].includes(':') && /\n[ \t]*2:/.test(text)) ? count[0].length : 0);
  let doc: NlpDoc | undefined;
  const sentenceDocs = new Map<string, NlpDoc>();
  return {
    text,
    masked,
    words,
    sentences: splitSentences(masked),
    bodyStart: counted,
    handlesEnd,
    english: isEnglish(masked),
    threadPart: isThreadPart(masked, handlesEnd),
    threadFirst: isThreadFirst(masked, handlesEnd),
    nlp: () => (doc ??= parse(text)),
    nlpAt: (span) => {
      const key = `${span.start}:${span.end}`;
      let d = sentenceDocs.get(key);
      if (!d) sentenceDocs.set(key, (d = parse(parsedPart(text.slice(span.start, span.end)))));
      return d;
    },
  };
}

/** Words in a span, for limits and readability. */
export function wordsIn(text: string, span: Span = { start: 0, end: text.length }): string[] {
  return text.slice(span.start, span.end).match(wordsRe()) ?? [];
}

/** The reply's own words: after X's leading @handles, without surrounding whitespace. */
export function bodySpan(doc: AnalysedText): Span {
  let start = doc.bodyStart;
  let end = doc.text.length;
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  return { start, end };
}

/** The span without leading/trailing spaces and the punctuation a sentence ends with. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?…]/.test(text[end - 1]!)) end--;
  return { start, end };
}
