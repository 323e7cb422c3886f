import { conversations } from './0001-conversations';
import type { Migration } from './types';

/** Every migration, oldest first. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [conversations];
