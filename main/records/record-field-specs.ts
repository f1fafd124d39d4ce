import type { z } from 'zod';
import type { RecordFieldSpecView } from '@shared/api/record-contract';
import { recordFields, RecordStoreEntities, type StoredEntity } from '@shared/records/fields';
import { recordOptions } from '@shared/records/options';

type SpecView = z.infer<typeof RecordFieldSpecView>;

/** The fields of the record entities (or one), with the values each choice takes: what records.create checks. */
export function recordFieldSpecs(entity?: StoredEntity): SpecView[] {
  return (entity ? [entity] : [...RecordStoreEntities]).flatMap((e) =>
    recordFields[e].map((spec): SpecView => ({
      entity: e,
      key: spec.key,
      kind: spec.kind,
      required: spec.required ?? false,
      ...(spec.options ? { options: [...recordOptions[spec.options]] } : {}),
      ...(spec.entity ? { refers: spec.entity } : {}),
      ...(spec.currency ? { currency: spec.currency } : {}),
    })),
  );
}
