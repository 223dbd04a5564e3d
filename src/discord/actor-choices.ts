/** Autocomplete choices for an actor option: entities whose name or alias matches what is typed so far. */
import type { Entity, KnowledgeBase } from '../knowledge/model.ts';
import { fold } from '../text/fold.ts';
import { LIMITS, truncate } from './limits.ts';

const ACTOR_KINDS = new Set(['person', 'country', 'organisation', 'group', 'institution']);

export function actorChoices(knowledge: KnowledgeBase, typed: string): { name: string; value: string }[] {
  const query = fold(typed);
  const scored: [Entity, number][] = [];
  for (const entity of knowledge.entities.values()) {
    if (!ACTOR_KINDS.has(entity.kind)) continue;
    const names = [entity.name.en, entity.name.fr, ...entity.aliases].map(fold);
    const score = !query
      ? 1
      : names.some((n) => n.startsWith(query))
        ? 2
        : names.some((n) => n.includes(query))
          ? 1
          : 0;
    if (score > 0) scored.push([entity, score]);
  }
  return scored
    .sort((a, b) => b[1] - a[1] || a[0].name.en.localeCompare(b[0].name.en))
    .slice(0, LIMITS.choices)
    .map(([entity]) => ({
      name: truncate(
        entity.role ? `${entity.name.en} — ${entity.role.en}` : entity.name.en,
        LIMITS.choiceName,
      ),
      value: entity.id,
    }));
}
