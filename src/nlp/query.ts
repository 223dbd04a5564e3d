/** What the parser makes of a question: the structured request the answerer works from. */
import type { EventsCompared } from './two-events.ts';
import type { Quoted } from './quoted.ts';
import type { SetAside } from './set-aside.ts';
import type { QuestionKind } from './lexicon.ts';

export type Role = 'agent' | 'recipient' | 'any';

export interface ActorMention {
  id: string;
  role: Role;
  /** The words that named it, as normalised. */
  text: string;
  /** The entity's kind (person, country, place...), when the parser named it. */
  kind?: string;
}

/** A stretch of time from an event: so many days or weeks, or the next (or last) weekday of a name. */
export type Distance = { unit: 'day' | 'week'; count: number } | { unit: 'weekday'; weekday: number };

/** A date asked about, as a range of day numbers; a weekday alone keeps the whole period and a weekday filter. */
export interface DateQuery {
  start: number;
  end: number;
  precision: 'day' | 'month' | 'year' | 'weekday' | 'monthday';
  weekday?: number;
  /** "the 31st": a day of a month not named, resolved against the conversation when it can be. */
  monthDay?: number;
  label: string;
  /** A bare year ("1997") may be a topic rather than a date. */
  bareYear?: string;
  /** "After 1997": a year long before the story on one side of the stretch, a word the facts may mention. */
  yearBeside?: string;
  /** The day of the last answer, which a follow-up ("what did he say?") was taken to be about: not asked. */
  guessed?: boolean;
  /** "Between Macron's two calls": only what the articles date inside it, not a stretch that overlaps it. */
  within?: boolean;
}

type DateMarks = Pick<DateQuery, 'weekday' | 'monthDay' | 'bareYear' | 'yearBeside' | 'guessed' | 'within'>;

/**
 * A date asked about, built with every field (undefined when absent): all dates share one object shape, which
 * keeps the code that reads them on V8's fast path (docs/performance.md, twenty-fifth session).
 */
export function dateQuery(
  start: number,
  end: number,
  precision: DateQuery['precision'],
  label: string,
  marks: DateMarks = {},
): DateQuery {
  const { weekday, monthDay, bareYear, yearBeside, guessed, within } = marks;
  return { start, end, precision, weekday, monthDay, label, bareYear, yearBeside, guessed, within };
}

