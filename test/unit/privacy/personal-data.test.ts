import { describe, expect, it } from 'vitest';
import { piiCategories, type PiiCategory } from '../../../shared/privacy';
import { findPersonalData } from '../../../electron/privacy/find-personal-data';
import { redactPersonalData, redactPersonalDataText } from '../../../electron/privacy/redact-personal-data';
import { generateSandbox } from '../../../electron/sandbox/seed/generate-sandbox';
import {
  cardNumber,
  email,
  iban,
  ibanCheckDigits,
  luhnDigit,
  rng,
  ssn,
  streetAddress,
  usPhone,
} from './generated-values';

/** What was found in a text, as [kind, text] pairs. */
const found = (text: string, categories: readonly PiiCategory[] = piiCategories) =>
  findPersonalData(text, categories).map((span) => [span.category, span.text]);

/** A sentence around a value, so a finder must find it inside ordinary text. */
const inSentence = (value: string) => `Hi, it's about this: ${value}. Thanks!`;

describe('card numbers', () => {
  it('finds every generated number that passes the Luhn check, solid or grouped by spaces or dashes', () => {
    const random = rng();
    for (let n = 0; n < 200; n++) {
      const card = cardNumber(random);
      expect(found(inSentence(card.written))).toEqual([['card_number', card.written]]);
    }
  });

  it('finds the test numbers of the big networks as people write them', () => {
    for (const written of [
      '4111 1111 1111 1111',
      '5555-5555-5555-4444',
      '378282246310005',
      '6011111111111117',
    ])
      expect(found(`card ${written} exp 12/27`)).toEqual([['card_number', written]]);
  });

  it('leaves a number whose check digit is wrong', () => {
    const random = rng();
    for (let n = 0; n < 200; n++) {
      const { digits } = cardNumber(random);
      const wrong = `${digits.slice(0, -1)}${(Number(digits.at(-1)) + 1 + random.int(0, 8)) % 10}`;
      expect(found(inSentence(wrong)).filter(([kind]) => kind === 'card_number')).toEqual([]);
    }
  });

  it('leaves long numbers that do not start as a card does, like a timestamp in milliseconds', () => {
    const body = '176425000000';
    expect(found(`at ${body}${luhnDigit(body)}`)).toEqual([]);
  });
});

describe('US social security numbers', () => {
  it('finds every generated issuable number written with dashes or spaces', () => {
    const random = rng();
    for (let n = 0; n < 200; n++) {
      const written = ssn(random);
      expect(found(inSentence(written))).toEqual([['ssn', written]]);
    }
  });

  it('finds nine bare digits only after a cue such as "SSN" or "social security number"', () => {
    expect(found('my SSN: 123456789')).toEqual([['ssn', '123456789']]);
    expect(found('Social Security number is 078051120')).toEqual([['ssn', '078051120']]);
    expect(found('reference 123456789')).toEqual([]);
  });

  it('leaves numbers never issued: area 000, 666 or 900 and up, group 00, serial 0000', () => {
    for (const written of ['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000'])
      expect(found(inSentence(written))).toEqual([]);
  });
});

