// Saves text as a file through the browser's download (no downloads permission needed for a page's own blob).
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled; the download holds its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
