import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolNames } from '../../../shared/tools';

const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

/** The paragraph of the README that lists the tools, from its opening words to the full stop ending the list. */
function listedTools(): string[] {
  const start = readme.indexOf('The agent touches systems only through the tool bridge:');
  expect(start, 'the README lists the tools').toBeGreaterThanOrEqual(0);
  const list = readme.slice(start, readme.indexOf('`.', start) + 1);
  return [...list.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}

describe("the README's tools come from the catalog", () => {
  it('states the number of tools in the catalog', () => {
    const counts = [...readme.matchAll(/\b(\d+) tools\b/g)].map((match) => Number(match[1]));
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toBe(toolNames.length);
  });

  it('lists every tool of the catalog, and only those', () => {
    const listed = listedTools();
    expect(listed.filter((name) => !(toolNames as readonly string[]).includes(name))).toEqual([]);
    expect(toolNames.filter((name) => !listed.includes(name))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
