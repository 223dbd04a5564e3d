/**
 * Finds the date expressions in a question's words ("3 February", "the 2nd of Feb 2022", "31/01",
 * "Wednesday", "1997") and reads them into day ranges. Years left out are filled from the period the
 * articles cover, December 2021 to February 2022. wink-nlp's NER would find most of them too, but costs
 * as much as the rest of its pipeline together, and reads "may" and "march" as months.
 */
import { dayFromParts, formatDay, MONTH_NAMES, WEEKDAY_NAMES } from '../knowledge/dates.ts';
import { dateQuery, type DateQuery } from './query.ts';

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((name, index) => {
  const lower = name.toLowerCase();
  MONTHS.set(lower, index + 1);
  MONTHS.set(lower.slice(0, 3), index + 1);
});
MONTHS.set('sept', 9);
const WEEKDAYS = new Map<string, number>();
WEEKDAY_NAMES.forEach((name, index) => {
  WEEKDAYS.set(name.toLowerCase(), index);
  WEEKDAYS.set(name.toLowerCase().slice(0, 3), index);
});

/** The articles' period, used for dates given without a year and for weekdays. */
export const PERIOD = { start: dayFromParts(2021, 12, 1), end: dayFromParts(2022, 2, 28) };

/** Calendar words that are also everyday words or abbreviations: dates only beside a number or a preposition. */
const AMBIGUOUS = new Set([
  'may',
  'march',
  'mar',
  'jan',
  'jun',
  'jul',
  'aug',
  'dec',
  'sun',
  'sat',
  'wed',
  'mon',
]);
const DATE_PREPOSITIONS = new Set([
  'on',
  'in',
  'since',
  'until',
  'before',
  'after',
  'during',
  'by',
  'from',
  'of',
  'early',
  'late',
  'mid',
  'end',
]);
/** A day number ("3", "3rd"), a year, or a numeric date ("31/01", "12.01.2022"). */
const DATE_NUMBER = /^(?:\d{1,2}(?:st|nd|rd|th|er)?|\d{4}|\d{3}0s|\d{1,4}[/.]\d{1,2}(?:[/.]\d{2,4})?)$/;
/** Words that join the parts of one date: "the 3rd of February", "February the 3rd". */
const DATE_JOINERS = new Set(['of', 'the']);
/** Words that lead into a date and belong to it: "the end of 2021", "early February", "mid January". */
const DATE_LEAD_INS = new Set(['the', 'of', 'end', 'start', 'beginning', 'early', 'late', 'mid', 'middle']);

const isNamedDay = (word: string) => MONTHS.has(word) || WEEKDAYS.has(word);

export interface DateSpan {
  /** First and last word of the expression. */
  start: number;
  end: number;
  date: DateQuery;
}

/**
 * The date expressions among a question's words, in order: each a run of calendar words and numbers
 * (joined by "of" or "the") that reads as a date. A number alone is no date ("2 times"), unless it is an
 * ordinal ("the 31st") or a year; "may" and "march" are months only beside a number or after "in", "on"…
 */
