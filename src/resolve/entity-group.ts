import type { MentionKind } from '../core/index.js';
import type { LocalEntity } from './local-entities.js';
import type { MergeEvidence } from './types.js';

/** Local entities from several documents taken to be one actor, with why. */
export interface EntityGroup {
  readonly kind: MentionKind;
  /** A stable key for the actor: it becomes the entity id. */
  readonly key: string;
  readonly members: LocalEntity[];
  readonly evidence: MergeEvidence[];
}