export interface Query {
  question: string;
  normalised: string;
  language: 'en' | 'fr';
  kind: QuestionKind;
  actors: ActorMention[];
  /** Names of event concepts (lexicon EVENT_CONCEPTS): "call", "offer"... */
  events: string[];
  date: DateQuery | null;
  /** The stem of the word that named the event ("rejected" → "reject"), to find facts that use it. */
  eventStems: string[];
  /** Word stems that are neither actors, dates, events nor fillers: what the question is about. */
  topics: string[];
  /** The topic stems that are nouns: the things asked about ("vaccines", "tanks"). */
  topicNouns: string[];
  /**
   * Topics whose absence from every fact says nothing: event words beside the main one ("deal" in "did the
   * talks end with a deal?") and words wink lists as stop words ("name", "call").
   */
  incidentalTopics: string[];
  /**
   * Topics that say how a thing was done ("flatly deny", "formally respond"): a fact that says so fits
   * better, one that words it otherwise ("categorically denies") or not at all little worse.
   */
  mannerTopics?: string[];
  /**
   * The contraries of words asked ("difficult" for "easy"): a yes-or-no question asks for them instead, and a
   * fact that states them answers no; a fact that states them answers no other question. Absent from older
   * contexts.
   */
  contraryTopics?: string[];
  /**
   * The stem of an event the main one takes as its object: "meet" in "did they agree to meet?". What was
   * agreed, promised or refused to do (absent from contexts stored by older versions).
   */
  complement?: string | null;
  /**
   * "What does the Politico article say about the talks?": only what these articles report (source ids; absent
   * from contexts stored by older versions).
   */
  inArticles?: string[] | null;
  /** "What came out of the call?": what the event ended in, agreed or refused (absent from older contexts). */
  asksOutcome?: boolean;
  /** "Was Putin happy with NATO's answer?": how someone felt, read as what they said (absent from older contexts). */
  asksFeeling?: boolean;
  /**
   * "What was in Russia's draft treaties?", "what do the letters propose?": what a paper said, asked by the
   * stems of its nouns (none for "what was in them?", whose papers are the last answer's: `documentsOf`) and by
   * who wrote it, if the question says. Absent from older contexts.
   */
  contents?: { papers: string[]; parties: string[] } | null;
  /** "What was in them?": the facts of the last answer, whose papers are asked about. */
  documentsOf?: string[] | null;
  /** "Did Russia send three draft treaties?": a small count the question states (absent from older contexts). */
  figure?: number | null;
  /**
   * "Was Macron the only leader to call Putin?": the actor a yes/no question says was alone in it; before a
   * follow-up is resolved, the pronoun that stands for them ("was he the only one?"). Absent from older contexts.
   */
  only?: string | null;
  /** "Did either Macron or Johnson go to Kyiv?": one of the actors named is enough (absent from older contexts). */
  either?: boolean;
  /** "Did Russia mass more than 50,000 troops?": a bound the fact's figure is held to (absent from older contexts). */
  bound?: Bound | null;
  /**
   * "The week of talks", "the same week as the Geneva talks": the event (and who or where it was, if named)
   * whose week dates the question, resolved from the facts (time-anchor.ts); absent from older contexts.
   */
  weekOf?: { event: string; actors: string[] } | null;
  /** "The longest meeting" (1), "the shortest call" (-1): by how long it lasted (absent from older contexts). */
  lasting?: 1 | -1 | null;
  /**
   * "Two days after the Geneva talks", "the Wednesday after…", "the week before Macron's second call": how far
   * from the event `relativeTo` names the days asked lie (absent from older contexts).
   */
  distance?: Distance | null;
  /** "What time did Macron call?": the time of day, which the articles never give (absent from older contexts). */
  clockTime?: boolean;
  /** "Did Russia eventually invade Ukraine?": how things turned out (absent from older contexts). */
  howItEnded?: boolean;
  /** "How did El País get the documents?": how someone came by something, which the articles never say (absent from older contexts). */
  howObtained?: boolean;
  /** "Where is El País from?", "which country is it from?": where someone or something comes from (absent from older contexts). */
  origin?: boolean;
  /** The word each topic stem was written as (in English), for messages: "vaccin" → "vaccines". */
  spelled: Record<string, string>;
  /** Words neither English nor in the articles: names the sources never mention. */
  unknown: string[];
  /** "how many soldiers": the stem of what is counted. */
  counted: string | null;
  /** "the first meeting" 1, "the second call" 2, "the last call" -1: one fact, counted by date. */
  order: number | null;
  /**
   * "who is X?": who someone is, answered from what the articles call them; "who leads NATO?", "who is the
   * head of NATO?": the person the articles give as its head; "what is the OSCE?": the fact that says what it is;
   * "who are the main players?": the people the articles show acting; "who is Grushko's boss?": a person's
   * superior, which the articles never give; "is Sherman Russian?": whether a person belongs to a country;
   * "who was in the Russian delegation?": the people the articles name of a body.
   */
  identity:
    | 'person'
    | 'leader'
    | 'thing'
    | 'cast'
    | 'superior'
    | 'nationality'
    | 'title'
    | 'members'
    | 'absent'
    | null;
  /** "What are your sources?", "help", "hello", "merci", "in French please": about the bot, not the story. */
  aboutTheBot: 'sources' | 'help' | 'greeting' | 'thanks' | 'language' | null;
  /** Words the spelling corrector changed, for transparency. */
  corrections: [from: string, to: string][];
  /** "they", "him", "it": the question leans on the people (and day) of the previous answer. */
  refersBack: boolean;
  /** "he", "his", "her" in English: one person of the previous answer, not all its actors. */
  refersToPerson: boolean;
  /** "then", "that day": the question leans on the day of the previous answer only. */
  refersToThen: boolean;
  /**
   * "What did the Americans say there?": the question leans on the place of the previous one (absent from
   * older contexts).
   */
  refersToPlace?: boolean;
  /** "and on 2 February?", "what about Macron?": a continuation of the previous question. */
  continues: boolean;
  /** "when will…": asks about what had not happened when the articles were written. */
  future: boolean;
  /** "…if Russia invaded": a condition, whose consequences the articles may report as warnings. */
  conditional: boolean;
  /** Asks for a judgement ("was NATO right?"), which the articles' reports cannot give. */
  opinion: boolean;
  /** "list all the proposals", "every warning": every fact that answers, not the best few. */
  listsAll: boolean;
  /** "who else…": something other than what the last answer gave. */
  elseThan: boolean;
  /** Facts not to give again (the previous answer's, for "who else"). */
  exclude: string[];
  /** "Who else was there?": the people the last answer gave, not to name again (absent from older contexts). */
  otherThan?: string[];
  /** The event was named by a verb ("did Russia withdraw") rather than only a noun ("troops"). */
  eventByVerb: boolean;
  /** "Who was accused of…", "who were the letters sent to?", "to whom…": asks who was acted on, not who acted. */
  asksRecipient: boolean;
  /**
   * A who-question's kind of actor, as the kinds of entity it may be: "which American official commented…?"
   * (a person), "which organisation met there?" (a body); null when it names none.
   */
  actorKindsAsked: readonly string[] | null;
  /**
   * "what happened after the Brussels meeting?": the rest of the question names an event, and what is
   * asked is what the articles date after (or before) it; "the day El País published the documents": on its
   * day ('on', with a `distance` of no days).
   */
  relativeTo: 'after' | 'before' | 'on' | null;
  /**
   * "Who said so?", "says who?": who the last answer's facts come from. Empty when asked, filled with those
   * facts' ids by the conversation (followup.ts); null when not asked.
   */
  sourceOf: string[] | null;
  /**
   * "According to the West, why has Russia massed troops?": the source the question names, whose claims answer
   * it first (absent from older contexts).
   */
  accordingTo?: string | null;
  /**
   * "Which article mentions Gaddafi?": the articles that report what the rest of the question asks (absent from
   * contexts stored by older versions).
   */
  whichArticle?: boolean;
  /** "Who called Putin more often, Macron or Johnson?": the actors whose events are counted against each other. */
  moreOften: string[];
  /** "What happened first, the Brussels council or Johnson's trip to Kyiv?": two events to put in order. */
  compared: EventsCompared | null;
  /** "and the day after?", "le lendemain ?": the day after (1) or before (-1) the one last talked about. */
  dayShift: 1 | -1 | null;
  /** "where did they meet after that?", "what happened next?": after (or before) the day last talked about. */
  sinceLast: 'after' | 'before' | null;
  /**
   * "Who called Putin after Johnson?": an actor whose own part in the event asked about dates the question;
   * the answer is what came after (or before) it.
   */
  anchor: {
    /** Null when the event alone names the anchor: "the week after the leak". */
    actor: string | null;
    /** "during": the anchor's own days ("while Johnson was in Kyiv"). */
    relation: 'after' | 'before' | 'during';
    /** "after Macron's call": the anchor's own event, when the question names it. */
    event: string | null;
    /** "before his call with Putin", "before calling Putin": the event is also the subject's (absent from older contexts). */
    theirs?: boolean;
    /** "after his first call": which of the anchor's events by date, 1 the first, -1 the last (absent from older contexts). */
    order?: number | null;
    /** "before Johnson went to Kyiv": whom or where a clause's event was with (absent from older contexts). */
    with?: string | null;
    /** The stem of an event named alone, which ranks the facts of its kind ("leak": El País's, not the photos). */
    word?: string;
  } | null;
  /**
   * "Did Russia send its treaties before the Geneva talks?": the fact whose day the anchor dated a yes-or-no
   * question by, which the answer says yes or no against (time-anchor.ts; absent from older contexts).
   */
  orderedAgainst?: { relation: 'after' | 'before'; fact: string } | null;
  /** "Who said 'peace in our time'?": words in quotation marks, which an answer's fact must hold (quoted.ts; absent from older contexts). */
  quoted?: Quoted | null;
  /** "Apart from Geneva, where…?": what the answer must not be (set-aside.ts; absent from older contexts). */
  setAside?: SetAside | null;
}

/**
 * A figure asked about as a bound: "more than 50,000 troops" (above), "at most three hours" (not above,
 * inclusive), with the word after it, which says what is counted.
 */
export interface Bound {
  value: number;
  above: boolean;
  inclusive: boolean;
  unit: string | null;
}
