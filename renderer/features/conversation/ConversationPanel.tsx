import { useAgentStore } from '../agent/agent-store';
import { BriefingPanel } from '../escalation/BriefingPanel';
import { HandoffControls } from '../escalation/HandoffControls';
import { HandoffError } from '../escalation/HandoffError';
import { RepComposer } from '../escalation/RepComposer';
import { useHandoff } from '../escalation/use-handoff';
import { RepCsatControl } from '../metrics/RepCsatControl';
import { formatIntent, formatSentiment, statusLabels } from '../queue/format';
import { selectSelected, useQueueStore } from '../queue/queue-store';
import { useConversationStore } from './conversation-store';
import { CustomerComposer } from './CustomerComposer';
import { Transcript } from './Transcript';

/**
 * The selected conversation: its briefing when escalated, the transcript with the agent's streamed
 * draft, the rep's reply box once taken over, and the simulated customer side.
 */
export function ConversationPanel() {
  const selected = useQueueStore(selectSelected);
  const select = useQueueStore((s) => s.select);
  const messages = useConversationStore((s) => s.messages);
  const draft = useAgentStore((s) => s.draft);
  const { briefing } = useHandoff();

  return (
    <section className="panel conversation" aria-label="Conversation">
      <header className="panel-header">
        <div className="conversation-title">
          <h2>{selected ? selected.customer : 'New conversation'}</h2>
          {selected && (
            <p className="muted">
              <span className={`badge status-${selected.status}`}>{statusLabels[selected.status]}</span>{' '}
              {formatIntent(selected.intent)} · {formatSentiment(selected.sentiment)}
            </p>
          )}
        </div>
        {selected && (
          <div className="button-row">
            <HandoffControls />
            {selected.status === 'resolved' && (
              <RepCsatControl key={selected.id} conversationId={selected.id} />
            )}
            <button type="button" className="secondary" onClick={() => select(null)}>
              New conversation
            </button>
          </div>
        )}
      </header>
      <HandoffError />
      {briefing && <BriefingPanel escalation={briefing} />}
      <Transcript messages={messages} draft={draft} />
      <RepComposer />
      <CustomerComposer conversationId={selected?.id ?? null} />
    </section>
  );
}
