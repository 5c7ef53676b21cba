-- cookiecheck's language server in Neovim 0.7's built-in client (Debian 12's package), as
-- README.md shows it: no plugins, one client per module root, attached to every Go buffer,
-- and fix on save. $COOKIECHECK names the binary in CI (default: cookiecheck on PATH).
local clients = {} -- module root -> client id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'go',
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    local gomod = vim.fn.findfile('go.mod', vim.fn.fnamemodify(file, ':p:h') .. ';')
    local root = gomod ~= '' and vim.fn.fnamemodify(gomod, ':p:h') or vim.fn.getcwd()
    clients[root] = clients[root] or vim.lsp.start_client({
      name = 'cookiecheck',
      cmd = { os.getenv('COOKIECHECK') or 'cookiecheck', 'lsp' },
      root_dir = root,
      init_options = { ['max-age'] = '14d' }, -- optional: the analyzer's settings
    })
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
    for id, res in pairs(vim.lsp.buf_request_sync(args.buf, 'textDocument/codeAction', params, 5000) or {}) do
      for _, action in ipairs(res.result or {}) do
        if action.edit then
          vim.lsp.util.apply_workspace_edit(action.edit, vim.lsp.get_client_by_id(id).offset_encoding)
        end
      end
    end
  end,
})
