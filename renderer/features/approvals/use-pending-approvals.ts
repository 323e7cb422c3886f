import { useMemo } from 'react';
import type { ActionView } from '../agent/action-view';
import { pendingActions, useAgentStore } from '../agent/agent-store';

/** The selected conversation's actions that wait for a rep, oldest first. */
export function usePendingApprovals(): ActionView[] {
  const actions = useAgentStore((s) => s.actions);
  return useMemo(() => pendingActions(actions), [actions]);
}
