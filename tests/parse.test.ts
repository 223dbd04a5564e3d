import { describe, expect, it } from 'vitest';
import { compoundParts } from '../src/nlp/compound.ts';
import { interpretDate } from '../src/nlp/dates.ts';
import { pastOf } from '../src/nlp/english-past.ts';
import { normaliseQuestion, normaliseText } from '../src/nlp/normalise.ts';
import { SpellingCorrector } from '../src/nlp/spelling.ts';
import { formatDay, isoFromDay } from '../src/knowledge/dates.ts';
import { createWink } from '../src/nlp/wink.ts';
import { sharedEngine } from './helpers/engine.ts';

const parse = (question: string) => sharedEngine().parse(question);
const actorIds = (question: string) => parse(question).actors.map((a) => a.id);
const normalise = (question: string) => normaliseQuestion(question).text;

describe('two questions in one', () => {
  it('splits at "and" or « et » before a question word, when each part is a question of its own', () => {
    expect(compoundParts('Who called Putin on 3 February and what did they talk about?')).toEqual([
      'Who called Putin on 3 February?',
      'What did they talk about?',
    ]);
    expect(compoundParts("Qui dirige l'OTAN et qu'a-t-il dit ?")).toEqual([
      "Qui dirige l'OTAN?",
      "Qu'a-t-il dit ?",
    ]);
    // a preposition before the question word goes with it; a third question is split off in turn
    expect(compoundParts('Qui a appelé Poutine le 3 février et de quoi ont-ils parlé ?')).toEqual([
      'Qui a appelé Poutine le 3 février?',
      'De quoi ont-ils parlé ?',
    ]);
    expect(
      compoundParts('What did Russia demand, and how did NATO respond, and with whom did Putin speak?'),
    ).toEqual(['What did Russia demand?', 'How did NATO respond?', 'With whom did Putin speak?']);
    for (const one of [
      'Where and when did the NATO-Russia Council meet?',
      'Did Macron and Putin speak, and if so when?',
      'Qui a envoyé les lettres et à qui ?',
      'What happened between 10 and 13 January?',
    ])
      expect(compoundParts(one)).toEqual([one]);
  });

  it('reads an event of the subject’s after "before" as what dates the question, not what it asks', () => {
    expect(parse('What did Johnson do the day before his call with Putin?')).toMatchObject({
      actors: [{ id: 'johnson', role: 'agent' }],
      events: [],
      anchor: { actor: 'putin', relation: 'before', event: 'call', theirs: true },
    });
    expect(parse('Where did Johnson go before calling Putin?')).toMatchObject({
      events: ['visit'],
      topics: [],
      anchor: { actor: 'putin', event: 'call', theirs: true },
    });
  });
});

describe('roles in a clause', () => {
  it('takes who acts in a clause after the verb for what it is about, not the verb’s recipient', () => {
    expect(parse('What word did Borrell use to describe what Russia wants to rebuild?').actors).toMatchObject(
      [
        { id: 'borrell', role: 'agent' },
        { id: 'russia', role: 'any' },
      ],
    );
    // words used are words said; using force or the Council is no saying
    expect(parse('Quels mots Johnson a-t-il employés à Kyiv ?')).toMatchObject({
      events: ['say'],
      topics: [],
    });
    expect(parse('Which body did the letters invite Russia to use again?').events).not.toContain('say');
  });

  it('takes a name qualifying the kind of thing asked for as no doer, after "ex" or "former" too', () => {
    expect(parse('which ex-Yugoslav countries pushed back?').actors).toMatchObject([
      { id: 'yugoslavia', role: 'any' },
    ]);
  });

  it('reads being in conflict as being at war: mutual, no aggressor', () => {
    expect(parse('how long have Ukraine and Russia been in conflict?')).toMatchObject({
      events: ['invade'],
      actors: [
        { id: 'ukraine', role: 'any' },
        { id: 'russia', role: 'any' },
      ],
    });
  });
});

describe('what a paper said', () => {
  it('reads writing a paper as sending it, and writing nothing named as saying', () => {
    for (const question of ['Who wrote the letters?', 'qui a écrit les lettres ?'])
      expect(parse(question).events, question).toEqual(['send']);
    expect(parse('What did the allies write?').events).toEqual(['say']);
  });

  it('reads a question about a paper’s words, with who wrote it, however it is put', () => {
    const contents = (question: string) => parse(question).contents;
    expect(contents("What was in Russia's draft treaties?")).toEqual({
      papers: ['draft', 'treati'],
      parties: ['russia'],
    });
    expect(contents('What did the US letters propose?')).toEqual({
      papers: ['letter'],
      parties: ['united-states'],
    });
    expect(contents('Que contiennent les lettres de l’OTAN et des Américains ?')).toEqual({
      papers: ['letter'],
      parties: ['nato', 'united-states'],
    });
    // the subject, when the paper is no subject; not the one it speaks of
    expect(contents('What did Washington offer in its written response?')?.parties).toEqual([
      'united-states',
    ]);
    expect(contents('What did the letters say about Ukraine joining NATO?')?.parties).toEqual([]);
    expect(contents('what did El País’s documents say?')?.papers).toEqual(['document']);
    expect(contents('what was in them?')).toEqual({ papers: [], parties: [] });
    // asked inside a sentence, by a contents word alone, or in French with the subject after its verb
    expect(contents('tell me what the letters say')?.papers).toEqual(['letter']);
    expect(contents("give me the contents of Russia's proposals")).toEqual({
      papers: ['propos'],
      parties: ['russia'],
    });
    expect(contents('que disent les lettres ?')?.papers).toEqual(['letter']);
  });

  it('leaves alone what only mentions a paper', () => {
    for (const question of [
      'When were the letters sent?',
      'What did Washington offer to discuss?',
      'What did the US propose in response to the draft treaties?',
      'How did the West answer Russia’s demands?',
      'What did Stoltenberg say about the treaties?',
      'Did Russia send the letters?',
      'Were the letters published?',
    ])
      expect(parse(question).contents, question).toBeNull();
  });

  it('reads whether a paper said something, its words asked yes or no, in English and in French', () => {
    for (const question of ['Did the letters mention Ukraine?', "Les lettres parlent-elles de l'Ukraine ?"])
      expect(parse(question).contents, question).toEqual({ papers: ['letter'], parties: [] });
    expect(parse('De quoi parlent les lettres ?').contents).toEqual({ papers: ['letter'], parties: [] });
  });
});

