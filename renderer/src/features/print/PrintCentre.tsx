/**
 * 打印中心: every document kind the enterprise can produce (DESIGN §6 registry), with its gaps,
 * a preview (pdf.js for PDFs, the first rows for xlsx/docx) and download; "export all" runs as a
 * job with progress and cancel and lists the files written.
 */
import { Alert, App as AntApp, Button, Card, Drawer, Empty, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocListItem, DocPreview } from '../../../../core/contract/types';
import { useApp } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';
import { payloadToBlob, saveFile } from '../../ui/files';
import { PdfPreview } from '../../ui/PdfPreview';
import { useJob } from '../../ui/useJob';

type Format = 'pdf' | 'docx' | 'xlsx';

function DocItem({ item, onPreview }: { item: DocListItem; onPreview: (item: DocListItem, unitId?: string) => void }) {
  const { t } = useTranslation();
  const { call } = useApp();
  const { id: enterpriseId } = useEnterprise();
  const [unit, setUnit] = useState<string | undefined>(item.units?.[0]?.id);
  const [busy, setBusy] = useState<Format | null>(null);
  const blocked = item.blocking.length > 0;
  const download = async (format: Format) => {
    setBusy(format);
    const f = await call('documents.render', { enterpriseId, kind: item.id, format, ...(unit ? { unitId: unit } : {}) });
    setBusy(null);
    if (f) saveFile(f);
  };
  return (
    <List.Item data-testid={`doc-${item.id}`}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{item.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.purpose}
          </Typography.Text>
        </Space>
        {item.blocking.map((b) => (
          <Alert key={b.code} type="error" showIcon title={t('print.blocking', { text: b.text })} />
        ))}
        {item.warnings.map((w) => (
          // long findings wrap instead of running off the card
          <Tag key={w.code} color="orange" style={{ whiteSpace: 'normal', height: 'auto', maxWidth: '100%' }}>
            {w.text}
          </Tag>
        ))}
        <Space wrap>
          {item.units ? (
            <Select
              size="small"
              style={{ minWidth: 220 }}
              value={unit}
              onChange={setUnit}
              showSearch
              optionFilterProp="label"
              options={item.units.map((u) => ({ value: u.id, label: u.name }))}
              data-testid={`unit-${item.id}`}
            />
          ) : null}
          <Button size="small" disabled={blocked} onClick={() => onPreview(item, unit)} data-testid={`preview-${item.id}`}>
            {t('print.preview')}
          </Button>
          {item.formats.map((f) => (
            <Button key={f} size="small" type={f === 'pdf' ? 'primary' : 'default'} disabled={blocked} loading={busy === f} onClick={() => void download(f)} data-testid={`download-${item.id}-${f}`}>
              {t('print.download', { format: f.toUpperCase() })}
            </Button>
          ))}
        </Space>
      </Space>
    </List.Item>
  );
}

/** What the export and pack jobs return (pack: files relative to the pack folder). */
interface ExportResult {
  dir: string;
  files: string[];
  pack?: boolean;
  warnings?: { kind: string; code: string; text: string }[];
  skipped?: { kind: string; code: string; text: string }[];
  notApplicable?: { kind: string; code: string; text: string }[];
}

