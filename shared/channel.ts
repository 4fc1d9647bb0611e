// The two ways people reach us; wording differs between them (SMS: short, GSM-7; Teams: markdown).
export type Channel = 'sms' | 'teams';
