/**
 * Reads the date expressions wink-nlp finds (its DATE entities, plus "31/01" and "2nd of February",
 * which it tags otherwise) into day ranges. Years left out are filled from the period the articles
 * cover, December 2021 to February 2022.
 */
import { dayFromParts, formatDay, MONTH_NAMES, WEEKDAY_NAMES } from '../knowledge/dates.ts';
import type { DateQuery } from './query.ts';

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

/** A month or weekday name, or a number: the only words a date can start from. */
export function isCalendarWord(word: string): boolean {
  return MONTHS.has(word) || WEEKDAYS.has(word) || /^\d/.test(word);
}

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
  return at === null ? null : { start: at, end: at, precision: 'day', label: formatDay(at) };
}

/** Interprets one date expression (already lower-case words); null when it names no usable date. */
export function interpretDate(expression: string): DateQuery | null {
  const words = expression
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !['the', 'of', 'on', 'in', 'le', 'early', 'late', 'mid'].includes(word));

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
    return { start, end, precision: 'month', label: `${MONTH_NAMES[month - 1]} ${y}` };
  }
  const ordinal = words.length === 1 && /^\d{1,2}(st|nd|rd|th)$/.test(words[0]!);
  if (day !== null && ordinal && year === undefined && weekday === undefined) {
    return { ...PERIOD, precision: 'monthday', monthDay: day, label: `the ${words[0]}` };
  }
  if (weekday !== undefined) {
    return { ...PERIOD, precision: 'weekday', weekday, label: WEEKDAY_NAMES[weekday]! };
  }
  if (year !== undefined && year >= 1900 && year <= 2100) {
    return {
      start: dayFromParts(year, 1, 1),
      end: dayFromParts(year, 12, 31),
      precision: 'year',
      label: String(year),
      bareYear: String(year),
    };
  }
  return null;
}
