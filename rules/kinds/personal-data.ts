// personal-data: a customer's e-mail address, phone number, card, order or account number, or street address
// written into a reply (meant for `when: { audience: "public" }`). Toll-free and freephone numbers are a business's,
// not a customer's, and are left to the deflection rules; so are role addresses (support@, abuse@, noreply@...),
// addresses at the brand's own domains (context.brandDomains) and numbers the reply gives as the brand's ("call us
// on ..."). The suggestion replaces the data with a reference the
// customer understands ("your order") and the public does not.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type RawFinding } from '../kind.ts';
import { capitalise, isSentenceStart } from '../suggest.ts';

const TYPES = ['email', 'phone', 'card', 'order', 'account', 'address'] as const;
type DataType = (typeof TYPES)[number];

const NAMES: Record<DataType, string> = {
  email: 'an e-mail address',
  phone: 'a phone number',
  card: 'a card number',
  order: 'an order or booking number',
  account: 'an account number',
  address: 'a street address',
};
const REFERENCES: Record<DataType, string> = {
  email: 'your e-mail address',
  phone: 'your phone number',
  card: 'your card',
  order: 'your order',
  account: 'your account',
  address: 'your address',
};

const DETECTORS: Record<DataType, RegExp> = {
  // The lookahead (an "@" within 64 characters) makes a long word fail at once at each position instead of rescanning
  // the rest of it from every one (quadratic on a long paste), as in text.ts.
  email: /(?=[\p{L}\p{N}._%+-]{1,64}@)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  // North American (with optional +1) and international (+44 20 7946 0958) numbers; UK national (020 7946 0958).
  phone:
    /(?<![\p{L}\p{N}+])(?:(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}|\+\d{1,3}(?:[\s.-]?\d{2,4}){2,5}|0\d{3,4}\s?\d{3}\s?\d{3,4})(?!\p{N})/gu,
  card: /(?<!\p{N})(?:\d[ -]?){12,18}\d(?!\p{N})/gu,
  order:
    /\b(?:order|confirmation|booking|reservation|tracking|reference|ref|PNR|invoice|receipt)(?:\s+(?:number|no\.?|num|#|id|code))?\s*(?:[#:]\s*)?#?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}\b/giu,
  account:
    /\b(?:account|acct|member(?:ship)?|loyalty|rewards|customer)\s*(?:number|no\.?|num|#|id)\s*(?:[#:]\s*)?#?\d[\d -]{3,}\d\b/giu,
  address:
    /\b\d{1,5}\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent)\b\.?/gu,
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
    'customer customers assist assistance questions'
  ).split(' '),
);

/** The address is the brand's: a role address, or at one of the brand's domains or their subdomains. */
function brandAddress(address: string, brandDomains: readonly string[]): boolean {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase();
  if (brandDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
  if (ROLES.has(local)) return true;
  const parts = local.split(/[._+-]+/);
  return parts.some((p) => ROLES.has(p)) || ROLES.has(parts.join('-')) || ROLES.has(parts.join(''));
}

// A number the brand gives as its own: "call us on", "our number is", "reach the team at", "text STOP to".
const BRAND_NUMBER_BEFORE =
  /(?:\b(?:call|ring|phone|dial|text|whatsapp|contact|reach|fax)(?:ing)?\s+(?:us|our\s+(?:[\p{L}-]+\s+){0,3}(?:team|line|desk|department|office|store|branch|helpline|hotline|services?|centre|center))\s+(?:on|at|via)\s+|\b(?:our|the\s+(?:[\p{L}-]+\s+){0,3}(?:team|desk|department|office|store|branch)'s)\s+(?:[\p{L}-]+\s+){0,3}(?:number|line|helpline|hotline)\s+(?:is|:)\s*|\b(?:tel|telephone|ph)\.?[\s:]+)$/iu;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function accepts(type: DataType, found: string): boolean {
  if (type === 'phone') return !BUSINESS_NUMBER.test(found.trim()) && found.replace(/\D/g, '').length >= 10;
  if (type === 'card') {
    const digits = found.replace(/\D/g, '');
    return digits.length >= 13 && digits.length <= 19 && luhn(digits);
  }
  return true;
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
            if (type === 'phone' && BRAND_NUMBER_BEFORE.test(doc.masked.slice(Math.max(0, m.index - 60), m.index)))
              continue;
            // Digits in a link (https://help.example.com/articles/4155550134) are an id, not the customer's number.
            if (type !== 'email' && doc.masked[m.index] === '_' && doc.text[m.index] !== '_') continue;
            const span = { start: m.index, end: m.index + found.length };
            // "your order #123" -> "your order", not "your your order".
            const owner = /\b(?:your|the|my|our)\s+$/i.exec(doc.text.slice(Math.max(0, span.start - 6), span.start));
            const reference = owner ? REFERENCES[type].replace(/^your /, '') : REFERENCES[type];
            // The case of the data says nothing about the reference's ("Jane.Doe@Example.com" -> "your e-mail address").
            const replacement = isSentenceStart(doc.text, span.start) ? capitalise(reference) : reference;
            out.push({
              ...span,
              vars: { type: NAMES[type] },
              suggestions: [{ ...span, replacement, label: `Replace with "${replacement}"` }],
            });
          }
        }
        return out;
      },
    };
  },
});
