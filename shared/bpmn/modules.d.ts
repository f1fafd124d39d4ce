// The parts of bpmn-moddle and bpmn-auto-layout the export uses (their main entries ship no types).
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    $attrs: Record<string, string>;
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    [key: string]: unknown;
  }
  export interface ParseWarning {
    message: string;
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
    fromXML(xml: string, type?: string): Promise<{ rootElement: ModdleElement; warnings: ParseWarning[] }>;
  }
}
declare module 'bpmn-auto-layout' {
  export function layoutProcess(xml: string): Promise<string>;
}
