import { describe, expect, it } from 'vitest';
import { extractEntities, type Entity } from '../../../electron/agent/nlu/entities';

// Wednesday 5 March 2025, 15:00 UTC, read in UTC.
const referenceDate = new Date('2025-03-05T15:00:00Z');

function entities(text: string): Entity[] {
  const result = extractEntities(text, { referenceDate, timezoneOffsetMinutes: 0 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const ofType = <T extends Entity['type']>(text: string, type: T) =>
  entities(text).filter((e): e is Extract<Entity, { type: T }> => e.type === type);

describe('order ids', () => {
  it('finds a #W id with its span', () => {
    expect(ofType('where is #W1234567?', 'order_id')).toEqual([
      { type: 'order_id', value: '#W1234567', start: 9, end: 18, text: '#W1234567' },
    ]);
  });

  it('finds an ORD- id written in lower case and upper-cases it', () => {
    expect(ofType('status of ord-55120 please', 'order_id').map((e) => e.value)).toEqual(['ORD-55120']);
  });

  it('takes seven bare digits when "order" comes just before them', () => {
    expect(ofType('my order number is 7730512', 'order_id').map((e) => e.value)).toEqual(['7730512']);
  });

  it('ignores seven bare digits without an order cue', () => {
    expect(ofType('my code is 7730512', 'order_id')).toEqual([]);
  });
});

describe('contact details', () => {
  it('finds an email address and lower-cases it', () => {
    expect(ofType('write to Jamie.R@Example.com', 'email').map((e) => e.value)).toEqual([
      'jamie.r@example.com',
    ]);
  });

  it('finds a North American phone number as digits', () => {
    expect(ofType('call me on (555) 201-3344', 'phone').map((e) => e.value)).toEqual(['5552013344']);
  });

  it('keeps the plus of an international number', () => {
    expect(ofType('my mobile is +44 20 7946 0958', 'phone').map((e) => e.value)).toEqual(['+442079460958']);
  });

  it('does not read an order id as a phone number', () => {
    expect(ofType('order #W1234567', 'phone')).toEqual([]);
  });
});

describe('person names', () => {
  it('takes the name after "my name is", even in lower case', () => {
    expect(ofType('hi, my name is dana lee and I need help', 'person_name').map((e) => e.value)).toEqual([
      'Dana Lee',
    ]);
  });

  it('takes a capitalized name after "this is"', () => {
    expect(ofType('This is Marco from the Denver office', 'person_name').map((e) => e.value)).toEqual([
      'Marco',
    ]);
  });

  it('takes a capitalized name after "I\'m"', () => {
    expect(ofType("Hello, I'm Priya.", 'person_name').map((e) => e.value)).toEqual(['Priya']);
  });

  it('does not take a feeling or state as a name', () => {
    expect(ofType("I'm Very upset. I'm locked out. this is ridiculous", 'person_name')).toEqual([]);
  });

  it("does not take someone else's name in a possessive", () => {
    expect(ofType("I'm Priya's manager", 'person_name')).toEqual([]);
  });
});

describe('money', () => {
  it.each([
    ['refund $15 please', 15, 'USD'],
    ['it cost 15 dollars', 15, 'USD'],
    ['a charge of €20.50', 20.5, 'EUR'],
    ['USD 40 was taken', 40, 'USD'],
    ['about 1,200.00 usd', 1200, 'USD'],
    ['£5 fee', 5, 'GBP'],
  ])('reads "%s" as %d %s', (text, amount, currency) => {
    expect(ofType(text, 'money').map((e) => [e.amount, e.currency])).toEqual([[amount, currency]]);
  });

  it('does not read a plain number as money', () => {
    expect(ofType('I bought 3 chairs', 'money')).toEqual([]);
  });
});

describe('dates and deadlines', () => {
  it('resolves "by Friday" to the coming Friday and marks it a deadline', () => {
    expect(ofType('I need it by Friday', 'date')).toMatchObject([
      { date: '2025-03-07', deadline: true, text: 'Friday' },
    ]);
  });

  it('resolves "tomorrow" relative to the reference date, not as a deadline', () => {
    expect(ofType('can it come tomorrow', 'date')).toMatchObject([{ date: '2025-03-06', deadline: false }]);
  });

  it('resolves "next Monday"', () => {
    expect(ofType('call me next Monday', 'date').map((e) => e.date)).toEqual(['2025-03-10']);
  });

  it('resolves "on the 5th" to the next 5th of a month, today included', () => {
    expect(ofType('it came on the 5th', 'date').map((e) => e.date)).toEqual(['2025-03-05']);
  });

  it('resolves an ordinal day already past to next month', () => {
    expect(ofType('due on the 2nd', 'date').map((e) => e.date)).toEqual(['2025-04-02']);
  });

  it('marks "before" a date as a deadline', () => {
    expect(ofType('it has to arrive before 3/14', 'date')).toMatchObject([
      { date: '2025-03-14', deadline: true },
    ]);
  });

  it('keeps the clock time when one is said', () => {
    expect(ofType('schedule a call Tuesday at 3pm', 'date')).toMatchObject([
      { date: '2025-03-11', time: '15:00' },
    ]);
  });

  it('reads "end of week" as Friday', () => {
    expect(ofType('by end of week please', 'date')).toMatchObject([{ date: '2025-03-07', deadline: true }]);
  });

  it('does not read a bare duration as a date', () => {
    expect(ofType('it has been 6 days and I paid for 2 day shipping', 'date')).toEqual([]);
  });

  it('does not read an amount of money as a time', () => {
    expect(entities('$15 on march 2').map((e) => e.type)).toEqual(['money', 'date']);
  });

  it('uses the given time zone for "tomorrow"', () => {
    // 02:00 UTC on the 5th is still the evening of the 4th five hours west.
    const result = extractEntities('tomorrow', {
      referenceDate: new Date('2025-03-05T02:00:00Z'),
      timezoneOffsetMinutes: -300,
    });
    expect(result.ok && result.value.map((e) => e.type === 'date' && e.date)).toEqual(['2025-03-05']);
  });
});

describe('addresses', () => {
  it('parses street, city, state and zip after "change my address to"', () => {
    expect(ofType('change my address to 42 Elm Street, Springfield, IL 62704', 'address')).toEqual([
      {
        type: 'address',
        street: '42 Elm Street',
        city: 'Springfield',
        state: 'IL',
        zip: '62704',
        start: 21,
        end: 57,
        text: '42 Elm Street, Springfield, IL 62704',
      },
    ]);
  });

  it('keeps the unit with the street line', () => {
    expect(ofType('new address: 1200 Pine Ave Apt 5, Austin TX 78701', 'address')).toMatchObject([
      { street: '1200 Pine Ave Apt 5', city: 'Austin', state: 'TX', zip: '78701' },
    ]);
  });

  it('takes a street alone when no city follows', () => {
    expect(ofType('please deliver to 88 Lake View Drive instead', 'address')).toMatchObject([
      { street: '88 Lake View Drive' },
    ]);
  });

  it('does not read the zip code as anything else', () => {
    expect(entities('ship it to 9 Harbor Rd, Portland, ME 04101').map((e) => e.type)).toEqual(['address']);
  });

  it('needs a cue before a street alone, not before an address written as on an envelope', () => {
    expect(ofType('I live near 42 Elm Street', 'address')).toEqual([]);
    for (const text of [
      'it should be 12 Oak St, Portland, OR 97204',
      '48 Pine Avenue, Boulder, CO 80302',
      'the right one is 9 Spruce Lane, Salem OR 97301 thanks',
    ])
      expect(ofType(text, 'address')).toHaveLength(1);
  });
});

describe('addresses outside the US', () => {
  const cases: [string, Record<string, string>][] = [
    [
      'Change the delivery address on W2611112 to 22 Elm Road, Leeds LS1 4AB, UK.',
      { street: '22 Elm Road', city: 'Leeds', zip: 'LS1 4AB', country: 'UK' },
    ],
    [
      'deliver to 221 Baker Street, London NW1 6XE',
      { city: 'London', zip: 'NW1 6XE', country: 'United Kingdom' },
    ],
    ['ship it to 14 High Street, Bath BA1 5AW', { city: 'Bath', zip: 'BA1 5AW', country: 'United Kingdom' }],
    [
      'send it to 10 Queen St W, Toronto M5H 2N2, Canada please',
      { street: '10 Queen St W', city: 'Toronto', zip: 'M5H 2N2', country: 'Canada' },
    ],
    [
      'new address is 3 King Road, Vancouver V6B 1A1',
      { city: 'Vancouver', zip: 'V6B 1A1', country: 'Canada' },
    ],
    ['ship it to 7 Main St, 10115 Berlin, Germany', { city: 'Berlin', zip: '10115', country: 'Germany' }],
    [
      'please send it to 40 Canal Street, 1012 Amsterdam, Netherlands',
      { city: 'Amsterdam', zip: '1012', country: 'Netherlands' },
    ],
  ];
  for (const [text, expected] of cases)
    it(`reads the city, postcode and country of "${text}"`, () => {
      expect(ofType(text, 'address')).toMatchObject([expected]);
    });

  it('names no country for a postcode-first address written without one', () => {
    const [address] = ofType('ship it to 7 Main St, 10115 Berlin', 'address') as { country?: string }[];
    expect(address).toMatchObject({ city: 'Berlin', zip: '10115' });
    expect(address?.country).toBeUndefined();
  });
});

describe('product codes', () => {
  it('finds a SKU named as such', () => {
    expect(ofType('is sku TX-4410 in stock', 'sku').map((e) => e.value)).toEqual(['TX-4410']);
  });
});

describe('the entity list', () => {
  it('comes back in text order', () => {
    const types = entities('Order #W1234567 for $20 by Friday, email ana@example.com').map((e) => e.type);
    expect(types).toEqual(['order_id', 'money', 'date', 'email']);
  });

  it('refuses an invalid reference date', () => {
    expect(extractEntities('tomorrow', { referenceDate: new Date('nope') })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'referenceDate' },
    });
  });

  it('refuses a time zone offset beyond 14 hours', () => {
    expect(extractEntities('tomorrow', { referenceDate, timezoneOffsetMinutes: 24 * 60 })).toMatchObject({
      ok: false,
      error: { field: 'timezoneOffsetMinutes' },
    });
  });
});
