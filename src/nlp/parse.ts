/**
 * The question pipeline, top to bottom:
 *   normalise (normalise.ts) → wink-nlp and the token table (tokens.ts) → correct spelling → actors
 *   (find-actors.ts) → date (find-date.ts) → what is set aside (set-aside.ts) → kind of question
 *   (question-kind.ts) → events (events.ts) →
 *   who is agent and who recipient (roles.ts) → topic words and unknown names (topics.ts).
 * Each step is a small function over the same token table; this file runs them in order.
 */
import { SETTING_KINDS, type KnowledgeBase } from '../knowledge/model.ts';
import { capitalOnlyPatterns, learnActors } from './actors.ts';
import { articlesAsked, creditedArticles, type CreditedArticles } from './articles-asked.ts';
import {
  asksTheFuture,
  claimLightVerbs,
  eventOfWord,
  findEvents,
  isNegatedVerb,
  mainEvent,
  negated,
  negatedVerb,
  requestedEvent,
  type EventMention,
} from './events.ts';
import {
  alternativesEnd,
  comparedHowOften,
  eventAnchor,
  stayAnchor,
  datingRelation,
  eventThatDates,
  findActors,
  timeAnchor,
  type ActorSpan,
  trailingAlternatives,
  withoutOthersTitles,
} from './find-actors.ts';
import { contentsAsked } from './contents-asked.ts';
import { withCounterparts } from './counterpart.ts';
import { distanceFromEvent, findDate, fromTheLastDay, sameDayAs, weekOfEvent } from './find-date.ts';
import { fromAnchor, twoEvents } from './two-events.ts';
import {
  BACK_REFERENCES,
  conceptsWith,
  CONTRARIES,
  FEELING_WORDS,
  ORDINALS,
  PERSON_REFERENCES,
  STANCE_WORDS,
  TIME_UNIT_STEMS,
  TOPIC_SYNONYMS,
  WORRY_WORDS,
  type QuestionKind,
} from './lexicon.ts';
import { normaliseQuestion } from './normalise.ts';
import type { ActorMention, Distance, Query } from './query.ts';
import {
  aboutTheBot,
  asksOpinion,
  asksForAnActor,
  actorKindsAsked,
  asksForCast,
  asksClockTime,
  asksHowItEnded,
  asksHowObtained,
  asksGist,
  asksHowLongAtMost,
  asksLanguage,
  asksOrigin,
  outcomeWordAt,
  asksSource,
  asksWhichArticle,
  asksWhoWasActedOn,
  ARTICLE_STEMS,
  identityAsked,
  questionKind,
  ROLE_STEMS,
} from './question-kind.ts';
import { quotedWords } from './quoted.ts';
import { onlyOne } from './only.ts';
import { setAside } from './set-aside.ts';
import { assignRoles, namedAsSource } from './roles.ts';
import { BE_FORMS, DO_FORMS, PRONOUNS, tokenTable, type Tokens, WH_WORDS } from './tokens.ts';
import {
  capitalisedWords,
  countedNoun,
  FRENCH_ENDING,
  isFormOfKnown,
  orderWord,
  statedBound,
  statedFigure,
  topicWords,
} from './topics.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';
import { createWink, type Wink } from './wink.ts';

export type QuestionParser = (question: string) => Query;

/** What parsing needs of the knowledge, worked out once. */
interface ParserContext {
  wink: Wink;
  vocabulary: Vocabulary;
  entities: KnowledgeBase['entities'];
  /** Alias patterns that name an actor only when written with a capital ("Price"). */
  capitalOnly: ReadonlySet<string>;
  /** The articles credited to each outlet: "the Politico article". */
  credited: CreditedArticles;
}

export function createQuestionParser(knowledge: KnowledgeBase, wink: Wink = createWink()): QuestionParser {
  learnActors(wink.nlp, knowledge);
  const context: ParserContext = {
    wink,
    vocabulary: buildVocabulary(knowledge, wink.stem),
    entities: knowledge.entities,
    capitalOnly: capitalOnlyPatterns(knowledge),
    credited: creditedArticles(knowledge),
  };
  return (question) => parseQuestion(question, context);
}

/** "either Macron or Johnson" (not "or either"). */
const EITHER = /\beither\b.*\bor\b/;
const HOW_LONG_FROM = /^how (?:long|soon|quickly) (after|before)\b/;
const FIRST_IN_A_WHILE =
  /\bfirst\b.*\b(?:in|since) (?:(?:more than|more|over|nearly|almost) )?(?:a (?:long )?while|ages|long|a long time|some time|(?:\w+ )?years?)\b/;

