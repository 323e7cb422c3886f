import path from 'node:path';
import type { McpServerConfig } from '../../../shared/mcp-servers';

/** The stdio test server of test/fixtures/mcp, started the way a team's server would be. */
export const testServerScript = path.resolve(import.meta.dirname, '../../fixtures/mcp/stdio-test-server.ts');

export type TestServerMode = 'normal' | 'hang' | 'huge' | 'inject' | 'exit';

export const testServerTransport = (
  mode: TestServerMode = 'normal',
  envNames: string[] = [],
  extra: string[] = [],
) => ({
  kind: 'stdio' as const,
  command: process.execPath,
  args: ['--import', 'tsx', testServerScript, mode, ...extra],
  envNames,
});

export const testServerConfig = (
  name: string,
  mode: TestServerMode = 'normal',
  tools: McpServerConfig['tools'] = {},
  extra: string[] = [],
): McpServerConfig => ({
  name,
  transport: testServerTransport(mode, [], extra),
  tools,
  timeoutMs: 1000,
  maxResultBytes: 16_384,
});
