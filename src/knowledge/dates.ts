/** Calendar arithmetic on day numbers, and the English labels answers show for dates. */
import type { DateSpec } from './schema.ts';
import type { DateRange, Precision } from './model.ts';

const MS_PER_DAY = 86_400_000;
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(`${isoDay}T00:00:00Z`) / MS_PER_DAY);
}

export function dayFromParts(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function weekdayOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

/** "2 February 2022" */
export function formatDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function formatMonth(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function resolveDate(spec: DateSpec): DateRange {
  const range = (start: number, end: number, precision: Precision, label: string, custom: boolean) => ({
    // one object shape for every fact's date, whatever the spec gives (see checkFact)
    start,
    end,
    precision,
    basis: spec.basis,
    text: spec.text,
    note: spec.note || undefined,
    label,
    custom: custom || undefined,
    ongoing: spec.ongoing || undefined,
  });
  if ('on' in spec) {
    const day = dayNumber(spec.on);
    const label =
      spec.shown ??
      (spec.basis === 'identified' ? `${WEEKDAY_NAMES[weekdayOf(day)]} ${formatDay(day)}` : formatDay(day));
    return range(day, day, 'day', label, false);
  }
  const start = dayNumber(spec.from);
  const end = dayNumber(spec.to);
  if (spec.shown) return range(start, end, spec.precision, spec.shown, true);
  const label =
    spec.precision === 'month'
      ? formatMonth(start)
      : spec.precision === 'year'
        ? String(new Date(start * MS_PER_DAY).getUTCFullYear())
        : `${formatDay(start)} – ${formatDay(end)}`;
  return range(start, end, spec.precision, label, false);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The date asked about takes in the fact's: overlapping it, or lying inside it when it asks for that. */
export function fitsDateAsked(
  date: { start: number; end: number },
  asked: { start: number; end: number; within?: boolean | undefined },
): boolean {
  return asked.within ? date.start >= asked.start && date.end <= asked.end : overlaps(date, asked);
}
