/**
 * The placeholder of the editor's step search: one short word in each language, as the box is
 * 120 px wide on a laptop (its label says what it searches).
 */
export const editorSearchEn = { placeholder: 'Search' };
export type EditorSearchMessages = typeof editorSearchEn;
