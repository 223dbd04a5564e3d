/**
 * Questions as people put them, asked as the question they are, on the raw text before it is normalised
 * (normalise.ts): a correction of the last question ("no, I meant on 2 February"), a statement with a tag or
 * asked as a question ("Borrell is NATO's secretary general, isn't he?"), a thing not done ("instead of the
 * guarantee"), one event against another ("had … already … when"). Questions only: the knowledge's text goes
 * through `normaliseText` without them.
 */
import { OPENING_WORDS } from './lexicon.ts';

/**
 * The question words and auxiliaries that start a question, in either language, "où" aside: it is written
 * "où" in the raw text and "ou_where" once folded.
 */
export const QUESTION_WORDS =
  'who|what|when|where|why|how|which|did|does|do|is|are|was|were|qui|que|quoi|quand|pourquoi|comment|combien|quel|quelle|quels|quelles';
/** The question rephrased: each step returns it unchanged when its words are not there (most questions). */
export function rephrased(raw: string): string {
  return asCorrection(untagged(asOrdered(withoutAlternative(raw))));
}

/**
 * "No, I meant on 2 February", "sorry, I meant Sherman", "not the US, NATO", « non, je voulais dire
 * l'OTAN »: the asker corrects the last question, which is asked again with what the correction names —
 * as "and on 2 February?" is. What was wrong ("the US") is no part of it. Questions only: the knowledge's
 * text and quoted phrases go through `normaliseText` without it.
 */
function asCorrection(raw: string): string {
  if (!MAY_CORRECT.test(raw)) return raw; // most questions start with none of its words
  const correction = CORRECTION.exec(raw);
  return correction ? `and ${raw.slice(correction[0].length)}` : raw;
}
const MAY_CORRECT =
  /^\s*(no|nope|non|oops|oups|whoops|sorry|pardon|wait|oh|ah|actually|en fait|i|je|not|pas)\b/i;
/** A question of its own follows: "no, who called…?" (« où » ends in a letter \b does not know). */
const NOT_A_QUESTION = `(?!(?:${QUESTION_WORDS}|qu['’])\\b|où(?!\\p{L}))`;
const CORRECTION = new RegExp(
  [
    '^\\s*(?:(?:no|nope|non|oops|oups|whoops|sorry|pardon|wait|oh|ah|actually|en fait)\\b[\\s,.!]*)*',
    '(?:',
    // "I meant the first time", "I was asking about Johnson", « je voulais dire le 2 février », « je pensais à… »
    `(?:i meant|i mean|i was asking about|i was talking about|i was thinking of|make that|je voulais dire|je veux dire|je voulais parler (?:de|du|des|d['’])|je parlais (?:de|du|des|d['’])|je pensais (?:à|a|aux?))(?:(?<=['’])|(?=[\\s,:]))[\\s,:]*`,
    // "not the US, NATO", « pas les États-Unis, l'OTAN »
    `|(?:not|pas) [^,?]+,\\s*${NOT_A_QUESTION}`,
    // "no, the Vienna one" (but not "no, who called…?", a question of its own)
    `|(?<=(?:no|nope|non)\\s*[,.!]\\s*)${NOT_A_QUESTION}(?=\\S)`,
    ')',
  ].join(''),
  'iu',
);

/**
 * "Borrell is NATO's secretary general, isn't he?", "Johnson called Putin on 2 February, right?",
 * « les Américains ont proposé des inspections, non ? », "so Johnson was in Kyiv?": a statement with a tag,
 * or with none and no question word, asks whether it is so, as the question would ("is Borrell NATO's
 * secretary general?"); a statement with "is" is turned into one, as the steps that read posts and places
 * expect.
 */
