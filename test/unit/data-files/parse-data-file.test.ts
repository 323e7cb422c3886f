import fs from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../../../electron/data-files/parse-data-file';

const Words = z.object({ words: z.array(z.string().min(1)).min(1) }).strict();

describe('a data file shipped with the code', () => {
  it('comes back parsed when it fits its schema', () => {
    expect(parseDataFile('data/words.json', { words: ['St', 'Ave'] }, Words)).toEqual({
      words: ['St', 'Ave'],
    });
  });

  it('is refused with an error naming the file and the field at fault', () => {
    expect(() => parseDataFile('data/words.json', { words: ['St', ''] }, Words)).toThrow(
      /^data\/words\.json is not a valid data file:\ndata\/words\.json words\[1\]: /,
    );
    expect(() => parseDataFile('data/words.json', { words: ['St'], extra: 1 }, Words)).toThrow(
      'data/words.json extra: unknown field',
    );
  });

  it('places each problem on its line when the source file is at hand', () => {
    const file = 'electron/agent/request/data/request-markers.json';
    const line =
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"markers"')) + 1;
    expect(() =>
      parseDataFile(file, { markers: [] }, z.object({ markers: z.array(z.string()).min(1) })),
    ).toThrow(new RegExp(`request-markers\\.json:${line}:\\d+ markers: `));
  });
});
