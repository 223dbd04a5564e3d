/**
 * Teaches wink-nlp the actors: one custom entity per knowledge entity, its patterns the entity's
 * aliases normalised like questions are ("le chef d'Etat russe" → "chef etat russe"), so the same
 * recogniser serves English and French.
 */
import type { WinkMethods } from 'wink-nlp';
import type { Entity, KnowledgeBase } from '../knowledge/model.ts';
import { normaliseText } from './normalise.ts';
import { FRENCH_NATIONALITY_ADJECTIVE, NATIONALITY_ADJECTIVE } from './tokens.ts';

/**
 * Words a question opens with once normalised: an alias read as one of them ("est de l'Ukraine" glossed
 * "is ukraine") would take "Is Ukraine…?" for the Donbass.
 */
const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'who', 'what', 'which']);

/**
 * Pattern text → entity id. Throws when two entities would share a pattern, or when an alias reads as the
 * start of a question. A leading "the" is left out (patternOf): the recogniser is greedy, and "the British"
 * (the UK) would swallow the start of "the British PM" (Johnson); roles skip determiners anyway.
 */
export function actorPatterns(knowledge: KnowledgeBase): Map<string, string> {
  const owner = new Map<string, string>();
  for (const entity of knowledge.entities.values()) {
    for (const alias of [...entity.aliases, ...entity.capitalisedAliases, entity.name.en, entity.name.fr]) {
      const pattern = patternOf(alias);
      if (!pattern) continue;
      if (QUESTION_OPENERS.has(pattern.split(' ')[0]!)) {
        throw new Error(`alias "${alias}" of "${entity.id}" reads as "${pattern}", the start of a question`);
      }
      const previous = owner.get(pattern);
      if (previous && previous !== entity.id) {
        throw new Error(
          `alias "${alias}" of "${entity.id}" reads as "${pattern}", already an alias of "${previous}"`,
        );
      }
      owner.set(pattern, entity.id);
    }
  }
  // (after every alias, so that one given in the knowledge keeps its entity)
  for (const entity of knowledge.entities.values())
    for (const pattern of [...possessiveForms(entity, knowledge), ...englishForms(entity)])
      if (!owner.has(pattern)) owner.set(pattern, entity.id);
  return owner;
}

/**
 * An alias with no function word to tell its language ("Minsk accords") is read as French when normalised
 * alone (glossed "minsk agreements"), where an English question keeps it as written: read as English too, as a
 * leading "the" makes it.
 */
const englishForms = (entity: Entity): string[] =>
  [...entity.aliases, entity.name.en].map((alias) => patternOf(`the ${alias.replace(/^the /i, '')}`));

/**
 * "Russia's army", "France's president", "America's number two diplomat": an alias that opens with the adjective
 * or the name of a country the entity is (or is part of: "the Russian army", "the US number two diplomat"), said
 * with the country's other names and adjectives instead (possessives are folded away: "russia army"), and in
 * French order, the adjective after the noun (« le gouvernement ukrainien », glossed "government ukrainien").
 */
function possessiveForms(entity: Entity, knowledge: KnowledgeBase): string[] {
  const forms: string[] = [];
  for (const countryId of [entity.id, ...entity.partOf]) {
    const country = knowledge.entities.get(countryId);
    if (country?.kind !== 'country') continue;
    const single = [country.name.en, ...country.aliases].map(patternOf).filter((name) => !name.includes(' '));
    const adjectives = new Set(single.filter((name) => NATIONALITY_ADJECTIVE.test(name)));
    const french = single.filter((name) => FRENCH_NATIONALITY_ADJECTIVE.test(name));
    const names = single.filter((name) => !adjectives.has(name) && !french.includes(name));
    for (const alias of entity.aliases) {
      const [first, ...rest] = patternOf(alias).split(' ');
      if (rest.length === 0 || !(adjectives.has(first!) || names.includes(first!))) continue;
      forms.push(...[...names, ...adjectives].map((name) => [name, ...rest].join(' ')));
      forms.push(...[...adjectives, ...french].map((adjective) => [...rest, adjective].join(' ')));
    }
  }
  return forms;
}

/** The patterns of names that are also common words: "Price" is Ned Price, "the price of gas" is not. */
export function capitalOnlyPatterns(knowledge: KnowledgeBase): Set<string> {
  const patterns = [...knowledge.entities.values()].flatMap((entity) => entity.capitalisedAliases);
  return new Set(patterns.map(patternOf));
}

/** An alias as the recogniser matches it: normalised like questions, without a leading "the". */
const patternOf = (alias: string) => normaliseText(alias).text.replace(/^the /, '');

export function learnActors(nlp: WinkMethods, knowledge: KnowledgeBase): void {
  const byEntity = new Map<string, string[]>();
  for (const [pattern, id] of actorPatterns(knowledge)) {
    const list = byEntity.get(id) ?? [];
    list.push(pattern);
    byEntity.set(id, list);
  }
  nlp.learnCustomEntities(
    [...byEntity].map(([name, patterns]) => ({ name, patterns })),
    { matchValue: false, usePOS: false, useEntity: false },
  );
}