describe('normalisation', () => {
  it('folds accents, elisions and French into the English the pipeline reads', () => {
    expect(normaliseQuestion("Qu'a proposé l'OTAN à la Russie ?")).toEqual({
      text: 'what proposed otan to russie ?',
      language: 'fr',
    });
    expect(normaliseQuestion('Who called Putin on 3 February?').language).toBe('en');
    // « face à » is "against", not the noun; "face to face" is in person, as the facts say
    expect(normaliseQuestion('Les alliés étaient-ils unis face à la Russie ?').text).toBe(
      'allies were they unity against russie ?',
    );
    expect(normaliseQuestion('Qui était assis en face de Grouchko ?').text).toBe('who met grouchko ?');
    expect(normaliseQuestion('Did Putin and Macron meet face to face?').text).toBe(
      'did putin and macron meet in person ?',
    );
  });

  it('reads making public as publishing and putting out a statement as issuing it, in their tense', () => {
    expect(normalise('Who made the written proposals public?')).toBe('who published the written proposals ?');
    expect(normalise('Did the US make the documents public?')).toBe('did the usa publish the documents ?');
    expect(normalise('Who went public with the letters?')).toBe('who published the letters ?');
    expect(parse('Qui a rendu publiques les propositions ?').events).toEqual(['publish']);
    expect(normalise('When did the Kremlin put out its statement?')).toBe(
      'when did the kremlin issue its statement ?',
    );
    expect(normalise('did NATO release a statement?')).toBe('did nato issue a statement ?');
    expect(parse('When did the Kremlin put out its statement on the Macron call?').events).toEqual(['say']);
    expect(normalise('Qui a parlé au nom des États-Unis ?')).toBe('who spoke for the united states ?');
  });

  it('drops the French ways of asking before the question: "est-ce que tu sais", "tu peux me dire"', () => {
    expect(normaliseQuestion('Est-ce que tu sais qui a appelé Poutine ?').text).toBe(
      normaliseQuestion('Qui a appelé Poutine ?').text,
    );
    expect(normaliseQuestion('tu peux me dire ce que l’OTAN a proposé ?').text).toBe(
      normaliseQuestion('ce que l’OTAN a proposé ?').text,
    );
  });

  it('glosses the French verbs of justifying and naming figures', () => {
    expect(normaliseQuestion('Comment la Russie justifie-t-elle sa demande ?').text).toMatch(/\bjustify\b/);
    expect(normaliseQuestion('la source du chiffre de 100 000 soldats').text).toMatch(/\bfigure\b/);
  });

  it('reads French typed fast: "pk", "koi", "ki", "c", "slt", "bjr", "jsp", "jcrois que"', () => {
    expect(normaliseQuestion('pk la russie masse des troupes').text).toBe(
      normaliseQuestion('pourquoi la russie masse des troupes').text,
    );
    expect(normaliseQuestion("c koi l'otan").text).toBe(normaliseQuestion("c'est quoi l'otan").text);
    expect(normaliseQuestion('bjr qui est grouchko').text).toBe(normaliseQuestion('qui est grouchko').text);
    expect(parse("jcrois que macron a appele poutine, c'est vrai ?").kind).toBe('yes-no');
    // "c est", "c'est" without its apostrophe, is not "c'est est"
    expect(normaliseQuestion('macron a appele poutine, c est vrai ?').text).toBe(
      normaliseQuestion('macron a appele poutine ?').text,
    );
    // a check that is the whole question still asks where the last answer comes from
    expect(parse('is that true?').sourceOf).toEqual([]);
  });

  it('drops an ending that asks nothing more: "or was it the other way round?", "ou l’inverse ?"', () => {
    expect(normaliseQuestion('did macron call putin or was it the other way round').text).toBe(
      'did macron call putin',
    );
    expect(normaliseQuestion('Macron a-t-il appelé Poutine ou l’inverse ?').text).toBe(
      normaliseQuestion('Macron a-t-il appelé Poutine ?').text,
    );
  });

  it('reads chat spellings', () => {
    expect(normaliseQuestion('wht hapened when r the docs legit').text).toBe(
      'what hapened when are the documents genuine',
    );
    // chat interjections carry nothing
    expect(parse('ngl who even is grushko').unknown).toEqual([]);
    expect(parse('whats the deal w/ romania').events).toEqual([]); // "w/" is "with": the gist asked, no deal
    expect(parse("who's the nato guy").identity).toBe('leader');
    expect(actorIds('Who was the spokesperson for Johnson?')).toEqual(['downing-street-spokesman']);
    // French typed fast: a chat spelling of several words is read as those words
    expect(parse("kes ke l'otan a propose").events).toEqual(['offer']);
    expect(actorIds("ya eu combien d'appels entre macron et poutine")).toEqual(['macron', 'putin']);
    expect(parse('whens the osce thing').kind).toBe('when');
    // "y" is "why" before an auxiliary only: French "y" is "there"
    expect(parse('y did russia mass troops').kind).toBe('why');
    expect(normaliseQuestion("qui d'autre y était ?").text).toContain(' y ');
    // interjections before the question, and chat fillers anywhere, carry nothing
    expect(parse("bro what is sherman's job").identity).toBe('person');
    expect(parse('svp qui a dit que la diplomatie était remarquable').unknown).toEqual([]);
    expect(normaliseQuestion('lol').text).toBe('lol');
    // so do discourse markers before a question, English or French
    expect(normaliseQuestion('hmm, who called putin first, macron or johnson?').text).toBe(
      'who called putin first macron or johnson ?',
    );
    expect(normaliseQuestion('Alright, next question: how long were the Geneva talks?').text).toBe(
      'how long were the geneva talks ?',
    );
    expect(parse('bon, et la réunion de Vienne c’était quand ?').kind).toBe('when');
    // a reaction of a word or two before the question: not a name or a date, written otherwise
    expect(normaliseQuestion("gotcha. who's wendy sherman?").text).toBe('who is wendy sherman ?');
    expect(normaliseQuestion('huh, so russia denies planning an invasion?').text).toBe(
      'russia denies planning an invasion ?',
    );
    expect(normaliseQuestion('Geneva, who was there?').text).toBe('geneva who was there ?');
    expect(normaliseQuestion('12 January. What happened?').text).toContain('12 january');
    // the bot acted on is no event of the story
    expect(parse('lol who asked u').events).toEqual([]);
    expect(normaliseQuestion('how many hrs were the geneva talks').text).toBe(
      'how many hours were the geneva talks',
    );
  });

  it('removes Discord markup and mentions', () => {
    expect(normaliseQuestion('<@123> @everyone what did <@&9> **NATO** offer? https://x.y/z').text).toBe(
      'what did nato offer ?',
    );
  });

  it('reads "who\'s" as "who is", not a possessive', () => {
    expect(normaliseQuestion("who's Ned Price?").text).toBe('who is ned price ?');
    expect(parse("who's Ned Price?").identity).toBe('person');
  });

  it('tells "où" from "ou" and keeps "US" the country', () => {
    expect(normaliseQuestion('Où a eu lieu la réunion ?').text).toMatch(/^where /);
    expect(normaliseQuestion('What did the US offer?').text).toContain('usa');
  });
});

