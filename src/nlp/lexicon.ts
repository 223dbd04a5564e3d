/**
 * The language data the parser runs on: how French folds into English words, which words ask which
 * kind of question, and which words name which kind of event. Data, not code: extend a table here
 * before touching the parser.
 */
import type { FactType } from '../knowledge/schema.ts';

/** A lookup table from an object literal, safe to index with any word (no prototype keys). */
function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/**
 * French phrases, folded (no accents, elisions expanded: "qu'est-ce que" → "que est ce que"), and the
 * English they stand for. Applied before single words, longest first.
 */
export const FRENCH_PHRASES: Record<string, string> = {
  'arriverait il': 'would occur',
  'arrivera t il': 'will happen',
  arrivera: 'will happen',
  'se passera t il': 'will happen',
  // "qui était assis en face de Grouchko ?": who met him, as "who sat across from" (IDIOMS)
  'etait assis en face de': 'met',
  'etait assis en face des': 'met the',
  'etaient assis en face de': 'met',
  'etaient assis en face des': 'met the',
  // "unis face à la Russie": against it
  'face a_to': 'against',
  'face aux': 'against the',
  // "violer les accords de Minsk": breaching them
  violer: 'violate',
  viole: 'violated',
  violaient: 'violated',
  violation: 'violation',
  // "si la Russie attaque": a condition ("si" alone may be "so" or "yes")
  'si la': 'if the',
  'si le': 'if the',
  'si les': 'if the',
  // "la Russie se sent-elle menacée ?": feels threatened, not threatens
  'se sent elle menacee': 'feel threatened',
  'se sent il menace': 'feel threatened',
  'se sentent ils menaces': 'feel threatened',
  'se sent menacee': 'feel threatened',
  'se sent menace': 'feel threatened',
  'se sentent menaces': 'feel threatened',
  'eu lieu': 'taken place',
  'avoir lieu': 'take place',
  'quoi de neuf': 'what',
  'quel temps': 'what weather',
  'la meteo': 'the weather',
  'que est ce que': 'what',
  'ce est quoi': 'what is',
  'ce etait quoi': 'what was',
  'ce est qui': 'who is', // « c'était qui le premier ministre ? »
  'ce etait qui': 'who was',
  'quelle a ete': 'what was',
  'quel a ete': 'what was',
  'quelles ont ete': 'what were',
  'quels ont ete': 'what were',
  'etats unis': 'united states', // one name, not "unis" (united) after "états"
  // « les premiers jours de février », « le début de l'année »: early in it (see IDIOMS)
  'premiers jours de': 'early',
  'derniers jours de': 'late',
  'debut de le annee': 'early january',
  'fin de le annee': 'late december',
  // « qu'est-ce que l'OTAN a refusé de discuter ? »: what it would not discuss (see IDIOMS)
  'refuse de discuter': 'not discuss',
  'refuse de negocier': 'not negotiate',
  // « pour qui travaille-t-il ? »: who he is, as IDIOMS read "who does he work for?" (his post says whose)
  'pour qui travaille t il': 'who is he',
  'pour qui travaille t elle': 'who is she',
  'pour qui travaillait il': 'who was he',
  'pour qui travaillait elle': 'who was she',
  // « combien de temps s'est écoulé entre… »: how long passed
  'se est ecoule': 'passed',
  'se sont ecoules': 'passed',
  'le plus souvent': 'most often',
  'plus souvent': 'more often',
  'voulait dire': 'meant',
  'veut dire': 'means',
  'voulez dire': 'mean',
  'que est ce qui': 'what',
  'qui est ce qui': 'who',
  'qui est ce que': 'whom',
  'est ce que': 'did',
  // inversions keep their pronoun: "qu'ont-ils dit ?" asks about the people just mentioned
  'a t il': 'did he',
  'a til': 'did he', // typed without its hyphens
  'a telle': 'did she',
  'rendu public': 'published',
  'rendus publics': 'published',
  'rendue publique': 'published',
  'rendues publiques': 'published',
  // « qui a rendu publiques les propositions ? »: the participle agrees with what follows, or not at all
  'rendu publics': 'published',
  'rendu publique': 'published',
  'rendu publiques': 'published',
  'sont ils': 'are they',
  'sont elles': 'are they',
  'est elle': 'is she',
  // "l'est de l'Ukraine": the east, not "is"
  'le est de': 'eastern',
  // where someone comes from: "d'où vient-il ?", "de quel pays est-elle originaire ?"
  'd ou_where': 'from where',
  'de quel pays': 'from which country',
  'de quelle ville': 'from where',
  originaire: 'from',
  vient: 'comes',
  viennent: 'come',
  'dans quelle ville': 'where',
  'quelle ville': 'where',
  'en quel lieu': 'where',
  'a t elle': 'did she',
  // "va-t-il envahir ?": aller + infinitive is the future
  'va t il': 'will he',
  'va t elle': 'will she',
  'vont ils': 'will they',
  'vont elles': 'will they',
  'ont ils': 'did they',
  'ont elles': 'did they',
  'quest ce que': 'what',
  'quest ce qui': 'what',
  // "avoir raison / tort": asking for a judgement
  'avait elle raison': 'was right',
  'avait il raison': 'was right',
  'a t elle raison': 'was right',
  // « au lieu de retirer ses troupes », « plutôt que de commenter »: instead of
  'au lieu de': 'instead of',
  'au lieu du': 'instead of the',
  'au lieu des': 'instead of the',
  'plutot que de': 'rather than',
  'plutot que': 'rather than',
  // « qui d'autre que Stoltenberg… ? »: who else besides him
  'de autre que': 'else besides',
  // « qui a pris la parole ? »: who spoke; « qu'est-ce qui est arrivé en premier ? »: what came first
  'a pris la parole': 'spoke',
  'ont pris la parole': 'spoke',
  'pris la parole': 'spoke',
  'prendre la parole': 'speak',
  'est arrive en premier': 'came first',
  'arrive en premier': 'came first',
  // « la plus haute responsable américaine »: the top US official; « une demi-journée »: twelve hours
  'la plus haute': 'the top',
  'le plus haut': 'the top',
  'une demi journee': '12 hours',
  'demi journee': '12 hours',
  // « d'ici le 2 février »: by that day
  'de ici le': 'by',
  'de ici au': 'by',
  // « plus de 100 000 soldats » is glossed by its words ("more 100000")
  'au moins': 'at least',
  'moins de': 'less than',
  'a t il raison': 'was right',
  'avaient ils raison': 'were right',
  'ont ils raison': 'were right',
  'avait raison': 'was right',
  'a raison': 'was right',
  'avait elle tort': 'was wrong',
  'avait il tort': 'was wrong',
  'a t il tort': 'was wrong',
  'avait tort': 'was wrong',
  'a tort': 'was wrong',
  'y a t il': 'is there',
  'a quelle date': 'when',
  'quelle date': 'what date',
  'quel jour': 'what day',
  'a quel moment': 'when',
  'combien de temps': 'how long',
  // « ça faisait combien de temps que le Conseil n'avait pas siégé ? »
  'ca faisait combien de temps que': 'how long had it been since',
  'cela faisait combien de temps que': 'how long had it been since',
  'ca fait combien de temps que': 'how long has it been since',
  'combien de': 'how many',
  'pour quelle raison': 'why',
  'a propos de': 'about',
  'au sujet de': 'about',
  'de quoi': 'about what',
  'par telephone': 'by phone',
  'au telephone': 'by phone',
  'entretien telephonique': 'phone call',
  'coup de fil': 'phone call', // "a ring"
  'au nom de': 'for',
  'au nom du': 'for the',
  'au nom des': 'for the',
  'coups de fil': 'phone calls',
  'appel telephonique': 'phone call',
  // « y a-t-il eu un appel… ? »: a call, not "to call" (the article tells the noun)
  'un appel telephonique': 'a phone call',
  'un appel': 'a call',
  'un coup de fil': 'a phone call',
  'se sont parle': 'spoke',
  'parle de': 'talked about',
  'parle des': 'talked about',
  'parle du': 'talked about',
  'parler de': 'talk about',
  'se sont entretenus': 'spoke',
  'se est entretenu': 'spoke',
  'se sont rencontres': 'met',
  // « ont-ils quitté la table des discussions ? »: walking out, no withdrawal of troops (« quitt », below)
  'quitte la table': 'walked out of',
  'quitter la table': 'walk out of',
  'quittent la table': 'walk out of',
  // « où se sont-ils vus ? »: seeing each other is meeting
  'se sont vus': 'met',
  'se sont vues': 'met',
  'se voir': 'meet',
  // « répondre tout de suite »: right away
  'tout de suite': 'right away',
  // « la remarque de Poutine sur le fait d'être ignoré »: about it
  'sur le fait de': 'about',
  'sur le fait que': 'about',
  'se est rendu': 'went',
  'se sont rendus': 'went',
  // « Stoltenberg s'est-il rendu à Moscou ? »: did he go there (not "is he", somewhere now)
  'se est il rendu': 'did he go',
  'se est elle rendue': 'did she go',
  'se sont ils rendus': 'did they go',
  'se sont elles rendues': 'did they go',
  'se rendre': 'go',
  // « qu'a-t-il mis sur la table ? »: put forward
  'mis sur la table': 'proposed',
  'mettre sur la table': 'propose',
  'met sur la table': 'proposes',
  'mettent sur la table': 'propose',
  'mis en garde': 'warned',
  'mettre en garde': 'warn',
  // « a-t-il pris l'avion pour Moscou ? »: flew there
  'pris le avion': 'flew',
  'prendre le avion': 'fly',
  // « qui s'est assis à la même table ? »: who met
  'se est assis a_to la meme table': 'met',
  'se sont assis a_to la meme table': 'met',
  'se est assis a_to la table': 'met',
  'se sont assis a_to la table': 'met',
  'se sont ils assis a_to la table': 'did they meet',
  'se sont elles assises a_to la table': 'did they meet',
  // « se sont-ils mis d'accord », « se sont mises d'accord »: agreed
  'mis de accord': 'agreed',
  'mise de accord': 'agreed',
  'mises de accord': 'agreed',
  'mettre de accord': 'agree',
  // « quand El País a-t-il mis les lettres en ligne ? »: published them
  'mis en ligne': 'published',
  'mettre en ligne': 'publish',
  'met en ligne': 'publishes',
  'mettent en ligne': 'publish',
  'mise en garde': 'warning',
  'mises en garde': 'warnings',
  'fin de non recevoir': 'refusal',
  'gain de cause': 'its way', // « si elle n'obtenait pas gain de cause »
  'guerre froide': 'cold war',
  'espace aerien': 'airspace', // (not « aérien » alone: an air campaign)
  'conference de presse': 'press conference',
  'conf de presse': 'press conference', // « sa conf de presse »
  // « pourquoi la Russie tenait tant à ce que l'OTAN ne grossisse pas ? »: cared so much that it should not
  'tenait tant a_to ce que': 'cared so much that',
  'tient tant a_to ce que': 'cares so much that',
  'plus tot': 'earlier', // « qu'est-ce qui a eu lieu plus tôt ? »
  // « son échange avec Poutine »: their talk (not « en échange », in return, which the bot does not read)
  'echange avec': 'talk with',
  'echanges avec': 'talks with',
  'porte parole': 'spokesman',
  'tout le monde': 'everyone',
  'quelque un': 'someone', // « quelqu'un » (its elision spelled out)
  // « sur quoi ont porté les discussions ? »: what they were about
  'ont porte': 'were',
  'a porte': 'was',
  portaient: 'were',
  portait: 'was',
  // a door, not "porte sur" (is about): "fermer sa porte", "la politique des portes ouvertes"
  'sa porte': 'its door',
  'la porte': 'the door',
  'les portes': 'the doors',
  'porte ouverte': 'open door',
  'portes ouvertes': 'open door',
  'secretaire general': 'secretary general',
  'premier ministre': 'prime minister',
  // « s'en prendre à l'Ukraine »: to attack it
  'en prend': 'attacks',
  'en prennent': 'attack',
  'en prendre': 'attack',
  'an prochain': 'next year',
  // « qui est à l'origine de l'appel ? »: whose initiative it was; « auprès de Johnson »: to him
  'a_to le origine de': 'behind',
  'a_to le origine du': 'behind the',
  'a_to quelle frequence': 'how often',
  // « quel risque a-t-il mis en avant ? »: put forward in what he said
  'mis en avant': 'said',
  'mettre en avant': 'say',
  'met en avant': 'says',
  // « quel journal a mis la main sur les documents ? »: got hold of them
  'mis la main sur': 'got hold of',
  'mettre la main sur': 'get hold of',
  // « où vont les forces alliées »: where they go (« vont » + a verb is a future)
  'ou_where vont': 'where go',
  'ou_where va': 'where goes',
  // « le plus ancien membre »: the oldest (« ancien » alone is former)
  'plus ancien': 'oldest',
  'plus anciens': 'oldest',
  'plus ancienne': 'oldest',
  'aucune intention': 'no plan', // « n'avoir aucune intention d'envahir »
  // « sur quoi porte l'initiative ? »: what it is about (see « a porté »)
  'sur quoi porte': 'what is',
  // « l'Ukraine était-elle à l'ordre du jour de l'appel ? »: on the agenda (discussed)
  'a_to le ordre du jour': 'on the agenda',
  // « un bon dirigeant »: a judgement asked for (« bon » alone is also "well", « ah bon ? » "really?")
  'un bon': 'a good',
  'une bonne': 'a good',
  'un mauvais': 'a bad',
  'se est il plaint': 'did he complain',
  'se est elle plainte': 'did she complain',
  'se sont ils plaints': 'did they complain',
  'aupres de': 'to',
  'aupres du': 'to the',
  // « qu'en est-il sorti ? »: what came out of it
  'en est il sorti': 'came out of it',
  'en est elle sortie': 'came out of it',
  // « à quoi devaient servir les traités ? »: what they were for (as « à quoi servent », below)
  'a_to quoi devaient servir': 'what was the purpose of',
  'a_to quoi devait servir': 'what was the purpose of',
  // « a appelé à un esprit de dialogue », « appelle à la désescalade »: calling for it, no phone call
  'appele a_to': 'called for',
  'appelle a_to': 'calls for',
  'appeler a_to': 'call for',
  'appele au': 'called for the',
  'appelle au': 'calls for the',
  // « a parlé à la presse »: at a press conference (as "spoke to the press", see IDIOMS)
  'a_to la presse': 'at a press conference',
  'aux journalistes': 'at a press conference',
  // « les alliés de l'ex-Yougoslavie »: the allies from there (« de » is otherwise glossed away)
  'allies de': 'allies from',
  // « se sont élevés contre »: pushed back against
  'se sont eleves contre': 'pushed back against',
  'se est eleve contre': 'pushed back against',
  'se est elevee contre': 'pushed back against',
  'se eleve contre': 'pushes back against',
  'se sont ils eleves': 'did they push back',
  'se sont elles elevees': 'did they push back',
  'se est il eleve': 'did he push back',
  'se est elle elevee': 'did she push back',
  // « tenir d'autres réunions »: holding them (« tenir hors de » is keeping out)
  'tenir de autres': 'hold other',
  'tenir des reunions': 'hold meetings',
  'tenir une reunion': 'hold a meeting',
  'quelle ampleur': 'how big',
  'annee prochaine': 'next year',
  // « à quoi Poutine se sert-il de la crise ? »: what he uses it for (« à quoi sert l'OSCE ? » is its purpose)
  'se sert de': 'uses',
  'se sert il de': 'does he use',
  'se sert elle de': 'does she use',
  'se servait de': 'used',
  'se servent de': 'use',
  // « voir partir les troupes »: seeing them withdraw (not anyone leaving for somewhere)
  'voir partir': 'see withdraw',
  // "faire partie de": to be part of (« fait-elle partie », inverted, asks whether)
  'font partie': 'are part',
  'fait partie': 'is part',
  'fait il partie': 'is it part',
  'fait elle partie': 'is it part',
  'font ils partie': 'are they part',
  'font elles partie': 'are they part',
  'faisait il partie': 'was it part',
  'faisait elle partie': 'was it part',
  'faisaient ils partie': 'were they part',
  'faisaient elles partie': 'were they part',
  'plus longtemps': 'longer', // « qu'est-ce qui a duré plus longtemps »
  'plus tard': 'later', // « qu'est-ce qui est venu plus tard »
  'dans la vie': 'for a living', // « ce que fait Macron dans la vie »
  // « est venu », passé composé with « être »: came
  'est venu': 'came',
  'est venue': 'came',
  'sont venus': 'came',
  'sont venues': 'came',
  'le plus longtemps': 'the longest',
  'fait savoir': 'said', // « a fait savoir que »: let it be known
  'faisait partie': 'was part',
  'faisaient partie': 'were part',
  'en premier': 'first',
  'quelque chose': 'something',
  // "en gros, la Russie veut quoi ?": roughly; "dis-moi vite": tell me quickly
  'en gros': '',
  'du coup': '', // « du coup, de quoi ont-ils parlé ? »: so
  'au fait': '', // « au fait, c'était qui… ? »: by the way
  // « la Russie a-t-elle fini par envahir l'Ukraine ? »: whether it eventually did
  'fini par': 'eventually',
  'finir par': 'eventually',
  'finit par': 'eventually',
  'au bout du compte': 'eventually',
  'du coup de fil': 'the phone call',
  'pour toujours': 'forever',
  'hors de': 'out of', // « rester hors de l'OTAN »: what it stays out of, not a recipient
  'hors du': 'out of the',
  'hors des': 'out of the',
  'aucune des deux parties': 'neither side',
  'aucun des deux camps': 'neither side',
  'billet de blog': 'blog post',
  'dis moi': 'tell me',
  // "d'après le Kremlin": according to, not after
  'de apres': 'according to',
  'chef de etat': 'head of state',
  'chef de la diplomatie': 'foreign policy chief',
  'mesures de confiance': 'confidence measures',
  'controle des armements': 'arms control',
  'maitrise des armements': 'arms control',
  'maitrise des armes': 'arms control',
  'ont ils trouve': 'did they find',
  'a t il trouve': 'did he find',
  'a t elle trouve': 'did she find',
  'ont trouve': 'found',
  'a trouve': 'found',
  'a_to la tete de': 'at the head of', // « qui était à la tête de la délégation ? »
  'en tete de': 'at the top of',
  'terrain de entente': 'common ground',
  'par ecrit': 'in writing',
  'avait besoin de': 'needed',
  'avaient besoin de': 'needed',
  'a besoin de': 'needs',
  'ont besoin de': 'need',
  'en partie': 'partly', // « en partie pour exprimer »: not a side (« la partie française »)
  // « promettre à quelqu'un »: English promises someone, with no "to" to make them a recipient of the act
  'promis a_to': 'promised',
  'promet a_to': 'promises',
  'promettait a_to': 'promised',
  'promettre a_to': 'promise',
  'controle des armes': 'arms control',
  'ce jour la': 'that day',
  'la veille': 'the day before',
  'le lendemain': 'the day after',
  'le jour de apres': 'the day after', // « le jour d'après l'appel », not « d'après » (according to)
  // « qu'est-ce qui fait peur à Moscou ? »: what scares it
  'fait peur a_to': 'scares',
  'font peur a_to': 'scare',
  'faisait peur a_to': 'scared',
  'faisaient peur a_to': 'scared',
  'au bout du fil': 'on the phone', // « qui était au bout du fil avec Macron ? »
  // « qui a refusé de répondre aux questions ? »: declined to comment
  'repondre aux questions': 'comment',
  // « qui était là pour la Russie ? »: who represented it
  'etait la pour': 'was representing',
  'etaient la pour': 'were representing',
  // « qu'est-ce que Washington a avancé ? » (the verb's past, not « l'avance de l'OTAN »)
  'a avance': 'put forward',
  'ont avance': 'put forward',
  // « ressorti du passé »: from the past (« que s'est-il passé » is what happened)
  'du passe': 'from the past',
  // « s'est-il porté garant des documents ? »: vouched for them
  'se est il porte garant': 'did he vouch for',
  'se est elle portee garante': 'did she vouch for',
  'se sont ils portes garants': 'did they vouch for',
  'porte garant': 'vouched for',
  'portes garants': 'vouched for',
  // « le conseil » written small: the Council of this story, as "the council" is (parse.ts)
  'le conseil': 'the conseil',
  'pouvait arriver': 'could happen', // (« arriver à Kiev » stays arriving)
  'pourrait arriver': 'could happen',
  'une partie de': 'part of', // « une partie de la séance » (« les parties » are the sides)
  'une partie du': 'part of the',
  'la semaine derniere': 'last week',
  'se passe': 'happened',
  'se passait il': 'happened', // « que se passait-il à la frontière ? »
  // « qu'il se passera si… »: impersonal, no "he"
  'il se passera': 'will happen',
  'il se passerait': 'would happen',
  'il se passe': 'happens',
  'il se passait': 'happened',
  'se passait': 'happened',
  'se passerait': 'would happen', // « qu'ont dit les alliés qu'il se passerait si… ? »
  'se passera': 'will happen',
  'alliance militaire': 'military alliance',
  // (« ensemble » alone is glossed away: both named say it) the facts say "coordinated", as IDIOMS read it
  'travaille ensemble': 'coordinated',
  'travaille en etroite collaboration': 'coordinated',
  'se est passe': 'happened',
  'se est il passe': 'happened',
  'il y a eu': 'there was',
  'y a eu': 'there was',
  'y a t il eu': 'was there',
  'a eu': 'had',
  // spoken: "pour vrai" (really), "au juste" (exactly), "s'entendre" (to agree)
  'pour vrai': 'really',
  'la bas': 'there', // « qu'ont-ils dit là-bas ? »
  // « ont parlé d'une seule voix »: as one (with its verb too, or « parlé de » is read "talked about")
  'de une seule voix': 'as one',
  'parle de une seule voix': 'spoke as one',
  'au juste': '',
  'se sont entendus': 'agreed',
  'se sont il entendus': 'agreed',
  'se sont ils entendus': 'agreed',
  'ont eu': 'had',
  'avait eu': 'had',
  'avaient eu': 'had',
  'dix sept': '17',
  'dix huit': '18',
  'dix neuf': '19',
  'vingt et un': '21',
  'trente et un': '31',
  'le est': 'east',
  'a le est': 'east',
  'a_to le est': 'east',
  'a_to propos de': 'about',
  'pendant que': 'while',
  // « quelle réunion a suivi celle de Bruxelles ? »: the one of Brussels
  'celle de': 'the one of',
  'a suivi': 'came after',
  'ont suivi': 'came after',
  'celui de': 'the one of',
  'tous les deux': 'both',
  'toutes les deux': 'both',
  'tous deux': 'both',
  // « avait du mal à comprendre »: found it hard to
  'du mal a_to': 'hard to',
  'du mal a': 'hard to',
  'qui rapporte que': 'who says that',
  'qui a rapporte que': 'who says that',
  'a_to ce moment la': 'at that time',
  'a_to ce moment': 'at that time',
  'chez lui': 'at home for him',
  'chez elle': 'at home for her',
  'alors que': 'while',
  'a_to propos des': 'about the',
  'a_to propos du': 'about the',
  'a propos des': 'about the',
  'a propos du': 'about the',
  // « le même jour que la publication » (« même » alone may be "even")
  'le meme jour que': 'on the same day as',
  'meme jour que': 'same day as',
  'la meme semaine que': 'the same week as',
  'meme semaine que': 'same week as',
  // « que vient faire la Bulgarie là-dedans ? »: what it has to do with the story
  'que vient faire': 'what about',
  'que viennent faire': 'what about',
  // « qu'attend l'OTAN de la Russie ? »: what it wants of it (« attendre » alone is waiting)
  'que attend': 'what wants',
  'que attendent': 'what want',
  'en quoi consiste': 'what is',
  'en quoi consistent': 'what are',
  // « à part Genève, où… ? », « en dehors de Macron, qui… ? »: set aside (set-aside.ts)
  'a_to part': 'apart from',
  'mis a_to part': 'apart from',
  'en dehors de': 'apart from',
  'en dehors du': 'apart from the',
  'en dehors des': 'apart from the',
  'en plus de': 'besides',
  'en plus du': 'besides the',
  // « ont-elles abouti à un accord ? »
  'abouti a_to': 'ended in',
  'aboutir a_to': 'end in',
  'aboutit a_to': 'ends in',
  'aboutissent a_to': 'end in',
  'a_to quelle date': 'when',
  'a_to quel moment': 'when',
  // "à quoi servent les accords de Minsk ?": what they are for
  'a_to quoi servent': 'what is the purpose of',
  // « les positions des deux camps »: both sides
  'des deux camps': 'of both sides',
  'les deux camps': 'both sides',
  'chaque camp': 'each side',
  'a_to quoi sert': 'what is the purpose of',
  'a_to quoi servait': 'what was the purpose of',
  // « le Conseil OTAN-Russie, ça sert à quoi ? »: the thing named first, then asked of as "it"
  'ca sert a_to quoi': 'what is it for',
  'ca servait a_to quoi': 'what was it for',
  'ils servent a_to quoi': 'what are they for',
  'elles servent a_to quoi': 'what are they for',
  'servent a_to quoi': 'are for what', // « et ces accords servent à quoi ? »
  'sert a_to quoi': 'is for what',
  // « à quoi sont censés servir les accords ? »: what they are meant to do
  'censes servir': 'meant to do',
  'censees servir': 'meant to do',
  'cense servir': 'meant to do',
  'censee servir': 'meant to do',
  // « ces déclarations vont-elles à l'encontre des accords ? »: going against them (no future)
  'vont elles a_to le encontre': 'do they go against',
  'vont ils a_to le encontre': 'do they go against',
  'vont a_to le encontre': 'go against',
  'va a_to le encontre': 'goes against',
  'allaient a_to le encontre': 'went against',
  'aller a_to le encontre': 'go against', // « qui accuse-t-il d'aller à l'encontre des accords ? »
  // « combien de temps le Conseil était-il resté en sommeil ? »: how long it had not met
  'reste en sommeil': 'not met',
  'en sommeil': 'dormant',
  // « les traités présentés au Conseil »: tabled there (as words, « présente » would stand near the English "present")
  'presentes au': 'tabled at the',
  'presente au': 'tabled at the',
  'presentees au': 'tabled at the',
  'presentee au': 'tabled at the',
};

