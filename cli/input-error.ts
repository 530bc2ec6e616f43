/** Unreadable input or bad usage: exit code 2, the message in Chinese and English. */
export class InputError extends Error {
  override name = 'InputError';
}
