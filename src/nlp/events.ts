/**
 * The events a question names: event words and phrasal verbs mapped to the lexicon's concepts, the light
 * verbs that carry an event noun, and which mention is the question's own.
 */
import {
  COMPARED_TO,
  DOCUMENT_WORDS,
  EVENT_BY_WORD,
  HAPPEN_WORDS,
  PHRASAL_EVENTS,
  SEPARABLE_VERBS,
  type QuestionKind,
} from './lexicon.ts';
import { CLAUSE_VERBS } from './roles.ts';
import { asksWhatDid, BE_FORMS, DETERMINERS, DO_FORMS, PRONOUNS, type Tokens, WH_WORDS } from './tokens.ts';

const ANSWERS = new Set(['yes', 'no']);
const ANSWER_ENDS = new Set(['to', '?', 'and', 'or', 'but']);

export interface EventMention {
  event: string;
  at: number;
  /** The particle of a phrasal verb ("down" of "turn down"), which with the verb says the event; else null. */
  particle: string | null;
}

/** Phrasal verbs by their verb; a one-word particle of a separable verb may stand after the object ("pull troops out"). */
const PHRASALS_BY_VERB = new Map<string, { particle: string[]; separable: boolean; concept: string }[]>();
for (const [verb, particle, concept] of PHRASAL_EVENTS) {
  const words = particle.split(' ');
  const entry = { particle: words, separable: SEPARABLE_VERBS.has(verb) && words.length === 1, concept };
  PHRASALS_BY_VERB.set(verb, [...(PHRASALS_BY_VERB.get(verb) ?? []), entry]);
}

/**
 * The event concept a word names, by its lemma or as written; when the model could not lemmatise it (it tags
 * "accusing" in "start accusing" an adjective), by the base its regular ending leaves.
 */
export function eventOfWord(word: string, lemma: string): string | undefined {
  const event = EVENT_BY_WORD.get(lemma) ?? EVENT_BY_WORD.get(word);
  if (event !== undefined || lemma !== word) return event;
  const ending = /(ing|ed)$/.exec(word);
  if (!ending) return undefined;
  const stem = word.slice(0, -ending[0].length);
  return EVENT_BY_WORD.get(stem) ?? EVENT_BY_WORD.get(`${stem}e`);
}

/**
 * "Has Moscow admitted planning an invasion?", "did Russia admit it wanted…", "admit that…", « a-t-il reconnu
 * préparer… » (glossed "admit prepare"): admitting what was said or done, a clause or a verb after it.
 */
function admitsToSomething(tokens: Tokens, at: number): boolean {
  const next = tokens.normal[at + 1];
  return (
    next === undefined ||
    next === '?' ||
    next === 'that' ||
    next === 'to' ||
    PRONOUNS.has(next) ||
    tokens.pos[at + 1] === 'VERB' ||
    next.endsWith('ing')
  );
}

/** Verbs of making another act: "want to bring NATO back", "want to push NATO out". */
const CAUSING = new Set(['bring', 'push', 'force', 'make', 'get']);
const PARTICLES = new Set(['back', 'out', 'away']);
/** An actor right after a verb, or after its particle: "bring NATO back", « ramener l'OTAN » ("bring back otan"). */
const actorAfter = (tokens: Tokens, at: number) =>
  tokens.taken[at + 1] === 'actor' ||
  (PARTICLES.has(tokens.normal[at + 1]!) && tokens.taken[at + 2] === 'actor');

/** What a token claimed as leaves to no event (a kind word or an anchor's may still name one). */
const CLAIMED_AWAY = new Set<Tokens['taken'][number]>(['actor', 'date', 'event', 'aside']);

