// The one pass over a reply that every rule shares: masking (handles, links, e-mail addresses never match a phrase),
// the words the pre-filter looks at, sentences, where the reply's own words start, language and thread parts.
import { describe, expect, it } from 'vitest';
import {
  countAtMost,
  analyse,
  bodySpan,
  isEnglish,
  maskText,
  normaliseWord,
  splitSentences,
  trimSpan,
  wordsIn,
} from '../../rules/text.ts';

const sentences = (text: string): string[] => splitSentences(maskText(text)).map((s) => text.slice(s.start, s.end));

describe('maskText', () => {
  it('blanks links, e-mail addresses, handles and hashtags with "_" of the same length', () => {
    const text =
      'See https://x.com/a?b=1 or www.brand.com/help, mail jane.doe@example.com, thanks @Call_Me_Jacob #Refunds';
    const masked = maskText(text);
    expect(masked).toHaveLength(text.length);
    for (const part of [
      'https://x.com/a?b=1',
      'www.brand.com/help',
      'jane.doe@example.com',
      '@Call_Me_Jacob',
      '#Refunds',
    ]) {
      const start = text.indexOf(part);
      expect(masked.slice(start, start + part.length), part).toBe('_'.repeat(part.length));
    }
    expect(masked.startsWith('See ')).toBe(true);
    expect(masked).toContain(' or ');
    expect(masked).toContain(', mail ');
  });

  it('leaves the punctuation that ends a sentence outside a link', () => {
    expect(maskText('See https://brand.com/help. Then restart.')).toBe(`See ${'_'.repeat(22)}. Then restart.`);
    expect(maskText('(see www.brand.com/faq), or https://brand.com/a?b=1!')).toBe(
      `(see ${'_'.repeat(17)}), or ${'_'.repeat(23)}!`,
    );
    expect(sentences('See https://brand.com/help. Then restart it.')).toEqual([
      'See https://brand.com/help.',
      'Then restart it.',
    ]);
  });

  it('reads a link with an @ in it as one link, and an address as an address, not a handle', () => {
    expect(maskText('https://x.com/@brand ok')).toBe(`${'_'.repeat(20)} ok`);
    expect(maskText('a@b.com.')).toBe('_______.');
  });

  it('leaves ordinary text alone', () => {
    for (const t of ['e.g. 1-800 number', 'We’re here 24/7!', 'Désolé, Привет, ありがとう', ''])
      expect(maskText(t)).toBe(t);
  });
});

describe('analyse: words', () => {
  const words = (text: string): string[] => [...analyse(text).words];

  it('lower-cases words and unifies apostrophes', () => {
    expect(words('We’ll call you, DM us!')).toEqual(expect.arrayContaining(["we'll", 'call', 'you', 'dm', 'us']));
    expect(normaliseWord('We’RE')).toBe("we're");
  });

  it('adds the words compromise reads a contraction, a shortening, an accent or a hyphenated word as', () => {
    const w = words("We can't, won't, cannot, don't; it's gonna be at the café by e-mail.");
    for (const x of ['can', 'not', 'will', 'do', 'it', 'is', 'going', 'cafe', 'café', 'email', 'e', 'mail'])
      expect(w, x).toContain(x);
  });

  it('has no words from handles, links or e-mail addresses', () => {
    const w = words('@dm_team see https://help.example.com/call or sorry@brand.com');
    for (const x of ['dm', 'help', 'call', 'sorry', 'brand']) expect(w, x).not.toContain(x);
    expect(w).toEqual(expect.arrayContaining(['see', 'or']));
  });
});

describe('analyse: sentences', () => {
  it('splits at . ! ? … followed by a space, and at line breaks, trimming each', () => {
    expect(sentences('Hi there. How are you?! Fine… ok\nNew line')).toEqual([
      'Hi there.',
      'How are you?!',
      'Fine…',
      'ok',
      'New line',
    ]);
  });

  it('ends a sentence at an emoji before a capital, not before a small letter or a name after a comma', () => {
    expect(sentences("That doesn't sound right 😂 Give us a call.")).toEqual([
      "That doesn't sound right 😂",
      'Give us a call.',
    ]);
    expect(sentences('Thanks ❤️ See you soon!')).toEqual(['Thanks ❤️', 'See you soon!']);
    expect(sentences('We love it 😍 and so does the team.')).toEqual(['We love it 😍 and so does the team.']);
    expect(sentences('Great news 🎉, Ana is on her way.')).toEqual(['Great news 🎉, Ana is on her way.']);
  });

  it('keeps closing quotes and brackets with their sentence, and does not split inside numbers or links', () => {
    expect(sentences('He said "hi." Then left.')).toEqual(['He said "hi."', 'Then left.']);
    expect(sentences('It costs 4.99 today. See www.brand.com/help for more.')).toEqual([
      'It costs 4.99 today.',
      'See www.brand.com/help for more.',
    ]);
  });

  it('finds no sentence in an empty or blank text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n\n ')).toEqual([]);
  });
});

