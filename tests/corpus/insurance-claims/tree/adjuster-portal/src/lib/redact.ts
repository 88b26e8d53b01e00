export function redactSsn(ssn: string | undefined): string {
  return ssn ? `***-**-${ssn.slice(-4)}` : '';
}

export function maskPhone(phone: string | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits ? `(***) ***-${digits.slice(-4)}` : '';
}
