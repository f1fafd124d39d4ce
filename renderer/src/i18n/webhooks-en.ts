/** Webhooks: the allowlist in Settings, the webhook step's fields, the calls on an item (English, the reference). */
export const webhooksEn = {
  settings: {
    title: 'Webhooks',
    intro:
      'Webhook steps and deliveries call public addresses only. This computer, private networks (10.x, 172.16–31.x, 192.168.x), shared (100.64.x) and link-local addresses such as the cloud metadata service are refused, also after a redirect.',
    hosts: 'Hosts that may reach this computer or a private network, one per line',
    hostsHint: 'A name or an IP address, without http://, port or path: e.g. crm.office.lan or 192.168.1.20.',
    none: 'No host is allowed: webhooks reach public addresses only.',
    ownApi: 'Stroomlijn’s own API is refused, allowed or not.',
    save: 'Save hosts',
    saved: 'Saved.',
  },
  step: {
    headers: 'Headers, one “Name: value” per line',
    headersHint: 'An Idempotency-Key header that stays the same across attempts is always sent.',
    body: 'Body (JSON template)',
    bodyHint:
      'Fields such as {{example}} are filled in, escaped for JSON: put text fields between quotes. Empty: the item itself is sent.',
    timeout: 'Timeout (seconds)',
    retries: 'Retries',
    retriesHint:
      'When the receiver cannot be reached or answers 408, 429 or 5xx: again after 1, 5 and 30 minutes, then every 2 hours. A refused address or another 4xx is not repeated.',
  },
  item: {
    title: 'Webhooks',
    pending: 'Waiting · {{attempts}} attempts so far',
    done: 'Answered {{status}}',
    failed: 'Failed after {{attempts}} attempts',
    next: 'next attempt {{when}}',
    response: 'Answer',
  },
};
