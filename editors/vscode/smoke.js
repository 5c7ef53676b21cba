// Talks to `cookiecheck lsp` with the protocol library under VS Code's client
// (vscode-languageserver-protocol, no VS Code needed): initialize with the capabilities that
// matter here as vscode-languageclient 9 declares them (UTF-16 positions, versioned
// documentChanges in workspace edits), open a Go file, wait for its diagnostics, ask for the
// source.fixAll actions as editor.codeActionsOnSave does, apply the edit, print the result.
//   node smoke.js /path/to/cookiecheck /path/to/file.go > fixed.go
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const rpc = require('vscode-languageserver-protocol/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

async function main() {
  const [bin, file] = process.argv.slice(2);
  const server = spawn(bin, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const uri = pathToFileURL(file).toString();
  const diagnostics = new Promise((resolve) => {
    conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === uri && p.version === 1) resolve(p.diagnostics);
    });
  });
  conn.listen();

  const init = await conn.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(path.dirname(file)).toString(),
    workspaceFolders: null,
    capabilities: {
      general: { positionEncodings: ['utf-16'] },
      workspace: { workspaceEdit: { documentChanges: true } },
    },
    initializationOptions: { cookiecheck: {} },
  });
  conn.sendNotification(rpc.InitializedNotification.type, {});
  console.error(`initialize: positionEncoding ${init.capabilities.positionEncoding}, code action kinds ${init.capabilities.codeActionProvider.codeActionKinds}`);

  const text = fs.readFileSync(file, 'utf8');
  conn.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'go', version: 1, text },
  });
  const diags = await diagnostics;
  for (const d of diags) {
    console.error(`${path.basename(file)}:${d.range.start.line + 1}:${d.range.start.character + 1}: [${d.code}] ${d.message}`);
  }
  const actions = await conn.sendRequest(rpc.CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 2 },
  });
  const changes = actions.length === 1 && actions[0].edit && actions[0].edit.documentChanges;
  if (!changes || changes.length !== 1 || changes[0].textDocument.uri !== uri || changes[0].textDocument.version !== 1) {
    throw new Error(`want one source.fixAll action editing version 1 of ${uri}, got ${JSON.stringify(actions)}`);
  }
  console.error(`code action: [${actions[0].kind}] ${actions[0].title}`);
  const doc = TextDocument.create(uri, 'go', 1, text);
  process.stdout.write(TextDocument.applyEdits(doc, changes[0].edits));

  await conn.sendRequest(rpc.ShutdownRequest.type);
  conn.sendNotification(rpc.ExitNotification.type);
  const code = await new Promise((resolve) => server.on('exit', resolve));
  console.error(`server exited with status ${code}`);
  process.exit(code);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
