import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSandboxFile } from '../../../electron/sandbox/data/parse-file';
import { sandboxLists } from '../../../electron/sandbox/format';

const doc = fs.readFileSync(
  fileURLToPath(new URL('../../../docs/sandbox-import-format.md', import.meta.url)),
  'utf8',
);

describe('the import format document', () => {
  it('shows an example that imports as it stands', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? 'missing';
    const checked = parseSandboxFile(JSON.parse(example));
    expect(checked.ok ? 'valid' : checked.error.message).toBe('valid');
  });

  it('describes every list of the file', () => {
    expect(sandboxLists.filter((list) => !new RegExp(`^\\| \`${list}\` +\\|`, 'm').test(doc))).toEqual([]);
  });
});
