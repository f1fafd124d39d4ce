/** The document a preview iframe shows: the message HTML under a policy that allows no scripts, no requests. */
export const previewDocument = (html: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><style>body{font-family:system-ui,'DejaVu Sans',sans-serif;font-size:14px;line-height:1.5;color:#1c2430;margin:16px;}blockquote{border-left:3px solid #ccc;margin:8px 0;padding-left:10px;color:#555}</style></head><body>${html}</body></html>`;
