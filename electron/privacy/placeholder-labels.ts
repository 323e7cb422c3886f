import type { PiiCategory } from '../../shared/privacy';

/** How each kind of personal data is named where it was taken out: [EMAIL], [CARD_1]… */
export const placeholderLabels: Record<PiiCategory, string> = {
  card_number: 'CARD',
  ssn: 'SSN',
  iban: 'IBAN',
  phone: 'PHONE',
  email: 'EMAIL',
  address: 'ADDRESS',
};
