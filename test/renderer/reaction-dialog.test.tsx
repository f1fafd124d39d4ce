import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n';
import { ReactionDialog } from '../../renderer/src/work/ReactionDialog';

afterEach(cleanup);

describe('the reaction an action asks for', () => {
  it('keeps focus where the user is when ticking "external", and acts only with a text', async () => {
    const i18n = await createI18n('nl');
    const acted: { text: string; external: boolean }[] = [];
    // As ActButton does: the parent re-renders and hands a new close handler each time.
    function Host() {
      const [, setCount] = useState(0);
      return (
        <ReactionDialog
          actionLabel="Afwijzen"
          error={null}
          onAct={(r) => acted.push(r)}
          onClose={() => setCount((c) => c + 1)}
        />
      );
    }
    render(
      <I18nextProvider i18n={i18n}>
        <Host />
      </I18nextProvider>,
    );
    const button = screen.getByRole('button', { name: 'Afwijzen' });
    expect(button).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('Reactie'), { target: { value: 'Bonnetje ontbreekt' } });
    const external = screen.getByRole('checkbox', { name: /Extern/ });
    external.focus();
    fireEvent.click(external);
    expect(document.activeElement).toBe(external);
    fireEvent.click(button);
    expect(acted).toEqual([{ text: 'Bonnetje ontbreekt', external: true }]);
  });
});