describe('actors, from custom entities built from the knowledge aliases', () => {
  it.each([
    ['Who called Putin?', 'putin'],
    ['Qui a appelé Poutine ?', 'putin'],
    ['what did the russian president say', 'putin'],
    ['Qu’a dit le chef d’Etat russe ?', 'putin'],
    ['What did the British prime minister say?', 'johnson'],
    ['What did NATO’s secretary general say?', 'stoltenberg'],
    ["Qu'a proposé l'OTAN ?", 'nato'],
    ['What did the Alliance offer?', 'nato'],
    ['What did Washington propose?', 'united-states'],
    ['What did Moscow demand?', 'russia'],
    ['What happened in Kiev?', 'kyiv'],
    ['What happened in Kyiv?', 'kyiv'],
    ['What did the Kremlin say?', 'kremlin'],
  ])('%s → %s', (question, id) => {
    expect(actorIds(question)).toContain(id);
  });

  it('tells who acts from who receives', () => {
    expect(parse('Who called Putin?').actors).toEqual([
      expect.objectContaining({ id: 'putin', role: 'recipient' }),
    ]);
    expect(parse('Who did Putin call?').actors).toEqual([
      expect.objectContaining({ id: 'putin', role: 'agent' }),
    ]);
    expect(parse("Qu'a demandé la Russie à l'OTAN ?").actors.map((a) => `${a.id}:${a.role}`)).toEqual([
      'russia:agent',
      'nato:recipient',
    ]);
  });

  it('takes the longest name after "the": "the British PM" is Johnson, not the British', () => {
    expect(actorIds('What did the British PM do in Kiev?')).toEqual(['johnson', 'kyiv']);
    expect(actorIds("What did the EU's top diplomat write?")).toEqual(['borrell']);
  });

  it('takes a name that is also a word only when it is written as a name', () => {
    expect(actorIds('What did Price say about the documents?')).toEqual(['price']);
    expect(actorIds('What is the price of gas?')).toEqual([]);
  });

  it('keeps the roles of a reported clause, a source and a possessor out of the question’s own', () => {
    const roles = (question: string) => parse(question).actors.map((a) => `${a.id}:${a.role}`);
    const cases: [question: string, roles: string[]][] = [
      ['Did Sherman say Russia felt threatened by Ukraine?', ['sherman:agent', 'russia:any', 'ukraine:any']],
      // the source's claim is what is asked: who acts in it is what the source speaks of
      ['What did the Kremlin want according to Borrell?', ['kremlin:any', 'borrell:any']],
      ['What has NATO not answered, according to Putin?', ['nato:any', 'putin:any']],
      ["How did Russia respond to NATO's offer?", ['russia:agent', 'nato:any']],
      // what is meant is no doer: the Soviet Union is in the phrase asked about, in English and in French,
      // where the inverted subject stands right after its verb
      ['What does Borrell mean by the Soviet geopolitical glacis?', ['borrell:agent', 'soviet-union:any']],
      [
        'Que veut dire « glacis géopolitique soviétique » selon Borrell ?',
        ['soviet-union:any', 'borrell:any'],
      ],
      ["Qu'a proposé l'OTAN à la Russie ?", ['nato:agent', 'russia:recipient']],
      // the doer of a participle beside a noun; parties on an equal footing; the second of a pair
      ['Who confirmed the documents published by El País?', ['el-pais:any']],
      ['What was agreed between Johnson and Putin?', ['johnson:any', 'putin:any']],
      ['What did the Russians do at the NATO-Russia Council?', ['russia:agent', 'nato-russia-council:any']],
      ['What did the French president discuss with his Russian counterpart?', ['macron:agent', 'putin:any']],
      ['How long has Ukraine been a target of Russian aggression?', ['ukraine:recipient', 'russia:any']],
      ['Did Putin talk to Macron and Johnson?', ['putin:agent', 'macron:recipient', 'johnson:recipient']],
    ];
    for (const [question, expected] of cases) expect(roles(question), question).toEqual(expected);
  });

  it('flags names the articles never mention', () => {
    expect(parse('Did Biden call Putin?').unknown).toEqual(['biden']);
    expect(parse('What did Putin and Xi Jinping discuss?').unknown).toEqual(['xi jinping']);
    expect(parse('What did Lavrov say?').unknown).toEqual(['lavrov']);
    expect(parse('Did China offer anything?').unknown).toEqual(['china']);
    // a word of the articles' French, written as a name in an English question
    expect(parse('Did Le Monde publish the letters?').unknown).toEqual(['monde']);
  });
});

describe('normalisation', () => {
  it('cuts questions, never the knowledge’s own text', () => {
    const long = `${'word '.repeat(100)}zebra`;
    expect(normaliseQuestion(long).text).not.toMatch(/zebra/);
    expect(normaliseText(long).text).toMatch(/zebra$/);
  });
});

describe('dates', () => {
  const day = (question: string) => {
    const date = parse(question).date;
    return date && date.precision === 'day' ? isoFromDay(date.start) : date?.label;
  };
  it.each([
    ['who called Putin on 3 February?', '2022-02-03'],
    ['who called putin on feb 3rd', '2022-02-03'],
    ['who called Putin on February 3, 2022?', '2022-02-03'],
    ['qui a appelé Poutine le 3 février ?', '2022-02-03'],
    ['what happened on 31/01?', '2022-01-31'],
    ['what happened on the 2nd of February?', '2022-02-02'],
    ['que s’est-il passé le 1er février ?', '2022-02-01'],
    ['what happened in December?', 'December 2021'],
    ['what happened on Wednesday?', 'Wednesday'],
    ['who called Putin on the third of February?', '2022-02-03'],
    ['who called Putin on February third?', '2022-02-03'],
    ['qui a appelé Poutine le trois février ?', '2022-02-03'],
    ['who called Putin on 2022-02-03?', '2022-02-03'],
    ['what happened 31-01-2022', '2022-01-31'],
    ['who did Putin talk to on Wednesday 2 February?', '2022-02-02'],
    ['what happened on the twenty-first of January?', '2022-01-21'],
    ['what happened on 12.01?', '2022-01-12'],
    ['what happened on Feb 3?', '2022-02-03'],
    ['what happened on the 31st?', 'the 31st'],
    ['what happened in 1997?', '1997'],
    ['what happened in the 1990s?', 'the 1990s'],
    ["what did NATO do in the '90s?", 'the 1990s'],
    ['what happened in the nineties?', 'the 1990s'],
    ['que s’est-il passé dans les années 90 ?', 'the 1990s'],
    ['que reproche la Russie à l’OTAN pour les années 1990 ?', 'the 1990s'],
    ['what happened since the end of 2021?', 'since the end of 2021'],
    ['what happened in early February?', 'early February 2022'],
    ['what happened at the end of January?', 'the end of January 2022'],
    ['since 2014?', 'since 2014'],
    ['what happened in the first week of February?', 'the first week of February 2022'],
    ['what happened in May?', 'May 2022'],
    ['what may Russia do next?', undefined],
    ['did Russia march into Ukraine?', undefined],
    ['did Macron call Putin 2 times?', undefined],
  ])('%s → %s', (question, expected) => {
    expect(day(question)).toBe(expected);
  });

  it('keeps "first" an order, not a date, away from a month', () => {
    expect(parse('what was the first call?').date).toBeNull();
    expect(parse('what was the first call?').order).toBe(1);
    expect(parse('and what about the second call?').order).toBe(2);
    expect(parse('what was the last event reported?').order).toBe(-1);
  });

  it('reads ranges and refuses impossible days', () => {
    expect(parse('events between 10 and 13 January').date?.label).toBe('10–13 January 2022');
    const range = parse('what happened between 31 January and 3 February?');
    expect(range.date?.label).toBe('31 January 2022 – 3 February 2022');
    expect(range.topics).toEqual([]); // "31" is part of the range, not a figure asked about
    expect(interpretDate('31/02')).toBeNull();
    expect(interpretDate('30 february')).toBeNull();
    expect(formatDay(interpretDate('3 feb 2022')!.start)).toBe('3 February 2022');
  });

  it('reads "the week of 10 January" as Monday to Sunday around that day', () => {
    for (const question of [
      'What happened the week of 10 January?',
      'Que s’est-il passé la semaine du 12 janvier ?',
    ]) {
      const date = parse(question).date!;
      expect([formatDay(date.start), formatDay(date.end)]).toEqual(['10 January 2022', '16 January 2022']);
    }
  });

  it('reads "the day after/before" a date as one day, and alone as leaning on the last one', () => {
    expect(parse('What happened the day after 2 February?').date?.label).toBe('3 February 2022');
    expect(parse('Que s’est-il passé la veille du 3 février ?').date?.label).toBe('2 February 2022');
    expect(parse('and the day after?')).toMatchObject({ date: null, dayShift: 1 });
    expect(parse('What happened the day after the NATO-Russia Council?')).toMatchObject({
      dayShift: null,
      relativeTo: 'after',
    });
  });

  it('reads "what came next", "what followed", "la prochaine étape" after something as what happened after it', () => {
    for (const question of [
      'What came next after Brussels?',
      'What followed the Geneva talks?',
      'Quelle est la prochaine étape après Bruxelles ?',
    ])
      expect(parse(question)).toMatchObject({ relativeTo: 'after', topics: [] });
    // what someone said would follow is what they said; what will come next is the future
    expect(parse('What did NATO say would follow a Russian attack?')).toMatchObject({
      kind: 'what',
      relativeTo: null,
    });
    expect(parse('What will Russia do next?').relativeTo).toBeNull();
  });
});

