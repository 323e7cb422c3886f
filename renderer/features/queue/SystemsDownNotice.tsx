import { useSystemsDown } from './use-systems-down';

/** Says which connected systems are not answering, so a rep knows why the agent hands requests over. */
export function SystemsDownNotice() {
  const down = useSystemsDown();
  if (down.length === 0) return null;
  return (
    <div className="systems-down" role="alert">
      {down.map(({ system, label, lastError }) => (
        <p key={system}>
          <strong>{label} is not answering.</strong> The agent hands its requests to the team until it is back
          {lastError ? ` (${lastError})` : ''}. Check it in Settings → Connections.
        </p>
      ))}
    </div>
  );
}
