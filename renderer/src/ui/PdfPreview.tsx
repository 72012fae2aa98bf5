/**
 * PDF preview with pdf.js, the same in Electron and browser mode (DESIGN §2). Renders the pages
 * into canvases, lazily, at the container's width.
 */
import { Spin } from 'antd';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';

GlobalWorkerOptions.workerSrc = workerUrl;

export function PdfPreview({ data, maxPages = 6, testId }: { data: Uint8Array; maxPages?: number; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  useEffect(() => {
    let cancelled = false;
    const task = getDocument({ data: data.slice() });
    void task.promise.then((d) => {
      if (!cancelled) setPdf(d);
    });
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [data]);
  useEffect(() => {
    const el = box.current;
    if (!pdf || !el) return;
    el.replaceChildren();
    let stop = false;
    void (async () => {
      const width = Math.max(300, el.clientWidth - 16);
      for (let n = 1; n <= Math.min(pdf.numPages, maxPages) && !stop; n++) {
        const page = await pdf.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.style.width = `${width}px`;
        canvas.style.display = 'block';
        canvas.style.margin = '0 auto 12px';
        canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,.25)';
        canvas.dataset.page = String(n);
        el.appendChild(canvas);
        await page.render({ canvas, viewport }).promise;
      }
      el.dataset.rendered = '1';
    })();
    return () => {
      stop = true;
    };
  }, [pdf, maxPages]);
  return (
    <div ref={box} data-testid={testId} style={{ background: '#f0f0f0', padding: 8, minHeight: 200 }}>
      {!pdf ? <Spin /> : null}
    </div>
  );
}
