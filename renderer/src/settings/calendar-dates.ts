/** A local date 'YYYY-MM-DD' as the user reads it ("do 14 mei 2026"), without time zone shifts. */
export const formatDate = (date: string, language: string): string =>
  new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