export function findDateSpans(
  words: readonly string[],
  skip: (at: number) => boolean = () => false,
): DateSpan[] {
  const spans: DateSpan[] = [];
  const isPart = (at: number) => {
    const word = words[at];
    return word !== undefined && !skip(at) && (isNamedDay(word) || DATE_NUMBER.test(word));
  };
  for (let i = 0; i < words.length; i++) {
    if (!isPart(i)) continue;
    let end = i;
    for (;;) {
      if (isPart(end + 1)) end++;
      else if (DATE_JOINERS.has(words[end + 1] ?? '') && isPart(end + 2)) end += 2;
      else if (DATE_JOINERS.has(words[end + 1] ?? '') && words[end + 2] === 'the' && isPart(end + 3))
        end += 3;
      else break;
    }
    const parts = words.slice(i, end + 1);
    const alone = parts.length === 1 && AMBIGUOUS.has(parts[0]!);
    const date = alone && !DATE_PREPOSITIONS.has(words[i - 1] ?? '') ? null : interpretDate(parts.join(' '));
    if (date) {
      let start = i;
      while (start > 0 && DATE_LEAD_INS.has(words[start - 1]!) && !skip(start - 1)) start--;
      // "the first week of February"
      if (words[start - 1] === 'week' && WEEK_ORDINALS.has(words[start - 2] ?? '') && !skip(start - 2)) {
        start -= 2;
        if (words[start - 1] === 'the' && !skip(start - 1)) start--;
      }
      // "the week of 10 January", "la semaine du 10 janvier": Monday to Sunday around that day
      const weekOfDay = date.precision === 'day' && words[start - 1] === 'week' && !skip(start - 1);
      if (weekOfDay) {
        start--;
        if (words[start - 1] === 'the' && !skip(start - 1)) start--;
      }
      spans.push({ start, end, date: weekOfDay ? weekAround(date) : partOf(date, words.slice(start, i)) });
    }
    i = end;
  }
  return spans;
}

/** The Monday-to-Sunday week a day falls in. */
export function weekAround(day: DateQuery): DateQuery {
  const monday = day.start - ((new Date(day.start * 86_400_000).getUTCDay() + 6) % 7);
  return dateQuery(monday, monday + 6, 'month', `the week of ${day.label}`);
}

/**
 * "the end of 2021", "early February": the part of a year or month its lead-in words name — a year's
 * first or last month, a month's first, middle or last ten days.
 */
function partOf(date: DateQuery, leadIns: string[]): DateQuery {
  const week = leadIns.find((word) => WEEK_ORDINALS.has(word));
  if (week !== undefined && leadIns.includes('week') && date.precision === 'month') {
    const nth = WEEK_ORDINALS.get(week)!;
    const from = nth > 0 ? date.start + (nth - 1) * 7 : date.end - 6;
    const label = `${spoken(leadIns)} ${date.label}`;
    return dateQuery(from, Math.min(from + 6, date.end), 'month', label);
  }
  const part = leadIns.find((word) => PARTS.has(word));
  if (part === undefined || (date.precision !== 'year' && date.precision !== 'month')) return date;
  const which = PARTS.get(part)!;
  const first = new Date(date.start * 86_400_000);
  const [year, month] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
  const phrase = `${spoken(leadIns)} ${date.label}`;
  if (date.precision === 'year') {
    if (which === 'middle') return date;
    const m = which === 'start' ? 1 : 12;
    return dateQuery(dayFromParts(year, m, 1), dayFromParts(year, m + 1, 0), 'month', phrase);
  }
  const [from, to] = which === 'start' ? [1, 10] : which === 'middle' ? [11, 20] : [21, 0];
  const end = to === 0 ? date.end : dayFromParts(year, month, to);
  return dateQuery(dayFromParts(year, month, from), end, 'month', phrase);
}
/** The lead-in words as said back, without a "the" French glossing left before "early" (« au début de »). */
function spoken(leadIns: string[]): string {
  return leadIns.filter((word, i) => word !== 'the' || !PART_ADJECTIVES.has(leadIns[i + 1] ?? '')).join(' ');
}
const PART_ADJECTIVES = new Set(['early', 'mid', 'late']);

/** "the first / second / last week of February": which seven days of the month. */
const WEEK_ORDINALS = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['last', -1],
]);
const PARTS = new Map<string, 'start' | 'middle' | 'end'>([
  ['start', 'start'],
  ['beginning', 'start'],
  ['early', 'start'],
  ['mid', 'middle'],
  ['middle', 'middle'],
  ['end', 'end'],
  ['late', 'end'],
]);

function yearFor(month: number): number {
  return month === 12 ? 2021 : 2022;
}

