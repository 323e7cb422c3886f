import { z } from 'zod';

/**
 * A phrase of a cue list: lower-case words (hyphenated ones too) separated by single spaces, where `*`
 * stands for up to three words of any kind ("send * to" matches "send my pending order to").
 */
export const Phrase = z
  .string()
  .regex(
    /^[\p{Ll}\p{N}'*-]+(?: [\p{Ll}\p{N}'*-]+)*$/u,
    'lower-case words (letters, digits, apostrophes, hyphens) separated by single spaces',
  );

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular-expression alternation of the phrases (no anchors or word boundaries: the caller adds
 * them), longest first so "send it back" wins over "send"; an apostrophe may be typed or left out.
 */
export const alternation = (phrases: readonly string[]): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      escape(phrase)
        .replaceAll("'", "['’]?")
        .replaceAll(' * ', '(?:\\s+[^\\s,.;:!?]+){0,3}\\s+')
        .replaceAll(' ', '\\s+'),
    )
    .join('|');
