/** The text with its first letter in capitals: an answer's opening, a question split from another. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