/** Event concepts named by the free words, phrasal verbs first ("call on" is a demand). */
export function findEvents(tokens: Tokens, settingAt: (at: number) => boolean = () => false): EventMention[] {
  const mentions: EventMention[] = [];
  tokens.lemma.forEach((lemma, i) => {
    if (CLAIMED_AWAY.has(tokens.taken[i]!)) return;
    const word = tokens.normal[i]!;
    if (isManner(tokens, i) || isMeans(tokens, i)) return;
    if (namesAThing(tokens, i)) return;
    // "what did the Kremlin do about the leaked documents?": a participle between a determiner and its noun
    // says which documents, not what was done
    if (describesItsNoun(tokens, i) || describesTheOneAsked(tokens, i)) return;
    // "what are the Minsk agreements meant to do": a purpose asked about, neither saying nor a topic
    if (PURPOSE_VERBS.has(lemma) && tokens.normal[i + 1] === 'to') return void (tokens.taken[i] = 'event');
    if (refusesToSpeak(tokens, i)) return;
    // "the Geneva talks compared with Brussels": two things side by side (two-events.ts), no one comparing
    if (word === 'compared' && COMPARED_TO.has(tokens.normal[i + 1] ?? '')) return;
    // "Has Moscow admitted planning an invasion?": admitting something said or done (not "which countries did
    // NATO admit?", letting members in, which stays a word of the question)
    if (lemma === 'admit' && admitsToSomething(tokens, i)) {
      tokens.taken[i] = 'event';
      mentions.push({ event: 'admit', at: i, particle: null });
      return;
    }
    // "Is Georgia mentioned?", "why is Georgia mentioned?": whether the articles mention it, no one's words
    const opener = tokens.normal[0] === 'why' ? tokens.normal[1] : tokens.normal[0];
    // (« la Roumanie est-elle mentionnée ? », glossed "romania is she mentioned")
    const inverted = BE_FORMS.has(tokens.normal[i - 2] ?? '') && PRONOUNS.has(tokens.normal[i - 1] ?? '');
    if (word === 'mentioned' && (BE_FORMS.has(opener ?? '') || inverted)) return;
    // ("which meetings are mentioned?": the same, of the events asked for; "which dictator is mentioned?" is
    // what the articles say of him)
    if (word === 'mentioned' && BE_FORMS.has(tokens.normal[i - 1] ?? '') && namesOtherEvent(tokens, i))
      return;
    // "what must Russia do?", "que doit faire la Russie ?": what is asked of someone is a demand made of it,
    // read at the modal so that whoever stands after it receives the demand
    const modal = demandingModal(tokens, i);
    if (modal >= 0) {
      tokens.taken[modal] = 'event';
      mentions.push({ event: 'demand', at: modal, particle: null });
      return;
    }
    // "does NATO want to withdraw?" asks about withdrawing; "does Russia want NATO to withdraw?" is a demand
    const wanted = verbAfter(tokens, i);
    const infinitive = isInfinitive(tokens, wanted);
    // ("does Russia want to see NATO troops leave?", « voir partir les troupes », "want to bring NATO back to
    // 1997": wanting another to do it, a demand)
    const wantsToSee =
      infinitive &&
      (tokens.lemma[wanted] === 'see' || (CAUSING.has(tokens.lemma[wanted]!) && actorAfter(tokens, wanted)));
    if (WANT_VERBS.has(lemma) && infinitive && !wantsToSee) return;
    if (wantsToSee) tokens.taken[wanted] = 'event';
    // "is NATO going to expand?": "going to" before a verb is the future, no trip
    if (lemma === 'go' && tokens.normal[i + 1] === 'to' && tokens.pos[i + 2] === 'VERB') return;
    // a particle beside its verb first: "put out on 3 February" is putting out, not putting on
    const phrasals = PHRASALS_BY_VERB.get(lemma);
    const phrasal =
      phrasals?.find(({ particle }) => particle.every((w, k) => tokens.normal[i + 1 + k] === w)) ??
      phrasals?.find(
        ({ particle, separable }) => separable && tokens.normal.slice(i + 2, i + 5).includes(particle[0]!),
      );
    // "call on 3 February", "call on the 3rd" (not "talk about on 3 February": its particle stands before the date's)
    // (not a noun: "took place the day after…" is happening)
    const datedParticle =
      (tokens.pos[i + 1] !== 'NOUN' &&
        (tokens.taken[i + 2] === 'date' ||
          (tokens.taken[i + 3] === 'date' && DETERMINERS.has(tokens.normal[i + 2]!)))) ||
      // "where did the talks go after Brussels?": after a place, in time (not "go after Ukraine", attacking it)
      (phrasal?.particle[0] === 'after' && settingAt(DETERMINERS.has(tokens.normal[i + 2]!) ? i + 3 : i + 2));
    // "say no to the offer" answers it; "say no other partner had them" is saying something
    const qualifying =
      phrasal?.particle.length === 1 &&
      ANSWERS.has(phrasal.particle[0]!) &&
      !ANSWER_ENDS.has(tokens.normal[i + 2] ?? '?');
    let event: string | undefined;
    const byParticle = phrasal !== undefined && !datedParticle && !qualifying;
    if (byParticle) {
      event = phrasal.concept;
      const adjacent = phrasal.particle.every((w, k) => tokens.normal[i + 1 + k] === w);
      const at = adjacent ? i + 1 : tokens.normal.indexOf(phrasal.particle[0]!, i + 2);
      for (let k = 0; k < phrasal.particle.length; k++) tokens.taken[at + k] = 'event';
    } else if (lemma === 'call' && namesSomething(tokens, i))
      event = 'say'; // "called the meeting a success"
    else if (HAPPEN_WORDS.has(lemma) || HAPPEN_WORDS.has(word)) event = 'happen';
    else event = eventOfWord(word, lemma);
    if (event) {
      tokens.taken[i] = 'event';
      mentions.push({ event, at: i, particle: byParticle ? phrasal.particle.join(' ') : null });
    }
  });
  return mentions;
}