/**
 * French words, folded, and their English. An empty string drops a word that carries nothing.
 * A Map, not an object: user words index it, and "constructor" must find nothing.
 */
export const FRENCH_WORDS: ReadonlyMap<string, string> = table({
  qui: 'who',
  que: 'what',
  quoi: 'what',
  quel: 'which',
  quelle: 'which',
  quels: 'which',
  quelles: 'which',
  quand: 'when',
  pourquoi: 'why',
  comment: 'how',
  combien: 'how many',
  le: '',
  la: '',
  les: '',
  un: '',
  une: '',
  des: '',
  du: '',
  de: '',
  a: '',
  au: 'to the',
  aux: 'to the',
  et: 'and',
  ou: 'or',
  avec: 'with',
  contre: 'against',
  sur: 'about',
  pour: 'for',
  par: 'by',
  dans: 'in',
  en: 'in',
  lors: 'during',
  pendant: 'during',
  apres: 'after',
  pres: 'near',
  avant: 'before',
  entre: 'between',
  selon: 'according to',
  il: 'he',
  elle: 'she',
  ils: 'they',
  elles: 'they',
  se: '',
  ne: '',
  pas: 'not',
  oui: 'yes', // « ont-ils dit oui ? »: said yes, which is accepting
  jamais: 'never',
  est: 'is',
  sont: 'are',
  ont: 'have',
  etait: 'was',
  etaient: 'were',
  ete: 'been',
  avait: 'had',
  avaient: 'had',
  fait: 'done',
  faire: 'do',
  faisait: 'was doing',
  rapporte: 'reported',
  vieux: 'old',
  vieille: 'old',
  vieilles: 'old',
  grief: 'grievance',
  griefs: 'grievances',
  comprendre: 'understand',
  // the "t" of « rejoindra-t-elle », « a-t-il »: said for the sound alone
  t: '',
  ennui: 'trouble',
  ennuis: 'trouble',
  photographie: 'photographed',
  photographies: 'photographed',
  entrainement: 'training',
  davantage: 'more',
  // faire's future and conditional, which no stem reads (« que ferait l'OTAN si… ? »)
  fera: 'will do',
  feront: 'will do',
  ferait: 'would do',
  feraient: 'would do',
  // « déploierait », not the noun « déploiement » the stem "deploi" reads
  deploiera: 'will deploy',
  deploieront: 'will deploy',
  deploierait: 'would deploy',
  deploieraient: 'would deploy',
  // « qui accueillait les pourparlers ? »: hosted them (« a accueilli » a delegation is welcoming it)
  accueillait: 'hosted',
  accueillaient: 'hosted',
  accueille: 'hosts',
  pris: 'caught',
  // « des soldats postés près de l'Ukraine »: stationed (« le poste », singular, is a job)
  postes: 'stationed',
  postees: 'stationed',
  // « l'armée fabriquait quoi ? »: spoken French for what it was doing (not making anything)
  fabrique: 'is doing',
  fabriquait: 'was doing',
  fabriquaient: 'were doing',
  gouvernement: 'government', // « le gouvernement ukrainien »
  gouvernements: 'governments',
  nombre: 'number',
  // « quelle était la durée de la réunion ? »: its length (the stem "dur" would make it "last", an ordinal)
  duree: 'duration',
  risque: 'risk',
  risques: 'risks',
  alliees: 'allied', // « les forces alliées » (the allies, « les alliés », are a body)
  mouvement: 'move',
  dicter: 'dictate',
  accomplir: 'achieve',
  // « qui prétend que la promesse a été faite ? » (words, not a stem: « sa prétendue politique » is so-called)
  pretend: 'claims',
  pretendent: 'claim',
  pretendait: 'claimed',
  // « combien de projets de traités a-t-il avancés ? »: put forward (not « l'avancée de l'OTAN », its advance)
  avances: 'proposed',
  // « ce à quoi la Russie s'exposerait »: what it would face
  exposerait: 'would face',
  exposeraient: 'would face',
  exposer: 'face',
  environ: 'about', // « environ quatre heures »
  ordre: 'order', // « l'ordre de sécurité européen »
  cible: 'target',
  cibles: 'targets',
  // « se sont-ils dits prêts à… ? »: said (themselves) ready
  dits: 'said',
  // « les deux années précédentes » (not « des précédents », Stoltenberg's precedents)
  precedente: 'previous',
  precedentes: 'previous',
  desaccord: 'disagreement',
  desaccords: 'disagreements',
  // « les divergences seraient-elles faciles à surmonter ? » (see CONTRARIES)
  facile: 'easy',
  faciles: 'easy',
  // « pourquoi Sherman doutait-elle que… ? »: doubting, a verb of saying
  doutait: 'doubted',
  doute: 'doubts',
  // « que la Russie se sente menacée »: feel (« sent » is also the English word)
  sente: 'feel',
  sentent: 'feel',
  sentait: 'felt',
  sentaient: 'felt',
  // « sur quoi la Russie s'appuie-t-elle ? »: what it relies on
  appuie: 'rely',
  appuient: 'rely',
  appuyait: 'relied',
  appuyer: 'rely',
  // « ramener l'OTAN à 1997 »: turning it back
  ramener: 'bring back',
  ramene: 'brought back',
  // « ça a traîné combien de temps ? »: how long it lasted
  traine: 'last',
  trainait: 'last',
  // « où ont été prises les photos ? »: taken (the singular « prise » is also a noun, « la prise de la Crimée »)
  prises: 'taken',
  dirigeait: 'led',
  // « qu'entend le Kremlin par… ? »: what it means by it
  entend: 'means',
  instance: 'body',
  instances: 'bodies',
  dirigeaient: 'led',
  dite: 'said',
  dites: 'said',
  chose: 'thing',
  choses: 'things',
  restait: 'stayed',
  reste: 'stays',
  restent: 'stay',
  voyage: 'trip',
  titre: 'title',

  plaint: 'complained',
  entraines: 'trained',
  entraine: 'trained',
  excluent: 'rule out',
  exclut: 'rules out',
  cachait: 'hid',
  cache: 'hides',
  cacher: 'hide',
  chercher: 'get',
  annees: 'years',
  presidee: 'chaired',
  preside: 'chaired',
  camp: 'side',
  // (« qu'ont proposé ensemble les États-Unis et l'OTAN ? »: both doing it is said by naming both; the word
  // would stand between the verb and its inverted subject)
  ensemble: '',
  comprenaient: 'included',
  comprenait: 'included',
  depense: 'spent',
  depenser: 'spend',
  // « nomme les deux pays… », « en une phrase »
  nomme: 'name',
  nommez: 'name',
  // « quels pays la Russie citait-elle ? »: named them (« cite », the imperative or « cité », reads as English)
  citer: 'name',
  citait: 'named',
  citaient: 'named',
  citent: 'name',
  phrase: 'sentence',
  // abbreviated months: « le 3 févr. »
  janv: 'january',
  fevr: 'february',
  fev: 'february',
  histoire: 'story',
  renforcement: 'buildup',
  // « quelle ampleur avait… ? »: how big it was
  ampleur: 'scale',
  voyages: 'trips',
  ceux: 'those',
  admis: 'admitted',
  // « que montraient les photos ? »
  montraient: 'showed',
  montrait: 'showed',
  montrent: 'show',
  montre: 'shows',
  // « quels alliés ont contesté les accusations ? »: pushed back against them
  conteste: 'pushed back against',
  contester: 'push back against',
  contredit: 'pushed back against',
  contredire: 'push back against',
  contredisent: 'push back against',
  // « que la Russie rétablisse »
  retablir: 'restore',
  retablisse: 'restore',
  retablissent: 'restore',
  retabli: 'restored',
  comprend: 'understands',
  compris: 'understood',
  // « le côté de l'OTAN »: NATO's side
  cote: 'side',
  // « ressassé de vieux griefs »: aired them again
  ressasse: 'aired',
  ressasser: 'air',
  // « tenir hors d'Ukraine »: keep out of it
  tenir: 'keep',
  hors: 'out',
  rester: 'stay', // « voir l'Ukraine rester hors de l'OTAN »
  aucun: 'no',
  aucune: 'no',
  parties: 'sides',
  billet: 'post', // « son billet de blog »
  passait: 'happened',
  faisaient: 'were doing',
  vite: '',
  poste: 'post',
  metier: 'job',
  boulot: 'job',
  ambiance: 'mood',
  defie: 'defy',
  defient: 'defy',
  defiait: 'defied',
  defiaient: 'defied',
  seance: 'session',
  seances: 'sessions',
  homologue: 'counterpart',
  homologues: 'counterparts',
  nom: 'name',
  meme: 'same',
  assis: 'sat',
  travail: 'job',
  eus: 'had', // « a-t-il eus » (« eu » alone may be the EU)
  papier: 'paper',
  papiers: 'papers',
  mettre: 'put',
  mettent: 'put',
  mettra: 'will put',
  mettront: 'will put',
  mettrait: 'would put',
  mettraient: 'would put',
  emploi: 'job',
  fonction: 'role',
  fonctions: 'role',
  lequel: 'which',
  laquelle: 'which',
  lesquels: 'which',
  lesquelles: 'which',
  // "qui d'autre ?", "les autres propositions": who else, the other ones
  autre: 'else',
  autres: 'other',
  partenaire: 'partner',
  partenaires: 'partners',
  politique: 'policy', // « la politique des portes ouvertes » (« sanctions politiques », plural, are political)
  politiques: 'political',
  reunification: 'reunification', // not a « réunion », whose stem it begins with
  fasse: 'do',
  fassent: 'do',
  avoir: 'have',
  clair: 'clear',
  claire: 'clear',
  claires: 'clear',
  clairs: 'clear',
  lieu: 'place',
  ce: 'this',
  cet: 'this',
  cette: 'this',
  ces: 'these',
  son: 'his',
  sa: 'his',
  ses: 'his',
  leur: 'their',
  leurs: 'their',
  mais: 'but',
  aussi: 'also',
  encore: 'again',
  vrai: 'true', // "c'est vrai ?"
  // « les documents étaient-ils vrais ? »: genuine (only « c'est vrai » is "true")
  vrais: 'genuine',
  vraies: 'genuine',
  // « Poutine lui a dit » : him, the one spoken to (« chez lui » is a phrase of its own)
  lui: 'him',
  // « le maître du Kremlin »: its boss
  maitre: 'boss',
  autant: 'so much',
  etre: 'be',
  // « se sont-ils vus ? »: seen each other, met
  vus: 'met',
  vues: 'met',
  remarque: 'remark',
  remarques: 'remarks',
  vraie: 'true',
  vraiment: 'really',
  exactement: 'exactly',
  affaire: 'matter', // « dans cette affaire »
  // « si la Russie recourt à la force »: uses it
  recourt: 'uses',
  recourir: 'use',
  recourait: 'used',
  // « le seul à avoir appelé », « seuls les États-Unis »
  seulement: 'only',
  soir: 'evening',
  soit: 'either',
  depasse: 'exceeded',
  depassent: 'exceed',
  depasser: 'exceed',
  seul: 'only',
  seule: 'only',
  seuls: 'only',
  seules: 'only',
  // « la réunion la plus courte / longue »
  plus: 'more',
  court: 'short',
  courte: 'short',
  courts: 'short',
  courtes: 'short',
  longue: 'long',
  longues: 'long',
  longs: 'long',
  longtemps: 'long', // « a duré le plus longtemps »
  delire: '', // « c'est quoi le délire avec… » (slang): what is it with…
  // « la citation exacte de Poutine »: dropped, as "exact" after the noun would read as a verb
  exacte: '',
  exactes: '',
  citation: 'quote',
  citations: 'quotes',
  mot: 'word',
  mots: 'words',
  precisement: 'precisely',
  // chat: "qui a tel à Poutine", "par tél"
  tel: 'phone',
  ouvert: 'open', // "la politique de la porte ouverte"
  ouverte: 'open',
  ouverts: 'open',
  ouvertes: 'open',
  deja: 'already',
  ici: 'here',
  passe: 'happened',
  passee: 'happened', // « la dernière chose qui s'est passée »
  passees: 'happened',
  arrive: 'happened',
  dit: 'said',
  dire: 'say',
  disent: 'say',
  disaient: 'said',
  // « les discussions ont-elles abouti à un accord ? »
  echec: 'failure',
  succes: 'success',
  percee: 'breakthrough',
  abouti: 'ended',
  // « ont-elles produit un accord ? »
  produit: 'produced',
  produire: 'produce',
  aboutir: 'end',
  aboutit: 'ends',
  aboutissent: 'end',
  // « Poutine était-il déçu ? », « qu'est-ce qui inquiète la Russie ? »: how someone felt (see FEELING_WORDS)
  decu: 'disappointed',
  decue: 'disappointed',
  decus: 'disappointed',
  inquiet: 'worried',
  inquiets: 'worried',
  inquiete: 'worried',
  inquietes: 'worried',
  inquietait: 'worried',
  inquietaient: 'worried',
  inquietent: 'worry',
  inquieter: 'worry',
  satisfait: 'satisfied',
  satisfaite: 'satisfied',
  satisfaits: 'satisfied',
  heureux: 'happy',
  heureuse: 'happy',
  mecontent: 'unhappy',
  mecontente: 'unhappy',
  mecontents: 'unhappy',
  fache: 'angry',
  fachee: 'angry',
  faches: 'angry',
  furieux: 'furious',
  optimiste: 'optimistic',
  optimistes: 'optimistic',
  pessimiste: 'pessimistic',
  pessimistes: 'pessimistic',
  // « qui a reçu les lettres ? » (a stem "recu" would take « recul », a pullback)
  recu: 'received',
  recue: 'received',
  recus: 'received',
  recues: 'received',
  recevoir: 'receive',
  recoit: 'receives',
  recoivent: 'receive',
  accueilli: 'welcomed',
  accueillie: 'welcomed',
  accueillis: 'welcomed',
  disait: 'said',
  parle: 'spoke',
  // "unity", not "united", whose stem is that of the United States
  acteurs: 'players',
  usage: 'use',
  aurait: 'would have',
  seraient: 'would be',
  serait: 'would be',
  divergence: 'difference',
  // « quels deux membres Moscou a-t-elle cités en exigeant le retrait des troupes étrangères ? »
  cites: 'named',
  citees: 'named',
  etranger: 'foreign',
  etrangere: 'foreign',
  etrangers: 'foreign',
  etrangeres: 'foreign',
  exigeant: 'demanding',
  defendaient: 'defended', // « quel droit les lettres défendaient-elles ? » (not « défenses », defences)
  defendait: 'defended',
  defendent: 'defend',
  defendre: 'defend',
  mec: 'guy', // « c'est qui le mec qui… ? »
  mecs: 'guys',
  grossisse: 'expand', // « que l'OTAN ne grossisse pas »
  grossir: 'expand',
  ecart: 'gap', // « l'écart entre les deux camps » (the verb « écarter » rules out: FRENCH_STEMS)
  ecarts: 'gaps',
  divergences: 'differences',
  surmonter: 'overcome',
  adjoint: 'deputy',
  adjointe: 'deputy',
  voir: 'see',
  visee: 'targeted',
  vise: 'targets',
  crise: 'crisis',
  implique: 'involved',
  impliques: 'involved',
  impliquee: 'involved',
  impliquees: 'involved',
  // "devaient-ils rentrer ?": had to go home
  devaient: 'had',
  devait: 'had',
  rentrer: 'go home',
  rentre: 'goes home',
  rentrent: 'go home',
  principaux: 'main',
  uni: 'united', // « s'est-il dit uni ? »
  datent: 'date from', // « de quel mois datent les projets ? »
  motive: 'motivated', // « qu'est-ce qui a motivé les réunions ? »
  motives: 'motivated',
  motivee: 'motivated',
  motivees: 'motivated',
  consacre: 'spent', // « à quoi la Russie a-t-elle consacré la séance ? »
  consacree: 'spent',
  uniques: 'unique',
  aerienne: 'air', // « quelle campagne aérienne »
  aeriennes: 'air',
  aerien: 'air',
  aeriens: 'air',
  finalement: 'eventually',
  petrin: 'trouble', // « dans quel pétrin était-il ? »
  communique: 'statement', // « d'après le communiqué du Kremlin »
  communiques: 'statements',
  totalement: 'totally',
  inacceptable: 'unacceptable',
  inacceptables: 'unacceptable',
  contraire: 'counter', // « contraires aux accords de Minsk »: running counter to them
  contraires: 'counter',
  nommes: 'named', // « nommés dans sa demande »
  nommee: 'named',
  nommees: 'named',
  rend: 'makes', // « qu'est-ce qui rend les propositions uniques ? »
  rendent: 'make',
  // « où les séparatistes se battent-ils ? »
  battent: 'fight',
  battre: 'fight',
  battaient: 'fought',
  unis: 'unity',
  unies: 'unity',
  unite: 'unity',
  // glossed word by word: a stem "annex" would catch "années" by its first letters
  annexee: 'annexed',
  annexees: 'annexed',
  annexion: 'annexation',
  parles: 'spoke',
  parlee: 'spoke',
  parlent: 'talk',
  parlait: 'talked',
  parlaient: 'talked',
  parler: 'talk',
  nie: 'denied',
  niait: 'denied',
  janvier: 'january',
  fevrier: 'february',
  mars: 'march',
  avril: 'april',
  mai: 'may',
  juin: 'june',
  juillet: 'july',
  aout: 'august',
  septembre: 'september',
  octobre: 'october',
  novembre: 'november',
  decembre: 'december',
  lundi: 'monday',
  mardi: 'tuesday',
  mercredi: 'wednesday',
  jeudi: 'thursday',
  vendredi: 'friday',
  samedi: 'saturday',
  dimanche: 'sunday',
  '1er': '1st',
  premier: 'first',
  premiere: 'first',
  deuxieme: 'second',
  seconde: 'second',
  second: 'second',
  troisieme: 'third',
  dernier: 'last',
  derniere: 'last',
  semaine: 'week',
  depuis: 'since',
  jour: 'day',
  jours: 'days',
  // "celle de Bruxelles": that (one) of Brussels
  celle: 'that',
  celui: 'that',
  mois: 'month',
  annee: 'year',
  ans: 'years',
  equipe: 'team',
  membres: 'members',
  accords: 'agreements', // « ces accords » (« d'accord » is a phrase)
  etats: 'states',
  statut: 'status',
  nucleaire: 'nuclear',
  nucleaires: 'nuclear',
  membre: 'member',
  heures: 'hours',
  heure: 'hour',
  soldats: 'troops',
  soldat: 'soldier',
  troupes: 'troops',
  militaires: 'troops',
  militaire: 'military',
  frontiere: 'border',
  pays: 'countries',
  dirigeants: 'leaders',
  dirigeant: 'leader',
  president: 'president',
  presidents: 'presidents',
  ministre: 'minister',
  sanctions: 'sanctions',
  promesse: 'promise',
  promis: 'promised',
  lettre: 'letter',
  lettres: 'letters',
  reponse: 'response',
  reponses: 'responses',
  repondu: 'responded',
  repondre: 'respond',
  garanties: 'guarantees',
  garantie: 'guarantee',
  traite: 'treaty',
  traites: 'treaties',
  signe: 'signed',
  signes: 'signed',
  signee: 'signed',
  signer: 'sign',
  signature: 'signature',
  idee: 'idea',
  idees: 'ideas',
  initiative: 'initiative',
  partie: 'side', // « à l'initiative de la partie française »: no party
  hiver: 'winter',
  siege: 'headquarters', // « au siège de l'OTAN »
  besoin: 'need',
  cense: 'supposed to',
  censee: 'supposed to',
  censes: 'supposed to',
  censees: 'supposed to',
  apporter: 'bring',
  russo: 'russian', // « russo-américains »
  genre: 'kind',
  sorte: 'sort',
  type: 'type',
  sujet: 'subject',
  sujets: 'subjects',
  liste: 'list',
  listez: 'list',
  tous: 'all',
  toutes: 'all',
  tout: 'all',
  toute: 'all',
  cela: 'this',
  ceci: 'this',
  ca: 'this',
  projet: 'draft',
  projets: 'drafts',
  journal: 'newspaper',
  journaux: 'newspapers',
  quotidien: 'newspaper',
  organisation: 'organisation',
  organisations: 'organisations',
  commenter: 'comment',
  commente: 'commented',
  russe: 'russian',
  europeen: 'european',
  occidental: 'western',
  occidentale: 'western',
  occidentaux: 'western',
  occidentales: 'western',
  americain: 'american',
  americaine: 'american',
  americains: 'american',
  americaines: 'american',
  inquietude: 'concern',
  inquietudes: 'concerns',
  europeenne: 'european',
  europeens: 'european',
  europeennes: 'european',
  sovietique: 'soviet',
  sovietiques: 'soviet',
  objectif: 'aim',
  objectifs: 'aims',
  epoque: 'era',
  russes: 'russian',
  adhesion: 'membership',
  retrait: 'withdrawal',
  securite: 'security',
  confiance: 'trust',
  armes: 'weapons',
  armements: 'weapons',
  exercices: 'exercises',
  menace: 'threat',
  frappe: 'strike',
  va: 'will',
  vont: 'will',
  // « reconnu qu'elle allait envahir »: was going to
  allait: 'was going to',
  allaient: 'were going to',
  // pouvoir and devoir, as the English modals: "Moscou pourrait-il inspecter…" is "could Moscow inspect…"
  peut: 'can',
  puisse: 'can',
  pouvait: 'could',
  pouvaient: 'could',
  doit: 'must',
  // "le polygone de Yurginsky": a military training ground, not a polygon
  polygone: 'training ground',
  mene: 'led',
  diplomate: 'diplomat',
  diplomatie: 'diplomacy',
  diplomates: 'diplomats',
  conduit: 'led',
  conduite: 'led',
  conduits: 'led',
  conduites: 'led',
  dedans: '', // « que vient faire la Bulgarie là-dedans ? »
  menee: 'led',
  mener: 'lead',
  menait: 'led',
  sans: 'without',
  hormis: 'except',
  sauf: 'except',
  outre: 'besides',
  arriverait: 'would occur',
  rendu: 'went',
  rendue: 'went',
  entrer: 'join',
  entrera: 'will join',
  entrerait: 'would join',
  entreraient: 'would join', // « qu'elles n'entreraient jamais dans l'OTAN »
  authentique: 'authentic',
  authentiques: 'authentic',
  tenu: 'held',
  tenue: 'held',
  tenues: 'held', // « où se sont tenues les discussions ? »
  tenus: 'held',
  tenait: 'held',
  tenaient: 'held',
  tient: 'held',
  tiendra: 'held',
  fois: 'times',
  tes: 'your',
  tu: 'you', // "tu penses que… ?": asked of the bot
  ton: 'your',
  ta: 'your',
  resultat: 'result',
  resultats: 'results',
  accord: 'agreement',
  frappes: 'strikes',
  evenement: 'event',
  evenements: 'events',
  gagne: 'won',
  gagner: 'win',
  vainqueur: 'winner',
  publication: 'publication',
  donne: 'gave', // « qui a donné une conférence de presse ? »
  donnee: 'gave',
  donnees: 'gave',
  soient: 'are', // « le fait que les documents soient rendus publics »
  donnes: 'gave',
  // « qu'est-ce qui est venu en premier ? »
  venu: 'came',
  venait: 'came',
  venaient: 'came',
  venue: 'came',
  venus: 'came',
  venues: 'came',
  revenir: 'return',
  // « voir partir les troupes »: leave
  partir: 'leave',
  partent: 'leave',
  donner: 'give',
  // "qui a sorti les documents ?": brought out
  sorti: 'released',
  sortis: 'released',
  sortir: 'release',
  // « pendant que les documents sortaient »: came out, were released
  sortaient: 'were released',
  sortait: 'was released',
  // « quels griefs la Russie a-t-elle ressortis ? »: brought up again
  ressorti: 'brought up',
  ressortis: 'brought up',
  ressortir: 'bring up',
  reactions: 'reaction',
  alle: 'went',
  allee: 'went',
  alles: 'went',
  aller: 'go',
  difficulte: 'trouble',
  difficultes: 'trouble',
  probleme: 'trouble',
  problemes: 'trouble',
  craint: 'fears',
  craignent: 'fear',
  crainte: 'fear',
  craintes: 'fears',
  craindre: 'fear',
  peur: 'fear',
  menaces: 'threats',
  invasion: 'invasion',
  envahir: 'invade',
  guerre: 'war',
  conflit: 'conflict',
  reunion: 'meeting',
  reunions: 'meetings',
  rencontre: 'meeting',
  pourparlers: 'talks',
  chiffre: 'figure',
  chiffres: 'figures',
  prochain: 'next',
  prochaine: 'next',
  etape: 'step',
  etapes: 'steps',
  suivi: 'followed',
  suivie: 'followed',
  suivre: 'follow',
  suivante: 'next',
  suivant: 'next',
  // "le principal responsable américain": an official ("responsable de" is what "official of" reads as too)
  responsable: 'official',
  responsables: 'officials',
  discussions: 'talks',
  negociations: 'negotiations',
  negociateur: 'negotiator',
  negociatrice: 'negotiator',
  negociateurs: 'negotiators',
  appel: 'call',
  appels: 'calls',
  offre: 'offer',
  offert: 'offered',
  propositions: 'proposals',
  proposition: 'proposal',
  demande: 'demand',
  demandes: 'demands',
  // "combien de membres compte l'OTAN ?": how many it has
  compte: 'has',
  comptent: 'have',
  comptait: 'had',
  exigences: 'demands',
  avertissement: 'warning',
  fermer: 'close',
  // "la fuite des documents": a noun, where "leak" after the dropped article would read as a verb
  fuite: 'disclosure',
  fuites: 'disclosure',
  // "début février", "fin janvier", "mi-janvier": parts of a month (dates.ts reads the English)
  debut: 'early',
  fin: 'end',
  mi: 'mid',
  fermee: 'closed',
  raison: 'reason',
  elargissement: 'enlargement',
  expansion: 'expansion',
  ou_where: 'where',
  a_to: 'to',
});

