/**
 * What the asker sets aside: "apart from Geneva, where were talks held?", "who did Putin talk to besides
 * Macron?", "other than sanctions, what did Stoltenberg warn of?", « à part Genève, où… ? ». Its words are
 * no part of what is asked; the answer is anything but what they name — an actor, a kind of event, a thing.
 */
import type { FactType } from '../knowledge/schema.ts';
import { eventOfWord } from './events.ts';
import type { ActorSpan } from './find-actors.ts';
import { SET_ASIDE_LEADS, TYPES_BY_CONCEPT } from './lexicon.ts';
import { DETERMINERS, type Tokens, WH_WORDS } from './tokens.ts';
import { carriesMeaning } from './wink.ts';

export interface SetAside {
  /** The actors named: no fact that fully involves one answers. */
  actors: string[];
  /** Of those, the places and bodies ("other than the Council"): no fact set there, or about them, answers. */
  settings: string[];
  /** Kinds of event named ("apart from the calls"): no fact of these types answers. */
  types: FactType[];
  /** The stems of the things named ("sanctions"), where no actor or event is: no fact holding one answers. */
  stems: string[];
}

const LEAD_WORDS = new Set(SET_ASIDE_LEADS.map((phrase) => phrase[0]!));

/** Where the words set aside may run on: names, their determiners and nouns, joined by "and". */
const RUNS_ON = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PART']);

/**
 * Finds a lead-in ("apart from", "besides", "except"…) and the words after it, up to the question's own words
 * (a question word, a verb, a date); claims those words, so that no later step reads them as asked.
 */
export function setAside(
  tokens: Tokens,
  actorSpans: readonly ActorSpan[],
  stem: (word: string) => string,
  isSetting: (id: string) => boolean,
): { aside: SetAside; spans: ActorSpan[] } | null {
  const words = tokens.normal;
  for (let at = 0; at < words.length; at++) {
    if (!LEAD_WORDS.has(words[at]!)) continue; // (most questions set nothing aside)
    const lead = SET_ASIDE_LEADS.find((phrase) => phrase.every((word, k) => words[at + k] === word));
    if (!lead) continue;
    const from = at + lead.length;
    let to = from;
    while (to < words.length && runsOn(tokens, to)) to++;
    if (to === from) return null;
    const spans = actorSpans.filter((span) => span.start >= from && span.start < to);
    const actors = spans.map((span) => span.id);
    const aside: SetAside = { actors, settings: actors.filter(isSetting), types: [], stems: [] };
    // ("apart from the Geneva talks": the place says which talks; the event alone would set aside them all)
    if (spans.length === 0) readWords(tokens, from, to, stem, aside);
    for (let i = at; i < to; i++) if (tokens.taken[i] !== 'actor') tokens.taken[i] = 'aside';
    return { aside, spans };
  }
  return null;
}

/** The kinds of event and the things the words set aside name, when they name no actor. */
function readWords(
  tokens: Tokens,
  from: number,
  to: number,
  stem: (word: string) => string,
  aside: SetAside,
): void {
  for (let i = from; i < to; i++) {
    const word = tokens.normal[i]!;
    if (DETERMINERS.has(word)) continue;
    const event = eventOfWord(word, tokens.lemma[i]!);
    const types = event === undefined ? [] : (TYPES_BY_CONCEPT.get(event) ?? []);
    for (const type of types) if (!aside.types.includes(type)) aside.types.push(type);
    if (event === undefined && carriesMeaning(tokens.stop[i]!, tokens.pos[i]!, tokens.lemma[i]!))
      aside.stems.push(stem(word));
  }
}

function runsOn(tokens: Tokens, at: number): boolean {
  if (tokens.taken[at] === 'actor') return true;
  if (tokens.taken[at]) return false;
  // (the model tags "calls" in "apart from the phone calls, what…" a verb: a noun that ends the words set aside)
  const next = tokens.normal[at + 1] ?? '?';
  // ("did anyone besides Macron call Putin?": an event word between two names, or a name and "the", is the
  // question's verb, whatever the model tags it)
  const verbBetween =
    tokens.taken[at - 1] === 'actor' &&
    (tokens.taken[at + 1] === 'actor' || DETERMINERS.has(next)) &&
    eventOfWord(tokens.normal[at]!, tokens.lemma[at]!) !== undefined;
  if (verbBetween) return false;
  return RUNS_ON.has(tokens.pos[at]!) || (tokens.pos[at] === 'VERB' && (WH_WORDS.has(next) || next === '?'));
}
