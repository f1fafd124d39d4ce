/**
 * The input of items.submit for an approval message (item type "Accorderingsbericht", seed 002)
 * from Eva, with the fields its type requires; `fields` adds to them or changes them.
 */
export const vatReturn = (subject: string, fields: Record<string, unknown> = {}) => ({
  itemTypeId: 'type-accordering',
  subject,
  fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst', ...fields },
  submitterUserId: 'user-eva',
});
