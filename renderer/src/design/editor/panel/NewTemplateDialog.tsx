import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model/common';
import type { MessageTemplate } from '@shared/model/template';
import { useApp } from '../../../state/context';
import { Dialog } from '../../../ui/Dialog';
import { ErrorBox } from '../../../ui/ErrorText';
import { FormRow } from '../../../ui/FormRow';
import { useLanguageTexts } from '../../../i18n/use-language-texts';
import { useLookups } from '../context';
import { typedTextToHtml } from '@shared/messages/typed-text';
import { type MessageMoment, starterTemplate } from './template-starter';
import { useApiCall } from '../../../ui/use-api-call';

interface Props {
  moment: MessageMoment;
  /** The step's and the workflow's names and language, for the starter text. */
  step: string;
  workflow: string;
  language: Language;
  onCreated(template: MessageTemplate): void;
  onClose(): void;
}

/** A new message template made from the editor: a name and a first text, or the starter for this step's kind. */
export function NewTemplateDialog(props: Props) {
  // The starter is written in the workflow's language, whose texts the page may not have fetched yet.
  return useLanguageTexts(props.language) ? <NewTemplateForm {...props} /> : null;
}

function NewTemplateForm({ moment, step, workflow, language, onCreated, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const { addTemplate } = useLookups();
  const [starter] = useState(() => starterTemplate(i18n.getFixedT(language), moment, { step, workflow }));
  const [useStarter, setUseStarter] = useState(true);
  const [name, setName] = useState(starter.name);
  const [subject, setSubject] = useState(starter.subject);
  const [body, setBody] = useState(starter.body);
  const { busy, error, run } = useApiCall();
  const close = useCallback(() => onClose(), [onClose]);

  const choose = (starterText: boolean) => {
    setUseStarter(starterText);
    setSubject(starterText ? starter.subject : '');
    setBody(starterText ? starter.body : '');
  };

  const create = async () => {
    const template = await run(
      () =>
        client.call('templates.save', {
          template: {
            name: name.trim(),
            channel: 'email',
            audience: 'internal',
            texts: { [language]: { subject, html: typedTextToHtml(body) } },
            attachments: [],
            generatedPdf: false,
          },
        }),
      { staysBusy: true },
    );
    if (!template) return;
    addTemplate(template);
    onCreated(template);
  };

  return (
    <Dialog
      title={t('editorAid.template.title')}
      onClose={close}
      footer={
        <>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || !name.trim()}
            title={name.trim() ? undefined : t('editorAid.template.nameNeeded')}
            onClick={() => void create()}
          >
            {t('editorAid.template.create')}
          </button>
        </>
      }
    >
      <FormRow id="new-template-name" label={t('editorAid.template.name')}>
        <input id="new-template-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </FormRow>
      <fieldset className="form-row new-template-start">
        <legend>{t('editorAid.template.start')}</legend>
        <label className="prop-check">
          <input type="radio" name="new-template-start" checked={useStarter} onChange={() => choose(true)} />
          {t('editorAid.template.starter')}
        </label>
        <label className="prop-check">
          <input type="radio" name="new-template-start" checked={!useStarter} onChange={() => choose(false)} />
          {t('editorAid.template.blank')}
        </label>
      </fieldset>
      <FormRow id="new-template-subject" label={t('editorAid.template.subject')}>
        <input id="new-template-subject" type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />
      </FormRow>
      <FormRow id="new-template-body" label={t('editorAid.template.body')}>
        <textarea id="new-template-body" rows={7} value={body} onChange={(e) => setBody(e.target.value)} />
      </FormRow>
      <p className="prop-hint">{t('editorAid.template.language', { language: t(`languages.${language}`) })}</p>
      {error !== null && <ErrorBox error={error} />}
    </Dialog>
  );
}
