// Imports a CSV file into a builder the way a user does (target chosen, file picked), for the builder's tests.
import type { BuilderApp } from '../../../demo/builder/builder-app.ts';

export async function importCsv(element: BuilderApp, target: string, name: string, csv: string): Promise<void> {
  const select = element.querySelector<HTMLSelectElement>('#target')!;
  select.value = target;
  select.dispatchEvent(new Event('change'));
  const input = element.querySelector<HTMLInputElement>('#file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([csv], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  // The file is read asynchronously; the status names it once it is in (5 s at most, for a busy machine).
  for (let i = 0; i < 250 && !element.querySelector('.builder-status')?.textContent?.includes(name); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
}
