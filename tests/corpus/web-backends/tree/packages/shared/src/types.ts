// Shared domain types. Field names only; no values live here.

export interface MarketplaceUser {
  id: string;
  email: string;
  phoneNumber?: string;
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
  passwordHash: string;
  sessionToken?: string;
}

export interface PayoutDetails {
  holderName: string;
  iban?: string;
  routingNumber?: string;
  accountNumber?: string;
  taxId?: string;
}

export interface Dispute {
  id: string;
  orderId: string;
  reasonCode: 'not_received' | 'not_as_described' | 'damaged';
  buyer: MarketplaceUser;
  seller: MarketplaceUser;
}

export interface ChatThread {
  id: string;
  messages: Array<{ senderRole: 'buyer' | 'seller'; body: string; sentAt: string }>;
}

/**
 * Payload for ClaudeModule consumers. Keep it small: whatever goes in here
 * reaches Anthropic, which may keep it for a few weeks even though the
 * model is billed through Azure.
 */
export interface ClaudeTask {
  kind: 'moderation' | 'mediation' | 'payout_review';
  refId: string;
}
