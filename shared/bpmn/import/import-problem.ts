/** Why an element of a BPMN file cannot become part of a Stroomlijn workflow: one per element. */
export interface BpmnImportProblem {
  elementId: string;
  name?: string;
  code:
    | 'notBpmn'
    | 'noProcess'
    | 'unsupportedElement'
    | 'multiInstance'
    | 'unsupportedCondition'
    | 'unknownJobType'
    | 'unsupportedStart'
    | 'unsupportedTimer';
  /** The element's BPMN type, or what it holds that cannot be held. */
  detail: string;
}