describe('kind of question and event', () => {
  it('reads a statement with a question mark as yes or no, not an order or a phrase', () => {
    expect(parse('Macron called Putin on 3 February?').kind).toBe('yes-no');
    expect(parse('huh, so russia denies planning an invasion?').kind).toBe('yes-no');
    expect(parse('Explain the Brussels talks?').kind).toBe('what');
    expect(parse('TL;DR of the Macron-Putin calls?').kind).not.toBe('yes-no');
  });

  it('reads "won\'t" in a what-question as a refusal, with the negated verb a topic, not the future', () => {
    expect(parse("What won't NATO discuss?")).toMatchObject({ future: false, topics: ['not:discuss'] });
    expect(parse('When will Russia withdraw?').future).toBe(true);
  });

  it('counts "the day before the Johnson call" from that call, and "after Johnson did" from him', () => {
    expect(parse('What did Putin say the day before the Johnson call?').anchor).toMatchObject({
      actor: 'johnson',
      relation: 'before',
      event: 'call',
    });
    expect(parse("What did Putin say the day before Johnson's call with him?").anchor).toMatchObject({
      actor: 'johnson',
      event: 'call',
    });
    expect(parse('Who called Putin the day after Johnson did?').anchor).toMatchObject({
      actor: 'johnson',
      event: 'call',
    });
  });

  it('reads a light verb as part of the event noun after it', () => {
    const query = parse('Did Russia and NATO reach an agreement?');
    expect(query.events).toEqual(['agree']);
    expect(query.topics).toEqual([]);
    expect(parse('Was there a deal?').events).toEqual(['agree']);
  });

  it('reads requests for an overview in both languages', () => {
    expect(parse('Give me the key dates').kind).toBe('timeline');
    expect(parse('Give me the key dates').topics).toEqual([]);
    expect(parse('Donne-moi la chronologie').unknown).toEqual([]);
    expect(parse('Résume-moi les pourparlers de Genève').topics).toEqual([]);
    expect(parse('Give me the background to the crisis').kind).toBe('timeline');
    expect(parse('Quel est le contexte ?').kind).toBe('timeline');
    expect(parse('How does Libya fit in?').topics).toEqual([]);
    expect(parse('What do we know about Russian troop movements?').events).toEqual(['deploy']);
  });

  it('drops a preamble about wanting to know, and "do you know"', () => {
    const rambling = parse(
      'so basically what i want to know is whether the americans ever offered russia anything?',
    );
    expect(rambling.kind).toBe('yes-no');
    expect(rambling.events).toEqual(['offer']);
    expect(parse('do you know who called Putin on 3 February?').kind).toBe('who');
    expect(parse('whn did johnson talk to putin').kind).toBe('when');
  });

  it('takes an unknown word with a French ending for a topic, not a name', () => {
    const query = parse('Qui a qualifié les préoccupations russes de déconnectées de la réalité ?');
    expect(query.unknown).toEqual([]);
  });

  it('reads "in writing" as how a demand was made, not as another event', () => {
    const query = parse('What did the Kremlin demand in writing?');
    expect(query.events).toEqual(['demand']);
    expect(query.topics).toEqual(['write']);
  });

  it('takes lower-case words the French glossary lacks for topics, not names, when names have capitals', () => {
    const query = parse('Quelle est la capitale de la Russie ?');
    expect(query.unknown).toEqual([]);
    expect(query.spelled[query.topics[0]!]).toBe('capitale');
  });

  it('claims the kind of actor asked for, and the refusal to speak as a topic', () => {
    expect(parse('Which paper leaked the documents?').topics).toEqual(['document']);
    expect(parse('Which organisation declined to comment?')).toMatchObject({
      kind: 'who',
      events: ['say'],
      topics: ['declin'],
    });
    // an actor before the kind of actor qualifies it: "which EU official"
    expect(parse('Which EU official blogged about the Soviet glacis?')).toMatchObject({ kind: 'who' });
  });

  it('takes a thing named after an event for a topic, not the event: "phone number"', () => {
    expect(parse("What is Putin's phone number?")).toMatchObject({ events: [], topics: ['phone number'] });
    expect(parse('who was on the phone with Putin?').events).toEqual(['call']);
  });

  it('reads "want to X" as asking about X, and "want someone to X" as a demand', () => {
    expect(parse('Does Russia want to invade Ukraine?').events).toEqual(['invade']);
    expect(parse("Est-ce que l'OTAN veut retirer ses troupes d'Europe de l'Est ?").events).toEqual([
      'withdraw',
    ]);
    expect(parse('Does Russia want NATO to withdraw from Romania?').events).toEqual(['demand']);
  });

  it('reads a name qualifying what a which-question asks for as no doer: "which European countries"', () => {
    expect(parse('Which European countries does Russia want NATO troops to leave?').actors).toEqual([
      expect.objectContaining({ id: 'europe', role: 'any' }),
      expect.objectContaining({ id: 'russia', role: 'agent' }),
      expect.objectContaining({ id: 'nato', role: 'recipient' }),
    ]);
  });

  it('reads which country or body a person leads as who they are', () => {
    expect(parse('Which country does Boris Johnson lead?').identity).toBe('person');
    expect(parse('Quel pays Boris Johnson dirige-t-il ?').identity).toBe('person');
  });

  it('glosses French "à quoi servent" and "contenir"', () => {
    expect(normaliseQuestion('À quoi servent les accords de Minsk ?').text).toBe(
      'what is the purpose of agreements minsk ?',
    );
    expect(parse('Que contiennent les projets de traités russes ?').unknown).toEqual([]);
  });

  it('reads a counted actor as what is counted, not who acted: "how many allies spoke as one?"', () => {
    expect(parse('How many allies spoke as one at the Council?').actors[0]).toMatchObject({
      id: 'nato',
      role: 'any',
    });
  });

  it('counts the days of "combien de jours séparent…", not the verb', () => {
    expect(
      parse("Combien de jours séparent les pourparlers de Genève et la réunion de l'OSCE ?").counted,
    ).toBe('day');
  });

  it('makes the subject of "be under attack" the one attacked', () => {
    expect(parse('How long has Ukraine been under attack?').actors).toEqual([
      expect.objectContaining({ id: 'ukraine', role: 'recipient' }),
    ]);
  });

  it('reads what someone "must" or "should" do as a demand made of them', () => {
    for (const question of [
      'What must Russia do, according to Stoltenberg?',
      'What should NATO do according to Moscow?',
      'Que doit faire la Russie selon Stoltenberg ?',
    ]) {
      const parsed = parse(question);
      expect(parsed.events).toEqual(['demand']);
      expect(parsed.actors[0]).toMatchObject({ role: 'recipient' });
    }
    // "do" with no modal before it stays the question's own verb
    expect(parse('What did the Russians do at the Council?').events).toEqual([]);
  });

  it('finds the event of a form the model could not lemmatise ("start accusing")', () => {
    expect(parse('When did the West start accusing Russia of planning an invasion?').events).toEqual([
      'accuse',
    ]);
  });

  it('keeps the question of a message, not the greeting or what the asker says of themselves', () => {
    const question = parse(
      "hi! so i've been reading about ukraine. what exactly did russia put on the table?",
    );
    expect(question.actors.map((actor) => actor.id)).toEqual(['russia']);
    expect(question.unknown).toEqual([]);
    expect(parse('Macron called Putin. What did they discuss?').actors.map((actor) => actor.id)).toContain(
      'macron',
    );
  });

  it('takes what an aside is about for the pronoun of the question after it', () => {
    expect(normalise("I'm confused about the Minsk agreements. What are they for?")).toBe(
      'what are the minsk agreements for ?',
    );
    expect(normalise('My teacher asked us about the letters. Who sent them?')).toBe('who sent the letters ?');
    // an aside about nothing, or a question with no pronoun, is dropped as before
    expect(normalise("I'm writing an essay. When did NATO and Russia meet?")).toBe(
      'when did nato and russia meet ?',
    );
    expect(normalise("Je fais un exposé sur l'Ukraine. Qui est Jens Stoltenberg ?")).toBe(
      'who is jens stoltenberg ?',
    );
  });

  it('drops a short lead-in about the asker before a comma, and a clause before "but"', () => {
    expect(normalise('For my essay, when did NATO and Russia meet?')).toBe('when did nato and russia meet ?');
    expect(normalise("Pour mon mémoire, j'ai besoin de savoir qui a appelé Poutine.")).toBe(
      'who called poutine',
    );
    expect(normalise('Sorry if this is obvious, but what is the NATO-Russia Council?')).toBe(
      'what is the nato russia council ?',
    );
    // a claim to check is no lead-in
    expect(
      normalise('ok so my teacher said NATO promised Russia it would not expand, is that true?'),
    ).toMatch(/^ok so my teacher said nato promised russia/);
  });

  it('reads a small count a question states, and no French number word as a topic', () => {
    expect(parse('Did Russia send three draft treaties?').figure).toBe(3);
    expect(parse('La Russie a-t-elle envoyé trois projets de traités ?')).toMatchObject({
      figure: 3,
      topics: ['draft', 'treati'],
    });
    expect(parse('Who called Putin on 3 February?').figure).toBeNull();
    expect(parse('What was the first call?').figure).toBeNull();
  });

  it('reads a French perfect passive, glossed with "did … been", as a passive', () => {
    expect(parse('Quand la Crimée a-t-elle été annexée ?').actors).toMatchObject([
      { id: 'crimea', role: 'recipient' },
    ]);
  });

  it('reads words the facts put otherwise as theirs, and "États-Unis" as one name', () => {
    expect(parse('What is Russia afraid of?').topics).toEqual(['concern']);
    expect(parse('Who died in 2011?').topics).toEqual(['death']);
    expect(parse('Qui est impliqué dans cette crise ?').identity).toBe('cast');
    expect(parse("who's who in this story?").identity).toBe('cast');
    expect(parse('Les alliés sont-ils unis ?').actors.map((actor) => actor.id)).toEqual(['nato']);
    expect(parse('Qu’ont proposé les États-Unis ?').actors.map((actor) => actor.id)).toEqual([
      'united-states',
    ]);
  });

  it('reads two events offered in turn as compared, each with its own actors, events and date', () => {
    expect(parse("What happened first, the Brussels council or Johnson's trip to Kyiv?").compared).toEqual({
      asked: 'first',
      sides: [
        { actors: ['brussels'], events: [], dated: false, order: null, nouns: ['council'], theirs: false },
        {
          actors: ['johnson', 'kyiv'],
          events: ['visit'],
          dated: false,
          order: null,
          nouns: [],
          theirs: false,
        },
      ],
      shared: { actors: [], events: [], dated: false, order: null, nouns: [], theirs: false },
    });
    // a side's own nouns say which of its events: "the letters" sent, not Russia's treaties
    expect(parse('Were the letters sent before or after the Brussels meeting?').compared).toMatchObject({
      asked: 'relative',
      sides: [{ events: ['send'], nouns: ['letter'] }, { actors: ['nato-russia-council'] }],
    });
    // an ordinal inside a side is that side's own: "Macron's second call"
    expect(parse("Was Macron's second call before or after Johnson's?").compared).toMatchObject({
      asked: 'relative',
      sides: [
        { actors: ['macron'], order: 2 },
        { actors: ['johnson'], order: null },
      ],
    });
    expect(parse('Who called Putin last, Macron or Johnson?').compared).toMatchObject({
      asked: 'last',
      shared: { actors: ['putin'], events: ['call'] },
    });
    expect(parse('Who called Putin on 3 February?').compared).toBeNull();
    // "before or after": where the first stands to the second, neither dating the other
    const eitherWay = parse('Was the Macron call before or after the Johnson call?');
    expect(eitherWay.compared).toMatchObject({
      asked: 'relative',
      sides: [
        { actors: ['macron'], events: ['call'] },
        { actors: ['johnson'], events: ['call'] },
      ],
    });
    expect(eitherWay.anchor).toBeNull();
    // "his call": the other side's subject's, and no anchor dating the question; "compared to" puts in turn too
    expect(parse('Did Johnson go to Kyiv before or after his call with Putin?').compared).toMatchObject({
      asked: 'relative',
      sides: [
        { actors: ['johnson', 'kyiv'], events: ['visit'], theirs: false },
        { actors: ['putin'], events: ['call'], theirs: true },
      ],
    });
    expect(parse('When were the letters sent compared to El País publishing them?').compared).toMatchObject({
      asked: 'relative',
      sides: [{ events: ['send'] }, { actors: ['el-pais'], events: ['publish'] }],
    });
    expect(parse('How long were the Geneva talks compared with Brussels?').compared).toBeNull();
    // "between the two calls": the first and the second of one kind
    expect(parse("What happened between Macron's two calls?").compared).toMatchObject({
      asked: 'between',
      sides: [
        { actors: ['macron'], events: ['call'], order: 1 },
        { actors: ['macron'], events: ['call'], order: 2 },
      ],
    });
  });

  it('takes "a right to" for a right, not a verdict, and an account of something for what was said', () => {
    expect(parse("What did Stoltenberg say about Ukraine's right to join?").opinion).toBe(false);
    expect(parse('Was NATO right to refuse?').opinion).toBe(true);
    expect(parse("What is the Kremlin's account of the call?").events).toEqual(['say']);
    expect(parse('Why did Russia mention Yugoslavia?').events).toEqual(['say']);
    expect(parse('Is Georgia mentioned?').events).toEqual([]); // whether the articles mention it
    // "what" is the name given to something, unless one calls someone about something
    expect(parse("What did Johnson call Putin's demands?").events).toEqual(['say']);
    expect(parse('What did Macron call Putin about?').events).toEqual(['call']);
  });

  it('reads going to a body’s meeting as attending it, and going to a place as a visit', () => {
    expect(parse('Which Russian official went to the NATO-Russia Council?').events).toEqual(['meet']);
    expect(parse('Qui est allé au Conseil OTAN-Russie ?').events).toEqual(['meet']);
    expect(parse('Who went to Brussels?').events).toEqual(['visit']);
  });

  it('takes the word after "did" and its subject for the verb, and a phrasal verb beside it for its concept', () => {
    expect(parse('Did NATO rule out withdrawing from Eastern Europe?')).toMatchObject({
      events: ['reject'],
      topics: ['withdraw'],
    });
    expect(parse('Did the US offer to withdraw troops from Europe?').events).toEqual(['withdraw']);
    expect(parse('Which countries did Russia want NATO to pull out of?').topics).toContain('withdraw');
    expect(parse('give me a quick summary of what happened in January').topics).toEqual([]);
  });

  it('dates by a place what happened there, except "since" a place, which is where from', () => {
    expect(parse('Where did the US and Russia hold talks before Brussels?').anchor).toMatchObject({
      actor: 'brussels',
      relation: 'before',
    });
    expect(parse('How many days after the Geneva talks was the NATO-Russia Council?').anchor).toBeNull();
  });

  it("reads a person's name asked for as who they are", () => {
    expect(parse("What is Putin's first name?")).toMatchObject({ identity: 'person', topics: [] });
    expect(parse('Quel est le prénom de Macron ?').identity).toBe('person');
  });

  it('corrects a name the model knows as a word when it is written as a name', () => {
    expect(actorIds('What did Borel write?')).toEqual(['borrell']);
    // a word of a name written after its first: "prise" is an English word, but after "ned" it is Price
    expect(actorIds('who is ned prise')).toEqual(['price']);
    expect(parse('the price of gas').topics).toContain('price');
  });

  it('takes a closing "have" as the verb of a possession', () => {
    expect(parse('How many troops does NATO have?').actors).toMatchObject([{ id: 'nato', role: 'agent' }]);
  });

  it('takes "who was more X, A or B?" for a judgement', () => {
    expect(parse('Who was more conciliatory, Macron or Johnson?').opinion).toBe(true);
    expect(parse('Who called Putin more often, Macron or Johnson?').opinion).toBe(false);
  });

  it('reads French inversions after a verb, and refusing to comment without a "to"', () => {
    expect(parse("La Russie veut-elle envahir l'Ukraine ?")).toMatchObject({
      kind: 'yes-no',
      events: ['invade'],
    });
    expect(parse('Qui a refusé de commenter ?')).toMatchObject({ events: ['say'], topics: ['declin'] });
  });

  it('reads "why is X mentioned?" as asking what the articles say of X', () => {
    expect(parse('Why is Georgia mentioned?').kind).toBe('what');
    expect(parse('Why did Russia mention 1997?').kind).toBe('why');
    expect(parse('Is the war in Donbass mentioned?').kind).toBe('what');
  });

  it('reads a French condition as a condition, its actors warned, not the subjects of an inversion', () => {
    expect(parse("Qu'arrivera-t-il si la Russie attaque l'Ukraine ?")).toMatchObject({
      conditional: true,
      actors: [
        { id: 'russia', role: 'recipient' },
        { id: 'ukraine', role: 'recipient' },
      ],
    });
    expect(parse('Summarise the Brussels meeting in one line').topics).toEqual([]);
  });

  it('takes how talks went (tone, failure, progress) for what is asked, not a topic', () => {
    expect(parse('Did the talks in Brussels fail?').topics).toEqual([]);
    expect(parse('What was the tone of the Brussels talks?').topics).toEqual([]);
  });

  it('reads "red lines" as demands', () => {
    expect(parse("What are Russia's red lines?").events).toEqual(['demand']);
  });

  it('makes no aggressor of someone "at war"', () => {
    expect(parse('How long has Ukraine been at war?').actors).toMatchObject([{ id: 'ukraine', role: 'any' }]);
  });

  it('reads "when is the next…?" as asking about the future', () => {
    expect(parse('When is the next NATO-Russia Council?').future).toBe(true);
    expect(parse('When is the NATO-Russia Council?').future).toBe(false);
    expect(parse('Is Johnson still prime minister?').future).toBe(true); // today, after the articles
    expect(parse('Is Russia still massing troops?').future).toBe(false); // which they report
  });

  it('drops hedges and "I wanna know"', () => {
    expect(parse('when was the berlin wall promise supposedly made').topics).toEqual([
      'berlin',
      'wall',
      'promis',
    ]);
    expect(parse('i wanna know what the US offered on missiles').unknown).toEqual([]);
  });

  it('drops polite openers and reads French chat words', () => {
    expect(
      parse('Could you remind me what Stoltenberg said would happen if Russia used force?').topics,
    ).not.toContain('remind');
    expect(parse('can you please show me the Brussels talks').normalised).toBe('the brussels talks');
    expect(parse('qui a tel a poutine le 3 fevrier').events).toEqual(['call']);
    expect(parse('la russie veut quoi exactement').topics).toEqual([]);
    expect(parse('How many years had passed since the previous NATO-Russia Council?').topics).toEqual([]);
  });

  it('glosses French words in an English question, known by their accents or as French alone', () => {
    expect(parse('Who a appelé Putin on 3 février?')).toMatchObject({ kind: 'who', events: ['call'] });
    expect(parse('Combien of troops did Russia mass?').kind).toBe('how-many');
    expect(parse('Sherman a dit what about unity?').events).toEqual(['say']);
    // English words that are French too stay English
    expect(parse('Who declined to comment on the documents?').normalised).toContain('comment');
    expect(parse('Did Macron met Putin in person?').eventStems).toEqual(
      parse('Did Macron meet Putin in person?').eventStems,
    );
  });

  it('takes speculation and a French "do you think" for an opinion', () => {
    expect(parse("What would have happened if NATO had accepted Russia's demands?").opinion).toBe(true);
    expect(parse("Pensez-vous que la Russie va envahir l'Ukraine ?").opinion).toBe(true);
    expect(parse('What would happen if Russia invaded Ukraine, according to Johnson?').opinion).toBe(false);
  });

  it('reads "the Politico piece" as the article, and "the information" as no topic', () => {
    expect(parse('What does the Politico piece report?')).toMatchObject({
      topics: [],
      inArticles: ['politico-brussels-impasse'],
    });
    expect(parse("Quelle est la source de l'information sur les 100 000 soldats ?").topics).toEqual([
      '100000',
      'troop',
    ]);
  });

  it('reads "produce a deal", "the West\'s attitude" by what they ask: the deal, what was said', () => {
    expect(parse('Did the Brussels talks produce a deal?')).toMatchObject({ events: ['agree'], topics: [] });
    expect(parse("How did Putin describe the West's attitude on 1 February?").topics).not.toContain(
      'attitud',
    );
    expect(parse('How did Macron and Putin communicate?').events).toEqual(['discuss']);
  });

  it('reads "the original French" as the quote, and « la citation exacte de Poutine » as his words', () => {
    expect(parse('What is the original French for the spirit of dialogue?').actors).toEqual([]);
    expect(parse('Quelle est la citation exacte de Poutine sur les préoccupations russes ?').actors).toEqual([
      expect.objectContaining({ id: 'putin', role: 'agent' }),
      expect.objectContaining({ id: 'russia' }),
    ]);
  });

  it('reads "who from the EU", "the guy from the EU" as where someone belongs, and claims put to the bot', () => {
    expect(parse('Who from the EU wrote about the glacis?').actors).toEqual([
      expect.objectContaining({ id: 'eu', role: 'any' }),
    ]);
    expect(parse('Is it fair to say the Brussels meeting went nowhere?').kind).toBe('yes-no');
    expect(parse('I keep hearing that Russia wanted legal guarantees').topics).not.toContain('hear');
  });

  it('reads French slang: « les ricains », « le délire avec », « au total »', () => {
    expect(parse('les ricains ont proposé quoi ?').actors.map((a) => a.id)).toEqual(['united-states']);
    expect(parse("c'est quoi le délire avec le glacis ?").unknown).toEqual([]);
    expect(parse('combien de soldats russes au total ?').topics).not.toContain('total');
  });

  it('reads "the call" after a determiner as a phone call, not as naming something', () => {
    expect(parse('What did London say about the call?').topics).toEqual(['call']);
    expect(parse("What did Johnson call Putin's demands?").events).toEqual(['say']);
  });

  it('reads actors after a "that" past the verb as belonging to the clause, not the verb', () => {
    expect(parse('Who refused to guarantee that Ukraine would never join NATO?').actors).toEqual([
      expect.objectContaining({ id: 'ukraine', role: 'any' }),
      expect.objectContaining({ id: 'nato', role: 'any' }),
    ]);
    expect(parse('Macron a-t-il rappelé Poutine après le 31 janvier ?').events).toEqual(['call']);
    // insisting that something is so asserts it; insisting on something demands it
    expect(parse('Who insisted that any country may ask to join NATO?').events).toEqual(['say']);
  });

  it('reads "what role did X play?", « quel rôle a joué X ? » as what X did, with no topic', () => {
    expect(parse('What role did the OSCE play?').topics).toEqual([]);
    expect(parse('What part did the EU play in all this?').topics).toEqual([]);
    expect(parse('Quel rôle a joué la France ?').topics).toEqual([]);
  });

  it('takes an unseen form of a verb the facts use for that verb, not a name', () => {
    expect(parse('Who blogged about the Soviet glacis?')).toMatchObject({
      topics: ['blog', 'glaci'],
      unknown: [],
    });
    expect(parse('When did Macorn call Poutin?').actors.map((actor) => actor.id)).toEqual([
      'macron',
      'putin',
    ]);
  });

  it('reads who-questions about who was acted on: passives, a stranded "to", "to whom"', () => {
    expect(parse('Who was accused of planning an invasion?').asksRecipient).toBe(true);
    expect(parse('Which countries have been accused of planning an invasion?').asksRecipient).toBe(true);
    expect(parse('Who was the NATO letter sent to?').asksRecipient).toBe(true);
    expect(parse('To whom did NATO send its letter?').asksRecipient).toBe(true);
    expect(parse('Who accused Russia of planning an invasion?').asksRecipient).toBe(false);
    expect(parse('Who is meeting in Geneva?').asksRecipient).toBe(false);
  });

  it('asks who someone is only when the question names them', () => {
    expect(parse('Who is Wendy Sherman?').identity).toBe('person');
    expect(parse('Who was embroiled in a scandal?').identity).toBeNull();
  });

  it('asks who someone is when asked for their job or role, and only of a person', () => {
    expect(parse("What is Grushko's job?")).toMatchObject({ identity: 'person', topics: [] });
    expect(parse('Quel est le rôle de Grushko ?').identity).toBe('person');
    expect(parse('What role did NATO play?').identity).toBeNull();
  });

  it('asks what a body, a document or a paper is, in both languages', () => {
    expect(parse('What is the OSCE?').identity).toBe('thing');
    expect(parse("Qu'est-ce que le Conseil OTAN-Russie ?").identity).toBe('thing');
    expect(parse("C'est quoi l'OSCE ?").identity).toBe('thing');
    expect(parse('What did the OSCE do?').identity).toBeNull();
    expect(parse('What is Putin?').identity).toBeNull();
  });

  it('asks where a person comes from, not where a thing was sent from', () => {
    expect(parse('Where is Stoltenberg from?').topics).toContain('origin');
    expect(parse("D'où vient Stoltenberg ?").topics).toContain('origin');
    expect(parse('Where did the draft treaties come from?').topics).not.toContain('origin');
  });

  it('reads a question opened by "how" as asking what was done, whatever clause follows', () => {
    expect(parse('How did NATO respond when Russia brought up old grievances?').kind).toBe('what');
  });

  it.each([
    ['who called Putin on 3 February?', 'who', ['call']],
    ['what did NATO offer?', 'what', ['offer']],
    ['When did Macron and Putin speak?', 'when', ['talk']],
    ['Où a eu lieu la réunion ?', 'where', ['meet']],
    ['How many troops did Russia mass?', 'how-many', ['deploy']],
    ['Why did the West refuse?', 'why', ['reject']],
    ['Did Russia deny it?', 'yes-no', ['deny']],
    ['What happened on 2 February?', 'what-happened', []],
    ['timeline of the calls', 'timeline', ['call']],
    ['What did Stoltenberg call on Russia to do?', 'what', ['demand']],
    ['Who called the meeting a success?', 'who', ['say']],
    ['Tell me about the NATO-Russia Council', 'what', []],
    ['Summarise the Brussels talks', 'what', []],
    ['Is it true that Macron called Putin on 3 February?', 'yes-no', ['call']],
    ['Est-il vrai que Johnson a appelé Poutine ?', 'yes-no', ['call']],
    ["La Russie menace-t-elle l'Ukraine ?", 'yes-no', ['warn']],
    ['Y a-t-il eu des sanctions ?', 'yes-no', []],
    ['Parle-moi des pourparlers de Genève', 'what', ['talk']],
    // being on the phone is the call; talking on the phone is talking
    ['Who was on the phone with Putin on January 31?', 'who', ['call']],
    ['Did Putin and Macron talk on the phone?', 'yes-no', ['talk']],
    ['Did Russia say yes to the offer?', 'yes-no', ['accept']],
    ['What city hosted the talks?', 'where', ['meet']],
    // a kind of actor as the subject asks who did it
    ['Which paper leaked the documents?', 'who', ['publish']],
    ['Quel journal a publié les documents ?', 'who', ['publish']],
    ['Which countries did Russia want NATO troops out of?', 'what', ['demand']],
    ['What are the Minsk agreements supposed to do?', 'what', []],
    // a negated agreement is a refusal; chat openers ask for the gist; "which came first" asks when
    ["What didn't the allies agree to?", 'what', ['reject']],
    ["Didn't Russia accept the offer?", 'yes-no', ['accept']],
    ['whats the deal with the el pais leak', 'what', ['publish']],
    ['tl;dr of the brussels talks?', 'what', []],
    ['Which came first, the Geneva talks or the Brussels meeting?', 'when', ['talk']],
    // naming, not phoning; speaking to no one named is saying; a message sent is something said
    ['What did Sherman call the meeting?', 'what', ['say']],
    ['Who spoke at a press conference after the council?', 'who', ['say']],
    ['Which NATO officials spoke after the Council?', 'who', ['say']],
    // holding a body's meeting is meeting; holding exercises is the exercises
    ['Why was the NATO-Russia Council held?', 'why', ['meet']],
    ['When did Russia hold exercises?', 'when', ['deploy']],
    ['Who did Putin speak with?', 'who', ['talk']],
    // "did anything happen" asks what happened; "did the Council take place in Geneva" does not
    ['Did anything happen on 20 January?', 'what-happened', []],
    ["Est-ce qu'il s'est passé quelque chose le 20 janvier ?", 'what-happened', []],
    // a conclusion is something said; "d'après" is "according to", not "after"
    ["What was the NATO secretary general's conclusion?", 'what', ['say']],
    ["D'après le Kremlin, de quoi Macron et Poutine ont-ils parlé ?", 'what', ['discuss']],
    // agreeing to a demand or an offer is accepting it
    ["Did the West agree to Russia's demands?", 'yes-no', ['accept']],
    ['What did Macron and Putin agree to?', 'what', ['agree']],
    ['Did the allies send Russia a message?', 'yes-no', ['say']],
    ['De quoi Poutine s’est-il plaint le 1er février ?', 'what', ['say']],
    // "going to" before a verb is the future, not a trip
    ['Is NATO going to expand?', 'yes-no', []],
    ['When did Johnson go to Kyiv?', 'when', ['visit']],
    // "how long before" an event measures from it; with nothing to measure from, it asks when
    ['How long before the Brussels meeting did Russia send its treaties?', 'how-long', ['send']],
    ['How long after that did Macron call?', 'when', ['call']],
    // a comparison of lengths asks how long; signing is its own event
    ['Were the Geneva talks longer than the Brussels ones?', 'how-long', ['talk']],
    ['Did Russia sign anything?', 'yes-no', ['sign']],
    // what is asked of a talk is what it was about
    ['De quoi ont parlé Macron et Poutine ?', 'what', ['discuss']],
    // having someone on the phone is calling them; « un coup de fil » is a call; « sortir » a document is
    // publishing it
    ['How many times did Macron have Putin on the phone?', 'how-many', ['call']],
    ['Macron a eu Poutine au téléphone combien de fois ?', 'how-many', ['call']],
    ['C’était quand déjà le coup de fil entre Johnson et Poutine ?', 'when', ['call']],
    ['C’est quel journal qui a sorti les documents ?', 'what', ['publish']],
    // « donner » (give), « au nom de » (for: speaking for someone is representing them)
    ['Qui a donné une conférence de presse après la réunion de Bruxelles ?', 'who', []],
    ['Qui a parlé au nom de Boris Johnson ?', 'who', ['represent']],
    // names alone asked why ask what is said of them; « truc » carries nothing
    ['Pourquoi la Roumanie et la Bulgarie ?', 'what', []],
    ['Why is Ukraine important to Russia?', 'why', []],
    ['C’est quoi le truc des missiles ?', 'what', []],
    // a condition's verb is not the question's when one comes before it
    ['What did Stoltenberg say would happen to Russia if it attacked?', 'what', ['say']],
  ])('%s → %s %j', (question, kind, events) => {
    const query = parse(question);
    expect(query.kind).toBe(kind);
    expect(query.events).toEqual(events);
  });
});

