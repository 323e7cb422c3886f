import { afterEach, describe, expect, it, vi } from 'vitest';
import { print, printError } from '../../../electron/host/cli-output';

afterEach(() => vi.restoreAllMocks());

describe('what the command-line tools print', () => {
  it('goes out line by line, on stdout or stderr, without secrets', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    print('{"error":"401 Authorization: Bearer sk-proj-abcdefghijklmnopqrstuvwx"}');
    printError('agent: server said x-api-key: 0123456789abcdef');
    expect(out).toHaveBeenCalledWith('{"error":"401 Authorization: Bearer [REDACTED]"}\n');
    expect(err).toHaveBeenCalledWith('agent: server said x-api-key: [REDACTED]\n');
  });
});
