import type { EditorSearchMessages } from './editor-search-en';

export const editorSearchDe: EditorSearchMessages = { placeholder: 'Suchen' };
