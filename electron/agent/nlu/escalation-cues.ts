import { sentimentScore } from './sentiment-score';

// Legal and compliance words. "sue" must stand alone (not "issue", "pursue"), "court" must be a law court
// (not "food court"), and "legal" needs a legal noun after it ("is this legal" alone is not a threat).
const LEGAL = new RegExp(
  [
    String.raw`\b(?:lawyers?|attorneys?|solicitors?|barristers?|lawsuits?|litigation|ombudsman|ombudsmen|regulators?|chargebacks?|subpoena)\b`,
    String.raw`\b(?:sue|sued|suing)\b`,
    String.raw`\b(?:in|to|into)\s+court\b|\bcourt\s+(?:case|order|action|date)\b|\bsmall\s+claims\b|\bclass\s+action\b`,
    String.raw`\blegal(?:ly)?\s+(?:action|advice|team|department|counsel|proceedings?|steps|recourse|rights|matter)\b|\billegal\b`,
    String.raw`\bGDPR\b|\bdata\s+protection\b|\bprivacy\s+(?:regulator|commissioner|complaint)\b|\bCCPA\b`,
    String.raw`\bBBB\b|\bbetter\s+business\s+bureau\b|\bconsumer\s+(?:protection|rights|affairs)\b|\btrading\s+standards\b`,
    String.raw`\b(?:FTC|CFPB|attorney\s+general)\b|\bdispute\s+(?:the|this|a)\s+(?:charge|payment|transaction)\b`,
    String.raw`\breport\s+(?:you|this|your\s+company)\s+to\b`,
  ].join('|'),
  'iu',
);

const HUMAN = String.raw`(?:human(?:\s+being)?|person|people|agent|representative|rep|manager|supervisor|operator|someone|somebody|staff(?:\s+member)?|team\s+member|specialist|assistants?|advis[eo]r|associate|employee)`;
// An article and one adjective, real or merely angry: "a real person", "a damn agent", "your live support".
const REAL = String.raw`(?:(?:a|an|the|your|some|one\s+of\s+your)\s+)?(?:(?:real|live|actual|human|proper|damn|bloody|freaking|fucking|goddamn)\s+)?`;
const HUMAN_REQUEST = [
  // "talk to a real person", "speak with your manager", "chatting with an assistant"
  new RegExp(
    String.raw`\b(?:talk(?:ing)?|speak(?:ing)?|chat(?:ting)?)\s+(?:to|with)\s+${REAL}${HUMAN}\b`,
    'iu',
  ),
  // "contact a live agent", "reach someone", "put me in touch with a representative"
  new RegExp(
    String.raw`\b(?:contact(?:ing)?|reach(?:ing)?|(?:get|getting|put|putting)\s+(?:me\s+)?(?:hold\s+of|in\s+touch\s+with))\s+${REAL}${HUMAN}\b`,
    'iu',
  ),
  // "transfer me to an agent", "put me through to a supervisor", "escalate this to a human"
  new RegExp(
    String.raw`\b(?:transfer|connect|put|pass|hand|escalate|send)\s+(?:me|this|it|my\s+case)?\s*(?:through|over|back)?\s*(?:to|with)\s+${REAL}(?:${HUMAN}|live\s+support|customer\s+service)\b`,
    'iu',
  ),
  // "get me a human", "I want a person", "I need a representative"
  new RegExp(
    String.raw`\b(?:get|give|want|need|request|demand|prefer|would\s+like|['’]d\s+like)\s+(?:me\s+)?${REAL}(?:human(?:\s+being)?|person|agent|representative|rep|manager|supervisor|operator|callback\s+from\s+a\s+(?:real|live)\s+\w+)\b`,
    'iu',
  ),
  // "someone real", "a real person", "an actual human"
  /\b(?:someone|somebody|anyone|anybody)\s+real\b|\b(?:real|actual|live)\s+(?:person|human|people|agent)\b/iu,
  // the whole message is the request: "human please", "agent!!", "representative"
  /^\s*(?:human|agent|representative|rep|operator|person|manager|supervisor)(?:\s+please)?[\s!.?]*$/iu,
];
// "I don't need to talk to a person": a refusal earlier in the same clause cancels the request, but a
// negation that is not about wanting one does not ("I don't know how to reach an agent").
const REQUEST_NEGATED =
  /(?:\bno\s+need\b|\b(?:do\s+not|don['’]?t|doesn['’]?t|didn['’]?t|never|not)\s+(?:\w+\s+){0,2}?(?:want|need|wish|ask(?:ed)?|like|require|request(?:ed)?|have\s+to|interested))\b[^.,;!?]*$/iu;

const STAFF = String.raw`(?:agent|rep|representative|person|guy|lady|woman|man|girl|employee|staff(?:\s+member)?|associate|advisor|adviser|technician|operator|manager|supervisor|colleague|coworker|co-worker|specialist)`;
const PREVIOUS_STAFF = [
  new RegExp(String.raw`\b(?:last|previous|other|first|earlier|prior|former)\s+${STAFF}\b`, 'iu'),
  new RegExp(String.raw`\b${STAFF}\s+(?:\w+\s+)?(?:i|we)\s+(?:spoke|talked|chatted|dealt)\b`, 'iu'),
  new RegExp(
    String.raw`\b(?:the|your|that|this)\s+${STAFF}\s+(?:yesterday|earlier|last\s+\w+|before|on\s+the\s+phone|in\s+the\s+chat)\b`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:your|the|that)\s+${STAFF}\b(?=[^.!?]*\b(?:was|were|is|did|didn['’]?t|never|hung|lied|told|said|promised|gave|closed|refused|ignored|yelled)\b)`,
    'iu',
  ),
  /\b(?:spoke|talked|chatted)\s+(?:to|with)\s+(?:someone|somebody|a\s+\w+|an\s+\w+)\s+(?:yesterday|earlier|last\s+\w+|before)\b/iu,
];
// Complaints the lexicon alone misses: broken promises and things not done.
const MISCONDUCT =
  /\b(?:hung\s+up|lied|never\s+(?:called|got\s+back|followed\s+up|responded|replied|showed)|(?:didn['’]?t|did\s+not)\s+(?:even\s+)?(?:help|call|listen|care|bother|fix|follow|respond|reply|read)|wrong\s+information|closed\s+my\s+(?:ticket|case)|brushed\s+me\s+off|wasted\s+my\s+time|yelled|shouted|was\s+no\s+help)\b/iu;

const SENTENCE = /[^.!?\n]+[.!?]*/gu;

/** Mentions of lawyers, lawsuits, regulators, chargebacks, data-protection law and the like. */
export function mentionsLegal(text: string): boolean {
  return LEGAL.test(text);
}

/** Asks for a human (person, agent, representative, manager…), not merely mentioning one. */
export function requestsHuman(text: string): boolean {
  return HUMAN_REQUEST.some((pattern) => {
    const match = pattern.exec(text);
    if (!match) return false;
    const clauseStart = Math.max(0, text.slice(0, match.index).search(/[^.,;!?]*$/u));
    return !REQUEST_NEGATED.test(text.slice(clauseStart, match.index));
  });
}

/** Complains about a person the customer dealt with before: a staff mention plus a complaint in one sentence. */
export function complainsAboutPreviousAgent(text: string): boolean {
  return (text.match(SENTENCE) ?? []).some(
    (sentence) =>
      PREVIOUS_STAFF.some((pattern) => pattern.test(sentence)) &&
      (MISCONDUCT.test(sentence) || sentimentScore(sentence) < -0.2),
  );
}
