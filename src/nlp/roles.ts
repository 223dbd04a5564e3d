/** Who acts and who is acted on: each actor's role, read from the words around it and the voice of the verb. */
import { EVENT_BY_WORD, type QuestionKind } from './lexicon.ts';
import type { ActorMention } from './query.ts';
import type { ActorSpan } from './find-actors.ts';
import { BE_FORMS, DETERMINERS, DO_FORMS, NATIONALITY_ADJECTIVE, PRONOUNS, type Tokens } from './tokens.ts';

/** Words for someone, after which "from X" says where they belong, not where something came from. */
const AFFILIATED = new Set(
  'who guy man woman person official officials diplomat diplomats someone one people leader spokesman allies ally'.split(
    ' ',
  ),
);

/** "Which ex-Yugoslav countries…", "what former Soviet republics…": still a kind of thing asked for. */
const FORMER = new Set(['ex', 'former']);
/** "Is Romania mentioned in…?", "named", "cited": what the articles name, the question's subject. */
const MENTIONED = new Set(['mentioned', 'named', 'cited']);

/** Words that open a clause of its own after the verb: who acts in it is no recipient of the verb. */
const CLAUSE_OPENERS = new Set(['that', 'what', 'whether', 'how', 'why']);

/** Events done together: "with" names a partner in them. */
const JOINT_EVENTS = new Set(['talk', 'meet', 'discuss', 'agree']);
const RECIPIENT_MARKERS = new Set(['to', 'from', 'with', 'against', 'toward', 'towards', 'on', 'upon']);

/** "about Ukraine", "during the Brussels talks": the actor sets the scene, it neither acts nor receives. */
const SETTING_MARKERS = new Set([
  'about',
  'during',
  'at',
  'in',
  'over',
  'regarding',
  'of',
  'after',
  'before',
  'for', // "spoke for the State Department": on its behalf, neither doer nor receiver as the verb has it
]);

/**
 * "Ukraine has been the target of Russian aggression", "Ukraine has been under attack", "has faced attacks":
 * the subject of "be the target / victim of", "be under" or "face" receives.
 */
function isTargetOf(tokens: Tokens, verbAt: number): boolean {
  const beforeVerb = tokens.normal.slice(0, verbAt);
  // ("under Russian attack", "under a Russian attack": whose attack it is may stand between)
  let under = verbAt - 1;
  while (tokens.taken[under] === 'actor' || DETERMINERS.has(tokens.normal[under] ?? '')) under--;
  if (tokens.normal[under] === 'under') return beforeVerb.some((word) => BE_FORMS.has(word));
  // ("how long has Ukraine faced Russian aggression?", "suffered attacks": the subject undergoes it)
  if (tokens.lemma.some((lemma, i) => i < verbAt && UNDERGOING.has(lemma))) return true;
  const at = tokens.normal.findIndex((word, i) => i < verbAt && TARGET_NOUNS.has(word));
  if (at < 0 || tokens.normal[at + 1] !== 'of') return false;
  return beforeVerb.slice(0, at).some((word) => BE_FORMS.has(word));
}
const TARGET_NOUNS = new Set(['target', 'victim']);
const UNDERGOING = new Set(['face', 'suffer', 'endure', 'undergo']);

/** Verbs followed by a clause, not an object: in "does the West say Russia has", Russia receives nothing. */
export const CLAUSE_VERBS = new Set([
  'say',
  'think',
  'believe',
  'claim',
  'assert',
  'argue',
  'fear',
  'hope',
  'estimate',
  'know',
  'doubt',
  'mean', // "what does Borrell mean by the Soviet glacis": the Soviet Union is in what is meant
]);

/**
 * An adjective of nationality qualifying the noun after it ("the American documents"; in French before it,
 * « les documents américains »): whose the thing is. (A name there, "accept Russia's demand", keeps its role.)
 */
