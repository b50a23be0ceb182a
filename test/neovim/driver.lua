-- Drives Neovim (headless, with editors/neovim/halide-lens.lua as its init file) through what a user
-- sees: the client attaching, the code lenses, a hover and the diagnostics. Everything it observes goes
-- to $HALIDE_LENS_TEST_RESULT as JSON for test/neovim/neovim.test.ts to assert on; then `qa!`, or
-- `cq!` when the script itself failed.
local result_path = assert(os.getenv('HALIDE_LENS_TEST_RESULT'), 'HALIDE_LENS_TEST_RESULT not set')
local noest_path = assert(os.getenv('HALIDE_LENS_TEST_NOEST'), 'HALIDE_LENS_TEST_NOEST not set')
local timeout = tonumber(os.getenv('HALIDE_LENS_TEST_TIMEOUT_MS') or '90000')
local r = { timings = {} }
local t0 = vim.loop.hrtime()
local function mark(what) r.timings[what] = math.floor((vim.loop.hrtime() - t0) / 1e6) end

local function client_of(buf)
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
    if c.name == 'halide-lens' then return c end
  end
end

local function lens_titles(buf)
  local out = {}
  for _, l in ipairs(vim.lsp.codelens.get(buf)) do
    table.insert(out, { title = l.command and l.command.title or vim.NIL, command = l.command and l.command.command or vim.NIL, line = l.range.start.line })
  end
  return out
end

-- The lens text as displayed: virtual text in the code lens namespace of the client.
local function displayed_lenses(buf, client_id)
  local ns = vim.lsp.codelens.__namespaces[client_id]
  local out = {}
  for _, m in ipairs(vim.api.nvim_buf_get_extmarks(buf, ns, 0, -1, { details = true })) do
    local text = {}
    for _, chunk in ipairs(m[4].virt_text or {}) do table.insert(text, chunk[1]) end
    table.insert(out, { line = m[2], text = table.concat(text) })
  end
  return out
end

local function diagnostics(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, { code = d.code or vim.NIL, message = d.message, line = d.lnum, severity = d.severity, source = d.source or vim.NIL })
  end
  return out
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  r.filetype = vim.bo[buf].filetype

  -- 1. The client starts for the cpp buffer and finishes initializing.
  r.attached = vim.wait(timeout, function()
    local c = client_of(buf)
    return c ~= nil and c.initialized == true
  end, 50)
  mark('attached')
  local client = client_of(buf)
  if not client then return end
  r.client = { name = client.name, root_dir = client.config.root_dir, cmd = client.config.cmd, id = client.id }
  r.server_has = {
    codeLens = client.server_capabilities.codeLensProvider ~= nil,
    hover = client.server_capabilities.hoverProvider == true,
    inlayHint = client.server_capabilities.inlayHintProvider ~= nil,
  }
  local k = vim.fn.maparg('K', 'n', false, true)
  r.keymap_K = { buffer = k.buffer == 1, desc = k.desc or vim.NIL, lua = k.callback ~= nil }

  -- 2. Code lenses with the predicted total, without the driver refreshing them: the configuration
  -- does (on attach, and when the server asks after the model loads and predicts).
  r.lenses_ready = vim.wait(timeout, function()
    for _, l in ipairs(lens_titles(buf)) do
      if type(l.title) == 'string' and l.title:match('^Predicted ') then return true end
    end
    return false
  end, 100)
  mark('lenses')
  r.lenses = lens_titles(buf)
  -- Displayed once the response is handled (same tick), but give the redraw a moment.
  vim.wait(200)
  r.displayed = displayed_lenses(buf, client.id)

  -- 3. Hover on a Func name: the output Func, where brighten's time is spent (the others are inlined).
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for i, line in ipairs(lines) do
    local col = line:find('output%(x, y, c%) =')
    if col then r.hover_at = { line = i - 1, character = col - 1 + 3 } break end
  end
  if r.hover_at then
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
      textDocument = { uri = vim.uri_from_bufnr(buf) }, position = r.hover_at,
    }, 10000)
    for _, resp in pairs(responses or {}) do
      if resp.err then r.hover_error = resp.err.message end
      if resp.result then
        local c = resp.result.contents
        r.hover = { kind = c.kind or vim.NIL, value = c.value or vim.NIL }
      end
    end
  end
  mark('hover')
  r.diagnostics = diagnostics(buf)

  -- 4. A generator without estimates, in a second buffer of the same directory: same client,
  -- missing-estimates warnings.
  vim.cmd('edit ' .. vim.fn.fnameescape(noest_path))
  local buf2 = vim.api.nvim_get_current_buf()
  r.noest_ready = vim.wait(timeout, function()
    for _, d in ipairs(diagnostics(buf2)) do
      if d.code == 'missing-estimates' then return true end
    end
    return false
  end, 100)
  mark('diagnostics')
  local c2 = client_of(buf2)
  r.noest_client = c2 and c2.id or vim.NIL
  r.noest_diagnostics = diagnostics(buf2)
end

local ok, err = xpcall(run, debug.traceback)
if not ok then r.error = tostring(err) end
mark('done')
local f = assert(io.open(result_path, 'w'))
f:write(vim.json.encode(r))
f:close()
vim.cmd(ok and 'qa!' or 'cq!')
