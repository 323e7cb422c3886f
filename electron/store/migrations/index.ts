import { conversations } from './0001-conversations';
import { sandbox } from './0002-sandbox';
import { toolBridge } from './0003-tool-bridge';
import { agent } from './0004-agent';
import { saas } from './0005-saas';
import { customerMemory } from './0006-customer-memory';
import { outcomes } from './0007-outcomes';
import { trust } from './0008-trust';
import { connectors } from './0009-connectors';
import { mcp } from './0010-mcp';
import { sampleData } from './0011-sample-data';
import type { Migration } from './types';

/** Every migration, oldest first. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  conversations,
  sandbox,
  toolBridge,
  agent,
  saas,
  customerMemory,
  outcomes,
  trust,
  connectors,
  mcp,
  sampleData,
];