/** Some word of the question other than the one at `at` names an event. */
function namesOtherEvent(tokens: Tokens, at: number): boolean {
  return tokens.normal.some((word, k) => k !== at && eventOfWord(word, tokens.lemma[k]!) !== undefined);
}

/** "did not agree", "never accepted": an agreement or acceptance negated. */
function refusedAgreement(main: EventMention, tokens: Tokens): boolean {
  return (main.event === 'agree' || main.event === 'accept') && negated(tokens.normal, main.at);
}

/** "won't discuss", "cannot discuss", "did not commit": the word at `at` negated within the four before it. */
export function negated(words: readonly string[], at: number, pos?: readonly string[]): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    if (NEGATIONS.has(words[i]!)) return true;
    // ("did not commit to withdrawing": the negation is the first verb's)
    if (pos?.[i] === 'VERB') break;
  }
  // (French puts it after: « n'accepteront jamais », glossed "accept never")
  return NEGATIONS.has(words[at + 1] ?? '');
}
// ("Russia neither accepted nor rejected the offer": neither verb is done)
const NEGATIONS = new Set(['not', 'never', 'cannot', 'neither', 'nor']);

/**
 * How a negated verb is written among a fact's stems and a question's topics: "not:discuss", by its event
 * concept where it names one ("not ready to respond" meets "what has NATO not answered?").
 */
export function negatedVerb(word: string, lemma: string, stem: (word: string) => string): string {
  return `${NEGATED}${eventOfWord(word, lemma) ?? stem(lemma)}`;
}
const NEGATED = 'not:';

export function isNegatedVerb(topic: string): boolean {
  return topic.startsWith(NEGATED);
}

const WANT_VERBS = new Set(['want', 'wish', 'seek']); // "does Russia seek to…?" asks about what it would do

const isInfinitive = (tokens: Tokens, at: number) =>
  tokens.pos[at] === 'VERB' && tokens.lemma[at] === tokens.normal[at];

/** A verb's infinitive after this one: "want to withdraw", « cherchait-elle à semer » ("seek she to sow"). */
const verbFollows = (tokens: Tokens, at: number) => isInfinitive(tokens, verbAfter(tokens, at));

/**
 * "Russia seeks to reconstitute…", as the facts word Borrell's charge: seeking to do something is no event of
 * its own, but a word the facts share.
 */
export const seeksTo = (tokens: Tokens, at: number) => tokens.lemma[at] === 'seek' && verbFollows(tokens, at);

/** Where "must" or "should" stands before a "do" a few words on ("what should NATO do"); -1 if nowhere. */
function demandingModal(tokens: Tokens, at: number): number {
  if (tokens.lemma[at] !== 'do') return -1;
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) if (DEMANDING_MODALS.has(tokens.normal[i]!)) return i;
  return -1;
}
const DEMANDING_MODALS = new Set(['must', 'should']);

/** "be meant / supposed / intended / designed to": what a thing is for. */
const PURPOSE_VERBS = new Set(['mean', 'suppose', 'intend', 'design']);

/** "who declined to comment": the comment is the event, and declining it is what is asked about (a topic). */
export function refusesToSpeak(tokens: Tokens, at: number): boolean {
  return (
    REFUSE_VERBS.has(tokens.lemma[at]!) &&
    EVENT_BY_WORD.get(tokens.lemma[verbAfter(tokens, at)] ?? '') === 'say'
  );
}