describe('analyse: the reply’s own words', () => {
  it('starts after the handles X puts first', () => {
    expect(analyse('@a @b Hi').bodyStart).toBe(6);
    expect(analyse('.@brand hi').bodyStart).toBe(8);
    expect(analyse('  @a  Hi').bodyStart).toBe(6);
    expect(analyse('Hi @a').bodyStart).toBe(0);
    // "@ann: thanks" and "@ann, thanks" address the customer the same way.
    expect(analyse('@ann: thanks').bodyStart).toBe(6);
    expect(analyse('@ann, @bo, thanks').bodyStart).toBe(11);
    expect(bodySpan(analyse('@a  Hello there  '))).toEqual({ start: 4, end: 15 });
    expect(bodySpan(analyse('@a @b'))).toEqual({ start: 5, end: 5 });
  });

  it('starts after a thread count that follows the handles, which X still counts', () => {
    for (const [text, body] of [
      ['@ann 1: Thanks! We will look.', 'Thanks!'],
      ['@ann (1/2) Sorry for the wait.', 'Sorry'],
      ['@ann 2/3 We have checked.', 'We'],
    ] as const) {
      const doc = analyse(text);
      expect(text.slice(doc.bodyStart), text).toMatch(new RegExp(`^${body.replace(/[?!]/g, '\\$&')}`));
      expect(doc.handlesEnd, text).toBe(5);
    }
    // Not a count: no handles before it, a small letter after it, or the first of numbered lines.
    for (const text of [
      '1/2 price on all shoes this week.',
      '@ann 1/2 price on all shoes.',
      '@ann 3:30pm works for us.',
      '@ann 1: Open the app.\n2: Tap Orders.',
    ]) {
      expect(analyse(text).bodyStart, text).toBe(analyse(text).handlesEnd);
    }
  });
});

