import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { nodeName } from '@shared/workflow/context';
import { useIssueText } from '../../ui/ErrorText';
import { Icon } from '../../ui/icons';
import type { EditorFinding } from './findings';
import type { EditorStore } from './store';

/** Every error and warning, live; a click selects and centres the node it is about. */
export function ValidationPanel({
  findings,
  store,
  onFocus,
  notice,
}: {
  findings: EditorFinding[];
  store: EditorStore;
  onFocus(nodeId: string): void;
  notice?: string | null;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const nodes = useStore(store, (s) => s.nodes);
  const label = (f: EditorFinding) => {
    const node = f.nodeId ? nodes.find((n) => n.id === f.nodeId)?.data.node : undefined;
    const name = node ? nodeName(node) || t(`design.kinds.${node.kind}`) : '';
    if (f.code === 'invalidSetting')
      return t('findings.invalidSetting', { name, path: f.params.path, message: issueText(f.params.message) });
    return t(`findings.${f.code}`, {
      ...f.params,
      ...(node ? { name } : {}),
      role: f.params.role ? t(`design.roles.${String(f.params.role)}`) : '',
      language: f.params.language ? t(`languages.${String(f.params.language)}`) : '',
    });
  };
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <div className="validation" aria-label={t('design.validation.title')}>
      {notice && (
        <p className="validation-notice" role="alert">
          {notice}
        </p>
      )}
      <p className="validation-summary">
        {findings.length === 0 ? (
          <>
            <Icon name="check" size={16} /> {t('design.validation.clean')}
          </>
        ) : (
          t('design.validation.summary', {
            errors: t('design.validation.errorCount', { count: errors }),
            warnings: t('design.validation.warningCount', { count: findings.length - errors }),
          })
        )}
      </p>
      <ul>
        {findings.map((f, i) => (
          <li key={i}>
            <button
              type="button"
              className={`finding finding-${f.severity}`}
              disabled={!f.nodeId}
              onClick={() => f.nodeId && onFocus(f.nodeId)}
            >
              <span className="finding-dot" aria-label={t(`design.validation.${f.severity}`)} />
              <span>{label(f)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
