/**
 * "Stoltenberg's Russian counterpart", « l'homologue russe de Stoltenberg »: a counterpart alias names the
 * person the articles mean by it (Putin, "Macron and his Russian counterpart"); said of someone else, it is
 * that person's counterpart of the same country, as the knowledge records who faced whom (Grushko).
 */
import type { KnowledgeBase } from '../knowledge/model.ts';
import type { ActorSpan } from './find-actors.ts';
import type { Tokens } from './tokens.ts';

export function withCounterparts(
  spans: ActorSpan[],
  tokens: Tokens,
  entities: KnowledgeBase['entities'],
): ActorSpan[] {
  // (most questions name no counterpart)
  if (!tokens.normal.includes('counterpart')) return spans;
  const resolved: ActorSpan[] = [];
  // ("Stoltenberg's Russian counterpart" names one person: the counterpart, not Stoltenberg)
  const said = new Set<ActorSpan>();
  for (const span of spans) {
    const whose = tokens.normal.slice(span.start, span.end + 1).includes('counterpart')
      ? possessor(span, spans, tokens, entities)
      : undefined;
    const meant = entities.get(span.id);
    if (!whose || !meant) {
      resolved.push(span);
      continue;
    }
    if (whose.beside) said.add(whose.span);
    // (of the same country as the one the alias means: Putin's is Russia)
    const countries = [...meant.lineage].filter((id) => entities.get(id)?.kind === 'country');
    const facing = entities
      .get(whose.span.id)
      ?.counterparts.find((id) => countries.some((country) => entities.get(id)?.lineage.has(country)));
    resolved.push(facing ? { ...span, id: facing } : span);
  }
  return resolved.filter((span) => !said.has(span));
}

/**
 * Whose counterpart: a person named right before it ("Stoltenberg's", its "'s" folded away) or right after it
 * (« de Stoltenberg », glossed away); after "his", "her" or "their", the other person the question names.
 */
function possessor(
  span: ActorSpan,
  spans: ActorSpan[],
  tokens: Tokens,
  entities: KnowledgeBase['entities'],
): { span: ActorSpan; beside: boolean } | undefined {
  const people = spans.filter((one) => one !== span && entities.get(one.id)?.kind === 'person');
  const beside = people.find((one) => one.end === span.start - 1 || one.start === span.end + 1);
  if (beside) return { span: beside, beside: true };
  const other = POSSESSIVES.has(tokens.normal[span.start - 1] ?? '') ? people[0] : undefined;
  return other && { span: other, beside: false };
}
const POSSESSIVES = new Set(['his', 'her', 'their']);