/**
 * Where the verb a verb governs stands: after "to" ("want to withdraw"), after a French inversion's pronoun
 * ("veut-elle envahir", glossed "want she invade"), else next (French has no "to": "refusé de commenter").
 */
function verbAfter(tokens: Tokens, at: number): number {
  const next = tokens.normal[at + 1] ?? '';
  // (« cherchait-elle à semer », glossed "seek she to sow": the inverted pronoun, then "to")
  if (PRONOUNS.has(next) && tokens.normal[at + 2] === 'to') return at + 3;
  return next === 'to' || PRONOUNS.has(next) ? at + 2 : at + 1;
}

const REFUSE_VERBS = new Set(['decline', 'refuse']);

/** Verbs that only carry the event noun after them: "reach an agreement", "hold talks", "issue a warning". */
const LIGHT_VERBS = new Set([
  'reach',
  'make',
  'hold',
  'have',
  'give',
  'issue',
  'take',
  'strike',
  'come',
  'conclude',
]);

/** "What words did Johnson use?": words used are words said (but using force or the Council is no light verb). */
const WORDS_USED = new Set(['word', 'phrase', 'term', 'expression']);

/**
 * A light verb beside an event noun is part of that event, not a topic of its own: "reach an agreement",
 * "what proposals did the US make". Returns, per noun, where its verb stands: roles are read from there.
 */
export function claimLightVerbs(mentions: EventMention[], tokens: Tokens): Map<number, number> {
  const verbOf = new Map<number, number>();
  for (const mention of mentions) {
    const near = [
      mention.at - 1,
      mention.at - 2,
      mention.at - 3,
      ...[1, 2, 3, 4, 5].map((k) => mention.at + k),
    ];
    for (const i of near) {
      const lemma = tokens.lemma[i] ?? '';
      const light = LIGHT_VERBS.has(lemma) || (lemma === 'use' && WORDS_USED.has(tokens.lemma[mention.at]!));
      if (i < 0 || tokens.taken[i] || !light) continue;
      tokens.taken[i] = 'event';
      // "how many troops does NATO have?": a closing "have" is the verb, though tagged an auxiliary
      const closingHave =
        i > mention.at && tokens.lemma[i] === 'have' && (tokens.normal[i + 1] ?? '?') === '?';
      if ((tokens.pos[i] === 'VERB' || closingHave) && !verbOf.has(mention.at)) verbOf.set(mention.at, i);
    }
  }
  return verbOf;
}

/**
 * "When will Russia withdraw?" — but not "what does the West fear Russia will do?", a future reported, nor
 * "what won't NATO discuss?", a refusal.
 */
export function asksTheFuture(tokens: Tokens, main: EventMention | undefined, kind: QuestionKind): boolean {
  // ("what won't the allies ever guarantee?", glossed French after its verb: « ne garantiront jamais », "will
  // guarantee never")
  const refusal = (i: number) =>
    (kind === 'what' || kind === 'who') &&
    (NEGATIONS.has(tokens.normal[i + 1] ?? '') || tokens.normal[i + 2] === 'never');
  const at = tokens.normal.findIndex(
    (word, i) =>
      (word === 'will' && !refusal(i)) ||
      word === 'shall' ||
      word === 'gonna' ||
      (word === 'going' && tokens.normal[i + 1] === 'to'),
  );
  // "when is the next NATO–Russia Council?": the next one, after the articles; "is Johnson still prime
  // minister?": today, after them too (not "is Russia still massing troops?", which they report)
  if (at < 0)
    return (
      (tokens.normal[0] === 'when' && BE_PRESENT.has(tokens.normal[1]!) && tokens.normal.includes('next')) ||
      (BE_PRESENT.has(tokens.normal[0]!) && main === undefined && tokens.normal.includes('still'))
    );
  const reported = main !== undefined && REPORTING_VERBS.has(tokens.lemma[main.at]!) && at > main.at;
  return !reported;
}
/** Verbs whose clause may report a future: "did Russia admit it was going to invade?" */
const REPORTING_VERBS = new Set([...CLAUSE_VERBS, 'admit', 'deny', 'confirm', 'announce', 'promise', 'warn']);
const BE_PRESENT = new Set(['is', 'are']);

const THINGS_NAMED_AFTER_EVENTS = new Set([
  'number',
  'numbers',
  'room',
  'line',
  'bill',
  'app',
  'log',
  'records',
]);

