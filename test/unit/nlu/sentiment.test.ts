import { describe, expect, it } from 'vitest';
import { analyzeSentiment } from '../../../electron/agent/nlu/sentiment';

const score = (text: string) => analyzeSentiment(text).score;

describe('sentiment score', () => {
  it('is positive for a pleased message', () => {
    expect(score('I am happy with the service')).toBeGreaterThan(0.3);
  });

  it('is negative for an unhappy message', () => {
    expect(score('this is the worst service ever')).toBeLessThan(-0.3);
  });

  it('is zero for a neutral question', () => {
    expect(score('where is my order')).toBe(0);
  });

  it('turns "not happy" negative', () => {
    expect(score('I am not happy')).toBeLessThan(0);
  });

  it('turns "no problem" positive', () => {
    expect(score('no problem at all')).toBeGreaterThan(0);
  });

  it('makes "very unhappy" worse than "unhappy"', () => {
    expect(score('I am very unhappy')).toBeLessThan(score('I am unhappy'));
  });

  it('makes "slightly annoyed" milder than "annoyed"', () => {
    expect(score('I am slightly annoyed')).toBeGreaterThan(score('I am annoyed'));
  });

  it('makes a shouted word stronger', () => {
    expect(score('this is TERRIBLE')).toBeLessThan(score('this is terrible'));
  });

  it('makes exclamation marks stronger', () => {
    expect(score('this is terrible!!!')).toBeLessThan(score('this is terrible'));
  });

  it('reads an angry emoji as negative', () => {
    expect(score('my order 😡')).toBeLessThan(0);
  });

  it('reads a smiley emoticon as positive', () => {
    expect(score('got it :)')).toBeGreaterThan(0);
  });

  it('weighs the clause after "but" more', () => {
    expect(score('the product is good but the delivery was awful')).toBeLessThan(0);
  });

  it('stays within [-1, 1] however strong the words', () => {
    const furious = score('WORST TERRIBLE HORRIBLE AWFUL SCAM!!! 😡😡😡');
    expect(furious).toBeGreaterThanOrEqual(-1);
    expect(furious).toBeLessThan(-0.9);
  });
});

describe('the legal flag', () => {
  it.each([
    'I will contact my lawyer about this',
    'my attorney will be in touch',
    'I am going to sue you',
    'expect a lawsuit',
    'I will file a chargeback with my bank',
    'I am reporting this to the regulator',
    'I will complain to the ombudsman',
    'this is a GDPR violation',
    'you are breaking data protection law',
    'I am reporting you to the BBB',
    'see you in court',
    'I will take legal action',
  ])('is raised by "%s"', (text) => {
    expect(analyzeSentiment(text).legal).toBe(true);
  });

  it.each([
    'I have an issue with my order',
    'I will pursue other options',
    'we met at the food court',
    'the suede shoes are lovely',
  ])('is not raised by "%s"', (text) => {
    expect(analyzeSentiment(text).legal).toBe(false);
  });
});

describe('the human-request flag', () => {
  it.each([
    'I want to talk to a human',
    'let me speak to a real person',
    'transfer me to an agent',
    'get me a manager',
    'can I speak with your supervisor',
    'human please',
    'representative!!',
    'I just want to talk to someone real',
    "why can't I talk to a human?",
    'I keep trying to speak with a bloody agent',
    'talking with a representative would sort this out',
    'how do I contact a real person?',
    "I don't know how to reach an agent",
    'could I chat with one of your assistants',
    'please get me in touch with someone',
  ])('is raised by "%s"', (text) => {
    expect(analyzeSentiment(text).humanRequest).toBe(true);
  });

  it.each([
    "I'm not a human",
    'the agent said it would arrive Monday',
    "I don't need to talk to a person, just tell me the status",
    'I do not want to speak with an agent, the bot is fine',
    'not interested in talking to a manager, just fix it',
    'I never asked to be transferred to a supervisor',
    'your manager approved the refund last week',
    'I want a refund',
  ])('is not raised by "%s"', (text) => {
    expect(analyzeSentiment(text).humanRequest).toBe(false);
  });
});

describe('the previous-agent complaint flag', () => {
  it.each([
    'the last agent I spoke to was rude',
    'the person I talked to yesterday hung up on me',
    'your rep promised a callback and never called',
    'the previous representative was not helpful',
    'the guy on the phone earlier lied to me',
  ])('is raised by "%s"', (text) => {
    expect(analyzeSentiment(text).previousAgentComplaint).toBe(true);
  });

  it.each([
    'the last agent was really helpful',
    'the agent said it would arrive Monday',
    'I am unhappy with the product',
    'can I talk to the same agent as before?',
  ])('is not raised by "%s"', (text) => {
    expect(analyzeSentiment(text).previousAgentComplaint).toBe(false);
  });
});
