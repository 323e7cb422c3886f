/** A knowledge-base article before it gets an id and a date. */
export interface ArticleDraft {
  title: string;
  body: string;
  tags: string[];
}

/** Paragraphs joined the way article bodies store them. */
export const paragraphs = (...parts: string[]): string => parts.join('\n\n');

/** A numbered list as one paragraph. */
export const steps = (...items: string[]): string => items.map((item, i) => `${i + 1}. ${item}`).join('\n');

/** "$6.95" */
export const dollars = (amount: number): string => `$${amount.toFixed(2)}`;
