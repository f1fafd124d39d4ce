import { z } from 'zod';

/** The Camunda 8 versions an export can be made for (Camunda's modeler lint knows each). */
export const PlatformVersions = ['8.6', '8.7', '8.8', '8.9'] as const;
export const PlatformVersion = z.enum(PlatformVersions);
export type PlatformVersion = z.infer<typeof PlatformVersion>;

/** Whether `version` is at least `least` ("8.10" is after "8.9"). */
export function atLeast(version: PlatformVersion, least: PlatformVersion): boolean {
  const [a1, a2] = version.split('.').map(Number) as [number, number];
  const [b1, b2] = least.split('.').map(Number) as [number, number];
  return a1 !== b1 ? a1 > b1 : a2 >= b2;
}

/** What an export for a version cannot express, per step; shown before the download. */
export const BpmnWarning = z.object({
  code: z.enum([
    /** An automatic action whose condition waits for a field change: conditional boundary events need 8.9. */
    'automaticOnChange',
    /** "Reaction required" is checked by a completing task listener, which needs 8.8. */
    'reactionRequired',
    /** A webhook's request headers may hold secrets: they are left out; the worker adds them. */
    'webhookHeaders',
    /** Working days count Monday to Friday in Camunda: it knows no office calendar, so no holidays or closing days. */
    'workingDays',
  ]),
  nodeId: z.string(),
  /** The step's name as the canvas shows it. */
  name: z.string(),
  /** The Camunda version that would express it. */
  needs: PlatformVersion.optional(),
});
export type BpmnWarning = z.infer<typeof BpmnWarning>;

export const BpmnExport = z.object({ xml: z.string(), fileName: z.string(), warnings: z.array(BpmnWarning) });
export type BpmnExport = z.infer<typeof BpmnExport>;