function qualifiesNoun(span: ActorSpan, tokens: Tokens, language: 'en' | 'fr'): boolean {
  const french = language === 'fr';
  const at = french ? span.start - 1 : span.end + 1;
  const word = tokens.normal[span.start]!;
  return (
    tokens.pos[at] === 'NOUN' &&
    !tokens.taken[at] &&
    span.start === span.end &&
    // (French glossed may have put the English word there: « objectifs russes » → "aims russian")
    (NATIONALITY_ADJECTIVE.test(word) || (french && FRENCH_ADJECTIVE.test(word)))
  );
}
/** Endings of French adjectives of nationality: américains, britannique, russes. */
const FRENCH_ADJECTIVE = /(aine?s?|iens?|iennes?|ais|aises?|ois|oises?|iques?|sses?)$/;

/**
 * Where the word that marks an actor's part stands: before its name, past the determiners and "ex", "former"
 * ("by the Kremlin", "according to the West", "the allies from ex-Yugoslavia").
 */
export function markerAt(tokens: Tokens, span: ActorSpan): number {
  let before = span.start - 1;
  while (before >= 0 && (DETERMINERS.has(tokens.normal[before]!) || FORMER.has(tokens.normal[before]!)))
    before--;
  return before;
}

/** What a source put out: "according to a statement by the Kremlin", « d'après le communiqué du Kremlin ». */
const SOURCE_WORDS = new Set(['statement', 'communique', 'readout', 'account', 'version', 'by', 'of']);

/** "According to the West, …", « d'après le communiqué du Kremlin »: the actor is the one a claim is from. */
export function namedAsSource(tokens: Tokens, span: ActorSpan): boolean {
  let before = span.start - 1;
  while (before >= 0 && (DETERMINERS.has(tokens.normal[before]!) || SOURCE_WORDS.has(tokens.normal[before]!)))
    before--;
  return tokens.normal[before] === 'to' && tokens.normal[before - 1] === 'according';
}

/** Verbs of wanting someone to act: "want NATO to withdraw" is a demand made of NATO, or about it. */
const WANTING = new Set(['want', 'wish', 'expect']);

/** "to", or "not to", at `at`. */
function toFollows(tokens: Tokens, at: number): boolean {
  return tokens.normal[at] === 'to' || (tokens.normal[at] === 'not' && tokens.normal[at + 1] === 'to');
}

/** A past participle: a regular or "-en" ending, or an irregular one ("brought", "held"; not "went"). */
function isParticiple(tokens: Tokens, at: number): boolean {
  const word = tokens.normal[at]!;
  if (/(ed|en|wn|ne)$/.test(word)) return true;
  if (!IRREGULAR_PARTICIPLES.has(word)) return false;
  // (also a past tense: a participle right after "be" and its subject — "was Libya brought up?", not "what
  // was the last thing Stoltenberg said?")
  let k = at - 1;
  while (
    k > 0 &&
    (tokens.taken[k] === 'actor' || DETERMINERS.has(tokens.normal[k]!) || COORDINATORS.has(tokens.normal[k]!))
  )
    k--;
  return BE_FORMS.has(tokens.normal[k]!);
}
const COORDINATORS = new Set(['and', 'or']);
const IRREGULAR_PARTICIPLES = new Set(
  'brought bought caught taught sought thought fought held sent spent told sold made met kept left led said put set heard built lost paid laid found meant dealt felt struck hung'.split(
    ' ',
  ),
);

/** A relative clause's opening: "was it Johnson who called Putin?" is no passive. */
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);

/**
 * The event is a noun in a prepositional phrase ("in the government photos") after the subject, and the
 * question has a verb of its own that names no event ("training").
 */
