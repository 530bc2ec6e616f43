// English strings shared by every zfgs- widget; keys mirror zh-CN/base.ts (the source).
import type { BaseMessageKey } from '../zh-CN/base.ts';

export const baseMessages: Record<BaseMessageKey, string> = {
  'base.loading': 'Loading data…',
  'base.loaded': 'Data loaded',
  'base.noData': 'No data has been provided yet.',
  'base.invalidTitle': 'The data has errors and cannot be shown',
  'base.invalidIntro': '{count} problems in the data need fixing before it is published again:',
  'base.issue': '{path}: {message}',
  'base.moreIssues': '{count} more problems are not listed.',
  'base.loadFailedTitle': 'The data could not be loaded',
  'base.loadFailedNetwork': 'Could not load data from {url}: network error ({detail}).',
  'base.loadFailedHttp': 'Could not load data from {url}: the server answered HTTP {status}.',
  'base.loadFailedJson': 'What {url} returned is not valid JSON: {detail}.',
  'base.islandJsonInvalid': 'The data embedded in the page is not valid JSON: {detail}.',
  'base.renderFailedTitle': 'This block could not be displayed',
  'base.renderFailed': 'An error occurred while displaying the data: {detail}. The rest of the page is not affected.',
  'base.updated': 'Last updated: {date}',
  'base.notProvided': 'Not provided',
  'base.opensFile': ' ({type} file)',
  'base.listSeparator': ', ',
  'base.empty': 'Nothing to show.',
  'base.printNote': 'The printed version shows all {count} entries.',
};
