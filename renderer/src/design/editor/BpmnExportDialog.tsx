import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '@shared/api';
import { PlatformVersions, type BpmnExport, type PlatformVersion } from '@shared/bpmn/platform';
import { Dialog } from '../../ui/Dialog';
import { downloadText } from '../../ui/download';
import { useErrorText } from '../../ui/ErrorText';

interface Props {
  client: ApiClient;
  workflowId: string;
  /** The published version on the screen; without it, the draft. */
  version?: number;
  /** Saves what is on the screen before it is exported. */
  flush(): Promise<unknown>;
  onClose(): void;
}

/** Export for Camunda 8: choose the version, see what it cannot express, then download the BPMN file. */
export function BpmnExportDialog({ client, workflowId, version, flush, onClose }: Props) {
  const { t } = useTranslation();
  // useErrorText answers a new function each render: the effect reads the latest through a ref.
  const errorTextNow = useErrorText();
  const errorText = useRef(errorTextNow);
  errorText.current = errorTextNow;
  const [platform, setPlatform] = useState<PlatformVersion>('8.8');
  const [result, setResult] = useState<{ for: PlatformVersion; export: BpmnExport } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setError(null);
    void (async () => {
      try {
        await flush();
        const answer = await client.call('workflows.exportBpmn', {
          id: workflowId,
          platformVersion: platform,
          ...(version !== undefined ? { version } : {}),
        });
        if (current) setResult({ for: platform, export: answer });
      } catch (e) {
        if (current) setError(errorText.current(e));
      }
    })();
    return () => {
      current = false;
    };
  }, [client, flush, platform, version, workflowId]);

  const ready = result?.for === platform ? result.export : null;
  const download = useCallback(() => {
    if (ready) downloadText(ready.fileName, ready.xml, 'application/xml');
    onClose();
  }, [onClose, ready]);

  return (
    <Dialog
      title={t('bpmnExport.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" onClick={download} disabled={!ready}>
            {t('bpmnExport.download')}
          </button>
        </>
      }
    >
      <p>{t('bpmnExport.intro')}</p>
      <p className="muted">
        {t('bpmnExport.what', {
          what: version === undefined ? t('bpmnExport.draft') : t('bpmnExport.version', { version }),
        })}
      </p>
      <div className="form-row">
        <label htmlFor="bpmn-platform">{t('bpmnExport.platform')}</label>
        <select id="bpmn-platform" value={platform} onChange={(e) => setPlatform(e.target.value as PlatformVersion)}>
          {PlatformVersions.map((v) => (
            <option key={v} value={v}>
              Camunda {v}
            </option>
          ))}
        </select>
      </div>
      <div role="status" aria-live="polite">
        {error !== null ? (
          <p className="notice-inline">{error}</p>
        ) : !ready ? (
          <p className="muted">{t('bpmnExport.checking', { version: platform })}</p>
        ) : ready.warnings.length === 0 ? (
          <p>{t('bpmnExport.allFine', { version: platform })}</p>
        ) : (
          <div className="notice-inline">
            <p>{t('bpmnExport.someLost', { version: platform })}</p>
            <ul>
              {ready.warnings.map((w) => (
                <li key={`${w.code}:${w.nodeId}`}>
                  {t(`bpmnExport.warnings.${w.code}`, { name: w.name, needs: w.needs ?? '' })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Dialog>
  );
}
