/**
 * English past forms of the verbs French stems gloss into: « le journal a divulgué » read as "the newspaper
 * leak" is tagged a noun by wink-nlp, "the newspaper leaked" a verb.
 */

/** [past, past participle] of the irregular verbs among the glosses. */
const IRREGULAR: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['bring', ['brought', 'brought']],
  ['give', ['gave', 'given']],
  ['hold', ['held', 'held']],
  ['lead', ['led', 'led']],
  ['leave', ['left', 'left']],
  ['let', ['let', 'let']],
  ['meet', ['met', 'met']],
  ['say', ['said', 'said']],
  ['seek', ['sought', 'sought']],
  ['send', ['sent', 'sent']],
  ['think', ['thought', 'thought']],
  ['withdraw', ['withdrew', 'withdrawn']],
  ['write', ['wrote', 'written']],
]);
/** Verbs that double their last consonant: "admitted", "committed", "regretted" (not "offered"). */
const DOUBLING = new Set(['admit', 'commit', 'regret', 'refer', 'prefer', 'stop', 'plan', 'ban', 'drop']);

/** Glosses of French stems that are no verbs, or have no past of their own: they stay as they are. */
const NOT_VERBS = new Set([
  'additional',
  'authorities',
  'bilateral',
  'counterpart',
  'deployment',
  'intervention',
  'meeting',
  'reason',
  'sanctions',
  'can',
  'could',
  'must',
  'should',
]);

/** A verb's past ("leaked", "gave") or past participle ("given"); a regular verb's two are one. */
export function pastOf(verb: string, form: 'past' | 'participle'): string {
  if (NOT_VERBS.has(verb) || verb.endsWith('ed')) return verb;
  const irregular = IRREGULAR.get(verb);
  if (irregular) return irregular[form === 'past' ? 0 : 1];
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (DOUBLING.has(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}
