// Saving text as a file from an extension page (an exported scenario, a CSV of counts): a Blob behind a temporary
// <a download>, so the browser saves it with that name and nothing is sent anywhere.

/** Offers `text` as a download named `fileName` (JSON or CSV by its extension). */
export function saveText(fileName: string, text: string): void {
  const type = /\.json$/i.test(fileName) ? 'application/json' : /\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain';
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the object URL after click() returns: release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
