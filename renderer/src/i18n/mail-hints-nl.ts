import type { mailHintsEn } from './mail-hints-en';

export const mailHintsNl: typeof mailHintsEn = {
  captureSmtpSet:
    'Er is nu een SMTP-server ingesteld, dus nieuwe berichten worden verstuurd. Deze zijn hier bewaard ' +
    'voordat die er was; verstuur ze met de knop als ze alsnog weg moeten.',
  noConsent: 'geen toestemming voor e-mail',
};
