import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';

/** React Flow's own labels (controls, minimap, handles, keyboard help) in the UI language. */
export function flowLabels(t: TFunction): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('editorAid.flow.node'),
    'node.a11yDescription.keyboardDisabled': t('editorAid.flow.nodeKeys'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('editorAid.flow.moved', { direction: t(`editorAid.flow.directions.${direction}`), x, y }),
    'edge.a11yDescription.default': t('editorAid.flow.edge'),
    'controls.ariaLabel': t('editorAid.flow.controls'),
    'controls.zoomIn.ariaLabel': t('editorAid.flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('editorAid.flow.zoomOut'),
    'controls.fitView.ariaLabel': t('editorAid.flow.fitView'),
    'controls.interactive.ariaLabel': t('editorAid.flow.interactive'),
    'minimap.ariaLabel': t('editorAid.flow.minimap'),
    'handle.ariaLabel': t('editorAid.flow.handle'),
  };
}
