/** A message ready to send: both parts, and any extra headers (List-Unsubscribe…). */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Sends mail. Services depend on this interface; the transport is chosen once, from the configuration. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}
