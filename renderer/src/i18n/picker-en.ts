/** English texts of the searchable picker (renderer/src/ui/SearchPicker). */
export const pickerEn = {
  placeholder: 'Type to search…',
  none: 'Nothing matches',
  remove: 'Remove {{name}}',
};