describe('roles in French', () => {
  it('reads an actor after a noun, its « de » glossed away, as whose the thing is', () => {
    const query = parse('Les lettres des Américains, elles ont été envoyées quand ?');
    expect(query.actors.map(({ id, role }) => [id, role])).toEqual([['united-states', 'any']]);
    expect(
      sharedEngine().ask('Les lettres des Américains, elles ont été envoyées quand ?').answer.factIds[0],
    ).toBe('us-nato-letters-sent');
  });

  it('reads the Russian team, the Russian negotiators as the Russian delegation', () => {
    expect(actorIds('who headed the Russian team?')).toEqual(['russian-diplomats']);
    expect(actorIds('Qui menait les négociateurs russes ?')).toEqual(['russian-diplomats']);
  });

  it('reads Quebec French: "y" for il / ils, "-tu" asking, "pis", "pour vrai", "jaser"', () => {
    expect(normaliseQuestion("Pis les Américains, y'ont proposé quoi ?").text).toBe(
      'and american they have proposed what ?',
    );
    expect(normaliseQuestion('Poutine, y veut quoi au juste ?').text).toBe('poutine he want what ?');
    expect(parse('Ils se sont-tu entendus à Bruxelles ?')).toMatchObject({
      kind: 'yes-no',
      events: ['agree'],
    });
    // "-tu" after a verb of the second person is "you"
    expect(normaliseQuestion('Peux-tu me dire qui a appelé Poutine ?').text).toBe('who called poutine ?');
    expect(parse('Macron a appelé Poutine pour vrai le 3 février ?')).toMatchObject({
      kind: 'yes-no',
      eventByVerb: true,
    });
    expect(parse("C'est quand que Johnson a jasé avec Poutine ?").events).toEqual(['talk']);
  });

  it('reads « c’est » as presenting what is asked, not pointing back', () => {
    expect(parse('C’est quel journal qui a sorti les documents ?').refersBack).toBe(false);
    expect(parse('C’est qui qui a appelé Macron ?').kind).toBe('who');
  });
});

