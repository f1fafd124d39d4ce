import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keywordsOf } from '@shared/mail-actions/reply-keywords';
import type { Language } from '@shared/model/common';
import type { NodeOf } from '@shared/model/workflow-nodes';
import { Field } from './controls';

const wordsOf = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter(Boolean);

/**
 * The words a reply to the task mail may start with to take this action (issue 14). Empty: the
 * role's words in each reader's language, shown as the placeholder (here in the UI's language).
 */
export function ReplyKeywordsField({
  node,
  onChange,
}: {
  node: NodeOf<'action'>;
  onChange(words: string[] | undefined): void;
}) {
  const { t, i18n } = useTranslation();
  const own = (node.replyKeywords ?? []).join(', ');
  const [text, setText] = useState(own);
  useEffect(() => setText(own), [own]);
  const language = (['nl', 'en', 'de'].includes(i18n.language) ? i18n.language : 'nl') as Language;
  const defaults = keywordsOf({ id: node.id, label: node.label, role: node.role }, language).join(', ');
  const commit = () => {
    const words = wordsOf(text);
    onChange(words.length ? words : undefined);
  };
  return (
    <Field label={t('actFromMail.replyWords')} hint={t('actFromMail.replyWordsHint')}>
      {(id) => (
        <input
          id={id}
          type="text"
          value={text}
          placeholder={defaults}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
        />
      )}
    </Field>
  );
}
