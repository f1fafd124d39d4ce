import { useTranslation } from 'react-i18next';
import type { LocaleProblem } from '@shared/fields/locale-number';
import { Languages, type Language } from '@shared/model/common';
import type { FieldDef } from '@shared/model/item-type';

/** The UI language as the form's parsers and formatters take it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const lang = i18n.language as Language;
  return Languages.includes(lang) ? lang : 'en';
}

/** A field's label in the UI language, else the label it was made with. */
export const fieldLabel = (def: Pick<FieldDef, 'label' | 'labels'>, lang: Language): string =>
  def.labels?.[lang]?.trim() || def.label;

/** A field's help text in the UI language (none in another: no Dutch help in a German form). */
export const fieldHelp = (def: Pick<FieldDef, 'help'>, lang: Language): string | undefined =>
  def.help?.[lang]?.trim() || undefined;

/** Why typed text was not taken, in the UI language with an example of how to write it. */
export function useLocaleProblemText() {
  const { t } = useTranslation();
  return (problem: LocaleProblem): string =>
    t(`forms.problems.${problem}`, {
      example: problem === 'notDate' ? t('forms.dateExample') : t('forms.numberExample'),
    });
}
