// Abbreviations a customer may not know: the `abbreviations` measure of a limit rule ("FTTC with VDSL2 ... CGNAT",
// "your FNOL ... the TPI", "a DLM profile on the SNRM"). Jargon shows the brand's org chart, not the customer's
// answer. An abbreviation is a word of three to six capitals (perhaps with digits after: "VDSL2"; two capitals are as
// often someone's initials), and it does not count when:
//   everyone knows it (DM, FAQ, PIN, TV, UK, NHS, GMT ...), it is a word in capitals ("LIT"), or the rule set allows
//   it (a brand's own: `allow`);
//   it is an agent's initials after a sign-off mark ("^TR", "*HRO", "- HSB");
//   the customer used it;
//   it is explained in brackets, before or after ("unified action bar (UAB)", "HFC (hybrid fibre coaxial)"), here or
//   earlier in the reply;
//   it is a label the customer sees: after "marked", "press", "select" ..., before "port", "button", "tab" ..., in
//   quotes or square brackets, or in a run of capitals that are not abbreviations everyone knows (a menu label, a line
//   shouted, a signature block: "Freepost NLR REFUNDS"; "CGNAT IP ranges" is still jargon);
//   it is part of a reference or a postcode ("INC-4471", "EXC-04", "S7 1QT", "BS3").
import { isKnownWord } from './nlp.ts';
import type { Span } from './text.ts';

// Known to most customers in English-speaking countries. (The shouting check has its own list in limit.ts.)
const WELL_KNOWN = new Set(
  (
    'AM PM DM DMS PM PMS FAQ ID PIN SIM ETA OK USA UK EU US UN TV PC IOS GPS ATM USB URL CEO HQ IT HR API SMS MMS ' +
    'VPN WIFI SSN UPS DHL USPS TSA FAA NFL NBA MLB NHL BBC CNN ITV EST EDT PST PDT CST CDT MST GMT UTC BST CET AEST IST ' +
    'NYC LA SF DC ASAP FYI RSVP IP HTML PDF QR HD DVD CD LED LCD HDMI APR IRA IBAN VAT GST PS AKA ISP ' +
    'IMEI OTP CVV LOL OMG BTW TBH AI NHS GP MP MOT CCTV ER ICU AC PO TBC TBA NB RRP EV OS APP APPS ' +
    'DOB NI KYC PAN UPI NEFT IFSC NRI GBP USD EUR INR AUD CAD NZD CHF JPY ' +
    'PS4 PS5 XBOX PSN NBN BT EE HSBC TSB RBS ASOS DPD TNT IKEA AA RAC BA KLM KFC BMW VW UAE NZ'
  ).split(' '),
);
// A word of capitals: two to six letters, or three or more then digits ("VDSL2"); a plural "s" may follow ("SLAs").
const ABBREVIATION = /(?<![\p{L}\p{N}@#_/.'’&^*~-])(?:[A-Z]{3,6}|[A-Z]{3,5}\d{1,2})s?(?![\p{L}\p{N}_@'’&])/gu;
// Initials after a sign-off mark: "- HSB", "-- AJ".
const SIGNED_BEFORE = /(?:^|\s)[-–—~^*]\s?$/u;
// Explained in brackets right after or right before: "UAB (unified action bar)", "unified action bar (UAB)".
const EXPLAINED_AFTER = /^\s*\(/;
const EXPLAINED_INSIDE = /\(\s*$/;
// A label on a screen or a device.
const LABEL_BEFORE =
  /\b(?:marked|labelled|labeled|called|named|press|tap|select|click|choose|hit|open|says|reads|shows)\s+(?:the\s+)?$/i;
const LABEL_AFTER =
  /^\s+(?:port|ports|button|buttons|key|tab|menu|light|lights|socket|cable|icon|option|setting|settings|screen|box|switch|plug|page)\b/i;
// Part of a reference ("INC-4471", "UNI-D") or set in quotes or square brackets.
const JOINED_AFTER = /^-[\p{L}\p{N}]/u;
const QUOTED_BEFORE = /["'“‘[«]\s*$/u;
// Another word of capitals next to it (a label, a shouted line, a signature block: "Freepost NLR REFUNDS").
const CAPS_NEIGHBOUR_BEFORE = /(?:^|\P{L})(\p{Lu}{2,})[ \t]+$/u;
const CAPS_NEIGHBOUR_AFTER = /^[ \t]+(\p{Lu}{2,})(?!\p{Ll})/u;

/**
 * The abbreviations in `masked` (the reply with links and handles masked) that the customer may not know: the first
 * place of each, in order. `allow` adds the brand's own; the customer's own message, when known, shows what they know.
 */
export function unknownAbbreviations(
  masked: string,
  customerMessage: string | undefined,
  allow: readonly string[] = [],
): (Span & { word: string })[] {
  // Most replies have no three capitals in a row: nothing to look at.
  if (!/[A-Z]{3}/.test(masked)) return [];
  const known = allow.length ? new Set([...WELL_KNOWN, ...allow.map((a) => a.toUpperCase())]) : WELL_KNOWN;
  // The customer's words, as written and without a plural "s" ("BACS" stays BACS; "SLAs" is SLA too).
  const theirs = new Set(
    (customerMessage ?? '')
      .match(/[\p{L}\p{N}]+/gu)
      ?.flatMap((w) => [w.toUpperCase(), w.replace(/s$/, '').toUpperCase()]) ?? [],
  );
  // A neighbour in capitals makes a label or a shouted line, unless it is an abbreviation everyone knows.
  const capsNeighbour = (re: RegExp, text: string): boolean => {
    const n = re.exec(text)?.[1];
    return n !== undefined && !known.has(n);
  };
  const seen = new Set<string>();
  const out: (Span & { word: string })[] = [];
  for (const m of masked.matchAll(ABBREVIATION)) {
    const word = m[0].replace(/s$/, '');
    if (seen.has(word) || known.has(word) || theirs.has(word) || isKnownWord(word)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = masked.slice(Math.max(0, start - 40), start);
    const after = masked.slice(end, end + 40);
    // Explained once, it is known for the rest of the reply.
    if (EXPLAINED_AFTER.test(after) || EXPLAINED_INSIDE.test(before)) {
      seen.add(word);
      continue;
    }
    if (
      SIGNED_BEFORE.test(before) ||
      LABEL_BEFORE.test(before) ||
      LABEL_AFTER.test(after) ||
      JOINED_AFTER.test(after) ||
      QUOTED_BEFORE.test(before) ||
      capsNeighbour(CAPS_NEIGHBOUR_BEFORE, before) ||
      capsNeighbour(CAPS_NEIGHBOUR_AFTER, after)
    )
      continue;
    seen.add(word);
    out.push({ start, end, word });
  }
  return out;
}
