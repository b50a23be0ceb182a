// The server side of the typed protocol: register handlers for, and send, the message types of
// ./protocol with their params and results checked. Those types are built with the protocol library
// vscode-languageclient 9 uses (3.17.5); vscode-languageserver 10's Connection is typed with its own
// copy (3.18.4), and TypeScript keeps the two copies' classes apart, so these go by the method name.
// Once client and server libraries share one protocol version, `connection.onRequest(TYPE, handler)`
// type-checks as it is and this module can go.
import type { Connection, NotificationHandler, RequestHandler } from 'vscode-languageserver';
import type { NotificationType, RequestType } from 'vscode-languageserver-protocol';

export function onRequest<P, R>(connection: Connection, type: RequestType<P, R, void>, handler: RequestHandler<P, R, void>): void {
  connection.onRequest(type.method, handler);
}

export function onNotification<P>(connection: Connection, type: NotificationType<P>, handler: NotificationHandler<P>): void {
  connection.onNotification(type.method, handler);
}

export function sendNotification<P>(connection: Connection, type: NotificationType<P>, params: P): Promise<void> {
  return connection.sendNotification(type.method, params);
}
