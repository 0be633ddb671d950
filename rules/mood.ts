// The customer's mood, estimated from their message: VADER (a sentiment lexicon and rules tuned for social media
// text: negation, "but", capitals, "!!!", emoji) gives a compound score from -1 to 1; support-specific cues that
// VADER misses adjust it. Complaint cues ("still waiting", "no one is responding", "cancel my account", "?!?", 😡)
// push a message towards upset; request cues ("can you help", "how do I", a question) keep it from counting as
// praise.
//   angry:   compound <= -0.6, or negative with shouting or "!!"/"?!" runs
//   upset:   compound <= -0.05, or a complaint cue with compound < 0.5
//   happy:   compound >= 0.5, no complaint cue and no request (or compound >= 0.8 with thanks or love)
//   neutral: everything else
import vader from 'vader-sentiment';
import type { Mood } from './base.ts';

const COMPLAINT = new RegExp(
  [
    'still (?:waiting|not|no|haven|hasn|can|don)', 'no one', 'nobody', 'no response', 'no reply', 'not (?:working|received|happy|fixed|resolved|helpful|acceptable)',
    "(?:doesn|don|isn|won|can|didn|hasn|haven|wasn|aren)[’']?t (?:work|load|connect|arrive|respond|help|fix|get|let|open|show|send)",
    'cancel(?:led|ling)? my', 'refund', 'charged', 'overcharged', 'down again', 'outage', 'delayed', 'cancelled', 'lost my', 'missing',
    'broken', 'never (?:arrived|received|came|got)', 'waste of', 'ridiculous', 'unacceptable', 'disappointed', 'fed up', 'sort (?:it|this) out',
    'what is going on', "what[’']s going on", 'how (?:long|many times)', 'why (?:is|does|can|won|isn|doesn|do|are|did|the)', 'again\\?', 'as usual',
    'wtf', 'wth', 'smh', 'ugh', 'fuck', 'frig', 'worst', 'terrible', 'awful', 'useless', 'pointless', 'joke', 'scam', 'liars?', 'rip ?off',
    '[?!]{3,}', '\\?!', '!\\?', '😡', '😠', '🤬', '😤', '😑', '😒', '🙄', '😩', '😫', '😭', '😞', ':\\(',
  ].join('|'),
  'iu',
);

const REQUEST = /\?|\b(?:help|please|pls|can you|could you|how (?:do|can|to)|issue|problem|error|not working|when will|any (?:news|update))\b/i;
const WARMTH = /\b(?:thank|thanks|thx|love|loved|amazing|awesome|best|great job|well done)\b|❤️|😍|🥰|🙏/i;

const analyzer = vader.SentimentIntensityAnalyzer;

export function estimateMood(message: string): Mood {
  const text = message.replace(/(?:^|\s)@[\p{L}\p{N}_]+/gu, ' ').trim();
  if (text === '') return 'neutral';
  const { compound } = analyzer.polarity_scores(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const complaint = COMPLAINT.test(text);
  if (compound <= -0.6 || (compound < 0 && (shouting || /!{2,}|\?!|!\?/.test(text)))) return 'angry';
  if (compound <= -0.05 || (complaint && compound < 0.5)) return 'upset';
  if (compound >= 0.5 && !complaint && (!REQUEST.test(text) || (compound >= 0.8 && WARMTH.test(text)))) return 'happy';
  return 'neutral';
}
