import { assist } from '../../app/client';
import { useAgentStore } from '../agent/agent-store';
import { selectSelected, useQueueStore } from '../queue/queue-store';
import { useEscalationStore, type HandoffBusy } from './escalation-store';

type CallOutcome = { ok: true } | { ok: false; error: { message: string } };

/** Runs one handoff call, tracking it as busy and keeping its error for the rep to read. */
async function run(
  conversationId: string,
  busy: HandoffBusy,
  call: () => Promise<CallOutcome>,
): Promise<boolean> {
  const store = useEscalationStore.getState();
  store.setBusy(busy);
  store.setError(null);
  const result = await call();
  store.setBusy(null);
  if (!result.ok) store.setError({ conversationId, message: result.error.message });
  return result.ok;
}

/**
 * Take over, write to the customer, and hand back: the rep's side of an escalation. While a rep has
 * the conversation the agent sends nothing; the message box starts with the briefing's draft reply.
 */
export function useHandoff() {
  const conversation = useQueueStore(selectSelected);
  const escalation = useAgentStore((s) => s.escalation);
  const busy = useEscalationStore((s) => s.busy);
  const error = useEscalationStore((s) =>
    s.error && s.error.conversationId === conversation?.id ? s.error.message : null,
  );
  const edited = useEscalationStore((s) => (conversation ? s.repText[conversation.id] : undefined));
  const id = conversation?.id ?? null;
  const withRep = conversation?.status === 'with_rep';
  const text = edited ?? escalation?.briefing.draftReply ?? '';
  const store = useEscalationStore.getState();
  return {
    conversationId: id,
    withRep,
    /** The briefing matters while a human has, or should have, the conversation. */
    briefing: escalation && (conversation?.status === 'escalated' || withRep) ? escalation : null,
    busy,
    error,
    text,
    setText: (value: string) => {
      if (id) store.setRepText(id, value);
    },
    takeOver: async () => {
      if (
        id &&
        (await run(id, 'takeOver', () => assist.call('conversations.takeOver', { conversationId: id })))
      )
        store.clearRepText(id);
    },
    send: async () => {
      if (!id || text.trim() === '') return;
      const sent = await run(id, 'send', () =>
        assist.call('conversations.sendRepMessage', { conversationId: id, text }),
      );
      if (sent) store.setRepText(id, '');
    },
    handBack: async () => {
      if (id) await run(id, 'handBack', () => assist.call('conversations.handBack', { conversationId: id }));
    },
  };
}
