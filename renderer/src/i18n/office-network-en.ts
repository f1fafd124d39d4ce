/** Settings → Office network (English, the reference). */
export const officeNetworkEn = {
  title: 'Office network',
  intro:
    'Serve Stroomlijn to colleagues at their own desks, over HTTPS on the office network. They sign in with their own account and see their own tasks; only administrators see Design and Settings. Off, Stroomlijn can be reached from this computer only.',
  enabled: 'Serve to colleagues on the office network',
  on: 'On',
  off: 'Off',
  statusOn: 'Colleagues open one of these addresses:',
  statusOff: 'Stroomlijn can be reached from this computer only.',
  listening: 'Listening on {{addresses}}, port {{port}}',
  port: 'Port',
  portHint: 'Above 1024 unless Stroomlijn runs with administrator rights; 4443 unless another program uses it.',
  names: 'Names and addresses colleagues type, one per line',
  namesHint:
    'This computer’s name, or its network address: e.g. kantoor-pc or 192.168.1.20. Other names are refused (protection against DNS rebinding); the certificate is made for exactly these.',
  suggestions: 'This computer:',
  add: 'Add {{name}}',
  save: 'Save',
  saved: 'Saved.',
  certificate: 'Certificate',
  certificateNone: 'A certificate is made when the office network is first switched on.',
  fingerprint: 'SHA-256 fingerprint',
  fingerprintHint:
    'The first time a colleague opens the address, the browser warns that it does not know the certificate. Let them compare this fingerprint with the one the browser shows (the certificate’s details, SHA-256): only if they are the same, continue.',
  validity: 'Valid',
  validRange: '{{from}} to {{until}}',
  certificateNames: 'Valid for',
  renew: 'Make a new certificate',
  renewTitle: 'Make a new certificate?',
  renewBody:
    'Stroomlijn makes a new key and certificate for the same names. Colleagues’ browsers will warn again, and each of them has to check the new fingerprint.',
  refused:
    'Over the office network, the first administrator cannot be made and the per-start key of this computer is never sent; every request needs a signed-in colleague (or an API token).',
  problem: {
    portInUse: 'Port {{port}} is in use by another program. Choose another port.',
    noPermission:
      'Stroomlijn may not open port {{port}} (ports below 1024 need administrator rights). Choose another port.',
    addressUnavailable: 'Port {{port}} cannot be opened on this computer’s network addresses.',
    failed: 'The office network could not be started: {{detail}}',
  },
  issues: {
    noNames: 'name at least one name or address that colleagues type',
    notHost: 'is not a name or IP address (no https://, port or path)',
    portInUse: 'is in use by another program',
    noPermission: 'may not be opened by Stroomlijn (ports below 1024 need administrator rights)',
    addressUnavailable: 'cannot be opened on this computer’s network addresses',
    failed: 'could not be opened',
    twice: 'names a host twice',
    notPort: 'is not a port number (1 to 65535)',
  },
};
