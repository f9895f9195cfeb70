/** Hands the browser a file to save as a download, under the name suggested (the browser workspace's way out for an export). */
export interface DownloadedFile {
  fileName: string;
  mediaType: string;
  content: string;
  /** Text as it is, or bytes as base64. */
  encoding: 'utf8' | 'base64';
}

export function download(file: DownloadedFile): void {
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (ch) => ch.charCodeAt(0)) : file.content;
  const type = file.encoding === 'base64' ? file.mediaType : `${file.mediaType};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
