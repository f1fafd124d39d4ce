import type { Directory, User } from '../model/directory';

export type EmailSource = 'user' | 'personWork' | 'employeePrivate';

export interface ResolutionStep {
  source: EmailSource;
  /** The address found at this step, if any. */
  address?: string;
  /** Why this step gave nothing, when it did not ("no linked person"…). */
  missing?: 'noPerson' | 'noEmployee' | 'empty';
}

export interface EmailResolution {
  address?: string;
  source?: EmailSource;
  /** Every step that was tried, in order, up to the one that gave an address. */
  chain: ResolutionStep[];
}

/**
 * A user's e-mail address by the fallback chain of DESIGN §4.2: the user's own address, else the
 * work address of the linked person, else the private address of that person's employee record.
 */
export function resolveUserEmail(directory: Directory, user: User): EmailResolution {
  const chain: ResolutionStep[] = [];
  const found = (step: ResolutionStep): EmailResolution => {
    chain.push(step);
    return { address: step.address, source: step.source, chain };
  };
  if (user.email) return found({ source: 'user', address: user.email });
  chain.push({ source: 'user', missing: 'empty' });

  const person = user.personId ? directory.persons.find((p) => p.id === user.personId) : undefined;
  if (!person) {
    chain.push({ source: 'personWork', missing: 'noPerson' }, { source: 'employeePrivate', missing: 'noPerson' });
    return { chain };
  }
  if (person.workEmail) return found({ source: 'personWork', address: person.workEmail });
  chain.push({ source: 'personWork', missing: 'empty' });

  const employee = directory.employees.find((e) => e.personId === person.id);
  if (!employee) {
    chain.push({ source: 'employeePrivate', missing: 'noEmployee' });
    return { chain };
  }
  if (employee.privateEmail) return found({ source: 'employeePrivate', address: employee.privateEmail });
  chain.push({ source: 'employeePrivate', missing: 'empty' });
  return { chain };
}
