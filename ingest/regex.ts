/** A word as a regex source that matches it literally (for alternations built from lexicon words). */
export function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
