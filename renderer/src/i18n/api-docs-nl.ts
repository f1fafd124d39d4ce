import type { apiDocsEn } from './api-docs-en';

export const apiDocsNl: typeof apiDocsEn = {
  label: 'Documentatie',
  link: 'Lees de beschrijving van de API',
};
