import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { productSpecs } from '../../../electron/sandbox/seed/catalog-data';
import { generateSandbox } from '../../../electron/sandbox/seed/generate-sandbox';
import { loadKbArticles } from '../../../electron/sandbox/seed/kb-files';
import { carriers, shippingSpeeds, warehouses } from '../../../electron/sandbox/seed/store-facts';

const asOf = new Date('2026-03-15T10:30:00Z');
const fixtureKb = path.resolve(import.meta.dirname, '../../fixtures/seed-kb');
const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('seed content read from data files', () => {
  it('generates byte-for-byte the same sandbox for the same seed, size and day', () => {
    const first = JSON.stringify(generateSandbox({ seed: 3, size: 20, asOf }));
    expect(JSON.stringify(generateSandbox({ seed: 3, size: 20, asOf }))).toBe(first);
    // Computed from the generator before the catalog, texts and knowledge base moved to data files:
    // a changed fingerprint means the shipped seed content (or the generator) changed.
    expect(sha256(generateSandbox({ seed: 3, size: 20, asOf }))).toBe(
      '2d7051a129b58ffa9b553a98f8c60294993b058597aec2425f6ab27867ea1923',
    );
  });

  it('builds the knowledge base from the articles of another folder', () => {
    const shipped = generateSandbox({ seed: 3, size: 20, asOf });
    const replaced = generateSandbox({ seed: 3, size: 20, asOf, kbFolder: fixtureKb });
    expect(replaced.kbArticles).toEqual([
      {
        id: 'faq_01',
        title: 'Opening hours',
        tags: ['contact', 'hours'],
        body: 'Our team answers chats and calls from 8 am to 8 pm Eastern, Monday to Saturday.\n\nEmails sent outside these hours are answered the next morning.',
        updatedAt: '2025-01-31T00:00:00.000Z',
      },
      {
        id: 'faq_02',
        title: 'Gift wrapping',
        tags: ['orders', 'gifts'],
        body: 'Choose "Gift wrap" at checkout:\n\n1. Pick a paper.\n2. Add a message of up to 200 characters.',
        updatedAt: shipped.kbArticles[1]!.updatedAt,
      },
    ]);
    expect({ ...replaced, kbArticles: [] }).toEqual({ ...shipped, kbArticles: [] });
  });

  it('ships articles that quote the store facts and the catalog', () => {
    const bodies = loadKbArticles()
      .map((article) => article.body)
      .join('\n');
    for (const speed of shippingSpeeds) expect(bodies).toContain(`$${speed.fee.toFixed(2)}`);
    for (const carrier of carriers) expect(bodies).toContain(carrier.shape);
    expect(bodies).toContain(warehouses.join(', '));
    for (const spec of productSpecs) {
      const article = loadKbArticles().find((a) => a.tags.includes(spec.slug));
      expect(article?.body, spec.slug).toContain(`Care: ${spec.care}`);
    }
  });
});

describe('the knowledge-base loader', () => {
  let dir = '';
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const folderWith = (files: Record<string, string>) => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-kb-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  };
  const errorOf = (folder: string) => {
    try {
      loadKbArticles(folder);
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  };

  it('reads the shipped articles in id order, bodies as written', () => {
    const articles = loadKbArticles();
    expect(articles.length).toBeGreaterThan(100);
    expect(articles.map((a) => a.id)).toEqual([...articles.map((a) => a.id)].sort());
    expect(articles[0]).toMatchObject({ id: 'kb_0001', title: 'Standard shipping: cost and delivery time' });
    expect(articles.every((a) => !a.body.startsWith('\n') && !a.body.endsWith('\n'))).toBe(true);
  });

  it('names the file and line of broken front matter (an unquoted colon in the title)', () => {
    const folder = folderWith({
      'kb_1-broken.md': '---\nid: kb_1\ntitle: Returns: the basics\n---\n\nText.\n',
    });
    expect(errorOf(folder)).toContain(
      `${path.join(folder, 'kb_1-broken.md')}:3:8 Nested mappings are not allowed in compact mappings`,
    );
  });

  it('names the file, line and field of a missing title', () => {
    const folder = folderWith({ 'kb_1-untitled.md': '---\nid: kb_1\ntags: [a]\n---\n\nText.\n' });
    expect(errorOf(folder)).toContain(`${path.join(folder, 'kb_1-untitled.md')}:2:1 title: is required`);
  });

  it('names an article without front matter, an unknown field and a repeated id', () => {
    const folder = folderWith({
      'a.md': 'Just text.\n',
      'b.md': '---\nid: kb_1\ntitle: One\n---\n\nText.\n',
      'c.md': '---\nid: kb_1\ntitle: Two\nauthor: me\n---\n\nText.\n',
      'd.md': '---\nid: kb_2\ntitle: Two\n---\n\nText.\n',
      'e.md': '---\ntitle: Three\nid: kb_2\n---\n\nText.\n',
    });
    const error = errorOf(folder);
    expect(error).toContain(
      `${path.join(folder, 'a.md')}:1:1 expected YAML front matter between two --- lines`,
    );
    expect(error).toContain(`${path.join(folder, 'c.md')}:2:1`);
    expect(error).toContain('author');
    expect(error).toContain(
      `${path.join(folder, 'e.md')}:3:1 id: kb_2 is also the id of ${path.join(folder, 'd.md')}`,
    );
  });
});
