/** The item form (new items, task forms): typed numbers, money, dates and attachments. */
export const formsEn = {
  problems: {
    notNumber: 'is not a number',
    separators: 'is not written as a number here: use {{example}}',
    tooManyDecimals: 'has more than two decimals',
    notDate: 'is not a date: write it as {{example}}',
    noSuchDate: 'is a date that does not exist',
  },
  numberExample: '6,250.50',
  datePlaceholder: 'yyyy-mm-dd',
  dateExample: '2026-11-26',
  notEditable: 'cannot be changed in this task',
  attach: 'Choose a file',
  uploading: 'Uploading…',
  removeFile: 'Remove {{name}}',
  tooLarge: 'is larger than 8 MB',
  download: 'Download {{name}}',
  requiredFor: 'Required before: {{actions}}',
};
export type FormsMessages = typeof formsEn;
