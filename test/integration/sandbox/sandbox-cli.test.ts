import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countSandbox } from '../../../electron/sandbox/data/sandbox-store';
import { sandboxLists } from '../../../electron/sandbox/format';
import { runSandboxCommand } from '../../../electron/sandbox/sandbox-command';
import { databaseFile, openDatabase } from '../../../electron/store/database';

let dir: string;
let out: string[];
let err: string[];
const io = { out: (text: string) => out.push(text), err: (text: string) => err.push(text) };
const run = (...args: string[]) => runSandboxCommand(args, io, { cwd: dir, defaultDataDir: () => dir });
const counts = () => {
  const db = openDatabase(databaseFile(dir));
  try {
    return countSandbox(db);
  } finally {
    db.close();
  }
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-cli-'));
  out = [];
  err = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run sandbox', () => {
  it('seeds the requested size and prints the counts', () => {
    expect(run('seed', '--size', '12', '--as-of', '2025-06-11')).toBe(0);
    expect(out.join('\n')).toMatch(/12 customers, 60 orders/);
    expect(counts()).toMatchObject({ customers: 12, orders: 60 });
  });

  it('uses the data folder given with --data-dir, relative to where it was typed', () => {
    expect(run('seed', '--size', '3', '--data-dir', 'elsewhere')).toBe(0);
    expect(fs.existsSync(databaseFile(path.join(dir, 'elsewhere')))).toBe(true);
  });

  it('exports and imports a file', () => {
    run('seed', '--size', '5');
    expect(run('export', 'out.json')).toBe(0);
    run('reset');
    expect(counts().customers).toBe(0);
    expect(run('import', 'out.json')).toBe(0);
    expect(counts().customers).toBe(5);
  });

  it('exits 1 on a bad import file, says why and keeps the data', () => {
    run('seed', '--size', '5');
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ orders: [{ id: '#W1' }] }));
    expect(run('import', path.join(dir, 'bad.json'))).toBe(1);
    expect(err.join('\n')).toMatch(/orders\[0\]\.customerId: is required[\s\S]*Nothing was changed/);
    expect(counts().customers).toBe(5);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
    [['seed', '--size', 'lots'], /--size must be a whole number/],
    [['seed', '--colour', 'red'], /Unknown option '--colour'/],
    [['reset', '--size', '3'], /reset does not take --size/],
    [['import'], /import needs exactly one FILE.json/],
    [['import', '--format', 'csv', 'x.json'], /--format must be one of sandbox, tau2-retail/],
    [['seed', '--as-of', 'friday'], /--as-of must be a date/],
  ])('exits 2 with the reason and the usage for %j', (args, reason) => {
    expect(run(...args)).toBe(2);
    expect(err.join('\n')).toMatch(reason);
    expect(err.join('\n')).toMatch(/Usage: npm run sandbox/);
  });

  it('prints the usage for --help and exits 0', () => {
    expect(run('--help')).toBe(0);
    expect(out.join('\n')).toMatch(/Usage: npm run sandbox/);
  });

  it('runs as a program and exits 2 on an unknown command', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/host/sandbox-cli.ts', 'explode', '--data-dir', dir],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/unknown command "explode"/);
  });
});

const halfOf = (text: string) => text.slice(0, Math.floor(text.length / 2));

/** A τ² database with one user and nothing else, as in the benchmark's db.json. */
const tau2User = {
  users: {
    kai_tan_1: {
      user_id: 'kai_tan_1',
      name: { first_name: 'Kai', last_name: 'Tan' },
      address: {
        address1: '1 Elm Street',
        address2: '',
        city: 'Austin',
        country: 'USA',
        state: 'TX',
        zip: '78701',
      },
      email: 'kai.tan@example.com',
      payment_methods: {},
    },
  },
  products: {},
  orders: {},
};

describe('npm run sandbox -- import, refusing a file', () => {
  /** The whole sandbox as `export` writes it. */
  const exported = (name: string) => {
    expect(run('export', name)).toBe(0);
    return fs.readFileSync(path.join(dir, name), 'utf8');
  };
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    return name;
  };

  beforeEach(() => {
    expect(run('seed', '--size', '5', '--as-of', '2025-06-11')).toBe(0);
  });

  const emptySandboxFiles: [string, string][] = [
    ['an empty object', '{}'],
    ['only empty customers', '{"customers":[]}'],
    ['every list empty', JSON.stringify(Object.fromEntries(sandboxLists.map((list) => [list, []])))],
    ['only the format marker', '{"format":"agent-assist-sandbox","version":1}'],
  ];

  it.each(emptySandboxFiles)('refuses %s as holding no records, and changes nothing', (_name, text) => {
    const before = exported('before.json');
    expect(run('import', write('empty.json', text))).toBe(1);
    expect(err.join('\n')).toMatch(
      /empty\.json holds no records; use `reset` to empty the sandbox\nNothing was changed\./,
    );
    expect(exported('after.json')).toBe(before);
  });

  it('refuses a τ²-bench file with no users, products or orders, and changes nothing', () => {
    const before = exported('before.json');
    const file = write('empty.json', '{"users":{},"products":{},"orders":{}}');
    expect(run('import', '--format', 'tau2-retail', file)).toBe(1);
    expect(err.join('\n')).toMatch(/holds no records; use `reset` to empty the sandbox/);
    expect(exported('after.json')).toBe(before);
  });

  it('takes a τ²-bench file that holds one user', () => {
    expect(run('import', '--format', 'tau2-retail', write('one.json', JSON.stringify(tau2User)))).toBe(0);
    expect(counts()).toMatchObject({ customers: 1, orders: 0 });
  });

  const brokenFiles: [string, string, () => string, RegExp][] = [
    [
      'sandbox',
      'cut in half',
      () => halfOf(exported('whole.json')),
      /the file ends before the JSON is complete/,
    ],
    [
      'sandbox',
      'with a trailing comma',
      () => '{\n  "customers": [\n    {"id": "c1"},\n  ]\n}',
      /line 4, column 3: value expected/,
    ],
    [
      'sandbox',
      'with comments',
      () => '{\n  // the customers\n  "customers": []\n}',
      /line 2, column 3: invalid comment token/,
    ],
    ['sandbox', 'that is empty', () => '', /line 1, column 1: the file ends before the JSON is complete/],
    ['sandbox', 'with wrong types', () => '{"customers":[{"id":5,"name":"Kai"}]}', /customers\[0\]\.id: /],
    ['sandbox', 'that is a list', () => '[]', /a JSON object with lists such as customers and orders/],
    [
      'tau2-retail',
      'cut in half',
      () => halfOf(JSON.stringify(tau2User, null, 2)),
      /is not valid JSON \(line \d+, column \d+: the file ends/,
    ],
    [
      'tau2-retail',
      'with wrong types',
      () => JSON.stringify({ ...tau2User, users: { kai: { user_id: 5 } } }),
      /users\.kai\.user_id: /,
    ],
    ['tau2-retail', 'without its lists', () => '{}', /users: /],
  ];

  it.each(brokenFiles)(
    'refuses a %s file %s, says where it is wrong, and changes nothing',
    (format, _name, text, reason) => {
      const file = write('broken.json', text());
      const before = exported('before.json');
      expect(run('import', '--format', format, file)).toBe(1);
      expect(err.join('\n')).toMatch(reason);
      expect(err.join('\n')).toMatch(/Nothing was changed\./);
      expect(exported('after.json')).toBe(before);
    },
  );
});