/** Participles that fold to a noun's spelling, read as the verb after an auxiliary: « n'avait pas siégé » (« siège »). */
export const FRENCH_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['siege', 'met'],
  // « ont-ils vu Poutine ? »: seeing someone is meeting them (« vus » in FRENCH_WORDS)
  ['vu', 'met'],
  ['vue', 'met'],
  // « les lettres étaient-elles parties ? »: gone out, not sides
  ['parti', 'gone out'],
  ['partie', 'gone out'],
  ['partis', 'gone out'],
  ['parties', 'gone out'],
]);

/**
 * French word stems, folded, for verbs and nouns whose many forms share a beginning. Checked only when
 * a word is not in FRENCH_WORDS; the longest stem wins.
 */
export const FRENCH_STEMS: [stem: string, english: string][] = [
  ['telephon', 'phone'],
  ['exclu', 'rule out'], // « voir exclue », « exclure »
  ['commenc', 'start'], // « ont commencé à alerter »
  ['alert', 'warn'],
  ['reconn', 'admit'], // « Moscou a-t-il reconnu… ? »
  ['avou', 'admit'], // « Moscou avoue-t-il… ? »
  ['planifi', 'plan'], // « planifier une invasion »
  ['refond', 'rewrite'], // « refondraient l'ordre de sécurité »
  ['etudi', 'study'], // « promettait d'étudier »
  ['prepar', 'prepare'], // « reconnu préparer une invasion »
  ['travaill', 'work'], // « sur quoi le Kremlin a-t-il dit qu'il travaillait ? »
  ['subi', 'is under'], // « subissait des attaques russes »: was under attack
  ['compar', 'compare'], // « a comparé les objectifs russes à l'époque soviétique »
  ['divulg', 'leak'], // « quel quotidien a divulgué les documents ? »
  ['fuit', 'leak'], // « a fait fuiter les réponses », « la fuite »
  ['remet', 'deliver'], // « remettre ses projets de traités »: handed over
  ['craign', 'fear'], // « que la Russie craigne l'Ukraine »
  ['ced', 'concede'], // « l'OTAN a-t-elle cédé sur la Géorgie ? »
  ['reconstru', 'rebuild'], // « reconstruire le glacis soviétique »
  ['authentifi', 'confirm'], // « qui a authentifié les documents ? »: confirmed them authentic
  ['livraison', 'delivery'], // « quelles livraisons d'armes »
  ['remis', 'deliver'],
  ['brandi', 'threaten'], // « quelles sanctions l'OTAN a-t-elle brandies ? »
  ['adress', 'give'], // « quelle mise en garde a-t-il adressée à Moscou ? »
  ['examin', 'study'], // « qu'étaient-ils disposés à examiner ? »
  ['bris', 'broken'], // « la confiance que la Russie avait brisée »
  ['calm', 'calm'],
  ['apais', 'calm'],
  ['ignor', 'ignore'],
  ['occup', 'hold'], // « quel poste occupe-t-il ? »
  ['interlocut', 'counterpart'],
  ['preoccup', 'concern'],
  ['appel', 'call'],
  ['echou', 'fail'], // « les pourparlers ont-ils échoué ? »
  ['reussi', 'succeed'],
  ['rappel', 'call'], // « a-t-il rappelé Poutine ? »: called again
  ['jase', 'talk'], // « a jasé avec Poutine » (Quebec): chatted
  ['interven', 'intervention'], // « l'OTAN est-elle intervenue en Libye ? »
  ['jou', 'play'], // « quel rôle a joué la France ? »
  ['engag', 'commit'], // « ne se sont pas engagés »
  ['rejoi', 'join'], // « rejoindre », « que l'Ukraine rejoigne »
  ['propos', 'propose'],
  ['offr', 'offer'],
  ['exig', 'demand'],
  ['reclam', 'demand'],
  ['demand', 'demand'],
  ['avert', 'warn'],
  ['menac', 'threaten'],
  ['rencontr', 'meet'],
  ['reuni', 'meeting'],
  ['entretien', 'talk'],
  ['entretenu', 'talk'],
  ['discut', 'discuss'],
  ['evoqu', 'discuss'],
  ['negoci', 'negotiate'],
  ['declar', 'say'],
  ['affirm', 'say'],
  ['estim', 'believe'],
  ['dement', 'deny'],
  ['accus', 'accuse'],
  ['rejet', 'reject'],
  ['refus', 'refuse'],
  ['ecart', 'rule out'],
  ['convenu', 'agree'],
  ['accept', 'accept'],
  ['confirm', 'confirm'],
  ['publi', 'publish'],
  ['deploi', 'deployment'],
  ['deploy', 'deploy'],
  ['mass', 'mass'],
  ['mobilis', 'mobilise'],
  ['envoy', 'send'],
  ['redig', 'draft'],
  ['elarg', 'enlarge'],
  ['entrain', 'train'], // « où s'entraînaient les soldats ? »
  ['procur', 'obtain'], // « quel média s'est procuré les lettres ? »
  ['obten', 'obtain'],
  ['combatt', 'fight'], // « depuis quand les séparatistes combattent-ils ? »
  ['appart', 'belong'], // « combien de pays de l'UE appartiennent à l'OTAN ? »
  ['renforc', 'reinforce'],
  ['install', 'deploy'], // « installer des missiles en Ukraine »
  ['seme', 'sow'], // « ne sèmeraient pas la discorde »
  ['etend', 'expand'],
  ['retir', 'withdraw'],
  ['inspect', 'inspect'],
  ['regrett', 'regret'],
  ['attaqu', 'attack'],
  ['invit', 'invite'],
  ['promet', 'promise'],
  ['sanction', 'sanctions'],
  ['impos', 'impose'],
  ['provoqu', 'provoke'],
  ['amen', 'bring'], // « qu'est-ce qui a amené l'OTAN et la Russie à la table ? »
  ['pouss', 'push'], // « qu'est-ce qui a poussé la Russie à… ? »
  ['revel', 'reveal'],
  ['fragilis', 'weakened'],
  ['declench', 'trigger'],
  ['suscit', 'prompt'],
  ['autorit', 'authorities'],
  // "la sortie de crise incombe à la Russie": "dépend de la Russie" asks the same
  ['incomb', 'depend'],
  ['depend', 'depend'],
  ['trouv', 'located'], // « où se trouve… » (found, after an auxiliary, is a phrase: « ont-ils trouvé »)
  ['voul', 'want'],
  ['pourr', 'could'],
  ['separ', 'separate'],
  ['contien', 'contain'],
  ['conten', 'contain'],
  // « quels mots a-t-il employés ? »: used
  ['employ', 'use'],
  // « que prévoient les propositions russes ? »: what they provide for
  ['prevoi', 'provide'],
  ['prevoy', 'provide'],
  ['peuv', 'can'],
  ['devr', 'should'],
  ['doiv', 'must'],
  ['veu', 'want'],
  ['souhait', 'want'],
  ['pens', 'think'],
  ['reag', 'react'],
  ['repond', 'respond'],
  ['visit', 'visit'],
  ['particip', 'meet'],
  ['envah', 'invade'],
  ['dur', 'last'],
  ['reproch', 'criticise'],
  ['critiqu', 'criticise'],
  ['denonc', 'accuse'],
  ['soulign', 'stress'],
  ['insist', 'insist'],
  ['previen', 'warn'],
  ['prevenu', 'warn'],
  ['assur', 'say'],
  ['jug', 'say'],
  ['qualifi', 'describe'],
  ['salue', 'praise'], // « a salué la réunion comme… » (not « salut », a greeting)
  ['repliqu', 'respond'],
  ['mett', 'put'], // « qu'aucune des deux parties ne mette de missiles »
  ['ajout', 'add'],
  ['precis', 'say'],
  ['indiqu', 'say'],
  ['expliqu', 'explain'],
  ['resum', 'say'],
  ['conclu', 'conclude'],
  ['annonc', 'announce'],
  ['oppos', 'oppose'],
  ['souhait', 'want'],
  ['represent', 'represent'],
  ['dirig', 'lead'],
  ['organis', 'organise'],
  ['quitt', 'leave'],
  ['ecout', 'listen'], // « l'Occident avait-il écouté… ? »
  ['sabot', 'sabotaging'], // « accusé de saboter Minsk » (a gerund, as English says it)
  ['imprim', 'print'],
  ['laiss', 'let'], // « ne laisserait pas Moscou dicter »
  ['bombard', 'bomb'], // « quel pays l'OTAN a-t-elle bombardé ? »
  ['mentionn', 'mention'], // « les lettres mentionnaient-elles la Géorgie ? »
  ['admet', 'admit'], // « Moscou admet-il vouloir envahir ? »
  ['garant', 'guarantee'],
  ['rapport', 'report'],
  ['deconnect', 'disconnected'],
  ['preside', 'chair'],
  ['ecri', 'write'],
  ['termin', 'end'],
  ['plaign', 'complain'],
  ['plaint', 'complain'],
  ['revien', 'return'], // « que l'OTAN revienne à 1997 »
  ['cherch', 'seek'], // « la Russie cherchait à séparer… » (« chercher » alone is "get")
  ['exhort', 'urge'],
  ['sugger', 'suggest'],
  ['raison', 'reason'],
  ['supplementaire', 'additional'],
  ['empetr', 'embroiled'],
  ['deroul', 'happened'],
  ['bilater', 'bilateral'],
  ['achev', 'end'],
  ['justifi', 'justify'],
];

