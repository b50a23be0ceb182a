// Typed custom requests and notifications; the method names and payload types come from the
// server's protocol module (type-only imports, string constants and generatorKey: no other server
// code in the bundle).
import { NotificationType, RequestType } from 'vscode-languageclient';
import {
  generatorKey, PROFILE_METHOD, STAGE_COSTS_METHOD, STAGE_GRAPH_METHOD, STATUS_NOTIFICATION, TRUST_NOTIFICATION,
  type ProfileParams, type ProfileResponse, type ServerStatus, type StageCostsParams, type StageCostsResult,
  type StageGraphParams, type StageGraphResult, type TrustParams,
} from '../../server/src/lsp/protocol';

export { generatorKey };
export type { ProfileParams, ProfileResponse, ServerStatus, StageCostsResult };

export const STAGE_GRAPH_REQUEST = new RequestType<StageGraphParams, StageGraphResult, void>(STAGE_GRAPH_METHOD);
export const STAGE_COSTS_REQUEST = new RequestType<StageCostsParams, StageCostsResult | null, void>(STAGE_COSTS_METHOD);
export const PROFILE_REQUEST = new RequestType<ProfileParams, ProfileResponse, void>(PROFILE_METHOD);
export const STATUS_NOTIFICATION_TYPE = new NotificationType<ServerStatus>(STATUS_NOTIFICATION);
export const TRUST_NOTIFICATION_TYPE = new NotificationType<TrustParams>(TRUST_NOTIFICATION);
