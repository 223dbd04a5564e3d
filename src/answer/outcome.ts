/**
 * "What came out of the call on 31 January?": an event's outcome is what its parties agreed or refused
 * there and then, which the articles report as facts of their own beside the call or meeting itself; or the
 * event's own words say it ("ended … in deadlock"), or a report on where it took place in the days after ("the
 * inconclusive result" of Geneva and Brussels). Where none does (the OSCE meeting in Vienna, still to come),
 * the articles don't report an outcome.
 */
import { settingsOf, type Fact } from '../knowledge/model.ts';
import type { Query } from '../nlp/query.ts';
import { MAX_FACTS } from './compose.ts';
import type { FactIndex } from './fact-index.ts';

const EVENTS = new Set(['phone-call', 'meeting']);
const OUTCOMES = new Set(['agreement', 'rejection']);
/** How long after an event a report on its setting may still be about how it ended. */
const DAYS_AFTER = 7;

/**
 * The facts chosen, each call or meeting among them followed by its outcomes ("what came of Macron's
 * calls?"); null when all of them are calls or meetings and none has an outcome reported.
 */
export function withOutcomes(chosen: Fact[], index: FactIndex): Fact[] | null {
  const withTheirs = chosen.map((fact) => [fact, ...outcomesOf(fact, index)]);
  const reported =
    !chosen.some((fact) => EVENTS.has(fact.type)) ||
    withTheirs.some(
      ([fact, ...outcomes]) => outcomes.length > 0 || OUTCOMES.has(fact!.type) || endings(index).has(fact!),
    );
  return reported ? [...new Set(withTheirs.flat())].slice(0, MAX_FACTS) : null;
}

/**
 * What the parties of a call or meeting agreed or refused that day, then the reports on its setting that
 * say how it went, most salient first.
 */
function outcomesOf(event: Fact, index: FactIndex): Fact[] {
  if (!EVENTS.has(event.type) || event.date?.precision !== 'day') return [];
  const day = event.date.start;
  const parties = new Set([...event.by, ...event.to]);
  const settings = new Set(settingsOf(event, index.entities));
  const ending = endings(index);
  const agreedThere = (fact: Fact) =>
    OUTCOMES.has(fact.type) &&
    fact.date?.start === day &&
    [...fact.by, ...fact.to].some((id) => parties.has(id));
  const reportedAfter = (fact: Fact) =>
    ending.has(fact) &&
    fact.date !== null &&
    fact.date.start >= day &&
    fact.date.start <= day + DAYS_AFTER &&
    settingsOf(fact, index.entities).some((id) => settings.has(id));
  return index.facts
    .filter(
      ({ fact }) =>
        fact !== event && fact.date?.precision === 'day' && (agreedThere(fact) || reportedAfter(fact)),
    )
    .sort((a, b) => Number(agreedThere(b.fact)) - Number(agreedThere(a.fact)) || b.salience - a.salience)
    .map(({ fact }) => fact);
}

/** The facts whose words say how something ended: "ended … in deadlock", "the inconclusive result". */
function endings(index: FactIndex): ReadonlySet<Fact> {
  let ending = ENDINGS.get(index);
  if (ending === undefined) {
    ending = new Set(ENDING_STEMS.flatMap((stem) => index.byStem.get(stem) ?? []).map(({ fact }) => fact));
    ENDINGS.set(index, ending);
  }
  return ending;
}
const ENDING_STEMS = ['end', 'deadlock', 'impass', 'inconclus', 'result', 'agre', 'breakthrough'];
const ENDINGS = new WeakMap<FactIndex, Set<Fact>>();

/**
 * "Did the Brussels talks achieve anything?": no, they ended in deadlock; "did they fail?": yes; "did the
 * 31 January call lead to an agreement?": yes, they agreed to stay in contact. Null when the answer holds no
 * call or meeting, or its facts don't tell (or tell both ways: calls agreed, the Council deadlocked).
 */
export function outcomeVerdict(query: Query, facts: Fact[]): 'Yes' | 'No' | null {
  if (!facts.some((fact) => EVENTS.has(fact.type))) return null;
  const failed = facts.some((fact) => FAILED.test(fact.statement));
  const agreed = facts.some((fact) => fact.type === 'agreement');
  if (failed === agreed) return null;
  const feared = FEARED.test(query.normalised);
  const hoped = !feared && HOPED.test(query.normalised);
  if (!feared && !hoped) return null;
  return failed === feared ? 'Yes' : 'No';
}
const HOPED =
  /\b(achiev|accomplish|breakthrough|succe|progress|agree|deal|accord|compromise|anything|something)/;
const FEARED = /\b(fail|deadlock|impasse|stalemate|collapse|nothing)/;
const FAILED = /\b(deadlock|impasse|inconclusive)\b/;
