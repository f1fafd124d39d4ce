import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';

/**
 * The translate function for canvas nodes. One context read per node instead of one
 * useTranslation subscription per node: with a thousand nodes that is the difference.
 */
export const NodeTextContext = createContext<TFunction | null>(null);

export function useNodeText(): TFunction {
  const t = useContext(NodeTextContext);
  if (!t) throw new Error('useNodeText outside the canvas');
  return t;
}
