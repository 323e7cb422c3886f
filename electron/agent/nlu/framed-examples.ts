import { z } from 'zod';
import { Phrase } from '../../data-files/phrases';
import { parseDataFile } from '../../data-files/parse-data-file';
import itemWords from './data/item-words.json' with { type: 'json' };
import type { IntentLabel } from './intent-labels';
import { OUT_OF_SCOPE } from './intent-model';

/**
 * Customers wrap one request in many ways: "help me check…", "I need to…", "where can I…", "assistance
 * checking…". The requests below go through a rotation of such frames, the same frames for every intent
 * (and for off-topic requests), so the classifier learns that the frame says nothing about the intent
 * and reads the request inside it. Each request starts with its verb; "{item}" is filled from a rotation
 * of the words customers use for what they bought (`data/item-words.json`).
 */
const FRAMES: readonly ((request: string, gerund: string) => string)[] = [
  (r) => `help me ${r}`,
  (r) => `I need help to ${r}`,
  (r) => `can you help me ${r}?`,
  (r) => `I want to ${r}`,
  (_, g) => `help ${g}`,
  (r) => `where can I ${r}?`,
  (r) => `how do I ${r}`,
  (r) => `is it possible to ${r}?`,
  (_, g) => `I need assistance ${g}`,
  (r) => `I don't know how to ${r}`,
  (r) => `I'd like to ${r}`,
  (_, g) => `can you help me ${g}`,
  (r) => `I have to ${r}`,
  (r) => `I'm trying to ${r}`,
  (r) => `need assistance to ${r}`,
  (_, g) => `I want help ${g}`,
  (r) => `could you ${r} for me`,
  (r) => `${r} please`,
];

const ItemWords = z.object({ about: z.string(), items: z.array(Phrase).min(1) }).strict();
const ITEMS = parseDataFile('electron/agent/nlu/data/item-words.json', itemWords, ItemWords).items;

// How many frames each request is put in; the rotation continues across requests and intents.
const FRAMES_PER_REQUEST = 3;

const REQUESTS: Record<
  Exclude<IntentLabel, 'greeting' | 'thanks_goodbye'> | typeof OUT_OF_SCOPE,
  readonly string[]
