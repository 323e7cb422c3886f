import { TimelineStep } from './TimelineStep';
import { useFollowLatest } from './use-follow-latest';
import { useTimeline } from './use-timeline';

/** The agent's live timeline for the selected conversation: every perceive, reason, gate, act and observe step. */
export function Timeline() {
  const steps = useTimeline();
  const { ref, onScroll } = useFollowLatest<HTMLOListElement>(steps.length);
  return (
    <div className="timeline-section">
      <h3 className="section-title">Timeline</h3>
      {steps.length === 0 ? (
        <p className="empty">The agent has not taken a step on this conversation yet.</p>
      ) : (
        <ol className="timeline" aria-label="Agent timeline" tabIndex={0} ref={ref} onScroll={onScroll}>
          {steps.map((step) => (
            <TimelineStep key={step.id} step={step} />
          ))}
        </ol>
      )}
    </div>
  );
}
