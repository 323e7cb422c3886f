import { useHandoff } from './use-handoff';

/** "Take over" while the agent (or nobody) has the conversation; "Hand back to agent" while a rep has it. */
export function HandoffControls() {
  const handoff = useHandoff();
  if (!handoff.conversationId) return null;
  return handoff.withRep ? (
    <button type="button" className="secondary" disabled={handoff.busy !== null} onClick={handoff.handBack}>
      Hand back to agent
    </button>
  ) : (
    <button type="button" disabled={handoff.busy !== null} onClick={handoff.takeOver}>
      Take over
    </button>
  );
}
