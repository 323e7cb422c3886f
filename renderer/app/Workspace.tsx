import { AgentPanel } from '../features/agent/AgentPanel';
import { useApprovalShortcuts } from '../features/approvals/use-approval-shortcuts';
import { ConversationPanel } from '../features/conversation/ConversationPanel';
import { QueuePanel } from '../features/queue/QueuePanel';

/** The rep's workspace: the queue, the conversation, and the agent's approvals and timeline side by side. */
export function Workspace() {
  useApprovalShortcuts();
  return (
    <main className="workspace">
      <QueuePanel />
      <ConversationPanel />
      <AgentPanel />
    </main>
  );
}
