// asks-again: the reply asks for a detail the customer's message already gave ("Could you send your order number?"
// under "order #MR90417 arrived cold, photo attached"). Customers hate repeating themselves: being asked again tells
// them nobody read what they wrote. Each detail is recognised in the customer's message by its form (an order or
// booking code with a digit, an account number, a postcode or ZIP, an e-mail address, a phone number said to be
// theirs, a photo said to be attached) and in the reply only inside a request ("please", "could you", a question).
// Asking again for a reason is left alone ("send the photo again, it didn't come through", "the correct order
// number"), and so is a reply that quotes the detail back.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type RawFinding } from '../kind.ts';
import { quoteStart } from '../text.ts';

export const DETAILS = ['order', 'account', 'postcode', 'address', 'email', 'phone', 'photo'] as const;
type Detail = (typeof DETAILS)[number];

/** What the message's {detail} says. */
const LABEL: Record<Detail, string> = {
  order: 'their order, booking or policy reference',
  account: 'their account number',
  postcode: 'their postcode',
  address: 'their address',
  email: 'their e-mail address',
  phone: 'their phone number',
  photo: 'a photo',
};

// A code with three digits or more, four characters or more ("MR90417", "HX-20931", "111-5014070-4118645"; not a
// hashtag such as "#3hourslate").
const CODE = String.raw`#?(?=(?:[A-Z-]*\d){3})[A-Z0-9][A-Z0-9-]{3,}\b`;
/** The detail, as the customer gives it; the first group is the value (the reply quoting it back has read it). */
// A booking code after its label may have fewer digits ("booking ref KX7P2L", an airline's six characters); a parcel's
// tracking number is known by its form alone: two capitals, 8 to 10 digits, perhaps two more capitals ("SP77104432",
// "AB123456789GB"), in capitals as carriers print it.
const SHORT_BOOKING_CODE =
  /\b(?:booking|reservation|confirmation|conf)\s+(?:ref(?:erence)?|code|number|no\.?)(?:\s*(?:is|:|-))?\s*((?=[a-z]*\d)[a-z0-9]{5,8})\b/i;