function parseQuestion(
  question: string,
  { wink, vocabulary, entities, capitalOnly, credited }: ParserContext,
): Query {
  const { nlp, lexiconSize } = wink;
  const normalised = normaliseQuestion(question);
  let text = normalised.text;
  let doc = nlp.readDoc(text);
  let tokens = tokenTable(doc, wink);
  const stem = wink.stem;

  const capitalised = capitalisedWords(question);
  const corrections = correctSpelling(tokens, wink, vocabulary, capitalised, normalised.language);
  if (corrections.length > 0) {
    const fixes = new Map(corrections);
    text = tokens.normal.map((word) => fixes.get(word) ?? word).join(' ');
    doc = nlp.readDoc(text);
    tokens = tokenTable(doc, wink);
  }

  const namedSpans = withCounterparts(
    withoutOthersTitles(
      // (a body's name written in capitals only, "the Council", is that body after "the" too: "after the
      // council" — but "the price" is no Ned Price)
      findActors(
        doc,
        nlp,
        tokens,
        (span, start, id) =>
          !capitalOnly.has(span) ||
          capitalised.has(span) ||
          (tokens.normal[start - 1] === 'the' && entities.get(id)?.kind !== 'person'),
      ),
      entities,
    ),
    tokens,
    entities,
  );
  const isSetting = (id: string) => SETTING_KINDS.has(entities.get(id)?.kind ?? '');
  const isPlace = (id: string) => entities.get(id)?.kind === 'place';
  const bound = statedBound(tokens);
  const dateNamed = findDate(tokens);
  // "Apart from Geneva, where…?": what is set aside is no part of the question (its words are claimed)
  const setAsideFound = setAside(tokens, namedSpans, stem, isSetting);
  const onTheDay = sameDayAs(tokens);
  const distance = onTheDay ? SAME_DAY : distanceFromEvent(tokens, dateNamed);
  // ("the Wednesday after the Geneva talks": the weekday says how far from the talks, no date of its own)
  const date = distance?.unit === 'weekday' ? null : dateNamed;
  // ("the week of the Geneva talks": Geneva says which talks, and is no actor of the question)
  const week = date ? null : weekOfEvent(tokens, namedSpans, isSetting);
  const weekOf = week && { event: week.event, actors: week.actors };
  const actorSpans = namedSpans.filter(
    (span) => !setAsideFound?.spans.includes(span) && !week?.spans.includes(span),
  );
  // "Is it Macron or Johnson who called Putin?": the names offered are candidates, not constraints.
  const candidatesEnd = alternativesEnd(tokens);
  const worded = candidatesEnd > 0 || asksForAnActor(tokens) ? 'who' : questionKind(tokens);
  // ("les pourparlers ont duré plus de 3h ?", glossed "talks have last more 3 hours ?": a figure held to a
  // bound, with no question word, asks whether it passes)
  const kind =
    worded === 'what' && bound && !tokens.normal.some((word) => WH_WORDS.has(word)) ? 'yes-no' : worded;
  // "Did the talks yield anything?": the word asking how an event went is not the event
  const outcomeAt = outcomeWordAt(tokens);
  const settingAt = (at: number) => namedSpans.some((span) => span.start === at && isSetting(span.id));
  const allMentions = findEvents(tokens, settingAt).filter((mention) => mention.at !== outcomeAt);
  // "What did Johnson do the day before his call with Putin?", "where did he go before calling Putin?": that
  // event dates the question and is not asked about (a list of what happened around it reads it in-time.ts)
  // (not when two events are put side by side: "did Johnson go to Kyiv before or after his call with Putin?")
  const twoNamed = twoEvents(tokens, actorSpans, allMentions, stem, isSetting);
  const clauseAnchor =
    kind === 'what-happened' || twoNamed || allMentions.some((mention) => mention.event === 'happen')
      ? null
      : (eventAnchor(actorSpans, tokens, allMentions) ?? stayAnchor(actorSpans, tokens, entities));
  // ("what did Russia do before the Geneva talks?": the talks date what is asked, as a clause's event would)
  const datingEvent = clauseAnchor ? undefined : eventThatDates(tokens, allMentions);
  // (with the word beside it that names the same event: "his phone call")
  const dating = [clauseAnchor?.mention, datingEvent].filter((one) => one !== undefined);
  const mentions = allMentions.filter(
    (mention) => !dating.some((one) => one.event === mention.event && Math.abs(one.at - mention.at) <= 1),
  );
  // (the clause's own words are the anchor's, no topic of the question: "after sending its treaties")
  if (clauseAnchor) markClause(tokens, clauseAnchor.from);
  const lightVerbs = claimLightVerbs(mentions, tokens);
  const named = mainEvent(mentions, tokens, kind, normalised.language);
  const requested = requestedEvent(named, mentions, tokens);
  const main = requested ?? named;
  const countedThing = countedNoun(tokens, stem);
  // "How many days after the Geneva talks was the Council?", "… after the Council did Macron first call
  // Putin?", "how long after…" measure between two events: the anchor's is one of them, not a day to date the
  // question by (with nothing named to measure from, "how long after did…" asks when)
  const gapAsked = kind === 'when' && HOW_LONG_FROM.test(text);
  // ("was Macron's call before or after Johnson's?" puts two events in order: neither dates the other; "what
  // did Putin do after the Brussels meeting?" names no event of its own, but is dated by one)
  // ("where was Johnson the day before he called Putin?": a clause's event dates any kind of question)
  const anchored =
    kind === 'what-happened' || twoNamed
      ? null
      : (clauseAnchor ??
        (!main && kind !== 'what' && !datingEvent
          ? null
          : timeAnchor(
              actorSpans,
              tokens,
              entities,
              gapAsked,
              // ("where was the next meeting after Brussels?": where an event was, after another place's; "how
              // long before the El País leak were the letters sent?": measured from the one named;
              // "who met after Geneva?": who did it after what was held there (the Council alone is where they
              // spoke: "who spoke after the Council?")
              asksWhichEvent(main, tokens) ||
                (kind === 'where' && main !== undefined) ||
                (kind === 'who' && main !== undefined && actorSpans.every(({ id }) => isPlace(id))) ||
                gapAsked,
            )));
  const measured =
    (kind === 'how-many' && countedThing !== null && TIME_UNIT_STEMS.has(countedThing)) ||
    (gapAsked && anchored !== null);
  const anchor = measured ? null : anchored;
  const compared =
    twoNamed ??
    (measured && anchored ? fromAnchor(anchored.span, tokens, actorSpans, allMentions, stem) : null);
  // "Who called Putin more often, Macron or Johnson?": the alternatives are counted, not asked about
  const counted = kind === 'who' ? comparedHowOften(text, actorSpans, tokens) : [];
  // "Who went to Kyiv, Macron or Johnson?": candidates offered at the end, as "is it Macron or Johnson who…"
  const offered =
    kind === 'who' && !compared && counted.length === 0 ? trailingAlternatives(actorSpans, tokens) : [];
  // "What will happen if Russia invades Ukraine?": what the condition's own verb acts on is no party to what
  // is asked (Russia, its subject, is the one warned)
  const [objectsFrom, objectsTo] = conditionObjects(tokens, main);
  const anchorEvent =
    anchor && !clauseAnchor
      ? eventAfterAnchor(anchor.span, allMentions, main, tokens, distance !== null)
      : null;
  // (where or with whom the anchor's event was: "Kyiv" in "before Johnson went to Kyiv", "after Johnson's
  // visit to Kyiv", "Johnson's Kyiv visit")
  const eventNounAt = anchorEvent?.at ?? -1;
  const partner = clauseAnchor
    ? actorSpans.find((span) => span.start > clauseAnchor.mention.at && span !== anchor?.span)
    : eventNounAt >= 0 && PARTNER_LINKS.has(tokens.normal[eventNounAt + 1] ?? '')
      ? actorSpans.find((span) => span.start === eventNounAt + 2)
      : anchor && eventNounAt > anchor.span.end + 1
        ? actorSpans.find((span) => span.start === anchor.span.end + 1)
        : undefined;
  // (a gap measured between two events keeps the names of both: each side finds its own)
  const ofAnchor = (span: ActorSpan) =>
    span === anchor?.span ||
    span === partner ||
    // (whom a clause names is its event's: "before Johnson went to Kyiv")
    (clauseAnchor !== null && span.start > clauseAnchor.from);
  const asked = actorSpans.filter(
    (span) =>
      (measured || !ofAnchor(span)) &&
      span.end >= candidatesEnd &&
      !counted.includes(span) &&
      !offered.includes(span) &&
      !(span.start >= objectsFrom && span.start < objectsTo),
  );
  // "What proposals did the US make?": with an event noun, its light verb is where roles turn.
  // With no event named, roles turn on "do": "what did the Russians do at the Council?" asks what they did.
  const verbAt = main
    ? ((tokens.pos[main.at] === 'NOUN' ? lightVerbs.get(main.at) : undefined) ?? main.at)
    : tokens.normal.findIndex(
        (word, i) =>
          i > 1 &&
          ((word === 'do' && DO_FORMS.has(tokens.normal[1] ?? '')) ||
            (word === 'doing' && BE_FORMS.has(tokens.normal[1] ?? ''))),
      );
  // Built whole (a spread then a new property falls off V8's fast path). Being at war or in conflict is
  // mutual: "how long has Ukraine been at war?" makes no aggressor of Ukraine.
  const mutual =
    main !== undefined &&
    ((tokens.normal[main.at + 1] === 'at' && tokens.normal[main.at + 2] === 'war') ||
      (tokens.normal[main.at + 1] === 'in' && tokens.normal[main.at + 2] === 'conflict'));
  // "Who represented Russia?": Russia is who acted, through the one asked for
  // "Did the allies feel united?": who felt it said so, or was said to ("Sherman said the allies showed total
  // unity"), whichever the verb makes its subject. "What worried the Kremlin?", "was Russia worried?": who
  // worried voiced it, or warned (not who was warned)
  const feeling = main !== undefined && FEELINGS.has(tokens.lemma[main.at]!);
  const objectActs = main !== undefined && (OBJECT_ACTS.has(main.event) || main.event === 'fear');
  // "How many allies spoke as one?": the allies are what is counted, not who must have acted
  const isCounted = (text: string) =>
    kind === 'how-many' && countedThing !== null && stem(text) === countedThing;
  const mentioned = assignRoles(asked, tokens, kind, normalised.language, verbAt, isPlace).map(
    ({ id, role, text }): ActorMention => ({
      id,
      role:
        mutual || isCounted(text) || (feeling && main.event !== 'fear')
          ? 'any'
          : objectActs && role === 'recipient'
            ? 'agent'
            : role,
      text,
      kind: entities.get(id)?.kind ?? 'unknown',
    }),
  );
  // In French, a word the glossary lacks is more often French than a name: when the question writes names
  // with capitals ("Bruxelles"), its lower-case unknown words ("capitale") are topics, not names; without
  // capitals to go by, a word with a French ending ("déconnectées") is one too.
  const mayBeName = (word: string) =>
    normalised.language !== 'fr' ||
    (capitalised.size > 0 ? capitalised.has(word) : !FRENCH_ENDING.test(word));
  const words = topicWords(tokens, lexiconSize, vocabulary, capitalised, mayBeName, stem);
  const articles = articlesAsked(mentioned, text, tokens, main, words.topics.length > 0, credited);
  const actors = articles ? mentioned.filter((actor) => actor !== articles.outlet) : mentioned;
  const topics = [...words.topics];
  const incidentalTopics = [...words.incidental];
  // "Would the differences be easy to bridge?": asked yes or no, a word is looked for as the contrary the facts
  // would state ("difficult"), which answers no; asked anything else, a fact stating the contrary answers nothing.
  // Negated, it is that contrary: "who said they would not be easy to overcome?"
  const contraryTopics: string[] = [];
  topics.forEach((topic, i) => {
    const written = words.spelled[topic] ?? '';
    const contrary = CONTRARIES.get(written);
    if (!contrary) return;
    const itself = negated(tokens.normal, tokens.normal.indexOf(written));
    if (!itself) contraryTopics.push(stem(contrary));
    if (kind === 'yes-no' || itself) topics[i] = stem(contrary);
  });
  // "Can Ukraine join NATO?", "may Russia inspect…": whether it is allowed, which the facts word as a right
  if (kind === 'yes-no' && MODALS_OF_RIGHT.has(tokens.normal[0]!) && !ASKED_OF.has(tokens.normal[1]!)) {
    topics.push(stem('right'));
    incidentalTopics.push(stem('right'));
  }
  // Event words other than the main one say what the question is about: "accept NATO's offer of meetings"
  // (and the main one too where its concept's words name different things, see `wordIsTopic`; not for a
  // why-question, whose event only sets the scene).
  // "What won't NATO discuss?": the facts that say so negate that verb ("cannot discuss"); a negated agreement,
  // read as a refusal, also by the facts that negate it ("who did not accept NATO's offer?": "Russia neither
  // accepted nor rejected")
  const negatedMain = kind !== 'yes-no' && main !== undefined && negated(tokens.normal, main.at, tokens.pos);
  const mainAsTopic = kind !== 'why' && main !== undefined && (WORD_IS_TOPIC.has(main.event) || negatedMain);
  let complement: string | null = null;
  for (const mention of mentions) {
    if ((mention.at === main?.at && !mainAsTopic) || mention.event === 'happen') continue;
    // ("how did Putin describe the West's attitude?": what he said is the event already; "did any Russian
    // official go to Brussels?": someone of Russia, not what officials are said to have said)
    if (mention.at !== main?.at && STANCE_WORDS.has(tokens.normal[mention.at]!)) continue;
    if (mention.at !== main?.at && mention.event === 'represent' && tokens.pos[mention.at] === 'NOUN')
      continue;
    // A phrasal verb is worded as its concept: the facts say "withdrawal" where the question says "pull out"
    const written = tokens.normal[mention.at]!;
    const phrasal = eventOfWord(written, tokens.lemma[mention.at]!) !== mention.event;
    // (and a word as the facts say it: "felt" is "feel")
    const word = phrasal ? mention.event : (TOPIC_SYNONYMS.get(written) ?? written);
    const topic =
      negatedMain && mention.at === main.at
        ? negatedVerb(written, tokens.lemma[mention.at]!, stem)
        : stem(word);
    topics.push(topic);
    incidentalTopics.push(topic);
    // (a verb: "agree to meet"; not a noun whose article French drops, « réagi à la publication »)
    if (
      main &&
      mention.at === main.at + 2 &&
      tokens.normal[main.at + 1] === 'to' &&
      tokens.pos[mention.at] === 'VERB'
    )
      complement = topic;
    words.spelled[topic] ??= topic === stem(word) ? word : `not ${word}`;
  }
  // "Did the call lead to a deal?": the outcome asked for is a kind of question, and the one hoped for ("a deal")
  // what the answer says yes or no to, not words the facts must have
  if (outcomeAt >= 0 && OUTCOME_PARTICLES.has(tokens.normal[outcomeAt + 1] ?? '')) {
    const outcomeWords = new Set(
      tokens.normal
        .filter((word, i) => i >= outcomeAt && tokens.taken[i] !== 'actor' && tokens.taken[i] !== 'date')
        .map((word) => stem(word)),
    );
    remove(topics, (topic) => outcomeWords.has(topic));
  }
  // (whose initiative the event asked for was: "who asked for the call?")
  if (requested) {
    const initiative = stem('initiative');
    remove(topics, (topic) => topic === stem(tokens.normal[named!.at]!));
    topics.push(initiative);
    words.spelled[initiative] = 'initiative';
  }
  // "Where is Stoltenberg from?": where someone comes from, which no fact says (a draft treaty comes from
  // whoever sent it: that the facts do say).
  const origin = asksOrigin(tokens);
  if (origin && actors.some((actor) => actor.kind === 'person')) {
    topics.push('origin');
    words.nouns.push('origin');
    words.spelled['origin'] = 'where they come from';
  }
  // "Who went to the NATO–Russia Council?": going to a body's meeting is attending it, not visiting a place
  const attends =
    main?.event === 'visit' &&
    actors.some((actor) => actor.role === 'recipient' && actor.kind === 'institution');
  // "Why was the NATO–Russia Council held?", "the OSCE meeting": holding a body's meeting is meeting ("hold
  // exercises" names its event, so has a main one)
  const holds =
    main === undefined &&
    tokens.lemma.includes('hold') &&
    actors.some((actor) => actor.kind === 'institution' || actor.kind === 'organisation');
  // "Who asked you?": the bot acted on, no one of the story named, is no event of the story
  const toTheBot = main !== undefined && actors.length === 0 && tokens.normal[main.at + 1] === 'you';
  // "What is this story about?", "de quoi ça parle ?": its main events in order
  const gist =
    actors.length === 0 &&
    date === null &&
    mentions.every((mention) => GIST_EVENTS.has(mention.event)) &&
    asksGist(question, text);
  if (gist) topics.length = 0;
  // ("what does the Politico article say…", "which article talks about Gaddafi?": the articles' reporting is no
  // event, their names no topic)
  const whichArticle = asksWhichArticle(text);
  // ("the Politico piece": the article named, no topic either)
  if (whichArticle || articles?.outlet) remove(topics, (topic) => ARTICLE_STEMS.has(topic));
  const reported = (articles !== null || whichArticle) && main !== undefined && REPORTING.has(main.event);
  // "Did the talks end in agreement?": talks with no one named are the story's meetings (its calls are
  // talks of named leaders)
  const theTalks = main?.event === 'talk' && tokens.normal[main.at] === 'talks' && actors.length === 0;
  const events =
    main && main.event !== 'happen' && !toTheBot && !reported && !gist
      ? [attends || theTalks ? 'meet' : main.event]
      : holds
        ? ['meet']
        : [];
  const refersBack = tokens.normal.some(
    (word, i) =>
      BACK_REFERENCES.has(word) &&
      !invertedSubject(tokens, i, normalised.language) &&
      !introducesClause(tokens, i) &&
      !antecedentNamed(tokens, i, actorSpans, entities, normalised.language) &&
      !(normalised.language === 'fr' && presentative(tokens, i)) &&
      !isTruthOf(tokens, i) &&
      !(word === 'both' && THE_SIDES.has(tokens.normal[i + 1] ?? '')), // "both sides" are the story's
  );
  // (in French only when a person's post is asked, "quel est son poste ?" — "son" may be a country's — or
  // « chez lui », glossed "at home for him")
  const refersToPerson =
    refersBack &&
    tokens.normal.some((word) => PERSON_REFERENCES.has(word)) &&
    (normalised.language === 'en' ||
      tokens.normal.some((word) => word === 'him' || ROLE_STEMS.has(stem(word))));
  let identity = identityAsked(kind, events.length, text, tokens, actors, refersToPerson);
  // "What is Grushko's job?": the job is what the answer gives, not a word the facts must have
  if (identity === 'person') remove(topics, (topic) => ROLE_STEMS.has(topic));
  // "What does the acronym OSCE stand for?": nothing asked but what it is
  if (identity === 'thing') topics.length = 0;
  // "Who are the main players?", "who is involved?": who takes part in the story, no topic of it
  if (
    kind === 'who' &&
    !identity &&
    actors.length + mentions.length === 0 &&
    !date &&
    asksForCast(text, topics)
  ) {
    identity = 'cast';
    topics.length = 0;
  }
  // "Who attended the Council apart from the Russians?": whom else the articles show there
  const setAsideActors = setAsideFound?.aside.actors ?? [];
  const castBesides =
    kind === 'who' &&
    !identity &&
    setAsideActors.length > 0 &&
    (main === undefined || main.event === 'meet') &&
    actors.some((actor) => SETTING_KINDS.has(actor.kind ?? ''));
  if (castBesides) identity = 'cast';
  // "What came next after Brussels?", "what followed the Council?", "la prochaine étape après Bruxelles ?": what
  // happened after it (not "what did NATO say would follow an attack?", whose own event comes first)
  const nextAt = tokens.normal.findIndex((word, i) => word === 'next' || tokens.lemma[i] === 'follow');
  const future = asksTheFuture(tokens, main, kind);
  const comesNext =
    kind === 'what' &&
    nextAt >= 0 &&
    actors.length > 0 &&
    (main === undefined || main.at > nextAt) &&
    !future;
  const happened = comesNext || mentions.some((m) => m.event === 'happen');
  if (comesNext) topics.length = 0; // ("the next step", "what followed": nothing asked but what came after)
  // "Was it the first meeting in two years?", "the first time in a while": a claim the facts word ("the first
  // meeting … in more than two years"), not the first of the events by date
  const firstInAWhile = text.includes('first') && FIRST_IN_A_WHILE.test(text);
  // "How long had it been since the Council last met?", "how long had it not met?": the gap the facts word so
  // too, not how long its last meeting lasted
  const ordinal = orderWord(tokens);
  const sinceLastTime =
    kind === 'how-long' &&
    (topics.some(isNegatedVerb) ||
      (tokens.normal.includes('since') && (ordinal === -1 || tokens.normal.includes('previous'))));
  if (firstInAWhile || sinceLastTime) topics.push(stem('first'));
  const order = firstInAWhile || sinceLastTime ? null : ordinal;
  const { dayShift, sinceLast } = fromTheLastDay(text, date);
  // "What did the letters contain?": the paper is asked about, "contain" is how
  const contents = contentsAsked(tokens, kind, actorSpans, stem, (id) => entities.get(id)?.kind === 'media');
  if (contents) {
    remove(topics, (topic) => contents.asking.includes(topic));
    remove(words.nouns, (noun) => contents.asking.includes(noun));
  }

  return {
    question,
    normalised: text,
    language: normalised.language,
    // "Did anything happen on 20 January?" asks what happened, as "what happened on 20 January?" does (not "did
    // the Council take place in Geneva?")
    kind: gist
      ? 'timeline'
      : (kind === 'what' || (kind === 'yes-no' && tokens.normal.some((word) => INDEFINITES.has(word)))) &&
          happened &&
          events.length === 0
        ? 'what-happened'
        : kind === 'why' && namesOnly(tokens)
          ? 'what'
          : (gapAsked && compared) || ongoingFor(kind, countedThing, tokens.normal)
            ? 'how-long'
            : kind,
    actors,
    events,
    date,
    topics: [...new Set(topics)],
    topicNouns: words.nouns,
    incidentalTopics,
    mannerTopics: words.manner,
    contraryTopics,
    complement,
    inArticles: articles?.sources ?? null,
    whichArticle,
    asksOutcome: outcomeAt >= 0,
    asksFeeling: feeling,
    weekOf,
    lasting: asksHowLongAtMost(text),
    distance,
    clockTime: asksClockTime(text),
    howObtained: asksHowObtained(text),
    howItEnded: asksHowItEnded(text),
    origin,
    figure: statedFigure(tokens),
    bound,
    only: kind === 'yes-no' ? onlyOne(tokens, asked) : null,
    either: EITHER.test(text),
    contents: contents && { papers: contents.papers, parties: contents.parties },
    documentsOf: null,
    spelled: words.spelled,
    counted: countedThing,
    order,
    eventStems:
      main && events.length > 0
        ? stemsOfVerb(tokens, main, kind, stem, vocabulary)
        : holds
          ? [stem('meet')]
          : [],
    unknown: words.unknown,
    identity,
    otherThan: castBesides ? setAsideActors : undefined,
    corrections,
    // "what was the first event in the articles?" is about the story, not the bot's sources
    aboutTheBot: asksLanguage(text)
      ? 'language' // "in French please": France is no actor of it
      : actors.length === 0 && date === null && mentions.length === 0 && order === null
        ? aboutTheBot(tokens.normal)
        : null,
    refersBack,
    refersToPerson,
    refersToThen: /\b(that day|then|same day|at the time|at that time)\b/.test(text),
    refersToPlace: pointsToPlace(tokens),
    continues: /^(and|or|what about|how about|also|same|then)\b/.test(text),
    future,
    conditional: /\bif\b/.test(text),
    opinion: asksOpinion(text, actors),
    listsAll: tokens.normal.some((word) => LIST_WORDS.has(word)),
    elseThan: /\b(else|other|others|autre|autres)\b/.test(text),
    exclude: [],
    // After "did", the event word is a verb whatever wink tags it ("did Macron call Putin": not a call noun).
    eventByVerb:
      // ("was the Council held in Brussels?": holding it is the verb of its meeting)
      holds ||
      (main !== undefined &&
        // ("did Russia get what it wanted?": the verb of an object clause is not the question's)
        !(main.at > 2 && tokens.normal[main.at - 2] === 'what' && tokens.normal[0] !== 'what') &&
        (tokens.pos[main.at] === 'VERB' ||
          (DO_FORMS.has(tokens.normal[0] ?? '') && main.at > 1) ||
          // "why did Putin call Macron?": after a question word too
          (DO_FORMS.has(tokens.normal[1] ?? '') && WH_WORDS.has(tokens.normal[0]!) && main.at > 2) ||
          // « qui a appelé », glossed "who call": right after "who", the word is its verb; so it is right
          // after a name in French (« Macron a appelé Poutine », glossed "macron call poutine")
          tokens.normal[main.at - 1] === 'who' ||
          (normalised.language === 'fr' && tokens.taken[main.at - 1] === 'actor'))),
    asksRecipient: kind === 'who' && asksWhoWasActedOn(tokens),
    actorKindsAsked: kind === 'who' ? actorKindsAsked(tokens) : null,
    anchor: anchor
      ? {
          actor: anchor.span.id,
          relation: anchor.relation,
          event: clauseAnchor?.mention.event ?? anchorEvent?.event ?? null,
          theirs: clauseAnchor?.theirs ?? false,
          order: clauseAnchor?.order ?? anchorEvent?.order ?? null,
          with: partner?.id ?? null,
        }
      : anchored === null
        ? eventAlone(datingEvent, tokens, stem)
        : null,
    orderedAgainst: null,
    quoted: quotedWords(question, tokens, stem),
    setAside: setAsideFound?.aside ?? null,
    dayShift,
    sinceLast,
    moreOften: counted.map((span) => span.id),
    compared,
    sourceOf: actors.length === 0 && asksSource(text) ? [] : null,
    accordingTo: sourceNamed(actorSpans, tokens),
    // "what happened after the Brussels meeting?", "the day before the call on 3 February" (that date is
    // the call's); with only a date, "before 3 February" is a range the date step has read
    relativeTo:
      !happened || (date && events.length === 0) || dayShift || sinceLast
        ? null
        : onTheDay
          ? 'on'
          : ((['after', 'before'] as const).find((w) => tokens.normal.includes(w)) ??
            (comesNext ? 'after' : null)),
  };
}

