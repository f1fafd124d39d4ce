import type { apiDocsEn } from './api-docs-en';

export const apiDocsDe: typeof apiDocsEn = {
  label: 'Dokumentation',
  link: 'Dokumentation der API lesen',
};
