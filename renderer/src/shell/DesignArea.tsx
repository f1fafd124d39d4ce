import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as DesignModule from '../design/DesignPage';
import { ErrorBox } from '../ui/ErrorText';

/** The editor's chunk, fetched once: the first time Design opens. */
let loaded: typeof DesignModule | undefined;
let loading: Promise<typeof DesignModule> | undefined;
const loadDesign = () =>
  (loading ??= import('../design/DesignPage').then((m) => (loaded = m))).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });

/**
 * Design: the editor (React Flow and its panels) is a chunk of its own (issue 17), shown as soon as
 * it has arrived. Not through React.lazy and Suspense: React holds a boundary's content back until
 * 300 ms after its fallback appeared, so every first open of the editor waited ~250 ms for nothing.
 */
export function DesignArea({ path }: { path: string[] }) {
  const { t } = useTranslation();
  const [module, setModule] = useState(loaded);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (module) return;
    let live = true;
    loadDesign().then(
      (m) => live && setModule(m),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [module]);
  if (module) return <module.DesignPage path={path} />;
  return error ? <ErrorBox error={error} /> : <p className="muted">{t('common.loading')}</p>;
}
