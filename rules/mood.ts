// The customer's mood, estimated from their message: VADER (a sentiment lexicon and rules tuned for social media
// text: negation, "but", capitals, "!!!", emoji) gives a compound score from -1 to 1; support-specific cues that
// VADER misses adjust it. Complaint cues ("still waiting", "no one is responding", "cancel my account", "?!?", 😡)
// push a message towards upset; request cues ("can you help", "how do I", a question) keep it from counting as
// praise.
//   neutral: a message saying the problem is solved ("works now", "got it"), unless clearly warm (then happy);
//            a message not in English
//   angry:   compound <= -0.6, or <= -0.3 with shouting or "!!"/"?!" runs
//   upset:   compound <= -0.25, or a complaint cue with compound < 0.3
//   happy:   compound >= 0.5 with explicit warmth (thanks, love, "amazing", ❤️), no complaint cue and no request
//   neutral: everything else
import vader from 'vader-sentiment';
import type { Mood } from './base.ts';
import { isEnglish, maskText } from './text.ts';

const COMPLAINT = new RegExp(
  [
    'still (?:waiting|not|no|haven|hasn|can|don)',
    'no one',
    'nobody',
    'no response',
    'no reply',
    'not (?:working|received|happy|fixed|resolved|helpful|acceptable)',
    "(?:doesn|don|isn|won|can|didn|hasn|haven|wasn|aren)[’']?t (?:work|load|connect|arrive|respond|help|fix|get|let|open|show|send)",
    'cancel(?:led|ling)? my',
    'refund',
    'charged',
    'overcharged',
    'down again',
    'outage',
    'delayed',
    'cancelled',
    'lost my',
    'missing',
    'broken',
    'never (?:arrived|received|came|got)',
    'not (?:good|great|ok)',
    'waste of',
    'ridiculous',
    'unacceptable',
    'disappointed',
    'fed up',
    'sort (?:it|this) out',
    'what is going on',
    "what[’']s going on",
    'how (?:long|many times)',
    'why (?:is|do|can|won|are|did|the)',
    'again\\?',
    'as usual',
    'wtf',
    'wth',
    'smh',
    'disgust(?:ed|ing)?',
    'gross',
    'ugh',
    'fuck',
    'frig',
    'worst',
    'terrible',
    'awful',
    'useless',
    'pointless',
    'joke',
    'scam',
    'liars?',
    'rip ?off',
    '[?!]{3,}',
    '\\?!',
    '!\\?',
    '[😡😠🤬😤😑😒🙄😩😫😭😞]',
    ':\\(',
  ].join('|'),
  'iu',
);

const REQUEST =
  /\?|\b(?:help|please|pls|can you|could you|if (?:you|u) could|how (?:do|can|to)|issue|problem|error|not working|when will|any (?:news|update)|wondering|wonder if|want(?:ed)? to|where(?:'s| is| are)|refund|credit|cancel)\b/i;
const WARMTH =
  /\b(?:thank|thanks|thx|love|loved|amazing|awesome|best|great (?:job|service|team|staff|experience|flight|food)|well done|delighted|wonderful|fantastic|brilliant|excellent|kudos|shout ?out|congrats|congratulations|you rock|props)\b|❤️|😍|🥰|🙏|👏/i;

const analyzer = vader.SentimentIntensityAnalyzer;

// "Works now", "got it", "thanks for the quick reply": the problem is solved, whatever words came with it.
const RESOLVED =
  /\b(?:works? now|working now|found a way|in the end|(?:it|that) work(?:s|ed)|got it(?: to work| working)?|(?:all )?sorted|fixed(?: now)?|resolved|all good|no problem|no worries|will do|thanks for the (?:quick |fast |speedy )?(?:reply|help|response|answer)|i did it)\b/i;

export function estimateMood(message: string): Mood {
  const text = message.replace(/(?:^|\s)@[\p{L}\p{N}_]+/gu, ' ').trim();
  // The lexicon is English: a message in another language is not guessed at.
  if (text === '' || !isEnglish(maskText(text))) return 'neutral';
  const { compound } = analyzer.polarity_scores(text);
  const letters = text.replace(/\P{L}/gu, '');
  const shouting = letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const complaint = COMPLAINT.test(text);
  if (RESOLVED.test(text) && compound > -0.5) return WARMTH.test(text) && compound >= 0.5 ? 'happy' : 'neutral';
  if (compound <= -0.6 || (compound <= -0.3 && (shouting || /!{2,}|\?!|!\?/.test(text)))) return 'angry';
  if (compound <= -0.25 || (complaint && compound < 0.3)) return 'upset';
  if (compound >= 0.5 && WARMTH.test(text) && !complaint && !REQUEST.test(text)) return 'happy';
  return 'neutral';
}
