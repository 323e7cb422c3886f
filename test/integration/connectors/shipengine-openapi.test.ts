import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import { shipengine } from '../../../electron/connectors/shipengine/index';
import { tools } from '../../../shared/tools';
import { startOpenApiMock, type MockRequest, type OpenApiMock } from '../../fixtures/openapi-mock-server';

/** ShipEngine's official OpenAPI 3.0 description, as the npm package `shipengine-openapi` ships it. */
const spec = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('shipengine-openapi/openapi.json'), 'utf8'),
) as { paths: Record<string, Record<string, { operationId?: string }>> };

const apiKey = 'TEST_ycvJAgX6tLB1Awm9WGJmD8mpZ8wXiQ20WhqFowCk32s';
const trackingNumber = '9405511899223197428490';
const now = new Date('2026-12-03T16:30:00Z');

let mock: OpenApiMock;
let statusCode = 'IT';

beforeAll(async () => {
  mock = await startOpenApiMock(spec, {
    respond: {
      // The account's label with the number asked about, in the description's example shape.
      list_labels: (body: { labels: { tracking_number: string }[] }, request: MockRequest) => ({
        ...body,
        labels: body.labels.map((label) => ({
          ...label,
          tracking_number: String(request.query.tracking_number),
        })),
      }),
      get_tracking_log_from_label: (body: Record<string, unknown>) => ({
        ...body,
        tracking_number: trackingNumber,
        status_code: statusCode,
        estimated_delivery_date: '2026-12-04T00:00:00Z',
      }),
    },
  });
});
afterAll(() => mock.close());
afterEach(() => {
  expect(mock.rejected()).toEqual([]);
  expect(mock.requests.flatMap((request) => request.responseErrors)).toEqual([]);
  mock.requests.length = 0;
});

function open() {
  const parsed = shipengine.parseConfig({ apiKey, baseUrl: mock.url });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return shipengine.open(parsed.value, {
    customers: { idForEmail: async () => null, emailForId: async () => null },
    health: new SystemHealth(),
    onCall: () => {},
    now: () => now,
    sleep: async () => {},
  });
}

async function track(input: unknown) {
  const output = await open().handlers['shipping.track']!(tools['shipping.track'].input.parse(input), {
    idempotencyKey: undefined,
    signal: new AbortController().signal,
    now: () => now,
  });
  return tools['shipping.track'].output.parse(output);
}

describe('ShipEngine against its OpenAPI description', () => {
  it('describes the operations the connector calls', () => {
    expect(spec.paths['/v1/carriers']?.get?.operationId).toBe('list_carriers');
    expect(spec.paths['/v1/labels']?.get?.operationId).toBe('list_labels');
    expect(spec.paths['/v1/labels/{label_id}/track']?.get?.operationId).toBe('get_tracking_log_from_label');
  });

  it('tests the connection with a conforming request', async () => {
    await expect(open().test()).resolves.toMatchObject({
      system: 'shipengine',
      ok: true,
      account: expect.stringMatching(/^ShipEngine \(\d+ carriers? connected\)$/),
    });
    expect(mock.requests.map((request) => [request.operationId, request.status])).toEqual([
      ['list_carriers', 200],
    ]);
    expect(mock.requests[0]!.headers['api-key']).toBe(apiKey);
  });

  it('tracks a number through its label with conforming requests', async () => {
    const { shipments } = await track({ trackingNumber, orderId: 'ORD-1001' });
    expect(mock.requests.map((request) => [request.operationId, request.status])).toEqual([
      ['list_labels', 200],
      ['get_tracking_log_from_label', 200],
    ]);
    expect(mock.requests[0]!.query).toEqual({ tracking_number: trackingNumber, page_size: '1' });
    expect(mock.requests[1]!.path).toMatch(/^\/v1\/labels\/[^/]+\/track$/);
    expect(shipments).toHaveLength(1);
    expect(shipments[0]).toMatchObject({
      orderId: 'ORD-1001',
      trackingNumber,
      status: 'in_transit',
      eta: '2026-12-04T00:00:00Z',
    });
    expect(shipments[0]!.events.length).toBeGreaterThan(0);
  });

  it('maps a delivered parcel from the description-shaped tracking log', async () => {
    statusCode = 'DE';
    try {
      expect((await track({ trackingNumber })).shipments[0]!.status).toBe('delivered');
    } finally {
      statusCode = 'IT';
    }
  });

  it('rejects what the description does not allow: a missing key, an unknown parameter', async () => {
    const missingKey = await fetch(`${mock.url}/v1/carriers`);
    const unknownParameter = await fetch(`${mock.url}/v1/labels?tracking=1`, {
      headers: { 'api-key': apiKey },
    });
    const unknownPath = await fetch(`${mock.url}/v1/parcels`, { headers: { 'api-key': apiKey } });
    expect([missingKey.status, unknownParameter.status, unknownPath.status]).toEqual([400, 400, 404]);
    expect(mock.rejected().map((request) => request.errors.map((error) => error.keyword))).toEqual([
      ['security'],
      ['additionalProperties'],
      ['operation'],
    ]);
    mock.requests.length = 0;
  });
});