/** A participle between a determiner and its noun, in a question whose own verb is "do" ("what did X do…"). */
function describesItsNoun(tokens: Tokens, at: number): boolean {
  return (
    tokens.normal[at]!.endsWith('ed') &&
    DETERMINERS.has(tokens.normal[at - 1] ?? '') &&
    tokens.pos[at + 1] === 'NOUN' &&
    asksWhatDid(tokens.normal)
  );
}

/**
 * "Who was the Russian deputy foreign minister sent to Brussels?", « qui était le vice-ministre envoyé à
 * Bruxelles ? »: a participle right after the one a who-is question names says which one, no event asked
 * about (not "who was Putin called by (on 2 February)?", which leaves its doer to find).
 */
function describesTheOneAsked(tokens: Tokens, at: number): boolean {
  const { normal } = tokens;
  return (
    normal[0] === 'who' &&
    BE_FORMS.has(normal[1] ?? '') &&
    tokens.taken[at - 1] === 'actor' &&
    tokens.taken.slice(2, at).every((taken, k) => taken === 'actor' || DETERMINERS.has(normal[2 + k]!)) &&
    tokens.pos[at] === 'VERB' &&
    !normal[at]!.endsWith('ing') &&
    !STRANDED.has(normal[normal.length - 2] ?? '') &&
    !normal.includes('by', at)
  );
}
const STRANDED = new Set(['by', 'to', 'with', 'for', 'from', 'at', 'on', 'about']);

/** "Putin's phone number", "the meeting room": a thing named after the event, not the event (a topic). */
export function namesAThing(tokens: Tokens, at: number): boolean {
  return tokens.pos[at + 1] === 'NOUN' && THINGS_NAMED_AFTER_EVENTS.has(tokens.normal[at + 1]!);
}

/**
 * "Did NATO rule out…", "what did the EU foreign policy chief say…": right after "did" and its subject comes the
 * verb, whatever wink tags it. Not one that takes another verb ("did the US offer to withdraw troops?" asks
 * about a withdrawal, as before).
 */
function afterInvertedSubject(tokens: Tokens, at: number): boolean {
  const { normal } = tokens;
  const doAt = DO_FORMS.has(normal[0] ?? '')
    ? 0
    : WH_WORDS.has(normal[0] ?? '') && DO_FORMS.has(normal[1] ?? '')
      ? 1
      : -1;
  if (doAt < 0 || at < doAt + 2) return false;
  if (normal[at + 1] === 'to' && tokens.pos[at + 2] === 'VERB') return false;
  for (let i = doAt + 1; i < at; i++)
    if (tokens.taken[i] !== 'actor' && !DETERMINERS.has(tokens.normal[i]!)) return false;
  return true;
}

/** "demand in writing": a gerund after "in" says how it was done, not what was done. */
export function isManner(tokens: Tokens, at: number): boolean {
  return tokens.normal[at]!.endsWith('ing') && tokens.normal[at - 1] === 'in';
}

/**
 * "discussed on the phone", "by telephone": the means, neither the event asked about nor a topic. But
 * "who was on the phone with Putin": with only "be" or "get" before it, being on the phone is the call; so is
 * having someone on it ("Macron had Putin on the phone", « a eu Poutine au téléphone »).
 */
export function isMeans(tokens: Tokens, at: number): boolean {
  const word = tokens.normal[at]!;
  const article = tokens.normal[at - 1] === 'the' ? 1 : 0;
  const before = tokens.normal[at - 1 - article];
  let verbAt = at - 2 - article;
  const someone = tokens.taken[verbAt] === 'actor';
  while (tokens.taken[verbAt] === 'actor') verbAt--;
  const verb = tokens.lemma[verbAt];
  return (
    (word === 'phone' || word === 'telephone') &&
    (before === 'on' || before === 'by') &&
    !(someone && (verb === 'have' || verb === 'get')) &&
    !(before === 'on' && (verb === 'be' || verb === 'get'))
  );
}

