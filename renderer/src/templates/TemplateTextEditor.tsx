import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateText } from '@shared/model/template';
import { FieldPicker, type FieldGroups } from './FieldPicker';
import { insertAtCursor, typedField } from './insert';

type Part = 'subject' | 'html';

/**
 * Subject and body of one language, with the field picker and completion of "{{…" as you type;
 * `fields`: what the chosen source (or where the template is used) can fill.
 */
export function TemplateTextEditor({
  value,
  onChange,
  fields: groups,
}: {
  value: TemplateText;
  onChange(v: TemplateText): void;
  fields: FieldGroups;
}) {
  const { t } = useTranslation();
  const refs = { subject: useRef<HTMLInputElement>(null), html: useRef<HTMLTextAreaElement>(null) };
  const [focus, setFocus] = useState<Part>('html');
  const [typing, setTyping] = useState<{ part: Part; partial: string } | null>(null);
  const fields = groups.flatMap((g) => g.fields);
  const suggestions = typing
    ? fields.filter((f) => f.toLowerCase().includes(typing.partial.toLowerCase())).slice(0, 8)
    : [];

  const insert = (path: string, part: Part = focus) => {
    insertAtCursor(refs[part].current, value[part], path, (text) => onChange({ ...value, [part]: text }));
    setTyping(null);
  };

  const track = (part: Part, text: string, cursor: number) => {
    const partial = typedField(text, cursor);
    setTyping(partial === null ? null : { part, partial });
  };

  return (
    <div className="template-text">
      <div className="template-fields">
        <div className="form-row">
          <label htmlFor="tpl-subject">{t('templates.subject')}</label>
          <input
            id="tpl-subject"
            ref={refs.subject}
            type="text"
            value={value.subject}
            onFocus={() => setFocus('subject')}
            onChange={(e) => {
              onChange({ ...value, subject: e.target.value });
              track('subject', e.target.value, e.target.selectionStart ?? 0);
            }}
          />
        </div>
        <div className="form-row">
          <label htmlFor="tpl-body">{t('templates.body')}</label>
          <textarea
            id="tpl-body"
            ref={refs.html}
            rows={14}
            spellCheck={false}
            value={value.html}
            onFocus={() => setFocus('html')}
            onKeyDown={(e) => {
              if (typing && suggestions[0] && (e.key === 'Enter' || e.key === 'Tab')) {
                e.preventDefault();
                insert(suggestions[0], 'html');
              }
            }}
            onChange={(e) => {
              onChange({ ...value, html: e.target.value });
              track('html', e.target.value, e.target.selectionStart ?? 0);
            }}
          />
        </div>
        {typing && suggestions.length > 0 && (
          <div className="completions" role="listbox" aria-label={t('templates.completions')}>
            {suggestions.map((s) => (
              <button
                key={s}
                type="button"
                role="option"
                aria-selected={false}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insert(s, typing.part)}
              >
                {`{{${s}}}`}
              </button>
            ))}
          </div>
        )}
        <p className="prop-hint">{t('templates.bodyHint')}</p>
      </div>
      <FieldPicker groups={groups} onPick={(p) => insert(p)} />
    </div>
  );
}
