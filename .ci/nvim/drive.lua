-- Drives a headless Neovim (with .ci/nvim/init.lua) through cookiecheck's code actions on the
-- current buffer, using Neovim's own machinery: vim.diagnostic for what was published,
-- vim.lsp.buf.code_action (its request, vim.ui.select and apply_workspace_edit) for the fixes.
-- Prints a transcript on stdout; exits 0 on success, 1 on failure. Run by .ci/nvim.sh.
local bufnr = vim.api.nvim_get_current_buf()
local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':t')

-- The version of the last diagnostics published per buffer, recorded by wrapping Neovim's
-- handler. (Startup has handled no server message yet when this runs.)
local published = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.version then
    published[vim.uri_to_bufnr(result.uri)] = result.version
  end
  return publish(err, result, ctx, config)
end

local function say(fmt, ...)
  io.stdout:write(string.format(fmt, ...) .. '\n')
  io.stdout:flush()
end

local function fail(msg)
  say('FAIL: %s', msg)
  vim.cmd('cquit 1')
end

local function wait(what, ms, cond)
  if not vim.wait(ms, cond, 20) then
    fail('timed out waiting for ' .. what)
  end
end

local function client()
  return vim.lsp.buf_get_clients(bufnr)[next(vim.lsp.buf_get_clients(bufnr)) or 0]
end

local function diagnostics()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'cookiecheck' then
      table.insert(out, d)
    end
  end
  table.sort(out, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return a.code < b.code
  end)
  return out
end

-- Waits for the diagnostics of the buffer's current version and prints them.
local function fresh_diagnostics(label)
  local t0 = vim.loop.hrtime()
  wait('diagnostics of ' .. label, 60000, function()
    return published[bufnr] == vim.lsp.util.buf_versions[bufnr]
  end)
  local ds = diagnostics()
  say('-- %s: %d diagnostics for version %d (waited %.0f ms)', label, #ds,
    vim.lsp.util.buf_versions[bufnr], (vim.loop.hrtime() - t0) / 1e6)
  for _, d in ipairs(ds) do
    say('%s:%d:%d: %s [%s] %s', name, d.lnum + 1, d.col + 1,
      vim.diagnostic.severity[d.severity]:lower(), d.code, d.message)
  end
  return ds
end

-- Runs vim.lsp.buf.code_action with the cursor on row/col (0-based), choosing in the
-- vim.ui.select menu the first item pick accepts, and waits until the edit is applied.
local function code_action(label, row, col, only, pick)
  vim.api.nvim_win_set_cursor(0, { row + 1, col })
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  local chosen
  vim.ui.select = function(items, opts, on_choice)
    say('-- code actions (%s) at %s:%d:%d:', table.concat(only, ','), name, row + 1, col + 1)
    for _, item in ipairs(items) do
      local a = item[2]
      local ndiag = a.diagnostics and #a.diagnostics or 0
      say('   [%s]%s %s (%d diagnostic%s, edit: %s)', a.kind, a.isPreferred and ' preferred' or '', a.title,
        ndiag, ndiag == 1 and '' or 's', a.edit and 'inline' or 'none')
    end
    for _, item in ipairs(items) do
      if not chosen and pick(item[2]) then
        chosen = item
      end
    end
    if chosen then
      say('-- applying: %s', chosen[2].title)
    end
    on_choice(chosen)
  end
  vim.lsp.buf.code_action({ only = only })
  wait(label .. ' to be offered', 30000, function() return chosen ~= nil end)
  wait(label .. ' to be applied', 10000, function()
    return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick
  end)
end

local v = vim.version()
say('== Neovim %d.%d.%d, headless', v.major, v.minor, v.patch)
wait('the cookiecheck client', 30000, function()
  local c = client()
  return c ~= nil and c.initialized
end)
local c = client()
say('== client %s started: %s; position encoding %s; code action kinds: %s', c.name,
  table.concat(c.config.cmd, ' '), c.offset_encoding,
  table.concat(c.server_capabilities.codeActionProvider.codeActionKinds, ', '))

local ds = fresh_diagnostics('opened ' .. name)
if #ds == 0 then fail('no diagnostics') end

local function lines()
  return vim.api.nvim_buf_get_lines(bufnr, 0, -1, true)
end

-- A quick fix through the code action menu: that of the first finding on the line with the
-- 🍪, whose fix inserts text after it, at a column that is wrong if UTF-16 positions are
-- mishandled. (The first: -fix applies the fixes at one point in the order of the findings.)
local target
for _, d in ipairs(ds) do
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, true)[1]
  if not target and line:find('🍪', 1, true) then target = d end
end
if not target then fail('no finding on the line with the cookie') end
code_action('a quick fix', target.lnum, target.col, { 'quickfix' }, function(a)
  return a.kind == 'quickfix' and a.isPreferred and a.diagnostics[1].code == target.code
end)
fresh_diagnostics('after the quick fix')
local after_quick_fix = lines()

-- Then every fix of the file at once, through the same menu.
code_action('the fix-all action', 0, 0, { 'source.fixAll' }, function(a)
  return a.kind == 'source.fixAll.cookiecheck'
end)
local left = fresh_diagnostics('after fix-all')
local after_fix_all = lines()

-- Back to the text before fix-all, then :write: init.lua's BufWritePre autocmd applies the
-- fix-all action before the file is written.
vim.api.nvim_buf_set_lines(bufnr, 0, -1, true, after_quick_fix)
fresh_diagnostics('text before fix-all restored')
vim.cmd('silent write')
if table.concat(lines(), '\n') ~= table.concat(after_fix_all, '\n') then
  fail(':write with the fix-on-save autocmd did not give the text of the fix-all action')
end
say('-- :write applied the fix-all action first (fix on save), and wrote %s', vim.api.nvim_buf_get_name(bufnr))
left = fresh_diagnostics('after the write')

local exit
c.config.on_exit = function(code, signal) exit = { code = code, signal = signal } end
vim.lsp.stop_client(c.id) -- shutdown, then exit
wait('the server to exit', 10000, function() return exit ~= nil end)
say('-- server exited with status %d (signal %d)', exit.code, exit.signal)
if exit.code ~= 0 then fail('the server did not exit cleanly') end
if #left ~= 1 or left[1].code ~= 'expiry' then fail('want one finding left, the expiry one (it has no fix)') end
vim.cmd('qall!')