const TRACKING_CODE = /\b([A-Z]{2}\d{8,10}(?:[A-Z]{2})?)\b/;
const either = (...res: RegExp[]): Pick<RegExp, 'exec'> => ({
  exec: (s: string) => res.reduce<RegExpExecArray | null>((found, re) => found ?? re.exec(s), null),
});
const GIVEN: Record<Detail, Pick<RegExp, 'exec'>> = {
  order: either(
    new RegExp(
      // After "number" (or "ref", "code" ...) the code may follow a few words later, in the same clause or the next
      // sentence ("the tracking number twice already. PW88213345GB"), not after a comma ("I don't have the order
      // number, my phone is 07700900123"); after the bare word only at once ("reservation and refund me AUD1700" gives
      // none). Whole words only ("no" is not "not", "ref" not "refund"); a phone number is not a reference.
      String.raw`\b(?:order|booking|reservation|confirmation|conf|reference|ref|case|ticket|claim|tracking|parcel|policy|membership)(?:\s+(?:number|no\.?|num|code|id|ref|reference)\b(?:[^\d\n,;]{0,30}?[\s:.-])?|(?:\s*(?:is|was|:|-))?)\s*(?!\+?0\d{9,}\b)(${CODE})|(?<![\w&])#((?=(?:[A-Z]*\d){3})[A-Z0-9]{4,})\b`,
      'i',
    ),
    SHORT_BOOKING_CODE,
    TRACKING_CODE,
  ),
  // Digits, perhaps after a short prefix of capitals ("VM-33019", "BW-7740213").
  account: /\baccount(?:\s*(?:number|no\.?|num|#))?(?:\s*(?:is|:|-))?\s*#?((?:[A-Z]{1,4}-?)?\d[\d -]{3,}\d)\b/i,
  // A street address: a house number, one to three capitalised words and the kind of street.
  address:
    /\b(\d{1,5}[A-Za-z]?\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Court|Ct|Way|Place|Pl|Terrace|Crescent|Gardens|Grove|Row|Square|Boulevard|Blvd))\b/u,
  postcode: /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2})\b|\bzip(?:\s*code)?(?:\s*(?:is|:))?\s*(\d{5})\b/i,
  // From the start of a word, 64 characters at most before the "@": a long run with no "@" is not rescanned.
  email: /(?<![\w.+-])([\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+)/,
  phone:
    /\b(?:phone|mobile|cell|tel|my number|contact number|call me|reach me|text me)(?: number| no\.?)?\b[^.\n\d]{0,12}(\+?\d[\d ()-]{8,}\d)/i,
  // Not screenshots: support asks for a screenshot of a given screen, often another one than the customer sent.
  photo:
    /\b(?:photos?|pictures?|pics?|images?|videos?)\b[^.\n]{1,20}?\b(attached|included|below|above|enclosed)\b|\b(attached|attaching|here's|here is|enclosed)\b[^.\n]{1,12}?\b(?:a |the |my )?(?:photos?|pictures?|pics?|images?|videos?)\b/i,
};

/** The detail, as a reply asks for it (only inside a request: "your name, booking reference and date"). */
const asked = (core: string): RegExp => new RegExp(String.raw`(?:\b(?:your|the)\s+)?\b(?:${core})\b`, 'i');
const ASKED: Record<Detail, RegExp> = {
  order: asked(
    String.raw`(?:order|booking|reservation|confirmation|case|ticket|claim|tracking|parcel|policy|membership)\s+(?:number|no|#|code|reference|ref|id)|booking\s+reference|reference\s+number`,
  ),
  account: asked(String.raw`account\s+(?:number|no)`),
  postcode: asked(String.raw`postcode|post code|zip(?:\s*code)?`),
  // The noun after "your" or "the" (not the verb: "so we can address it"); not an e-mail, IP, web or MAC address.
  address:
    /\b(?:your|the)\s+(?:(?:full|home|postal|delivery|street|property|billing)\s+)?address(?:\s+of\s+the\s+property)?\b/i,
  email: asked(String.raw`e-?mail\s+address`),
  phone: asked(String.raw`(?:phone|mobile|contact|cell|telephone)\s+number`),
  photo: /\b(?:a|the|some|your)\s+(?:photos?|pictures?|pics?|images?)\b|\b(?:photos?|pictures?)\s+of\b/i,
};

// A sentence that asks for something.
const REQUEST =
  /\?|\b(?:please|pls|could you|can you|would you|will you|can i (?:take|have|get)|may i (?:have|take|get)|send|provide|share|let (?:us|me) know|confirm|dm|tell (?:us|me)|reply with|give (?:us|me)|what(?:'s|’s| is) (?:your|the))\b/i;
// A list item: a dash, a bullet or a number opening the line.
const LIST_ITEM = /^\s*(?:[-–•*]|\d{1,2}[.)])\s/;
// Asking again with a reason: the first one did not arrive, or another one is needed.
const FOR_A_REASON =
  /\b(?:again|didn['’]t come through|did not come through|didn['’]t attach|wasn['’]t attached|not attached|couldn['’]t open|could not open|unable to open|won['’]t open|missing|other|another|new|second|correct|right one|cut off|clearer|better)\b/i;

export const asksAgainKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('asks-again'),
      /** The details to check; all of them when left out. */
      details: z.array(z.enum(DETAILS)).min(1).optional(),
    })
    .strict(),
  exclusive: true,
  compile(rule) {
    const details = rule.details ?? DETAILS;
    return {
      triggers: null,
      check(doc, ctx) {
        // A customer's message is short; a pasted log after the first 5,000 characters is not where they give details.
        const message = ctx.customerMessage?.slice(0, 5000);
        if (!message) return [];
        const out: RawFinding[] = [];
        const ownEnd = quoteStart(doc.text);
        const own = doc.text.slice(0, ownEnd).toLowerCase();
        for (const detail of details) {
          const given = GIVEN[detail].exec(message);
          if (!given) continue;
          const value = given.slice(1).find(Boolean)?.replace(/^#/, '');
          // The reply quotes it back in its own words (not in the customer's e-mail quoted below it): it has read it.
          if (value && value.length >= 4 && own.includes(value.toLowerCase())) continue;
          // A list's items are asked for by the line that leads into it ("please send the following:").
          let listAsked = false;
          for (const s of doc.sentences) {
            if (s.start >= ownEnd) break;
            const sentence = doc.masked.slice(s.start, s.end);
            const item = LIST_ITEM.test(sentence);
            if (!item) listAsked = REQUEST.test(sentence) && /:\s*$/.test(sentence);
            const asked = ASKED[detail].exec(sentence);
            if (!asked || !(REQUEST.test(sentence) || (item && listAsked)) || FOR_A_REASON.test(sentence)) continue;
            const start = s.start + asked.index;
            out.push({ start, end: start + asked[0].length, vars: { detail: LABEL[detail] } });
            break;
          }
        }
        return out.sort((a, b) => a.start - b.start);
      },
    };
  },
});
