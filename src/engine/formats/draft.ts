/**
 * The last step of every import: a Lab-shaped draft (only the knobs the document gave) goes through the policy's
 * validator, which fills the defaults; its errors, in Lab keys, are moved back onto the document's fields and lines.
 */
import type { Result, ValidationError } from '../lesson/validate';
import type { LabPolicyConfig, NamedPolicy } from '../policies/types';
import { relocateErrors, valueAt, type DocPath, type Located, type SourceDoc } from './document';
import { validateLabConfig } from './validators';

export interface Draft {
  readonly doc: SourceDoc;
  /** the Lab config built from the document, before defaults */
  readonly config: Record<string, unknown>;
  /** Lab key path -> document path */
  readonly map: Map<string, DocPath | Located>;
  /** where errors with no mapped field are reported (the object the policy was read from) */
  readonly base: DocPath;
  readonly errors: ValidationError[];
  /** Lab key paths already reported while reading (the validator's errors at or under them are not repeated) */
  readonly failed: Set<string>;
  readonly notes: string[];
}

export function newDraft(doc: SourceDoc, base: DocPath, policy: LabPolicyConfig['policy']): Draft {
  return { doc, config: { policy }, map: new Map(), base, errors: [], failed: new Set(), notes: [] };
}

/** Validates a draft: the structural errors found while reading it come first, then the validator's, relocated. */
export function finishDraft(draft: Draft): Result<LabPolicyConfig> {
  const checked = validateLabConfig(draft.config);
  const repeated = (path: string) => [...draft.failed].some((key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`));
  const fresh = checked.ok ? [] : checked.errors.filter((error) => !repeated(error.path));
  const relocated = relocateErrors(draft.doc, fresh, draft.map, draft.base);
  const errors = [...draft.errors, ...relocated];
  if (errors.length > 0 || !checked.ok) return { ok: false, errors };
  return { ok: true, value: checked.value };
}

/** Finishes one draft into a single named policy. */
export function finishNamed(draft: Draft, name: string): Result<NamedPolicy> {
  const result = finishDraft(draft);
  return result.ok ? { ok: true, value: { name, config: result.value } } : result;
}

/** Sets a draft key from a document field when the field is present, and remembers where it came from. */
export function take(draft: Draft, key: string, path: DocPath, convert: (raw: unknown) => unknown = (raw) => raw): void {
  const value = valueAt(draft.doc.value, path);
  if (value === undefined) return;
  draft.map.set(key, path);
  draft.config[key] = convert(value);
}
