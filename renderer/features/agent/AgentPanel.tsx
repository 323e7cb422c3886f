import { ApprovalList } from '../approvals/ApprovalList';
import { AccountCheatSheetSection } from '../renewals/AccountCheatSheetSection';
import { useQueueStore } from '../queue/queue-store';
import { Timeline } from './Timeline';

/** The Details region beside the transcript: what waits for the rep's approval, and the agent's live timeline. */
export function AgentPanel() {
  const selectedId = useQueueStore((s) => s.selectedId);
  return (
    <section className="panel agent" aria-label="Details">
      <header className="panel-header">
        <h2>Details</h2>
      </header>
      {selectedId ? (
        <div className="agent-body">
          <AccountCheatSheetSection />
          <ApprovalList />
          <Timeline />
        </div>
      ) : (
        <p className="empty">Select a conversation to follow the agent&apos;s work on it.</p>
      )}
    </section>
  );
}