const LIST_WORDS = new Set(['list', 'all', 'every']);
const SAME_DAY: Distance = { unit: 'day', count: 0 };
/** What a story is, asked for its gist: "what is it about?", "de quoi ça parle ?". */
const GIST_EVENTS = new Set(['discuss', 'talk', 'say', 'happen']);
/** What an article does with what it reports: no event of the story. */
const REPORTING = new Set(['say', 'publish', 'talk', 'discuss']);
const INDEFINITES = new Set(['anything', 'something']);
const THE_SIDES = new Set(['sides', 'parties', 'camps']);
/** "lead to", "end in": what follows is the outcome hoped for ("outcome of the vote" names the event instead). */
const OUTCOME_PARTICLES = new Set(['to', 'in', 'with', 'up']);
const OBJECT_ACTS = conceptsWith('objectActs');
const FEELINGS: ReadonlySet<string> = new Set([...FEELING_WORDS, ...WORRY_WORDS]);
const WORD_IS_TOPIC = conceptsWith('wordIsTopic');

/**
 * "Why Romania and Bulgaria?", « pourquoi la Roumanie et la Bulgarie ? »: names and nothing else, asked why,
 * ask what the articles say of them, where their reason is ("why is Ukraine important to Russia?" asks more).
 */
function namesOnly(tokens: Tokens): boolean {
  return (
    tokens.taken.includes('actor') &&
    tokens.normal.every((word, i) => i === 0 || tokens.taken[i] === 'actor' || NAME_JOINERS.has(word))
  );
}
const NAME_JOINERS = new Set(['and', 'or', 'the', '?', ',']);