/** Day numbers in words, English and French, for "the third of February", "le trois février". */
const ENGLISH_ORDINALS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  );
const ENGLISH_CARDINALS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
const FRENCH_CARDINALS =
  'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'.split(' ');

/** Counts in words ("three draft treaties", « trois projets »), "one" and « un » aside: they are no counts. */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...ENGLISH_CARDINALS.slice(1).map((word, i): [string, number] => [word, i + 2]),
  ...FRENCH_CARDINALS.slice(1).map((word, i): [string, number] => [word, i + 2]),
]);

/** The count a word states, in digits or in words ("50000", "three", « trois »); undefined if none. */
export const countOf = (word: string): number | undefined =>
  /^\d+$/.test(word) ? Number(word) : COUNT_WORDS.get(word);

export const DAY_NUMBER_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...ENGLISH_ORDINALS.map((word, i): [string, number] => [word, i + 1]),
  ...ENGLISH_CARDINALS.map((word, i): [string, number] => [word, i + 1]),
  ...FRENCH_CARDINALS.map((word, i): [string, number] => [word, i + 1]),
  ['thirtieth', 30],
  ['thirty', 30],
  ['vingt', 20],
  ['trente', 30],
  ['premier', 1],
]);

/** Two-word day numbers: "twenty first", "thirty one" (hyphens are spaces by then). */
export function twoWordDayNumber(first: string, second: string): number | null {
  const tens = first === 'twenty' ? 20 : first === 'thirty' ? 30 : first === 'vingt' ? 20 : null;
  const unit = DAY_NUMBER_WORDS.get(second);
  if (tens === null || unit === undefined || unit > 9) return null;
  const day = tens + unit;
  return day <= 31 ? day : null;
}

/**
 * Endings that ask nothing more than the question before them: "did Macron call Putin, or was it the other way
 * round?" asks who called whom, which the answer says.
 */
export const QUESTION_TAILS: readonly string[] = [
  'or was it the other way round',
  'or was it the other way around',
  'or the other way round',
  'or the other way around',
  'or vice versa',
  // "…, is that right?", "…, c'est vrai ?": the check is the question itself
  'is that right',
  'is that true',
  'ce est vrai',
  'ce est bien ca',
  'ce est exact',
  'is that correct',
  // (folded: "l'inverse" is "le inverse", "c'est" "ce est")
  'ou le inverse',
  'ou ce est le inverse',
  'ou le contraire',
  'ou ce est le contraire',
];

/**
 * How people open a question without asking one: "tell me about…", "is it true that…", "parle-moi de…".
 * Folded, elisions expanded, hyphens as spaces; replaced by what they mean to the parser (nothing, or
 * "did" for a yes/no question). Longest first.
 */
