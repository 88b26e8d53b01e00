// Shapes posted by the browser extension.
export interface ProblemReport {
  pageUrl: string;
  errorText: string;
  browserVersion: string;
  email?: string;
  laptopSerial?: string;
}

// Field names the extension must never post (checked in middleware).
export const FORBIDDEN_FIELDS = ["password", "wifiPassword", "mfaCode"];
