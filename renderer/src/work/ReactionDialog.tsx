import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';

interface Props {
  actionLabel: string;
  error: unknown;
  onAct(reaction: { text: string; external: boolean }): void;
  onClose(): void;
}

/**
 * The reaction an action asks for: its text (the action waits until there is some) and whether the
 * submitter sees it. Its close handler keeps its identity, so the dialog does not pull focus back
 * to the text each time something in it changes (ticking "external" by keyboard stays on the box).
 */
export function ReactionDialog({ actionLabel, error, onAct, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [external, setExternal] = useState(false);
  const [closer] = useState(() => ({ current: onClose }));
  closer.current = onClose;
  const close = useCallback(() => closer.current(), [closer]);
  return (
    <Dialog
      title={t('work.reactionTitle', { action: actionLabel })}
      onClose={close}
      footer={
        <>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" disabled={!text.trim()} onClick={() => onAct({ text, external })}>
            {actionLabel}
          </button>
        </>
      }
    >
      <div className="form-row">
        <label htmlFor={`${id}-reaction`}>{t('work.reaction')}</label>
        <textarea id={`${id}-reaction`} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <label className="prop-check">
        <input type="checkbox" checked={external} onChange={(e) => setExternal(e.target.checked)} />
        {t('work.external')}
      </label>
      {error !== null && <ErrorBox error={error} />}
    </Dialog>
  );
}