/** "call X a Y", "what did Sherman call the meeting?": naming, not phoning. */
function namesSomething(tokens: Tokens, at: number): boolean {
  // ("what did London say about the call?", "that call": the noun, a phone call)
  const before = tokens.normal[at - 1] ?? '';
  // ("a phone call 1st february", « un appel téléphonique le 1er février » glossed: the noun too)
  if (DETERMINERS.has(before) || before === 'this' || before === 'that' || before === 'phone') return false;
  // ("the Johnson call", "the Macron Putin call": a name between, the noun still)
  let named = at - 1;
  while (named >= 0 && tokens.taken[named] === 'actor') named--;
  if (named < at - 1 && DETERMINERS.has(tokens.normal[named] ?? '')) return false;
  // "did the Johnson call lead to a deal?": a verb after it makes it the subject, a noun
  if (tokens.pos[at + 1] === 'VERB') return false;
  // "what did Johnson call Putin's demands?": "what" is the name given; one calls someone about something
  // ("what exactly did Sherman call the meeting?": an adverb may stand between)
  // (the question's own verb: not "what did Putin say before Johnson's call with him?")
  const whatDid =
    tokens.normal[0] === 'what' &&
    tokens.normal.slice(1, 3).some((word) => DO_FORMS.has(word)) &&
    !tokens.pos.slice(2, at).includes('VERB');
  if (whatDid && !tokens.normal.slice(at + 1).some((word) => CALLED_ABOUT.has(word))) return true;
  // "called the meeting a success" (not "did the call end in a deal?": the article is a preposition's)
  const after = tokens.normal.slice(at + 1, at + 6);
  const article = after.findIndex((word) => word === 'a' || word === 'an');
  if (article >= 0 && !after.slice(0, article).some((word) => NAMING_BREAKS.has(word))) return true;
  // "what did Johnson call vital": the thing named is the question word, the name an adjective
  if (tokens.pos[at + 1] === 'ADJ' && !NOT_A_NAME.has(tokens.normal[at + 1]!)) return true;
  // "who called Russia's aims totally unacceptable?": the name an adjective ending the question, after what is named
  const end =
    tokens.normal[tokens.normal.length - 1] === '?' ? tokens.normal.length - 1 : tokens.normal.length;
  const last = end - 1;
  return (
    tokens.pos[at] === 'VERB' &&
    last > at + 1 &&
    tokens.pos[last] === 'ADJ' &&
    !tokens.taken[last] && // (not a name's own adjective: « son homologue russe », "his counterpart russian")
    !NOT_A_NAME.has(tokens.normal[last]!) &&
    !tokens.normal.slice(at + 1, last).some((word) => NAMING_BREAKS.has(word))
  );
}

const NAMING_BREAKS = new Set(['in', 'to', 'into', 'with', 'on', 'at', 'for', 'about', 'lead', 'end']);

/** What follows a phone call's other party: "what did Macron call Putin about / for / on 3 February?" */
const CALLED_ABOUT = new Set([
  'about',
  'for',
  'on',
  'over',
  'regarding',
  'concerning',
  'to',
  'after',
  'before',
]);

const NOT_A_NAME = new Set([
  'first',
  'last',
  'next',
  'again',
  'back',
  'later',
  'earlier',
  'early',
  'late',
  'twice',
  'once',
]);

/**
 * The event the question is about: its first verb that names one, else its first event word — read as the
 * kind of question asks it ("what didn't they agree to?" asks what was refused).
 */