> = {
  order_status: [
    'check the status of my {item}',
    'track my {item}',
    'see where my {item} is right now',
    'find out when my {item} will arrive',
    'check how soon I can expect my {item}',
    'know whether my {item} has shipped',
    'get the tracking number of my {item}',
    'locate the {item} I bought last week',
    'check the estimated delivery date of my {item}',
    'follow the delivery of order #W2207731',
    'get an update on my {item}',
    'see if my {item} left the warehouse',
  ],
  delivery_delay: [
    'report that my {item} is late',
    'find out why my {item} is taking so long',
    'chase a {item} that never showed up',
    'speed up a late {item} I need by Friday',
    'sort out a {item} stuck in transit for a week',
    'get my overdue {item} delivered',
    'report a {item} that was due yesterday and still is not here',
    'deal with a delivery that keeps getting pushed back',
    'find a {item} marked delivered that I never received',
    'get the {item} that missed its delivery date',
  ],
  cancel_order: [
    'cancel my {item}',
    'cancel the order I placed yesterday',
    'call off a purchase I made by mistake',
    'stop my order before it ships',
    'cancel order ORD-60412',
    'withdraw the order I just made',
    'undo my last order',
    'cancel the rest of my order',
    'get my purchase cancelled',
    'cancel an order I no longer need',
  ],
  return_item: [
    'return an {item} I bought',
    'send back the shoes that do not fit',
    'start a return for my {item}',
    'get a return label',
    'return a damaged {item}',
    'ship back something I do not want',
    'return a gift I received',
    'mail back a defective {item}',
    'make a return for order #W7710245',
  ],
  exchange_item: [
    'exchange my shoes for a bigger size',
    'swap an {item} for a different color',
    'exchange the {item} I received',
    'trade my jacket for another model',
    'replace the wrong size with the right one',
    'get a medium instead of the small I ordered',
    'switch my {item} for a different one',
    'exchange a gift for something else',
  ],
  refund_request: [
    'get a refund for my {item}',
    'get my money back',
    'request a reimbursement for my {item}',
    'check the status of my refund',
    'see whether my refund went through',
    'track my reimbursement',
    'know when my refund will arrive',
    'claim a refund for a broken {item}',
    'find out where my money back is',
    'be reimbursed for the missing {item}',
    'get refunded for order ORD-22810',
  ],
  change_address: [
    'change my shipping address',
    'update the delivery address on my {item}',
    'set up a new shipping address',
    'add a delivery address to my account',
    'edit the address on my {item}',
    'correct my postal address',
    'register another shipping address',
    'enter a different address for delivery',
    'fix the address on my account',
    'ship my {item} to a new address',
  ],
  account_access: [
    'reset my password',
    'recover my password',
    'get back into my account',
    'log in to my account',
    'report a problem with my registration',
    'fix an error I get when signing up',
    'finish registering my account',
    'get a new password',
    'unlock my account',
    'sign in with my email again',
    'solve the issue with creating my user',
  ],
  billing_question: [
    'check my invoice',
    'get a copy of my bill',
    'see my invoices from last month',
    'find the invoice for my {item}',
    'check which payment methods you accept',
    'see the payment options',
    'pay with paypal',
    'report a problem with my payment',
    'sort out a payment that failed',
    'check the cancellation fee',
    'find out the early termination penalty',
    'know how much it costs to cancel',
    'check a charge on my card',
    'update the card on file',
    'download my receipts',
  ],
  product_question: [
    'find out if this jacket comes in XL',
    'check the dimensions of the desk',
    'know if the blender is dishwasher safe',
    'see what colors the lamp comes in',
    'check if the headphones are in stock',
    'compare the pro and the standard model',
    'learn what the sofa is made of',
    'know if batteries are included with the camera',
  ],
  how_to: [
    'check your refund policy',
    'see in which cases I can ask for a refund',
    'know under what conditions I get my money back',
    'read your money back guarantee',
    'see the delivery options',
    'check what shipping methods you offer',
    'find out how long shipping takes',
    'check the delivery period',
    'know how many days standard delivery takes',
    'check what hours customer service is open',
    'find the customer support phone number',
    'get the email address of customer service',
    'see at what time I can call support',
    'check your return policy',
    'use a promo code',
    'find your size guide',
  ],
  human_request: [
    'talk to a human',
    'speak with an agent',
    'chat with a real person',
    'get in touch with a representative',
    'contact a live agent',
    'speak to customer service right now',
    'talk with an assistant',
    'reach a real person',
    'be transferred to an operator',
    'get a supervisor on the line',
    'contact someone from your team',
  ],
  complaint: [
    'file a complaint',
    'make a complaint about your service',
    'lodge a claim about how I was treated',
    'report the rude agent I dealt with',
    'complain about the terrible service',
    'leave a complaint about my experience',
    'submit a formal complaint',
    'raise a complaint about your staff',
    'express how unhappy I am with you',
  ],
  renewal_quote: [
    'get a renewal quote for Acme Corp',
    'send the renewal pricing to the customer',
    'prepare a quote to renew 40 seats',
    'know what our renewal will cost',
  ],
  schedule_call: [
    'book a call with the customer next week',
    'schedule a meeting with Northwind on Tuesday',
    'set up a call for tomorrow at 3pm',
    'put a check-in call on the calendar',
  ],
  usage_report: [
    'pull the usage report for Globex',
    'see how many seats we use',
    'check our usage this quarter',
    'get a summary of account usage',
  ],
  follow_up_email: [
    'send a follow-up email after the call',
    'write a recap email to the customer',
    'email the customer a summary of what we agreed',
    'draft a follow-up message for the client',
  ],
  [OUT_OF_SCOPE]: [
    'bake sourdough bread',
    'find a restaurant nearby',
    'book a flight to Lisbon',
    'learn to play the guitar',
    'plant tomatoes in pots',
    'fix a leaky faucet',
    'write my history essay',
    'set an alarm for 6am',
    'convert miles to kilometers',
    'get to the airport',
    'see the weather forecast',
    'find a good movie to watch',
  ],
};

const IRREGULAR_GERUNDS: Readonly<Record<string, string>> = {
  get: 'getting',
  set: 'setting',
  put: 'putting',
  stop: 'stopping',
  chat: 'chatting',
  plan: 'planning',
  cancel: 'cancelling',
  see: 'seeing',
  be: 'being',
};

/** "check the status" → "checking the status": the -ing form of the leading verb. */
export function gerundOf(request: string): string {
  const [verb = '', ...rest] = request.split(' ');
  const lower = verb.toLowerCase();
  const gerund =
    IRREGULAR_GERUNDS[lower] ??
    (lower.endsWith('e') && !lower.endsWith('ee') ? `${lower.slice(0, -1)}ing` : `${lower}ing`);
  return [gerund, ...rest].join(' ');
}

/** Every request of every intent in its share of frames, as labelled texts. */
export function framedExamples(): { text: string; label: string }[] {
  const examples: { text: string; label: string }[] = [];
  let turn = 0;
  for (const [label, requests] of Object.entries(REQUESTS)) {
    for (const request of requests) {
      for (let k = 0; k < FRAMES_PER_REQUEST; k++, turn++) {
        const filled = request.replace('{item}', ITEMS[turn % ITEMS.length]!);
        examples.push({ text: FRAMES[turn % FRAMES.length]!(filled, gerundOf(filled)), label });
      }
    }
  }
  return examples;
}