export function PrintCentre() {
  const { t } = useTranslation();
  const { call } = useApp();
  const { id: enterpriseId, doc } = useEnterprise();
  const { message } = AntApp.useApp();
  const [items, setItems] = useState<DocListItem[] | null>(null);
  const [preview, setPreview] = useState<{ title: string; pdf?: Uint8Array; table?: DocPreview } | null>(null);
  const job = useJob();
  const packJob = useJob();
  const [exported, setExported] = useState<ExportResult | null>(null);

  const load = useCallback(async () => setItems(await call('documents.list', { enterpriseId })), [call, enterpriseId]);
  useEffect(() => {
    void load();
  }, [load, doc?.updatedAt]);

  const openPreview = async (item: DocListItem, unitId?: string) => {
    if (item.formats.includes('pdf')) {
      const f = await call('documents.render', { enterpriseId, kind: item.id, format: 'pdf', ...(unitId ? { unitId } : {}) });
      if (f) setPreview({ title: f.fileName, pdf: new Uint8Array(await payloadToBlob(f).arrayBuffer()) });
    } else {
      const p = await call('documents.preview', { enterpriseId, kind: item.id, ...(unitId ? { unitId } : {}) });
      if (p) setPreview({ title: p.title, table: p });
    }
  };

  const groups = [...new Set((items ?? []).map((i) => i.group))];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('print.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('print.intro')}</Typography.Paragraph>
      <Space wrap>
        <Button
          type="primary"
          loading={packJob.running}
          data-testid="make-pack"
          onClick={() =>
            void packJob.run('documents.pack', { enterpriseId }, (r) => {
              const res = { ...(r as ExportResult), pack: true };
              setExported(res);
              if ((res.skipped ?? []).length > 0) void message.warning(t('print.packIncomplete', { count: res.skipped!.length }));
              else void message.success(t('print.packDone', { count: res.files.length, dir: res.dir }));
            })
          }
        >
          {t('print.makePack')}
        </Button>
        {packJob.progressText}
        <Button
          loading={job.running}
          data-testid="export-all"
          onClick={() =>
            void job.run('documents.export', { enterpriseId }, (r) => {
              const res = r as { dir: string; files: string[] };
              setExported(res);
              void message.success(t('print.exported', { count: res.files.length, dir: res.dir }));
            })
          }
        >
          {t('print.exportAll')}
        </Button>
        {job.progressText}
      </Space>
      {exported ? (
        <Alert
          type={(exported.skipped ?? []).length > 0 ? 'warning' : 'success'}
          data-testid="exported"
          title={
            (exported.skipped ?? []).length > 0
              ? t('print.packIncomplete', { count: exported.skipped!.length })
              : t(exported.pack ? 'print.packDone' : 'print.exported', { count: exported.files.length, dir: exported.dir })
          }
          description={
            <>
              {(exported.skipped ?? []).map((x, i) => (
                <div key={`s${i}`} data-testid="pack-skipped">
                  {t('print.blocking', { text: `${x.kind}：${x.text}` })}
                </div>
              ))}
              {(exported.notApplicable ?? []).map((x, i) => (
                <div key={`n${i}`}>{t('print.packNotApplicable', { text: `${x.kind}（${x.text}）` })}</div>
              ))}
              {(exported.warnings ?? []).length > 0 ? (
                <details>
                  <summary>{t('print.packWarnings', { count: exported.warnings!.length })}</summary>
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {exported.warnings!.map((w, i) => (
                      <li key={i}>{`${w.kind}：${w.text}`}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 160, overflow: 'auto' }} data-testid="exported-files">
                {exported.files.map((f) => (
                  <li key={f}>{exported.pack ? f : f.split(/[\\/]/).pop()}</li>
                ))}
              </ul>
            </>
          }
        />
      ) : null}
      {items && items.length === 0 ? <Empty /> : null}
      {groups.map((g) => (
        <Card key={g} size="small" title={t(`print.groups.${g as 'register'}`)}>
          <List dataSource={(items ?? []).filter((i) => i.group === g)} renderItem={(i) => <DocItem item={i} onPreview={(it, u) => void openPreview(it, u)} />} />
        </Card>
      ))}
      <Drawer open={preview !== null} onClose={() => setPreview(null)} size="large" title={preview?.title} destroyOnHidden>
        {preview?.pdf ? <PdfPreview data={preview.pdf} testId="pdf-preview" /> : null}
        {preview?.table ? (
          <>
            <Typography.Text type="secondary">{t('print.previewRows', { shown: preview.table.rows.length, total: preview.table.totalRows })}</Typography.Text>
            <Table
              size="small"
              bordered
              pagination={false}
              scroll={{ x: true }}
              data-testid="table-preview"
              rowKey={(_, i) => String(i)}
              dataSource={preview.table.rows}
              columns={preview.table.columns.map((c) => ({
                key: c.key,
                title: c.title,
                render: (_: unknown, r: DocPreview['rows'][number]) => {
                  const cell = r[c.key];
                  return cell ? <span style={{ background: cell.fill, color: cell.color, whiteSpace: 'pre-line', fontSize: 12 }}>{cell.text}</span> : null;
                },
              }))}
            />
          </>
        ) : null}
      </Drawer>
    </Space>
  );
}
