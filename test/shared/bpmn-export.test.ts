import { readFileSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { PlatformVersions } from '../../shared/bpmn/platform';
import { toBpmn, type BpmnSource } from '../../shared/bpmn/to-bpmn';
import type { Workflow } from '../../shared/model';
import { camundaLinter } from '../helpers/camunda-lint';

const samples = (JSON.parse(readFileSync('resources/sample-data.json', 'utf8')) as { workflows: Workflow[] }).workflows.map((w): BpmnSource => ({ id: w.id, name: w.name, graph: w.versions.at(-1)?.graph ?? w.draft }));

describe('BPMN export lint', () => {
  for (const sample of samples) {
    for (const platformVersion of PlatformVersions) {
      it(`${sample.name} for Camunda ${platformVersion}: Camunda's lint reports nothing`, async () => {
        const { xml } = await toBpmn(sample, { platformVersion });
        const reports = await (await camundaLinter()).lint(xml);
        expect(reports.map((r) => `${r.id}: ${r.message} (${r.rule})`)).toEqual([]);
      });
    }
  }
});