describe('stems', () => {
  it('stems a noun in "-sion" as its verb, so that "expanding" meets "expansion"', () => {
    const wink = createWink();
    expect(wink.stem('expansion')).toBe(wink.stem('expanding'));
    expect(wink.stem('invasions')).toBe(wink.stem('invade'));
    expect(wink.stem('conclusion')).toBe(wink.stem('concluded'));
    // "-ssion" and "-rsion" are other endings: "version" is no verb "verd"
    expect(wink.stem('version')).toBe('version');
  });
});

describe('spelling', () => {
  it('corrects to the one close known word, and never between rivals', () => {
    const corrector = new SpellingCorrector(['stoltenberg', 'called', 'war', 'was'], new Map());
    expect(corrector.correct('stoltenburg')).toBe('stoltenberg');
    expect(corrector.correct('caled')).toBe('called');
    expect(corrector.correct('wab')).toBeNull(); // war or was
    expect(corrector.correct('zzzzzz')).toBeNull();
    // a doubled letter typed once is no edit: "Borel" is Borrell
    expect(new SpellingCorrector(['borrell', 'bored'], new Map()).correct('borel')).toBe('borrell');
    // forms of one word are no rivals
    const sameStem = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4);
    expect(new SpellingCorrector(['call', 'called', 'calls'], new Map()).correct('calld')).toBeNull();
    expect(new SpellingCorrector(['call', 'called', 'calls'], new Map(), sameStem).correct('calld')).toMatch(
      /^call/,
    );
  });

  it('corrects English questions to English words, and French words only to names', () => {
    expect(parse('how many troups are at the border').corrections).toEqual([['troups', 'troops']]);
    expect(parse('Qui a remporté la présidentielle ?').corrections).toEqual([]);
    expect(parse('que demande la rusie').corrections).toEqual([['rusie', 'russie']]);
  });

  it('fixes typos inside questions, in both languages', () => {
    expect(parse('who caled putn on feb 3rd').corrections).toEqual([
      ['caled', 'called'],
      ['putn', 'putin'],
    ]);
    expect(actorIds('When did Macorn call Poutin?')).toEqual(['macron', 'putin']);
    expect(parse('qui a apelé poutine').events).toEqual(['call']);
  });
});

