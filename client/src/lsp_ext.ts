// Typed custom requests; the method names and payload types come from the server's protocol module.
import { RequestType } from 'vscode-languageclient';
import { STAGE_GRAPH_METHOD, type StageGraphParams, type StageGraphResult } from '../../server/src/lsp/protocol';

export const STAGE_GRAPH_REQUEST = new RequestType<StageGraphParams, StageGraphResult, void>(STAGE_GRAPH_METHOD);
