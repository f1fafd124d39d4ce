import { ApiError } from '@shared/api/errors';
import { listedNames } from '@shared/api/listed-names';
import { templateLimitProblems } from '@shared/messages';
import { MessageTemplate } from '@shared/model/template';
import type { Store } from '../store/store';
import type { MessagePreview } from './message-preview';

export function createTemplateService(store: Store, newId: () => string, previews: MessagePreview) {
  const find = (id: string) => {
    const t = store.data.templates.find((x) => x.id === id);
    if (!t) throw ApiError.because('not_found', 'notFound', { thing: 'template', id });
    return t;
  };
  return {
    find,
    /** Save a template; one over a limit (too long, nested too deep…) is refused with the reason, at its text. */
    async save(input: Omit<MessageTemplate, 'id'> & { id?: string }): Promise<MessageTemplate> {
      if (input.id) find(input.id);
      const template = MessageTemplate.parse({ ...input, id: input.id ?? newId() });
      const over = templateLimitProblems(template);
      if (over.length) {
        const issues = over.map((p) => ({
          path: `template.texts.${p.language}.${p.part ?? 'html'}`,
          message: p.message,
        }));
        throw ApiError.invalidInput('This template cannot be saved: it goes over a limit', issues);
      }
      await store.update((d) => {
        const i = d.templates.findIndex((t) => t.id === template.id);
        if (i === -1) d.templates.push(template);
        else d.templates[i] = template;
      });
      return template;
    },
    async remove(id: string): Promise<void> {
      const template = find(id);
      const users = store.data.workflows.filter((w) => JSON.stringify(w.draft).includes(`"${id}"`)).map((w) => w.name);
      if (users.length)
        throw ApiError.because('conflict', 'templateInUse', { name: template.name, users: listedNames(users) });
      await store.update((d) => void d.templates.splice(d.templates.indexOf(template), 1));
    },
    /** Every language rendered from the chosen item, record, recipient or the sample, and who the addressee reaches. */
    preview: previews.preview,
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;