describe('what the asker sets aside', () => {
  it('takes the words after "apart from", "besides", "other than" out of the question', () => {
    expect(parse('Apart from Geneva, where were talks held?')).toMatchObject({
      actors: [],
      setAside: { actors: ['geneva'], settings: ['geneva'], types: [], stems: [] },
    });
    expect(parse('Who did Putin speak to besides Macron?')).toMatchObject({
      actors: [{ id: 'putin' }],
      setAside: { actors: ['macron'] },
    });
    const sanctions = parse('Other than sanctions, what did Stoltenberg warn about?');
    expect(sanctions.topics).toEqual([]);
    expect(sanctions.setAside).toMatchObject({ actors: [], stems: ['sanction'] });
    expect(parse('Apart from the phone calls, what did Macron do?').setAside).toMatchObject({
      types: ['phone-call'],
    });
    expect(parse('Where were talks held?').setAside).toBeNull();
  });
});

describe('French imperatives and abbreviations', () => {
  it('reads « décris », « nomme », « en une phrase » and « févr. » as the English the pipeline knows', () => {
    expect(normaliseQuestion('Décris le renforcement des troupes russes').text).toBe(
      'buildup troops russian',
    );
    expect(normaliseQuestion("Nomme les deux pays que la Russie veut tenir hors de l'OTAN").text).toMatch(
      /^name /,
    );
    expect(normaliseQuestion("que s'est-il passé le 3 févr. ?").text).toBe('what happened 3 february ?');
  });
});

