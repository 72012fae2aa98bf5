/**
 * Files across the contract are `{ fileName, mime, base64 }` (DESIGN §2): reading a picked file
 * and saving a returned one (a download in both shells).
 */
import type { FilePayload } from '../../../core/contract/types';

export function readFilePayload(file: File): Promise<FilePayload> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onerror = () => reject(r.error);
    r.onload = () => {
      const url = String(r.result);
      resolve({ fileName: file.name, mime: file.type || 'application/octet-stream', base64: url.slice(url.indexOf(',') + 1) });
    };
    r.readAsDataURL(file);
  });
}

export function payloadToBlob(p: FilePayload): Blob {
  const bin = atob(p.base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: p.mime });
}

export function saveFile(p: FilePayload): void {
  const url = URL.createObjectURL(payloadToBlob(p));
  const a = document.createElement('a');
  a.href = url;
  a.download = p.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
