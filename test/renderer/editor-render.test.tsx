import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Workflow } from '@shared/model';
import { bigWorkflow } from '../helpers/big-workflow';
import { useTempDirs } from '../helpers/temp-dir';
import type * as Nodes from '../../renderer/src/design/editor/nodes';
import { installFlowShims } from './flow-shims';
import { renderApp } from './render-app';

type NodesModule = typeof Nodes;

/** Renders per canvas node, counted by wrapping (not replacing) each node component. */
const renders = new Map<string, number>();
vi.mock('../../renderer/src/design/editor/nodes', async (importOriginal) => {
  const { nodeTypes } = await importOriginal<NodesModule>();
  const counted = Object.fromEntries(
    Object.entries(nodeTypes).map(([kind, Component]) => {
      const Inner = Component as ComponentType<{ id: string }>;
      const Counted = (props: { id: string }) => {
        renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
        return <Inner {...props} />;
      };
      return [kind, Counted];
    }),
  );
  return { nodeTypes: counted };
});

beforeAll(installFlowShims);

const tempDir = useTempDirs();

describe('editor rendering', () => {
  it('typing in the property panel of a 1,000-node workflow re-renders only the node being edited', async () => {
    const dataDir = tempDir();
    const { core } = await renderApp(dataDir, '#/design');
    const wf = (await core.dispatch('workflows.create', { name: 'Groot' })) as Workflow;
    await core.dispatch('workflows.saveDraft', { id: wf.id, graph: bigWorkflow(1000) });
    window.location.hash = `#/design/${wf.id}`;
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(1000), { timeout: 20_000 });

    // Select the task through "find a step", as a user with a big workflow would.
    fireEvent.change(screen.getByLabelText('Stap zoeken'), { target: { value: 'Taak 6' } });
    const title = await screen.findByLabelText('Titel');
    expect((title as HTMLInputElement).value).toBe('Taak 6');
    renders.clear();
    for (const text of ['Taak 6 c', 'Taak 6 co', 'Taak 6 con']) fireEvent.change(title, { target: { value: text } });
    await waitFor(() =>
      expect(document.querySelector('.react-flow__node[data-id="n6"]')!.textContent).toContain('Taak 6 con'),
    );

    const others = [...renders.entries()].filter(([id]) => id !== 'n6');
    expect(others).toEqual([]);
    expect(renders.get('n6')).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
