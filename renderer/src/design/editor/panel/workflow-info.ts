import { createContext, useContext } from 'react';
import type { Language } from '@shared/model/common';

/** The open workflow's name and language, for what the panels make in its name (a new template). */
export interface WorkflowInfo {
  name: string;
  language: Language;
}

export const WorkflowInfoContext = createContext<WorkflowInfo>({ name: '', language: 'nl' });

export const useWorkflowInfo = () => useContext(WorkflowInfoContext);
