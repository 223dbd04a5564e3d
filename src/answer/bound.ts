/**
 * "Did Russia mass more than 50,000 troops?", "did the Brussels talks last over three hours?": the figure a
 * fact gives, held to the bound the question states. Yes, no — or, for "up to 100,000" against "more than
 * 50,000", neither: the figure is then what the answer gives.
 */
import type { Fact } from '../knowledge/model.ts';
import type { Bound } from '../nlp/query.ts';

export interface HeldToBound {
  fact: Fact;
  verdict: 'Yes' | 'No' | null;
}

/** The first fact whose figure counts what the bound does, and how it compares; null if none gives one. */
export function heldToBound(bound: Bound, facts: readonly Fact[]): HeldToBound | null {
  const fact = facts.find((candidate) => candidate.quantity && countsAlike(bound, candidate.quantity));
  if (!fact) return null;
  const [low, high] = rangeOf(fact.quantity!);
  const { value, above, inclusive } = bound;
  const passes = above ? (inclusive ? low >= value : low > value) : inclusive ? high <= value : high < value;
  const fails = above ? (inclusive ? high < value : high <= value) : inclusive ? low > value : low >= value;
  return { fact, verdict: passes ? 'Yes' : fails ? 'No' : null };
}

/** The values a figure may stand for, given how the articles qualify it ("nearly four hours"). */
function rangeOf({ value, qualifier }: NonNullable<Fact['quantity']>): [number, number] {
  const step = value * 1e-6;
  switch (qualifier) {
    case 'up to':
      return [0, value];
    case 'nearly':
    case 'almost':
      return [value * 0.8, value - step];
    case 'more than':
    case 'over':
      return [value + step, Infinity];
    case 'about':
    case 'around':
    case 'some':
      return [value * 0.9, value * 1.1];
    default:
      return [value, value];
  }
}

/** "Over two years" is held to a count of years, not of hours; a bare year ("1997") is a date, no count. */
function countsAlike(bound: Bound, quantity: NonNullable<Fact['quantity']>): boolean {
  if (quantity.unit === 'year') return false;
  if (bound.unit === null) return true;
  const asked = unitWord(bound.unit);
  return quantity.unit.split(' ').some((word) => unitWord(word) === asked);
}

const unitWord = (word: string): string => {
  const singular = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return SAME_UNIT.get(singular) ?? singular;
};
const SAME_UNIT = new Map([['soldier', 'troop']]);
