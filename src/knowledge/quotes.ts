/**
 * Finds a curator's quote in its source. Matching is exact except for white space (the sources hold
 * no-break spaces a curator cannot see), and the span returned is the source's own text, so every
 * quote the bot shows is verbatim.
 */
export interface QuoteLocator {
  locate(quote: string): { start: number; end: number; text: string } | null;
}

export function quoteLocator(source: string): QuoteLocator {
  // The source with each run of white space as one space, and where each of its characters came from.
  let squashed = '';
  const origin: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      if (squashed.endsWith(' ')) continue;
      squashed += ' ';
    } else {
      squashed += ch;
    }
    origin.push(i);
  }
  return {
    locate(quote) {
      const needle = quote.replace(/\s+/g, ' ').trim();
      const at = squashed.indexOf(needle);
      if (needle.length === 0 || at < 0) return null;
      const start = origin[at]!;
      const end = origin[at + needle.length - 1]! + 1;
      return { start, end, text: source.slice(start, end) };
    },
  };
}
