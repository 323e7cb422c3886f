import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import WebSocket from 'ws';
import { createApp } from '../../app';
import { memorySettingsBackend } from '../../services/settings';
import { databaseFile, openDatabase } from '../../store/database';
import { startWebHost } from '../web-server';
import { percentile, round, sampleMs } from './sample';
import { benchRendererBuild } from './renderer-build';
import type { Benchmark } from './types';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Opening a fresh database file and applying every migration (first launch). */
export const storeOpen: Benchmark = {
  name: 'store',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-bench-'));
    let n = 0;
    const samples = await sampleMs(
      () => openDatabase(databaseFile(path.join(dir, String(n++)))).close(),
      20,
      2,
    );
    fs.rmSync(dir, { recursive: true, force: true });
    return { 'store.openAndMigrate.p50': { value: round(percentile(samples, 50)), unit: 'ms' } };
  },
};

/** Contract dispatch in-process, and a full round trip over the web host's WebSocket. */
export const contractCalls: Benchmark = {
  name: 'contract',
  async run() {
    const app = createApp({ dataDir: ':memory:', settings: memorySettingsBackend(), transport: 'web' });
    const direct = await sampleMs(() => app.dispatch('app.info', {}), 2000);
    const host = await startWebHost({ app, staticDir: path.join(repoRoot, 'out/renderer') });
    const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/ws?token=${host.token}`, {
      origin: host.origin,
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    let id = 0;
    const roundTrip = () =>
      new Promise<void>((resolve) => {
        ws.once('message', () => resolve());
        ws.send(JSON.stringify({ id: ++id, method: 'app.info', params: {} }));
      });
    const overWs = await sampleMs(roundTrip, 500);
    ws.close();
    await host.close();
    await app.close();
    return {
      'contract.dispatch.p50': { value: round(percentile(direct, 50) * 1000, 1), unit: 'µs' },
      'contract.websocketRoundTrip.p50': { value: round(percentile(overWs, 50)), unit: 'ms' },
      'contract.websocketRoundTrip.p95': { value: round(percentile(overWs, 95)), unit: 'ms' },
    };
  },
};

/** What a rep's machine downloads or loads: the renderer's JavaScript and CSS, gzipped. */
export const rendererBundle: Benchmark = {
  name: 'bundle',
  async run() {
    const outDir = await benchRendererBuild();
    const assets = path.join(outDir, 'assets');
    const gzipBytes = fs
      .readdirSync(assets)
      .filter((file) => /\.(js|css)$/.test(file))
      .reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(assets, file))).length, 0);
    return { 'renderer.bundle.gzip': { value: round(gzipBytes / 1024, 1), unit: 'KiB' } };
  },
};
