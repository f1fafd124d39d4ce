/**
 * A value for a mail header (subject, a sender's or recipient's name): one line, without control
 * characters. Line breaks and tabs become a space; the rest of C0, DEL and C1 are dropped.
 */
export const headerText = (value: string): string =>
  value
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
