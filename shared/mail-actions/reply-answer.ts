import type { Language } from '../model/common';
import type { NotUnderstood as Answered } from './reply-record';

const WHY: Record<Language, Record<Answered, string>> = {
  nl: {
    notOurs:
      'We konden je antwoord niet koppelen aan een taakbericht van Stroomlijn. Antwoord op het taakbericht zelf (met "Beantwoorden"), zonder het adres te wijzigen.',
    wrongSender:
      'Dit antwoord komt van een ander adres dan het adres waar het taakbericht naartoe ging. Alleen de ontvanger van het taakbericht kan zo handelen.',
    unknownKeyword:
      'We begrepen niet welke actie je bedoelt. Begin je antwoord met een van deze woorden: {{keywords}}. De rest van je antwoord wordt de reactie.',
    movedOn:
      'Deze taak is al verder: iemand anders heeft gehandeld, of de taak is verplaatst of afgebroken. Er is niets gewijzigd.',
    notYours:
      'Deze taak is niet meer voor jou: de taakmanager heeft haar aan iemand anders gegeven. Er is niets gewijzigd.',
    reactionRequired: 'Deze taak vraagt een reactie. Antwoord opnieuw met het woord van de actie en daarna je reactie.',
    needsApp: 'Voor deze actie moeten eerst velden worden ingevuld. Open de taak in Stroomlijn.',
  },
  en: {
    notOurs:
      'We could not match your reply to a task mail from Stroomlijn. Reply to the task mail itself ("Reply"), without changing the address.',
    wrongSender:
      'This reply comes from another address than the one the task mail was sent to. Only the recipient of the task mail can act this way.',
    unknownKeyword:
      'We did not understand which action you mean. Start your reply with one of these words: {{keywords}}. The rest of your reply becomes the reaction.',
    movedOn: 'This task has moved on: someone else acted, or it was moved or cancelled. Nothing was changed.',
    notYours: 'This task is no longer yours: the task manager gave it to someone else. Nothing was changed.',
    reactionRequired: "This task asks for a reaction. Reply again with the action's word followed by your reaction.",
    needsApp: 'This action needs fields filled in first. Open the task in Stroomlijn.',
  },
  de: {
    notOurs:
      'Wir konnten Ihre Antwort keiner Aufgabenmail von Stroomlijn zuordnen. Antworten Sie auf die Aufgabenmail selbst („Antworten“), ohne die Adresse zu ändern.',
    wrongSender:
      'Diese Antwort kommt von einer anderen Adresse als der, an die die Aufgabenmail ging. Nur der Empfänger der Aufgabenmail kann so handeln.',
    unknownKeyword:
      'Wir haben nicht verstanden, welche Aktion Sie meinen. Beginnen Sie Ihre Antwort mit einem dieser Wörter: {{keywords}}. Der Rest Ihrer Antwort wird die Reaktion.',
    movedOn:
      'Diese Aufgabe ist bereits weiter: Jemand anderes hat gehandelt, oder sie wurde verschoben oder abgebrochen. Es wurde nichts geändert.',
    notYours:
      'Diese Aufgabe ist nicht mehr Ihre: Der Workflow-Manager hat sie jemand anderem gegeben. Es wurde nichts geändert.',
    reactionRequired:
      'Diese Aufgabe verlangt eine Reaktion. Antworten Sie noch einmal mit dem Wort der Aktion und danach Ihrer Reaktion.',
    needsApp: 'Für diese Aktion müssen zuerst Felder ausgefüllt werden. Öffnen Sie die Aufgabe in Stroomlijn.',
  },
};

const GREETING: Record<Language, { hello: string; closing: string; subject: string }> = {
  nl: { hello: 'Hallo,', closing: 'Dit is een automatisch antwoord van Stroomlijn.', subject: 'Niet verwerkt' },
  en: { hello: 'Hello,', closing: 'This is an automatic answer from Stroomlijn.', subject: 'Not processed' },
  de: { hello: 'Hallo,', closing: 'Dies ist eine automatische Antwort von Stroomlijn.', subject: 'Nicht verarbeitet' },
};

/** The polite answer to a reply that could not act: why, and how to act instead, in the reader's language. */
export function replyAnswer(
  outcome: Answered,
  language: Language,
  subject: string,
  keywords: readonly string[] = [],
): { subject: string; text: string } {
  const g = GREETING[language];
  const why = WHY[language][outcome].replace('{{keywords}}', keywords.join(', '));
  const about = subject.trim() ? `${g.subject}: ${subject.trim().replace(/^(re|aw|antw|sv)\s*:\s*/i, '')}` : g.subject;
  return { subject: about, text: `${g.hello}\n\n${why}\n\n${g.closing}` };
}
