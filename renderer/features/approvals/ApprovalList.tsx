import { ApprovalCard } from './ApprovalCard';
import { usePendingApprovals } from './use-pending-approvals';

/** The selected conversation's actions waiting for a rep, one card each. */
export function ApprovalList() {
  const pending = usePendingApprovals();
  if (pending.length === 0) return null;
  return (
    <section className="approvals" aria-labelledby="approvals-title">
      <h3 id="approvals-title" className="section-title">
        Waiting for your approval ({pending.length})
      </h3>
      {pending.map((action) => (
        <ApprovalCard key={action.id} action={action} />
      ))}
    </section>
  );
}