describe('analyse: language and thread parts', () => {
  it('tells English from other languages, and gives short texts the benefit of the doubt', () => {
    expect(isEnglish('Thanks for waiting, we will check it today.')).toBe(true);
    expect(isEnglish('Gracias por esperar, lo revisamos hoy mismo.')).toBe(false);
    expect(isEnglish('ありがとうございます')).toBe(false);
    expect(isEnglish('Спасибо за ожидание, мы проверим')).toBe(false);
    expect(isEnglish('Cheers, Ana')).toBe(true);
    expect(analyse('Gracias por esperar, lo revisamos hoy mismo.').english).toBe(false);
  });

  it('reads short English replies with few common words as English, and a reply with some English words in another language as not', () => {
    // English with none of the commonest words: the coach reads them (it used to skip them as another language).
    for (const t of [
      'Good evening, Caesar!',
      'Ha! Well played. -Becky',
      'Yeah, looks about 3 mins behind schedule. -Tara',
      'Anytime. Also, remember boarding starts 30 minutes prior to departure!',
      'Hey Danny. The pre-load feature generally starts two days before release date.',
    ])
      expect(isEnglish(t), t).toBe(true);
    // Another language with an English word or two in it ("no", "a", a brand's English name).
    for (const t of [
      'Hola Ana! Por favor síguenos en Twitter para enviarte un mensaje directo.',
      'Hi, wir erhalten die Filme so vom jeweiligen Studio. Gebe ich aber direkt als Feedback weiter.',
      'Quelle a été la réponse de notre service client ? Une enquête a-t-elle été ouverte ?',
      '¡Oh, no! Esto no debería ser así. Dinos, ¿qué es lo que está pasando?',
      // Short messages with no English word at all (a second reading's).
      'Ich habe mein Passwort vergessen',
      'Je voudrais annuler ma commande',
      'Onde está o meu pedido?',
      'Buenas tardes, necesito ayuda urgente',
      'Siparişim hala gelmedi, çok kötü bir hizmet!',
      // In capitals or Title Case, a capital says nothing about names (a review's).
      'WO IST MEIN PAKET',
      'Perdón Sam, Tu Pedido Esta En Camino',
      // Under four words, half of them in another language.
      'Hola!',
      'Gracias Ana!',
      'Vielen Dank!',
      'Merci beaucoup',
      // Short messages in languages beyond the six first listed.
      'Halo kak, mohon maaf atas ketidaknyamanannya ya',
      'Pesanan saya belum sampai, tolong dicek',
      'Hindi pa po dumating yung order ko',
      'Kiedy przyjdzie moja paczka?',
      'Paketim nerede? Üç gündür bekliyorum.',
      'Min beställning har inte kommit än.',
      'Dankie vir jou boodskap!',
      'Dziękuję bardzo',
      // Title Case in another language, with a small word English shares ("a", "in") (a review's).
      'Bienvenido a Nuestra Tienda Online, Te Esperamos Pronto en Madrid',
      'Danke Für Ihre Geduld, Wir Melden Uns in Kürze',
    ])
      expect(isEnglish(t), t).toBe(false);
    // Names and places in another language, and a terse complaint, are English (a second reading's).
    for (const t of [
      'Thanks, Maria de la Cruz!',
      'Now open in Los Angeles, Las Vegas & El Paso.',
      'Stores in IL, MI and DE reopen Monday.',
      'Love the new Sur La Table store in La Jolla!',
      'Worst service ever. Package lost, refund denied, nobody answers. Unacceptable!',
      // English Title Case keeps its small words small: the capitalised words are a name.
      'Welcome to Mi Casa Su Casa Rentals!',
      'Thanks for Staying at Casa Del Mar!',
      // A letter of another language in a name is not that language (a review's).
      'Calm down, Łukasz!',
      'Noted, Ştefan!!!',
      'Lovely photo, Małgosia',
    ])
      expect(isEnglish(t), t).toBe(true);
  });

  it('knows a later part of a thread the agent is writing', () => {
    for (const t of [
      '(2/3) More details here.',
      '(2/2)the package (i.e. the box) left today. ^B',
      'Please send a DM with your full name, address,',
      ". . . Seriously though, we'll send more supplies.",
      'More details here 1/2',
      'More details here 2/2 ^JS',
      '...and so on',
      'and so on...',
      "team: https://t.co/x as they'll be able to dig into this with you! ^BZ",
      'reasons. The live chat team will be your best resource for further help! 2 ^BZ',
    ]) {
      expect(analyse(t).threadPart, t).toBe(true);
    }
    for (const t of [
      'We are open 24/7',
      'Thanks. ^JS',
      'Half price: 1/2 off today only!',
      'Your refund is on its way.\n\nBest regards,',
      'Thanks for waiting. Thank you,',
      'Hi: your refund is on its way.',
    ])
      expect(analyse(t).threadPart, t).toBe(false);
    // Numbered with no space after the bracket: "(2/2)the ..." is a later part, "(1/2)Were ..." the first.
    expect(analyse('(2/2)the package left today.').threadFirst).toBe(false);
    expect(analyse('(1/2)Were you able to speak to someone about your limits?').threadFirst).toBe(true);
  });
});

describe('helpers', () => {
  it('counts words and trims spans', () => {
    expect(wordsIn('We’re here, 24/7!')).toEqual(['We’re', 'here', '24', '7']);
    expect(wordsIn('Hello there', { start: 6, end: 11 })).toEqual(['there']);
    expect(trimSpan('Hello there!!! ', { start: 0, end: 15 })).toEqual({ start: 0, end: 11 });
    expect(trimSpan('  ...  ', { start: 0, end: 7 })).toEqual({ start: 2, end: 2 });
  });

  it('parses the whole reply and each sentence once, however often rules ask', () => {
    const doc = analyse('Mistakes were made. We will fix it.');
    expect(doc.nlp()).toBe(doc.nlp());
    const first = doc.sentences[0]!;
    expect(doc.nlpAt(first)).toBe(doc.nlpAt({ ...first }));
    expect(doc.nlpAt(first).text()).toBe('Mistakes were made.');
  });
});

describe('countAtMost', () => {
  it('counts the sorted values at most a value, at the edges too', () => {
    expect(countAtMost([], 5)).toBe(0);
    expect(countAtMost([2, 4, 4, 9], 1)).toBe(0);
    expect(countAtMost([2, 4, 4, 9], 4)).toBe(3);
    expect(countAtMost([2, 4, 4, 9], 9)).toBe(4);
    expect(countAtMost([2, 4, 4, 9], 100)).toBe(4);
  });
});
