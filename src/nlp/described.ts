/**
 * "What did the man who led the Russian delegation say?", « où était le dirigeant qui a appelé Poutine ? », "what
 * did the country that sent draft treaties demand?": someone, or some body, named by what they did. The question is asked as two, the way a person would ask them — "who led
 * the Russian delegation?", then "what did he say?" as its follow-up — so that the one who did it is found
 * as any who-question finds them, and "he" is read as any follow-up reads it (engine.ts).
 */
import { normaliseQuestion } from './normalise.ts';
import { AUXILIARY_VERBS, DO_FORMS, MODALS } from './tokens.ts';

export interface Described {
  /** The who-question the description asks: "who led the russian delegation ?" */
  who: string;
  /** The question with the description as a pronoun: "what did he say ?" */
  then: string;
}

/** Nouns for a person or a body that a relative clause can describe; the pronoun that stands for each. */
const HE = 'man guy person one official leader diplomat politician minister president envoy spokesman chief';
const SHE = 'woman lady spokeswoman femme dirigeante';
const HE_FR = 'homme personne dirigeant responsable';
// ("what did the country that sent draft treaties demand?", "the paper that leaked the documents")
const IT =
  'country state nation government alliance organisation organization body bloc union department newspaper paper';
const THEY = 'countries states nations governments allies';
const DESCRIBED_NOUNS: ReadonlyMap<string, string> = new Map([
  ...`${HE} ${HE_FR}`.split(' ').map((noun): [string, string] => [noun, 'he']),
  ...SHE.split(' ').map((noun): [string, string] => [noun, 'she']),
  ...IT.split(' ').map((noun): [string, string] => [noun, 'it']),
  ...THEY.split(' ').map((noun): [string, string] => [noun, 'they']),
]);
const OBJECT_PRONOUNS = new Map([
  ['he', 'him'],
  ['she', 'her'],
  ['it', 'it'],
  ['they', 'them'],
]);
/** What may open the noun described: "the man who…", "that official who…". */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'this', 'that']);
/** Words a description cannot follow and be the subject of another question: "which [leader who…]". */
const WH_HEADS = new Set(['which', 'what', 'whose']);
/** Words after which the description is the subject: "did [the man who…]", "where was [the man who…]". */
const SUBJECT_BEFORE = AUXILIARY_VERBS;
/** Auxiliaries that put the question's own verb after its subject: "what did [the man who…] say?" */
const AUXILIARIES = new Set([...DO_FORMS, ...MODALS]);
/**
 * Verbs in their base form, as they stand after "did <subject>": where the description ends. Event words
 * that are also nouns ("call", "talks") count only when no determiner stands before them.
 */
const BASE_VERBS = new Set(
  'say tell call speak talk discuss meet visit go warn want propose offer demand ask think mean do publish send write accuse threaten reject refuse accept agree deny confirm announce respond reply answer travel reveal leak need lead show insist promise release'.split(
    ' ',
  ),
);

/** "… that Russia wants", "… who the Kremlin sent": a name or a determiner right after the relative pronoun. */
const OBJECT_CLAUSE =
  /\b(?:who|whom|that|qui|que)\s+(?:\p{Lu}|(?:the|a|an|le|la|les|he|she|they|it|il|elle)\b)/u;

/** A cheap look at the raw text: most questions describe no one this way. */
const MAY_DESCRIBE = new RegExp(`\\b(${[...DESCRIBED_NOUNS.keys()].join('|')})\\s+(who|that|qui)\\b`, 'i');

export function describedByDeed(question: string): Described | null {
  if (!MAY_DESCRIBE.test(question)) return null;
  const { text, language } = normaliseQuestion(question);
  const words = text.split(' ');
  const at = words.findIndex(
    (word, i) => i >= 2 && (word === 'who' || word === 'that') && DESCRIBED_NOUNS.has(words[i - 1]!),
  );
  if (at < 0) return null;
  // ("is Johnson the only Western leader who went to Kyiv?": whether he is the one, which only.ts reads)
  if (words.slice(Math.max(0, at - 4), at).some((word) => word === 'only' || word === 'sole')) return null;
  // ("the alliance that Russia wants to stop enlarging": what the clause's own subject acts on, which no
  // who-question finds)
  if (OBJECT_CLAUSE.test(question)) return null;
  const start = NOUN_OPENERS.has(words[at - 2]!) ? at - 2 : at - 1;
  // ("which leader who called Putin went to Kyiv?" asks which one: the description is the question's own)
  const before = words[start - 1] ?? '';
  if (start === 0 || WH_HEADS.has(before)) return null;
  const last = words.at(-1) === '?' ? words.length - 1 : words.length;
  // After an auxiliary the question's own verb follows the description; else the description runs to the end
  const asksAfter = words.slice(0, start).some((word) => AUXILIARIES.has(word));
  const end = asksAfter
    ? words.findIndex(
        (word, i) => i > at + 1 && i < last && BASE_VERBS.has(word) && !NOUN_OPENERS.has(words[i - 1]!),
      )
    : last;
  if (end < 0 || end <= at + 1) return null;
  // "who called the one who leads Russia?": "him", after the question's verb (French inverts its subject there)
  const subject = DESCRIBED_NOUNS.get(words[at - 1]!)!;
  const object = language === 'en' && !SUBJECT_BEFORE.has(before);
  const pronoun = object ? OBJECT_PRONOUNS.get(subject)! : subject;
  return {
    who: ['who', ...words.slice(at + 1, end), '?'].join(' '),
    then: [...words.slice(0, start), pronoun, ...words.slice(end)].join(' '),
  };
}
