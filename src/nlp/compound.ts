/**
 * "Who called Putin on 3 February and what did they talk about?", « qui dirige l'OTAN et qu'a-t-il dit ? »:
 * questions asked in one breath. Each part is asked in turn, the next as a follow-up of the one before, so
 * that "he" and "they" are read as a follow-up reads them (engine.ts).
 */
import { capitalise } from '../text/capitalise.ts';

/** "…, and what…", "… and with whom did…", "… and if so when…": a question word opening another question. */
const ENGLISH =
  /\s*[,;]?\s+(?:and|then)\s+(?:if so,?\s+|also\s+)?(?=(?:(?:for|with|to|on|in|at|about|from|since|by)\s+)?(?:what|who|whom|when|where|why|how|which|did|was|were|is|are|has|have|had)\b)/i;
/** « … et qu'a-t-il dit ? », « … et de quoi ont-ils parlé ? », « et si oui, quand… » */
const FRENCH =
  /\s*,?\s+et\s+(?:si oui,?\s+)?(?=(?:(?:de|à|a|avec|pour|par|sur|depuis|pendant|dans)\s+)?(?:qu|que|quoi|quand|où|qui|comment|pourquoi|combien|quel|quelle|quels|quelles)\b)/i;
/**
 * A first part this short is no question of its own ("where and when did…"); nor is a second part this short
 * ("… and when?", « et à qui ? »): the first question's answer, which names its day, place and people, says it.
 */
const MIN_WORDS = 3;

/** The questions asked, in order: the question itself when it is one. */
export function compoundParts(question: string): string[] {
  const sides = eachSide(question);
  if (sides) return sides;
  for (const joint of [ENGLISH, FRENCH]) {
    const match = joint.exec(question);
    if (!match) continue;
    const first = question.slice(0, match.index).trim();
    const second = question.slice(match.index + match[0].length).trim();
    if (wordCount(first) < MIN_WORDS || wordCount(second.replace(/[?!.]+$/, '')) < MIN_WORDS) continue;
    return [`${first.replace(/[,;]$/, '')}?`, ...compoundParts(capitalise(second))];
  }
  return [question];
}

/** Words, French inversions and elisions apart: « qu'a-t-il dit » is a question of its own. */
const wordCount = (text: string) => text.split(/[\s'’-]+/).filter(Boolean).length;

/**
 * "What's the difference between Russia's demands and NATO's proposals?", « quelle différence entre les
 * demandes russes et les propositions américaines ? »: each side asked in turn ("what were A?", "what were
 * B?"); the reader compares.
 */
function eachSide(question: string): string[] | null {
  if (!MAY_COMPARE.test(question)) return null; // most questions have none of these words
  const sides = DIFFERENCE.exec(question);
  if (!sides) return null;
  const what = /^\s*(?:quelle|la)\b/i.test(question) ? 'Quels étaient' : 'What were';
  return [`${what} ${sides[1]} ?`, `${what} ${sides[2]} ?`];
}
const MAY_COMPARE = /diff[eé]r/i;
const DIFFERENCE =
  /^\s*(?:what(?:['’]s| is| was| are) the differences? between|(?:quelle|la) (?:est la )?différence (?:y a-t-il )?entre) (.+?) (?:and|et) (.+?)\s*\?*\s*$/iu;
