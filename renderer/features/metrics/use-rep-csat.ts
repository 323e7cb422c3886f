import { useState } from 'react';
import { assist } from '../../app/client';

/** The rep's CSAT rating of one conversation: the chosen score, and saving it as an outcome. */
export function useRepCsat(conversationId: string) {
  const [score, setScore] = useState(5);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    score,
    saved,
    error,
    setScore,
    save: async () => {
      const result = await assist.call('outcomes.recordCsat', { conversationId, score, by: 'rep' });
      if (result.ok) {
        setSaved(result.value.csat);
        setError(null);
      } else setError(result.error.message);
    },
  };
}
