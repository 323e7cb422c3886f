import { useEffect } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { selectSelected, useQueueStore } from '../queue/queue-store';
import { useAgentStore } from './agent-store';

/**
 * Follows the agent on the selected conversation: loads its run report, then keeps the timeline,
 * actions, escalation and streamed draft live from events. The report is read again when the
 * conversation's status changes (an escalation handed back, a take over from another window).
 */
export function useAgentSync(): void {
  const selectedId = useQueueStore((s) => s.selectedId);
  const status = useQueueStore((s) => selectSelected(s)?.status);
  const connection = useAppStore((s) => s.connection);

  useEffect(() => {
    const store = useAgentStore.getState();
    store.reset(selectedId);
    if (selectedId === null || connection !== 'open') return;
    const unsubscribe = [
      assist.on('agent.step', store.addStep),
      assist.on('action.updated', store.updateAction),
      assist.on('escalation.raised', ({ conversationId, reasons, briefing }) =>
        store.raiseEscalation(conversationId, { reasons, briefing }),
      ),
      assist.on('agent.draft', ({ conversationId, text }) => store.setDraft(conversationId, text)),
      assist.on('message.added', (message) => {
        if (message.role !== 'customer') store.clearDraft(message.conversationId);
      }),
    ];
    return () => unsubscribe.forEach((off) => off());
  }, [selectedId, connection]);

  useEffect(() => {
    if (selectedId === null || connection !== 'open') return;
    let current = true;
    void assist.call('agent.report', { conversationId: selectedId }).then((result) => {
      if (!current) return;
      if (result.ok) useAgentStore.getState().loadReport(result.value);
      // A conversation the agent has not read yet has no report; its first step arrives as an event.
      else if (result.error.code !== 'not_found') useAppStore.getState().setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [selectedId, connection, status]);
}
