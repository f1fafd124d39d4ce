import type { EditorSearchMessages } from './editor-search-en';

export const editorSearchNl: EditorSearchMessages = { placeholder: 'Zoeken' };
