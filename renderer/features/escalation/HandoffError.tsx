import { useHandoff } from './use-handoff';

/** A failed take over, send or hand back, said where the rep is looking. */
export function HandoffError() {
  const { error } = useHandoff();
  if (!error) return null;
  return (
    <p role="alert" className="card-error">
      {error}
    </p>
  );
}
