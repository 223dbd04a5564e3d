/**
 * "Who called Putin on 3 February and what did they talk about?", « qui a envoyé les lettres et à qui ? »:
 * two questions asked in one breath. Each part is asked in turn, the second as a follow-up of the first, so
 * that "they", "when?" and « à qui ? » are read as a follow-up reads them (engine.ts).
 */

/** "…, and what…", "… and if so when?": a question word opening a second question after "and". */
const ENGLISH =
  /\s*[,;]?\s+(?:and|then)\s+(?:if so,?\s+|also\s+)?(?=(?:what|who|whom|when|where|why|how|which|did|was|were|is|are|has|have|had)\b)/i;
/** « … et qu'a-t-il dit ? », « … et à qui ? », « et si oui, quand ? » */
const FRENCH =
  /\s*,?\s+et\s+(?:si oui,?\s+)?(?=(?:qu|que|quoi|quand|où|qui|comment|pourquoi|combien|quel|quelle|quels|quelles|à qui|a qui|avec qui)\b)/i;
/**
 * A first part this short is no question of its own ("where and when did…"); nor is a second part this short
 * ("… and when?", « et à qui ? »): the first question's answer, which names its day, place and people, says it.
 */
const MIN_WORDS = 3;

/** The questions asked, in order: the question itself when it is one. */
export function compoundParts(question: string): string[] {
  for (const joint of [ENGLISH, FRENCH]) {
    const match = joint.exec(question);
    if (!match) continue;
    const first = question.slice(0, match.index).trim();
    const second = question.slice(match.index + match[0].length).trim();
    if (wordCount(first) < MIN_WORDS || wordCount(second.replace(/[?!.]+$/, '')) < MIN_WORDS) continue;
    return [`${first.replace(/[,;]$/, '')}?`, capitaliseFirst(second)];
  }
  return [question];
}

/** Words, French inversions and elisions apart: « qu'a-t-il dit » is a question of its own. */
const wordCount = (text: string) => text.split(/[\s'’-]+/).filter(Boolean).length;
const capitaliseFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