export function mainEvent(
  mentions: EventMention[],
  tokens: Tokens,
  kind: QuestionKind,
  language: 'en' | 'fr',
): EventMention | undefined {
  const main = namedEvent(mentions, tokens, language);
  if (!main) return main;
  // "What didn't the allies agree to?": what they refused (a yes/no question keeps its negation to answer).
  if (kind !== 'yes-no' && refusedAgreement(main, tokens)) return { ...main, event: 'reject' };
  // "What did Russia say it wanted?": what it wanted, reported by itself ("who said they would meet?" asks
  // who said it, "did Russia say it would invade?" whether it said so)
  const reported =
    main.event === 'say' && kind !== 'who' && kind !== 'yes-no'
      ? ownClauseEvent(mentions, tokens, main.at)
      : undefined;
  if (reported) return reported;
  // "Who wrote the letters?", « qui a écrit les lettres ? »: a paper is written by whoever sent it
  if (tokens.lemma[main.at] === 'write' && writesPaper(tokens, main.at)) return { ...main, event: 'send' };
  // "Did the West agree to Russia's demands?": agreeing to a demand or an offer is accepting it
  if (main.event === 'agree' && (agreedToProposal(tokens, main.at) || agreedToDo(tokens, main.at)))
    return { ...main, event: 'accept' };
  // "Why does Putin oppose NATO's open-door policy?": the reasons of a stance are what its holder said of it,
  // no refusal of anything
  if (kind === 'why' && main.event === 'reject' && tokens.lemma[main.at] === 'oppose')
    return { ...main, event: 'say' };
  // "Where did the talks go after Brussels?": talks that go somewhere move on — they are the event, no trip
  if (main.event === 'visit' && tokens.lemma[main.at] === 'go') {
    const moving = mentions.find((one) => one.at === main.at - 1 && MOVING_EVENTS.has(one.event));
    if (moving) return moving;
  }
  // ("did talks fail?", as French glosses « les discussions ont-elles échoué ? »: the model reads a verb)
  const spoken = tokens.pos[main.at] === 'VERB' && tokens.normal[main.at] !== 'talks';
  // "De quoi ont-ils parlé ?" (glossed "what did they talk"): what is asked of a talk is what it was about.
  if (main.event === 'talk' && kind === 'what' && spoken) return { ...main, event: 'discuss' };
  // "Who spoke at a press conference?", "which NATO officials spoke after the Council?": speaking to no one
  // is saying something.
  // ("how long did they talk?" asks how long the talks lasted)
  if (main.event === 'talk' && spoken && kind !== 'how-long' && !namesInterlocutor(tokens))
    return { ...main, event: 'say' };
  return main;
}

const MOVING_EVENTS = new Set(['meet', 'talk']);

/**
 * The verb's object is a paper: "wrote [the US] letters" — not "its written proposals", where the participle
 * only describes the paper.
 */
function writesPaper(tokens: Tokens, at: number): boolean {
  const before = tokens.normal[at - 1] ?? '';
  if (DETERMINERS.has(before) || before === "'s") return false;
  for (let i = at + 1; i < tokens.normal.length && tokens.pos[i] !== 'VERB' && tokens.pos[i] !== 'ADP'; i++)
    if (DOCUMENT_WORDS.has(tokens.lemma[i]!)) return true;
  return false;
}

/**
 * The event of a clause whose subject is a pronoun right after the saying: "said it wanted", « a dit qu'elle
 * voulait ».
 */
function ownClauseEvent(mentions: EventMention[], tokens: Tokens, at: number): EventMention | undefined {
  const speaker = tokens.taken.indexOf('actor');
  if (speaker < 0 || speaker > at) return undefined;
  let k = at + 1;
  if (tokens.normal[k] === 'that' || tokens.normal[k] === 'what') k++; // (French « qu'elle » is glossed "what she")
  if (!PRONOUNS.has(tokens.normal[k] ?? '')) return undefined;
  k++;
  while (tokens.pos[k] === 'AUX' || tokens.normal[k] === 'not') k++;
  const clause = mentions.find((m) => m.at === k && m.event !== 'happen');
  return clause && tokens.pos[k] === 'VERB' ? clause : undefined;
}

/**
 * "Who asked for the call?": a call or a meeting asked for is the event, and whose initiative it was is what is
 * asked.
 */
export function requestedEvent(
  main: EventMention | undefined,
  mentions: EventMention[],
  tokens: Tokens,
): EventMention | undefined {
  if (main?.event !== 'demand' || !REQUEST_LEMMAS.has(tokens.lemma[main.at]!)) return undefined;
  // ("de quoi le Kremlin ne voulait-il pas parler ?", glossed "want he not talk": not wanting to talk is
  // refusing to, no request)
  if (negated(tokens.normal, main.at, tokens.pos) || tokens.normal[main.at + 2] === 'not') return undefined;
  // (the first event after the asking, in its object: "asked for the 3 February call", not a later clause)
  for (let at = main.at + 1; at < tokens.normal.length && tokens.pos[at] !== 'VERB'; at++) {
    const mention = mentions.find((m) => m.at === at);
    if (mention) return REQUESTABLE.has(mention.event) ? mention : undefined;
  }
  return undefined;
}
const REQUEST_LEMMAS = new Set(['ask', 'request', 'demand', 'want']);
const REQUESTABLE = new Set(['call', 'meet', 'talk']);

