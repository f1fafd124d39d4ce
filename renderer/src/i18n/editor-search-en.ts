/** The placeholder of the editor's step search: short, as the box is as wide as it (the room comes from the title). */
export const editorSearchEn = { placeholder: 'Find a step' };
export type EditorSearchMessages = typeof editorSearchEn;
