import { useRepCsat } from './use-rep-csat';

/** Lets the rep rate a resolved conversation from 1 to 5. */
export function RepCsatControl({ conversationId }: { conversationId: string }) {
  const csat = useRepCsat(conversationId);
  return (
    <div className="csat-control">
      <label>
        Rate 1–5{' '}
        <select value={csat.score} onChange={(e) => csat.setScore(Number(e.target.value))}>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="secondary" onClick={() => void csat.save()}>
        Save rating
      </button>
      <span role="status" aria-label="Rating status">
        {csat.saved !== null ? `Rated ${csat.saved}` : ''}
      </span>
      {csat.error && (
        <span role="alert" className="field-error">
          {csat.error}
        </span>
      )}
    </div>
  );
}
