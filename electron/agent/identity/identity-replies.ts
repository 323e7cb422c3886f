import { z } from 'zod';
import { fillTemplate as fill } from '../../data-files/fill-template';
import { parseDataFile } from '../../data-files/parse-data-file';
import texts from './data/identity-replies.json' with { type: 'json' };

const IdentityReplies = z
  .object({
    codeSent: z.string().includes('{claimed}'),
    codeAccepted: z.string().includes('{name}'),
    codeWrong: z.string().includes('{left}'),
    codeExpired: z.string().min(1),
    tooManyTries: z.string().min(1),
    emailSubject: z.string().min(1),
    emailBody: z.string().includes('{code}').includes('{minutes}'),
  })
  .strict();

const replies = parseDataFile('electron/agent/identity/data/identity-replies.json', texts, IdentityReplies);

/** What the agent says (and emails) while it checks who a customer is. */
export const identityReplies = {
  codeSent: (claimed: string) => fill(replies.codeSent, { claimed }),
  codeAccepted: (name: string) => fill(replies.codeAccepted, { name }),
  codeWrong: (left: number) => fill(replies.codeWrong, { left }),
  codeExpired: () => replies.codeExpired,
  tooManyTries: () => replies.tooManyTries,
  email: (code: string, minutes: number) => ({
    subject: replies.emailSubject,
    body: fill(replies.emailBody, { code, minutes }),
  }),
};
