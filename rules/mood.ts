// The customer's mood, estimated from their message: VADER (a sentiment lexicon and rules tuned for social media
// text: negation, "but", capitals, "!!!", emoji) gives a compound score from -1 to 1; support-specific cues that
// VADER misses adjust it. The estimate gates rules (acknowledge an upset customer, thank praise), so it must be right
// when it says upset or happy, and says neutral when unsure.
// Complaint cues are of four kinds, each matched as whole words ("ugh" is not in "though", "liar" not in "familiar"),
// never inside a condition ("if it doesn't arrive by Friday, I'll call") nor in a link:
//   mood cues show frustration with the brand: feelings ("still waiting", "I already called", "seriously?",
//   swearing, 😡, "#fail", "I'll fly another airline") and waits or emphasis ("no one is responding", "on hold for
//   hours", "can't get through", "???", "!!!" in a message that is neither praise nor excitement), which a
//   customer also writes in a flat report or an urgent question, so that alone they are not sure enough;
//   failure cues say what fails ("it doesn't load", "not received", "no one at the office", "how long"): a report,
//   flat or asked, not a feeling (people report faults calmly more often than not); with a mood cue, or said to
//   happen every time ("why is it always late"), or with a sad emoji in a statement (not in a clearly happy one:
//   tears of joy), a complaint;
//   asked cues are the content of a question as often as a complaint ("why was there an update?", "what's going on
//   with the trains?", "keeps crashing, any fix?", "is this a scam e-mail?", a sad emoji): they count like failures;
//   topic cues only name what went wrong ("refund", "charged", "missing", "cancelled"): a customer asking how to get
//   a refund is asking, not upset.
// Only the customer's own, present feeling counts: not a feeling said not to be there ("not disappointed at all"), nor
// one in a condition or a guess ("if it's lost I'll be furious", "that would be terrible"), nor someone else's words
// ("a friend said it was awful"). The polite words of a request ("please help") are left out of VADER's score.
// VADER reads fault words ("error", "crash", "stuck", "problem") as feelings: they are left out of its score.
//   neutral: a message not in English;
//            a message saying the problem is solved ("works now", "got it") with no mood cue, unless warm (then happy);
//            a message opening with thanks and no complaint cue (relief: "thanks, I was a bit worried, that's all"),
//            unless warm (then happy);
//            the customer's own slip ("wrong one", "I forgot", "my bad") with no mood cue;
//            a how-to question ("how can I ...?", "any tips on ...?", "is there a way ...?") with no mood cue;
//            a mildly negative message marked as a joke ("lol", "haha", 😂, #funny...) with no complaint cue;
//   upset:   (angry by the angry rule below) thanks or praise taken back in so many words ("thanks for nothing",
//            "#thanksnothanks", "said no one ever", "... NOT!") with a complaint cue;
//   neutral: negative words with no complaint cue at all (the lexicon alone is not sure enough to call upset)
//   neutral: a lone wait, "???" or "!!!" with no feeling cue and no negative words (compound > -0.3)
//   angry:   a complaint cue with compound <= -0.6, or <= -0.3 with shouting or "!!"/"?!" runs
//   neutral: a question or a request for help with no mood cue, however bad the news in it
//   upset:   a complaint cue with compound <= -0.3; a mood cue with compound < 0.5; two mood cues
//   happy:   compound >= 0.5 with warmth (praise such as "amazing", "love", a heart, or thanks stronger than a routine
//            "ok, thanks") said twice or in a message of at most 12 words, no complaint cue, no request ("I'd love some help"), no sign of sarcasm (🙄, "yeah
//            right", "#not", "... not", "said no one ever", "love how", "I feel the love"), no praise set against a
//            fault ("amazing, the guy at the desk not so much", "if only", "just not at BWI") and not only praise of
//            another account ("This is why I love @OtherAirline")
//   neutral: everything else
import vader from 'vader-sentiment';
import type { Mood } from './base.ts';
import { isEnglish, maskText, QUOTED, quoteStart } from './text.ts';