function untagged(raw: string): string {
  // "borrell's the NATO chief": "is", as no possessive comes before "the"; « Borrell c'est le chef… »: « est »
  // (each looked for only where a plain regular expression finds its words: most questions have none)
  let said = MAY_BE_IS.test(raw) ? raw.replace(IS_BEFORE_ARTICLE, '$1 is $2') : raw;
  if (MAY_BE_C_EST.test(said)) said = said.replace(C_EST, '$1 $2 ');
  const tagged = MAY_BE_TAGGED.test(said) ? TAG.exec(said) : null;
  // (untagged, a statement asked as a question — "so Johnson was in Kyiv?" — never one with a question word)
  const stated = said.trimEnd().endsWith('?') && !WH_ANYWHERE.test(said);
  const statement =
    tagged?.[1] ?? tagged?.[2] ?? tagged?.[3] ?? (stated ? said.replace(/\s*\?+\s*$/, '') : undefined);
  // ("is it true?", "did he, right?": a question already)
  if (statement === undefined || ASKED_ALREADY.test(statement)) return raw;
  const be = STATED_BE.exec(statement.replace(OPENING, ''));
  if (be) return `${be[2]} ${be[1]} ${be[3]}?`;
  return tagged ? `${statement}?` : raw;
}
const WH_ANYWHERE =
  /(?<!\p{L})(?:who|whom|whose|what|whats|when|where|why|how|which|qui|que|quoi|quand|où|ou|pourquoi|comment|combien|quel|quelle|quels|quelles|lequel|laquelle|qu['’])(?!\p{L})/iu;
const MAY_BE_IS = /['’]s (?:the|a|an) /i;
const IS_BEFORE_ARTICLE = /\b(\p{L}+)['’]s (the|a|an)\b/iu;
const MAY_BE_C_EST = /c['’]/i;
const MAY_BE_TAGGED =
  /(?:n['’]?t (?:he|she|it|they|there)|right|correct|non|pas vrai|hein|ça|yes|no|true|vrai)\s*\?+\s*$/i;
const C_EST = /^((?:[^\s,]+ ){0,5}?[^\s,]+),? c['’](est|était|etait) /iu;
/** "so", "wait", « attends »: words that open a statement asked as a question, no part of its subject. */
const OPENING = new RegExp(`^(?:(?:${[...OPENING_WORDS, 'and', 'et', 'donc'].join('|')})\\b[\\s,]*)+`, 'iu');
const TAG = new RegExp(
  [
    "^(\\S.*?),?\\s+(?:is|was|are|were|did|does|do|has|have|had|wo|would|ca|could)n['’]?t (?:he|she|it|they|there)\\s*\\?+\\s*$",
    "^(\\S.*?)(?:,\\s*|\\s+)(?:right|correct|non|n['’]est-ce pas|hein|c['’]est ça|c['’]est bien ça|pas vrai)\\s*\\?+\\s*$",
    '^(\\S.*?),\\s*(?:yes|no|true|vrai)\\s*\\?+\\s*$',
  ].join('|'),
  'iu',
);
const ASKED_ALREADY = new RegExp(`^\\s*(?:${QUESTION_WORDS}|qu['’])\\b`, 'iu');
/** "Borrell is NATO's secretary general", « Borrell est… »: a subject of a few words, then the verb "be". */
const STATED_BE = /^((?:[^\s,]+ ){0,5}?[^\s,]+) (is|was|are|were|est|était|etait) (.+)$/iu;

/**
 * "What did NATO offer instead of the guarantee Russia wanted?", "instead of a meeting in person, how did they
 * talk?": the thing not offered or done is no part of what is asked. (An action — "rather than answering the
 * letters", « au lieu de retirer ses troupes » — stays: what it acts on is what the question is about.)
 */
function withoutAlternative(raw: string): string {
  if (!MAY_BE_ALTERNATIVE.test(raw)) return raw;
  return raw
    .replace(ALTERNATIVE_FIRST, '')
    .replace(ALTERNATIVE_BEFORE_YES_NO, '')
    .replace(ALTERNATIVE_AFTER, '');
}
const ALTERNATIVE = String.raw`(?:instead of|rather than|in place of|au lieu d(?:e |u |es |['’])|plutôt que(?: de | d['’]| ))(?!\s*(?:de |d['’])?\S+(?:ing|er|ir|re)\b)`;
// (a plain regular expression first: most questions have none of these words, and Unicode ones cost more)
const MAY_BE_ALTERNATIVE = /instead|rather|place|lieu|plut[ôo]t/i;
const ALTERNATIVE_FIRST = new RegExp(String.raw`^\s*${ALTERNATIVE}\s*[^,]+,\s*`, 'iu');
/** "Instead of talking, did NATO attack Russia?": asked yes or no, even an action set aside is no part of it. */
const ALTERNATIVE_BEFORE_YES_NO = new RegExp(
  String.raw`^\s*(?:instead of|rather than|au lieu d(?:e |['’])|plutôt que(?: de | d['’]| ))[^,]+,\s*(?=(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|est-ce)\b)`,
  'iu',
);
const ALTERNATIVE_AFTER = new RegExp(String.raw`,?\s+${ALTERNATIVE}\s*[^,?]+(?=\s*\?|$)`, 'iu');

/**
 * "Had Macron already spoken to Putin when Johnson called him?", "…by the time Macron called Putin?", "when
 * Johnson went to Kyiv, had the letters already been sent?", « avait-il déjà appelé Poutine quand… »: whether
 * one event came before the other, as "…before Johnson called him?" asks; "still to come when" asks "after".
 */
function asOrdered(raw: string): string {
  // "Before the letters were leaked, had Macron spoken to Putin?", "two days before Macron's call, where was
  // Johnson?": the question first, its day after it
  const relation = FRONTED_RELATION.exec(raw);
  if (relation) return `${relation[3]} ${relation[1]} ${relation[2]}${relation[4]}`;
  if (!MAY_ORDER.test(raw)) return raw; // most questions have none of these words
  const fronted = FRONTED_WHEN.exec(raw);
  const question = fronted
    ? `${fronted[3]} ${/^by/i.test(fronted[1]!) ? 'before' : fronted[1]} ${fronted[2]}${fronted[4]}`
    : raw;
  return question
    .replace(
      ALREADY_WHEN,
      (_, head: string, middle: string, when: string, tail: string) =>
        `${head}${middle}${/^quand$/i.test(when) ? 'avant' : 'before'}${tail}`,
    )
    .replace(/\bby the time(?: of)?\b/giu, 'before')
    .replace(/\bstill to come when\b/giu, 'after');
}
const FRONTED_RELATION =
  /^\s*((?:(?:the|a|one|two|three|four|five|six|seven|\d+) (?:days?|weeks?) )?(?:before|after|avant|après)) ([^,?]+?), ((?:had|has|have|did|does|do|was|were|is|are|where|who|what|when|which|how)\b.+?)(\s*\?+\s*)$/iu;
const MAY_ORDER = /already|by the time|still to come|d[ée]j[àa]/i;
/** "When Johnson went to Kyiv, had… already…?", « Quand Johnson…, Macron avait-il déjà… ? » */
const FRONTED_WHEN = /^\s*(when|quand|by the time(?: of)?) (.+?), (.+?)(\s*\?*\s*)$/iu;
/** "had … already … when" → "had … before", « avait … déjà … quand » → « avait … avant ». */
const ALREADY_WHEN =
  /\b((?:had|has|have|avait|avaient)\b.*?)(?:\balready|(?<!\p{L})d[ée]j[àa]) (.*?)\b(when|quand)\b(.*)$/iu;
