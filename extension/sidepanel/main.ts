// Side panel. For now it only says that auditing is not available yet.
const app = document.getElementById('app');
if (app) {
  const heading = document.createElement('h1');
  heading.textContent = chrome.i18n.getMessage('extensionName');
  const status = document.createElement('p');
  status.id = 'status';
  status.textContent = chrome.i18n.getMessage('notYetAuditing');
  app.append(heading, status);
}