/** "agree to Russia's demands", "agree to the proposal": "to", then what was put to the one agreeing. */
function agreedToProposal(tokens: Tokens, at: number): boolean {
  if (tokens.normal[at + 1] !== 'to') return false;
  let k = at + 2;
  while (DETERMINERS.has(tokens.normal[k] ?? '') || tokens.taken[k] === 'actor') k++;
  const word = tokens.normal[k];
  return word !== undefined && PUT_TO_SOMEONE.has(eventOfWord(word, tokens.lemma[k]!) ?? '');
}
const PUT_TO_SOMEONE = new Set(['demand', 'offer']);

/**
 * "Did Russia agree to withdraw its troops?": one side agreeing to do something is accepting to (as French
 * "accepter de" is read); "did Macron and Putin agree to meet?" is an agreement between them.
 */
function agreedToDo(tokens: Tokens, at: number): boolean {
  const next = tokens.normal[at + 2];
  const between = tokens.normal.some((word, i) => MUTUAL.has(word) && (i < at || word !== 'and'));
  return (
    tokens.normal[at + 1] === 'to' &&
    next !== undefined &&
    // (a phrasal verb's too: "agree to pull back")
    (tokens.taken[at + 2] === 'event' || eventOfWord(next, tokens.lemma[at + 2]!) !== undefined) &&
    !between
  );
}
const MUTUAL = new Set(['and', 'with', 'both', 'together']);

/**
 * Whether a question about speaking names or asks whom to: "spoke to Putin", "who did he speak with?",
 * "when did Macron and Putin speak?".
 */
function namesInterlocutor(tokens: Tokens): boolean {
  // ("did Stoltenberg and Sherman both speak?": each did, not with each other)
  const each = tokens.normal.includes('both');
  return tokens.normal.some(
    (word, i) =>
      ((word === 'to' || word === 'with') && tokens.normal[i - 1] !== 'according') ||
      (((word === 'and' && !each) || word === 'between') && tokens.taken[i + 1] === 'actor'),
  );
}

/** No preposition but "of" between a verb and that word: "send [a letter of] warning". */
const inObject = (tokens: Tokens, verb: number, at: number) =>
  tokens.pos.slice(verb + 1, at).every((pos, i) => pos !== 'ADP' || tokens.normal[verb + 1 + i] === 'of');

function namedEvent(
  mentions: EventMention[],
  tokens: Tokens,
  language: 'en' | 'fr',
): EventMention | undefined {
  // In "troop withdrawal" the last noun is the head: the first only qualifies it. French glossed puts the head
  // of two events first: « un retrait des troupes » reads "withdrawal troops" (one event glossed in two
  // words, « appel téléphonique » → "phone call", keeps the English order).
  const qualifies = (m: EventMention, n: EventMention) =>
    language === 'fr' && n.event !== m.event
      ? n.at === m.at - 1 && tokens.pos[n.at] === 'NOUN'
      : n.at === m.at + 1;
  const real = mentions.filter(
    (m) => m.event !== 'happen' && !(tokens.pos[m.at] === 'NOUN' && mentions.some((n) => qualifies(m, n))),
  );
  // A verb in a "that" clause is not the question's: "justify its demand that NATO pull back".
  const clauseAt = tokens.normal.indexOf('that');
  // Nor is a participle after a noun: "the reaction to the documents published by El País" asks the reaction.
  const modifies = (m: EventMention) =>
    tokens.pos[m.at - 1] === 'NOUN' && tokens.normal[m.at + 1] === 'by' && real.some((n) => n !== m);
  // A condition is not the question either: "what will NATO do if Russia invades?" asks what NATO would do,
  // "what did Stoltenberg say would happen if it attacked?" what he said.
  const ifAt = tokens.normal.indexOf('if');
  const inCondition = (m: EventMention) => ifAt >= 0 && m.at > ifAt;
  const inMainClause = real.filter(
    (m) =>
      (clauseAt < 0 || m.at < clauseAt || real.every((n) => n.at > clauseAt)) &&
      !modifies(m) &&
      !inCondition(m),
  );
  if (ifAt >= 0 && inMainClause.length === 0) return undefined;
  const main =
    inMainClause.find((m) => tokens.pos[m.at] === 'VERB' || afterInvertedSubject(tokens, m.at)) ??
    inMainClause[0] ??
    mentions[0];
  // What is sent names the event: "send troops" is a deployment, "send a warning" a warning — its object, not
  // what a preposition brings after it ("send its treaties before the Geneva talks").
  if (main?.event === 'send')
    return real.find((m) => m.at > main.at && inObject(tokens, main.at, m.at)) ?? main;
  return main;
}