/**
 * The pronoun of a French inversion, glossed after its verb, repeats a subject the question names before it:
 * "la Crimée a-t-elle été annexée ?" ("crimee did she been annexed") refers to Crimea, not to the last answer.
 */
function invertedSubject(tokens: Tokens, at: number, language: 'en' | 'fr'): boolean {
  const firstActor = tokens.taken.indexOf('actor');
  const afterVerb =
    tokens.pos[at - 1] === 'VERB' || tokens.pos[at - 1] === 'AUX' || tokens.normal[at - 1] === 't';
  // « les discussions ont-elles abouti ? » repeats a subject that is no actor
  const nounBefore = language === 'fr' && tokens.pos[at - 2] === 'NOUN';
  return ((firstActor >= 0 && firstActor < at - 1) || nounBefore) && afterVerb;
}

/**
 * "What did Stoltenberg say would happen to Russia if it attacked?", "did NATO say it would keep its door
 * open?": a subject of a later clause, or a possessive, that can be someone the question names before it is
 * that one, not the last answer's ("he" a person; "it" no person; in French, where a country is "elle", any).
 */
function antecedentNamed(
  tokens: Tokens,
  at: number,
  spans: readonly ActorSpan[],
  entities: KnowledgeBase['entities'],
  language: 'en' | 'fr',
): boolean {
  const word = tokens.normal[at]!;
  // (French puts a clitic between the subject and its verb: « il en pense quoi ? », glossed "he in think")
  const verbAt = language === 'fr' && FRENCH_CLITICS.has(tokens.normal[at + 1] ?? '') ? at + 2 : at + 1;
  const subject = PRONOUNS.has(word) && (tokens.pos[verbAt] === 'VERB' || tokens.pos[verbAt] === 'AUX');
  if (!subject && !POSSESSIVES.has(word)) return false;
  const fits = (kind: string | undefined) =>
    language === 'fr' || PLURALS.has(word) || PERSON_REFERENCES.has(word) === (kind === 'person');
  return spans.some((span) => span.end < at && fits(entities.get(span.id)?.kind));
}
const POSSESSIVES = new Set(['his', 'its', 'their']);
/** « en », « y » as glossed. */
const FRENCH_CLITICS = new Set(['in', 'there']);
const PLURALS = new Set(['they', 'their']);

