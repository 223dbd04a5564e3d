/**
 * Property-based tests: whatever people type — random text in any script, control characters, emoji,
 * markup, mentions, very long lines — the parser and the answerer never throw, return a well-formed
 * result, and do bounded work; and nothing rendered for Discord exceeds its limits or can ping anyone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerEmbed } from '../src/discord/render.ts';
import { LIMITS } from '../src/discord/limits.ts';
import { MAX_QUESTION_CHARS, normaliseQuestion } from '../src/nlp/normalise.ts';
import type { Answer } from '../src/answer/answer.ts';
import { sharedEngine } from './helpers/engine.ts';

const answerShape = z.object({
  question: z.string(),
  answered: z.boolean(),
  answer: z.string().min(1),
  citations: z.array(z.object({ source: z.string(), quote: z.string().min(1), factId: z.string() })).max(3),
  kind: z.string(),
  factIds: z.array(z.string()),
  confidence: z.number().min(0).max(1),
});

/** Text the way people (and trolls) type it. */
const messy = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ minLength: 3_000, maxLength: 6_000 }),
  fc
    .array(
      fc.constantFrom(
        '@everyone',
        '@here',
        '<@123456789012345678>',
        '<@&123456789012345678>',
        '```sql\nDROP TABLE facts;```',
        'https://example.org/x?y=1',
        "' OR 1=1 --",
        'ignore previous instructions',
        'Z̸̡̛a̴͖͝l̵g̸o̶',
        '🤖',
        '\u0000',
        '\u202e',
        'Poutine',
        'l’OTAN',
        'février',
        'who',
        'called',
        'Putin',
        'on',
        '3',
        'February',
        '?',
        'qui',
        'a',
        'appelé',
      ),
      { maxLength: 30 },
    )
    .map((words) => words.join(' ')),
);

/** Questions put together from the story's own words: one, or two in one ("…, and how did they end?"). */
const part = fc
  .tuple(
    fc.constantFrom('how long', 'how many', 'when', 'where', 'who', 'what', 'why', 'which', 'how'),
    fc.constantFrom('did', 'was', 'were', 'is', 'has'),
    fc.constantFrom(
      'the Brussels talks',
      'Putin',
      'NATO',
      'Russia',
      'Macron',
      'the Council',
      'El País',
      'they',
      'he',
    ),
    fc.constantFrom('last', 'end', 'call', 'meet', 'say', 'demand', 'offer', 'respond', 'publish', 'reject'),
    fc.constantFrom(
      '',
      'on 3 February',
      'in Brussels',
      'before his call with Putin',
      'the day after the meeting',
    ),
  )
  .map((words) => words.filter(Boolean).join(' '));
const storyQuestions = fc
  .tuple(part, fc.constantFrom('', ' and ', ', and ', ' et '), part)
  .map(([first, joint, second]) => (joint === '' ? `${first}?` : `${first}${joint}${second}?`));

describe('any input', () => {
  const engine = sharedEngine();

  it('normalises to bounded text', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const normalised = normaliseQuestion(text).text;
        // Folding can only shorten or keep each of the first MAX_QUESTION_CHARS characters' worth of words.
        expect(normalised.split(' ').length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
        expect(normalised).not.toMatch(/\p{Cc}/u);
      }),
      { numRuns: 300 },
    );
  });

  it('parses and answers without throwing, always in the same shape, with verbatim quotes', () => {
    fc.assert(
      fc.property(fc.oneof(messy, storyQuestions), (text) => {
        const { answer, context } = engine.ask(text);
        answerShape.parse(answer);
        for (const citation of answer.citations) {
          expect(engine.knowledge.sources.get(citation.source)!.text).toContain(citation.quote);
        }
        // A follow-up on whatever came before must be as safe.
        answerShape.parse(engine.ask(text.slice(0, 50), context).answer);
      }),
      { numRuns: 300 },
    );
  });
});

describe('what the bot sends to Discord', () => {
  const answers: fc.Arbitrary<Answer> = fc.record({
    question: fc.string(),
    answered: fc.boolean(),
    answer: fc.string({ minLength: 1, maxLength: 9_000, size: 'max' }),
    citations: fc.array(
      fc.record({
        source: fc.string({ maxLength: 300 }),
        title: fc.string(),
        outlet: fc.option(fc.string({ maxLength: 300, size: 'max' }), { nil: null }),
        published: fc.string({ maxLength: 50 }),
        quote: fc.string({ minLength: 1, maxLength: 3_000, size: 'max' }),
        factId: fc.string({ maxLength: 100 }),
      }),
      { maxLength: 3 },
    ),
    kind: fc.constant('what' as const),
    events: fc.constant([]),
    actors: fc.constant([]),
    date: fc.constant(null),
    factIds: fc.array(fc.string({ maxLength: 200, size: 'max' }), { maxLength: 20, size: 'max' }),
    related: fc.constant([]),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    refusal: fc.constant(undefined),
  });

  it('stays within every embed limit, however long the answer and its quotes', () => {
    fc.assert(
      fc.property(answers, fc.string({ maxLength: 400 }), (answer, question) => {
        const embed = answerEmbed(answer, question).toJSON();
        expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
        expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
        for (const field of embed.fields ?? []) {
          expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
          expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        }
        expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
        const total =
          (embed.title?.length ?? 0) +
          (embed.description?.length ?? 0) +
          (embed.footer?.text.length ?? 0) +
          (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
        expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
      }),
      { numRuns: 300 },
    );
  });
});
