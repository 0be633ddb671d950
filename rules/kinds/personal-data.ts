// personal-data: a customer's e-mail address, phone number, card, order or account number, or street address
// written into a reply (meant for `when: { audience: "public" }`). Toll-free and freephone numbers are a business's,
// not a customer's, and are left to the deflection rules; so are role addresses (support@, abuse@, noreply@...),
// addresses at the brand's own domains (context.brandDomains), and numbers and street addresses the reply gives as
// the brand's ("call us on ...", "our store at ..."). The suggestion replaces the data with a reference the
// customer understands ("your order") and the public does not.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type RawFinding } from '../kind.ts';
import type { Span, Suggestion } from '../types.ts';
import { isFirstName } from '../nlp.ts';
import { capitalise, isSentenceStart } from '../suggest.ts';

const TYPES = ['email', 'phone', 'card', 'order', 'account', 'address', 'birthdate', 'id-document'] as const;
type DataType = (typeof TYPES)[number];

const NAMES: Record<DataType, string> = {
  email: 'an e-mail address',
  phone: 'a phone number',
  card: 'a card number',
  order: 'an order or booking number',
  account: 'an account number',
  address: 'a street address',
  birthdate: 'a date of birth',
  'id-document': 'an identity document number',
};
const REFERENCES: Record<DataType, string> = {
  email: 'your e-mail address',
  phone: 'your phone number',
  card: 'your card',
  order: 'your order',
  account: 'your account',
  address: 'your address',
  birthdate: 'your date of birth',
  'id-document': 'your ID',
};

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
// The documents, each with how a reply refers to it instead ("passport ending 4821" -> "your passport").
const ID_DOCUMENTS: [RegExp, string][] = [
  [/^passport/i, 'passport'],
  [/^driv/i, 'driving licence'],
  [/^id\b/i, 'ID card'],
  [/^(?:national insurance|ni\b)/i, 'National Insurance number'],
  [/^(?:social security|ssn)/i, 'Social Security number'],
  [/^(?:sin|social insurance)/i, 'Social Insurance number'],
  [/^nhs/i, 'NHS number'],
  [/^(?:tax|tfn)/i, 'tax number'],
];

