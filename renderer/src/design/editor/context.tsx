import { createContext, useContext } from 'react';
import type { Directory } from '@shared/model/directory';
import type { ItemType } from '@shared/model/item-type';
import type { MessageTemplate } from '@shared/model/template';

/** What node components and panels look up names in. Stable per editor, so nodes do not re-render for it. */
export interface EditorLookups {
  directory: Directory;
  templates: MessageTemplate[];
  itemTypes: ItemType[];
  /** A template made from the editor joins the lists at once. */
  addTemplate(template: MessageTemplate): void;
}

export const LookupsContext = createContext<EditorLookups | null>(null);

export function useLookups(): EditorLookups {
  const value = useContext(LookupsContext);
  if (!value) throw new Error('useLookups outside the editor');
  return value;
}
