/** Saves `text` as a file named `name`, made in the page (a blob URL): nothing is fetched or sent. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; let the click finish before freeing it.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
