// Who a member of staff is to the bot: their role decides what they may do, in Teams and in the admin CLI.
export type StaffRole = 'coordinator' | 'mentor';

export interface StaffMember {
  id: string;
  aadObjectId: string;
  name: string;
  role: StaffRole;
  status: string;
}

export const isStaffRole = (role: string): role is StaffRole => role === 'coordinator' || role === 'mentor';
