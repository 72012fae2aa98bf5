/**
 * "Accept" with a choice of where the hazard goes: automatic (shared places to their place),
 * this post's activity, an existing shared place, or a new shared place.
 */
import { Dropdown, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HazardTarget } from '../../../../core/model/hazardOps';
import type { RiskPoint } from '../../../../core/model/hazards';

export function AcceptButton({ places, onAccept, testId }: { places: RiskPoint[]; onAccept: (target: HazardTarget) => void; testId?: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState('');
  return (
    <>
      <Dropdown.Button
        type="primary"
        size="small"
        data-testid={testId}
        onClick={() => onAccept({ kind: 'auto' })}
        menu={{
          items: [
            { key: 'activity', label: t('wizard.hazards.target.activity') },
            ...places.map((r) => ({ key: `rp:${r.id}`, label: t('wizard.hazards.target.place', { name: r.name }) })),
            { key: 'new', label: t('wizard.hazards.target.newPlace') },
          ],
          onClick: ({ key }) => {
            if (key === 'activity') onAccept({ kind: 'activity' });
            else if (key === 'new') setAsking(true);
            else onAccept({ kind: 'riskPoint', id: key.slice(3) });
          },
        }}
      >
        {t('wizard.hazards.accept')}
      </Dropdown.Button>
      <Modal
        open={asking}
        title={t('wizard.hazards.target.newPlace')}
        onCancel={() => setAsking(false)}
        okButtonProps={{ disabled: !name.trim() }}
        onOk={() => {
          onAccept({ kind: 'newPlace', name: name.trim() });
          setAsking(false);
          setName('');
        }}
        destroyOnHidden
      >
        <Input placeholder={t('wizard.hazards.target.newPlaceName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
      </Modal>
    </>
  );
}
