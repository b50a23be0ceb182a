// The typed custom requests and notifications (and their payload types), as the client uses them:
// the one shared protocol module, re-exported. It imports server modules for their types only.
export * from '../../server/src/lsp/protocol';