describe('English past forms of glossed verbs', () => {
  it('inflects regular, doubling and irregular verbs, and leaves nouns alone', () => {
    expect(['leak', 'propose', 'deny', 'admit', 'offer'].map((verb) => pastOf(verb, 'past'))).toEqual([
      'leaked',
      'proposed',
      'denied',
      'admitted',
      'offered',
    ]);
    expect([pastOf('give', 'past'), pastOf('give', 'participle')]).toEqual(['gave', 'given']);
    expect(pastOf('intervention', 'past')).toBe('intervention');
  });
});

describe('French word order read as English', () => {
  it('puts a negation where English does, and « que » after whom something was said to as "that"', () => {
    expect(normaliseQuestion("Qui a promis à Moscou que l'OTAN ne s'élargirait pas ?").text).toBe(
      'who promised moscou that otan would not enlarge ?',
    );
    expect(normaliseQuestion('les documents ne sont pas authentiques').text).toBe(
      'documents are not authentic',
    );
  });

  it('asks "what did X do" of a verb put before a short subject that ends the question', () => {
    expect(normaliseQuestion("et qu'a répondu Moscou ?").text).toBe('and what did moscou responded ?');
    // (a subject followed by more keeps its order: whom it was said to is no subject)
    expect(normaliseQuestion("qu'a dit Poutine à Johnson ?").text).toBe('what said poutine to johnson ?');
  });
});

describe('French typed without apostrophes', () => {
  it('spells out an elision before a vowel as with its apostrophe', () => {
    expect(normaliseQuestion('qu a dit l OTAN ?').text).toBe(normaliseQuestion("qu'a dit l'OTAN ?").text);
    expect(normaliseQuestion('c est quoi l OSCE ?').text).toBe(normaliseQuestion("c'est quoi l'OSCE ?").text);
  });
});