/** "Who confirmed they were real?": what is real or fake is a document or a claim, none of the people. */
function isTruthOf(tokens: Tokens, at: number): boolean {
  return BE_FORMS.has(tokens.normal[at + 1] ?? '') && TRUTH_WORDS.has(tokens.normal[at + 2] ?? '');
}
const TRUTH_WORDS = new Set([
  'real',
  'true',
  'false',
  'authentic',
  'genuine',
  'fake',
  'forged',
  'legit',
  'accurate',
]);

/**
 * « C'est Poutine qui… », « c'était quand… », glossed "this is", "this was": French presents what it asks
 * with "c'est", which points at nothing (« c'est vrai ? » is asked of the last answer all the same: see
 * followup.ts).
 */
function presentative(tokens: Tokens, at: number): boolean {
  return (
    at === 0 &&
    tokens.normal[0] === 'this' &&
    BE_FORMS.has(tokens.normal[1] ?? '') &&
    tokens.normal.length > 4
  );
}

/**
 * Where the objects of an "if" clause's verb lie, when the question's own event comes before "if": from the
 * verb to the clause's end ("…if Russia invaded Ukraine, according to Johnson?": not Johnson).
 */
function conditionObjects(tokens: Tokens, main: EventMention | undefined): [from: number, to: number] {
  const ifAt = tokens.normal.indexOf('if');
  if (ifAt < 0 || main === undefined || main.at > ifAt) return [0, 0];
  const verbAt = tokens.pos.findIndex((pos, i) => i > ifAt && pos === 'VERB');
  if (verbAt < 0) return [0, 0];
  const end = tokens.normal.findIndex((word, i) => i > verbAt && CLAUSE_ENDS.has(word));
  return [verbAt + 1, end < 0 ? tokens.normal.length : end];
}
const CLAUSE_ENDS = new Set([',', '?', 'according']);

