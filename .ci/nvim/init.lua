-- cookiecheck's language server in Neovim's built-in client, as Neovim 0.7 (Debian 12's
-- package) takes it: no plugins, start_client + buf_attach_client on every Go buffer, one
-- client per module root. README.md shows the same for Neovim 0.11's vim.lsp.config.
-- $COOKIECHECK names the binary (default: cookiecheck on PATH).
local cmd = { os.getenv('COOKIECHECK') or 'cookiecheck', 'lsp' }
local clients = {} -- module root -> client id

-- Seen by .ci/nvim/drive.lua: the version of the last diagnostics published per buffer, and
-- how the server exited.
_G.cookiecheck_published = {}
_G.cookiecheck_exit = nil

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'go',
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    local gomod = vim.fn.findfile('go.mod', vim.fn.fnamemodify(file, ':p:h') .. ';')
    local root = gomod ~= '' and vim.fn.fnamemodify(gomod, ':p:h') or vim.fn.getcwd()
    if not clients[root] then
      clients[root] = vim.lsp.start_client({
        name = 'cookiecheck',
        cmd = cmd,
        root_dir = root,
        init_options = { ['max-age'] = '14d' }, -- the analyzer's settings, as in .golangci.yml
        on_exit = function(code, signal)
          _G.cookiecheck_exit = { code = code, signal = signal }
        end,
        handlers = {
          ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
            local bufnr = vim.uri_to_bufnr(result.uri)
            if result.version then
              _G.cookiecheck_published[bufnr] = result.version
            end
            return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
          end,
        },
      })
    end
    vim.lsp.buf_attach_client(args.buf, clients[root])
  end,
})

-- Fix on save: before a Go buffer is written, apply cookiecheck's fix-all action (what VS Code's
-- editor.codeActionsOnSave does with source.fixAll). The request waits for the analysis of
-- the buffer's latest change.
vim.api.nvim_create_autocmd('BufWritePre', {
  pattern = '*.go',
  callback = function(args)
    local params = vim.lsp.util.make_range_params()
    params.context = { only = { 'source.fixAll.cookiecheck' }, diagnostics = {} }
    local results = vim.lsp.buf_request_sync(args.buf, 'textDocument/codeAction', params, 5000)
    for client_id, res in pairs(results or {}) do
      local client = vim.lsp.get_client_by_id(client_id)
      for _, action in ipairs(res.result or {}) do
        if action.edit and client then
          vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
        end
      end
    end
  end,
})
