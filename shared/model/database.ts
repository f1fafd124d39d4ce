import { z } from 'zod';
import { Directory, emptyDirectory } from './directory';
import { ItemType } from './item-type';
import { defaultSettings, Settings } from './settings';
import { MessageTemplate } from './template';
import { Workflow } from './workflow';

/** The version of the database layout this build reads and writes. Bump it with a migration. */
export const SCHEMA_VERSION = 2;

/** Everything the store keeps in its main file. */
export const Database = z.object({
  schemaVersion: z.number().int().positive(),
  directory: Directory,
  itemTypes: z.array(ItemType),
  workflows: z.array(Workflow),
  templates: z.array(MessageTemplate),
  settings: Settings,
});
export type Database = z.infer<typeof Database>;

export const emptyDatabase = (): Database => ({
  schemaVersion: SCHEMA_VERSION,
  directory: emptyDirectory(),
  itemTypes: [],
  workflows: [],
  templates: [],
  settings: defaultSettings(),
});