function actsBeforePhrase(tokens: Tokens, span: ActorSpan, verbAt: number): boolean {
  if (verbAt < 0 || tokens.pos[verbAt] !== 'NOUN' || span.end >= verbAt) return false;
  let at = verbAt - 1;
  while (at > span.end && NOUN_PHRASE_TAGS.has(tokens.pos[at]!)) at--;
  if (at <= span.end || tokens.pos[at] !== 'ADP') return false;
  // (wink may read the verb after the subject as a noun: "soldiers training", "did the troops train"; French
  // puts the verb first: « où s'entraînaient les soldats sur les photos »)
  // (or, after "do", as an adjective: "which countries did Russia single out for a NATO pull-out?")
  const asked = tokens.normal.slice(0, span.start).some((word) => DO_FORMS.has(word));
  const next = tokens.pos[span.end + 1];
  const verbAfterSubject =
    !tokens.taken[span.end + 1] &&
    ((next === 'NOUN' && (tokens.normal[span.end + 1]!.endsWith('ing') || asked)) ||
      (next === 'ADJ' && asked));
  if (verbAfterSubject && span.end + 1 < at) return true;
  // "did the soldiers in the photos train?": the phrase right after the subject, the subject's verb last
  const last = verbAt + 1;
  const verbLast =
    (tokens.normal[last + 1] ?? '?') === '?' &&
    !tokens.taken[last] &&
    (tokens.pos[last] === 'VERB' || (tokens.pos[last] === 'NOUN' && asked));
  if (verbLast && at === span.end + 1) return true;
  for (let k = 1; k < at; k++) {
    if (tokens.pos[k] === 'VERB' && !tokens.taken[k] && (k < span.start || k > span.end)) return true;
  }
  return false;
}
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** A relative pronoun between two places: "the countries from which Russia wanted…". */
const relativeBetween = (tokens: Tokens, from: number, to: number) =>
  tokens.normal.slice(from + 1, to).some((word) => RELATIVE_PRONOUNS.has(word));

/**
 * Who does what to whom: "by X" is the agent; "to/with/from X" the recipient; otherwise an actor
 * before the verb is its subject, one after it its object — except in French questions, where the
 * subject follows the verb ("Qu'a proposé l'OTAN ?").
 */
