/** Problems with a field's value, as the API names them (shared/fields/field-issues.ts). */
export const fieldIssuesEn = {
  notRecordField: 'is not a field of this kind of record',
  notItemField: 'is not a field of this item type',
  notNumber: 'is not a number',
  notMoney: 'is not an amount of money (at most two decimals)',
  notAttachment: 'is not an attached file',
  notDate: 'is not a date',
  noSuchDate: 'is a date that does not exist',
  notBoolean: 'is not yes or no',
  notUser: 'is not a user',
  notContact: 'is not a contact',
  notOrganisation: 'is not an organisation',
  notText: 'is not text',
  notChoice: 'is not one of the choices',
  notRecord: 'is not a {{entity}}',
};
