/**
 * The English messages of accounts: signing in, the accounts and their API tokens, and the
 * audit trail.
 */
export const accountMessages = {
  account: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: (name: string, role: string) => `${name} (${role})`,
    roles: { admin: 'administrator', secretariat: 'secretariat', member: 'member' },
    title: 'Sign in',
    intro: 'Sign in to record, import and edit meetings.',
    login: 'Login',
    password: 'Password',
    submit: 'Sign in',
    wrong: 'The login or the password is wrong.',
    tooMany: (seconds: number) =>
      `Too many failed attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    setupTitle: 'Create the first administrator',
    setupIntro:
      'Nobody has an account yet. The account made here can do everything, including making the other accounts.',
    name: 'Your name',
    repeat: 'The password again',
    passwordHint: 'At least 10 characters.',
    mismatch: 'The two passwords differ.',
    yours: 'Your account',
    bodiesOf: (bodies: string) => `Member of ${bodies}.`,
    changePassword: 'Change your password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    passwordChanged:
      'Your password was changed. Your other sessions have ended; your API tokens still work until you revoke them.',
    create: 'Create the account and sign in',
    needSignIn: 'Sign in to do this.',
    forbidden: 'Your account may not do this.',
  },
  accounts: {
    title: 'Accounts',
    name: 'Name',
    holder: 'Name of its holder',
    role: 'Role',
    bodies: 'Bodies',
    since: 'Since',
    add: 'Add an account',
    added: (login: string) =>
      `The account ${login} was added. Give its holder the password by another way than e-mail.`,
    bodiesOfMember: 'Bodies of a member (whose drafts they see and approve)',
    password: 'First password',
    passwordHint: 'At least 10 characters.',
    signIn: 'Signing in',
    maySignIn: 'may sign in',
    disabled: 'disabled',
    all: 'All accounts',
    access: 'Role and bodies',
    saveAccess: 'Save the role and bodies',
    disabledNow: 'This account is disabled: its holder cannot sign in or use its API tokens.',
    disable: 'Disable this account',
    disableHint:
      'Its holder can no longer sign in or use API tokens, and their sessions end now. Their name stays in every record.',
    enable: 'Let this account sign in again',
    ownAccount: 'This is your own account: only another administrator can disable it.',
    newPassword: 'New password',
    newPasswordHint:
      'At least 10 characters. Give it to its holder by another way than e-mail; their sessions end now, their API tokens stay until revoked.',
    setPassword: 'Set the new password',
    changed: {
      access: 'The role and bodies were saved.',
      disabled: 'The account is disabled and its sessions have ended.',
      enabled: 'The account may sign in again.',
      password: 'The new password is set and the account’s sessions have ended; its API tokens still work.',
      token: 'The token was revoked.',
    },
  },
  tokens: {
    title: 'API tokens',
    yours:
      'Scripts use these tokens to act as you. Revoke one that is lost or no longer needed: it stops working at once. A new password does not end them.',
    ofAccount:
      'The tokens scripts use to act as this account. A revoked one stops working at once; a new password does not end them, disabling the account stops them all.',
    none: 'No API token.',
    name: 'What it is for',
    created: 'Made',
    lastUsed: 'Last used',
    never: 'never',
    revoke: 'Revoke',
    revokeOne: (name: string) => `Revoke the token “${name}”`,
    revoked: 'The token was revoked.',
  },
  audit: {
    title: 'Audit trail',
    intro:
      'Every change, sign-in and use of an API token, newest first. Entries are never changed or removed.',
    exportCsv: 'Export all as CSV',
    exportJson: 'Export all as JSON',
    subject: 'Subject',
    when: 'When',
    who: 'Who',
    what: 'What',
    detail: 'What changed',
    anyAction: 'Any action',
    via: (cite: string) => `as recorded in ${cite}`,
  },
};