// Whole words only: a cue never matches inside a longer word.
const words = (alternatives: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
// A feeling said not to be there ("not disappointed at all", "never frustrating", "no complaints"): no cue. Checked on
// the words before each match (a lookbehind in every alternative would be tried at every position: slow).
const NEGATED =
  /(?:not|never|n[’']t|no|nothing|hardly)(?: (?:at all|too|so|very|really|that|even|been|a bit|remotely))? $/i;
const cues = (re: RegExp, text: string): number =>
  [...text.matchAll(re)].filter((m) => !NEGATED.test(text.slice(Math.max(0, m.index - 30), m.index))).length;

const APOS = "[’']?";

// Frustration with the brand.
const MOOD_WORDS = words([
  // "still got no signal", not "still got my pho here hot".
  'still (?:waiting|not|no|nothing|haven|hasn|can|don|doesn|isn|won|having|getting|got (?:no|nothing|the same|a problem|an issue|problems|issues|an error|errors)|keeps?|the same|broken|down)',
  `already (?:called|phoned|rang|contacted|emailed|e-mailed|messaged|sent|tried|did|done|explained|told|paid|dm${APOS}d)`,
  // A verdict ("you were no help"), not a wait.
  'no help',
  // Going over the agent's head: the customer has given up on the usual route.
  '(?:speak|talk|chat) (?:to|with) (?:a|your|the|someone|somebody) (?:manager|supervisor|senior|higher up|(?:at|in|from) (?:corp|corporate|head office|hq|charge))',
  '(?:escalate|escalating) (?:this|it|my|the (?:matter|issue|complaint))',
  '(?:make|file|lodge|raise|submit) (?:a )?(?:formal )?complaint',
  'not (?:happy|helpful|acceptable|good enough|impressed|satisf\\p{L}+|listening|helping|answering|responding|replying)',
  `can${APOS}t (?:deal|cope|stand)`,
  'never again',
  'how many times',
  'waste of',
  'wast(?:ed|ing) (?:my|our|so much)',
  'ridiculous',
  'unacceptable',
  'disappoint(?:ed|ing)',
  'fed up',
  'frustrat(?:ed|ing|ion)',
  'annoy(?:ed|ing)',
  'angry',
  'furious',
  'livid',
  'fuming',
  'seething',
  'gutted',
  'humiliated',
  'appall(?:ed|ing)',
  'outrag(?:ed|eous)',
  'distraught',
  // Fear said of what happened ("Genuinely terrifying."), not a thrill ("terrifying in the best way").
  '(?:genuinely|absolutely|really|honestly|truly|so|utterly|properly) (?:terrifying|frightening|scary)(?! (?:in (?:a|the) (?:good|best) way|but (?:fun|amazing|great|brilliant|worth)))',
  'panick(?:ing|ed)',
  'going to scream',
  `at (?:my|our) wits${APOS}? ?end`,
  `(?:i${APOS}ve|i have|we${APOS}ve|we have) had enough`,
  `(?:that${APOS}s|that is|this is|it${APOS}s|it is|really) not on`,
  'pissed',
  'lost (?:\\p{L}+ |\\d+ )?(?:loyal )?customers?',
  '(?:sick|tired) of',
  `(?:i${APOS}m|i am|am|getting|get|now) (?:(?:really|very|so|quite|a bit|a little) )?(?:worried|concerned)`,
  'sort (?:it|this) out',
  `what${APOS}?s the point`,
  'good grief',
  'seriously\\s*[?!]',
  'but seriously',
  "for (?:god|heaven|christ|pete)[’']?s sake",
  'ffs',
  'as usual',
  'wtf',
  'wth',
  'smh',
  'disgust(?:ed|ing)?',
  'disgrace(?:ful)?',
  'disturbing',
  `can${APOS}t be trusted`,
  'constant(?:ly)? (?:issues|problems|errors|crash\\p{L}*)',
  'gross',
  'ugh+',
  'fuck(?:ing|in|ed|s)?',
  'crap(?:py|ped)?',
  'stupid',
  'idiots?',
  'incompetent',
  'pathetic',
  'shambles',
  'frig(?:ging|gin)?',
  'terrible',
  'awful',
  'useless',
  'pointless',
  'liars?',
  'rip ?off',
  'horrible',
  'horrendous',
  'atrocious',
  'shady',
  'inept(?:itude|ness)?',
  'unhelpful',
  'rude(?:ly|ness)?',
  // A verdict ("your service is trash"), not the bin ("where do I put the trash?").
  '(?:is|are|was|were|so|honestly|absolute(?:ly)?|complete(?:ly)?|total(?:ly)?|pure) trash',
  '(?:the )?run ?around',
  'the (?:hell|heck)',
  'kidding me',
  `eff(?:in|ing|${APOS}n)`,
  'f\\*{2,}',
  'absolute (?:joke|nightmare|disgrace|shambles)',
  // Leaving: the customer is done with the brand.
  'lost (?:me|us) as (?:a )?customers?',
  // Swearing at the brand or a verdict on it, in words that have no everyday other meaning. A second reading tried
  // the likelier ones on made-up messages and left these out: "damn" ("damn it's good"), "shitty" ("shitty weather,
  // is the ferry running?"), "clueless" ("I'm a bit clueless with tech"), "inadequate" (a cable), "poor service" (mobile
  // signal), "wasn't helpful" (the customer's own last message), "do you care" ("which size box?"), "I'm so done with"
  // (a task, winter). A cue here skips the checks that keep a question or a slip neutral, so it must be sure alone.
  'shit ?show',
  'piece of shit',
  `get (?:your|ur|you${APOS}re|yer) (?:shit|act) together`,
  'bull ?shit',
  'bs (?:answers?|excuses?|responses?|replies|reply)',
  'load of (?:bs|crap|rubbish|shite|bollocks)',
  'assholes?',
  // Said of the brand or its people: "you lied", "your agent hung up on me", not "my phone hung up on me"; "you
  // messed up my order again", not "you messed up but sorted it in minutes".
  `(?:you|u|you guys|y${APOS}all|yall|(?:your|ur) (?:agent|rep|representative|advisor|adviser|staff|team|driver|employee|store|people|company|courier))s? (?:just |have |has )?(?:lied|(?:are|keep|been) lying|(?:messed|screwed) up (?:again|my|our)|hung up on (?:me|us)|failed (?:me|us)|let (?:me|us) down)`,
  'lied to by',
  'zero resolution',
  'poor customer service',
  `(?:do|does) (?:you|u|you guys|y${APOS}all|any ?one|any ?body|any ?one there) (?:even|actually) care`,
  'should be ashamed of (?:yourselves|yourself)',
  // Not "had lost faith in customer service, then Jess fixed it".
  '(?:losing (?:all )?|lost all )(?:faith|trust) in',
  '#notcool',
  `(?:that${APOS}s|that is|this is) (?:so |really |just |seriously )?not cool(?! enough)`,
  // Leaving: "I'm done with you", not "well done with your new store" nor "all done with you, thanks!".
  `(?<!(?:well|all) )done with (?:you|u|y${APOS}all|yall|your company|this company)`,
]);
// A wait or a silence, reported: "no response", "on hold for hours", "can't get through", "haven't heard back". With
// another cue or negative words, frustration; alone and said without negative words, as often a flat report ("Sent
// a DM, no response yet. Any news?"), so not sure enough to call the customer upset.
const WAIT_WORDS = words([
  // No one answering: the brand, not the customer's own search ("no one at the office remembers" is a failure cue).
  'no ?(?:one|body) (?:\\p{L}+ ){0,2}(?:respond|answer|repl|get back|got back|gets back|help|call|contact|listen|care)\\p{L}*',
  'no (?:response|reply|answer)',
  `(?:haven|hasn|didn)${APOS}t (?:had|seen) (?:a |any )?(?:reply|response|answer|word|update|refund)`,
  // Chasing an answer that never came.
  `(?:haven|hasn|didn)${APOS}t heard back`,
  `cancell?ed on (?:me|us)`,
  'down again',
  'hard time (?:getting|reaching|contacting|with)',
  `(?:can${APOS}t|cannot|unable to) (?:get through|reach|contact|get hold)`,
  '(?:waiting|waited|on hold|trying|tried) for (?:ages|hours|days|weeks|months|over)',
]);
// A hashtag that complains ("#badcustomerservice", "#DoBetter", "#epicfail", "#moneyelsewhere", "#neverflywn").
const COMPLAINT_TAG =
  /#\p{L}*(?:bad|fail|worst|dobetter|disappoint|unhappy|sucks|shame|never|angry|frustrat|elsewhere|ripoff|notimpressed|unacceptable)\p{L}*/iu;
// Another provider named in a statement: the customer is leaving ("I'll see what other companies offer"). In a
// question it is a question ("do you partner with other airlines?").
const LEAVING = words([
  '(?:another|other|different) (?:airlines?|compan(?:y|ies)|providers?|carriers?|banks?|networks?)',
  // "Never. Flying. US Air again.", "I'll never book with you again".
  'never[.,!]* (?:\\p{L}+[.,!]* ){1,4}again',
]);
// A customer saying they are gone ("you have just lost 2 customers", "you've lost my business"): a complaint however
// warm the words around it ("Thanks to your AMAZING service, you have just lost 2 customers. GREAT WORK!").
const LOST_CUSTOMER = new RegExp(
  words([
    '(?:lost|losing) (?:a|another|one|two|three|four|\\d+|(?:a |\\d+ )?(?:loyal|long[- ]?time)) (?:loyal )?(?:customers?|clients?|members?|subscribers?|passengers?)',
    '(?:lost|losing) (?:my|our) (?:business|custom)',
  ]).source,
  'giu',
);
// What fails, said without a feeling about it ("it doesn't load", "no one at the office signed for it", "how long
// does it take"): upset in a statement, but with a question or a request for help it is a customer asking.
const FAILURE = words([
  'no one',
  'nobody',
  'how long',
  'not (?:working|received|fixed|resolved|good|great|ok|doing|giving|processing|allowing|letting|accepting|loading|receiving|recieving|delivered|arrived)',
  `(?:(?:doesn|isn|won|can|couldn|didn|hasn|haven|wasn|weren|aren|wouldn)${APOS}t|(?:does|is|will|could|did|has|have|was|were|are|would) not|cannot) (?:work|load|connect|arrive|respond|help|fix|get|let|open|show|send|sent|hear|receive|listen|reply|answer|process|deliver|come|access|download|install|play|stream|log ?in|sign ?in|giv(?:e|es|ing|en)|spin|start|boot|charge|heat|drain|print|sync|pair|turn on|switch on|power on)\\p{L}*`,
  // "Don't" is as often an instruction or a habit ("don't send me e-mails", "I don't get it"): only failures count.
  `don${APOS}t (?:work|load|connect|arrive|respond|open|download|install|play|stream)\\p{L}*`,
  // "They cancelled my flight", "I'm cancelling my account"; not "how do I cancel my contract?" (a request).
  'cancel(?:led|ling|ed|ing) my',
]);
// Words that show frustration in a statement but are as often the content of a question ("why was there an update?",
// "any idea what's going on with the trains?", "is this a scam e-mail?", "what's the worst that can happen?"): like a
// failure, they count in a flat statement, not in a question or a request for help unless a mood cue is there too.
const ASKED = words([
  // A failure that repeats: "keeps crashing", "kept defaulting", "it keep asking".
  '(?:keeps|kept) \\p{L}{2,}ing',
  'keep (?:giving|telling|asking|saying|crashing|failing|freezing|dropping|getting|showing|sending|charging|declining|logging|kicking|disconnecting|buffering)',
  'never (?:arrived|received|came|got)',
  `what(?: the (?:heck|hell|fuck))?(?: is|${APOS}s) going on`,
  'how come',
  // "Why is ...": not "I was wondering why", "I'd like to know why" or "I see why".
  `(?<!(?:wondering|wonder|know|ask|asking|see|get|understand) )why (?:they|it|he|she|this|that|always|never|not|is|isn|are|aren|am|do|does|doesn|did|didn|can|won|would|has|hasn|have|haven|was|wasn|were|your|you|my|the|on earth)`,
  'on hold',
  'worst(?! case)',
  'joke',
  'scam(?:med|mers?)?',
  // Sadness: a sad customer asking a practical question is asking (said flat, it is a feeling: SAD below).
  '[😭😞😢]',
  ":'\\(",
]);
const SAD = /[😭😞😢]|:'\(/u;
const SAD_ALL = /[😭😞😢]|:'\(/gu;
// A turn against what came before ("great staff but the room was filthy").
const BUT = /\b(?:but|however|though|although|shame|sadly|unfortunately)\b/i;
const ASKED_ALL = new RegExp(ASKED.source, 'giu');
// A failure said to happen every time or again ("why is it always late", "never arrived. Again."): a customer who
// has had enough, not one reporting a fault once.
const EVERY_TIME = words(['always', 'every ?time', 'each time', 'constantly', 'again']);
// The same cues, to count them (a global regex keeps state: only String.match uses this one).
const MOOD_WORDS_ALL = new RegExp(MOOD_WORDS.source, 'giu');
const WAIT_ALL = new RegExp(WAIT_WORDS.source, 'giu');
const FAILURE_ALL = new RegExp(FAILURE.source, 'giu');
// A question or a request for help.
const ASKING =
  /\?|\b(?:can|could|would|will) (?:you|u|someone|somebody|anyone)\b|\b(?:please|pls|plz|help|who (?:should|do|can)|thanks|thank you)\b/i;
// A condition, up to the end of its clause: "if it doesn't arrive by Friday", "if the parcel is lost I'll be furious"
// (a feeling that may come, not one the customer has), "in case no one is in".
// A guess is not a feeling either: "that would be terrible".
const CONDITION = /\b(?:if|unless|in case|incase|would be|[’']d be)\b(?:(?!\bthen\b)[^.,;:!?\n])*/gi;
// Someone else's words or a rumour: "a friend said it was awful", "people are saying it's down", "I heard the update
// is a disaster". The customer reports them; they are not the customer's feeling.
const REPORTED =
  /\b(?:(?:friends?|people|someone|somebody|others|everyone|they|he|she|reviews?|users|customers|the news|articles?|reports?) (?:(?:have|has|are|were|keep|all) )?(?:said|say|says|saying|told me|tell me|reported|reporting|claim|claims|claimed|claiming|complain(?:ed|s|ing)?)|(?:i|we)(?: (?:have|had|just|also))? (?:heard|read|saw online|hear)|rumou?rs?|apparently)\b[^.;!?\n]*/giu;
// Bad weather, roads or traffic: a feeling about them is not about the brand ("after this awful weather", "roads are
// too bad to get to the airport").
const WEATHER =
  /\b(?:(?:awful|terrible|horrible|bad|nasty|crazy|horrendous|brutal) (?:weather|storms?|snow|ice|roads|traffic)|(?:weather|storms?|snow|ice|roads|traffic)(?: conditions)? (?:is|are|was|were) (?:so |really |very |just |too |to )?(?:awful|terrible|horrible|bad|nasty|crazy|horrendous|brutal))\b/gi;
// Polite words of a request ("please help", "I hope you can"), which the lexicon scores as positive.
const POLITE = /\b(?:please|pls|plz|kindly|help|hope|hoping)\b/gi;
// Words naming a fault, which the lexicon scores as feelings.
const FAULT = /\b(?:errors?|crash(?:es|ed|ing)?|stuck|bugs?|glitch(?:es|y)?|issues?|problems?)\b/gi;
const NOT_PRAISE =
  /\b(?:not|never|isn[’']?t|wasn[’']?t|aren[’']?t) (?:\p{L}+ )?(?:happy|helpful|good|great|ok|okay|acceptable|impressed|satisf\p{L}+)\b/giu;
const HEART = /[❤💛💙💚💜🧡🤍💕💖💗💞]/u;
// Runs of three or more "?" and "!" that hold a "?" ("???", "?!?"): exasperation, or only an urgent question ("any
// update???"): like a wait, not sure enough alone. "!!!" alone is emphasis, also of praise; a single "?!" stresses a
// question as often as it vents ("do you do group bookings?!").
// From the start of a run of marks only: tried inside a long "!!!!..." it rescanned the run from each mark.
const EXASPERATED_MARKS = /(?<![?!])(?:\?[?!]{2,}|![?!]*\?[?!]+)/u;
// Faces of anger, annoyance or an eye-roll.
const MOOD_FACES = /[😡😠🤬😤😑😒🙄😫]|:\(/u;
// What went wrong, without a feeling about it.
const TOPIC = words([
  'refund',
  '(?:over)?charged',
  'outage',
  'delay(?:s|ed)?',
  '(?:loyal|long[- ]time) customer',
  'cancell?ed',
  'lost my',
  'missing',
  'broken',
  // A wait, a late arrival, a loss: what went wrong, said flat ("waiting 70 minutes", "an hour late", "ripped off").
  // Not "my late dad" (who has died).
  "late(?! (?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|grand\\p{L}*|nan|nana|gran|granny|uncle|aunt|auntie|friend)(?:'s|’s)?(?![\\p{L}]))",
  'wait(?:ed|ing)',
  'ripped (?:me |us )?off',
  'ruin(?:ed|ing|s)?',
  'stranded',
  'took away',
]);
// Three or more "!" in a message that is not praise: emphasis of a complaint ("where is my package!!!").
const EMPHASIS = /!{3,}/;
// Excitement, which "!!!" stresses as readily as a complaint.
const EXCITED =
  /\b(?:can[’']?t wait|(?:so |really |super )?excited|yay|wo{2,}(?:ho{2,})?|omg|fingers crossed|made it|(?:thank you|thanks|thx|ty)!{3,})/i;
// Delight that is as often said dry after a fault ("Lost my bag AGAIN!!! made my day"): excitement only when nothing
// went wrong in the message.
const DELIGHT = /\b(?:made my (?:day|night|week|month|year|morning)|dreams? come true)\b/i;
// A weary sigh (😩) is frustration, but often at oneself: it counts as a topic cue, not a mood cue.
const SIGH = /😩/u;

const REQUEST =
  /\?|\b(?:(?:would|i[’']?d) (?:love|like)|help|please|pls|can you|could you|if (?:you|u) could|how (?:do|can|to)|issue|problem|error|not working|when will|any (?:news|update)|wondering|wonder if|want(?:ed)? to(?! (?:say|thank|share|give|let (?:you|u) know|tell (?:you|u)|express|pass on|send (?:my|our|a|some) (?:thanks|love|praise)|come back|go back|return|stay again|visit again|book again))|where(?:'s| is| are)|refund|credit(?! to)|cancel)\b/i;
// A how-to question: asking for a way, not complaining.
const HOW_TO = words([
  '(?:how|where|who|when) (?:do|can|could|would|should|will) (?:i|we)',
  'how to',
  'any (?:tips|advice|ideas?|timeframes?|eta|news|updates?|word|way)',
  `what(?: is|${APOS}s) the (?:best|quickest|easiest|fastest|right) way`,
  'is there (?:a|any)',
  'is it possible',
  'can (?:i|we)',
  'are you able',
  'do you know',
  '(?:just |was )?wondering',
  '(?:just )?curious',
  // Reporting abuse to the brand ("I want to report a scam account") is asking it to act.
  'report(?:ing)? (?:a|an|this|these|some)',
  'i wonder',
]);
// Warmth: praise, or thanks stronger than the routine "ok, thanks" that closes a question.
const WARMTH =
  /\b(?:love|loved|amazing|awesome|best|great (?:customer )?(?:job|service|team|staff|experience|flight|food|work)|(?:so|very|really|super) (?:kind|helpful|friendly)|well done|delighted|wonderful|fantastic|brilliant|excellent|superb|outstanding|lovely|pleasant|kudos|shout ?out|congrats|congratulations|you rock|props|(?:so|really|super|such) fun|friendliest|nicest|kindest|(?:5|five)[ -]stars?|(?:thank you|thanks|thx) (?:so|very) much|(?:many|massive|big|huge) thanks|(?:massive|big|huge) thank you|thanks a million|made my (?:day|week|year|night|morning|afternoon|evening|trip)|above and beyond|means (?:the world|so much|a lot)|never lets? (?:me|us) down|luv|impressed|grateful|thankful|good stuff|great stuff|(?:had|having) (?:a|the|such a) (?:great|fab|fabulous|good) time|stress[- ]free|set the bar|(?:so|super|really) (?:quick|fast|smooth|easy|nice)|incredible|10\/10|(?:a|an absolute|absolute|such a|total|what a) (?:star|legend|gem|hero|diamond)|(?:give|get) (?:him|her|them|that (?:man|woman|lady|guy|girl|driver|person)) a (?:raise|pay rise|promotion|medal|bonus)|deserves? a (?:raise|pay rise|promotion|medal|bonus)|credit to (?:you|your|the (?:team|staff|crew))|(?:i(?:'|’)ve|i have|we(?:'|’)ve|we have|i|we) (?:ever )?(?:had|received|experienced|met|made|seen|tasted|stayed|bought|booked|woken up to)(?<=\b(?:best|nicest|friendliest|kindest) (?:\p{L}+ ){1,3}(?:(?:i(?:'|’)ve|i have|we(?:'|’)ve|we have) (?:ever )?|(?:i|we) ever )(?:had|received|experienced|met|made|seen|tasted|stayed|bought|booked|woken up to)))\b|\b(?:thank you|thanks)!{2,}|[❤💛💙💚💜🧡🤍💕💖💗💞😍🥰🙏👏⭐🥹🔥]/iu;
// Signs of warmth, counted: praise, thanks, hearts and smiles ("Thanks so much, you guys are great 😊" has four).
const THANKS_OR_SMILE = /\b(?:thank(?:s| you)|thx|appreciate[ds]?)\b|[😊🙂😀😃😁☺]|:-?\)|:D\b/giu;
// "Best holiday we've ever had": the praise word and the "we've ever had" after it are two cues (WARMTH reads the
// second only after the first, which warmthCues blanks).
const BEST_EVER =
  /\b(?:best|nicest|friendliest|kindest) (?:\p{L}+ ){1,3}(?:(?:i(?:'|’)ve|i have|we(?:'|’)ve|we have) (?:ever )?|(?:i|we) ever )(?:had|received|experienced|met|made|seen|tasted|stayed|bought|booked|woken up to)\b/iu;
/** Counted with WARMTH itself, each cue blanked once found: a global copy of it is another large expression to
 * compile, and compiled early it pushed V8 past the size after which it stops optimising the rule sets' expressions
 * (the long e-mail in the bench: 18 ms -> 25 ms; docs/benchmarks.md). */
function warmthCues(text: string): number {
  let n = (text.match(THANKS_OR_SMILE) ?? []).length + (BEST_EVER.test(text) ? 1 : 0);
  let rest = text;
  for (let m = WARMTH.exec(rest); m && n < 50; m = WARMTH.exec(rest)) {
    n++;
    const end = m.index + Math.max(m[0].length, 1);
    rest = rest.slice(0, m.index) + ' '.repeat(end - m.index) + rest.slice(end);
  }
  return n;
}
// A message this short with one warm word is praise ("Love you guys!", "Great service today").
const PRAISE_WORDS = 12;
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
// Praise that means the opposite.
// Praise taken back ("awesome service... not", "said no one ever") or praise of what the customer was made to do ("love
// how I have to wait a week").
const SARCASM =
  /🙄|🙃|😒|\byeah,? right\b|\bthanks for nothing\b|thanks ?no ?thanks|#fail\b|#not\b|\/s\b|#sarcasm\b|\b(?:oh|just) (?:great|perfect|brilliant)\b|(?:\.\.|…|,)\s*not\b|said no ?one ever|\b(?:love|loving|amazing|great|nice|awesome|brilliant) (?:how|that) (?:i|we) (?:have|had|get|got|need|must)\b|\b(?:love|loving|amazing|incredible) how\b|\bfeel the love\b|\blove being\b|\bliving the dream\b|\b(?:love|loving) paying\b/i;
// Praise of one part set against a fault elsewhere ("the crew was amazing, the guy at the desk not so much", "if only
// the US lounges were like it", "shame the same couldn't be said for ...", "great at most airports, just not here",
// "pleasant but less than helpful", "it would be nice to have someone answer"): mixed, not happy.
const CONTRAST =
  /\b(?:if only|not so much|(?:a |what a )?shame|unlike (?:you|the)|except(?: for)?|outside of that|saving grace|too bad|just not|but not|less than (?:helpful|ideal|great|stellar|impressed)|trying my patience|would be nice)\b/i;
// Praise in a sentence that names another account ("This is why I love @SouthwestAir", "bumped to @Delta, having a
// great experience") is praise of someone else. The brand is the account the message opens with (or, with none, the
// first one it names). Returns the message without those sentences.
function praiseOfThisBrand(message: string): string {
  const lead = /^(?:\s*\.?@[\p{L}\p{N}_]+[:,]?)+/u.exec(message)?.[0] ?? '';
  const brands = new Set(
    (lead || (/@[\p{L}\p{N}_]+/u.exec(message)?.[0] ?? '')).toLowerCase().match(/@[\p{L}\p{N}_]+/gu),
  );
  return message
    .slice(lead.length)
    .split(/(?<=[.!?\n])\s+/)
    .filter((sentence) => {
      const named = sentence.toLowerCase().match(/(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu) ?? [];
      return named.length === 0 || named.some((h) => brands.has(h));
    })
    .join(' ')
    .replace(/@[\p{L}\p{N}_]+/gu, ' ');
}
// A shouted "NOT" takes praise back too (in capitals only: "not" is an ordinary word).
const SHOUTED_NOT = /\bNOT\b/;
// Thanks or praise taken back in so many words, which no one says sincerely: "... NOT!" ending its sentence, not ".. not
// a drip missing"; "#not" closing the message. Case-sensitive where a capital starts the next sentence.
const SAID_SARCASTIC =
  /\b[Tt]hanks for nothing\b|\b[Tt]hanks ?[Nn]o ?[Tt]hanks\b|#[Nn][Oo][Tt][\s.!]*$|#[Ss]arcasm\b|\b[Ss]aid no ?one ever\b|\b[Yy]eah,? right\b|(?:\.\.|…)\s*[Nn][Oo][Tt]\b[\s.!]*(?:$|[A-Z(])/u;
// Thanks first: the customer is replying to help they got.
const THANKS_FIRST = /^(?:thank you|thanks|thankyou|thx|ty|cheers|many thanks)\b/i;
// The customer's own slip.
const OWN_SLIP = words([
  'my (?:bad|mistake|fault)',
  'wrong one',
  'oops',
  'silly me',
  `i(?:${APOS}ve)? (?:\\p{L}+ )?forgot`,
  'in my (?:hurry|rush|haste)',
  'i messed up',
  '(?:made|make) a (?:\\p{L}+ ){0,3}mistake',
]);
// A joke: laughter, a wink or a funny hashtag.
const JOKING = /\b(?:lol|lmao|haha\w*|jk)\b|[😂🤣😜😉😅]|#\w*(?:funny|joke|lol)\w*/iu;

const vaderAnalyzer = vader.SentimentIntensityAnalyzer;
// vader tests each word for capitals with a pattern that backtracks in cube time on a long word that has small letters
// after many others (5,000 capitals then "x": over 30 s). Such a word is never "in capitals", and vader reads every
// word in lower case otherwise, so a long word with a small letter is lowered before it reads it: the same reading,
// in linear time.
const LONG_WORD = /\S{25,}/g;
const lowered = (word: string): string => (/[a-z]/.test(word) ? word.toLowerCase() : word);
const analyzer = {
  polarity_scores: (text: string) => vaderAnalyzer.polarity_scores(text.replace(LONG_WORD, lowered)),
};

// Praise of someone on the staff in words rarely meant the other way ("deserves a raise", "went above and beyond"):
// it is the message's point, whatever went wrong around it ("bringing delight into a terrible travel situation",
// "after a long day of frustration it was welcome").
const STAFF_PRAISE =
  /\b(?:above and beyond|deserves? (?:a raise|a promotion|recognition|praise)|incredibly (?:helpful|professional|kind)|went out of (?:her|his|their|its|your) way)\b/i;
// Praise words just as often said dry ("kudos to your team for another 3 hour delay", "props to whoever designed
// this useless app"): praise only when the rest of their sentence is warm.
const SHOUT_OUT = /\b(?:kudos|shout ?out|props to|big ups)\b/i;

/** Whether the message praises someone on the staff, said warmly: the praise outweighs what went wrong. */
function praisesStaff(said: string, compound: number): boolean {
  if (compound <= -0.6) return false;
  if (STAFF_PRAISE.test(said)) return true;
  return said
    .split(/(?<=[.!?\n])\s+/)
    .some((s) => SHOUT_OUT.test(s) && analyzer.polarity_scores(s.replace(SHOUT_OUT, ' ')).compound >= 0.4);
}

// "Works now", "got it", "thanks for the quick reply": the problem is solved, whatever words came with it.
const RESOLVED =
  /\b(?:works? now|working now|found a way|in the end|(?:it|that) work(?:s|ed)|got it(?: to work| working)?|(?:all )?sorted|fixed(?: now)?|resolved|all good|no problem|no worries|will do|thanks for the (?:quick |fast |speedy )?(?:reply|help|response|answer)|(?:thanks|thank you) (?:so much )?for (?:sorting|fixing|resolving|refunding|replacing|rebooking|arranging|processing)|i did it|(?<!(?:not|never|n[’']t|yet|still) )(?:all |now )?(?:come|came) through)\b/i;

// A smile, a grin, a wink, cheering or a heart.
const WARM_FACE = /[😊🙂😀😃😁😄😆☺😉😍🥰😎🤗🙌👏🎉🥳❤💛💙💚💜🧡🤍💕💖💗💞]|[:;]-?[)D](?![\p{L}\p{N}])/u;
const GREETING_FIRST =
  /^\s*(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|dear)\b[^.!?,\n]*[,.!]?/i;
// A request or an instruction: an exclamation in it is urgency, not joy ("Please DM us your order number!").
const REQUEST_WORDS =
  /\b(?:please|pls|dm|direct message|send|call|contact|visit|follow|reach out|let us know|make sure|check|click|tap)\b/i;

// A sentence that sells: a price, a discount, a call to book or buy, "link in bio", "did you know you can sponsor".
// ("sub-?scribe": WXT's auto-import reads a bare name of a utils/ export even inside a regex, and would import it.)
const PITCH =
  /\b(?:book (?:your next|direct|now|online)|(?:shop|order|buy|sub-?scribe) now|sign up (?:now|today)|link in (?:our )?bio|did you know|(?:for )?(?:just|only|from) [£$€]\d{1,9}|(?:best|lowest) (?:rates|prices|price)|promo code|use (?:the )?code|\d{1,3} ?% off)\b|[£$€]\d[\d.,]{0,12} (?:a|per) (?:month|night|week|year)\b/iu;
/** The text without its sales sentences, and the emoji that close them ("Book now! 10% off. 🎉"). */
function withoutPitch(text: string): string {
  let dropped = false;
  return text
    .split(/(?<=[.!?\n])/)
    .filter((part) => {
      dropped = PITCH.test(part) || (dropped && !/[\p{L}\p{N}]/u.test(part));
      return !dropped;
    })
    .join('');
}

/**
 * Whether a reply (its own words, without handles or links) shares a customer's joy: clearly positive words, a smile
 * or a heart, or an exclamation that is not a request ("Same!", "That's music to our ears!", "Looking forward to it,
 * Benjamin!"). A cold answer to praise ("Please DM us your order number.", "Noted.") does not.
 */
export function readsWarm(reply: string): boolean {
  // A sales line ("Book your next event with us! 10% off 🎉") is cheerful about a sale, not about the customer.
  const text = withoutPitch(reply)
    .replace(/(?:^|\s)@[\p{L}\p{N}_]+/gu, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    // "Hi Ana!" greets; it does not share anything.
    .replace(GREETING_FIRST, ' ');
  if (WARM_FACE.test(text)) return true;
  if (analyzer.polarity_scores(text.replace(POLITE, ' ')).compound >= 0.5) return true;
  // Each sentence read once, from its start (tried from every character of a long one, it was quadratic).
  return (text.match(/(?<![^.!?\n])[^.!?\n]+!/g) ?? []).some((s) => /\p{L}/u.test(s) && !REQUEST_WORDS.test(s));
}

/** Whether a sentence exclaims joy: clearly positive words and a "!" ("Thanks so much for your amazing support!"). */
export function exclaimsJoy(sentence: string): boolean {
  return /!\s*$/.test(sentence.trim()) && analyzer.polarity_scores(sentence.replace(POLITE, ' ')).compound >= 0.7;
}

/** The message's words without handles, whether it is English, and what the customer said themselves. */
interface Read {
  message: string;
  text: string;
  english: boolean;
  said: string;
}
// estimateMood and reportsProblem read the same message one after the other: it is read once.
let lastRead: Read | undefined;
function read(message: string): Read {
  if (lastRead?.message === message) return lastRead;
  // The customer's own words: not the earlier e-mail quoted below them ("On Mon, Tom wrote: > I've refunded the
  // missing items"), which is ours.
  const text = message
    .slice(0, quoteStart(message))
    .replace(/(?:^|\s)@[\p{L}\p{N}_]+/gu, ' ')
    .trim();
  const english = text !== '' && isEnglish(maskText(text));
  // Cues are read in the customer's words: not in links, nor in a condition ("if it doesn't arrive I'll call").
  const said = english
    ? text
        .replace(/\bhttps?:\/\/\S+/g, ' ')
        .replace(CONDITION, ' ')
        .replace(REPORTED, ' ')
        .replace(QUOTED, ' ')
        .replace(WEATHER, ' ')
    : '';
  lastRead = { message, text, english, said };
  return lastRead;
}

/** A heart, a smile or praise of this brand: what makes tears in a message joy when nothing else went wrong. */
function warmBesideTears(message: string, text: string): boolean {
  return WARM_FACE.test(text) || HEART.test(text) || WARMTH.test(praiseOfThisBrand(message));
}

export function estimateMood(message: string): Mood {
  const { text, english, said } = read(message);
  // The lexicon is English: a message in another language is not guessed at.
  if (!english) return 'neutral';
  // The lexicon reads "error", "crash" or "stuck" as a feeling (here they only name the fault), and can miss a
  // negated praise word ("not happy at all" scores as praise): both are left out of its score.
  // Nor do the polite words of a request ("please help") soften a complaint into praise; and a condition or someone
  // else's words are not the customer's feeling.
  const { compound } = analyzer.polarity_scores(said.replace(FAULT, ' ').replace(NOT_PRAISE, ' ').replace(POLITE, ' '));
  const letters = text.replace(/\P{L}/gu, '');
  const shouting = letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const asking = ASKING.test(said) || HOW_TO.test(said);
  // Tears beside a heart, a smile or praise of this brand, with nothing else gone wrong, are joy ("The staff were
  // incredible and kept the ring hidden all evening 😭💍"), even where the lexicon reads no warmth.
  const tearless = said.replace(SAD_ALL, ' ');
  const failuresBesideTears = (tearless.match(FAILURE_ALL) ?? []).length + cues(ASKED_ALL, tearless);
  const joyful = SAD.test(said) && failuresBesideTears === 0 && warmBesideTears(message, text);
  const failures = joyful ? 0 : (said.match(FAILURE_ALL) ?? []).length + cues(ASKED_ALL, said);
  const delighted = DELIGHT.test(text) && failures === 0 && !TOPIC.test(said);
  const emphasis = EMPHASIS.test(text) && !(WARMTH.test(text) && compound > -0.3) && !EXCITED.test(text) && !delighted;
  const repeated = failures > 0 && EVERY_TIME.test(said) ? 1 : 0;
  // Tears in a warm message are tears of joy ("the staff kept the ring hidden all evening 😭💍").
  const sadFlat = !asking && SAD.test(said) && compound < 0.5 && !joyful ? 1 : 0;
  const leaving = !asking && LEAVING.test(said) ? 1 : 0;
  // Cues of a feeling, and reports of a wait or marks of emphasis, which show frustration only with something more.
  const feelings =
    cues(MOOD_WORDS_ALL, said) +
    (MOOD_FACES.test(text) ? 1 : 0) +
    (COMPLAINT_TAG.test(said) ? 1 : 0) +
    repeated +
    sadFlat +
    leaving;
  const waits = cues(WAIT_ALL, said) + (EXASPERATED_MARKS.test(text) ? 1 : 0) + (emphasis ? 1 : 0);
  const strong = feelings + waits;
  // A failure says what went wrong, not how the customer feels: flat ("my order never arrived") or asked, it is a
  // report, and a complaint only with a feeling said too (a mood cue, or words the lexicon reads as clearly
  // negative in a statement).
  const moodCues = strong + (strong > 0 ? failures : 0);
  const mood = moodCues > 0;
  // The lexicon reads no warmth in slang and emoji ("the new editor is 🔥🔥", "so good I hide it from my flatmates"):
  // praise of this brand said twice over, in a message with no failure, no topic and no question, is warm too.
  // Counted only when needed: reading the praise of this brand is the costly part of the estimate on a long text.
  let praiseCount: number | undefined;
  const praiseCues = (): number => (praiseCount ??= warmthCues(praiseOfThisBrand(message)));
  const warm =
    WARMTH.test(said) &&
    (compound >= 0.5 ||
      (compound > -0.1 && failures === 0 && !TOPIC.test(said) && !text.includes('?') && praiseCues() >= 2)) &&
    !SARCASM.test(text) &&
    !SHOUTED_NOT.test(text) &&
    !CONTRAST.test(text) &&
    WARMTH.test(praiseOfThisBrand(message));
  // Praise is the message's point when it says so twice (praise and thanks, two praise words, a heart) or is short;
  // one warm word in a longer story ("Finally spoke to one amazing agent") is as often mixed or sarcastic.
  const praised = warm && (wordCount(text) <= PRAISE_WORDS || praiseCues() >= 2);
  const complaint = mood || failures > 0 || TOPIC.test(said) || (SIGH.test(text) && !HEART.test(text));
  const angry = compound <= -0.6 || (compound <= -0.3 && (shouting || /!{2,}|\?!|!\?/.test(text)));
  if (cues(LOST_CUSTOMER, said) > 0) return angry ? 'angry' : 'upset';
  if (praisesStaff(said, compound) && !SARCASM.test(text)) return 'happy';
  if (RESOLVED.test(text) && !mood && compound > -0.5) return praised ? 'happy' : 'neutral';
  if (THANKS_FIRST.test(text.replace(/^\P{L}+/u, '')) && !complaint && compound > -0.6)
    return praised && !REQUEST.test(text) ? 'happy' : 'neutral';
  if (!mood && OWN_SLIP.test(said)) return 'neutral';
  if (!mood && compound > -0.6 && text.includes('?') && HOW_TO.test(said)) return 'neutral';
  if (!complaint && !warm && compound > -0.5 && JOKING.test(text)) return 'neutral';
  // Thanks or praise taken back in so many words ("thanks for nothing", "#thanksnothanks", "said no one ever", "...
  // NOT!") about something that went wrong: the sarcasm is the complaint. Only these markers: "love how", an eye-roll,
  // a thumbs down or ", not" are as often sincere or aimed at oneself, and stay unsure.
  if (complaint && SAID_SARCASTIC.test(said)) return angry ? 'angry' : 'upset';
  // Negative words with no complaint cue at all (someone else's pain, "unfortunately"): unsure, so neutral.
  if (!complaint) return praised && !REQUEST.test(text) ? 'happy' : 'neutral';
  // A question or a request for help with no mood cue is a customer asking, however bad the news in it.
  if (asking && !mood) return 'neutral';
  // With no mood cue, only words the lexicon reads as clearly negative make a complaint ("corrupted", "blank" in a
  // fault report are what broke, not how the customer feels).
  if (!mood && compound > -0.5) return 'neutral';
  // A lone wait, "???" or "!!!", with no negative words: as often a flat report or an urgent question as a complaint.
  if (feelings === 0 && waits === 1 && compound > -0.3) return 'neutral';
  if (angry) return 'angry';
  // A frustrated cue outweighs mildly positive words ("I'm getting concerned, I hope it comes"); several outweigh more.
  if (compound <= -0.3 || (mood && compound < 0.5) || (moodCues >= 2 && !warm)) return 'upset';
  if (praised && !complaint && !REQUEST.test(text)) return 'happy';
  return 'neutral';
}

// What went wrong, said in so many words, beyond the failure and topic cues above: harm done, a service that did not
// come, a charge not asked for ("swore at me", "smashed", "didn't turn up", "no signal", "never asked for").
const HARM = words([
  'rude',
  'unsafe',
  'swore',
  'swearing',
  'shouted at',
  'smashed',
  'damaged',
  'dented',
  'cracked',
  'torn',
  'stained',
  'filthy',
  'dirty',
  'mould(?:y)?',
  'bed ?bugs',
  'hair (?:in|baked)',
  `(?:didn${APOS}t|did not|never) (?:turn(?:ed)? up|show(?:ed)? up|show(?:ed)?|come|came|arrive|arrived|call(?:ed)? (?:me )?back|get back|got back)`,
  'no (?:signal|service|internet|power|water|heating|hot water|connection|wifi|wi-fi|reply|response|answer)',
  'for nothing',
  'never (?:asked|agreed|signed up) for',
  `(?:wasn${APOS}t|weren${APOS}t|not) (?:collected|picked up|emptied|delivered|refunded|told)`,
  'wrong (?:item|size|order|colour|color|amount|address|product)',
  'double charged',
  'charged (?:me )?twice',
  'hung up',
  'threw',
  'unplayable',
  'unusable',
  'faulty',
  'rip[- ]?off',
  'shrank',
  // An account shut, and a charge, asked about or not ("why was I charged £48 for 3 miles??").
  '(?:banned|suspended|locked out|blocked)',
  '(?:over)?charged (?:me|us|twice|double|[£$€]\\d[\\d.,]*)',
  '(?:tried|trying) to (?:over)?(?:charge|bill) (?:me|us)',
  // Hacked, hit, told "delivered" when it is not, asked to stop.
  // Hacked, said as a fact: not a fear of it ("I'm scared I've been hacked", "I think I may have been hacked").
  // (The look back comes after "hacked", so that it is tried only where the word is, not at every position.)
  '(?:been |was |got |were )?hacked(?<!(?:scared|worried|afraid|fear|think|wonder|if|whether|might|may|could|maybe)[^.!?\\n]{0,14}(?:been |was |got |were )?hacked)',
  '(?:hit|crashed into|reversed into|scratched|dented|scraped) (?:my|our)',
  `(?:says|said|marked|shows|showing|showed)(?: as| it was| it is| it${APOS}s)? delivered`,
  'please stop (?:sending|calling|phoning|ringing|emailing|e-mailing|texting|charging|contacting)',
  // A supply cut, a breakdown, a bill they cannot meet, pain, no roof: "you've cut my internet off", "my car broke
  // down on the M6", "I can't afford that", "really struggling with my bill", "she's in a lot of pain", "we have
  // nowhere to sleep". (A reply that thanks them for telling us, or for asking, acknowledges it.)
  '(?:cut|cutting) (?:me|us|my|our|the) (?:\\p{L}+ )?off',
  '(?:been|got|was|were|getting) cut off',
  '(?:broke|broken|breaking) down',
  '(?:in|with) (?:a lot of |so much |severe |constant |real |terrible |agonising |agonizing )?pain',
  'nowhere to (?:sleep|stay|live|go)',
  `(?:can${APOS}t|cannot|can not|couldn${APOS}t|could not) (?:afford|pay)`,
  'struggling (?:to pay|with (?:the |my |our )?(?:bills?|payments?|rent))',
  '(?:[£$€]\\d[\\d,.]* )?(?:in arrears|behind (?:on|with) (?:my|our|the) (?:bills?|payments?|rent))',
  // A booking given to someone else; a driver who never knocks.
  `(?:room|table|seat|booking|reservation|appointment|slot)(?:${APOS}s| has| had| was)? (?:been )?(?:given away|given to someone else|sold)`,
  'never (?:even )?(?:knocks?|knocked|rings? the (?:bell|doorbell))',
]);

// Something missed because of it ("missed a job interview"): a complaint, except in thanks for what came after ("the
// concert I missed my flight for because of another airline, thank you again guys 💕").
const MISSED = words([
  'missed (?:a|my|our|the|her|his|their) (?:job interview|interview|flight|connection|connecting flight|train|appointment|funeral|wedding|meeting|exam)',
]);

// A verdict on what they got ("useless", "terrible"): a complaint, except in praise said twice over with nothing set
// against it, where it belongs to the story ("the crew laughed at my terrible jokes, 10/10 flight 😍").
const VERDICT = words(['useless', 'terrible', 'awful', 'disgusting']);

// What went wrong, said as a fact in a sentence that is not a question, and not negated ("I wasn't frightened at all"):
// fear the customer is in, abuse, a thing that broke, a repeat, a long wait, a claim turned down. In a question the
// same words are as often its content ("I get scared when flying, can I pre-book a seat?", "I lost my password, how
// do I reset it?", "Third time lucky! Can I book ...").
const SAID_HARM = new RegExp(
  words([
    // Fear or distress ("I was genuinely terrified", "it's frightening me", "kids in tears"), not a worry about what
    // may be ("scared I've been hacked"), a trait ("terrified of needles") or a time ("scared when flying").
    "(?:terrified|scared|frightened)(?! (?:of|that|about|to|when|during|by|i|i[’']\\p{L}+|it|it[’']s|we|they|he|she|my|this)(?![\\p{L}\\p{N}]))",
    'frightening (?:me|us|my|our|her|him|them)',
    'in tears(?! (?:laughing|of laughter|of joy))',
    // Abuse, a threat.
    'racis[mt]',
    'sexis[mt]',
    'abusive',
    'harass(?:ed|ing|ment)',
    'threaten(?:ed|ing)',
    // A thing that broke or went ("snapped off", "fell out in 2 days", "wiped my folder", "dead within 3 weeks").
    '(?:snapped (?:off|in half|in two|clean)|(?:has|had|have|it) snapped)',
    'fell (?:out|off|apart)',
    'came apart',
    'stopped working',
    'ruined',
    // Data wiped, not a floor: "wiped my folder", "wiped 3 years of my notes", "all my saves got wiped".
    '(?:wiped (?:out )?(?:my|our|all|everything|\\d+ (?:years?|months?|weeks?|days?|hours?))|(?:been|got|was|were|is|are) wiped)',
    'corrupted',
    '(?:\\d+|two|three|four|five|ten|several|many) (?:hours|days|weeks|months|years)(?: of \\p{L}+)? (?:gone|lost|wasted)',
    'dead (?:within|after|on arrival)',
    // What was asked for and not done: "I said no onions", "I asked for no nuts"; a reaction to it.
    '(?:i|we) (?:said|asked for|ordered|requested|specified|wrote) no',
    '(?:had|having|has had|have had) (?:a|an) (?:allergic |bad |severe |serious )?reaction',
    'lost (?:my|our|all)',
    // Food that made someone ill, or was not safe to eat ("the chicken was raw in the middle", "smelled off").
    '(?:was|were|is|are) (?:still |completely |totally )?(?:raw|undercooked|under-cooked|rotten|mouldy|moldy)',
    '(?:smelt|smelled|smells|tasted|tastes) (?:off|rotten|rancid)',
    'food poisoning',
    '(?:is|was|been|got|now|became|fell) (?:now |really |violently |very )?(?:ill|sick|poorly)(?! (?:of|and tired))',
    '(?:gave|given|giving) (?:me|him|her|us|them|my \\p{L}+) (?:a|an) (?:rash|reaction|burn|burns|blisters)',
    // A status that has not moved ("has said 'out for delivery' for 4 days now").
    `(?:said|says|saying|showing|shown|stuck (?:on|at|in))(?: \\p{L}+){0,1} ['"‘“][^'"’”\\n]{1,40}['"’”] for (?:\\d+|two|three|four|five|six|several) (?:hours|days|weeks)`,
    'leak(?:ing|ed|s)',
    // Water getting in; a parcel stuck for days; a service down since yesterday.
    `water(?:${APOS}s| is) (?:coming|pouring|leaking|dripping|getting) (?:in|into|through)`,
    'stuck (?:at|in|on) [^.!?\\n]{1,30}? for (?:over |nearly |almost |more than )?(?:\\d+|a|two|three|four|five|six|several) (?:hours?|days?|weeks?)',
    '(?:been|is|was) (?:down|off|out|broken|dead|offline|not working) since (?:yesterday|last (?:night|week)|this morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    // Told again and again, or waited for long: "2nd time this has happened", "asked 3 times", "it's been 3 weeks";
    // not "went for a second time" (a return visit), "third time lucky".
    '(?<!a )(?:second|third|fourth|fifth|2nd|3rd|4th|5th) time(?! lucky)',
    // "for the third week running", "4 days in a row".
    '(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+|two|three|four|five|six) (?:weeks?|days?|months?|times?|nights?|mornings?|fortnights?) (?:running|in a row)',
    '(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:\\p{L}+ )?(?:no-?shows?|missed|failed|cancell?ed|late|wrong|broken|faulty|delayed|outage|power cut)',
    '(?:asked|told|called|rang|phoned|emailed|e-mailed|chased|reported|explained|complained|sent|wrote|written|messaged)(?: \\p{L}+){0,5} (?:twice|(?:\\d+|two|three|four|five|several|many) times)',
    `(?:it|that)(?:${APOS}s| has) (?:now )?been (?:over |nearly |almost |more than )?(?:\\d+|a|two|three|four|five|six|several) (?:hours?|days?|weeks?|months?|mins?|minutes)`,
    // A claim or a request turned down.
    '(?:was|been|got|were|is|has been) (?:rejected|declined|refused|denied)',
    // A home flooded, a family stranded; a long time taken or out of action ("recovery took 4 HOURS", "the streetlight
    // has been out 2 months"); a bill said to be wrong or to have jumped ("that can't be right", "my bill has
    // doubled", "you've put my direct debit up from £90 to £210").
    '(?:flooded|stranded)',
    // Promised one thing, got another; a fault again and again ("crashed 5 times", "the delivery's been moved 4 times",
    // "you keep estimating my bill").
    '(?:meant|supposed) to be [^.!?\\n]{1,40} but',
    '(?:were|was) promised',
    // Billed for one thing, had another ("billed for 25 seats but we only have 12 users").
    '(?:billed|charged|invoiced) (?:me |us )?for [^.!?\\n]{1,40} but',
    '(?:crashed|froze|frozen|failed|dropped|declined|moved|changed|postponed|rescheduled|cancell?ed|delayed)(?: \\p{L}+){0,2} (?:\\d+|two|three|four|five|six|several|many) times',
    '(?:you|they|it) keep (?:estimating|charging|sending|calling|ringing|cancell?ing|changing|moving|getting|losing|crashing|failing|declining|delaying)',
    'took (?:over |nearly |almost |more than )?(?:\\d+|two|three|four|five|six|several|many) (?:hours|days|weeks|months)',
    '(?:been|was|were) (?:out|off|down|broken|dead|faulty|closed) (?:for )?(?:over |nearly |almost |more than )?(?:\\d+|a|two|three|four|five|six|several) (?:hours?|days?|weeks?|months?)',
    `(?:that|this|it)(?: (?:can${APOS}t|cannot|can not) be|${APOS}s not|${APOS}s not| is not| isn${APOS}t) right`,
    `(?:doesn${APOS}t|does not) add up`,
    '(?:bill|bills|price|prices|payment|payments|premium|direct debit|rent|charge|charges|fee|fees|cost|costs|tariff)(?: \\p{L}+){0,3} (?:has |have |had )?(?:doubled|tripled|gone up|went up|shot up|jumped)',
    '(?:put|putting|gone|went) (?:my|our|the) (?:\\p{L}+ ){0,2}up from',
    'refused to',
  ]).source,
  'giu',
);

const SAID_HARM_ANY = new RegExp(SAID_HARM.source, 'iu');

// A service that is off, said as a fact ("power's been out for 9 hours", "internet keeps dropping out"), not asked ("is
// the app down or is it just me?": a question an answer settles).
const SERVICE_OFF = words([
  // "power's been out", "the internet is down", "internet down again"; not "I turned the heating off".
  `(?:power|electricity|internet|wifi|wi-fi|broadband|network|signal|service|heating|gas|water)(?:(?:${APOS}s| is| has| was| keeps| has been| had been)(?: been)? (?:down|out|off|offline|dead|dropping out|cutting out)| (?:down|offline|dead))`,
  // "The app is out" is as often a release: an app or a site is only down.
  `(?:app|site|website|tv)(?:${APOS}s| is| has| was| keeps)? (?:been )?(?:down|offline|dead)`,
  '(?:dropp(?:ing|ed|s) out|(?:keeps|kept) cutting out)',
]);
// A question, with or without its mark: "is the app down or is it just me", "anyone else's internet down".
const QUESTION_SENTENCE =
  /\?\s*$|^\W*(?:is|are|has|have|does|do|did|can|could|will|any ?one|anybody|why|how|what|when|where)\b|(?<!\bnot )\bjust me\b/i;
const saidFlat = (re: { test(s: string): boolean }, said: string): boolean =>
  said.split(/(?<=[.!?\n])\s+/).some((sentence) => !QUESTION_SENTENCE.test(sentence) && re.test(sentence));

const NOT_SO =
  /\b(?:not|never|isn[’']?t|wasn[’']?t|aren[’']?t|weren[’']?t)\s+(?:(?:so|very|that|too|really|exactly)\s+)?(?:quick|fast|easy|smooth|impressed|grateful|thankful|great|good|helpful|kind|friendly)\b/giu;

// "Still not fixed", "hasn't been resolved": the opposite of solved.
const NOT_RESOLVED =
  /\b(?:not|never|n[’']t)\s+(?:(?:been|yet|really|actually|properly)\s+)*(?:fixed|resolved|sorted|working|work)\b/i;

/**
 * Whether the customer's message reports something that went wrong, calm or not: a fault, a failure, a charge, a
 * wait, harm done ("my driver swore at me", "the engineer didn't turn up", "bins not collected for 3 weeks"). An
 * upset customer has a complaint; a happy one, a how-to question, a solved problem, their own slip or a joke has
 * not. A calm report deserves acknowledging as much as an angry one, though it is not anger. Undefined when the
 * message cannot be read (empty, or in another language).
 */
export function reportsProblem(message: string, mood: Mood = estimateMood(message)): boolean | undefined {
  if (mood === 'upset' || mood === 'angry') return true;
  if (mood === 'happy') return false;
  const { text, english, said } = read(message);
  // Not read: an empty message, or one in another language (the cues are English).
  if (!english) return undefined;
  if ((RESOLVED.test(text) && !NOT_RESOLVED.test(text)) || OWN_SLIP.test(said) || JOKING.test(text)) return false;
  // Praise taken back ("love paying £6 for half a cup of foam 🙃", "thanks for nothing"): a complaint said dry.
  if (SARCASM.test(text)) return true;
  // "How long do I have to decide?" asks for a deadline: only a wait said to have failed counts.
  const unasked = said.replace(/\bhow long\b/gi, ' ');
  // Praise of this brand said twice over (praise and a heart, two praise words), with nothing set against it. Read
  // only when a verdict or tears need it, and only in a warm message: most messages have neither.
  const praising = (): boolean =>
    (WARMTH.test(text) || WARM_FACE.test(text)) &&
    !CONTRAST.test(text) &&
    !BUT.test(said) &&
    warmthCues(praiseOfThisBrand(message)) >= 2;
  const failed =
    cues(FAILURE_ALL, unasked) +
    (HARM.test(said) ||
    ((VERDICT.test(said) || MISSED.test(said)) && !praising()) ||
    (SERVICE_OFF.test(said) && saidFlat(SERVICE_OFF, said)) ||
    // Split into sentences only when the words are there at all (most messages have none).
    (SAID_HARM_ANY.test(said) && saidFlat({ test: (s: string) => cues(SAID_HARM, s) > 0 }, said))
      ? 1
      : 0);
  // A failure said outright is a complaint, even asked with it ("My parcel never arrived, any update?").
  if (failed > 0) return true;
  // A question how to do something is a question, whatever it names ("how do I get a refund?", "any idea what's
  // going on with the trains?").
  if (HOW_TO.test(said) && text.includes('?')) return false;
  // Tears in praise are tears of joy ("the staff kept the ring hidden all evening 😭💍").
  const joy = SAD.test(unasked) && (praising() || warmBesideTears(message, text));
  if (cues(ASKED_ALL, joy ? unasked.replace(SAD_ALL, ' ') : unasked) > 0) return true;
  // A topic (a refund, a delay) alone is a complaint in a statement, not in a question ("when will my refund come?"),
  // nor in warm words ("Best stay ever 😍 already missing the pool").
  // "Not so easy to get a refund", "wasn't so quick": praise words said not to be there are no praise.
  const praise = said.replace(NOT_SO, ' ');
  const warm = (WARMTH.test(praise) || WARM_FACE.test(text)) && !SARCASM.test(text);
  return TOPIC.test(said) && !text.includes('?') && !warm;
}
