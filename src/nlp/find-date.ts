/** The date a question asks about: the dates found in it (dates.ts), a range, or a side of one ("before 3 February"). */
import { formatDay } from '../knowledge/dates.ts';
import { findDateSpans, PERIOD } from './dates.ts';
import { eventOfWord } from './events.ts';
import { DAY_NUMBER_WORDS } from './lexicon.ts';
import type { ActorSpan } from './find-actors.ts';
import { dateQuery, type DateQuery, type Distance } from './query.ts';
import type { Tokens } from './tokens.ts';

/** The dates named; two make a range ("between 31 January and 3 February"). */
export function findDate(tokens: Tokens): DateQuery | null {
  const spans = findDateSpans(tokens.normal, (at) => tokens.taken[at] !== false);
  for (const span of spans) tokens.taken.fill('date', span.start, span.end + 1);
  const found = spans.map((span) => span.date);
  if (found.length === 0) return null;
  // "Wednesday 2 February": the weekday only confirms the day.
  const specific = found.filter((date) => date.precision !== 'weekday');
  if (specific.length > 0 && specific.length < found.length) found.splice(0, found.length, ...specific);
  if (found.length === 1) return beforeOrAfter(withRangeStart(found[0]!, tokens), tokens);
  const first = found[0]!;
  const last = found[found.length - 1]!;
  return dateQuery(first.start, last.end, 'month', `${first.label} – ${last.label}`);
}

/**
 * "and the day after?", "le lendemain ?" (a day shift) or "what happened before that?" (a side): the question
 * leans on the day last talked about. Closing the question only: "the day after the Brussels meeting" is
 * relative to the meeting, and with a date "the day after 2 February" is the date's.
 */
export function fromTheLastDay(
  text: string,
  date: DateQuery | null,
): { dayShift: 1 | -1 | null; sinceLast: 'after' | 'before' | null } {
  if (date) return { dayShift: null, sinceLast: null };
  const dayShift = DAY_AFTER.test(text) ? 1 : DAY_BEFORE.test(text) ? -1 : null;
  const sinceLast = dayShift
    ? null
    : AFTER_THAT.test(text)
      ? 'after'
      : BEFORE_THAT.test(text)
        ? 'before'
        : null;
  return { dayShift, sinceLast };
}
const DAY_AFTER = /\bthe (day after|next day|following day)( \?)?$/;
const DAY_BEFORE = /\bthe (day before|previous day|day earlier|eve)( \?)?$/;
const AFTER_THAT = /\bafter (that|this)\b|\b(afterwards|next|later|and after)( \?)?$/;
const BEFORE_THAT = /\bbefore (that|this)\b|\b(beforehand|earlier|and before)( \?)?$/;

/**
 * "before 3 February", "by 2 February", "after the 1st", "since 31 January": everything on one side of the
 * date.
 */
function beforeOrAfter(date: DateQuery, tokens: Tokens): DateQuery {
  const first = tokens.taken.indexOf('date');
  const word = tokens.normal[first - 1] === 'the' ? tokens.normal[first - 2] : tokens.normal[first - 1];
  // "the day after 2 February" is one day, not all that follows
  if (
    (word === 'after' || word === 'before') &&
    tokens.normal[first - 2] === 'day' &&
    date.precision === 'day'
  ) {
    const day = word === 'after' ? date.end + 1 : date.start - 1;
    return dateQuery(day, day, 'day', formatDay(day));
  }
  // "after the 3 February call": the day names an event, and what came after it may come that day (the
  // Kremlin's statement that evening)
  const last = tokens.taken.lastIndexOf('date');
  const ofEvent =
    date.precision === 'day' &&
    eventOfWord(tokens.normal[last + 1] ?? '', tokens.lemma[last + 1] ?? '') !== undefined;
  // ("the countries NATO took in after 1997": see yearMentioned in respond.ts)
  const marks = date.bareYear && date.end < PERIOD.start - 365 ? { yearBeside: date.bareYear } : {};
  if (word === 'before' || word === 'until' || word === 'prior') {
    return dateQuery(
      PERIOD.start - 3650,
      ofEvent ? date.end : date.start - 1,
      'month',
      `before ${date.label}`,
      marks,
    );
  }
  // "by 2 February": that day included
  if (word === 'by') {
    return dateQuery(PERIOD.start - 3650, date.end, 'month', `by ${date.label}`, marks);
  }
  if (word === 'after') {
    const start = ofEvent ? date.start : date.end + 1;
    return dateQuery(start, PERIOD.end + 365, 'month', `after ${date.label}`, marks);
  }
  // "since 2014" takes in 2014 itself
  if (word === 'since') {
    return dateQuery(date.start, PERIOD.end + 365, 'month', `since ${date.label}`, marks);
  }
  return date;
}

/** "between 10 and 13 January", "from 31 January to 3 February": a bare day number opens the range. */
function withRangeStart(date: DateQuery, tokens: Tokens): DateQuery {
  const text = tokens.normal.join(' ');
  const match = /\b(?:between|from) (\d{1,2})(?:st|nd|rd|th)? (?:and|to) /.exec(text);
  if (!match || date.precision !== 'day') return date;
  const day = Number(match[1]);
  const start = date.start - (new Date(date.start * 86_400_000).getUTCDate() - day);
  const at = tokens.normal.findIndex(
    (word, i) => /^(between|from)$/.test(tokens.normal[i - 1] ?? '') && word.startsWith(match[1]!),
  );
  if (at >= 0) tokens.taken[at] = 'date'; // the range's first day is part of the date, not a figure asked about
  return start < date.start ? dateQuery(start, date.end, 'month', `${day}–${date.label}`) : date;
}

