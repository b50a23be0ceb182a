-- Halide Lens in Neovim 0.7 with the built-in LSP client only (no plugins).
-- Use it as is (nvim -u editors/neovim/halide-lens.lua, or :luafile it), or dofile() it from init.lua.

-- The server: $HALIDE_LENS_SERVER, else dist/server.js of the checkout this file is in.
local here = debug.getinfo(1, 'S').source:match('^@(.*)/[^/]*$') or '.'
local server = os.getenv('HALIDE_LENS_SERVER')
  or vim.fn.simplify(vim.fn.fnamemodify(here, ':p') .. '/../../dist/server.js')

-- The `halideLens` settings (as in VS Code, without the prefix); vim.g.halide_lens_settings overrides them.
local settings = vim.tbl_deep_extend('force', {
  threads = 0, -- 0: all cores
  halideRoot = nil, -- nil: $HALIDE_ROOT, then Debian's libhalide14-0-dev
  calibration = { enabled = true },
  profile = { minTimeSeconds = 1 },
}, vim.g.halide_lens_settings or {})

local clients = {} -- root_dir -> client id

local function root_dir(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  for _, marker in ipairs({ '.git', 'compile_commands.json', 'CMakeLists.txt' }) do
    local found = vim.fn.finddir(marker, dir .. ';')
    if found == '' then found = vim.fn.findfile(marker, dir .. ';') end
    if found ~= '' then return vim.fn.fnamemodify(found, ':p:h:h') end
  end
  return dir
end

local function refresh_lenses(client_id)
  for _, buf in ipairs(vim.lsp.get_buffers_by_client_id(client_id)) do
    if vim.api.nvim_buf_is_loaded(buf) then vim.api.nvim_buf_call(buf, vim.lsp.codelens.refresh) end
  end
end

-- Neovim 0.7 announces neither of these; it has the workspace/configuration handler (answering from
-- `settings` below), and the server asks for a code lens refresh whenever predictions change.
local capabilities = vim.lsp.protocol.make_client_capabilities()
capabilities.workspace.configuration = true
capabilities.workspace.codeLens = { refreshSupport = true }

local function on_attach(client, bufnr)
  local function map(lhs, rhs, desc) vim.keymap.set('n', lhs, rhs, { buffer = bufnr, desc = desc }) end
  map('K', vim.lsp.buf.hover, 'Halide Lens: hover (predicted times of the Func)')
  map('<leader>hl', vim.lsp.codelens.run, 'Halide Lens: run the code lens of this line (profile)')
  map('<leader>ha', vim.lsp.buf.code_action, 'Halide Lens: quick fix (add estimates)')
  map('<leader>hd', vim.diagnostic.open_float, 'Halide Lens: diagnostics of this line')
  local group = vim.api.nvim_create_augroup('halide-lens-buffer-' .. bufnr, { clear = true })
  vim.api.nvim_create_autocmd({ 'BufEnter', 'CursorHold', 'InsertLeave' }, {
    group = group, buffer = bufnr, callback = function() vim.lsp.codelens.refresh() end,
  })
  vim.api.nvim_buf_call(bufnr, vim.lsp.codelens.refresh)
end

local warned = false
local function start(bufnr)
  local file = vim.api.nvim_buf_get_name(bufnr)
  if file == '' or vim.bo[bufnr].buftype ~= '' then return end
  if vim.fn.filereadable(server) == 0 then
    if not warned then vim.notify('Halide Lens: no server at ' .. server .. ' (npm run build, or set $HALIDE_LENS_SERVER)', vim.log.levels.ERROR) end
    warned = true
    return
  end
  local root = root_dir(file)
  local id = clients[root]
  local existing = id and vim.lsp.get_client_by_id(id)
  if not existing or existing.is_stopped() then
    id = vim.lsp.start_client({
      name = 'halide-lens',
      cmd = { 'node', server, 'lsp', '--stdio' },
      root_dir = root,
      capabilities = capabilities,
      settings = { halideLens = settings },
      init_options = { settings = settings, storageDir = vim.fn.stdpath('cache') .. '/halide-lens' },
      handlers = {
        ['workspace/codeLens/refresh'] = function(_, _, ctx) refresh_lenses(ctx.client_id); return vim.NIL end,
      },
      -- "Profile on this machine" is a server command; the predicted-total lens only shows text.
      commands = { [''] = function() end },
      on_attach = on_attach,
    })
    if not id then return end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('halide-lens', { clear = true }),
  pattern = 'cpp',
  callback = function(args) start(args.buf) end,
})
for _, buf in ipairs(vim.api.nvim_list_bufs()) do
  if vim.api.nvim_buf_is_loaded(buf) and vim.bo[buf].filetype == 'cpp' then start(buf) end
end
