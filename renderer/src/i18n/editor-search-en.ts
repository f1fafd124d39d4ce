/** The placeholder of the editor's step search: short, as the box is 120 px wide on a laptop. */
export const editorSearchEn = { placeholder: 'Find a step' };
export type EditorSearchMessages = typeof editorSearchEn;
