import { useEffect } from 'react';
import { approveAction } from './approval-commands';
import { useApprovalsStore } from './approvals-store';
import { usePendingApprovals } from './use-pending-approvals';

/** Keys the rep is typing into are text, not shortcuts. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * `a` approves and `r` starts rejecting the pending card that has focus, or else the first one.
 * Active while the component using it (the workspace) is shown and something waits for approval.
 */
export function useApprovalShortcuts(): void {
  const pending = usePendingApprovals();
  useEffect(() => {
    if (pending.length === 0) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key !== 'a' && key !== 'r') return;
      const store = useApprovalsStore.getState();
      const target = pending.find((action) => action.id === store.focusedId) ?? pending[0]!;
      event.preventDefault();
      if (key === 'a') void approveAction(target);
      else store.startReject(target.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [pending]);
}
