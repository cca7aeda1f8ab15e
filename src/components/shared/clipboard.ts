/**
 * Copies text to the clipboard. Returns false when the browser refuses (no permission, insecure page),
 * so the caller can tell the user to select and copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
