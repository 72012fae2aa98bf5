/**
 * 安全标志设置: the riskPoints (places and activities) with their suggested and planned GB 2894 signs.
 * Per place: adopt the suggestions, add or remove signs, set the viewing distance per sign or for
 * the whole place (the plate and sign size follow live, computed by the same core code as the
 * documents), pick a plate or a custom size, quantity, mounting and a note, and print the place's
 * signs (documents.render of 'signs.sheets' for that unit).
 */
import { Alert, Button, Card, Col, Empty, Input, InputNumber, List, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOM_PLATE_MAX_MM, CUSTOM_PLATE_MIN_MM, type SignMounting, type SignPlateChoice } from '../../../../core/model/signPlacements';
import { offeredPlates, placePlan, plateById, plateClass, resolvePlate, signPlan, type PlacePlan, type PlanRow } from '../../../../core/signs/placement';
import { MAX_DISTANCE_M, MIN_DISTANCE_M } from '../../../../core/signs/geometry';
import type { SignCategory } from '../../../../core/standards/signIds';
import type { SignPlacementOp } from '../../../../core/signs/placementOps';
import { SAFETY_SIGNS } from '../../../../core/standards/signs';
import { signTitleZh } from '../../../../core/signs/compose';
import { navigate } from '../../router';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';
import { saveFile } from '../../ui/files';
import { SignView } from '../../ui/SignView';

const CATEGORY_COLOUR = { prohibition: 'red', warning: 'gold', mandatory: 'blue', information: 'green' } as const;
const round = (x: number) => Math.round(x);
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A viewing distance the app accepts (GB 2894-2008 plate table span, core/signs/geometry
 * MIN_DISTANCE_M–MAX_DISTANCE_M = 0.5–40 m). The inputs do not clamp: an out-of-range entry stays
 * visible with the message errors.E_SIGN_DISTANCE (it names the field) and is not saved, rather
 * than being silently changed to 0.5 or 40.
 */
const validDistance = (d: number | null | undefined): d is number => typeof d === 'number' && Number.isFinite(d) && d >= MIN_DISTANCE_M && d <= MAX_DISTANCE_M;

function useSignOps() {
  const { call } = useApp();
  const { id, setDoc } = useEnterprise();
  const { t } = useTranslation();
  // field paths of the placement (core/signs/placementOps issues) → the labels on this screen
  const labels: Record<string, string> = {
    viewingDistanceM: t('signs.col.distance'),
    quantity: t('signs.col.quantity'),
    'plate.plateId': t('signs.col.plate'),
    'plate.widthMm': t('signs.customWidth'),
    'plate.heightMm': t('signs.customHeight'),
  };
  const labelOf = (path: string) => labels[path.replace(/^op\.(patch\.)?/, '')] ?? path;
  return async (op: SignPlacementOp) => {
    const next = await call('signs.apply', { enterpriseId: id, op }, { labelOf });
    if (next) setDoc(next);
    return next;
  };
}

/**
 * The plate options for a sign of `category`: automatic, then labels, paper, boards, symbol-only
 * boards, custom — only plates whose sign reaches the type-1 size (core offeredPlates).
 */
function usePlateOptions(category: SignCategory) {
  const { t } = useTranslation();
  return useMemo(() => {
    const plates = offeredPlates(category);
    const group = (key: 'label' | 'paper' | 'board' | 'symbol') => ({
      label: t(`signs.plateGroup.${key}`),
      options: plates
        .filter((p) => (key === 'symbol' ? !p.withText : p.withText && plateClass(p) === key))
        .map((p) => ({ value: p.id, label: p.labelZh })),
    });
    return [group('label'), group('paper'), group('board'), group('symbol')].filter((g) => g.options.length > 0);
  }, [t, category]);
}

function plateValue(c: SignPlateChoice): string {
  return c.kind === 'auto' ? 'auto' : c.kind === 'custom' ? 'custom' : c.plateId;
}