const DETECTORS: Record<DataType, RegExp> = {
  // The lookahead (an "@" within 64 characters) makes a long word fail at once at each position instead of rescanning
  // the rest of it from every one (quadratic on a long paste), as in text.ts.
  email: /(?=[\p{L}\p{N}._%+-]{1,64}@)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  // North American (with optional +1) and international (+44 20 7946 0958) numbers; UK national (020 7946 0958).
  phone:
    /(?<![\p{L}\p{N}+])(?:(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}|\+\d{1,3}(?:[\s.-]?\d{2,4}){2,5}|0\d{3,4}\s?\d{3}\s?\d{3,4})(?!\p{N})/gu,
  card: /(?<!\p{N})(?:\d[ -]?){12,18}\d(?!\p{N})/gu,
  order:
    /\b(?:order|confirmation|booking|reservation|tracking|PNR|invoice|receipt)(?:\s+(?:number|no\.?|num|#|id|code|reference|ref))?\s*(?:[#:]\s*)?#?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}\b/giu,
  // "account 4471-2290" needs no "number"; a membership or customer number does ("customer 12345" may be a count).
  // "account number 1234 5678", "membership no. 123456"; "account 4471-2290" without "number" only as one run of
  // six digits or more (perhaps two groups joined by a hyphen), not "your account 3 - 5 working days" nor
  // "account 2024-25".
  account:
    /\b(?:(?:account|acct|member(?:ship)?|loyalty|rewards|customer)\s*(?:number|no\.?|num|#|id)\s*(?:[#:]\s*)?#?\d[\d -]{3,}\d|(?:account|acct)\s+#?\d+(?:-\d{3,})?)\b/giu,
  // A street address, with a flat or unit ("Flat 3") and the town and postcode (or its first half) or ZIP code when they follow ("5 Mill Lane,
  // Derby DE1 2AB", "27 Orchard Close, Bristol BS5", "12 Oak Street, Springfield, IL 62704"), or the town alone at the
  // end of a sentence or before "to", "and" ... ("12 Orchard Lane, Didsbury.", "22 Brook Street, Hulme to ...").
  address:
    /\b\d{1,5}\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Grove|Gardens|Mews|Square|Row|Rise|Walk|Parade|Hill|Green)\b\.?(?:,?\s+(?:Flat|Apt\.?|Apartment|Unit|Suite)\s+\w{1,5}\b)?(?:(?:,?\s+\p{Lu}\p{Ll}+){0,2},?\s+(?:[A-Z]{1,2}\d[A-Z\d]?(?:\s?\d[A-Z]{2})?|(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?)\b|,[ \t]\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?=[.!?;:\n]|[ \t](?:to|and|on|at|in|for|from)\b|$))?/gu,
  // "DOB 12/03/1991", "date of birth: 3 May 1990", "born on March 3, 1990".
  birthdate: new RegExp(
    String.raw`\b(?:DOB|D\.O\.B\.?|date of birth|birth\s?date|born(?:\s+on)?)\s*(?:[:\-–]\s*|(?:is|was|as)\s+|of\s+)?${DATE}`,
    'giu',
  ),
  // A document named with its number: "passport ending 4821", "passport number 123456789", "SSN 123-45-6789",
  // "NI number AB 12 34 56 C", "NHS no. 943 476 5919". The number is digits and capitals, each part after a space or
  // a hyphen starting with a digit (so the next word is never taken: "ending 4821 DM us"; a driving licence's parts may
  // start with letters: "SMITH 801019 JS9AB"), with at least six characters, or three after
  // "ending". National Insurance and NHS numbers need "number" (not "NI 2025", "NHS guidance"). Case-sensitive: the
  // number is in capitals and digits, so "passport and ID card" has none.
  'id-document':
    /\b(?:[Dd]riv(?:er'?s|ing)\s+[Ll]icen[cs]e(?:\s+(?:[Nn](?:umber|o\.?|um)|#))?\s*(?:[:\-–]\s*|(?:is|was)\s+)?[A-Z0-9]+(?:[ -](?:\d[A-Z0-9]*|[A-Z]+\d[A-Z0-9]*))*|(?:(?:[Pp]assport|ID\s+[Cc]ard|[Ss]ocial\s+[Ss]ecurity|SSN|SIN|[Ss]ocial\s+[Ii]nsurance|[Tt]ax\s+(?:ID|[Ff]ile)|TFN)(?:\s+(?:[Nn](?:umber|o\.?|um)|#))?|(?:[Nn]ational\s+[Ii]nsurance|NI|NHS)\s+(?:[Nn](?:umber|o\.?|um)|#))\s*(?:[Ee]nd(?:ing|s)(?:\s+(?:in|with))?\s+|[:\-–]\s*|(?:is|was)\s+)?#?(?:[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]|[A-Z0-9]+(?:[ -]\d[A-Z0-9]*)*))\b/gu,
};

// The word a reply names the data by ("address", "e-mail", "card"), when it is just before the data: "your new address
// 22 Fern Close is on file" keeps "your new address" and drops the data; "we updated your address to 22 Fern Close"
// drops "to 22 Fern Close". The types whose match holds its own word (an order, an account) need neither.
// The noun must be one: after "your", "the", "new" ... or opening a sentence ("Card on file: ..."), never the verb in
// "Please email sam@example.com".
const NOUN_BEFORE = String.raw`(?:^|[.!?\n]\s*|\b(?:your|the|my|our|their|his|her|this|that|new|old|current|registered|preferred|contact|delivery|billing|home|shipping|mobile|e-?mail)\s+)`;
const named = (noun: string): RegExp =>
  new RegExp(
    String.raw`${NOUN_BEFORE}(?:${noun})(?:\s+(?:number|on (?:file|record)|we (?:have|hold)(?:\s+(?:for you|on file|on record))?))?(?:\s*[:,\-–—]\s*|\s+(?:(?:is|was)\s+)?)$`,
    'iu',
  );
const linked = (noun: string): RegExp =>
  new RegExp(String.raw`${NOUN_BEFORE}(?:${noun})\b[^.!?\n]{0,30}?(\s+(?:to|as|at)\s+)$`, 'iu');
const NAMED_BEFORE: Partial<Record<DataType, RegExp>> = {
  email: named(String.raw`e-?mail(?:\s+address)?|address`),
  phone: named('phone|mobile|cell|number'),
  card: named('card'),
  address: named('address'),
};
/** "... your address to 22 Fern Close": the preposition goes with the data. */
const NAMED_THEN_LINKED: Partial<Record<DataType, RegExp>> = {
  email: linked(String.raw`e-?mail|address`),
  phone: linked('phone|mobile|cell|number'),
  card: linked('card'),
  address: linked('address'),
};

// Numbers a business publishes: North American toll-free area codes, UK freephone and non-geographic numbers.
// UK: 0800/0808 freephone, 03 non-geographic (charged as local, used by businesses and public bodies), 084/087 service.
const BUSINESS_NUMBER = /^(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?|^(?:\+44\s?|0)(?:80[08]|3\d\d|84\d|87\d)/;

// Role addresses a business publishes (abuse@, support@, reportphish@, noreply@...): never a customer's. A local part
// is a role when one of its parts (split at . _ - +) is one of these ("uk.support", "customer-care", "no-reply").
const ROLES = new Set(
  (
    'abuse support help helpdesk reportphish reportphishing phish phishing spoof spam security privacy dpo gdpr ' +
    'noreply no-reply donotreply do-not-reply care customercare customerservice customerservices service services ' +
    'info information contact contactus hello enquiries enquiry inquiries inquiry feedback complaints complaint sales ' +
    'billing accounts press media team admin webmaster postmaster hostmaster legal returns orders bookings ' +
    'reservations social careers jobs marketing newsletter notifications alerts mailer-daemon office reception ' +
    'customer customers assist assistance questions lost lostitems lostproperty lostandfound claims refunds payments ' +
    'accessibility bereavement bereavements fraud disputes safeguarding wellbeing vulnerability dataprotection ' +
    'supporter supportercare donations fundraising membership members'
  ).split(' '),
);

// A person's own address at such a domain ("sarah.jones@nhs.net", "p.shah@leeds.gov.uk").
const PERSON_LOCAL = /^[a-z]{1,20}[._-][a-z]{2,20}\d*$/;
const PUBLIC_BODY = /(?:^|\.)(?:gov|gov\.uk|gov\.au|govt\.nz|gov\.ie|gc\.ca|nhs\.uk|nhs\.net|police\.uk|mil)$/;

/** The address is the brand's: a role address, or at one of the brand's domains or their subdomains. */
function brandAddress(address: string, brandDomains: readonly string[]): boolean {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase();
  // A public body's address (a council, a health service, the police) is an office's, never a customer's own.
  if (PUBLIC_BODY.test(domain) && !PERSON_LOCAL.test(local)) return true;
  if (brandDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
  if (ROLES.has(local)) return true;
  const parts = local.split(/[._+-]+/);
  return parts.some((p) => ROLES.has(p)) || ROLES.has(parts.join('-')) || ROLES.has(parts.join(''));
}

// A number the brand gives as its own: "call us on", "our number is", "reach the team at", "text STOP to"; a number the
// customer is told to call ("please ring 0161 ...", "from abroad, call +44 ...", "you can speak to our manager, Rosa,
// on ...", not "we will ring 0161 ...");
// the answer to "what's your number?" ("It's 01632 ..."). Not one said of the customer ("we tried calling you on ...",
// "we texted your registered mobile ...").
const BRAND_NUMBER_BEFORE =
  /(?:(?:^|[.!?,:;(]\s*|\b(?:please|pls|kindly|just|simply|then|or|and|you can|you could|you may|you might|you need to|you(?:'ll| will) need to|feel free to|best to|suggest|recommend|try)\s+)(?:also\s+|always\s+|still\s+)?(?:call|ring|phone|dial|reach|contact|speak(?:ing)? (?:to|with)|talk(?:ing)? (?:to|with))\s+(?:(?!you\b|your\b)[\p{L}'’-]+,?\s+){0,4}?(?:(?:directly|free|anytime|any time)\s+)?(?:(?:on|at|via)\s+)?|(?:^|[.!?:]\s+)(?:it's|it is|it’s)\s+|\bour\s+(?:[\p{L}-]+\s+){0,3}(?:is|are)\s+(?:on|at)\s+|\b(?:call|ring|phone|dial|text|whatsapp|contact|reach|fax)(?:ing)?\s+(?:us|our\s+(?:[\p{L}-]+\s+){0,3}(?:team|line|desk|department|office|store|branch|helpline|hotline|services?|centre|center))\s+(?:on|at|via)\s+|\b(?:our|the\s+(?:[\p{L}-]+\s+){0,3}(?:team|desk|department|office|store|branch)'s)\s+(?:[\p{L}-]+\s+){0,3}(?:number|line|helpline|hotline)\s+(?:is|:)\s*|\b(?:tel|telephone|ph)\.?[\s:]+)$/iu;

// Opening hours after a number are a business's ("+44 20 7946 0321 (24/7)", "0161 496 0712 between 8am and 6pm",
// "0113 496 0000, Mon-Fri 9-5", "01632 960 441 (8am–6pm)").
const OPENING_HOURS_AFTER =
  /^[\s,(-]*(?:24\/7|24 hours|open\b|lines? (?:are )?open|(?:(?:from|between)\s+)?\d{1,2}(?::\d\d|\.\d\d)?\s?(?:am|pm)\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?(?:-|–|to\b)|weekdays|(?:every|each) day)/i;

// An address the reply gives as the brand's: "our store at", "our Leeds office on", "visit us at", "we're located at".
const BRAND_ADDRESS_BEFORE =
  /(?:\b(?:our|the\s+brand's)\s+(?:[\p{L}-]+\s+){0,2}(?:stores?|shops?|offices?|branch(?:es)?|restaurants?|hotels?|locations?|outlets?|depots?|warehouses?|centres?|centers?|showrooms?|headquarters|hq|clinics?|venues?|studios?|salons?|cafés?|cafes?)\s+(?:(?:is|are)\s+)?(?:(?:located|based)\s+)?(?:at|on|in)|\b(?:visit|find|meet|see)\s+us\s+(?:at|on|in)|\bwe(?:['’]re|\s+are)\s+(?:located|based)\s+(?:at|on|in))\s+$/iu;

const WRITE_TO_BEFORE =
  /(?:^|[.!?:]\s+|\bplease\s+|\b(?:you can|you could|just)\s+)(?:e-?mail|write to|contact|cc|copy in)\s+$/iu;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

// How card numbers are written: in one run, in fours ("4929 1234 5678 9015") or as Amex does (4-6-5). A phone number
// grouped otherwise ("18001 0330 088 1200") is not a card, even when its digits pass the Luhn check.
const CARD_GROUPS = /^(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})$/;

function accepts(type: DataType, found: string): boolean {
  if (type === 'id-document') {
    // The number: what follows the document's name and its linking words; a digit in it, and six characters or more
    // (three after "ending": "passport ending 4821").
    const number = /(?:[:\-–]\s*|\s)#?([A-Z0-9][A-Z0-9 -]*)$/u.exec(found)?.[1] ?? '';
    const length = number.replace(/[^A-Z0-9]/g, '').length;
    return /\d/.test(number) && length >= (/\b[Ee]nd(?:ing|s)\b/.test(found) ? 3 : 6);
  }
  if (type === 'account' && !/\b(?:number|no\.?|num|#|id)\b|#/i.test(found))
    return found.replace(/\D/g, '').length >= 6;
  if (type === 'phone') return !BUSINESS_NUMBER.test(found.trim()) && found.replace(/\D/g, '').length >= 10;
  if (type === 'card') {
    const digits = found.replace(/\D/g, '');
    return digits.length >= 13 && digits.length <= 19 && CARD_GROUPS.test(found.trim()) && luhn(digits);
  }
  return true;
}

/** The fix: refer to the data without showing it, or drop it where the reply already names what it is. */
const SOMEONE_NAMED = /\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}'’-]+,[ \t]*$/u;
const GREETED = /(?:^|[.!?\n]\s*)(?:hi|hello|hey|dear|thanks|thank you|morning|afternoon|evening)\b[^.!?\n]*$/i;

const OWN_NOUN = /^(booking|reservation|claim|policy|case|ticket|order|account)\b/i;

// Records an address only says which of ("your claim for 14 Station Road", "a transaction at 22 Elm Grove"): the words
// read without it. After anything else ("you're still at", "the meter at", "left at") it stays, as "your address".
const RECORD_NOUN =
  /^(?:claims?|accounts?|polic(?:y|ies)|bookings?|orders?|transactions?|payments?|purchases?|visits?|appointments?|readings?|quotes?|tickets?|cases?|bills?|faults?|leaks?|repairs?|inspections?|installations?|surveys?|valuations?|contracts?|tenanc(?:y|ies))$/i;

function fixFor(text: string, type: DataType, span: Span): Suggestion[] {
  const before = text.slice(Math.max(0, span.start - 48), span.start);
  const naming = NAMED_BEFORE[type]?.exec(before);
  if (naming) {
    // "Your new address 22 Fern Close is on file" -> "Your new address is on file". "Your address is 22 Fern Close."
    // has no cut that reads well: no fix is offered (the message still says what to do).
    const separator = /(?:\s*[:,\-–—]\s*|\s+(?:(?:is|was)\s+)?)$/iu.exec(naming[0])![0];
    if (/\b(?:is|was)\s+$/i.test(separator)) return [];
    // The data set off by a dash or a comma takes the closing one with it ("address - 22 Fern Close - is",
    // "address 42 Maple Street, London SW1A 1AA, is").
    const after = text.slice(span.end);
    let closing = 0;
    if (/[-–—]/.test(separator)) closing = /^\s*[-–—]/.exec(after)?.[0].length ?? 0;
    else if (/^,\s/.test(after) && (separator.includes(',') || /^,\s+\p{Ll}/u.test(after))) closing = 1;
    const end = span.end + closing;
    return [{ start: span.start - separator.length, end, replacement: '', label: 'Remove it' }];
  }
  // Set off after a full name ("is it Jane Fowler, 22 Marsh Road?") the data is that person's: "your address" would
  // give it to the customer. No fix is offered (the message still says what to do). Not after a greeting or a word
  // of chat: "Hi Sam Jones, 22 Marsh Road is booked" is the customer's.
  if (SOMEONE_NAMED.test(before) && !GREETED.test(before) && !NAMED_BEFORE[type]?.test(before)) return [];
  const link = NAMED_THEN_LINKED[type]?.exec(before);
  if (link) return [{ start: span.start - link[1]!.length, end: span.end, replacement: '', label: 'Remove it' }];
  // "We tried calling you on 07700 900412 twice" -> "We tried calling you twice", "We'll call you back on ..." -> "We'll
  // call you back": who is called says enough.
  const onYou = type === 'phone' ? /\byou(?:\s+back)?(\s+(?:on|at)\s+)$/i.exec(before) : null;
  if (onYou) return [{ start: span.start - onYou[1]!.length, end: span.end, replacement: '', label: 'Remove it' }];
  // "your claim for 14 Station Road", "a transaction at 22 Elm Grove": the address says where or what for, and the
  // words read without it ("your claim", "a transaction"); "your address" there would say something else. Not after a
  // verb of living or sending ("you live at ..." keeps "your address").
  if (type === 'address') {
    const prep = /(?<![\p{L}\p{N}])([\p{L}\p{N}-]+)(\s+(?:for|at)\s+)$/iu.exec(before);
    // The town after it goes too ("for 22 Harcourt Avenue, Leicester, and ..."), not a name ("..., Sam, and").
    const town = /^,[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})(?=[,.;:!?)]|\s*$)/u.exec(
      text.slice(span.end),
    );
    const townLength = town && !isFirstName(town[1]!.split(/\s/)[0]!) ? town[0].length : 0;
    if (prep && (RECORD_NOUN.test(prep[1]!) || /\d/.test(prep[1]!)))
      return [{ start: span.start - prep[2]!.length, end: span.end + townLength, replacement: '', label: 'Remove it' }];
  }
  // Data after the greeting and set off by a dash ("Hi Rebecca, member no. 448129 - you cancelled on 2 May"): it
  // goes with the dash, and the greeting runs on ("Hi Rebecca, you cancelled on 2 May"); not before "it" or "this",
  // which would then point at nothing.
  const dash = /^[ \t]*[-–—][ \t]+(?=(?:you|your|we|our|i)\b)/i.exec(text.slice(span.end));
  if (dash && /,[ \t]*$/.test(before) && GREETED.test(before))
    return [{ start: span.start, end: span.end + dash[0].length, replacement: '', label: 'Remove it' }];
  // A date of birth in a list of other details ("on card ending 4417, DOB 12/03/1991." or "looking at account
  // 07700 900418, DOB 12/04/1991, you connected"): it goes with the comma before it.
  if (type === 'birthdate' && /[\p{L}\p{N}],[ \t]*$/u.test(before) && /^\s*(?:[.;),]|$)/.test(text.slice(span.end))) {
    const comma = /,[ \t]*$/.exec(before)![0];
    return [{ start: span.start - comma.length, end: span.end, replacement: '', label: 'Remove it' }];
  }
  // A date of birth something is "registered to" or "linked to" says which record, and "registered to your date of
  // birth" says nothing: the phrase goes, with the commas around it ("the account ending 2231, registered to DOB
  // 04/11/1987, is unlocked" -> "the account ending 2231 is unlocked").
  if (type === 'birthdate') {
    const tied = /(,?)[ \t]*(?:registered|linked|associated|held|listed)[ \t]+(?:to|with|under)[ \t]+$/i.exec(before);
    if (tied) {
      const closing = tied[1] && text.slice(span.end, span.end + 1) === ',' ? 1 : 0;
      return [{ start: span.start - tied[0].length, end: span.end + closing, replacement: '', label: 'Remove it' }];
    }
  }
  // Data in a list in brackets, first, last or between ("on your account (07700 914382, 14 Fern Close, Luton LU3 2HT)
  // you went over", "Hi Jane (DOB 14/03/1961, NHS no. ending 882), ..."): the brackets go with everything in them, or
  // "your address" would leave the rest of the list showing.
  const listBefore = /\s*\([^()\n]*$/.exec(before);
  const listAfter = /^[^()\n]*\)/.exec(text.slice(span.end));
  if (listBefore && listAfter && (listBefore[0] + listAfter[0]).includes(',')) {
    const open = listBefore[0];
    const close = listAfter[0];
    return [{ start: span.start - open.length, end: span.end + close.length, replacement: '', label: 'Remove them' }];
  }
  // Data alone in brackets ("looking at your account (12 Larch Close, Derby DE22 4FP), ...") goes with them.
  if (/\(\s*$/.test(before) && /^\s*\)/.test(text.slice(span.end))) {
    const open = /\s*\(\s*$/.exec(before)![0];
    const close = /^\s*\)/.exec(text.slice(span.end))![0];
    return [{ start: span.start - open.length, end: span.end + close.length, replacement: '', label: 'Remove it' }];
  }
  // "Your date of birth is 3 May 1990." would become "Your date of birth.", and "Born on March 3, 1990" has no
  // reference that reads: no fix is offered (the message still says what to do).
  if (type === 'birthdate' && /^born|\s(?:is|was)\s/i.test(text.slice(span.start, span.end))) return [];
  if (type === 'id-document' && /\s(?:is|was)\s/i.test(text.slice(span.start, span.end))) return [];
  const document = type === 'id-document' && ID_DOCUMENTS.find(([re]) => re.test(text.slice(span.start, span.end)));
  // "booking ref KX7Q2P" -> "your booking": the match's own noun, when it names what the number is.
  const noun =
    type === 'order' || type === 'account' ? OWN_NOUN.exec(text.slice(span.start, span.end))?.[1] : undefined;
  const full = document ? `your ${document[1]}` : noun ? `your ${noun.toLowerCase()}` : REFERENCES[type];
  // "your order #123" -> "your order", not "your your order".
  const owner = /\b(?:your|the|my|our)\s+$/i.exec(text.slice(Math.max(0, span.start - 6), span.start));
  const reference = owner ? full.replace(/^your /, '') : full;
  // The case of the data says nothing about the reference's ("Jane.Doe@Example.com" -> "your e-mail address"); in a
  // list after a colon it stays in lower case ("all confirmed: your booking, seat 14C").
  const afterColon = /:\s*$/.test(before);
  const replacement = isSentenceStart(text, span.start) && !afterColon ? capitalise(reference) : reference;
  return [{ ...span, replacement, label: `Replace with "${replacement}"` }];
}

export const personalDataKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('personal-data'),
      types: z.array(z.enum(TYPES, { error: `expected one of ${TYPES.join(', ')}` })).min(1),
    })
    .strict(),
  exclusive: true,
  compile(rule) {
    return {
      triggers: null,
      check(doc, ctx) {
        const out: RawFinding[] = [];
        for (const type of rule.types) {
          const re = DETECTORS[type];
          re.lastIndex = 0;
          for (const m of doc.text.matchAll(re)) {
            const found = m[0].replace(/[\s.]+$/, '');
            if (!accepts(type, found)) continue;
            if (type === 'email' && brandAddress(found, ctx.brandDomains)) continue;
            // "Please email sam@example.com", "write to ...", "cc ...": an address the customer is told to write to is
            // a colleague's or another company's, not theirs ("we e-mailed you at ..." is still theirs).
            if (type === 'email' && WRITE_TO_BEFORE.test(doc.masked.slice(Math.max(0, m.index - 30), m.index)))
              continue;
            // "our licence", "our tax ID": the brand's own.
            if (
              (type === 'id-document' || type === 'birthdate') &&
              /\bour\s+$/i.test(doc.text.slice(Math.max(0, m.index - 6), m.index))
            )
              continue;
            if (type === 'address' && BRAND_ADDRESS_BEFORE.test(doc.masked.slice(Math.max(0, m.index - 60), m.index)))
              continue;
            if (
              type === 'phone' &&
              (BRAND_NUMBER_BEFORE.test(doc.masked.slice(Math.max(0, m.index - 60), m.index)) ||
                OPENING_HOURS_AFTER.test(doc.text.slice(m.index + found.length, m.index + found.length + 40)))
            )
              continue;
            // Digits in a link (https://help.example.com/articles/4155550134) are an id, not the customer's number.
            if (type !== 'email' && doc.masked[m.index] === '_' && doc.text[m.index] !== '_') continue;
            const span = { start: m.index, end: m.index + found.length };
            out.push({ ...span, vars: { type: NAMES[type] }, suggestions: fixFor(doc.text, type, span) });
          }
        }
        return out;
      },
    };
  },
});