export function assignRoles(
  spans: ActorSpan[],
  tokens: Tokens,
  kind: QuestionKind,
  language: 'en' | 'fr',
  verbAt: number,
  isPlace: (id: string) => boolean = () => false,
): ActorMention[] {
  const anyBeforeVerb = spans.some((span) => verbAt >= 0 && span.end < verbAt);
  // "what is Russia accused of": with "be" before a past participle, the subject receives the act.
  // (not a cleft's relative clause: "was it Johnson who called Putin?")
  const passive =
    (verbAt > 0 &&
      tokens.pos[verbAt] === 'VERB' &&
      !RELATIVE_PRONOUNS.has(tokens.normal[verbAt - 1]!) &&
      isParticiple(tokens, verbAt) &&
      tokens.normal.slice(0, verbAt).some((word) => BE_FORMS.has(word)) &&
      // "a-t-elle été annexée", glossed "did she been annexed": "been" before it makes it passive all the same
      (tokens.normal[verbAt - 1] === 'been' ||
        !tokens.normal.slice(0, verbAt).some((word) => DO_FORMS.has(word)))) ||
    isTargetOf(tokens, verbAt);
  const mentions: ActorMention[] = [];
  // French passive, glossed: "De quoi la Russie est-elle accusée ?" → "russia is she accuse": "être" (and its
  // inverted pronoun) before a verb glossed to its base form; "est-il allé" (→ "went") is no passive.
  const before = tokens.normal[verbAt - 1] ?? '';
  const frenchPassive =
    language === 'fr' &&
    verbAt > 1 &&
    tokens.lemma[verbAt] === tokens.normal[verbAt] &&
    (BE_FORMS.has(before) || (PRONOUNS.has(before) && BE_FORMS.has(tokens.normal[verbAt - 2] ?? '')));
  let subjectAfterVerb = false;
  const ifAt = tokens.normal.indexOf('if');
  // "were the US and NATO letters addressed to…": actors naming whose the subject is, not the subject; in
  // French after it, its « de » glossed away ("les lettres des Américains" → "letters americains")
  const possessor = (k: number): boolean => {
    const span = spans[k]!;
    const next = span.end + 1;
    if (tokens.pos[next] === 'NOUN' && !tokens.taken[next]) return true;
    const previous = span.start - 1;
    if (language === 'fr' && tokens.pos[previous] === 'NOUN' && !tokens.taken[previous]) return true;
    const coordinated = spans[k + 1];
    return (
      (tokens.normal[next] === 'and' || tokens.normal[next] === 'or') &&
      coordinated !== undefined &&
      coordinated.start === next + 1 &&
      possessor(k + 1)
    );
  };
  // "Is Romania (or Bulgaria) named in Russia's demands?": what is mentioned is in the event, it does not do it
  const mentionedAt = BE_FORMS.has(tokens.normal[0]!)
    ? tokens.normal.findIndex((word) => MENTIONED.has(word))
    : -1;
  const isMentioned = (span: ActorSpan) =>
    span.end < mentionedAt &&
    tokens.normal
      .slice(span.end + 1, mentionedAt)
      .every((word, i) => word === 'and' || word === 'or' || tokens.taken[span.end + 1 + i] === 'actor');
  let sourceNamed = false;
  for (const [k, span] of spans.entries()) {
    const before = markerAt(tokens, span);
    const marker = tokens.normal[before];
    let role: ActorMention['role'] = 'any';
    const afterVerb = verbAt >= 0 && span.start > verbAt;
    // French inversion makes the first actor after the verb its subject ("Que pense Macron de Poutine ?");
    // those after it are not.
    // (not in a condition: "qu'arrivera-t-il si la Russie attaque ?" warns Russia)
    const inCondition = ifAt >= 0 && span.start > ifAt;
    // The inverted subject stands right after the verb: in "que veut dire « glacis géopolitique soviétique »",
    // the Soviet Union is in what is asked about.
    const rightAfterVerb = tokens.normal
      .slice(verbAt + 1, span.start)
      .every((word) => DETERMINERS.has(word) || PRONOUNS.has(word));
    const inverted =
      afterVerb &&
      rightAfterVerb &&
      language === 'fr' &&
      kind !== 'who' &&
      !anyBeforeVerb &&
      !subjectAfterVerb &&
      !inCondition;
    // After "say", "believe"…, actors belong to the clause reported: "say Russia felt threatened by Ukraine";
    // so do those after a "that" or a question word past the verb: "refused to guarantee that Ukraine would
    // never join NATO", "describe what Russia wants".
    const inClause =
      afterVerb &&
      !inverted &&
      (CLAUSE_VERBS.has(tokens.lemma[verbAt]!) ||
        tokens.normal.slice(verbAt + 1, span.start).some((word) => CLAUSE_OPENERS.has(word)));
    // "the documents published by El País": the doer of a participle beside a noun, not of the question's verb
    const ofParticiple = marker === 'by' && before - 1 !== verbAt && tokens.pos[before - 1] === 'VERB';
    // "did NATO react to the publication of the documents by El País?": an active verb has its doer before it,
    // so "by" after a noun past it names that noun's doer
    const ofNoun =
      marker === 'by' &&
      afterVerb &&
      !passive &&
      !frenchPassive &&
      tokens.pos[verbAt] === 'VERB' &&
      tokens.pos.slice(verbAt + 1, before).includes('NOUN');
    // "Macron and Putin", "between Macron and Putin": the second of a pair stands where the first does
    const previous = mentions.find((mention) => mention.id === spans[k - 1]?.id);
    const paired = (marker === 'and' || marker === 'or') && previous && spans[k - 1]!.end === before - 1;
    // "Which European countries…", "what Russian officials…": the kind of thing asked for, not who acts
    const qualifiesAsked =
      tokens.normal.slice(1, span.start).every((word) => FORMER.has(word)) &&
      (tokens.normal[0] === 'which' || tokens.normal[0] === 'what') &&
      tokens.pos[span.end + 1] === 'NOUN' &&
      !tokens.taken[span.end + 1];
    if (paired) role = previous.role;
    else if (qualifiesAsked || isMentioned(span)) role = 'any';
    else if (marker === 'between' || marker === 'among')
      role = 'any'; // parties on an equal footing
    else if (marker === 'by') role = inClause || ofParticiple || ofNoun ? 'any' : 'agent';
    else if (namedAsSource(tokens, span)) {
      role = 'any'; // the source, not a party
      sourceNamed = true;
    }
    // "the Crimea annexation": a place naming the event that follows it is what the event was about or where
    else if (isPlace(span.id) && span.end + 1 === verbAt && tokens.pos[verbAt] === 'NOUN') role = 'any';
    // « qu'a demandé la Russie à Bruxelles ? »: French « à » before a city is where, unless one goes there
    else if (
      language === 'fr' &&
      marker === 'to' &&
      isPlace(span.id) &&
      EVENT_BY_WORD.get(tokens.lemma[verbAt] ?? '') !== 'visit'
    )
      role = 'any';
    // "respond to NATO's offer" (possessives are folded away): the marker governs the noun, not the actor
    else if (
      tokens.pos[span.end + 1] === 'NOUN' &&
      tokens.taken[span.end + 1] !== 'date' &&
      RECIPIENT_MARKERS.has(marker ?? '')
    )
      role = 'any';
    // "who spoke for Johnson?": the particle of a phrasal verb takes its object
    else if (marker === 'for' && tokens.taken[before] === 'event') role = 'recipient';
    else if (marker !== undefined && SETTING_MARKERS.has(marker)) role = 'any';
    // "who from the EU wrote…", "the guy from the EU that…": where the one asked for comes from
    else if (marker === 'from' && AFFILIATED.has(tokens.normal[before - 1] ?? '')) role = 'any';
    // "did Putin receive a call from Macron?": who sent what was received did it, wherever the fact puts them
    else if (marker === 'from' && EVENT_BY_WORD.get(tokens.lemma[verbAt] ?? '') === 'receive') role = 'any';
    // "discuss with his Russian counterpart": with whom one talks, meets or agrees is a party, no receiver
    else if (marker === 'with' && JOINT_EVENTS.has(EVENT_BY_WORD.get(tokens.lemma[verbAt] ?? '') ?? ''))
      role = 'any';
    else if (marker !== undefined && RECIPIENT_MARKERS.has(marker)) role = 'recipient';
    // « Quelles interventions de l'OTAN la Russie a-t-elle reprochées ? »: whose the interventions are, with
    // the subject named after it
    else if (
      verbAt >= 0 &&
      span.end < verbAt &&
      language === 'fr' &&
      tokens.pos[span.start - 1] === 'NOUN' &&
      !tokens.taken[span.start - 1] &&
      spans[k + 1] !== undefined &&
      spans[k + 1]!.end < verbAt
    )
      role = 'any';
    // "Ukraine has been under Russian attack": whose the attack is right before it, after "under", does it
    else if (span.end === verbAt - 1 && tokens.pos[verbAt] === 'NOUN' && passive && k > 0) role = 'agent';
    // "where were the soldiers training in the government photos?": a verb of the subject's own comes first,
    // and the event's noun only says where the subject was seen, not what it did
    else if (actsBeforePhrase(tokens, span, verbAt)) role = 'any';
    // « la Roumanie faisait-elle partie des pays d'où la Russie voulait… »: a relative clause with a subject of
    // its own stands between this actor and the verb
    else if (
      spans.some(
        (other) =>
          other.start > span.end && other.end < verbAt && relativeBetween(tokens, span.end, other.start),
      )
    )
      role = 'any';
    else if (verbAt >= 0 && span.end < verbAt)
      role = !(passive || frenchPassive) ? 'agent' : possessor(k) ? 'any' : 'recipient';
    else if (inClause)
      role = 'any'; // "does the West say Russia has"
    // "did El País publish the American documents?", « les documents américains »: whose the thing is
    else if (afterVerb && !inverted && qualifiesNoun(span, tokens, language)) role = 'any';
    // "what does the Kremlin want Ukraine not to do?": the one wanted to act, whom a demand is made of or about
    else if (afterVerb && WANTING.has(tokens.lemma[verbAt]!) && toFollows(tokens, span.end + 1)) role = 'any';
    else if (afterVerb) {
      role = inverted ? 'agent' : 'recipient';
      if (inverted) subjectAfterVerb = true;
    }
    const existing = mentions.find((mention) => mention.id === span.id);
    if (existing) existing.role = existing.role === role ? role : 'any';
    else mentions.push({ id: span.id, role, text: span.text });
  }
  // "What has NATO not answered, according to Putin?": the source's claim is what is asked, and who acts in it
  // is what the source's words are about
  if (sourceNamed) for (const mention of mentions) if (mention.role === 'agent') mention.role = 'any';
  return mentions;
}
