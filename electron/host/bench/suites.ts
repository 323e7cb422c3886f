import { contractCalls, rendererBundle, storeOpen } from './foundation';
import { agentLoop } from './agent';
import { firstMessage } from './first-message';
import { renewalsBench } from './renewals';
import { kbSearch, toolCallOverhead } from './tools';
import { workspaceUi } from './workspace';
import type { Benchmark } from './types';

/** Every suite `npm run bench` knows, in the order it runs them. */
export const benchmarks: readonly Benchmark[] = [
  storeOpen,
  contractCalls,
  rendererBundle,
  toolCallOverhead,
  kbSearch,
  agentLoop,
  firstMessage,
  renewalsBench,
  workspaceUi,
];
