/**
 * The duties and checklist commands of the contract (duties.*, checklists.*): views computed from
 * the stored enterprise, and edits applied through the store (validated and written atomically;
 * a refused op writes nothing).
 */
import type { Handlers } from '../../core/contract/dispatch';
import { AppError } from '../../core/contract/errors';
import { applyDutyOp } from '../../core/duties/ops';
import { checklistOverview, dutyCompleteness, dutyMatrix, personDuties, postList } from '../../core/duties/views';
import { localDate } from '../../core/model/dates';
import type { EnterpriseFile } from '../../core/model/enterpriseFile';
import type { Clock, IdGen } from '../../core/model/ids';

export interface DutyServices {
  store(): { get(id: string): Promise<EnterpriseFile>; update(id: string, fn: (d: EnterpriseFile) => EnterpriseFile): Promise<EnterpriseFile> };
  idGen: IdGen;
  clock: Clock;
  /** The user's name (assessor of control-map changes). */
  userName(): string;
}

type DutyCommands = 'duties.matrix' | 'duties.person' | 'duties.postList' | 'duties.completeness' | 'duties.apply' | 'checklists.overview';

export function dutyHandlers(s: DutyServices): Pick<Handlers, DutyCommands> {
  return {
    'duties.matrix': async ({ enterpriseId }) => dutyMatrix(await s.store().get(enterpriseId)),
    'duties.person': async ({ enterpriseId, personId }) => {
      const r = personDuties(await s.store().get(enterpriseId), personId);
      if (!r) throw new AppError('E_PERSON_NOT_FOUND', { id: personId });
      return r;
    },
    'duties.postList': async ({ enterpriseId, postId }) => {
      const r = postList(await s.store().get(enterpriseId), postId);
      if (!r) throw new AppError('E_NOT_FOUND', { kind: 'post', id: postId });
      return r;
    },
    'duties.completeness': async ({ enterpriseId }) => dutyCompleteness(await s.store().get(enterpriseId)),
    'duties.apply': async ({ enterpriseId, op }) => {
      const now = s.clock();
      return s.store().update(enterpriseId, (d) => applyDutyOp(d, op, { newId: s.idGen, now: now.toISOString(), today: localDate(now), assessor: s.userName() }));
    },
    'checklists.overview': async ({ enterpriseId }) => checklistOverview(await s.store().get(enterpriseId)),
  };
}