describe('IBANs', () => {
  it('finds every generated valid IBAN, solid or in groups of four', () => {
    const random = rng();
    for (let n = 0; n < 200; n++) {
      const { written } = iban(random);
      expect(found(inSentence(written))).toEqual([['iban', written]]);
    }
  });

  it('finds the published examples', () => {
    for (const written of ['DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432', 'NL91ABNA0417164300'])
      expect(found(`pay to ${written} please`)).toEqual([['iban', written]]);
  });

  it('leaves one whose check digits are wrong or whose length is not its country’s', () => {
    const account = '370400440532013000';
    const valid = `DE${ibanCheckDigits('DE', account)}${account}`;
    expect(found(inSentence(valid))).toEqual([['iban', valid]]);
    const wrongCheck = `DE${(Number(ibanCheckDigits('DE', account)) % 97) + 1}${account}`;
    expect(found(inSentence(wrongCheck))).toEqual([]);
    expect(found(inSentence(`${valid}1`))).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('finds every generated US number however it is written', () => {
    const random = rng();
    for (let n = 0; n < 200; n++) {
      const written = usPhone(random);
      expect(found(inSentence(written))).toEqual([['phone', written]]);
    }
  });

  it('finds international numbers with their + code, and a local number after a calling cue', () => {
    expect(found('ring +44 20 7946 0958 today')).toEqual([['phone', '+44 20 7946 0958']]);
    expect(found('or +49 30 901820')).toEqual([['phone', '+49 30 901820']]);
    expect(found('call me at 555-0142')).toEqual([['phone', '555-0142']]);
  });
});

describe('email addresses', () => {
  it('finds every generated address', () => {
    const random = rng();
    for (let n = 0; n < 100; n++) {
      const written = email(random);
      expect(found(inSentence(written))).toEqual([['email', written]]);
    }
  });
});

describe('street addresses', () => {
  it('finds every generated address with its unit, city, state and zip', () => {
    const random = rng();
    for (let n = 0; n < 200; n++) {
      const written = streetAddress(random);
      expect(found(`Please send it to ${written} by Friday`)).toEqual([['address', written]]);
    }
  });

  it('finds an address without a cue when it is written as on an envelope', () => {
    expect(found('I live at 1600 Pennsylvania Avenue NW, Washington, DC 20500.')).toEqual([
      ['address', '1600 Pennsylvania Avenue NW, Washington, DC 20500'],
    ]);
    expect(found('the old one, 221B Baker Street, is wrong')).toEqual([['address', '221B Baker Street']]);
  });

  it('leaves counts and phrases that only end like a street', () => {
    for (const text of ['3 items on the way', 'I bought 2 Court shoes', 'the 5 Drive modes'])
      expect(found(text)).toEqual([]);
  });
});

describe('what is not personal data', () => {
  it('leaves order ids, tracking numbers, amounts, dates, times and SKUs as written', () => {
    const text = [
      'Order #W1234567 (ORD-123456, order number 7654321) shipped with tracking PP2125551234,',
      'SL412345678901, MP212555012US, KF21255512, 1Z999AA10123456784 and 9400111899223197428490.',
      'Total $1,234.56 (USD 1234.56, 45.00 EUR) charged on 2026-11-27T10:00:00.000Z, due 11/27/2026 at 10:30.',
      'SKU NCH-MIDNB, STC-OLIV-32 and item code 4410-22; zip 62704; customer cus_0001; ticket T-104223.',
    ].join(' ');
    expect(found(text)).toEqual([]);
  });

  it('finds nothing in the ids, dates, amounts, SKUs and tracking numbers of a generated store', () => {
    const sandbox = generateSandbox({ size: 120, seed: 7, asOf: new Date('2026-11-27T00:00:00Z') });
    const values = [
      ...sandbox.orders.flatMap((order) => [
        order.id,
        order.placedAt,
        order.promisedBy ?? '',
        ...Object.values(order.totals).map(String),
        order.paymentMethod,
        ...order.items.map((item) => `${item.sku} ${item.name} ${item.price}`),
      ]),
      ...sandbox.shipments.flatMap((shipment) => [
        shipment.trackingNumber,
        ...shipment.events.map((e) => `${e.at} ${e.location}`),
      ]),
    ];
    expect(values.length).toBeGreaterThan(500);
    expect(values.filter((value) => found(value).length > 0)).toEqual([]);
  });
});

describe('only the kinds asked for', () => {
  it('finds nothing of a kind left out', () => {
    const text = 'ana@example.com, (415) 555-2671, 4111 1111 1111 1111';
    expect(found(text, ['phone'])).toEqual([['phone', '(415) 555-2671']]);
    expect(found(text, [])).toEqual([]);
  });
});

describe('redaction for logs and exports', () => {
  it('names the kind in place of each value', () => {
    expect(
      redactPersonalDataText(
        'Ana (ana@example.com, +1 415 555 2671) paid with 4111 1111 1111 1111; SSN 123-45-6789; IBAN GB82WEST12345698765432; ship to 12 Oak Street, Springfield, IL 62704',
      ),
    ).toBe('Ana ([EMAIL], [PHONE]) paid with [CARD]; SSN [SSN]; IBAN [IBAN]; ship to [ADDRESS]');
  });

  it('replaces address records whole and walks arrays and nested objects', () => {
    const order = {
      id: '#W1000001',
      total: 261.44,
      shippingAddress: {
        line1: '2431 Aspen Place',
        city: 'Columbus',
        state: 'OH',
        zip: '43269',
        country: 'US',
      },
      notes: ['call (614) 555-0199'],
    };
    expect(redactPersonalData({ order })).toEqual({
      order: { id: '#W1000001', total: 261.44, shippingAddress: '[ADDRESS]', notes: ['call [PHONE]'] },
    });
  });
});
