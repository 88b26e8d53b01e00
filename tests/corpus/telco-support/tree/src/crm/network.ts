const NOC = process.env.NOC_BASE_URL ?? 'http://localhost:7080';

export interface Device {
  make: string;
  model: string;
  firmware: string;
  imei: string;
  simIccidLength: number;
  esim: boolean;
}

export interface Outage {
  reference: string;
  postcodeSector: string;
  startedAt: string;
}

export async function lookupDevice(accountId: string): Promise<Device> {
  const res = await fetch(`${NOC}/devices/by-account/${accountId}`);
  return (await res.json()) as Device;
}

/** Outages whose coverage polygon contains the geocoded service address. */
export async function activeOutages(serviceAddress: string): Promise<Outage[]> {
  const res = await fetch(`${NOC}/outages/active?near=${encodeURIComponent(serviceAddress)}`);
  return res.ok ? ((await res.json()) as Outage[]) : [];
}
