import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../../electron/sandbox/data/json-syntax-error';

describe('locating a JSON syntax error', () => {
  it.each([
    ['{"a":}', 'line 1, column 6: value expected'],
    ['{\n  "a": 1,\n  "b": tru\n}', 'line 3, column 8: invalid symbol'],
    ['[1, 2,]', 'line 1, column 7: value expected'],
    ['{"a": 1,}', 'line 1, column 9: property name expected'],
    ['{"a": 1}}', 'line 1, column 9: end of file expected'],
    ["{'a': 1}", 'line 1, column 2: invalid symbol'],
    ['{\n  // note\n  "a": 1\n}', 'line 2, column 3: invalid comment token'],
    ['{"a": "x\ny"}', 'line 1, column 7: unexpected end of string'],
  ])('names the line and column of %j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toBe(expected);
  });

  it.each([
    ['', 'line 1, column 1'],
    ['{\n  "customers": [\n', 'line 3, column 1'],
    ['{"a": 1', 'line 1, column 8'],
    ['{"a": "half a str', 'line 1, column 7'],
  ])('says a file cut short (%j) ends before the JSON is complete', (text, where) => {
    expect(jsonSyntaxError(text)).toBe(`${where}: the file ends before the JSON is complete`);
  });

  it('finds nothing in valid JSON', () => {
    expect(jsonSyntaxError('{"a": [1, "two", null]}')).toBeNull();
  });
});
