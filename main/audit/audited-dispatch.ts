import { apiContract, type ApiMethod, isApiMethod } from '@shared/api/contract';
import type { Caller } from '@shared/api/caller';
import { ApiError } from '@shared/api/errors';
import { type AuditFacts, type AuditRule, auditRules } from '@shared/audit/audit-rules';
import type { AuditAction, AuditActor } from '@shared/model/audit';
import type { Call } from '../api/call';
import type { Dispatch } from '../api/dispatch';
import type { Clock } from '../clock';
import type { AuditNames } from './audit-names';
import type { AuditTrail } from './audit-trail';

/** A token's reads are noted at most once an hour each (its changes always): enough to see it in use. */
const TOKEN_USE_EVERY_MS = 60 * 60 * 1000;

export interface AuditedDispatch {
  dispatch: Dispatch;
  /** For a transport that refuses before dispatch (the API v1 checks access before reading a body). */
  refused(call: Call, method: ApiMethod): Promise<void>;
}

/**
 * Dispatch that writes the audit trail: what the rules of shared/audit name (after it succeeded,
 * and a failed sign-in), every call refused for lack of rights, and the use of API tokens. The
 * entry is on disk before the answer goes out; a failure to write it is logged and changes no answer.
 */
export function auditDispatch(inner: Dispatch, trail: AuditTrail, names: AuditNames, clock: Clock): AuditedDispatch {
  const tokenNoted = new Map<string, number>();

  async function write(call: Call, action: AuditAction, facts: AuditFacts, actor?: AuditActor): Promise<void> {
    const target = await names.target(facts);
    const about = facts.userId;
    const details = facts.reassignedTo
      ? { ...facts.details, reassignedTo: facts.reassignedTo.map(names.userName).join(', ') }
      : facts.details;
    await trail.record({
      action,
      actor: actor ?? names.actor(call.caller),
      from: call.address,
      ...(about ? { aboutUserId: about } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(details && Object.keys(details).length ? { details } : {}),
    });
  }

  async function refused(call: Call, method: ApiMethod): Promise<void> {
    await write(call, 'refused', { details: { method } });
  }

  /** A call through a token that no rule records: noted once an hour per token. */
  async function tokenUsed(call: Call, method: ApiMethod): Promise<void> {
    const tokenId = tokenOf(call.caller);
    if (!tokenId) return;
    const now = clock.now().getTime();
    const last = tokenNoted.get(tokenId);
    if (last !== undefined && now - last < TOKEN_USE_EVERY_MS) return;
    tokenNoted.set(tokenId, now);
    await write(call, 'tokenUsed', { details: { method } });
  }

  const dispatch: Dispatch = async (call, method, input) => {
    if (!isApiMethod(method)) return inner(call, method, input);
    const rule = auditRules[method] as AuditRule<ApiMethod> | null;
    const parsed = rule ? apiContract[method].input.safeParse(input ?? {}) : undefined;
    const args = parsed?.success ? (parsed.data as never) : undefined;
    const before = rule?.before && args !== undefined ? await resolveBefore(rule.before(args)) : undefined;
    let output: unknown;
    try {
      output = await inner(call, method, input);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'forbidden') await refused(call, method);
      else if (error instanceof ApiError && rule?.failed && args !== undefined) {
        const facts = rule.failed.facts(args, error.code);
        await write(call, rule.failed.action, { ...facts, ...(await aboutLogin(facts)) }, loginActor(call, facts));
      }
      throw error;
    }
    if (rule && args !== undefined) {
      const facts = { ...before, ...rule.facts?.(args, output as never) };
      await write(call, rule.action, facts, facts.actorUserId ? names.user(facts.actorUserId) : undefined);
    } else await tokenUsed(call, method);
    return output;
  };

  /** A removal's target named while it still exists. */
  async function resolveBefore(facts: AuditFacts): Promise<AuditFacts> {
    const target = await names.target(facts);
    return { ...facts, ...(target !== undefined ? { target } : {}) };
  }

  /** A failed sign-in names the login that was tried, and whose it is. */
  async function aboutLogin(facts: AuditFacts): Promise<AuditFacts> {
    const userId = facts.target !== undefined ? names.userOfLogin(facts.target) : undefined;
    return userId ? { userId } : {};
  }

  function loginActor(call: Call, facts: AuditFacts): AuditActor | undefined {
    if (call.caller.kind !== 'anonymous' || facts.target === undefined) return undefined;
    return { kind: 'anonymous', name: facts.target };
  }

  return { dispatch, refused };
}

const tokenOf = (caller: Caller): string | undefined =>
  caller.kind === 'integration' ? caller.tokenId : caller.kind === 'user' ? caller.tokenId : undefined;