function dayOf(token: string): number | null {
  const match = /^(\d{1,2})(?:st|nd|rd|th|er)?$/.exec(token);
  if (!match) return null;
  const day = Number(match[1]);
  return day >= 1 && day <= 31 ? day : null;
}

function validDay(year: number, month: number, day: number): number | null {
  const result = dayFromParts(year, month, day);
  return new Date(result * 86_400_000).getUTCDate() === day ? result : null;
}

function dayQuery(year: number, month: number, day: number): DateQuery | null {
  const at = validDay(year, month, day);
  return at === null ? null : dateQuery(at, at, 'day', formatDay(at));
}

const IGNORED_IN_DATES = new Set([...DATE_LEAD_INS, 'on', 'in', 'le']);

/** Interprets one date expression (already lower-case words); null when it names no usable date. */
export function interpretDate(expression: string): DateQuery | null {
  const words = expression
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !IGNORED_IN_DATES.has(word));

  const numeric = words.length === 1 ? /^(\d{1,4})[/.](\d{1,2})(?:[/.](\d{2,4}))?$/.exec(words[0]!) : null;
  if (numeric) {
    const [first, second, third] = [Number(numeric[1]), Number(numeric[2]), numeric[3]];
    if (numeric[1]!.length === 4) return third ? dayQuery(first, second, Number(third)) : null; // 2022/02/03
    // Day first, as the articles' readers write it; month first only when the day cannot be a month.
    const [day, month] = second > 12 && first <= 12 ? [second, first] : [first, second];
    if (month < 1 || month > 12) return null;
    const year = third ? (third.length === 2 ? 2000 + Number(third) : Number(third)) : yearFor(month);
    return dayQuery(year, month, day);
  }

  let month: number | undefined;
  let day: number | null = null;
  let year: number | undefined;
  let weekday: number | undefined;
  for (const word of words) {
    if (MONTHS.has(word) && month === undefined) month = MONTHS.get(word);
    else if (WEEKDAYS.has(word)) weekday = WEEKDAYS.get(word);
    else if (/^\d{4}$/.test(word)) year = Number(word);
    else if (dayOf(word) !== null && day === null) day = dayOf(word);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(word)) {
      const [y, m, d] = word.split('-').map(Number) as [number, number, number];
      return dayQuery(y, m, d);
    }
  }
  if (month !== undefined && day !== null) return dayQuery(year ?? yearFor(month), month, day);
  if (month !== undefined) {
    const y = year ?? yearFor(month);
    const start = dayFromParts(y, month, 1);
    const end = dayFromParts(y, month + 1, 0);
    return dateQuery(start, end, 'month', `${MONTH_NAMES[month - 1]} ${y}`);
  }
  // "the 1990s": a decade, which the facts mention by that name ("the war in Yugoslavia in the 1990s")
  const decade = words.length === 1 ? /^(\d{3}0)s$/.exec(words[0]!) : null;
  if (decade) {
    const first = Number(decade[1]);
    const [start, end] = [dayFromParts(first, 1, 1), dayFromParts(first + 9, 12, 31)];
    return dateQuery(start, end, 'year', `the ${words[0]}`, { bareYear: words[0] });
  }
  const ordinal = words.length === 1 && /^\d{1,2}(st|nd|rd|th)$/.test(words[0]!);
  if (day !== null && ordinal && year === undefined && weekday === undefined) {
    return dateQuery(PERIOD.start, PERIOD.end, 'monthday', `the ${words[0]}`, { monthDay: day });
  }
  if (weekday !== undefined) {
    return dateQuery(PERIOD.start, PERIOD.end, 'weekday', WEEKDAY_NAMES[weekday]!, { weekday });
  }
  if (year !== undefined && year >= 1900 && year <= 2100) {
    const label = String(year);
    return dateQuery(dayFromParts(year, 1, 1), dayFromParts(year, 12, 31), 'year', label, {
      bareYear: label,
    });
  }
  return null;
}