export const QUESTION_OPENERS: [opening: string, meaning: string][] = (
  [
    // "tell me", "could you remind me", "can you please show me", "would you be so kind as to tell me about"
    ...['', 'can you ', 'could you ', 'would you ', 'will you ', 'please '].flatMap((asking) =>
      ['', 'please ', 'possibly ', 'kindly ', 'just ', 'be so kind as to ', 'be able to '].flatMap((softly) =>
        ['tell me', 'remind me', 'show me'].flatMap((verb): [string, string][] => [
          [`${asking}${softly}${verb} about`, ''],
          [`${asking}${softly}${verb}`, ''],
        ]),
      ),
    ),
    ['would you mind telling me', ''],
    // "give me some background on the Minsk agreements", "context for the letters": the gist of it
    ...['', 'give me ', 'i need ', 'i want ', 'i would like '].flatMap((asking) =>
      // (not "the background to the crisis", which asks how it came about: see KIND_PHRASES)
      ['', 'some ', 'a bit of '].flatMap((some) =>
        ['background', 'context'].flatMap((noun) =>
          ['on', 'to', 'of', 'about', 'for'].map((on): [string, string] => [
            `${asking}${some}${noun} ${on}`,
            '',
          ]),
        ),
      ),
    ),
    ['i want to know', ''],
    ['i would like to know', ''],
    ['i need to know', ''],
    // « je voudrais savoir qui… », « j'ai besoin de savoir si… » (folded: "je ai")
    ...['je voudrais savoir', 'je veux savoir', 'je aimerais savoir', 'je ai besoin de savoir'].flatMap(
      (asking): [string, string][] => [
        [`${asking} si`, 'did'],
        [asking, ''],
      ],
    ),
    ['explain', ''],
    // chat: "what's the deal with…", "tl;dr of…" ask for the gist
    ['what the deal with', ''],
    ['what is the deal with', ''],
    ['what up with', ''],
    ['what is up with', ''],
    ['tldr of', ''],
    ['tldr', ''],
    ['tl dr of', ''],
    ['tl dr', ''],
    ['summarise', ''],
    ['summarize', ''],
    // "sum up what happened in Brussels", "in a nutshell, what did Russia want?", « que faut-il retenir de… »
    ['sum up', ''],
    ['compare', ''],
    ['in a nutshell', ''],
    ['in short', ''],
    ['que faut il retenir de', 'what about'],
    ['que faut il retenir du', 'what about the'],
    ['que faut il retenir des', 'what about the'],
    ['next question', ''],
    ['can you summarise', ''],
    ['can you summarize', ''],
    ['could you summarise', ''],
    ['could you summarize', ''],
    ['describe', ''],
    ['give me', ''],
    ['according to whom', 'who says'],
    ['selon qui', 'who says'],
    ['do you know if', 'did'],
    ['do you know whether', 'did'],
    ['do you know', ''],
    ['does anyone know', ''],
    // "any idea how many…?", « une idée de qui… ? »
    ['any idea', ''],
    ['no idea', ''],
    ['une idee de', ''],
    ['sais tu si', 'did'],
    ['savez vous si', 'did'],
    ['sais tu', ''],
    ['savez vous', ''],
    // "est-ce que tu sais qui…", "tu peux me dire ce que…": the asking, not the question
    ['est ce que tu sais si', 'did'],
    ['est ce que vous savez si', 'did'],
    ['est ce que tu sais', ''],
    ['est ce que vous savez', ''],
    ['tu sais', ''],
    ['vous savez', ''],
    ['tu peux me dire', ''],
    ['vous pouvez me dire', ''],
    ['peux tu me dire', ''],
    ['pouvez vous me dire', ''],
    ['tu pourrais me dire', ''],
    ['pourrais tu me dire', ''],
    ['pourriez vous me dire', ''],
    // « peux-tu me rappeler ce que Borrell a dit ? » (« ce que » is then the question's what, as below)
    ...['tu peux', 'vous pouvez', 'peux tu', 'pouvez vous', 'pourrais tu', 'pourriez vous'].flatMap(
      (asking): [string, string][] => [
        [`${asking} me rappeler ce que`, 'what'],
        [`${asking} me rappeler`, ''],
      ],
    ),
    // chat: "y did russia mass troops" (only before an auxiliary: French "y" is "there")
    ...['did', 'does', 'do', 'is', 'are', 'was', 'were', 'would', 'has', 'have'].map(
      (auxiliary): [string, string] => [`y ${auxiliary}`, `why ${auxiliary}`],
    ),
    ['is it true that', 'did'],
    ['is it correct that', 'did'],
    ['is it right that', 'did'],
    // "someone told me the talks lasted two days…": hearsay put to the bot to check
    ['someone told me that', 'did'],
    ['someone told me', 'did'],
    ['somebody told me that', 'did'],
    ['somebody told me', 'did'],
    ['i was told that', 'did'],
    ['i was told', 'did'],
    ['je ai entendu dire que', 'did'],
    ['je ai entendu que', 'did'],
    ['je ai lu que', 'did'],
    ['on me a dit que', 'did'],
    ['est il exact que', 'did'],
    ['est ce exact que', 'did'],
    // ("is it true the US offered…?": the claim follows without "that"; "is it true?" alone asks the source)
    ['is it true the', 'did the'],
    // "I think Macron called Putin twice, right?", "jcrois que…": a claim put to the bot to check
    ['i think that', 'did'],
    ['i think', 'did'],
    ['i believe that', 'did'],
    ['i believe', 'did'],
    ['i heard that', 'did'],
    ['i heard', 'did'],
    ['i keep hearing that', 'did'],
    ['i keep hearing', 'did'],
    ['i read that', 'did'],
    // "is it fair to say the meeting went nowhere?": a claim put to the bot, as "is it true that…"
    ['is it fair to say that', 'did'],
    ['is it fair to say', 'did'],
    ['would it be fair to say that', 'did'],
    ['would it be fair to say', 'did'],
    ['je crois que', 'did'],
    ['je pense que', 'did'],
    ['is it the case that', 'did'],
    ['parle moi des', ''],
    ['parle moi du', ''],
    ['parle moi de', ''],
    ['parlez moi des', ''],
    ['parlez moi du', ''],
    ['parlez moi de', ''],
    ['dis moi', ''],
    // « rappelle-moi ce que fait Macron » (« ce que » is then only the question's what)
    ['rappelle moi ce que', 'what'],
    ['rappelez moi ce que', 'what'],
    ['rappelle moi', ''],
    ['rappelez moi', ''],
    ['rappelle moi', ''],
    ['rappelez moi', ''],
    ['resume moi', ''],
    ['donne moi', ''],
    ['donnez moi', ''],
    ['montre moi', ''],
    ['montrez moi', ''],
    ['dites moi', ''],
    ['explique moi', ''],
    ['explique', ''],
    ['expliquez', ''],
    ['resume', ''],
    ['resumez', ''],
    ['decris', ''],
    ['decrivez', ''],
    ['raconte moi', ''],
    ['est il vrai que', 'did'],
    ['est ce vrai que', 'did'],
    ['est ce que il est vrai que', 'did'],
    // « c'est vrai que c'est Macron qui… ? »: the claim after it is the question
    ['ce est vrai que', ''],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** The words of a post: "secretary general", "deputy foreign minister", "chef de la diplomatie" (glossed). */
export const TITLE_WORDS = new Set([
  'president',
  'prime',
  'minister',
  'secretary',
  'general',
  'deputy',
  'vice',
  'foreign',
  'policy',
  'state',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'head',
  'leader',
  'chief',
  'boss',
  'chancellor',
  'former',
  'chef', // (French, not glossed: « le chef de l'UE »)
]);

/** Papers the sides exchanged, by lemma: what they said is a question of its own (contents-asked.ts). */
export const DOCUMENT_WORDS = new Set([
  'treaty',
  'draft',
  'letter',
  'document',
  'proposal',
  'proposition',
  'offer',
  'response',
  'reply',
  'answer',
  'text',
  'paper',
]);

/** Words that ask what a paper held: "what did the letters contain / include / provide for?" */
export const CONTENTS_WORDS = new Set([
  'contain',
  'content',
  'contents',
  'include',
  'provide',
  'stipulate',
  'outline',
]);

/** What a paper does with words, said of it as of a speaker: "what did the letters propose?" */
export const DOCUMENT_VERBS = new Set([
  'say',
  'propose',
  'offer',
  'demand',
  'ask',
  'suggest',
  'request',
  'mention',
  'state',
  'insist',
  'want',
  'seek',
  'show',
  'reveal',
  'talk',
  'discuss',
  'cover',
  'detail',
  'promise', // "what did the allies' letter promise to study?"
  'warn', // "what did the letters warn of?", « les lettres menacent-elles la Russie ? »
  'threaten',
]);

/** "Compared to", "compared with", "relative to": two things put side by side, no one comparing them. */
export const COMPARED_TO: ReadonlySet<string> = new Set(['to', 'with']);

/** What someone holds, said of them: "NATO's stance on Russia's demands" is what NATO said of them. */
export const STANCE_WORDS = new Set(['position', 'view', 'stance', 'attitude']);

/** A verb's forms as a question writes them: base, third person, past, -ing. */
type VerbForms = readonly [string, string, string, string];
const SIT: VerbForms = ['sit', 'sits', 'sat', 'sitting'];
const MEET: VerbForms = ['meet', 'meets', 'met', 'meeting'];

/** An idiom's rewrites for each form of its verb, each meaning the same form of the verb it stands for. */
function inEachForm(
  verb: VerbForms,
  meaning: VerbForms,
  rewrites: (form: string, meant: string) => [mustHave: string, idiom: RegExp, meaning: string][],
) {
  return verb.flatMap((form, i) => rewrites(form, meaning[i]!));
}
/** Words matched whole, everywhere in the question. */
const idiom = (words: string) => new RegExp(`\\b${words}\\b`, 'g');

/**
 * Questions asked the long way round, read on the words after glossing so that French asks them the same way:
 * "what made Russia mass troops?", "what led NATO and Russia to meet?", "what brought them to the table?",
 * "what prompted the meetings?", « qu'est-ce qui a poussé la Russie à… ? » — what caused something is why it
 * was done; "what name did Sherman give the meeting?", « quel nom Sherman a-t-elle donné à la réunion ? » —
 * what she called it; "who did Russia send to Brussels?" who represented it there.
 */
export const ASKED_ROUNDABOUT: [asked: RegExp, meaning: string][] = [
  // "who's the guy running NATO's side?", "who is the man who led…?", « c'est qui le mec qui… » (glossed
  // without its article): the person asked for, no guy of the story
  [/^who (?:is|was) (?:the )?(?:guy|man|woman|person|fellow|lady|bloke) (?:who|that) /, 'who '],
  [/^who (is|was) (?:the )?(?:guy|man|woman|person|fellow|lady|bloke) (?=\w+ing\b)/, 'who $1 '],
  // "anything notable on 2 February?", « quelque chose d'important le 2 février ? »: what happened then
  [
    /^(?:(?:was|is) there |did )?(?:anything|something)(?: (?:notable|noteworthy|important|significant|interesting|major|big|special))?(?: (?:happen|happened|going on))?(?= (?:on|in|during|around|the|\d)\b)/,
    'what happened',
  ],
  // "what's Russia's problem with NATO expanding?", « le problème de la Russie avec l'élargissement » (glossed
  // "trouble russie with"): what it is concerned about, as its "beef with" is
  [
    /^what (is|was) (?:((?!the )(?:\S+ ){1,2}?)(?:problem|issue|trouble) |(?:problem|issue|trouble) ((?!the )(?:\S+ ){1,2}?))with\b/,
    'what $1 $2$3concern about',
  ],
  // "how often did Macron and Putin speak?", « à quelle fréquence… ? »: how many times (occurrences.ts)
  [/^(and |so )?how (?:often|frequently)\b/, '$1how many times'],
  // "and what did Moscow say to that?": how it responded
  [/^(and )?what (did|does|do) (.+?) (?:say|reply|answer) to (?:that|this|it)\b/, '$1what $2 $3 respond'],
  // "and what followed?", « et qu'est-ce qui a suivi ? » (glossed "what came after"): what happened next
  [/^(?:and )?what (?:followed|came next|came after)(?= \?$|$)/, 'what happened next'],
  // "was Ukraine a subject of the call?", « l'Ukraine était-elle un sujet de l'appel ? », "was Ukraine on the
  // agenda of the call?": discussed in it
  [
    /^(was|is|were|are) (.+?) (?:(?:a|the|one) (?:main )?(?:subject|topic)|on the agenda) (?:of|in|during|for) (?:the )?/,
    '$1 $2 discussed in the ',
  ],
  [
    /^(.+?) (was|is|were|are) (?:he|she|it|they) (?:(?:a |the )?(?:main )?(?:subject|topic)|on the agenda) (?:of |in |during |for )?(?:the )?/,
    '$2 $1 discussed in the ',
  ],
  // "where did the letters come from?", « d'où venaient les lettres ? »: who sent them
  // (a paper only: "where does the figure come from?" asks whose claim it is, and where it is reported)
  [
    /^where (?:did|do|does) ((?:the )?(?:\S+ )?(?:letters?|documents?|treaty|treaties|proposals?|papers|drafts?)) come from\b/,
    'who sent $1',
  ],
  [
    /^(?:from )?where came ((?:the )?(?:\S+ )?(?:letters?|documents?|treaty|treaties|proposals?|papers|drafts?))(?= \?$|$)/,
    'who sent $1',
  ],
  // "what Macron does for a living", « ce que fait Macron dans la vie »: his job
  [/^what (.+?) (?:does|did|do) for a living\b/, 'what is $1 job'],
  [/^what (?:does|did|do|done) (.+?) for a living\b/, 'what is $1 job'],
  // « il fait quoi dans la vie, Jens Stoltenberg ? » (glossed "he done what for a living jens stoltenberg"): the
  // one named after it
  [/^(?:he|she) (?:does|did|do|done) what for a living (.+?)(?= \?|$)/, 'what is $1 job'],
  [
    /^(?:what|which) name (?:did (.+?)|(.+?) did (?:he|she|it|they)) (?:give|gave) (?:to )?(?:the )?/,
    'what did $1$2 call the ',
  ],
  // "who did Russia send to Brussels?", « qui la Russie a-t-elle envoyé à Bruxelles ? », "which deputy
  // minister did Russia send…?": who represented it there — no paper sent ("who did Russia send its treaties to?")
  [
    /^(who|(?:which|what) (?:\S+ ){0,3}?(?:minister|official|officials|diplomat|diplomats|envoy|envoys|negotiator|negotiators|delegate|delegates|representative|representatives|delegation|team)) (?:(?:did|does) ((?:\S+ ){0,2}?\S+) send|((?:\S+ ){0,2}?\S+) (?:did|does) (?:she|he|it|they) send) to (?=\w)/,
    '$1 represented $2$3 in ',
  ],
  // "which region did Russia annex?", "what area…", « quelle région la Russie a-t-elle annexée ? »: where (a
  // place is asked, which the facts need not call by that noun)
  [
    /^(?:which|what) (?:region|area|territory|province|city|town|place) (?=(?:did|does|has|had)\b|\S+ (?:did|does|has|had) (?:he|she|it|they)\b)/,
    'where ',
  ],
  // (not what made a thing so: "what made their proposals unique?")
  [/^what made\b(?!.* (?:unique|special|different|distinctive)\b)/, 'why did'],
  [/^what makes\b(?!.* (?:unique|special|different|distinctive)\b)/, 'why does'],
  [/^what (?:brought|pushed|led|drove) (.+?) to (?:the )?(?:negotiating )?table\b/, 'why did $1 meet'],
  [
    /^what (?:led|pushed|forced|drove|prompted|caused|provoked|motivated) (.+?) to (?!the\b)(\S+)/,
    'why did $1 $2',
  ],
  [/^what (?:led to|prompted|caused|provoked|triggered|sparked|motivated) (?!.* to )/, 'what reason for '],
];

/**
 * Idioms that say in several words what one verb of the facts does: "tell Russia to get lost" is rejecting it.
 * Each with a word it cannot be without, checked first (folded text).
 */
export const IDIOMS: [mustHave: string, idiom: RegExp, meaning: string][] = [
  ['lost', /\b(tell|tells|told|telling) (\w+) to get lost\b/g, 'rejected $2'],
  ['door', /\b(slam|slams|slammed|shut|shuts|close|closes|closed) the door on\b/g, 'rejected'],
  ['ear', /\b(turn|turns|turned) a deaf ear to\b/g, 'ignored'],
  ['eye', /\b(see|sees|saw|seen|seeing) eye to eye\b/g, 'agreed'], // "what did they see eye to eye on?"
  ['behalf', /\bon behalf of\b/g, 'for'],
  // "if Russia adds more troops": deploys them
  [
    'add',
    /\badd(s|ed|ing)? ((?:more |extra |additional |new )?(?:troops|forces|soldiers))\b/g,
    'deploy$1 $2',
  ],
  // "what did they discuss, per the Kremlin?": according to it (not "per day", "per cent")
  [
    'per',
    /\bper (?!(?:a|an|each|every|cent|capita|se|day|week|month|year|hour|minute|person|head)\b)/g,
    'according to ',
  ],
  // "how long had the Council been dormant?", « resté en sommeil »: how long it had not met (see parse.ts)
  ['dormant', /\b(?:been|lain|stayed|stays|remained|remains) (?:dormant|idle|inactive)\b/g, 'not met'],
  // "how often did Macron and Putin get on the phone?": talk on it, nothing obtained
  ['phone', /\b(?:get|gets|got|getting) on the (?:phone|telephone)\b/g, 'talk on the phone'],
  // "what were the allies willing to look into?": studying it (the allies are "ready to study arrangements")
  ['into', /\blook(?:s|ed|ing)? into\b/g, 'study'],
  // "did Macron and Putin consider meeting?": studying it (the Kremlin's "study the possibility"); not "what did
  // Russia consider a threat?", which names
  [
    'consider',
    /\b(?:consider|considers|considered|considering|contemplate|contemplates|contemplated|contemplating) (?=\S+ing\b)/g,
    'study ',
  ],
  // "who found Russia's worries at odds with reality?": said they defy it, Sherman's word
  ['odds', /\b(?:find|finds|found) (.{1,60}?) at odds with\b/g, 'said $1 defying'],
  ['odds', /\bat odds with\b/g, 'defying'],
  // "which allies contradicted Russia?", "did the former Yugoslav allies contradict it?": pushed back against it
  // — as the question's own verb, not the facts' "a policy that contradicts a principle" nor one quoted ("who
  // says the policy contradicts…?")
  [
    'contradict',
    /^((?:which|what|who|did|does|do|has|have|had)\b(?:(?!\b(?:say|says|said|claim|claims|claimed)\b).)*? )contradict(?:s|ed|ing)?\b/g,
    '$1pushed back against',
  ],
  // "who refused to answer questions about the leak?": declined to comment on it
  ['questions', /\b((?:refus|declin)\S* to) (?:answer|take|field) (?:any )?questions\b/g, '$1 comment'],
  // "how many days separate the leak from Macron's call?": between the two
  ['separat', /\bseparated? (.+?) (?:from|and) /g, 'between $1 and '],
  // "says who that they agreed?": who says it
  ['says who', /^says who\b/g, 'who says'],
  // "how many troops are there right now?": now (no right to count)
  ['right', /\bright now\b/g, 'now'],
  // "when did the us warn bout an invasion": about, typed fast (not « au bout du fil »)
  ['bout', /(?<!\b(?:au|a|the|du) )\bbout\b(?! de\b| du\b)/g, 'about'],
  // "what are the Minsk accords meant to achieve?": what they are for, no outcome of an event
  ['achieve', /\b(meant|supposed|intended|designed) to achieve\b/g, '$1 to do'],
  // "was Borrell fine with Russia's aims?", "OK with": as happy with them, a feeling (see FEELING_WORDS)
  ['with', /\b(?:fine|ok|okay|alright|all right|comfortable) with\b/g, 'happy with'],
  // "who reports that Russia has 100,000 troops?": whose claim it is, as "who says that…" (which article
  // reports it is "which paper reported…")
  ['report', /^who (?:reports|reported|report) that\b/g, 'who says that'],
  // "which meeting followed the Brussels one?": came after it
  ['follow', /^((?:which|what) \S+ )(?:followed|follows|came next after)\b/g, '$1came after'],
  // "why were the meetings called?", "the talks were called because…": convened, no phone call
  // ("after the talks Macron called Putin" keeps its call: only the passive; "the talks were called a
  // dialogue of the deaf" names them)
  [
    'called',
    /\b((?:(?:was|were|is|are) (?:the |these |those |(?:that|this) week'?s? )?(?:meetings?|talks)(?: (?:that|this) week)?|(?:meetings?|talks) (?:was|were|had been|have been|been)) )called\b(?! (?:a|an|the)\b)/g,
    '$1convened',
  ],
  // "what was the deal with the Minsk agreements?", "what's the story behind…": what they were (no agreement
  // asked about); French « l'histoire de » is glossed "the story of"
  ...['deal', 'story'].map((noun): [string, RegExp, string] => [
    noun,
    /\b(what(?:'s| is| was| were)) the (?:deal|story) (?:with|behind|of)\b/g,
    '$1',
  ]),
  // "who spoke to the press after the talks?": at a press conference, to no one in the story
  ...['press', 'reporters', 'journalists', 'media'].map((audience): [string, RegExp, string] => [
    audience,
    /\b(speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking) to (?:the )?(?:press|reporters|journalists|media)\b/g,
    '$1 at a press conference',
  ]),
  // "what country is the Kemerovo region in?": where it is, which the facts say with its country's name
  ['country', /^(?:what|which) country (is|was|are|were) (.+?) (?:in|located in)\b/g, 'where $1 $2'],
  // "less than half a day": a length in hours, which a bound holds the facts' figures to
  ['half', /\bhalf a day\b/g, '12 hours'],
  // "did the documents show the US and NATO worked together?": the facts say "coordinated"
  ['together', /\b(?:work|works|worked|working) (?:closely )?together\b/g, 'coordinated'],
  // "how did Macron get in touch with Putin?": contacting him, which the facts do as calls
  ['touch', /\b(get|gets|got|getting) in touch with\b/g, 'contact'],
  // "did Sherman sit across from Grushko?", "sat at the table with": met them; "who sat in the Russian
  // delegation?", "who sits on the US side?": who was in it
  ...inEachForm(SIT, MEET, (sit, meet) => [
    [sit, idiom(`${sit}(?: down)? (?:at|around) the (?:same )?table with`), `${meet} with`],
    [sit, idiom(`${sit}(?: down)? (?:across(?: the table)? from|opposite|facing)`), meet],
  ]),
  ['sitting', idiom('(was|were|is|are) sitting (in|on|at)'), '$1 $2'],
  ...inEachForm(SIT, ['be', 'is', 'was', 'being'], (sit, be) => [
    [sit, idiom(`${sit} (in|on|at)`), `${be} $1`],
  ]),
  // "did Putin and Macron meet face to face?": in person, as the facts say
  ['face', idiom('face to face'), 'in person'],
  // "who faced the Russian delegation?": who met it (not "what would Russia face?")
  ...inEachForm(['face', 'faces', 'faced', 'facing'], MEET, (face, meet) => [
    [face, idiom(`${face} (the (?:\\S+ )?(?:delegation|diplomats|negotiators|team|side))`), `${meet} $1`],
  ]),
  // "who was at the table (there) for Russia?": who represented it; "who did the talking for the State
  // Department?": who spoke for it
  ['table', /\b(was|were|is|are) at the (?:negotiating )?table for\b/g, '$1 representing'],
  ['there', /\b(was|were|is|are) (?:there|present) for\b/g, '$1 representing'],
  ...inEachForm(['do', 'does', 'did', 'doing'], ['talk', 'talks', 'talked', 'talking'], (does, talks) => [
    ['talking', idiom(`${does} the talking`), talks],
  ]),
  // "who made the written proposals public?", "who went public with the letters?": publishing them
  ...inEachForm(
    ['make', 'makes', 'made', 'making'],
    ['publish', 'publishes', 'published', 'publishing'],
    (make, publish) => [['public', idiom(`${make} ((?:\\S+ ){1,5}?)public`), `${publish} $1`]],
  ),
  ['public', /\b(go|goes|went|gone|going) public with\b/g, 'published'],
  // "when did the Kremlin put out / release its statement?": issuing it, which is saying what it says
  ...['statement', 'readout', 'communique', 'declaration'].map((noun): [string, RegExp, string] => [
    noun,
    new RegExp(
      `\\b(?:(?:put|puts|putting) out|release|releases|released|releasing|publish|publishes|published) ((?:\\S+ ){0,2}${noun})\\b`,
      'g',
    ),
    'issue $1',
  ]),
  // "what did the Kremlin put out that evening?": what it issued, a statement (no paper named to publish)
  ['out', /^(what (?:did|does|has|had) (?:\S+ ){1,3}?)put out\b/g, '$1issue'],
  // "who ran NATO's side at the Council?", "who runs the delegation?": who led it (not "ran counter to")
  ...inEachForm(['run', 'runs', 'ran', 'running'], ['lead', 'leads', 'led', 'leading'], (run, lead) => [
    [run, idiom(`${run}(?= (?:the|its|their|\\S+ (?:side|delegation))\\b)`), lead],
  ]),
  // "which aims did Borrell reject as unacceptable?": what he described so (no rejection of a demand)
  ...(
    [
      ['reject', 'rejects', 'rejected', 'rejecting'],
      ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
      ['condemn', 'condemns', 'condemned', 'condemning'],
      ['slam', 'slams', 'slammed', 'slamming'],
      ['blast', 'blasts', 'blasted', 'blasting'],
      ['denounce', 'denounces', 'denounced', 'denouncing'],
      ['brand', 'brands', 'branded', 'branding'],
      ['label', 'labels', 'labelled', 'labelling'],
    ] as const
  ).flatMap((forms) =>
    inEachForm(forms, ['describe', 'describes', 'described', 'describing'], (reject, describe) => [
      [forms[0], idiom(`${reject} as`), `${describe} as`],
    ]),
  ),
  // "who was Russia trying to drive a wedge between?", « semer la division entre »: to decouple, Borrell's word
  // (not "sow discord", which Ned Price said the leak would not)
  ['wedge', /\b(?:drive|drives|drove|driven|driving) a wedge between\b/g, 'decouple'],
  [
    'division',
    /\b(?:sow|sows|sowed|sown|sowing|semer|seme|semait) (?:the |la )?division(?: between| entre)?\b/g,
    'decouple',
  ],
  // "was the Brussels meeting the first one in a while?": in a long time
  ['while', /\bin (?:a (?:long )?while|ages)\b/g, 'in a long time'],
  // "how many days apart were the two calls?": the days between them (not "how far apart were NATO and
  // Russia?", how much they disagreed)
  ['apart', /\bhow (long|many (?:days|weeks|hours)) apart (?:were|was|are|is) /g, 'how $1 between '],
  // "who did the State Department say it stood united with?": it is united with them
  ['united', /\b(?:stand|stands|stood|standing) united\b/g, 'is united'],
  // "where does the US stand on Ukraine joining?", "Sherman's take on Russia's concerns": what they think of it
  ['stand', /^where (do|does|did) (.+?) stand on\b/g, 'what $1 $2 think about'],
  ['take', /^(what (?:is|was|s) (?:\S+ ){1,4}?)take on\b/g, '$1view on'],
  // "what did NATO refuse to discuss?": what it would not discuss ("we cannot discuss…"), not what it rejected
  // (asked yes or no, "did Macron refuse to negotiate?" stays a question of refusing)
  [
    'refus',
    /^((?:what|which|who)\b.*?)\b(?:refuse|refuses|refused|refusing) to (discuss|negotiate|debate|talk about)\b/g,
    '$1not $2',
  ],
  // "what did the Kremlin make of the leaked documents?": what it thought of them
  ['make', /^what (do|does|did) (.+?) make of\b/g, 'what $1 $2 think about'],
  // "which country does Sherman work for?": who she is (her post says whose)
  ['work', /^(which country|what country|who) (does|did) (.+) work for\b/g, 'who is $3'],
  // "what's the size of the Russian force?": how many it counts
  ['size', /\bwhat (is|was) the size of( the)?\b/g, 'how many'],
  // "what is the EU's foreign policy chief called?": who that is, no phone call
  ['called', /^what (is|was) (the .+) called\b/g, 'who $1 $2'],
  // "the first days of February": early in it, not the first event of it ("the last few days of January")
  ['days', /\b(?:the )?first (?:few |couple of )?days of\b/g, 'early'],
  ['days', /\b(?:the )?(?:last|final) (?:few |couple of )?days of\b/g, 'late'],
  // "the start of the year" is the articles' January 2022; "the end of the year", as they write it, December 2021
  ['year', /\bthe (?:start|beginning) of (?:the|this) year\b/g, 'early january'],
  ['year', /\bthe end of (?:the|last) year\b/g, 'late december'],
  // "what year does Russia want to go back to?": returning to it, no trip
  ['back', /\b(?:go|goes|going|went|gone) back to\b/g, 'return to'],
  // "why does Spain come up?", "why is Libya brought up?": why the articles mention it
  ['up', /^why (?:do|does|did) (.+?) (?:come|comes|came) up\b/g, 'why is $1 mentioned'],
  ['up', /^why (is|was|are|were) (.+?) brought up\b/g, 'why $1 $2 mentioned'],
  // "did Russia end up invading Ukraine?": whether it eventually did, not what an event ended in
  ['up', /\b(?:end|ends|ended|ending) up (?=\w+ing\b)/g, 'eventually '],
  // "what came after the Brussels meeting?", "what comes next?": what happened then
  ['came', /\b(what|which events?) came (after|before|next)\b/g, '$1 happened $2'],
  ['come', /\b(what|which events?) comes? (after|before|next)\b/g, '$1 happened $2'],
];

/** « mettre X en garde / en ligne » as « mettre en garde X »: the phrase whole, for the glossary to read. */
function putBeforeObject(phrase: string): [mustHave: string, spoken: RegExp, french: string] {
  return [
    phrase,
    new RegExp(`\\b(mis|met|mettre|mettent|mettait|mettaient) ((?:\\S+ ){1,3}?)en ${phrase}\\b`, 'g'),
    `$1 en ${phrase} $2`,
  ];
}

/**
 * Spoken French as typed in Quebec (folded text): "y" for il / ils, "-tu" asking a question, "pis" for "et".
 * Rewritten as the French the glossary reads.
 */
export const SPOKEN_FRENCH: [mustHave: string, spoken: RegExp, french: string][] = [
  ["y'", /\by'a\b/g, 'il y a'],
  ["y'", /\by'(?=[aeiou])/g, 'ils '], // "y'ont proposé"
  [' y ', /\by (veut|veulent|voulait|voulaient|pense|pensent|pensait|dit|disent|disait)\b/g, 'il $1'],
  // "se sont-tu entendus ?": the question particle after a verb of the third person, not "you" ("as-tu")
  [
    ' tu',
    /\b(sont|a|est|ont|va|vont|etait|etaient|avait|avaient|peut|peuvent|veut|veulent|fait|font) tu\b/g,
    '$1 il',
  ],
  ['pis', /^pis\b/g, 'et'],
  // « qui a trouvé les inquiétudes russes en décalage avec la réalité ? »: who said they defy it (IDIOMS)
  [
    'decalage',
    /\b(?:trouve|trouvait|trouvaient|juge|jugeait) (.{1,60}?) en decalage avec\b/g,
    'dit $1 defying',
  ],
  ['decalage', /\ben decalage avec\b/g, 'defying'],
  // « combien de jours séparent la fuite de l'appel de Macron ? »: between the two
  ['separ', /\bsepar(?:ent|ait|aient|e) ((?:la|le|les) \S+) de (?=la |le |les )/g, 'entre $1 et '],
  // « le ministre ukrainien des Affaires étrangères »: the nationality before the title, as English puts it
  ['affaires', /\bministre (\p{L}+) des affaires etrangeres\b/gu, '$1 foreign minister'],
  ['affaires', /\bministre des affaires etrangeres\b/g, 'foreign minister'],
  // « n'a-t-il parlé qu'à Macron ? » (elisions spelled out: "ne a t il parle que a_to"): only, not a negation
  [
    'ne ',
    /\bne ((?:(?!pas |jamais |plus |rien |personne |aucun)\S+ ){1,5}?)(?:que ?\b|qu' ?)/g,
    '$1seulement ',
  ],
  // « il n'y a que Johnson qui… » (glossed once « ne … que » is read): only Johnson
  ['il y a seulement', /\bil y a seulement ((?:\S+ ){1,3}?)qui\b/g, 'est ce que seulement $1'],
  // « soit Macron soit Johnson »: either … or
  ['soit ', /\bsoit ((?:\S+ ){1,4}?)soit\b/g, 'soit $1ou'],
  // « a mis la Russie en garde contre », « a mis les lettres en ligne » (whom or what, inside the phrase):
  // « a mis en garde la Russie »
  ...['garde', 'ligne'].map(putBeforeObject),
  // spoken, without « ne »: « il a parlé qu'à Macron »
  ["qu'", /\b(?!ce )(\S+e) qu' ?(?=a_to\b)/g, '$1 seulement '],
];

/**
 * Days known by name, as the dates they are in the articles' winter (folded text, French elisions already
 * spelled out: « le jour de l'an » is "jour de le an").
 */
/** Named days and decades, as dates the date reader knows. */
export const NAMED_DAYS: [mustHave: string, name: RegExp, date: string][] = [
  ['year', /\bnew year'?s? day\b/g, '1 january 2022'],
  ['year', /\bnew year'?s? eve\b/g, '31 december 2021'],
  ['christmas', /\bchristmas eve\b/g, '24 december 2021'],
  ['christmas', /\bchristmas( day)?\b/g, '25 december 2021'],
  ['jour', /\bjour de le an\b/g, '1 janvier 2022'],
  ['reveillon', /\breveillon( de la saint sylvestre)?\b/g, '31 decembre 2021'],
  ['noel', /\bnoel\b/g, '25 decembre 2021'],
  // decades: "the '90s", "the nineties", « les années 90 » are "the 1990s"
  ['0s', /(?<!\d)'?([5-9])0s\b/g, '19$10s'],
  ['nineties', /\bnineties\b/g, '1990s'],
  ['eighties', /\beighties\b/g, '1980s'],
  ['annees', /\b(?:les |des )?annees (19|20)([0-9])0\b/g, 'the $1$20s'],
  ['annees', /\b(?:les |des )?annees ([5-9])0\b/g, 'the 19$10s'],
];

/** Which of several events by date: "the second call" (1 the first, -1 the last). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['earliest', 1],
  ['second', 2],
  ['third', 3],
  ['last', -1],
  ['latest', -1],
  ['recent', -1], // "the most recent thing"
  ['final', -1],
]);

/** Words that start a yes/no question when they come first. */
export const YES_NO_OPENERS = new Set([
  'did',
  'does',
  'do',
  'is',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
  'can',
  'could',
  'will',
  'would',
  'should',
]);

export type QuestionKind =
  | 'who'
  | 'what'
  | 'when'
  | 'where'
  | 'how-many'
  | 'how-long'
  | 'why'
  | 'yes-no'
  | 'what-happened'
  | 'timeline';

/**
 * "How big was the buildup of Russian troops?", « quelle ampleur avait le renforcement ? » (glossed "how big"):
 * a deployment's size is its troops; the size of anything else is nothing the articles measure.
 */
/**
 * "The places NATO troops should leave", « que les troupes de l'OTAN quittent la Roumanie » (glossed "troops otan
 * leave"), "did NATO agree to leave Eastern Europe?": troops, or the alliance, that leave withdraw — not "did the
 * Russians leave Brussels?", nor a country leaving NATO. Read after glossing, for both languages.
 */
export const LEAVING_AS_WITHDRAWAL =
  /\b((?:troops|forces|soldiers)(?: (?:nato|otan|russian|western|american|allied))?|nato|alliance) (should |must |to |would |will |agree to |accept to )?leave\b/g;

export const DEPLOYMENT_SIZE =
  /\bhow (?:big|large|massive)\b(?=.*\b(?:buildup|build-up|deployment|mobili[sz]ation|massing|troops|forces)\b)/;

/** Multi-word openings first; each is matched against the start of a clause (a wh-word can come later). */
export const KIND_PHRASES: [words: string, kind: QuestionKind][] = [
  ['how many', 'how-many'],
  ['how much time', 'how-long'], // "how much time passed between the calls?"
  ['how much', 'how-many'],
  ['number of', 'how-many'],
  // "how long before the meeting did Russia send…" asks when
  ['how long before', 'when'],
  ['how long after', 'when'],
  // "how soon after the Council did Macron call?": the same gap
  ['how soon after', 'when'],
  ['which weekday', 'when'],
  ['what weekday', 'when'],
  ['how soon before', 'when'],
  ['how quickly after', 'when'],
  ['how long ago', 'when'],
  ['how long', 'how-long'],
  ['how old', 'how-many'],
  ['how come', 'why'],
  // "were the Geneva talks longer than…": how long each lasted
  ['longer', 'how-long'],
  ['shorter', 'how-long'],
  // "geneva talks length", "what was the duration of the Brussels meeting?", « la durée des pourparlers »
  ['length', 'how-long'],
  ['duration', 'how-long'],
  ['duree', 'how-long'],
  ['which came first', 'when'],
  ['what came first', 'when'],
  ['which was first', 'when'],
  ['which happened first', 'when'],
  ['what reason', 'why'],
  ['what date', 'when'],
  ['which date', 'when'],
  ['what day', 'when'],
  ['which day', 'when'],
  ['what time', 'when'],
  ['what city', 'where'],
  ['which city', 'where'],
  ['what place', 'where'],
  ['in order', 'timeline'],
  ['list the events', 'timeline'],
  ['sequence of events', 'timeline'],
  ['key dates', 'timeline'],
  ['main dates', 'timeline'],
  ['important dates', 'timeline'],
  ['dates cles', 'timeline'],
  // "what were the main events?", "show me the events involving Macron": the events in order
  ['main events', 'timeline'],
  ['key events', 'timeline'],
  ['important events', 'timeline'],
  ['major events', 'timeline'],
  ['events involving', 'timeline'],
  // "give me the background to the crisis": how it came about is its timeline
  ['the background', 'timeline'],
  ['the context', 'timeline'],
];

export const KIND_WORDS: ReadonlyMap<string, QuestionKind> = table({
  who: 'who',
  whom: 'who',
  whose: 'who',
  when: 'when',
  where: 'where',
  why: 'why',
  what: 'what',
  which: 'what',
  timeline: 'timeline',
  chronology: 'timeline',
  chronologie: 'timeline',
  contexte: 'timeline',
  backstory: 'timeline',
  chronological: 'timeline',
  chronologically: 'timeline',
});

/**
 * Nouns that name a kind of actor: "which paper published…", "what country sent…" ask who did it, and the
 * noun is what the answer is, not a word the fact must contain. Each with the kinds of entity it takes in:
 * "which official commented…?" is answered by a person, not their department; "which organisation met
 * there?" by a body.
 */
const ACTOR_CATEGORIES: [words: string, kinds: readonly string[]][] = [
  [
    'leader leaders person people official officials diplomat diplomats politician politicians general generals commander commanders officer officers',
    ['person'],
  ],
  ['newspaper newspapers paper papers daily outlet outlets media press', ['media']],
  ['country countries nation nations government governments', ['country', 'group']],
  [
    'organisation organisations organization organizations body bodies alliance institution institutions',
    ['organisation', 'institution'],
  ],
  ['side', ['country', 'group', 'organisation']],
];
export const ACTOR_CATEGORY_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  ACTOR_CATEGORIES.flatMap(([words, kinds]) => words.split(' ').map((word) => [word, kinds] as const)),
);

/**
 * Words whose contrary the facts state: "would the differences be easy to bridge?" is answered no by
 * Stoltenberg's "difficult to bridge"; "who thought it would be easy?" is not answered by those who thought it
 * difficult (see parse.ts).
 */
export const CONTRARIES: ReadonlyMap<string, string> = new Map([
  ['easy', 'difficult'],
  ['simple', 'difficult'],
  ['acceptable', 'unacceptable'],
  // "did Putin say the West had listened to Russia's concerns?": Putin's "ignored"
  ...['listen', 'listens', 'listened', 'heed', 'heeds', 'heeded'].map((word): [string, string] => [
    word,
    'ignore',
  ]),
]);

/**
 * Question words the facts put otherwise: "what is Russia afraid of?" is about its concerns, "who died?"
 * about a death. A topic, not a stem the facts could share.
 */
export const TOPIC_SYNONYMS = new Map([
  ['felt', 'feel'], // "did Russia really feel threatened?": the facts say "feel"
  ['belong', 'member'], // "do 21 EU countries belong to NATO?": are members
  // "where were the drills photographed?": the facts speak of photos
  ['photographed', 'photo'],
  // "what was the Kremlin working on?": the facts say "preparing"
  ['work', 'prepare'],
  ['working', 'prepare'],
  ['worked', 'prepare'],
  // "the leaked papers": the facts say "documents" ("which paper…", one, is a newspaper)
  ['papers', 'document'],
  ['paper', 'newspaper'], // "was El País the only paper with the documents?"
  ['photograph', 'photo'],
  // "what pictures did Moscow put out?", « quelles images… »
  ['picture', 'photo'],
  ['pictures', 'photo'],
  ['image', 'photo'],
  ['images', 'photo'],
  ['photographs', 'photo'],
  ['pic', 'photo'], // "what pics did the Russian government put out?"
  ['pics', 'photo'],
  ['range', 'ground'], // "the Yurginsky range": the training ground
  ['senior', 'top'], // "the most senior American there": "the top US official"
  ['outright', 'categorically'], // "which move did the allies refuse outright?": "categorically rejected"
  ['mess', 'trouble'], // "what mess was Johnson in at home?"
  // "what did Stoltenberg think of the gap between the two sides?": the differences he spoke of
  ['gap', 'difference'],
  ['gaps', 'difference'],
  // "what do Russia and the West disagree about?": their differences
  ['disagree', 'difference'],
  ['disagreed', 'difference'],
  ['disagreement', 'difference'],
  ['disagreements', 'difference'],
  ['afraid', 'concern'],
  ['worried', 'concern'],
  ['worries', 'concern'],
  ['worry', 'concern'],
  ['care', 'concern'],
  ['die', 'death'],
  ['died', 'death'],
  ['dead', 'death'],
  ['killed', 'death'],
  // "difficiles à surmonter": the facts say "difficult to bridge"
  ['overcome', 'bridge'],
  // "who refused to comment?": the facts say "declined"
  ['refuse', 'decline'],
  ['refused', 'decline'],
  // "were the documents genuine / real / legit?": the facts say "authentic"
  ['genuine', 'authentic'],
  // "did the allies feel united?": the facts say "unity"
  ['united', 'unity'],
  ['unite', 'unity'],
  // "were they fake / forged?" asks the same, the other way round
  ['fake', 'authentic'],
  ['forged', 'authentic'],
  ['bogus', 'authentic'],
  ['disclosure', 'leak'],
  // "Russia's beef with NATO", its gripes: what it is concerned about
  ['beef', 'concern'],
  ['gripe', 'grievance'],
  ['gripes', 'grievance'],
  // "to calm the crisis", "calmer le jeu": the facts say "de-escalation"
  ['calm', 'escalation'],
  ['soothe', 'escalation'],
  ['deescalate', 'escalation'],
  ['deescalation', 'escalation'],
  // "the State Department's spokesperson": the facts say "spokesman"
  ['spokesperson', 'spokesman'],
  ['spokeswoman', 'spokesman'],
  // "strengthen / bolster their defences": the facts say "reinforce"
  ['strengthen', 'reinforce'],
  ['bolster', 'reinforce'],
  // "where are the separatists fighting?": the facts say "a war with separatists"
  ['fight', 'war'],
  ['fighting', 'war'],
  ['fought', 'war'],
  // "who was on the US team?": the facts say "delegation"
  ['team', 'delegation'],
  ['teams', 'delegation'],
  // "why does Russia object to NATO expanding?": what it voices concern about
  ['object', 'concern'],
  ['objection', 'concern'],
  ['objections', 'concern'],
  // "rebuild the Soviet sphere (of influence)": Borrell's words are "reconstitute the Soviet glacis"
  ['sphere', 'glacis'],
  ['rebuild', 'reconstitute'],
  ['recreate', 'reconstitute'],
  // "what did the allies vow / pledge to do?": what they promised
  ['vow', 'promise'],
  ['vows', 'promise'],
  ['vowed', 'promise'],
  ['pledge', 'promise'],
  ['pledges', 'promise'],
  ['pledged', 'promise'],
  // "what scares Moscow?": what it is concerned about
  ['scare', 'concern'],
  ['scares', 'concern'],
  ['scared', 'concern'],
  ['frighten', 'concern'],
  ['frightens', 'concern'],
  ['frightened', 'concern'],
]);

/**
 * Verbs with a particle that say, together, what a fact puts in one word: "keep Ukraine out of NATO" is
 * about joining it. The particle may follow the verb's object.
 */
export const PHRASAL_TOPICS: [verb: string, particle: string, topic: string][] = [
  ['keep', 'out', 'join'],
  ['stay', 'out', 'join'],
  ['let', 'in', 'join'],
  ['let', 'into', 'join'],
];

/** Lemmas (and French glosses) that mean "something happened" without naming what. */
export const HAPPEN_WORDS = new Set(['happen', 'happened', 'occur', 'event', 'events', 'news']);

/** The fact types that can answer a question about each kind of event; first, the speech acts. */
export const SPEECH: FactType[] = [
  'statement',
  'warning',
  'demand',
  'accusation',
  'denial',
  'rejection',
  'agreement',
  'proposal',
  'confirmation',
];

/** Of the feelings, fear: "what is NATO worried about?" is answered by its warnings first. */
export const WORRY_WORDS: readonly string[] = [
  'worry',
  'worried',
  'anxious',
  'nervous',
  'alarm',
  'alarmed',
  'scare',
  'scared',
  'frighten',
  'frightened',
];

/**
 * "Was Putin happy with NATO's answer?", "what worried the Kremlin?": the articles report what people said, not
 * what they felt, so a feeling is read as what its holder said (a word of "say"), and its holder is the doer,
 * also where the verb makes them its object ("what worried the Kremlin?", "was Russia worried?").
 */
export const FEELING_WORDS: readonly string[] = [
  'feel',
  'felt',
  'happy',
  'unhappy',
  'pleased',
  'displeased',
  'satisfy',
  'satisfied',
  'dissatisfied',
  'upset',
  'angry',
  'anger',
  'annoy',
  'annoyed',
  'frustrate',
  'frustrated',
  'furious',
  'disappoint',
  'disappointed',
  'hopeful',
  'optimistic',
  'pessimistic',
  'confident',
  'bother',
  'bothered',
];

export interface EventConcept {
  name: string;
  /** How answers name it: "The articles report no phone call involving…". */
  noun: string;
  types: FactType[];
  /** English lemmas (and what French folds into) that name it. */
  words: string[];
  /**
   * For a concept looser than its fact types ("invade" accepts accusations, denials, deployments): word
   * stems at least one of which a fact must contain to be about it.
   */
  mustMention?: string[];
  /** For such a concept, where the one who would do it stands in each kind of fact. */
  agentSlot?: Partial<Record<FactType, 'by' | 'to' | 'about'>>;
  /** Whatever is not the doer (the place visited) must be where the fact happened. */
  destinationIsPlace?: boolean;
  /** The verb's object is who receives it ("offer Ukraine"), unlike "accuse Kyiv", whose object is the accused. */
  objectReceives?: boolean;
  /**
   * Its words name different things of one kind of fact ("troops", "exercises" are both deployments): the
   * word asked weighs as a topic too, so that "when did the drills begin?" finds the exercises.
   */
  wordIsTopic?: boolean;
  /** The verb's object is who acts, through the subject: "who represented Russia" asks who acted for Russia. */
  objectActs?: boolean;
  /** What the verb's object names decides the kind of fact: a call received is a call, a letter a proposal. */
  objectNamesKind?: boolean;
  /**
   * For a loose concept, the kinds of fact that report it as done: "when did Russia attack Kyiv?" takes
   * the attack for granted, and a warning against one is no date of it.
   */
  happenedAs?: FactType[];
}

export const EVENT_CONCEPTS: EventConcept[] = [
  {
    name: 'call',
    noun: 'phone call',
    types: ['phone-call'],
    words: ['call', 'phone', 'telephone', 'ring', 'dial', 'phonecall', 'telephoned', 'conversation'],
  },
  {
    name: 'talk',
    noun: 'call or meeting',
    types: ['phone-call', 'meeting'],
    words: ['speak', 'talk', 'chat', 'converse', 'contact', 'communicate'],
  },
  {
    name: 'meet',
    noun: 'meeting',
    types: ['meeting'],
    words: [
      'meet',
      'meeting',
      'summit',
      'session',
      'negotiation',
      'negotiate',
      'delegate',
      'gathering',
      'host',
      'attend',
      'participate',
    ],
  },
  {
    // "Who represented the US in Brussels?": someone of it who met or spoke there
    name: 'represent',
    noun: 'representation',
    types: ['meeting', ...SPEECH],
    // ("who was the US negotiator at NATO headquarters?": who sat for it there, not a meeting of the US's)
    words: ['represent', 'representative', 'official', 'negotiator'],
    objectActs: true,
  },
  {
    name: 'say',
    noun: 'statement',
    types: SPEECH,
    words: [
      'say',
      'tell',
      'state',
      'declare',
      'claim',
      'assert',
      'comment',
      'remark',
      'announce',
      'describe',
      'compare', // "compared Russia's aims to the Soviet era": a way of saying what they are
      'comparison',
      'liken',
      'express',
      'add',
      'write',
      'conclude',
      'conclusion',
      'explain',
      'argue',
      'argument',
      'reasoning',
      'stress',
      'voice',
      'believe',
      'think',
      'reckon', // "did Stoltenberg reckon a war could happen?"
      'doubt', // "why did Sherman doubt Russia felt threatened?": what she said of it
      'regret',
      'fear',
      ...FEELING_WORDS,
      'complain',
      'complaint',
      'praise', // "who praised the meeting as…?": what they called it
      'hail',
      'applaud',
      'commend',
      'criticise',
      'criticize',
      'slam', // "who slammed the talks?": what they said of them
      'blast',
      'lambast',
      'decry',
      'denounce',
      'statement',
      'blog',
      ...STANCE_WORDS,
      // "the Kremlin's account / version / readout of the call": what it said of it
      'account',
      'version',
      'readout',
      'mention', // "did Putin mention Georgia?" ("is Georgia mentioned?" asks what the articles say: question-kind.ts)
      'message',
      'raise',
      'attention',
      'mean',
      'quote',
      'quotes',
      'word', // "what were Putin's words?"
      'phrase',
    ],
  },
  {
    // "What is NATO worried about?", "was Johnson worried about an invasion?": what they warned of, or voiced
    // concern about (see FEELING_WORDS)
    name: 'fear',
    noun: 'warning or concern',
    types: ['warning', ...SPEECH.filter((type) => type !== 'warning')],
    words: [...WORRY_WORDS],
  },
  {
    name: 'offer',
    noun: 'offer or proposal',
    types: ['proposal'],
    words: ['offer', 'propose', 'proposal', 'suggest', 'suggestion', 'invite', 'invitation'],
    objectReceives: true,
  },
  {
    name: 'demand',
    noun: 'demand',
    types: ['demand'],
    words: ['demand', 'request', 'require', 'insist', 'ask', 'want', 'seek', 'urge', 'expect', 'condition'],
    objectReceives: true,
  },
  {
    name: 'warn',
    noun: 'warning',
    types: ['warning'],
    words: ['warn', 'warning', 'threaten', 'threat', 'caution', 'menace', 'risk'],
  },
  {
    name: 'accuse',
    noun: 'accusation',
    types: ['accusation'],
    words: ['accuse', 'accusation', 'allege', 'allegation', 'blame', 'grievance'],
  },
  { name: 'deny', noun: 'denial', types: ['denial'], words: ['deny', 'denial', 'dispute'] },
  {
    // "Has Moscow admitted planning an invasion?": no admission is reported, and its denial says so
    name: 'admit',
    noun: 'admission',
    types: ['confirmation', 'denial'],
    // ("admit" itself only before what is admitted: events.ts)
    words: ['admission', 'acknowledge', 'acknowledgement', 'confess'],
    agentSlot: { confirmation: 'by', denial: 'by' },
    happenedAs: ['confirmation'],
  },
  // A visit shows in anything the visitor did there (Johnson's warnings in Kyiv): any such fact, as long
  // as the place visited is where it happened (a phone call to Paris is no visit to Paris).
  {
    name: 'visit',
    noun: 'visit',
    types: ['meeting', 'situation', 'statement', 'demand', 'warning', 'agreement', 'proposal', 'accusation'],
    words: ['visit', 'trip', 'travel', 'tour', 'go', 'fly'],
    destinationIsPlace: true,
  },
  {
    name: 'reject',
    noun: 'rejection',
    types: ['rejection'],
    words: [
      'reject',
      'rejection',
      'refuse',
      'refusal',
      'rebuff',
      'decline',
      'oppose',
      'dismiss',
      'rebut',
      'refute',
      'snub',
      'spurn',
    ],
  },
  {
    name: 'agree',
    noun: 'agreement',
    types: ['agreement'],
    words: ['agree', 'agreement', 'consensus', 'deal'],
  },
  {
    // Acceptance is reported inside other facts too ("Russia neither accepted nor rejected the offer").
    name: 'accept',
    noun: 'acceptance',
    types: ['agreement', 'proposal', 'rejection', 'demand'],
    // conceding, giving up, backing down: accepting what the other side demanded
    words: ['accept', 'acceptance', 'concede', 'concession', 'yield', 'cave', 'budge'],
    // ("the Russian diplomats did not commit to doing so": to withdraw, which they were asked)
    mustMention: ['accept', 'agre', 'commit'],
    // Who accepts a proposal or a demand is the one it was made to.
    agentSlot: { agreement: 'by', proposal: 'to', rejection: 'by', demand: 'to' },
    happenedAs: ['agreement'],
  },
  {
    name: 'confirm',
    noun: 'confirmation',
    types: ['confirmation'],
    words: ['confirm', 'confirmation', 'authenticate', 'verify', 'vouch'],
  },
  {
    name: 'publish',
    noun: 'publication',
    types: ['publication'],
    words: ['publish', 'publication', 'leak', 'disclosure', 'release', 'reveal', 'photo', 'print', 'scoop'],
  },
  {
    name: 'deploy',
    noun: 'deployment',
    types: ['deployment'],
    wordIsTopic: true,
    words: [
      'deploy',
      'deployment',
      'mass',
      'movement', // "troop movements"
      'amass',
      'mobilise',
      'mobilize',
      'mobilisation',
      'mobilization',
      'station',
      'buildup',
      'exercise',
      'drill',
      'troop',
      'soldier',
    ],
  },
  {
    name: 'discuss',
    noun: 'discussion',
    // what was discussed is reported as the meetings and calls themselves, as well as what was said
    types: [...SPEECH, 'meeting', 'phone-call'],
    words: ['discuss', 'discussion', 'topic', 'subject', 'agenda'],
  },
  {
    name: 'respond',
    noun: 'response',
    types: SPEECH,
    words: ['respond', 'response', 'reply', 'answer', 'react', 'reaction'],
  },
  {
    // What was sent is what a letter or a draft carried: proposals and demands before anything said.
    name: 'send',
    noun: 'sending',
    types: ['proposal', 'demand', 'statement', 'warning', 'rejection'],
    words: ['send', 'deliver', 'transmit', 'submit', 'hand'],
    objectReceives: true,
  },
  {
    // The other side of a sending, a call or a visit: who receives a letter or a call is the one it went to;
    // who receives a delegation hosts the meeting.
    name: 'receive',
    noun: 'reception',
    types: ['proposal', 'demand', 'warning', 'phone-call', 'meeting'],
    words: ['receive', 'welcome'],
    // (a call's receiver is whoever did not take its initiative: see score-fact.ts)
    agentSlot: { proposal: 'to', demand: 'to', warning: 'to', meeting: 'by' },
    objectNamesKind: true,
  },
  {
    name: 'invade',
    noun: 'invasion',
    types: ['accusation', 'denial', 'warning', 'deployment', 'conflict'],
    words: [
      'invade',
      'invasion',
      'attack',
      'offensive',
      'aggression',
      'annex',
      'annexation',
      'occupy',
      'occupation',
    ],
    mustMention: ['invas', 'invad', 'attack', 'offens', 'aggress', 'annex', 'strike'],
    // Who would be invading, in each kind of fact: the accused of an accusation or a warning, the one who
    // denies it, the one who deploys or fights. "Did NATO invade Russia?" is not answered by NATO's warning.
    agentSlot: { accusation: 'to', warning: 'to', denial: 'by', deployment: 'by', conflict: 'by' },
    happenedAs: ['conflict'],
  },
  {
    // No one is reported signing anything: only the allies' readiness to study signed documents speaks of it.
    name: 'sign',
    noun: 'signing',
    types: ['agreement', 'proposal'],
    words: ['sign', 'signature', 'ratify'],
    mustMention: ['sign'],
    agentSlot: { agreement: 'by', proposal: 'by' },
    happenedAs: ['agreement'],
  },
  {
    // No one is reported imposing sanctions: NATO only warned that they would follow a use of force.
    name: 'impose',
    noun: 'sanctions imposed',
    types: ['warning'],
    words: ['impose', 'slap'],
    mustMention: ['sanction'],
    agentSlot: { warning: 'by' },
    happenedAs: [],
  },
  {
    // No fact reports a withdrawal; facts that speak of one (demanded, refused, not committed to) answer.
    name: 'withdraw',
    noun: 'withdrawal',
    types: ['deployment', 'demand', 'rejection', 'agreement', 'proposal'],
    words: ['withdraw', 'withdrawal', 'retreat', 'pullback', 'pullout', 'drawdown', 'remove', 'removal'],
    mustMention: ['withdraw', 'retir', 'retreat'],
    agentSlot: { deployment: 'by', demand: 'to', rejection: 'by', agreement: 'by', proposal: 'by' },
    happenedAs: [],
  },
];

/**
 * Concept words (by concept and stem) that admit more kinds of fact than their concept: what a side wants is
 * in its proposals as well as its demands ("does the US want Russia to use the Council again?").
 */
export const WORD_EXTRA_TYPES: ReadonlyMap<string, FactType[]> = new Map([
  ['demand want', ['proposal']],
  // "what did the allies' letter call for?": the talks it proposed; "who called for a spirit of dialogue?":
  // those who agreed on the need for it (a phone call is another concept's "call")
  ['demand call', ['proposal', 'agreement']],
]);

/** What a concept's boolean marks say of it (see EventConcept). */
type ConceptFlag = 'destinationIsPlace' | 'objectReceives' | 'objectActs' | 'wordIsTopic' | 'objectNamesKind';

/** The names of the concepts a mark is set on: `conceptsWith('objectActs')` → "represent". */
export function conceptsWith(flag: ConceptFlag): ReadonlySet<string> {
  return new Set(EVENT_CONCEPTS.filter((concept) => concept[flag]).map((concept) => concept.name));
}

/** Concepts the articles may speak of without reporting them done (those that say how they happened). */
export const SPOKEN_OF_UNDONE: ReadonlySet<string> = new Set(
  EVENT_CONCEPTS.filter((concept) => concept.happenedAs).map((concept) => concept.name),
);

/** The event concept each word names ("phone" → call). */
/** The kinds of fact each event concept accepts, by its name. */
export const TYPES_BY_CONCEPT: ReadonlyMap<string, readonly FactType[]> = new Map(
  EVENT_CONCEPTS.map((concept) => [concept.name, concept.types]),
);

export const EVENT_BY_WORD: ReadonlyMap<string, string> = new Map(
  EVENT_CONCEPTS.flatMap((concept) => concept.words.map((word) => [word, concept.name] as const)),
);

/**
 * Phrasal verbs whose particle changes the event: "call on Russia to" is a demand, not a phone call.
 * Separable ones ("pulled its troops back", "ruled it out") may have up to three words between.
 */
export const SEPARABLE_VERBS = new Set(['pull', 'rule', 'turn', 'put', 'send']); // "sent Russia a message"
export const PHRASAL_EVENTS: [verb: string, particle: string, concept: string][] = [
  ['call', 'on', 'demand'],
  ['call', 'upon', 'demand'],
  ['call', 'for', 'demand'],
  ['ask', 'for', 'demand'],
  ['rule', 'out', 'reject'],
  ['turn', 'down', 'reject'],
  ['put', 'forward', 'offer'],
  ['pull', 'back', 'withdraw'],
  ['back', 'down', 'accept'],
  ['go', 'along', 'accept'], // "did the allies go along with it?"
  ['pull', 'out', 'withdraw'],
  ['push', 'back', 'reject'], // "who pushed back against the Russian allegations?"
  ['sum', 'up', 'say'], // "how did Johnson's spokesman sum up the call?"
  ['bring', 'up', 'say'], // "who brought up Libya?"
  ['dredge', 'up', 'say'], // "what did Russia dredge up from the past?"
  ['drag', 'up', 'say'],
  ['rake', 'up', 'say'],
  ['reach', 'out', 'talk'], // "who reached out to Putin?"
  ['sit', 'down', 'meet'], // "who sat down with the Russians?"
  ['feel', 'threatened', 'say'], // "why does Russia feel threatened?": what it fears, which it voices
  ['red', 'line', 'demand'], // "Russia's red lines": what it demands
  ['red', 'lines', 'demand'],

  ['put', 'on', 'offer'],
  ['put', 'out', 'publish'], // "what photos did Russia put out?": released them
  ['put', 'online', 'publish'], // "when did El País put the letters online?"
  ['take', 'place', 'happen'],
  // "what would happen if Russia invaded": the consequences the articles report are warnings
  ['happen', 'if', 'warn'],
  ['talk', 'about', 'discuss'],
  ['speak', 'about', 'discuss'],
  ['speak', 'of', 'discuss'],
  // "who spoke for Johnson?", "on behalf of" (see IDIOMS): someone of his who spoke, as "who represented…"
  // is someone of it who acted
  ['speak', 'for', 'represent'],
  ['talk', 'for', 'represent'],
  ['send', 'message', 'say'],
  ['go', 'on', 'happen'],
  ['drag', 'on', 'happen'], // "how long did the talks drag on?": how long they lasted
  ['own', 'up', 'admit'], // "has Russia owned up to planning an invasion?"
  // "who has Russia been at war with", "how long have Ukraine and Russia been in conflict?"
  ['be', 'at war', 'invade'],
  ['be', 'in conflict', 'invade'],
  ['go', 'after', 'invade'], // "since when has Russia been going after Ukraine?": attacking it
  // "who were the letters addressed to": sent to
  ['address', 'to', 'send'],
  // "did Russia say yes to the offer": answering yes or no is accepting or refusing
  ['say', 'yes', 'accept'],
  ['go', 'out', 'send'], // "when did the letters go out?"
  ['take', 'up', 'accept'], // "did the Russians take up NATO's offer?"
  // "what did the two presidents settle on?": what they agreed
  ['settle', 'on', 'agree'],
  // "who insisted that any country may ask to join?": asserting, not demanding ("insist on" demands)
  ['insist', 'that', 'say'],
  ['say', 'no', 'reject'],
];

/**
 * What sets its words aside ("apart from Geneva, where…?", "who else but…", French glossed to these):
 * set-aside.ts. Longer lead-ins first, so that "except for" is not read as "except".
 */
export const SET_ASIDE_LEADS: readonly (readonly string[])[] = [
  ['apart', 'from'],
  ['aside', 'from'],
  ['other', 'than'],
  ['except', 'for'],
  ['in', 'addition', 'to'],
  ['not', 'counting'],
  ['not', 'including'],
  ['leaving', 'aside'],
  ['besides'],
  ['except'],
  ['excluding'],
];

/** The stems of units of time a count may count: "how many hours", "combien de jours". */
export const TIME_UNIT_STEMS: ReadonlySet<string> = new Set([
  'hour',
  'day',
  'week',
  'month',
  'year',
  'minut',
]);

/** Chat interjections: "bruh why did…", "ngl who even is…", "bro what is…", "svp qui a dit…": they carry nothing. */
export const CHAT_INTERJECTIONS = new Set([
  ...['lol', 'lmao', 'bruh', 'bro', 'dude', 'ngl', 'tbh', 'imo', 'idk', 'omg', 'smh'],
  ...['pls', 'plz', 'sry', 'sorry', 'svp', 'stp'],
  // discourse markers: "hmm, who called…", "wait so did…", "alright, …", "bon, et la réunion…", "bref, qui…"
  ...['hmm', 'hm', 'um', 'uh', 'wait', 'alright', 'anyway', 'anyways', 'so', 'well'],
  ...['bon', 'bref', 'franchement', 'alors', 'euh', 'ben', 'bah', 'attends', 'attendez'],
  // French chat: "slt", "bjr", "cc", "mdr", "jsp" ("je sais pas")
  ...['slt', 'salut', 'bjr', 'bsr', 'cc', 'coucou', 'mdr', 'ptdr', 'jsp', 'wsh', 'tkt'],
]);

/**
 * Words that open a sentence without asking anything, before a comma ("ok, …", « attends, … ») or a statement
 * asked as a question ("ok so Johnson was in Kyiv?"): the chat interjections, and acknowledgements that, as the
 * first word of a question, say it goes on from the last ("ok and when?").
 */
export const OPENING_WORDS: readonly string[] = [...CHAT_INTERJECTIONS, 'ok', 'okay', 'oh', 'ah'];

/** Words in a question that say nothing about its topic: fillers, pronouns, polite forms. */
/** Words asking how an event went, which the facts say in their own words ("in deadlock"): no topics. */
export const OUTCOME_WORDS: ReadonlySet<string> = new Set([
  'outcome',
  'outcomes',
  'result',
  'results',
  'upshot',
  'achieve',
  'achieved',
  'accomplish',
  'accomplished',
  'breakthrough',
  'succeed',
  'succeeded',
  'success',
  'successful',
  'fail',
  'failed',
  'failure',
  'progress',
]);

export const FILLER_WORDS = new Set([
  'depeche', // the bot's own name, typed as "@Dépêche" or "Dépêche, who…": whom the question is put to
  // « c'est quoi le truc des missiles ? »: "the thing about", nothing of its own
  'truc',
  'trucs',
  'machin',
  'everything', // not in the lite model's lexicon, so it would pass for a name
  // "what did NATO offer instead of the guarantee?", « plutôt que de commenter » (glossed): how the question
  // is put, not a word of the facts ("instead of conflict and mistrust")
  'instead',
  'rather',
  // "additional / extra meetings", « réunions supplémentaires »: more of them, as "more" and "further" (stop
  // words) say
  'additional',
  'extra',
  'supplementary',
  // « la grosse réunion »: which one is already said
  'grosse',
  'gros',
  // anyone at all: "did anybody agree on anything?"
  'anybody',
  'anyone',
  // "that winter", « cet hiver-là »: the articles' whole span (December 2021 – February 2022)
  'winter',
  'somebody',
  'someone',
  'everybody',
  'everyone',
  // when, said loosely: "right away", "immediately"
  'away',
  'immediately',
  'quickly',
  'soon',
  'already',
  // the form of the answer asked for: "in one line", "in a sentence", "briefly"
  'line',
  'sentence',
  'briefly',
  // "since the previous Council": the facts count from the one they report, never naming the one before
  'previous',
  'prior',
  'total', // "how many troops in total", « au total »
  // "what role did the OSCE play?", "what part did the EU play?": what it did
  'play',
  'played',
  'plays',
  'part',
  // "the longest meeting", "the shortest call": how long each lasted decides (respond.ts), no topic
  'longest',
  'shortest',
  'short',
  // "which countries were named in the demand": those the demand names
  'named',
  'listed',
  // "how many years had passed since…": the time that went by is what a count measures
  'passed',
  'elapsed',
  // emphasis, not a topic: "the key dates", "the main demands"
  'key',
  'main',
  'important',
  'major',
  'principal',
  // chat fillers: "like in those letters", "basically"
  'like',
  'basically',
  'actually',
  'literally',
  // how things turned out, which the event asked about says: "did Russia eventually withdraw?" (parse.ts
  // reads it before it is set aside)
  'eventually',
  'ultimately',
  // hedges: "the promise supposedly made", attribution the answer gives anyway
  'supposedly',
  'allegedly',
  'apparently',
  'reportedly',
  'anything',
  'something',
  // Nouns that name no thing of their own: "Johnson's domestic problem" asks about Johnson at home.
  'body',
  'bodies',
  'problem',
  'problems',
  'issue',
  'issues',
  'thing',
  'things',
  'matter',
  'stuff',
  'story',
  'news',
  'crisis', // the whole story: "the first event of the crisis"
  'action', // "NATO's actions": whatever it did
  'actions',
  'activity',
  'activities',
  'crises',
  'tell',
  'me',
  'please',
  'know',
  'thing',
  'things',
  'anything',
  'something',
  'article',
  'articles',
  'source',
  'sources',
  'happen',
  'happened',
  'exactly',
  'actually',
  'really',
  'bot',
  'hey',
  'hi',
  'hello',
  'ok',
  'okay',
  'thanks',
  'thank',
  'also',
  'again',
  'already',
  'then',
  'there',
  'here',
  'which',
  'kind',
  'sort',
  'type',
  'do',
  'did',
  'does',
  'done',
  'get',
  'got',
  'obtain', // as "get": "which outlet obtained the letters?", « s'est procuré » (how it did is asked apart)
  'obtained',
  'make',
  'made',
  'let',
  'about',
  'regard',
  'regarding',
  'concerning', // but "Russia's concerns" are a topic
  'according',
  'post',
  'term',
  'terms',
  'other',
  'another',
  'each',
  'side',
  'one',
  'ever',
  'once',
  'twice',
  'times',
  'mention',
  'mentioned',
  'report',
  'reported',
  'first',
  'last',
  'day',
  'date',
  'time',
  'era', // "the Soviet era": the name before it says which
  'year',
  'week',
  'month',
  'place',
  'city',
  'reason',
  'involving', // "the events involving Macron": Macron is what the question names
  'involve',
  'involved',
  'number',
  'figure', // "the 100,000 troops figure": the number itself is what is asked about
  'figures',
  // "Putin's counterpart in the call": the other party, whom the question's actors and event already find
  'counterpart',
  'counterparts',
  'interlocutor',
  // "did the talks produce a deal?": the deal is what is asked
  'produce',
  'produced',
  'yield',
  'yielded',
  // "the West's attitude", "Russia's stance": what they said (the event, when nothing else is), never a topic
  'attitude',
  'stance',
  // "the key takeaways from Brussels", "the highlights": what happened there
  'takeaway',
  'takeaways',
  'highlights',
  'rundown',
  'information', // "the source of the information on the troops": what is reported on them
  'info',
  'many',
  'much',
  'long',
  'order',
  'list',
  'events',
  'event',
  ...CHAT_INTERJECTIONS,
  // "sry if dumb question but…", "merci ! et l'OTAN…"
  'dumb',
  'question',
  'confused',
  'merci',
  'salut',
  'located',
  'location',
  'situated',
  // what a question asks for, not what it is about
  'tone',
  'mood',
  'atmosphere',
  ...OUTCOME_WORDS,
  'conclusion',
  'point',
  'purpose',
  'aim',
  'goal',
  'role',
  // "what was Spain's involvement?", "the link between Yugoslavia and the meeting": what they have to do with it
  'involvement',
  'link',
  'links',
  'linked',
  'connection',
  'connections',
  'connected',
  'relationship',
  'detail',
  'details',
  'content',
  'gist',
  'summary',
  // "a quick summary", "in brief", "a short overview": how to answer, not what about
  'quick',
  'brief',
  'short',
  'overview',
  'recap',
  'status',
  'significance',
  'fit', // "how does Libya fit in?"
  'meaning',
  'willing',
  'else',

  // role words after an actor refine it ("the NATO boss", "le patron de l'OTAN"): the actor's facts answer
  'boss',
  'charge', // "in charge of"
  'chief',
  'head',
  'leader',
  'leaders',
  'patron',
  'chef',
  'envoy',
  'representative',
  'officials',
  'official',
  // date qualifiers: "mid-January", "early February"
  'mid',
  'early',
  'late',
  'behalf',
  // light verbs: "hold a press conference", "take place", "give a warning"; "did anything come of it?"
  'come',
  'came',
  'hold',
  'held',
  'take',
  'took',
  'taken',
  'give',
  'gave',
  'given',
  'able',
  'going',
  'prepared',
  'near',
  'around',
  'along',
  'across',
  'within',
  'exactly',
  'exact',
  'original', // "the original French": the quote, which every answer cites
  'precisely',
  'specifically',
  'basically',
  // "approximately how long…", "roughly when…": hedges on what is asked
  'approximately',
  'approx',
  'roughly',
  'officially',
]);

/** Chat spellings, read as the words they stand for. */
export const CHAT_SPELLINGS: ReadonlyMap<string, string> = table({
  wat: 'what',
  rn: 'now',
  rly: 'really',
  // French typed fast: "kes ke", "c", "cest", "ya eu", "pk", "bcp"
  kes: 'quest ce',
  ke: 'que',
  cest: 'c est',
  ya: 'il y a',
  pk: 'pourquoi',
  pq: 'pourquoi',
  koi: 'quoi',
  qd: 'quand',
  cb: 'combien',
  cmb: 'combien',
  kwa: 'quoi',
  ki: 'qui',
  kel: 'quel',
  kelle: 'quelle',
  kels: 'quels',
  c: 'ce est', // "c koi", folded as "c'est" is
  l: 'le', // "l otan", typed without the apostrophe
  jcrois: 'je crois',
  jpense: 'je pense',
  wht: 'what',
  wot: 'what',
  wut: 'what',
  whn: 'when',
  wen: 'when',
  wher: 'where',
  whr: 'where',
  hw: 'how',
  whats: 'what',
  whens: 'when',
  wheres: 'where',
  hows: 'how',
  whos: 'who',
  w: 'with', // "w/ romania"
  hrs: 'hours',
  hr: 'hour',
  mins: 'minutes',
  wk: 'week',
  wks: 'weeks',
  hwo: 'who',
  u: 'you',
  r: 'are',
  ur: 'your',
  docs: 'documents',
  doc: 'document',
  legit: 'genuine',
  abt: 'about',
  bc: 'because',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  tho: 'though',
  dept: 'department',
  govt: 'government',
  gov: 'government',
  admin: 'administration',
});

/** English pronouns that point back to one person (French "il" and "elle" may be a country or a body). */
export const PERSON_REFERENCES = new Set(['he', 'him', 'his', 'she', 'her']);

/** Pronouns that point back to the previous question's actors in a follow-up. */
export const BACK_REFERENCES = new Set([
  'they',
  'them',
  'he',
  'him',
  'she',
  'her',
  'it',
  'its',
  'their',
  'his',
  'those',
  'these',
  'both',
  'that',
  'this',
]);