function SizeCell({ row, distance }: { row: PlanRow; distance: number }) {
  const { t } = useTranslation();
  const r = useMemo(() => {
    try {
      return resolvePlate(row.category, { ...row.placement, viewingDistanceM: distance });
    } catch {
      return null;
    }
  }, [row, distance]);
  if (!r)
    return (
      <Typography.Text type="danger" data-testid={`sign-size-${row.placement.id}`}>
        {t('errors.E_SIGN_DISTANCE')}
      </Typography.Text>
    );
  return (
    <Space orientation="vertical" size={0} data-testid={`sign-size-${row.placement.id}`}>
      <Typography.Text>{r.plate.labelZh}</Typography.Text>
      {r.plate.labelZh.includes(`${round(r.widthMm)}×${round(r.heightMm)}`) ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('signs.physical', { width: round(r.widthMm), height: round(r.heightMm) })}
        </Typography.Text>
      )}
      <Typography.Text type={r.tooSmall ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {t('signs.size', { size: round(r.signSizeMm), required: round(r.minimumMm) })}
      </Typography.Text>
      {r.tooSmall ? (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {r.signSizeMm < r.requiredMm ? t('signs.sizeSmall', { max: round2(r.maxDistanceM) }) : t('signs.sizeBelowType1')}
        </Typography.Text>
      ) : null}
      {r.oversize ? (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('signs.oversize')}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

function PlateCell({ row, apply }: { row: PlanRow; apply: (op: SignPlacementOp) => Promise<unknown> }) {
  const { t } = useTranslation();
  const offered = usePlateOptions(row.category);
  const p = row.placement;
  // A plate chosen earlier that is no longer offered (a legacy label) stays selectable as it is.
  const current = p.plate.kind === 'standard' ? plateById(p.plate.plateId) : undefined;
  const options = current && !offered.some((g) => g.options.some((o) => o.value === current.id))
    ? [...offered, { label: t('signs.plateGroup.legacy'), options: [{ value: current.id, label: current.labelZh }] }]
    : offered;
  const setPlate = (plate: SignPlateChoice) => apply({ op: 'update', placementId: p.id, patch: { plate } });
  const custom = p.plate.kind === 'custom' ? p.plate : null;
  const [w, setWState] = useState<number | null>(custom?.widthMm ?? null);
  const [h, setHState] = useState<number | null>(custom?.heightMm ?? null);
  // antd clamps an out-of-range entry on blur (onChange with the clamped value, then onBlur in the
  // same event): the refs let onBlur save exactly what the field then shows.
  const wRef = useRef(w);
  const hRef = useRef(h);
  const setW = (v: number | null) => { wRef.current = v; setWState(v); };
  const setH = (v: number | null) => { hRef.current = v; setHState(v); };
  /**
   * What is wrong with a custom size, as “<field label (mm)>：<allowed range>”, or null: width
   * 30–4000 mm, height from the width to twice the width (the same rules as core assertPlate and
   * the schema). A wrong pair is shown, not saved, and not clamped.
   */
  const problem = (width: number | null, height: number | null): { field: 'w' | 'h'; text: string } | null => {
    if (width === null || !(width >= CUSTOM_PLATE_MIN_MM && width <= CUSTOM_PLATE_MAX_MM)) {
      return { field: 'w', text: t('common.labeled', { label: t('signs.customWidth'), value: `${CUSTOM_PLATE_MIN_MM}–${CUSTOM_PLATE_MAX_MM}` }) };
    }
    const hi = Math.min(2 * width, CUSTOM_PLATE_MAX_MM);
    if (height === null || !(height >= width && height <= hi)) return { field: 'h', text: t('common.labeled', { label: t('signs.customHeight'), value: `${width}–${hi}` }) };
    return null;
  };
  const shown = custom ? problem(w, h) : null;
  const saveCustom = () => {
    const width = wRef.current;
    const height = hRef.current;
    if (!custom || problem(width, height) || (width === custom.widthMm && height === custom.heightMm)) return;
    void setPlate({ ...custom, widthMm: width!, heightMm: height! });
  };
  return (
    <Space orientation="vertical" size={4}>
      <Select
        size="small"
        style={{ width: 200 }}
        value={plateValue(p.plate)}
        data-testid={`sign-plate-${p.id}`}
        onChange={(v: string) => {
          if (v === 'auto') void setPlate({ kind: 'auto' });
          else if (v === 'custom') {
            const width = round(row.plate.widthMm);
            const height = Math.max(width, round(row.plate.heightMm));
            setW(width);
            setH(height);
            void setPlate({ kind: 'custom', widthMm: width, heightMm: height, withText: true });
          } else void setPlate({ kind: 'standard', plateId: v });
        }}
        options={[{ value: 'auto', label: t('signs.plateAuto') }, ...options, { value: 'custom', label: t('signs.plateCustom') }]}
      />
      {custom ? (
        <Space size={4}>
          <InputNumber
            size="small"
            value={w}
            status={shown?.field === 'w' ? 'error' : undefined}
            onChange={(v) => setW(v)}
            onBlur={saveCustom}
            placeholder={t('signs.customWidth')}
            data-testid={`sign-custom-w-${p.id}`}
          />
          <InputNumber
            size="small"
            value={h}
            status={shown?.field === 'h' ? 'error' : undefined}
            onChange={(v) => setH(v)}
            onBlur={saveCustom}
            placeholder={t('signs.customHeight')}
            data-testid={`sign-custom-h-${p.id}`}
          />
        </Space>
      ) : null}
      {shown ? (
        <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`sign-custom-error-${p.id}`}>
          {shown.text}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

function PlaceDetail({ plan }: { plan: PlacePlan }) {
  const { t } = useTranslation();
  const { call } = useApp();
  const { id: enterpriseId } = useEnterprise();
  const apply = useSignOps();
  const [drafts, setDraftsState] = useState<Record<string, number | null>>({});
  // Mirror of `drafts` read by blur/Enter handlers, which may run before React re-renders.
  const draftsRef = useRef(drafts);
  const setDrafts = (f: (x: Record<string, number | null>) => Record<string, number | null>) => {
    draftsRef.current = f(draftsRef.current);
    setDraftsState(draftsRef.current);
  };
  const quantityRef = useRef<Record<string, number | null>>({});
  const [placeDistance, setPlaceDistance] = useState<number | null>(null);
  const [addId, setAddId] = useState<string | undefined>();
  const [printing, setPrinting] = useState(false);
  const rpId = plan.riskPointId;

  const distanceOf = (r: PlanRow) => {
    const d = drafts[r.placement.id];
    return d === undefined || d === null ? r.placement.viewingDistanceM : d;
  };
  const commitDistance = async (r: PlanRow) => {
    const d = draftsRef.current[r.placement.id];
    if (d === undefined || d === null || d === r.placement.viewingDistanceM || !validDistance(d)) return;
    await apply({ op: 'update', placementId: r.placement.id, patch: { viewingDistanceM: d } });
    setDrafts((x) => {
      const { [r.placement.id]: _, ...rest } = x;
      return rest;
    });
  };
  const print = async () => {
    setPrinting(true);
    const f = await call('documents.render', { enterpriseId, kind: 'signs.sheets', format: 'pdf', unitId: rpId });
    setPrinting(false);
    if (f) saveFile(f);
  };
  const unplanned = plan.suggestions.filter((s) => !s.planned);
  const signOptions = useMemo(
    () => SAFETY_SIGNS.filter((s) => !s.withdrawnIn).map((s) => ({ value: s.id, label: `${signTitleZh(s)}（${t(`signs.category.${s.category}`)}）` })),
    [t],
  );

  const label = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'inline-block', width: 56 }}>
      {text}
    </Typography.Text>
  );
  const columns = [
    {
      key: 'sign',
      title: t('signs.col.sign'),
      width: 170,
      render: (_: unknown, r: PlanRow) => (
        <Space align="start">
          <SignView signId={r.placement.signId} size={48} />
          <Space orientation="vertical" size={2}>
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {r.title}
            </Typography.Text>
            <Tag color={CATEGORY_COLOUR[r.category]}>{t(`signs.category.${r.category}`)}</Tag>
          </Space>
        </Space>
      ),
    },
    {
      key: 'settings',
      title: t('signs.col.settings'),
      width: 190,
      render: (_: unknown, r: PlanRow) => (
        <Space orientation="vertical" size={4}>
          <Space size={4}>
            {label(t('signs.col.mounting'))}
            <Select
              size="small"
              style={{ width: 110 }}
              value={r.placement.mounting}
              data-testid={`sign-mounting-${r.placement.id}`}
              onChange={(m: SignMounting) => void apply({ op: 'update', placementId: r.placement.id, patch: { mounting: m } })}
              options={(['area', 'local'] as const).map((m) => ({ value: m, label: t(`signs.mounting.${m}`) }))}
            />
          </Space>
          <Space size={4}>
            {label(t('signs.col.distance'))}
            <InputNumber
              size="small"
              step={0.5}
              style={{ width: 110 }}
              status={validDistance(distanceOf(r)) ? undefined : 'error'}
              value={distanceOf(r)}
              onChange={(v) => setDrafts((x) => ({ ...x, [r.placement.id]: v }))}
              onBlur={() => void commitDistance(r)}
              onPressEnter={() => void commitDistance(r)}
              data-testid={`sign-distance-${r.placement.id}`}
            />
          </Space>
          <Space size={4}>
            {label(t('signs.col.quantity'))}
            <InputNumber
              size="small"
              min={1}
              max={999}
              precision={0}
              style={{ width: 110 }}
              defaultValue={r.placement.quantity}
              key={`q${r.placement.quantity}`}
              onChange={(v) => {
                quantityRef.current[r.placement.id] = v;
              }}
              onBlur={() => {
                // the value antd shows after its clamp to 1–999 (onChange runs just before onBlur)
                const q = quantityRef.current[r.placement.id];
                delete quantityRef.current[r.placement.id];
                if (typeof q === 'number' && Number.isInteger(q) && q >= 1 && q <= 999 && q !== r.placement.quantity) void apply({ op: 'update', placementId: r.placement.id, patch: { quantity: q } });
              }}
              data-testid={`sign-quantity-${r.placement.id}`}
            />
          </Space>
        </Space>
      ),
    },
    {
      key: 'plate',
      title: t('signs.col.plate'),
      width: 230,
      render: (_: unknown, r: PlanRow) => (
        <Space orientation="vertical" size={4}>
          <PlateCell key={plateValue(r.placement.plate)} row={r} apply={apply} />
          <SizeCell row={r} distance={distanceOf(r)} />
        </Space>
      ),
    },
    {
      key: 'note',
      title: t('signs.col.note'),
      render: (_: unknown, r: PlanRow) => (
        <Input.TextArea
          size="small"
          maxLength={200}
          autoSize={{ minRows: 2, maxRows: 5 }}
          defaultValue={r.placement.note}
          key={`n${r.placement.note}`}
          onBlur={(e) => e.target.value.trim() !== r.placement.note && void apply({ op: 'update', placementId: r.placement.id, patch: { note: e.target.value } })}
          data-testid={`sign-note-${r.placement.id}`}
        />
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 56,
      render: (_: unknown, r: PlanRow) => (
        <Button size="small" danger type="link" onClick={() => void apply({ op: 'remove', placementId: r.placement.id })} data-testid={`sign-remove-${r.placement.id}`}>
          {t('signs.remove')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      data-testid="signs-place"
      title={
        <Space wrap>
          <Typography.Text strong data-testid="signs-place-name">
            {plan.name}
          </Typography.Text>
          <Tag>{t(`vocab.riskPointKind.${plan.kind}`)}</Tag>
        </Space>
      }
      extra={
        <Button type="primary" onClick={() => void print()} loading={printing} disabled={plan.rows.length === 0} data-testid="signs-print">
          {t('signs.print')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {[
            t('common.labeled', { label: t('signs.unit'), value: plan.unitName || t('common.none') }),
            t('common.labeled', { label: t('signs.location'), value: plan.location || t('common.none') }),
            t('common.labeled', { label: t('signs.posts'), value: plan.posts.map((p) => p.name).join('、') || t('common.none') }),
          ].join('\u3000')}
        </Typography.Text>
        {plan.findings.length > 0 ? (
          <Alert type="warning" showIcon data-testid="signs-findings" title={<Space orientation="vertical" size={0}>{plan.findings.map((f) => <span key={f.placementId + f.code}>{f.text}</span>)}</Space>} />
        ) : null}
        {plan.rows.length === 0 ? (
          <Alert
            type="info"
            showIcon
            title={t('signs.adoptHint', { count: plan.suggestions.length })}
            action={
              plan.suggestions.length > 0 ? (
                <Button type="primary" size="small" onClick={() => void apply({ op: 'adopt', riskPointId: rpId })} data-testid="signs-adopt">
                  {t('signs.adopt')}
                </Button>
              ) : undefined
            }
          />
        ) : (
          <>
            <Space wrap>
              <Typography.Text>{t('signs.placeDistance')}</Typography.Text>
              <InputNumber
                size="small"
                step={0.5}
                value={placeDistance}
                onChange={setPlaceDistance}
                status={placeDistance === null || validDistance(placeDistance) ? undefined : 'error'}
                data-testid="signs-place-distance"
              />
              {placeDistance === null || validDistance(placeDistance) ? null : (
                <Typography.Text type="danger" data-testid="signs-place-distance-error">
                  {t('errors.E_SIGN_DISTANCE')}
                </Typography.Text>
              )}
              <Button
                size="small"
                disabled={!validDistance(placeDistance)}
                onClick={() => validDistance(placeDistance) && void apply({ op: 'setPlaceDistance', riskPointId: rpId, viewingDistanceM: placeDistance }).then(() => setDrafts(() => ({})))}
                data-testid="signs-place-distance-apply"
              >
                {t('signs.applyDistance')}
              </Button>
              <Popconfirm title={t('signs.clearConfirm')} onConfirm={() => void apply({ op: 'clearPlace', riskPointId: rpId })}>
                <Button size="small" danger data-testid="signs-clear">
                  {t('signs.clear')}
                </Button>
              </Popconfirm>
            </Space>
            <Table<PlanRow> size="small" rowKey={(r) => r.placement.id} columns={columns} dataSource={plan.rows} pagination={false} data-testid="signs-rows" scroll={{ x: true }} />
          </>
        )}
        {unplanned.length > 0 ? (
          <>
            <Typography.Text strong>{plan.rows.length === 0 ? t('signs.suggestions') : t('signs.suggestionsMore')}</Typography.Text>
            <Space wrap size="middle" data-testid="signs-suggestions">
              {unplanned.map((s) => (
                <Space key={s.signId} orientation="vertical" size={2} align="center" data-testid={`sign-suggest-${s.signId}`}>
                  <SignView signId={s.signId} size={64} />
                  <Typography.Text style={{ fontSize: 12 }}>{t(`signs.mounting.${s.mounting}`)}</Typography.Text>
                  <Button size="small" onClick={() => void apply({ op: 'adopt', riskPointId: rpId, signIds: [s.signId] })} data-testid={`sign-suggest-add-${s.signId}`}>
                    {t('signs.addSuggestion')}
                  </Button>
                </Space>
              ))}
            </Space>
          </>
        ) : null}
        <Space wrap>
          <Select
            showSearch
            allowClear
            optionFilterProp="label"
            style={{ width: 280 }}
            placeholder={t('signs.addSignPlaceholder')}
            value={addId}
            onChange={setAddId}
            options={signOptions}
            data-testid="signs-add-select"
          />
          <Button disabled={!addId} onClick={() => addId && void apply({ op: 'add', riskPointId: rpId, signId: addId }).then((d) => d && setAddId(undefined))} data-testid="signs-add">
            {t('signs.addSign')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
          {t('signs.rules')}
        </Typography.Paragraph>
      </Space>
    </Card>
  );
}

export function SignsPage({ sub }: { sub?: string }) {
  const { t } = useTranslation();
  const { doc, id } = useEnterprise();
  const apply = useSignOps();
  const plans = useMemo(() => (doc ? signPlan(doc) : []), [doc]);
  if (!doc) return null;
  if (plans.length === 0) return <Empty description={t('signs.noPlaces')} />;
  const selectedId = sub && plans.some((p) => p.riskPointId === sub) ? sub : (plans.find((p) => p.rows.length > 0) ?? plans[0]!).riskPointId;
  const selected = placePlan(doc, selectedId)!;
  const anyUnplanned = plans.some((p) => p.rows.length === 0 && p.suggestions.length > 0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="signs-page">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('signs.title')}
        </Typography.Title>
        <Button disabled={!anyUnplanned} onClick={() => void apply({ op: 'adoptAll' })} data-testid="signs-adopt-all">
          {t('signs.adoptAll')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('signs.intro')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} lg={6}>
          <List
            size="small"
            bordered
            data-testid="signs-places"
            dataSource={plans}
            renderItem={(p) => (
              <List.Item
                onClick={() => navigate({ page: 'enterprise', enterpriseId: id, view: 'signs', sub: p.riskPointId })}
                style={{ cursor: 'pointer', background: p.riskPointId === selectedId ? '#e6f4ff' : undefined }}
                data-testid={`signs-place-${p.riskPointId}`}
              >
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong={p.riskPointId === selectedId}>{p.name}</Typography.Text>
                  <Space size={4}>
                    <Tag>{t(`vocab.riskPointKind.${p.kind}`)}</Tag>
                    {p.rows.length > 0 ? (
                      <Tag color="green">{t('signs.planned', { count: p.rows.length })}</Tag>
                    ) : (
                      <Tag>{t('signs.suggestedCount', { count: p.suggestions.length })}</Tag>
                    )}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </Col>
        <Col xs={24} lg={18}>
          <PlaceDetail key={selected.riskPointId} plan={selected} />
        </Col>
      </Row>
    </Space>
  );
}
