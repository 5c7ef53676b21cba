// A minimal VS Code extension: it starts `cookiecheck lsp` for Go files with VS Code's own
// LSP client library and passes the cookiecheck.* settings to it. Diagnostics, quick fixes
// and the source.fixAll.cookiecheck action all come from the server.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

// The analyzer's settings: their names are cookiecheck's flag names. Unset ones are left
// out, so that the analyzer's defaults apply.
const analyzerSettings = ['max-age', 'disable', 'session-names', 'include-tests'];

let client;

function settings() {
  const config = vscode.workspace.getConfiguration('cookiecheck');
  const out = {};
  for (const key of analyzerSettings) {
    const value = config.get(key);
    if (value !== null && value !== undefined) {
      out[key] = value;
    }
  }
  return { cookiecheck: out };
}

async function start() {
  const command = vscode.workspace.getConfiguration('cookiecheck').get('path') || 'cookiecheck';
  client = new LanguageClient(
    'cookiecheck',
    'cookiecheck',
    { command, args: ['lsp'] },
    {
      documentSelector: [{ scheme: 'file', language: 'go' }],
      initializationOptions: settings(),
    },
  );
  await client.start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!client || !event.affectsConfiguration('cookiecheck')) {
        return;
      }
      if (event.affectsConfiguration('cookiecheck.path')) {
        await client.stop();
        await start();
        return;
      }
      await client.sendNotification('workspace/didChangeConfiguration', { settings: settings() });
    }),
  );
  await start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