/**
 * "What did the Americans say there?": a place pointed at, not "is there…?", "there were…" (nor "who else was
 * there?", anyone at that place: see followup.ts).
 */
function pointsToPlace(tokens: Tokens): boolean {
  const at = tokens.normal.indexOf('there');
  return at > 0 && !BE_FORMS.has(tokens.normal[at - 1]!) && !BE_FORMS.has(tokens.normal[at + 1] ?? '');
}

/**
 * "Who said that Russia had massed troops?": a "that" after a verb opens its clause, pointing back at nothing;
 * so does the subject of a clause quoted after it ("qui a déclaré « c'est un pays puissant » ?").
 */
function introducesClause(tokens: Tokens, at: number): boolean {
  if (tokens.pos[at - 1] !== 'VERB') return false;
  if (tokens.normal[at] === 'that') return (tokens.normal[at + 1] ?? '?') !== '?';
  return BE_FORMS.has(tokens.normal[at + 1] ?? '') && tokens.normal.length - at > 4;
}

/**
 * The stems a fact's text shows the main verb by: as asked, and in a yes/no question (answered by a fact that
 * names its event, see score-fact.ts) a phrasal verb the facts never write by its event's ("did Russia turn
 * down the offer?" — "neither accepted nor rejected"; "ruled out" and "pushed back" are the facts' own words).
 */