/**
 * "The week of talks", « la semaine des pourparlers », "the same week as the Geneva talks": a week named by
 * what happened in it, whose days only the facts know (time-anchor.ts). Its words are claimed as a date; the
 * event named is returned, with the actors that say which one (their spans, no longer the question's).
 */
export function weekOfEvent(
  tokens: Tokens,
  spans: readonly ActorSpan[],
  isSetting: (id: string) => boolean,
): { event: string; actors: string[]; spans: ActorSpan[] } | null {
  const words = tokens.normal;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'week' || tokens.taken[i]) continue;
    // ("the Brussels week": the week of what met at the place named before it)
    const setting = spans.find((one) => one.end === i - 1 && isSetting(one.id));
    if (setting && WEEK_DETERMINERS.has(words[setting.start - 1] ?? '')) {
      tokens.taken.fill('date', setting.start - 1, i + 1);
      return { event: 'meet', actors: [setting.id], spans: [setting] };
    }
    let at = i + 1;
    if (words[at] === 'of' || words[at] === 'as') at++;
    // ("why were the meetings that week called?": a verb after it is the sentence's, no event naming it)
    else if (tokens.pos[at] === 'VERB') continue;
    while (WEEK_DETERMINERS.has(words[at] ?? '')) at++;
    const named: ActorSpan[] = [];
    for (
      let span = spans.find((one) => one.start === at);
      span;
      span = spans.find((one) => one.start === at)
    ) {
      named.push(span);
      at = span.end + 1;
    }
    let event =
      at < words.length && !tokens.taken[at] ? eventOfWord(words[at]!, tokens.lemma[at]!) : undefined;
    // ("the week of the OSCE meeting", « de la réunion de Bruxelles »: the event is in the name)
    if (event === undefined && named.length > 0) {
      const inName = named.flatMap((span) =>
        words.slice(span.start, span.end + 1).map((_, k) => span.start + k),
      );
      event = inName.map((k) => eventOfWord(words[k]!, tokens.lemma[k]!)).find((one) => one !== undefined);
      // (« la semaine de Bruxelles »: what met there)
      if (event === undefined && named.every((span) => isSetting(span.id))) event = 'meet';
      at--;
    }
    if (event === undefined) continue;
    // (French names them after it: « la semaine des pourparlers de Genève », glossed "week talks geneve")
    const after = named.length === 0 ? spans.find((one) => one.start === at + 1) : undefined;
    if (after) {
      named.push(after);
      at = after.end;
    }
    const opening = words[i - 1] === 'same' ? i - 2 : i - 1;
    tokens.taken.fill('date', WEEK_DETERMINERS.has(words[opening] ?? '') ? opening : i, at + 1);
    return { event, actors: named.map((span) => span.id), spans: named };
  }
  return null;
}
const WEEK_DETERMINERS = new Set(['the', 'these', 'those', 'that']);

/**
 * "Two days after the Geneva talks", "the Wednesday after…", « la semaine avant le deuxième appel »: how far
 * from the event named after "after" or "before" the days asked lie. A date there instead ("the day after
 * 2 February") is read as a date (`beforeOrAfter`).
 */
export function distanceFromEvent(tokens: Tokens, date: DateQuery | null): Distance | null {
  const words = tokens.normal;
  const at = words.findIndex((word) => word === 'after' || word === 'before');
  // (nothing after it: "and the day before?" is the day last talked about, see `fromTheLastDay`)
  const next = words[at + 1] ?? '?';
  if (at < 1 || next === '?' || tokens.taken[at + 1] === 'date' || tokens.taken[at + 2] === 'date')
    return null;
  if (date?.precision === 'weekday' && tokens.taken[at - 1] === 'date')
    return { unit: 'weekday', weekday: date.weekday! };
  // ("how many days before the call…" asks how far, and says none)
  const unit = words[at - 2] === 'many' ? undefined : DISTANCE_UNITS.get(words[at - 1]!);
  // (a date after the event's name is the event's own: "the day before Macron's call on 3 February")
  const eventsOwn =
    date?.precision === 'day' && tokens.taken.some((taken, i) => taken === 'date' && i > at + 2);
  if (!unit || (date && !eventsOwn)) return null;
  const before = words[at - 2] ?? '';
  const count = /^\d+$/.test(before) ? Number(before) : (DAY_NUMBER_WORDS.get(before) ?? null);
  tokens.taken.fill('date', count === null ? at - 1 : at - 2, at);
  return { unit, count: count ?? 1 };
}
const DISTANCE_UNITS = new Map<string, 'day' | 'week'>([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
]);

/**
 * "What happened the day El País published the documents?", "the day of the Council", "the same day as the
 * Johnson call", « le jour où… » (glossed "day where"): the day of an event named after it.
 */
export function sameDayAs(tokens: Tokens): boolean {
  const words = tokens.normal;
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i] !== 'day' || tokens.taken[i]) continue;
    const next = words[i + 1]!;
    if (next === 'where' || (next === 'as' && words[i - 1] === 'same')) return true;
    // ("the day El País published…", "the same day El País published…")
    const the = words[i - 1] === 'the' || (words[i - 1] === 'same' && words[i - 2] === 'the');
    if (the && !SAME_DAY_STOPS.has(next) && tokens.taken[i + 1] !== 'date') return true;
  }
  return false;
}
/** Words after "the day" that make it another day, or no day of an event: "the day after", "the day itself". */
const SAME_DAY_STOPS = new Set(['after', 'before', '?', 'itself', 'and', 'or', 'in', 'on', 'to', 'when']);
