/**
 * The two events a question names side by side ("the Brussels council or Johnson's trip", "between Macron's two
 * calls"), each found with what the rest of the question names of both: the facts of each side, best first.
 */
import { SETTING_KINDS, type Fact } from '../knowledge/model.ts';
import type { ActorMention, Query } from '../nlp/query.ts';
import type { EventsCompared } from '../nlp/two-events.ts';
import type { FactIndex } from './fact-index.ts';
import { answersTo, tiedWithBest } from './match.ts';
import { byDate } from './timeline.ts';

export function eventsOfEachSide(query: Query, compared: EventsCompared, index: FactIndex): [Fact[], Fact[]] {
  const { shared } = compared;
  return compared.sides.map((side, i) => {
    // "Macron's call or Johnson's?": a side that names no event has the other's — unless it names a setting,
    // which stands for its own ("the Brussels meeting", the Council's)
    const other = compared.sides[1 - i]!;
    const namesSetting = query.actors.some(
      (actor) => side.actors.includes(actor.id) && SETTING_KINDS.has(actor.kind ?? ''),
    );
    // ("before or after the letters": its nouns stand for its event)
    const events =
      side.events.length > 0 || namesSetting || side.actors.length === 0
        ? side.events
        : shared.events.length > 0
          ? shared.events
          : other.events;
    // ("did Johnson go to Kyiv before or after his call with Putin?": Johnson's call)
    const subject = side.theirs && i === 1 ? other.actors.slice(0, 1) : [];
    const ids = new Set([...shared.actors, ...side.actors, ...subject]);
    // "Johnson's visit", "Macron's call", "Johnson's trip to Kyiv": the one actor named with an event, or the
    // one named before the places, is who did it
    const settings = side.actors.filter((id) =>
      query.actors.some((a) => a.id === id && SETTING_KINDS.has(a.kind ?? '')),
    );
    const doers = side.actors.filter((id) => !settings.includes(id));
    const doer =
      side.events.length > 0 && (side.actors.length === 1 || doers.length === 1) ? doers[0] : undefined;
    // The question's own verb stays with the side it was asked of: "did Russia send its treaties" ranks the
    // fact that says "sent" first
    const [main] = query.events;
    const ownsVerb = main !== undefined && side.events.includes(main) && !other.events.includes(main);
    // (roles read from the other side's verb are not this side's: "the El País leak or Johnson's trip to Kyiv"
    // made Johnson a recipient of the leak)
    const roleIn = (actor: ActorMention): ActorMention['role'] =>
      actor.id === doer && (actor.role === 'any' || !ownsVerb)
        ? 'agent'
        : !ownsVerb && side.actors.includes(actor.id)
          ? 'any'
          : actor.role;
    const alone: Query = {
      ...query,
      kind: 'what',
      actors: query.actors
        .filter((actor) => ids.has(actor.id))
        .map((actor) => {
          const role = roleIn(actor);
          return role === actor.role ? actor : { ...actor, role };
        }),
      events,
      eventStems: ownsVerb ? query.eventStems : [],
      // (with the event word that is a topic too: "the exercises" are not Russia's massing of troops; and the
      // nouns of a side in an anchoring clause, which are no topics of the question: "before El País published
      // the documents were the letters sent?")
      topics: [
        ...new Set([
          ...side.nouns,
          ...query.topics.filter((topic) => ownsVerb && query.eventStems.includes(topic)),
        ]),
      ],
      date: side.dated ? query.date : null,
      order: null,
      counted: null, // ("how many days between…" counts the gap, not anything either event has)
      compared: null,
      relativeTo: null,
    };
    // (the side's best matches only: a fact that matches it less well is no rival for its day)
    const dated = tiedWithBest(answersTo(alone, index))
      .map((scored) => scored.indexed.fact)
      .filter((fact) => fact.date);
    // An event dated to the day rather than a week that includes it ("the OSCE meeting": 13 January), best
    // first — unless the best is dated more loosely and no such day falls in it: Russia sent its treaties in
    // December, whatever it did with them on 12 January
    const onADay = dated.filter((fact) => fact.date!.precision === 'day');
    const bestDate = dated[0]?.date;
    const refinesBest = (fact: Fact) =>
      fact.date!.start >= bestDate!.start && fact.date!.end <= bestDate!.end;
    const candidates =
      onADay.length > 0 && (bestDate!.precision === 'day' || onADay.some(refinesBest)) ? onADay : dated;
    return side.order === null ? candidates : onNthDay(candidates, side.order);
  }) as [Fact[], Fact[]];
}

/** The facts of the nth day among them (1 the first, -1 the last), in the order given. */
function onNthDay(facts: Fact[], order: number): Fact[] {
  const days = [...new Set(facts.map((fact) => fact.date!.start))].sort((a, b) => a - b);
  const day = days[order > 0 ? order - 1 : days.length + order];
  return facts.filter((fact) => fact.date!.start === day);
}

/** The first side's best event and the second's first one after it, in date order: the ends of a stretch. */
export function stretchEnds(first: Fact[], second: Fact[]): [Fact, Fact] | null {
  const from = first[0];
  if (!from) return null;
  const to = second.filter((fact) => fact.date!.start > from.date!.end).sort(byDate)[0] ?? second[0];
  if (!to || from === to) return null;
  return [from, to].sort(byDate) as [Fact, Fact];
}