function stemsOfVerb(
  tokens: Tokens,
  main: EventMention,
  kind: Query['kind'],
  stem: (word: string) => string,
  vocabulary: Vocabulary,
): string[] {
  const asked = stem(verbAsAsked(tokens, main.at));
  const { particle } = main;
  const unwritten =
    kind === 'yes-no' &&
    particle !== null &&
    ADVERB_PARTICLES.has(particle) &&
    !vocabulary.factsWrite(stem(tokens.lemma[main.at]!), particle);
  return unwritten ? [asked, stem(main.event)] : [asked];
}
/** The particles that make a verb another ("turn down", "bring up"), unlike "happen if" or "talk about". */
const ADVERB_PARTICLES = new Set(['up', 'down', 'out', 'back', 'forward', 'along', 'off', 'on', 'upon']);

/** The event's word; after "did" its bare form, however typed ("did Macron met Putin?": "meet"). */
function verbAsAsked(tokens: Tokens, at: number): string {
  const afterDo = DO_FORMS.has(tokens.normal[0] ?? '') && tokens.pos[at] === 'VERB';
  return afterDo ? tokens.lemma[at]! : tokens.normal[at]!;
}

/** Words neither English nor known get the nearest known word, when one is close enough. */
function correctSpelling(
  tokens: Tokens,
  { lexiconSize, stem }: Wink,
  vocabulary: Vocabulary,
  capitalised: ReadonlySet<string>,
  language: 'en' | 'fr',
): [string, string][] {
  const corrections: [string, string][] = [];
  tokens.normal.forEach((word, i) => {
    const nameGoesOn = i > 0 ? vocabulary.nameGoesOn(tokens.normal[i - 1]!, word) : null;
    if (nameGoesOn) return void corrections.push([word, nameGoesOn]);
    if (vocabulary.known.has(word) || isFormOfKnown(tokens, i, vocabulary, stem)) return;
    // A word the model knows is no typo, unless written as a name the articles lack ("Borel": Borrell)
    if (tokens.id[i]! < lexiconSize && !capitalised.has(word)) return;
    const nearest = vocabulary.corrector.correct(word);
    // In an English question a French form is corrected to its English: "troups" is "troops", not "troupes".
    const fixed = nearest && language === 'en' ? vocabulary.inEnglish(nearest) : nearest;
    // A capitalised word is a name: "Stoltenburg" may become "stoltenberg", "Jinping" must not become "joining".
    // A French word is corrected only to a name ("rusie" → "russie"): its typos are left to the French
    // glossary, which knows French stems ("remporté" must not become "reports").
    const nameOnly = capitalised.has(word) || language === 'fr';
    if (fixed && (!nameOnly || vocabulary.isName(fixed))) corrections.push([word, fixed]);
  });
  return corrections;
}

