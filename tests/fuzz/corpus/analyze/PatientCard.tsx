"use client";

import { useState } from "react";

type Patient = {
  id: string;
  fullName: string;
  dateOfBirth: string;
  mrn: string;
  ssnLast4: string;
  phone: string;
  email: string;
  allergies: string[];
};

export function PatientCard({ patient, onAskAssistant }: { patient: Patient; onAskAssistant: (id: string) => void }) {
  const [showContact, setShowContact] = useState(false);
  return (
    <section className="rounded border p-4">
      <h2 className="text-lg font-semibold">{patient.fullName}</h2>
      <p>DOB {patient.dateOfBirth} · MRN {patient.mrn} · SSN ***-**-{patient.ssnLast4}</p>
      {showContact && (
        <p>
          {patient.phone} · {patient.email}
        </p>
      )}
      <p>Allergies: {patient.allergies.length ? patient.allergies.join(", ") : "none recorded"}</p>
      <button onClick={() => setShowContact((v) => !v)}>Toggle contact</button>
      {/* The assistant only receives the opaque id; the server action looks up what it needs. */}
      <button onClick={() => onAskAssistant(patient.id)}>Ask the assistant</button>
    </section>
  );
}
