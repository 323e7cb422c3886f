import { complainsAboutPreviousAgent, mentionsLegal, requestsHuman } from './escalation-cues';
import { sentimentScore } from '../../text/sentiment-score';

/** How a message feels, and the escalation cues the policy gate checks in code. */
export interface SentimentAnalysis {
  /** From -1 (very negative) to 1 (very positive); 0 is neutral. */
  score: number;
  /** Legal, dispute, regulator or going-public threats (lawyer, chargeback, ombudsman, a 1-star review…). */
  legal: boolean;
  /** The customer asks for a human. */
  humanRequest: boolean;
  /** The customer complains about an agent or person they dealt with before. */
  previousAgentComplaint: boolean;
}

/** Scores a message and raises its escalation flags. */
export function analyzeSentiment(text: string): SentimentAnalysis {
  return {
    score: sentimentScore(text),
    legal: mentionsLegal(text),
    humanRequest: requestsHuman(text),
    previousAgentComplaint: complainsAboutPreviousAgent(text),
  };
}