const MODALS_OF_RIGHT = new Set(['can', 'may']);
/** "can you…", "can someone explain…": a request, not whether anyone may. */
const ASKED_OF = new Set(['you', 'someone', 'somebody', 'anyone', 'anybody', 'i', 'we']);

function remove<T>(list: T[], unwanted: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (unwanted(list[i]!)) list.splice(i, 1);
}

/**
 * The event right after an anchor's name: "after Macron's call", "after Macron's first call" (which of his
 * calls by date), "after Johnson did" ("did" stands for the question's own event: his first — but "the day
 * before Macron did" is any of his, the day before one of them: time-anchor.ts).
 */
function eventAfterAnchor(
  span: ActorSpan,
  mentions: readonly EventMention[],
  main: EventMention | undefined,
  tokens: Tokens,
  atADistance: boolean,
): { event: string; order: number | null; at?: number } | null {
  // (past another name that says which of its events: "Johnson's Kyiv visit")
  let next = span.end + 1;
  while (tokens.taken[next] === 'actor') next++;
  const order = ORDINALS.get(tokens.normal[next] ?? '') ?? null;
  const at = order === null ? next : next + 1;
  const mention = mentions.find((one) => one.at === at && one !== main);
  if (mention) return { event: mention.event, order, at };
  if (main && DO_FORMS.has(tokens.normal[next] ?? ''))
    return { event: main.event, order: atADistance ? null : 1 };
  // (French names it first: « avant le voyage de Johnson à Kiev », glossed "before trip johnson to kiev"; where
  // or with whom follows the name)
  const nounBefore = mentions.find(
    (one) => one.at === span.start - 1 && one !== main && tokens.pos[one.at] === 'NOUN',
  );
  if (nounBefore) return { event: nounBefore.event, order: null, at: span.end };
  return null;
}

/** "According to the West, …", « selon l'Occident »: the actor named as the source, if any. */
function sourceNamed(spans: ActorSpan[], tokens: Tokens): string | null {
  return spans.find((span) => namedAsSource(tokens, span))?.id ?? null;
}

/** What joins an event noun to where or with whom it was: "visit to Kyiv", "call with Putin". */
const PARTNER_LINKS = new Set(['to', 'with', 'in']);

/**
 * "Which meeting came after…?": the question asks for an event of the kind it names first ("what happened
 * after…" lists what did, from that event: in-time.ts).
 */
function asksWhichEvent(main: EventMention | undefined, tokens: Tokens): boolean {
  return (
    main?.at === 1 && main.event !== 'happen' && (tokens.normal[0] === 'which' || tokens.normal[0] === 'what')
  );
}

/** The words of an anchoring clause, from its "after" or "before" to a comma or the end, taken by it. */
function markClause(tokens: Tokens, from: number): void {
  for (let i = from; i < tokens.normal.length && tokens.normal[i] !== ','; i++)
    if (!tokens.taken[i]) tokens.taken[i] = 'anchor';
}

/**
 * "What did NATO do the week after the leak?": an event named with no one's name to go by dates the question
 * by itself (the best-matched of its kind, in time-anchor.ts).
 */
function eventAlone(
  mention: EventMention | undefined,
  tokens: Tokens,
  stem: (word: string) => string,
): Query['anchor'] {
  const relation = mention && datingRelation(tokens, mention);
  if (!relation) return null;
  const word = stem(tokens.normal[mention.at]!);
  return { actor: null, relation, event: mention.event, theirs: false, order: null, with: null, word };
}

/**
 * "How many years has Ukraine been a target?", « depuis combien d'années… » ("since how many years"): how long
 * a state has lasted, not a count of events.
 */
const ongoingFor = (kind: QuestionKind, counted: string | null, words: string[]) =>
  kind === 'how-many' &&
  counted !== null &&
  TIME_UNIT_STEMS.has(counted) &&
  ((words.includes('been') && words.some((word) => word === 'has' || word === 'have' || word === 'had')) ||
    (words.includes('since') && words.indexOf('since') === words.indexOf('how') - 1));
