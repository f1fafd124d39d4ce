/** Settings → API: the link to the readable API documentation (GET /api/v1/docs). */
export const apiDocsEn = {
  label: 'Documentation',
  link: 'Read the API documentation',
};
