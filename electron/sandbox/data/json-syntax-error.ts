import { printParseErrorCode, visit } from 'jsonc-parser';

/**
 * Where and why JSON text that JSON.parse refused first goes wrong, such as "line 3, column 6: value
 * expected" (line and column from 1). JSON.parse names no position for some errors, so a strict
 * second scan finds it; null if that scan finds nothing.
 */
export function jsonSyntaxError(text: string): string | null {
  let found: string | null = null;
  visit(
    text,
    {
      onError: (error, offset, length, line, character) => {
        const code = printParseErrorCode(error);
        // A string, number or comment cut off by the end of the text is a file cut short too.
        const cutShort =
          offset >= text.length || (code.startsWith('UnexpectedEndOf') && offset + length >= text.length);
        const reason = cutShort
          ? 'the file ends before the JSON is complete'
          : code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
        found ??= `line ${line + 1}, column ${character + 1}: ${reason}`;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return found;
}
