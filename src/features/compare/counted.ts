/** "1 source", "5 sources": a count with its noun in the right number (nouns that add an "s"). */
export const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
